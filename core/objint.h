/* objint.h: big int objects and the int helpers shared with the rest of Krait (objint.c). */
#ifndef KRAIT_OBJINT_H
#define KRAIT_OBJINT_H

#include "obj.h"
#include "mpz.h"

/* A heap int: only for values outside the small-int range (results are always
 * normalised back to small ints when they fit). Instances of Python subclasses
 * of int also start with this layout (and may hold small values). The digits
 * live in the same (atomic) allocation, right after the struct. */
typedef struct _kr_obj_int_t {
    kr_obj_base_t base;
    kr_mpz_t mpz;
} kr_obj_int_t;

/* Modulus bits of the numeric hash (CPython: 2**61 - 1 on 64-bit machines). */
#if INTPTR_MAX > 0x7fffffff
#define KR_HASH_BITS (61)
#else
#define KR_HASH_BITS (29)
#endif
#define KR_HASH_MODULUS ((kr_int_t)(((kr_uint_t)1 << KR_HASH_BITS) - 1))
#define KR_HASH_INF (314159)

/* pow(a, b, m) for ints (negative b -> modular inverse, as CPython 3.8+). */
kr_obj_t kr_obj_int_pow3(kr_obj_t a, kr_obj_t b, kr_obj_t m);
kr_obj_t kr_obj_int_abs(kr_obj_t o);
kr_obj_t kr_obj_int_from_bytes(const uint8_t *buf, size_t len, bool big_endian, bool is_signed);
/* false if the value doesn't fit (or is negative and !is_signed) */
bool kr_obj_int_to_bytes(kr_obj_t o, size_t len, uint8_t *buf, bool big_endian, bool is_signed);
/* round(x, ndigits) for an int x (ndigits: None or an int). */
kr_obj_t kr_obj_int_round(kr_obj_t x, kr_obj_t ndigits);
/* Compare int o exactly with a double that is not NaN: -1, 0, 1. */
int kr_obj_int_cmp_double(kr_obj_t o, double d);
/* A read-only mpz view of any int (small, bool or big); buf is scratch for small ones. */
const kr_mpz_t *kr_obj_int_get_mpz(kr_obj_t o, kr_mpz_t *tmp, kr_mpz_dig_t buf[2]);
/* Turn an mpz into an int object (small int when it fits); copies the digits. */
kr_obj_t kr_obj_int_from_mpz(const kr_mpz_t *z);
/* Parse like int(s, base); is_bytes only affects the error message's repr. */
kr_obj_t kr_obj_int_parse(const char *s, size_t len, int base, bool is_bytes);
/* Hash of an int value (CPython's algorithm), as a C integer. */
kr_int_t kr_obj_int_hash(kr_obj_t o);
/* int(x) for any object x (the constructor's one-argument form). */
kr_obj_t kr_obj_int_from_obj(kr_obj_t x);
/* math helpers: factorial, gcd of two ints */
kr_obj_t kr_obj_int_factorial(kr_int_t n);
kr_obj_t kr_obj_int_gcd(kr_obj_t a, kr_obj_t b);
kr_obj_t kr_obj_int_isqrt(kr_obj_t a);

#endif /* KRAIT_OBJINT_H */
