/* objfloat.h: float and complex helpers shared with the rest of Krait (objfloat.c, objcomplex.c). */
#ifndef KRAIT_OBJFLOAT_H
#define KRAIT_OBJFLOAT_H

#include "obj.h"

/* round(x, ndigits) for a float x: ndigits None -> int (half to even), else a float
 * rounded correctly to ndigits decimal places (as CPython). */
kr_obj_t kr_obj_float_round(double x, kr_obj_t ndigits);
/* CPython's hash of a double (equal to the hash of an equal int); NaN hashes by identity
 * in CPython, here by the given object (may be KR_OBJ_NULL). */
kr_int_t kr_obj_float_hash(double d, kr_obj_t self);
/* float(x) for any object x */
kr_obj_t kr_obj_float_from_obj(kr_obj_t x);
/* Parse float text; returns false if invalid (no exception). */
bool kr_float_parse(const char *s, size_t len, double *out);
/* float()/complex() text from a str: Unicode decimal digits and white space mapped to
 * ASCII, cut after any other non-ASCII character (made 0x7f), in a new GC buffer of
 * *out_len bytes; NULL if s is ASCII. */
/* ValueError "could not convert string to <what>: <repr of s>" */
_Noreturn void kr_float_raise_bad_text(const char *what, const char *s, size_t len, bool is_bytes);
/* Python's float % and // (divisor's sign; raises ZeroDivisionError with `what`). */
double kr_float_mod(double x, double y);
double kr_float_floordiv(double x, double y);
/* x ** y for floats as CPython (raises; sets *is_complex and returns 0 when the
 * result is complex: negative base, fractional exponent). */
double kr_float_pow(double x, double y, bool *is_complex);

/* complex (objcomplex.c): lhs = lre + lim j; rhs int, float or complex; NULL if unsupported */
kr_obj_t kr_obj_complex_binary_op(kr_binary_op_t op, double lre, double lim, kr_obj_t rhs);
/* complex power as CPython's complex ** */
void kr_complex_pow(double ar, double ai, double br, double bi, double *rr, double *ri);
/* repr of a complex */
void kr_complex_repr(kr_vstr_t *v, double re, double im);

#endif /* KRAIT_OBJFLOAT_H */
