/* floatfmt.c: correctly rounded double <-> decimal conversions with exact bignum
 * arithmetic (Steele-White/Dragon4 digit generation, comparison-refined parsing), so
 * float repr, formatting and parsing never depend on the C library's printf/strtod. */
#include <string.h>
#include <math.h>
#include "floatfmt.h"
#include "gc.h"

#if KR_FEATURE_FLOAT

/* ---------------------------------------------------------------- small bignums */

/* Unsigned integer: w[0..n) little-endian 32-bit words, w[n-1] != 0 (n == 0 for zero).
 * Storage is the caller's and is sized by construction for every value written. */
typedef struct {
    uint32_t *w;
    int n;
} big_t;

static const uint32_t pow10_small[10] = {
    1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u, 1000000000u,
};

static const uint32_t pow5_small[14] = {
    1u, 5u, 25u, 125u, 625u, 3125u, 15625u, 78125u, 390625u, 1953125u, 9765625u,
    48828125u, 244140625u, 1220703125u,
};

static const double pow10_exact[23] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

static void big_trim(big_t *a) {
    while (a->n > 0 && a->w[a->n - 1] == 0) {
        a->n--;
    }
}

static void big_set64(big_t *a, uint64_t v) {
    a->w[0] = (uint32_t)v;
    a->w[1] = (uint32_t)(v >> 32);
    a->n = 2;
    big_trim(a);
}

static void big_copy(big_t *d, const big_t *s) {
    memcpy(d->w, s->w, (size_t)s->n * sizeof(uint32_t));
    d->n = s->n;
}

/* a = a * m + add (m != 0) */
static void big_muladd(big_t *a, uint32_t m, uint32_t add) {
    uint64_t c = add;
    for (int i = 0; i < a->n; i++) {
        c += (uint64_t)a->w[i] * m;
        a->w[i] = (uint32_t)c;
        c >>= 32;
    }
    if (c != 0) {
        a->w[a->n++] = (uint32_t)c;
    }
}

static void big_mul_pow5(big_t *a, int n) {
    for (; n >= 13; n -= 13) {
        big_muladd(a, pow5_small[13], 0);
    }
    if (n > 0) {
        big_muladd(a, pow5_small[n], 0);
    }
}

static void big_shl(big_t *a, int bits) {
    if (a->n == 0 || bits == 0) {
        return;
    }
    int ws = bits / 32, bs = bits % 32;
    if (bs != 0) {
        uint32_t c = 0;
        for (int i = 0; i < a->n; i++) {
            uint32_t x = a->w[i];
            a->w[i] = (x << bs) | c;
            c = x >> (32 - bs);
        }
        if (c != 0) {
            a->w[a->n++] = c;
        }
    }
    if (ws != 0) {
        memmove(a->w + ws, a->w, (size_t)a->n * sizeof(uint32_t));
        memset(a->w, 0, (size_t)ws * sizeof(uint32_t));
        a->n += ws;
    }
}

static void big_mul_pow10(big_t *a, int n) {
    big_mul_pow5(a, n);
    big_shl(a, n);
}

static int big_cmp(const big_t *a, const big_t *b) {
    if (a->n != b->n) {
        return a->n < b->n ? -1 : 1;
    }
    for (int i = a->n - 1; i >= 0; i--) {
        if (a->w[i] != b->w[i]) {
            return a->w[i] < b->w[i] ? -1 : 1;
        }
    }
    return 0;
}

/* a -= b, a >= b */
static void big_sub(big_t *a, const big_t *b) {
    uint32_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        uint64_t x = (uint64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
        a->w[i] = (uint32_t)x;
        borrow = (uint32_t)(x >> 32) & 1;
    }
    big_trim(a);
}

/* d = a + b (d may be a) */
static void big_add(big_t *d, const big_t *a, const big_t *b) {
    int n = a->n > b->n ? a->n : b->n;
    uint64_t c = 0;
    for (int i = 0; i < n; i++) {
        c += (uint64_t)(i < a->n ? a->w[i] : 0) + (i < b->n ? b->w[i] : 0);
        d->w[i] = (uint32_t)c;
        c >>= 32;
    }
    d->n = n;
    if (c != 0) {
        d->w[d->n++] = 1;
    }
}

/* d = a * m (d distinct from a) */
static void big_mul64(big_t *d, const big_t *a, uint64_t m) {
    memset(d->w, 0, ((size_t)a->n + 2) * sizeof(uint32_t));
    for (int j = 0; j < 2; j++) {
        uint32_t mj = (uint32_t)(m >> (32 * j));
        uint64_t c = 0;
        for (int i = 0; i < a->n; i++) {
            c += (uint64_t)a->w[i] * mj + d->w[i + j];
            d->w[i + j] = (uint32_t)c;
            c >>= 32;
        }
        d->w[a->n + j] += (uint32_t)c;
    }
    d->n = a->n + 2;
    big_trim(d);
}

/* floor(r / s) for r < 10 s; r becomes the remainder */
static int big_quorem(big_t *r, const big_t *s) {
    int q = 0;
    while (big_cmp(r, s) >= 0) {
        big_sub(r, s);
        q++;
    }
    return q;
}

/* ---------------------------------------------------------------- double -> digits */

#define HIDDEN_BIT ((uint64_t)1 << 52)
#define FRAC_MASK (HIDDEN_BIT - 1)
#define FMT_WORDS (40)   /* 1280 bits: r, s and margins stay below ~2**1090 */

static uint64_t double_bits(double d) {
    uint64_t b;
    memcpy(&b, &d, sizeof(b));
    return b;
}

static double bits_double(uint64_t b) {
    double d;
    memcpy(&d, &b, sizeof(d));
    return d;
}

/* d = f * 2**e with f integer (d finite, >= 0); returns the biased exponent field */
static int decompose(double d, uint64_t *f, int *e) {
    uint64_t b = double_bits(d);
    int be = (int)(b >> 52) & 0x7ff;
    *f = b & FRAC_MASK;
    if (be == 0) {
        *e = -1074;
    } else {
        *f |= HIDDEN_BIT;
        *e = be - 1075;
    }
    return be;
}

static int bit_length64(uint64_t v) {
    int n = 0;
    while (v != 0) {
        v >>= 1;
        n++;
    }
    return n;
}

/* Add one unit in the last of buf[0..n); returns the new count (a carry out of all
 * nines leaves "1" and bumps *k). */
static int round_up(char *buf, int n, int *k) {
    int i = n - 1;
    while (i >= 0 && buf[i] == '9') {
        i--;
    }
    if (i < 0) {
        buf[0] = '1';
        (*k)++;
        return 1;
    }
    buf[i]++;
    return i + 1;
}

int kr_floatfmt_digits(double a, int mode, int prec, char *buf, int *exp10) {
    uint64_t f;
    int e;
    int be = decompose(a, &f, &e);
    uint32_t rw[FMT_WORDS], sw[FMT_WORDS], pw[FMT_WORDS], mw[FMT_WORDS], tw[FMT_WORDS];
    big_t r = { rw, 0 }, s = { sw, 0 }, mp = { pw, 0 }, mm = { mw, 0 }, t = { tw, 0 };
    /* v = r / s; in shortest mode mp / s and mm / s are the half-gaps to the
     * neighbouring doubles (the one below is nearer at a power of two) */
    bool shortest = mode == KR_FLOATFMT_SHORTEST;
    bool unequal = shortest && (f & FRAC_MASK) == 0 && be > 1;
    int sh = shortest ? (unequal ? 2 : 1) : 0;
    big_set64(&r, f);
    big_set64(&mp, 1);
    big_set64(&mm, 1);
    if (e >= 0) {
        big_shl(&r, e + sh);
        big_set64(&s, (uint64_t)1 << sh);
        big_shl(&mp, e + (unequal ? 1 : 0));
        big_shl(&mm, e);
    } else {
        big_shl(&r, sh);
        big_set64(&s, 1);
        big_shl(&s, sh - e);
        big_shl(&mp, unequal ? 1 : 0);
    }
    /* k ~ floor(log10(v)) from the binary exponent, then fixed up */
    int lg2 = e + bit_length64(f) - 1;
    int k = lg2 >= 0 ? lg2 * 1233 / 4096 : -((-lg2 * 1233 + 4095) / 4096);
    if (k >= 0) {
        big_mul_pow10(&s, k);
    } else {
        big_mul_pow10(&r, -k);
        big_mul_pow10(&mp, -k);
        big_mul_pow10(&mm, -k);
    }
    for (;;) {
        big_copy(&t, &s);
        big_muladd(&t, 10, 0);
        if (big_cmp(&r, &t) >= 0) {
            big_copy(&s, &t);
            k++;
        } else if (big_cmp(&r, &s) < 0) {
            big_muladd(&r, 10, 0);
            big_muladd(&mp, 10, 0);
            big_muladd(&mm, 10, 0);
            k--;
        } else {
            break;
        }
    }
    /* now 1 <= r / s < 10: the first digit */
    int n = 0;
    if (shortest) {
        bool even = (f & 1) == 0;
        for (;;) {
            int dig = big_quorem(&r, &s);
            int j = big_cmp(&r, &mm);        /* low end reached? */
            big_add(&t, &r, &mp);
            int j1 = big_cmp(&t, &s);        /* high end reached? */
            int up = -1;                     /* -1: more digits, 0: stop, 1: stop rounding up */
            if (j1 == 0 && even) {
                up = dig == 9 || j > 0;
            } else if (j < 0 || (j == 0 && even)) {
                up = 0;
                if (j1 > 0) {
                    /* both ends reachable: the nearer, ties to an even digit */
                    big_copy(&t, &r);
                    big_shl(&t, 1);
                    int c = big_cmp(&t, &s);
                    up = c > 0 || (c == 0 && (dig & 1));
                }
            } else if (j1 > 0) {
                up = 1;
            }
            buf[n++] = (char)('0' + dig);
            if (up >= 0) {
                if (up) {
                    n = round_up(buf, n, &k);
                }
                break;
            }
            big_muladd(&r, 10, 0);
            big_muladd(&mp, 10, 0);
            big_muladd(&mm, 10, 0);
        }
    } else {
        int want = mode == KR_FLOATFMT_SIG ? prec : k + 1 + prec;
        if (want < 0) {
            return 0;
        }
        if (want == 0) {
            /* nothing kept: rounds to one unit of 10**(k+1) if above half of it */
            big_copy(&t, &r);
            big_shl(&t, 1);
            big_muladd(&s, 10, 0);
            if (big_cmp(&t, &s) > 0) {
                buf[0] = '1';
                *exp10 = k + 1;
                return 1;
            }
            return 0;
        }
        for (;;) {
            buf[n++] = (char)('0' + big_quorem(&r, &s));
            if (r.n == 0) {
                break;   /* exact */
            }
            if (n == want || n == KR_FLOATFMT_MAX_DIGITS) {
                big_copy(&t, &r);
                big_shl(&t, 1);
                int c = big_cmp(&t, &s);
                if (c > 0 || (c == 0 && ((buf[n - 1] - '0') & 1))) {
                    n = round_up(buf, n, &k);
                }
                break;
            }
            big_muladd(&r, 10, 0);
        }
    }
    while (n > 0 && buf[n - 1] == '0') {
        n--;
    }
    *exp10 = k;
    return n;
}

/* ---------------------------------------------------------------- layout */

/* digit i of buf[0..n) or '0' beyond */
static char digit_at(const char *buf, int n, int i) {
    return i >= 0 && i < n ? buf[i] : '0';
}

static void add_zeros(kr_vstr_t *v, int count) {
    for (; count > 0; count--) {
        kr_vstr_add_byte(v, '0');
    }
}

/* fixed notation with `frac` digits after the point */
static void layout_fixed(kr_vstr_t *v, const char *buf, int n, int k, int frac, bool point) {
    if (k < 0 || n == 0) {
        kr_vstr_add_byte(v, '0');
    } else {
        kr_vstr_add_strn(v, buf, (size_t)(n < k + 1 ? n : k + 1));
        add_zeros(v, k + 1 - n);
    }
    if (frac > 0 || point) {
        kr_vstr_add_byte(v, '.');
    }
    if (n == 0) {
        add_zeros(v, frac);
        return;
    }
    /* fraction digit j (1-based) is buf[k + j] */
    int j = 1;
    for (; j <= frac && k + j < 0; j++) {
        kr_vstr_add_byte(v, '0');
    }
    int from = k + j, avail = n - from;
    if (avail > 0) {
        int take = avail < frac - j + 1 ? avail : frac - j + 1;
        kr_vstr_add_strn(v, buf + from, (size_t)take);
        j += take;
    }
    add_zeros(v, frac - j + 1);
}

/* scientific notation with `frac` digits after the first */
static void layout_exp(kr_vstr_t *v, const char *buf, int n, int k, int frac, bool point) {
    kr_vstr_add_byte(v, (uint8_t)digit_at(buf, n, 0));
    if (frac > 0 || point) {
        kr_vstr_add_byte(v, '.');
    }
    int take = n - 1 < frac ? n - 1 : frac;
    if (take > 0) {
        kr_vstr_add_strn(v, buf + 1, (size_t)take);
    } else {
        take = 0;
    }
    add_zeros(v, frac - take);
    int x = k < 0 ? -k : k;
    char eb[8];
    int p = (int)sizeof(eb);
    do {
        eb[--p] = (char)('0' + x % 10);
        x /= 10;
    } while (x != 0);
    if (p == (int)sizeof(eb) - 1) {
        eb[--p] = '0';
    }
    eb[--p] = k < 0 ? '-' : '+';
    eb[--p] = 'e';
    kr_vstr_add_strn(v, eb + p, sizeof(eb) - (size_t)p);
}

void kr_floatfmt_format(kr_vstr_t *v, double d, char type, int prec, bool alt) {
    if (isnan(d)) {
        kr_vstr_add_str(v, "nan");
        return;
    }
    if (signbit(d)) {
        kr_vstr_add_byte(v, '-');
        d = -d;
    }
    if (isinf(d)) {
        kr_vstr_add_str(v, "inf");
        return;
    }
    char buf[KR_FLOATFMT_MAX_DIGITS];
    int n = 0, k = 0;
    switch (type) {
        case 'r':
            if (d != 0.0) {
                n = kr_floatfmt_digits(d, KR_FLOATFMT_SHORTEST, 0, buf, &k);
            }
            if (k < -4 || k >= 16) {
                layout_exp(v, buf, n, k, n - 1, false);
            } else {
                layout_fixed(v, buf, n, k, n - 1 - k > 0 ? n - 1 - k : 1, true);
            }
            return;
        case 'e':
            if (d != 0.0) {
                n = kr_floatfmt_digits(d, KR_FLOATFMT_SIG, prec + 1, buf, &k);
            }
            layout_exp(v, buf, n, k, prec, alt);
            return;
        case 'f':
            if (d != 0.0) {
                n = kr_floatfmt_digits(d, KR_FLOATFMT_FIXED, prec, buf, &k);
            }
            layout_fixed(v, buf, n, k, prec, alt);
            return;
        default: {
            /* 'g': prec significant digits, exponent form outside 1e-4 <= |x| < 10**prec */
            if (prec == 0) {
                prec = 1;
            }
            if (d != 0.0) {
                n = kr_floatfmt_digits(d, KR_FLOATFMT_SIG, prec, buf, &k);
            }
            int shown = alt ? prec : (n > 0 ? n : 1);
            if (k < -4 || k >= prec) {
                layout_exp(v, buf, n, k, shown - 1, alt);
            } else {
                layout_fixed(v, buf, n, k, shown - 1 - k > 0 ? shown - 1 - k : 0, alt);
            }
            return;
        }
    }
}

/* ---------------------------------------------------------------- decimal -> double */

double kr_floatfmt_from_bits(uint64_t m, long e2, bool sticky) {
    if (m == 0) {
        return 0.0;
    }
    int nb = bit_length64(m);
    long top = e2 + nb - 1;   /* 2**top <= value < 2**(top+1) */
    if (top > 1023) {
        return HUGE_VAL;
    }
    long keep = top >= -1022 ? 53 : 53 - (-1022 - top);   /* bits the result can hold */
    if (keep < 0) {
        return 0.0;   /* below half the smallest subnormal */
    }
    long drop = nb - keep;
    if (drop > 0) {
        uint64_t q = drop >= 64 ? 0 : m >> drop;
        uint64_t rem = drop >= 64 ? m : m & (((uint64_t)1 << drop) - 1);
        uint64_t half = drop > 64 ? 0 : (uint64_t)1 << (drop - 1);
        if (drop <= 64 && (rem > half || (rem == half && (sticky || (q & 1))))) {
            q++;
        }
        return ldexp((double)q, (int)(e2 + drop));
    }
    return ldexp((double)m, (int)e2);
}

/* x * 10**e in double arithmetic (a first guess, a few ulps off at worst) */
static double scale10(double x, int e) {
    for (; e > 22; e -= 22) {
        x *= 1e22;
    }
    for (; e < -22; e += 22) {
        x /= 1e22;
    }
    return e >= 0 ? x * pow10_exact[e] : x / pow10_exact[-e];
}

/* sign of D * 10**e10 - m * 2**e2, given L0 = D * 5**max(e10, 0) and R0 = 5**max(-e10, 0) */
static int cmp_exact(const big_t *L0, const big_t *R0, int e10, uint64_t m, int e2, big_t *L, big_t *R) {
    big_mul64(R, R0, m);
    int d = e10 - e2;
    if (d >= 0) {
        big_copy(L, L0);
        big_shl(L, d);
        return big_cmp(L, R);
    }
    big_shl(R, -d);
    return big_cmp(L0, R);
}

#define PARSE_STACK_WORDS (48)

double kr_floatfmt_parse(const char *s, size_t len) {
    const char *p = s, *end = s + len;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    /* value = 0.D * 10**dp with D the significant digits (first ones kept) */
    char db[KR_FLOATFMT_MAX_DIGITS + 1];
    int nd = 0;
    long dp = 0;
    bool sticky = false, point = false;
    for (; p < end; p++) {
        char c = *p;
        if (c == '.') {
            point = true;
            continue;
        }
        if (c < '0' || c > '9') {
            break;
        }
        if (nd == 0 && c == '0') {
            dp -= point;
            continue;
        }
        dp += !point;
        if (nd < KR_FLOATFMT_MAX_DIGITS) {
            db[nd++] = c;
        } else if (c != '0') {
            sticky = true;
        }
    }
    long ex = 0;
    if (p < end && (*p | 0x20) == 'e') {
        p++;
        bool eneg = p < end && *p == '-';
        if (p < end && (*p == '+' || *p == '-')) {
            p++;
        }
        for (; p < end && *p >= '0' && *p <= '9'; p++) {
            if (ex < 100000000L) {
                ex = ex * 10 + (*p - '0');
            }
        }
        if (eneg) {
            ex = -ex;
        }
    }
    if (sticky) {
        db[nd++] = '1';   /* stands for the nonzero tail: no rounding decision changes */
    } else {
        while (nd > 0 && db[nd - 1] == '0') {
            nd--;
        }
    }
    double z;
    if (nd == 0 || dp + ex < -324) {
        z = 0.0;
    } else if (dp + ex > 310) {
        z = HUGE_VAL;
    } else {
        int e10 = (int)(dp + ex - nd);   /* value = D * 10**e10 */
        uint64_t lead = 0;
        int nl = nd < 19 ? nd : 19;
        for (int i = 0; i < nl; i++) {
            lead = lead * 10 + (uint64_t)(db[i] - '0');
        }
        if (nd <= 15 && e10 >= -22 && e10 <= 22) {
            /* exact operands, one rounding */
            z = e10 >= 0 ? (double)lead * pow10_exact[e10] : (double)lead / pow10_exact[-e10];
        } else {
            z = scale10((double)lead, e10 + nd - nl);
            if (isinf(z)) {
                z = 1.7976931348623157e308;
            }
            /* refine z against the exact value: step while it lies beyond a midpoint */
            int ae = e10 < 0 ? -e10 : e10;
            int words = (nd * 3322 / 1000 + ae * 2322 / 1000 + 200) / 32 + 4;
            uint32_t sbuf[4 * PARSE_STACK_WORDS];
            uint32_t *mem = words <= PARSE_STACK_WORDS ? sbuf : kr_gc_alloc((size_t)words * 4 * sizeof(uint32_t), KR_GC_FLAG_ATOMIC);
            int stride = words <= PARSE_STACK_WORDS ? PARSE_STACK_WORDS : words;
            big_t L0 = { mem, 0 }, R0 = { mem + stride, 0 }, L = { mem + 2 * stride, 0 }, R = { mem + 3 * stride, 0 };
            for (int i = 0; i < nd; i += 9) {
                int c = nd - i < 9 ? nd - i : 9;
                uint32_t chunk = 0;
                for (int j = 0; j < c; j++) {
                    chunk = chunk * 10 + (uint32_t)(db[i + j] - '0');
                }
                big_muladd(&L0, pow10_small[c], chunk);
            }
            big_set64(&R0, 1);
            big_mul_pow5(e10 >= 0 ? &L0 : &R0, ae);
            int dir = 0;
            for (;;) {
                uint64_t f;
                int e;
                int be = decompose(z, &f, &e);
                if (be == 0x7ff) {
                    break;   /* stepped up past the largest double */
                }
                uint64_t b = double_bits(z);
                if (dir >= 0) {
                    int c = cmp_exact(&L0, &R0, e10, 2 * f + 1, e - 1, &L, &R);
                    if (c > 0 || (c == 0 && (f & 1))) {
                        z = bits_double(b + 1);
                        dir = 1;
                        continue;
                    }
                    if (dir > 0) {
                        break;
                    }
                }
                if (f == 0) {
                    break;
                }
                int c = f == HIDDEN_BIT && be > 1 ? cmp_exact(&L0, &R0, e10, 4 * f - 1, e - 2, &L, &R)
                    : cmp_exact(&L0, &R0, e10, 2 * f - 1, e - 1, &L, &R);
                if (c < 0 || (c == 0 && (f & 1))) {
                    z = bits_double(b - 1);
                    dir = -1;
                    continue;
                }
                break;
            }
            if (mem != sbuf) {
                kr_gc_free(mem);
            }
        }
    }
    return neg ? -z : z;
}

#endif /* KR_FEATURE_FLOAT */
