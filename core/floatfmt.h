/* floatfmt.h: correctly rounded double <-> decimal conversions (no libc printf/strtod). */
#ifndef KRAIT_FLOATFMT_H
#define KRAIT_FLOATFMT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "obj.h"

/* Most significant digits a double's exact decimal value can have (767), plus room. */
#define KR_FLOATFMT_MAX_DIGITS (800)

/* Digit generation modes for kr_floatfmt_digits */
#define KR_FLOATFMT_SHORTEST (0)   /* fewest digits that read back as the same double */
#define KR_FLOATFMT_SIG (1)        /* `prec` significant digits (prec >= 1) */
#define KR_FLOATFMT_FIXED (2)      /* digits down to the 10**-prec place (prec may be < 0) */

/* Decimal digits of a (finite, > 0), correctly rounded (ties to even) in the given mode.
 * Writes ASCII digits to buf (KR_FLOATFMT_MAX_DIGITS bytes) without trailing zeros and
 * returns their count (0 when the value rounds to zero in FIXED mode); *exp10 is the
 * decimal exponent of the first digit: a ~= 0.d1d2d3... * 10**(*exp10 + 1). */
int kr_floatfmt_digits(double a, int mode, int prec, char *buf, int *exp10);

/* Python's float formatting of d (finite or not): type 'r' (repr), 'e', 'f', 'g' with
 * precision prec (>= 0; 'g' treats 0 as 1) and alt ('#': keep the point and, for 'g',
 * trailing zeros). Lowercase output; a leading '-' when d's sign bit is set. */
void kr_floatfmt_format(kr_vstr_t *v, double d, char type, int prec, bool alt);

/* Correctly rounded value of a syntactically valid decimal: [+-]digits[.digits][e[+-]digits]
 * (either digit run may be empty but not both; no underscores or spaces). */
double kr_floatfmt_parse(const char *s, size_t len);

/* Correctly rounded (ties to even) m * 2**e2, where `sticky` means some nonzero bits lie
 * below m's last bit; +inf when too large. */
double kr_floatfmt_from_bits(uint64_t m, long e2, bool sticky);

#endif /* KRAIT_FLOATFMT_H */
