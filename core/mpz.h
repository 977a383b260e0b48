/* mpz.h: arbitrary-precision signed integers (sign-magnitude, 32-bit limbs) for big ints. */
#ifndef KRAIT_MPZ_H
#define KRAIT_MPZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef uint32_t kr_mpz_dig_t;
typedef uint64_t kr_mpz_ddig_t;
#define KR_MPZ_DIG_BITS (32)

/* A number is neg ? -mag : mag where mag = sum dig[i] * 2^(32 i), i < len, and
 * dig[len-1] != 0 (len == 0 for zero, which is never negative).
 * Digit storage is on the GC heap (atomic) unless `fixed` (caller-provided buffer,
 * which must then be big enough for every result written into it).
 * Outputs may alias inputs in every function. */
typedef struct _kr_mpz_t {
    size_t len;
    size_t alloc;
    bool neg;
    bool fixed;
    kr_mpz_dig_t *dig;
} kr_mpz_t;

void kr_mpz_init(kr_mpz_t *z);
void kr_mpz_init_fixed(kr_mpz_t *z, kr_mpz_dig_t *buf, size_t alloc);
void kr_mpz_free(kr_mpz_t *z);                 /* releases owned storage; z becomes 0 */
void kr_mpz_set(kr_mpz_t *z, const kr_mpz_t *a);
void kr_mpz_set_ll(kr_mpz_t *z, long long v);
void kr_mpz_set_ull(kr_mpz_t *z, unsigned long long v, bool neg);
void kr_mpz_set_double(kr_mpz_t *z, double d);  /* truncates; d must be finite */
/* A read-only view of a C integer in a caller buffer of 2 digits (no allocation). */
void kr_mpz_view_ll(kr_mpz_t *z, kr_mpz_dig_t buf[2], long long v);

static inline bool kr_mpz_is_zero(const kr_mpz_t *a) { return a->len == 0; }
static inline bool kr_mpz_is_odd(const kr_mpz_t *a) { return a->len > 0 && (a->dig[0] & 1); }
static inline int kr_mpz_sign(const kr_mpz_t *a) { return a->len == 0 ? 0 : (a->neg ? -1 : 1); }

int kr_mpz_cmp(const kr_mpz_t *a, const kr_mpz_t *b);       /* -1, 0, 1 */
int kr_mpz_cmp_abs(const kr_mpz_t *a, const kr_mpz_t *b);
bool kr_mpz_get_ll(const kr_mpz_t *a, long long *out);       /* false if it doesn't fit */
/* Correctly rounded conversion; returns false on overflow (|a| too big for a double). */
bool kr_mpz_get_double(const kr_mpz_t *a, double *out);
/* a = m * 2**e with 0.5 <= |m| < 1 (m correctly rounded to 53 bits); a != 0 */
double kr_mpz_frexp(const kr_mpz_t *a, long *e);
/* a / b correctly rounded (b != 0); false on overflow. */
bool kr_mpz_true_divide(const kr_mpz_t *a, const kr_mpz_t *b, double *out);
/* Compare a with finite or infinite d exactly (d not NaN): -1, 0, 1. */
int kr_mpz_cmp_double(const kr_mpz_t *a, double d);

void kr_mpz_neg(kr_mpz_t *z, const kr_mpz_t *a);
void kr_mpz_abs(kr_mpz_t *z, const kr_mpz_t *a);
void kr_mpz_add(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *b);
void kr_mpz_sub(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *b);
void kr_mpz_mul(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *b);
/* Floor division and modulo (Python semantics); q or r may be NULL; b != 0. */
void kr_mpz_divmod(kr_mpz_t *q, kr_mpz_t *r, const kr_mpz_t *a, const kr_mpz_t *b);
/* Truncating division (C semantics); q or r may be NULL; b != 0. */
void kr_mpz_divmod_trunc(kr_mpz_t *q, kr_mpz_t *r, const kr_mpz_t *a, const kr_mpz_t *b);
void kr_mpz_pow(kr_mpz_t *z, const kr_mpz_t *a, unsigned long long e);
/* z = a**e mod m (e >= 0, m != 0); result has m's sign (Python semantics). */
void kr_mpz_pow_mod(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *e, const kr_mpz_t *m);
void kr_mpz_gcd(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *b);   /* non-negative */
/* Modular inverse of a mod m (m > 0); false if not invertible. */
bool kr_mpz_invert(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *m);
void kr_mpz_isqrt(kr_mpz_t *z, const kr_mpz_t *a);    /* a >= 0 */

/* Bitwise operators with two's-complement semantics (infinite sign extension). */
void kr_mpz_and(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *b);
void kr_mpz_or(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *b);
void kr_mpz_xor(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *b);
void kr_mpz_not(kr_mpz_t *z, const kr_mpz_t *a);       /* -a - 1 */
void kr_mpz_shl(kr_mpz_t *z, const kr_mpz_t *a, size_t n);
void kr_mpz_shr(kr_mpz_t *z, const kr_mpz_t *a, size_t n);   /* floor(a / 2**n) */

size_t kr_mpz_bit_length(const kr_mpz_t *a);           /* of |a| */
size_t kr_mpz_bit_count(const kr_mpz_t *a);            /* popcount of |a| */
/* CPython's hash: |a| mod (2**bits - 1) with a's sign, -1 -> -2. */
intptr_t kr_mpz_hash(const kr_mpz_t *a, unsigned bits);

/* Digits in base 2..36 (caller validated: only valid digit chars, no sign, no '_'). */
void kr_mpz_set_str(kr_mpz_t *z, const char *s, size_t len, int base, bool neg);
/* Upper bound of the characters kr_mpz_to_str writes (incl. '-' sign). */
size_t kr_mpz_str_size(const kr_mpz_t *a, int base);
/* Writes the digits (with '-' if negative), returns the length; no NUL. */
size_t kr_mpz_to_str(const kr_mpz_t *a, int base, bool upper, char *out);

/* Bytes: unsigned or two's complement. to_bytes returns false if it doesn't fit. */
void kr_mpz_from_bytes(kr_mpz_t *z, const uint8_t *buf, size_t len, bool big_endian, bool is_signed);
bool kr_mpz_to_bytes(const kr_mpz_t *a, uint8_t *buf, size_t len, bool big_endian, bool is_signed);

#endif /* KRAIT_MPZ_H */
