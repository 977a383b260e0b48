/* mpz.c: arbitrary-precision integer arithmetic on arrays of 32-bit digits (Knuth D division). */
#include <string.h>
#include <limits.h>
#include <math.h>
#include "mpz.h"
#include "gc.h"
#include "obj.h"

typedef kr_mpz_dig_t dig_t;
typedef kr_mpz_ddig_t ddig_t;
#define DIG_BITS KR_MPZ_DIG_BITS
#define DIG_MASK ((dig_t)0xffffffffu)
#define STACK_DIGS (64)

/* ---------------------------------------------------------------- storage */

static dig_t *dig_alloc(size_t n) {
    if (n > ((size_t)-1) / sizeof(dig_t) / 2) {
        kr_raise_memory_error();
    }
    return kr_gc_alloc((n ? n : 1) * sizeof(dig_t), KR_GC_FLAG_ATOMIC);
}

/* Scratch buffer: the stack one when small enough, else the heap. */
static dig_t *tmp_alloc(size_t n, dig_t *stackbuf) {
    if (n <= STACK_DIGS) {
        memset(stackbuf, 0, n * sizeof(dig_t));
        return stackbuf;
    }
    return dig_alloc(n);
}

static void tmp_free(dig_t *p, dig_t *stackbuf) {
    if (p != stackbuf) {
        kr_gc_free(p);
    }
}

void kr_mpz_init(kr_mpz_t *z) {
    z->len = 0;
    z->alloc = 0;
    z->neg = false;
    z->fixed = false;
    z->dig = NULL;
}

void kr_mpz_init_fixed(kr_mpz_t *z, kr_mpz_dig_t *buf, size_t alloc) {
    z->len = 0;
    z->alloc = alloc;
    z->neg = false;
    z->fixed = true;
    z->dig = buf;
}

void kr_mpz_free(kr_mpz_t *z) {
    if (!z->fixed && z->dig != NULL) {
        kr_gc_free(z->dig);
    }
    kr_mpz_init(z);
}

/* Ensure room for n digits, keeping the current ones. */
static void need(kr_mpz_t *z, size_t n) {
    if (z->alloc >= n) {
        return;
    }
    if (z->fixed) {
        kr_raise_msg(&kr_type_RuntimeError, "mpz: fixed buffer too small");
    }
    size_t na = n + n / 8 + 2;
    dig_t *d = dig_alloc(na);
    if (z->len) {
        memcpy(d, z->dig, z->len * sizeof(dig_t));
    }
    if (z->dig != NULL) {
        kr_gc_free(z->dig);
    }
    z->dig = d;
    z->alloc = na;
}

static size_t norm_len(const dig_t *d, size_t n) {
    while (n > 0 && d[n - 1] == 0) {
        n--;
    }
    return n;
}

static void finish(kr_mpz_t *z, size_t n, bool neg) {
    z->len = norm_len(z->dig, n);
    z->neg = z->len ? neg : false;
}

void kr_mpz_set(kr_mpz_t *z, const kr_mpz_t *a) {
    if (z == a) {
        return;
    }
    need(z, a->len);
    if (a->len) {
        memmove(z->dig, a->dig, a->len * sizeof(dig_t));
    }
    z->len = a->len;
    z->neg = a->neg;
}

void kr_mpz_set_ull(kr_mpz_t *z, unsigned long long v, bool neg) {
    need(z, 2);
    z->dig[0] = (dig_t)v;
    z->dig[1] = (dig_t)(v >> 32);
    finish(z, 2, neg);
}

static unsigned long long ll_abs(long long v) {
    return v < 0 ? (unsigned long long)0 - (unsigned long long)v : (unsigned long long)v;
}

void kr_mpz_set_ll(kr_mpz_t *z, long long v) {
    kr_mpz_set_ull(z, ll_abs(v), v < 0);
}

void kr_mpz_view_ll(kr_mpz_t *z, kr_mpz_dig_t buf[2], long long v) {
    kr_mpz_init_fixed(z, buf, 2);
    kr_mpz_set_ll(z, v);
}

void kr_mpz_set_double(kr_mpz_t *z, double d) {
    bool neg = d < 0;
    d = trunc(fabs(d));
    if (d < 1.0) {
        z->len = 0;
        z->neg = false;
        return;
    }
    int e;
    double m = frexp(d, &e);   /* d = m * 2^e, 0.5 <= m < 1 */
    /* take 53 bits as an integer */
    unsigned long long mant = (unsigned long long)ldexp(m, 53);
    if (e <= 53) {
        kr_mpz_set_ull(z, mant >> (53 - e), neg);
    } else {
        kr_mpz_set_ull(z, mant, neg);
        kr_mpz_shl(z, z, (size_t)(e - 53));
    }
}

/* ---------------------------------------------------------------- natural-number kernels */

static int mpn_cmp(const dig_t *a, size_t na, const dig_t *b, size_t nb) {
    if (na != nb) {
        return na < nb ? -1 : 1;
    }
    while (na-- > 0) {
        if (a[na] != b[na]) {
            return a[na] < b[na] ? -1 : 1;
        }
    }
    return 0;
}

/* z = a + b, na >= nb; z has room for na + 1; returns length written (na + 1). */
static size_t mpn_add(dig_t *z, const dig_t *a, size_t na, const dig_t *b, size_t nb) {
    ddig_t carry = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        carry += (ddig_t)a[i] + b[i];
        z[i] = (dig_t)carry;
        carry >>= DIG_BITS;
    }
    for (; i < na; i++) {
        carry += a[i];
        z[i] = (dig_t)carry;
        carry >>= DIG_BITS;
    }
    z[i] = (dig_t)carry;
    return na + 1;
}

/* z = a - b, a >= b (so na >= nb); returns na. */
static size_t mpn_sub(dig_t *z, const dig_t *a, size_t na, const dig_t *b, size_t nb) {
    dig_t borrow = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        ddig_t t = (ddig_t)a[i] - b[i] - borrow;
        z[i] = (dig_t)t;
        borrow = (dig_t)((t >> DIG_BITS) & 1);
    }
    for (; i < na; i++) {
        ddig_t t = (ddig_t)a[i] - borrow;
        z[i] = (dig_t)t;
        borrow = (dig_t)((t >> DIG_BITS) & 1);
    }
    return na;
}

/* z[0..na+nb) = a * b by the schoolbook method; z must not overlap a or b. */
static void mpn_mul_basic(dig_t *z, const dig_t *a, size_t na, const dig_t *b, size_t nb) {
    memset(z, 0, (na + nb) * sizeof(dig_t));
    for (size_t i = 0; i < na; i++) {
        ddig_t ai = a[i];
        if (ai == 0) {
            continue;
        }
        ddig_t carry = 0;
        dig_t *zp = z + i;
        for (size_t j = 0; j < nb; j++) {
            carry += ai * b[j] + zp[j];
            zp[j] = (dig_t)carry;
            carry >>= DIG_BITS;
        }
        zp[nb] = (dig_t)carry;
    }
}

/* z[0..nz) += a[0..na), na <= nz; the sum must fit in nz digits. */
static void mpn_add_into(dig_t *z, size_t nz, const dig_t *a, size_t na) {
    ddig_t carry = 0;
    size_t i = 0;
    for (; i < na; i++) {
        carry += (ddig_t)z[i] + a[i];
        z[i] = (dig_t)carry;
        carry >>= DIG_BITS;
    }
    for (; carry != 0 && i < nz; i++) {
        carry += z[i];
        z[i] = (dig_t)carry;
        carry >>= DIG_BITS;
    }
}

#define KARATSUBA_MIN (40)

/* z[0..na+nb) = a * b (Karatsuba above KARATSUBA_MIN digits); s is scratch of
 * mul_scratch_len(na) digits. z must not overlap a, b or s. */
static void mpn_mul_rec(dig_t *z, const dig_t *a, size_t na, const dig_t *b, size_t nb, dig_t *s) {
    if (na < nb) {
        const dig_t *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if (nb < KARATSUBA_MIN) {
        mpn_mul_basic(z, a, na, b, nb);
        return;
    }
    size_t h = (na + 1) / 2;
    if (nb <= h) {
        /* unbalanced: multiply nb-digit slices of a by b and accumulate */
        memset(z, 0, (na + nb) * sizeof(dig_t));
        dig_t *t = s;
        for (size_t i = 0; i < na; i += nb) {
            size_t cl = na - i < nb ? na - i : nb;
            mpn_mul_rec(t, a + i, cl, b, nb, s + 2 * nb);
            mpn_add_into(z + i, na + nb - i, t, cl + nb);
        }
        return;
    }
    /* a = a1 B^h + a0, b = b1 B^h + b0:
     * a b = a1 b1 B^2h + ((a0 + a1)(b0 + b1) - a0 b0 - a1 b1) B^h + a0 b0 */
    size_t nz = na + nb;
    mpn_mul_rec(z, a, h, b, h, s);
    mpn_mul_rec(z + 2 * h, a + h, na - h, b + h, nb - h, s);
    dig_t *sa = s, *sb = s + h + 1, *m = s + 2 * h + 2;
    mpn_add(sa, a, h, a + h, na - h);
    mpn_add(sb, b, h, b + h, nb - h);
    mpn_mul_rec(m, sa, h + 1, sb, h + 1, s + 4 * h + 4);
    size_t nm = 2 * h + 2;
    mpn_sub(m, m, nm, z, 2 * h);
    mpn_sub(m, m, nm, z + 2 * h, nz - 2 * h);
    while (nm > 0 && m[nm - 1] == 0) {
        nm--;
    }
    mpn_add_into(z + h, nz - h, m, nm);
}

/* Scratch digits mpn_mul_rec needs for a multiply whose longer operand has n digits. */
static size_t mul_scratch_len(size_t n) {
    size_t total = 0;
    while (n >= KARATSUBA_MIN) {
        size_t h = (n + 1) / 2;
        total += 4 * h + 4;
        n = h + 1;
    }
    return total + 2 * KARATSUBA_MIN;
}

/* z[0..na+nb) = a * b; z must not overlap a or b. */
static void mpn_mul(dig_t *z, const dig_t *a, size_t na, const dig_t *b, size_t nb) {
    if (na < KARATSUBA_MIN || nb < KARATSUBA_MIN) {
        mpn_mul_basic(z, a, na, b, nb);
        return;
    }
    size_t n = na > nb ? na : nb;
    dig_t *s = dig_alloc(mul_scratch_len(n) + 2 * (na < nb ? na : nb));
    mpn_mul_rec(z, a, na, b, nb, s);
    kr_gc_free(s);
}

/* a[0..n) = a * m + add; returns the carry-out digit. */
static dig_t mpn_mul1_add(dig_t *a, size_t n, dig_t m, dig_t add) {
    ddig_t carry = add;
    for (size_t i = 0; i < n; i++) {
        carry += (ddig_t)a[i] * m;
        a[i] = (dig_t)carry;
        carry >>= DIG_BITS;
    }
    return (dig_t)carry;
}

/* q[0..n) = a / d (q may equal a); returns the remainder. */
static dig_t mpn_div1(dig_t *q, const dig_t *a, size_t n, dig_t d) {
    ddig_t r = 0;
    while (n-- > 0) {
        ddig_t cur = (r << DIG_BITS) | a[n];
        q[n] = (dig_t)(cur / d);
        r = cur % d;
    }
    return (dig_t)r;
}

static int clz32(dig_t x) {
    return x ? __builtin_clz(x) : 32;
}

/* Knuth algorithm D. u (nu digits) / v (nv >= 2 digits, v[nv-1] != 0), nu >= nv.
 * q receives nu - nv + 1 digits (may be NULL), r receives nv digits (may be NULL). */
static void mpn_divmod(dig_t *q, dig_t *r, const dig_t *u, size_t nu, const dig_t *v, size_t nv) {
    dig_t sb1[STACK_DIGS], sb2[STACK_DIGS];
    dig_t *vn = tmp_alloc(nv, sb1);
    dig_t *un = tmp_alloc(nu + 1, sb2);
    int s = clz32(v[nv - 1]);
    if (s) {
        for (size_t i = nv - 1; i > 0; i--) {
            vn[i] = (v[i] << s) | (v[i - 1] >> (32 - s));
        }
        vn[0] = v[0] << s;
        un[nu] = u[nu - 1] >> (32 - s);
        for (size_t i = nu - 1; i > 0; i--) {
            un[i] = (u[i] << s) | (u[i - 1] >> (32 - s));
        }
        un[0] = u[0] << s;
    } else {
        memcpy(vn, v, nv * sizeof(dig_t));
        memcpy(un, u, nu * sizeof(dig_t));
        un[nu] = 0;
    }
    const ddig_t B = (ddig_t)1 << 32;
    ddig_t vtop = vn[nv - 1], vnext = vn[nv - 2];
    for (size_t jj = nu - nv + 1; jj-- > 0;) {
        size_t j = jj;
        ddig_t num = ((ddig_t)un[j + nv] << 32) | un[j + nv - 1];
        ddig_t qhat = num / vtop;
        ddig_t rhat = num % vtop;
        while (qhat >= B || qhat * vnext > ((rhat << 32) | un[j + nv - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >= B) {
                break;
            }
        }
        int64_t t;
        int64_t k = 0;
        for (size_t i = 0; i < nv; i++) {
            ddig_t p = qhat * vn[i];
            t = (int64_t)un[i + j] - k - (int64_t)(p & 0xffffffffu);
            un[i + j] = (dig_t)t;
            k = (int64_t)(p >> 32) - (t >> 32);
        }
        t = (int64_t)un[j + nv] - k;
        un[j + nv] = (dig_t)t;
        if (t < 0) {
            qhat--;
            ddig_t c = 0;
            for (size_t i = 0; i < nv; i++) {
                c += (ddig_t)un[i + j] + vn[i];
                un[i + j] = (dig_t)c;
                c >>= 32;
            }
            un[j + nv] += (dig_t)c;
        }
        if (q != NULL) {
            q[j] = (dig_t)qhat;
        }
    }
    if (r != NULL) {
        if (s) {
            for (size_t i = 0; i < nv - 1; i++) {
                r[i] = (un[i] >> s) | (un[i + 1] << (32 - s));
            }
            r[nv - 1] = (un[nv - 1] >> s) | (un[nv] << (32 - s));
        } else {
            memcpy(r, un, nv * sizeof(dig_t));
        }
    }
    tmp_free(vn, sb1);
    tmp_free(un, sb2);
}

/* ---------------------------------------------------------------- comparisons */

int kr_mpz_cmp_abs(const kr_mpz_t *a, const kr_mpz_t *b) {
    return mpn_cmp(a->dig, a->len, b->dig, b->len);
}

int kr_mpz_cmp(const kr_mpz_t *a, const kr_mpz_t *b) {
    if (a->neg != b->neg) {
        return a->neg ? -1 : 1;
    }
    int c = kr_mpz_cmp_abs(a, b);
    return a->neg ? -c : c;
}

bool kr_mpz_get_ll(const kr_mpz_t *a, long long *out) {
    if (a->len > 2) {
        return false;
    }
    unsigned long long m = 0;
    if (a->len > 0) {
        m = a->dig[0];
    }
    if (a->len > 1) {
        m |= (unsigned long long)a->dig[1] << 32;
    }
    if (a->neg) {
        if (m > (unsigned long long)LLONG_MAX + 1) {
            return false;
        }
        *out = m == (unsigned long long)LLONG_MAX + 1 ? LLONG_MIN : -(long long)m;
    } else {
        if (m > (unsigned long long)LLONG_MAX) {
            return false;
        }
        *out = (long long)m;
    }
    return true;
}

size_t kr_mpz_bit_length(const kr_mpz_t *a) {
    if (a->len == 0) {
        return 0;
    }
    return a->len * DIG_BITS - (size_t)clz32(a->dig[a->len - 1]);
}

size_t kr_mpz_bit_count(const kr_mpz_t *a) {
    size_t c = 0;
    for (size_t i = 0; i < a->len; i++) {
        c += (size_t)__builtin_popcount(a->dig[i]);
    }
    return c;
}

/* Bits [pos, pos+64) of |a| as an integer (pos may be past the end). */
static unsigned long long get_bits64(const kr_mpz_t *a, size_t pos) {
    unsigned long long r = 0;
    size_t di = pos / 32;
    unsigned sh = (unsigned)(pos % 32);
    for (int k = 0; k < 3; k++) {
        size_t idx = di + (size_t)k;
        if (idx >= a->len) {
            break;
        }
        unsigned long long d = a->dig[idx];
        int shift = 32 * k - (int)sh;
        if (shift < 0) {
            r |= d >> (-shift);
        } else if (shift < 64) {
            r |= d << shift;
        }
    }
    return r;
}

/* Any of the bits [0, pos) of |a| set? */
static bool any_bits_below(const kr_mpz_t *a, size_t pos) {
    size_t di = pos / 32;
    for (size_t i = 0; i < di && i < a->len; i++) {
        if (a->dig[i]) {
            return true;
        }
    }
    if (di < a->len && (pos % 32) != 0) {
        if (a->dig[di] & (((dig_t)1 << (pos % 32)) - 1)) {
            return true;
        }
    }
    return false;
}

/* Round the value (q + sticky*epsilon) * 2^exp to a double (q != 0, q < 2^64),
 * correctly (half to even), including subnormal results. */
static double round_to_double(unsigned long long q, bool sticky, long exp) {
    int nbits = 64 - __builtin_clzll(q);
    long top = nbits + exp;          /* value in [2^(top-1), 2^top) */
    long prec = 53;
    if (top - 53 < -1074) {
        prec = top + 1074;           /* subnormal: fewer bits */
    }
    if (prec <= 0) {
        /* value < 2^-1075 (prec < 0) or in [2^-1076, 2^-1075) for prec == 0 */
        if (prec == 0) {
            /* value is in [2^-1075, 2^-1074): half of the smallest subnormal or more */
            bool exact_half = (q & (q - 1)) == 0 && !sticky;
            return exact_half ? 0.0 : ldexp(1.0, -1074);
        }
        return 0.0;
    }
    if (nbits > prec) {
        int drop = nbits - (int)prec;
        unsigned long long m = q >> drop;
        unsigned long long rem = q & ((1ULL << drop) - 1);
        unsigned long long half = 1ULL << (drop - 1);
        if (rem > half || (rem == half && (sticky || (m & 1)))) {
            m++;
        }
        return ldexp((double)m, (int)(exp + drop));
    }
    /* q fits in prec bits: exact (sticky bits are below the subnormal range only if
     * prec < 53, handled by the caller giving enough bits) */
    return ldexp((double)q, (int)exp);
}

bool kr_mpz_get_double(const kr_mpz_t *a, double *out) {
    size_t nb = kr_mpz_bit_length(a);
    double d;
    if (nb == 0) {
        d = 0.0;
    } else if (nb <= 64) {
        d = (double)get_bits64(a, 0);
    } else {
        if (nb > 1100) {
            return false;
        }
        size_t pos = nb - 64;
        d = round_to_double(get_bits64(a, pos), any_bits_below(a, pos), (long)pos);
    }
    if (isinf(d)) {
        return false;
    }
    *out = a->neg ? -d : d;
    return true;
}

double kr_mpz_frexp(const kr_mpz_t *a, long *e) {
    size_t nb = kr_mpz_bit_length(a);
    if (nb == 0) {
        *e = 0;
        return 0.0;
    }
    size_t pos = nb > 64 ? nb - 64 : 0;
    unsigned long long top = get_bits64(a, pos);
    int tb = 64 - __builtin_clzll(top);
    double m = round_to_double(top, any_bits_below(a, pos), -tb);   /* in [0.5, 1] */
    *e = (long)nb;
    if (m == 1.0) {
        m = 0.5;
        *e += 1;
    }
    return a->neg ? -m : m;
}

bool kr_mpz_true_divide(const kr_mpz_t *a, const kr_mpz_t *b, double *out) {
    size_t na = kr_mpz_bit_length(a), nb = kr_mpz_bit_length(b);
    bool neg = a->neg != b->neg;
    if (na == 0) {
        *out = neg ? -0.0 : 0.0;
        return true;
    }
    if (na <= 53 && nb <= 53) {
        double x = (double)get_bits64(a, 0), y = (double)get_bits64(b, 0);
        *out = neg ? -(x / y) : x / y;
        return true;
    }
    long diff = (long)na - (long)nb;
    if (diff > 1025) {
        return false;
    }
    if (diff < -1080) {
        *out = neg ? -0.0 : 0.0;
        return true;
    }
    /* q = floor(a * 2^k / b) with 62..64 bits */
    long k = 63 - diff;
    kr_mpz_t x, y, qq, rr;
    kr_mpz_init(&x);
    kr_mpz_init(&y);
    kr_mpz_init(&qq);
    kr_mpz_init(&rr);
    kr_mpz_abs(&x, a);
    kr_mpz_abs(&y, b);
    if (k > 0) {
        kr_mpz_shl(&x, &x, (size_t)k);
    } else if (k < 0) {
        kr_mpz_shl(&y, &y, (size_t)-k);
    }
    kr_mpz_divmod_trunc(&qq, &rr, &x, &y);
    unsigned long long q = get_bits64(&qq, 0);
    bool sticky = !kr_mpz_is_zero(&rr);
    kr_mpz_free(&x);
    kr_mpz_free(&y);
    kr_mpz_free(&qq);
    kr_mpz_free(&rr);
    double d = round_to_double(q, sticky, -k);
    if (isinf(d)) {
        return false;
    }
    *out = neg ? -d : d;
    return true;
}

int kr_mpz_cmp_double(const kr_mpz_t *a, double d) {
    if (isinf(d)) {
        return d > 0 ? -1 : 1;
    }
    double fl = floor(d);
    kr_mpz_t f;
    kr_mpz_init(&f);
    kr_mpz_set_double(&f, fl);
    int c = kr_mpz_cmp(a, &f);
    kr_mpz_free(&f);
    if (c == 0 && fl != d) {
        return -1;   /* a == floor(d) < d */
    }
    return c;
}

/* ---------------------------------------------------------------- arithmetic */

void kr_mpz_neg(kr_mpz_t *z, const kr_mpz_t *a) {
    kr_mpz_set(z, a);
    if (z->len) {
        z->neg = !z->neg;
    }
}

void kr_mpz_abs(kr_mpz_t *z, const kr_mpz_t *a) {
    kr_mpz_set(z, a);
    z->neg = false;
}

/* z = a + (b_neg ? -|b| : |b|) with a's sign a_neg */
static void add_signed(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *b, bool b_neg) {
    bool a_neg = a->neg;
    if (a_neg == b_neg) {
        const kr_mpz_t *x = a, *y = b;
        if (x->len < y->len) {
            x = b;
            y = a;
        }
        size_t nx = x->len, ny = y->len;
        need(z, nx + 1);
        size_t n = mpn_add(z->dig, x->dig, nx, y->dig, ny);
        finish(z, n, a_neg);
    } else {
        int c = kr_mpz_cmp_abs(a, b);
        if (c == 0) {
            z->len = 0;
            z->neg = false;
        } else if (c > 0) {
            size_t na = a->len, nbl = b->len;
            need(z, na);
            size_t n = mpn_sub(z->dig, a->dig, na, b->dig, nbl);
            finish(z, n, a_neg);
        } else {
            size_t na = a->len, nbl = b->len;
            need(z, nbl);
            size_t n = mpn_sub(z->dig, b->dig, nbl, a->dig, na);
            finish(z, n, b_neg);
        }
    }
}

void kr_mpz_add(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *b) {
    add_signed(z, a, b, b->neg);
}

void kr_mpz_sub(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *b) {
    add_signed(z, a, b, b->len ? !b->neg : false);
}

void kr_mpz_mul(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *b) {
    if (a->len == 0 || b->len == 0) {
        z->len = 0;
        z->neg = false;
        return;
    }
    bool neg = a->neg != b->neg;
    size_t n = a->len + b->len;
    if (z == a || z == b) {
        dig_t sb[STACK_DIGS];
        dig_t *t = tmp_alloc(n, sb);
        mpn_mul(t, a->dig, a->len, b->dig, b->len);
        need(z, n);
        memcpy(z->dig, t, n * sizeof(dig_t));
        tmp_free(t, sb);
    } else {
        need(z, n);
        mpn_mul(z->dig, a->dig, a->len, b->dig, b->len);
    }
    finish(z, n, neg);
}

void kr_mpz_divmod_trunc(kr_mpz_t *q, kr_mpz_t *r, const kr_mpz_t *a, const kr_mpz_t *b) {
    bool qneg = a->neg != b->neg, rneg = a->neg;
    if (kr_mpz_cmp_abs(a, b) < 0) {
        if (r != NULL) {
            kr_mpz_set(r, a);
        }
        if (q != NULL) {
            q->len = 0;
            q->neg = false;
        }
        return;
    }
    size_t na = a->len, nb = b->len;
    size_t nq = na - nb + 1;
    dig_t sq[STACK_DIGS], sr[STACK_DIGS];
    dig_t *tq = tmp_alloc(nq, sq);
    dig_t *tr = tmp_alloc(nb, sr);
    if (nb == 1) {
        tr[0] = mpn_div1(tq, a->dig, na, b->dig[0]);
    } else {
        mpn_divmod(tq, tr, a->dig, na, b->dig, nb);
    }
    if (q != NULL) {
        need(q, nq);
        memcpy(q->dig, tq, nq * sizeof(dig_t));
        finish(q, nq, qneg);
    }
    if (r != NULL) {
        need(r, nb);
        memcpy(r->dig, tr, nb * sizeof(dig_t));
        finish(r, nb, rneg);
    }
    tmp_free(tq, sq);
    tmp_free(tr, sr);
}

void kr_mpz_divmod(kr_mpz_t *q, kr_mpz_t *r, const kr_mpz_t *a, const kr_mpz_t *b) {
    /* b may alias q or r: keep a copy of it when the result needs fixing */
    kr_mpz_t bc;
    dig_t sb[STACK_DIGS];
    bool copied = false;
    const kr_mpz_t *bb = b;
    if (a->neg != b->neg && (b == q || b == r)) {
        dig_t *d = tmp_alloc(b->len, sb);
        memcpy(d, b->dig, b->len * sizeof(dig_t));
        kr_mpz_init_fixed(&bc, d, b->len);
        bc.len = b->len;
        bc.neg = b->neg;
        bb = &bc;
        copied = true;
    }
    kr_mpz_t rt;
    kr_mpz_t *rp = r;
    if (rp == NULL) {
        kr_mpz_init(&rt);
        rp = &rt;
    }
    kr_mpz_divmod_trunc(q, rp, a, bb);
    if (!kr_mpz_is_zero(rp) && rp->neg != bb->neg) {
        /* floor: q -= 1, r += b */
        if (q != NULL) {
            kr_mpz_t one;
            dig_t ob[2];
            kr_mpz_view_ll(&one, ob, 1);
            kr_mpz_sub(q, q, &one);
        }
        kr_mpz_add(rp, rp, bb);
    }
    if (rp == &rt) {
        kr_mpz_free(&rt);
    }
    if (copied) {
        tmp_free(bc.dig, sb);
    }
}

void kr_mpz_pow(kr_mpz_t *z, const kr_mpz_t *a, unsigned long long e) {
    kr_mpz_t base, res;
    kr_mpz_init(&base);
    kr_mpz_init(&res);
    kr_mpz_set(&base, a);
    kr_mpz_set_ll(&res, 1);
    while (e) {
        if (e & 1) {
            kr_mpz_mul(&res, &res, &base);
        }
        e >>= 1;
        if (e) {
            kr_mpz_mul(&base, &base, &base);
        }
    }
    kr_mpz_set(z, &res);
    kr_mpz_free(&base);
    kr_mpz_free(&res);
}

void kr_mpz_pow_mod(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *e, const kr_mpz_t *m) {
    kr_mpz_t base, res, mod;
    kr_mpz_init(&base);
    kr_mpz_init(&res);
    kr_mpz_init(&mod);
    kr_mpz_abs(&mod, m);
    kr_mpz_divmod(NULL, &base, a, &mod);
    kr_mpz_set_ll(&res, 1);
    kr_mpz_divmod(NULL, &res, &res, &mod);   /* 1 mod 1 == 0 */
    size_t nbits = kr_mpz_bit_length(e);
    for (size_t i = nbits; i-- > 0;) {
        kr_mpz_mul(&res, &res, &res);
        kr_mpz_divmod_trunc(NULL, &res, &res, &mod);
        if ((e->dig[i / 32] >> (i % 32)) & 1) {
            kr_mpz_mul(&res, &res, &base);
            kr_mpz_divmod_trunc(NULL, &res, &res, &mod);
        }
    }
    if (m->neg && !kr_mpz_is_zero(&res)) {
        kr_mpz_add(&res, &res, m);   /* result takes the modulus' sign */
    }
    kr_mpz_set(z, &res);
    kr_mpz_free(&base);
    kr_mpz_free(&res);
    kr_mpz_free(&mod);
}

void kr_mpz_gcd(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *b) {
    kr_mpz_t x, y;
    kr_mpz_init(&x);
    kr_mpz_init(&y);
    kr_mpz_abs(&x, a);
    kr_mpz_abs(&y, b);
    while (!kr_mpz_is_zero(&y)) {
        if (x.len <= 2 && y.len <= 2) {
            long long xv, yv;
            if (kr_mpz_get_ll(&x, &xv) && kr_mpz_get_ll(&y, &yv)) {
                unsigned long long ux = (unsigned long long)xv, uy = (unsigned long long)yv;
                while (uy) {
                    unsigned long long t = ux % uy;
                    ux = uy;
                    uy = t;
                }
                kr_mpz_set_ull(&x, ux, false);
                y.len = 0;
                break;
            }
        }
        kr_mpz_divmod_trunc(NULL, &x, &x, &y);
        kr_mpz_t t = x;
        x = y;
        y = t;
    }
    kr_mpz_set(z, &x);
    kr_mpz_free(&x);
    kr_mpz_free(&y);
}

bool kr_mpz_invert(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *m) {
    /* extended Euclid on (a mod m, m) tracking the coefficient of a */
    kr_mpz_t r0, r1, s0, s1, q, t;
    kr_mpz_init(&r0);
    kr_mpz_init(&r1);
    kr_mpz_init(&s0);
    kr_mpz_init(&s1);
    kr_mpz_init(&q);
    kr_mpz_init(&t);
    kr_mpz_divmod(NULL, &r0, a, m);
    kr_mpz_set(&r1, m);
    kr_mpz_set_ll(&s0, 1);
    kr_mpz_set_ll(&s1, 0);
    while (!kr_mpz_is_zero(&r1)) {
        kr_mpz_divmod(&q, &t, &r0, &r1);
        kr_mpz_set(&r0, &r1);
        kr_mpz_set(&r1, &t);
        kr_mpz_mul(&t, &q, &s1);
        kr_mpz_sub(&t, &s0, &t);
        kr_mpz_set(&s0, &s1);
        kr_mpz_set(&s1, &t);
    }
    bool ok = r0.len == 1 && r0.dig[0] == 1 && !r0.neg;
    if (ok) {
        kr_mpz_divmod(NULL, z, &s0, m);
    }
    kr_mpz_free(&r0);
    kr_mpz_free(&r1);
    kr_mpz_free(&s0);
    kr_mpz_free(&s1);
    kr_mpz_free(&q);
    kr_mpz_free(&t);
    return ok;
}

void kr_mpz_isqrt(kr_mpz_t *z, const kr_mpz_t *a) {
    if (kr_mpz_is_zero(a)) {
        z->len = 0;
        z->neg = false;
        return;
    }
    /* Newton from an over-estimate: x = 2^ceil(bits/2) */
    kr_mpz_t x, y;
    kr_mpz_init(&x);
    kr_mpz_init(&y);
    kr_mpz_set_ll(&x, 1);
    kr_mpz_shl(&x, &x, (kr_mpz_bit_length(a) + 1) / 2);
    for (;;) {
        kr_mpz_divmod_trunc(&y, NULL, a, &x);
        kr_mpz_add(&y, &y, &x);
        kr_mpz_shr(&y, &y, 1);
        if (kr_mpz_cmp(&y, &x) >= 0) {
            break;
        }
        kr_mpz_set(&x, &y);
    }
    kr_mpz_set(z, &x);
    kr_mpz_free(&x);
    kr_mpz_free(&y);
}

/* ---------------------------------------------------------------- bitwise */

typedef enum { BIT_AND, BIT_OR, BIT_XOR } bitop_t;

static void bitwise(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *b, bitop_t op) {
    size_t n = (a->len > b->len ? a->len : b->len) + 1;
    bool an = a->neg, bn = b->neg;
    bool zn;
    switch (op) {
        case BIT_AND: zn = an && bn; break;
        case BIT_OR: zn = an || bn; break;
        default: zn = an != bn; break;
    }
    size_t la = a->len, lb = b->len;
    const dig_t *ad = a->dig, *bd = b->dig;
    dig_t sa[STACK_DIGS], sbb[STACK_DIGS];
    /* copy inputs if z aliases them (z's buffer may be reallocated) */
    dig_t *ca = NULL, *cb = NULL;
    if (z == a) {
        ca = tmp_alloc(la ? la : 1, sa);
        memcpy(ca, ad, la * sizeof(dig_t));
        ad = ca;
    }
    if (z == b) {
        cb = tmp_alloc(lb ? lb : 1, sbb);
        memcpy(cb, bd, lb * sizeof(dig_t));
        bd = cb;
    }
    need(z, n);
    ddig_t ca_c = 1, cb_c = 1, cz_c = 1;   /* carries for two's complement negation */
    for (size_t i = 0; i < n; i++) {
        dig_t x = i < la ? ad[i] : 0;
        dig_t y = i < lb ? bd[i] : 0;
        if (an) {
            ca_c += (dig_t)~x;
            x = (dig_t)ca_c;
            ca_c >>= 32;
        }
        if (bn) {
            cb_c += (dig_t)~y;
            y = (dig_t)cb_c;
            cb_c >>= 32;
        }
        dig_t r;
        switch (op) {
            case BIT_AND: r = x & y; break;
            case BIT_OR: r = x | y; break;
            default: r = x ^ y; break;
        }
        if (zn) {
            cz_c += (dig_t)~r;
            r = (dig_t)cz_c;
            cz_c >>= 32;
        }
        z->dig[i] = r;
    }
    finish(z, n, zn);
    if (ca) {
        tmp_free(ca, sa);
    }
    if (cb) {
        tmp_free(cb, sbb);
    }
}

void kr_mpz_and(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *b) {
    bitwise(z, a, b, BIT_AND);
}

void kr_mpz_or(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *b) {
    bitwise(z, a, b, BIT_OR);
}

void kr_mpz_xor(kr_mpz_t *z, const kr_mpz_t *a, const kr_mpz_t *b) {
    bitwise(z, a, b, BIT_XOR);
}

void kr_mpz_not(kr_mpz_t *z, const kr_mpz_t *a) {
    /* ~a == -a - 1 */
    kr_mpz_t one;
    dig_t ob[2];
    kr_mpz_view_ll(&one, ob, 1);
    kr_mpz_neg(z, a);
    kr_mpz_sub(z, z, &one);
}

void kr_mpz_shl(kr_mpz_t *z, const kr_mpz_t *a, size_t n) {
    if (a->len == 0) {
        z->len = 0;
        z->neg = false;
        return;
    }
    size_t dshift = n / 32;
    unsigned bshift = (unsigned)(n % 32);
    size_t la = a->len;
    bool neg = a->neg;
    size_t nz = la + dshift + 1;
    need(z, nz);   /* if z == a, need() keeps the digits */
    const dig_t *ad = z == a ? z->dig : a->dig;
    /* work from the top so in-place shifting is safe */
    z->dig[la + dshift] = bshift ? ad[la - 1] >> (32 - bshift) : 0;
    for (size_t i = la; i-- > 0;) {
        dig_t lo = (bshift && i > 0) ? ad[i - 1] >> (32 - bshift) : 0;
        z->dig[i + dshift] = (ad[i] << bshift) | lo;
    }
    memset(z->dig, 0, dshift * sizeof(dig_t));
    finish(z, nz, neg);
}

void kr_mpz_shr(kr_mpz_t *z, const kr_mpz_t *a, size_t n) {
    size_t dshift = n / 32;
    unsigned bshift = (unsigned)(n % 32);
    bool neg = a->neg;
    if (dshift >= a->len) {
        /* everything shifted out */
        if (neg) {
            kr_mpz_set_ll(z, -1);
        } else {
            z->len = 0;
            z->neg = false;
        }
        return;
    }
    /* for negatives, floor: round toward -inf if any 1 bit is shifted out */
    bool round = neg && any_bits_below(a, n);
    size_t la = a->len;
    size_t nz = la - dshift;
    need(z, nz);
    const dig_t *ad = z == a ? z->dig : a->dig;
    for (size_t i = 0; i < nz; i++) {
        dig_t hi = (bshift && i + dshift + 1 < la) ? ad[i + dshift + 1] << (32 - bshift) : 0;
        z->dig[i] = (ad[i + dshift] >> bshift) | hi;
    }
    finish(z, nz, neg);
    if (round) {
        kr_mpz_t one;
        dig_t ob[2];
        kr_mpz_view_ll(&one, ob, 1);
        kr_mpz_sub(z, z, &one);
    }
}

/* ---------------------------------------------------------------- hash */

intptr_t kr_mpz_hash(const kr_mpz_t *a, unsigned bits) {
    uint64_t P = ((uint64_t)1 << bits) - 1;
    uint64_t h = 0;
    for (size_t i = a->len; i-- > 0;) {
        /* h = h * 2^32 mod P: rotate left by 32 within `bits` bits */
        unsigned r = 32 % bits;
        h = ((h << r) & P) | (h >> (bits - r));
        h += a->dig[i];
        while (h >= P) {
            h -= P;
        }
    }
    intptr_t v = (intptr_t)h;
    if (a->neg) {
        v = -v;
    }
    if (v == -1) {
        v = -2;
    }
    return v;
}

/* ---------------------------------------------------------------- strings */

/* largest power of base fitting a digit, and its exponent */
static dig_t big_base(int base, int *nchars) {
    dig_t p = (dig_t)base;
    int n = 1;
    while ((ddig_t)p * (ddig_t)base <= DIG_MASK) {
        p *= (dig_t)base;
        n++;
    }
    *nchars = n;
    return p;
}

static int char_val(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

void kr_mpz_set_str(kr_mpz_t *z, const char *s, size_t len, int base, bool neg) {
    int nchars;
    big_base(base, &nchars);
    /* digits needed: len * log2(base) / 32 + 1 */
    size_t nd = len * 6 / 32 + 2;
    need(z, nd);
    size_t n = 0;
    size_t i = 0;
    /* first chunk takes the remainder so later chunks are full */
    size_t first = len % (size_t)nchars;
    if (first == 0) {
        first = (size_t)nchars;
    }
    while (i < len) {
        size_t take = i == 0 ? first : (size_t)nchars;
        if (take > len - i) {
            take = len - i;
        }
        dig_t chunk = 0, mul = 1;
        for (size_t k = 0; k < take; k++) {
            chunk = chunk * (dig_t)base + (dig_t)char_val(s[i + k]);
            mul *= (dig_t)base;
        }
        dig_t carry = mpn_mul1_add(z->dig, n, mul, chunk);
        if (carry) {
            z->dig[n++] = carry;
        }
        i += take;
    }
    finish(z, n, neg);
}

size_t kr_mpz_str_size(const kr_mpz_t *a, int base) {
    size_t bits = kr_mpz_bit_length(a);
    int lg = 1;
    while ((1 << (lg + 1)) <= base) {
        lg++;
    }
    return bits / (size_t)lg + 3;
}

size_t kr_mpz_to_str(const kr_mpz_t *a, int base, bool upper, char *out) {
    const char *digs = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
    if (a->len == 0) {
        out[0] = '0';
        return 1;
    }
    size_t cap = kr_mpz_str_size(a, base);
    /* write backwards into the tail of out, then move */
    char *end = out + cap;
    char *p = end;
    if ((base & (base - 1)) == 0) {
        int lg = __builtin_ctz((unsigned)base);
        size_t bits = kr_mpz_bit_length(a);
        for (size_t pos = 0; pos < bits; pos += (size_t)lg) {
            unsigned v = (unsigned)(get_bits64(a, pos) & (unsigned)(base - 1));
            *--p = digs[v];
        }
    } else {
        int nchars;
        dig_t bb = big_base(base, &nchars);
        dig_t sb[STACK_DIGS];
        size_t n = a->len;
        dig_t *t = tmp_alloc(n, sb);
        memcpy(t, a->dig, n * sizeof(dig_t));
        while (n > 0) {
            dig_t r = mpn_div1(t, t, n, bb);
            n = norm_len(t, n);
            for (int k = 0; k < nchars; k++) {
                *--p = digs[r % (dig_t)base];
                r /= (dig_t)base;
                if (n == 0 && r == 0) {
                    break;
                }
            }
        }
        tmp_free(t, sb);
    }
    if (a->neg) {
        *--p = '-';
    }
    size_t len = (size_t)(end - p);
    memmove(out, p, len);
    return len;
}

/* ---------------------------------------------------------------- bytes */

void kr_mpz_from_bytes(kr_mpz_t *z, const uint8_t *buf, size_t len, bool big_endian, bool is_signed) {
    size_t nd = (len + 3) / 4;
    need(z, nd + 1);
    memset(z->dig, 0, (nd + 1) * sizeof(dig_t));
    for (size_t i = 0; i < len; i++) {
        uint8_t b = big_endian ? buf[len - 1 - i] : buf[i];   /* i = byte significance */
        z->dig[i / 4] |= (dig_t)b << (8 * (i % 4));
    }
    bool neg = false;
    if (is_signed && len > 0 && ((big_endian ? buf[0] : buf[len - 1]) & 0x80)) {
        /* value - 2^(8 len): magnitude = 2^(8 len) - value = two's complement negation */
        neg = true;
        ddig_t c = 1;
        for (size_t i = 0; i < nd; i++) {
            c += (dig_t)~z->dig[i];
            z->dig[i] = (dig_t)c;
            c >>= 32;
        }
        /* mask off the bits above 8*len */
        if (len % 4) {
            z->dig[nd - 1] &= ((dig_t)1 << (8 * (len % 4))) - 1;
        }
    }
    finish(z, nd + 1, neg);
}

bool kr_mpz_to_bytes(const kr_mpz_t *a, uint8_t *buf, size_t len, bool big_endian, bool is_signed) {
    if (a->neg && !is_signed) {
        return false;
    }
    size_t bits = kr_mpz_bit_length(a);
    if (is_signed) {
        /* fits if -2^(8len-1) <= a < 2^(8len-1) */
        if (a->neg) {
            /* |a| <= 2^(8len-1): bits <= 8len-1, or |a| == 2^(8len-1) exactly */
            bool pow2 = kr_mpz_bit_count(a) == 1;
            if (len == 0 && bits == 1) {
                return true;   /* CPython accepts (-1).to_bytes(0, signed=True) */
            }
            if (len == 0 || !(bits < 8 * len || (pow2 && bits == 8 * len))) {
                return false;
            }
        } else if (len == 0 ? bits > 0 : bits > 8 * len - 1) {
            return false;
        }
    } else if (bits > 8 * len) {
        return false;
    }
    ddig_t c = 1;
    for (size_t i = 0; i < len; i += 4) {
        dig_t d = i / 4 < a->len ? a->dig[i / 4] : 0;
        if (a->neg) {
            c += (dig_t)~d;
            d = (dig_t)c;
            c >>= 32;
        }
        for (size_t k = 0; k < 4 && i + k < len; k++) {
            uint8_t b = (uint8_t)(d >> (8 * k));
            buf[big_endian ? len - 1 - (i + k) : i + k] = b;
        }
    }
    return true;
}
