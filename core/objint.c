/* objint.c: the int type: small (tagged) ints with overflow to heap big ints (mpz). */
#include <string.h>
#include <math.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objint.h"
#include "objfloat.h"
#include "objtype.h"
#include "unichar.h"

typedef kr_mpz_dig_t dig_t;

#define INT_BITS ((int)(sizeof(kr_int_t) * 8))

/* CPython 3.11's limit on decimal (non power-of-two base) conversions; 0 = none. */
size_t kr_obj_int_max_str_digits = 4300;

/* ---------------------------------------------------------------- basics */

static inline bool is_bool(kr_obj_t o) {
    return o == KR_OBJ_TRUE || o == KR_OBJ_FALSE;
}

static inline bool is_heap_int(kr_obj_t o) {
    if (!KR_IS_OBJ(o)) {
        return false;
    }
    const kr_type_t *t = KR_OBJ_TYPE(o);
    return t == &kr_type_int || (t != &kr_type_float && (t->flags & KR_TYPE_FLAG_HEAP)
                                 && kr_type_is_subtype(t, &kr_type_int));
}

bool kr_obj_is_int(kr_obj_t o) {
    return KR_IS_SMALL_INT(o) || is_bool(o) || is_heap_int(o);
}

bool kr_obj_int_is_big(kr_obj_t o) {
    return is_heap_int(o);
}

static kr_obj_int_t *new_big(size_t cap) {
    if (cap == 0) {
        cap = 1;
    }
    kr_obj_int_t *o = kr_gc_alloc(sizeof(kr_obj_int_t) + cap * sizeof(dig_t), KR_GC_FLAG_ATOMIC);
    o->base.type = &kr_type_int;
    kr_mpz_init_fixed(&o->mpz, (dig_t *)(o + 1), cap);
    return o;
}

/* Return o's value as a small int when it fits (freeing o), else o. */
static kr_obj_t finish_big(kr_obj_int_t *o) {
    long long v;
    if (o->mpz.len <= 2 && kr_mpz_get_ll(&o->mpz, &v) && KR_SMALL_INT_FITS(v)) {
        kr_gc_free(o);
        return KR_NEW_SMALL_INT((kr_int_t)v);
    }
    return KR_OBJ_FROM_PTR(o);
}

kr_obj_t kr_obj_int_from_mpz(const kr_mpz_t *z) {
    long long v;
    if (z->len <= 2 && kr_mpz_get_ll(z, &v) && KR_SMALL_INT_FITS(v)) {
        return KR_NEW_SMALL_INT((kr_int_t)v);
    }
    kr_obj_int_t *o = new_big(z->len);
    kr_mpz_set(&o->mpz, z);
    return KR_OBJ_FROM_PTR(o);
}

/* from a temporary mpz, which is freed */
static kr_obj_t from_tmp(kr_mpz_t *z) {
    kr_obj_t r = kr_obj_int_from_mpz(z);
    kr_mpz_free(z);
    return r;
}

kr_obj_t kr_obj_new_int_from_ll(long long v) {
    if (KR_SMALL_INT_FITS(v)) {
        return KR_NEW_SMALL_INT((kr_int_t)v);
    }
    kr_obj_int_t *o = new_big(2);
    kr_mpz_set_ll(&o->mpz, v);
    return KR_OBJ_FROM_PTR(o);
}

kr_obj_t kr_obj_new_int_from_ull(unsigned long long v) {
    if (v <= (unsigned long long)KR_SMALL_INT_MAX) {
        return KR_NEW_SMALL_INT((kr_int_t)v);
    }
    kr_obj_int_t *o = new_big(2);
    kr_mpz_set_ull(&o->mpz, v, false);
    return KR_OBJ_FROM_PTR(o);
}

kr_obj_t kr_obj_new_int(kr_int_t v) {
    if (KR_SMALL_INT_FITS(v)) {
        return KR_NEW_SMALL_INT(v);
    }
    return kr_obj_new_int_from_ll((long long)v);
}

kr_obj_t kr_obj_new_int_from_uint(kr_uint_t v) {
    return kr_obj_new_int_from_ull((unsigned long long)v);
}

kr_obj_t kr_obj_new_int_from_double(double d) {
    if (isnan(d)) {
        kr_raise_msg(&kr_type_ValueError, "cannot convert float NaN to integer");
    }
    if (isinf(d)) {
        kr_raise_msg(&kr_type_OverflowError, "cannot convert float infinity to integer");
    }
    d = trunc(d);
    if (d > -4.0e18 && d < 4.0e18) {
        return kr_obj_new_int_from_ll((long long)d);
    }
    kr_mpz_t z;
    kr_mpz_init(&z);
    kr_mpz_set_double(&z, d);
    return from_tmp(&z);
}

const kr_mpz_t *kr_obj_int_get_mpz(kr_obj_t o, kr_mpz_t *tmp, kr_mpz_dig_t buf[2]) {
    if (KR_IS_SMALL_INT(o)) {
        kr_mpz_view_ll(tmp, buf, KR_SMALL_INT_VALUE(o));
        return tmp;
    }
    if (is_bool(o)) {
        kr_mpz_view_ll(tmp, buf, o == KR_OBJ_TRUE);
        return tmp;
    }
    return &((kr_obj_int_t *)KR_OBJ_TO_PTR(o))->mpz;
}

/* An int object of any kind (bool, subclass instance) as a plain int. */
static kr_obj_t int_plain(kr_obj_t o) {
    if (KR_IS_SMALL_INT(o)) {
        return o;
    }
    if (is_bool(o)) {
        return KR_NEW_SMALL_INT(o == KR_OBJ_TRUE);
    }
    if (KR_OBJ_TYPE(o) == &kr_type_int) {
        return o;
    }
    return kr_obj_int_from_mpz(&((kr_obj_int_t *)KR_OBJ_TO_PTR(o))->mpz);
}

bool kr_obj_int_get_checked(kr_obj_t o, kr_int_t *out) {
    if (KR_IS_SMALL_INT(o)) {
        *out = KR_SMALL_INT_VALUE(o);
        return true;
    }
    if (is_bool(o)) {
        *out = o == KR_OBJ_TRUE;
        return true;
    }
    long long v;
    const kr_mpz_t *z = &((kr_obj_int_t *)KR_OBJ_TO_PTR(o))->mpz;
    if (!kr_mpz_get_ll(z, &v) || v < (long long)INTPTR_MIN || v > (long long)INTPTR_MAX) {
        return false;
    }
    *out = (kr_int_t)v;
    return true;
}

int kr_obj_int_sign(kr_obj_t o) {
    if (KR_IS_SMALL_INT(o)) {
        kr_int_t v = KR_SMALL_INT_VALUE(o);
        return v < 0 ? -1 : v > 0;
    }
    if (is_bool(o)) {
        return o == KR_OBJ_TRUE;
    }
    return kr_mpz_sign(&((kr_obj_int_t *)KR_OBJ_TO_PTR(o))->mpz);
}

double kr_obj_int_as_double(kr_obj_t o) {
    if (KR_IS_SMALL_INT(o)) {
        return (double)KR_SMALL_INT_VALUE(o);
    }
    if (is_bool(o)) {
        return o == KR_OBJ_TRUE;
    }
    double d;
    if (!kr_mpz_get_double(&((kr_obj_int_t *)KR_OBJ_TO_PTR(o))->mpz, &d)) {
        kr_raise_msg(&kr_type_OverflowError, "int too large to convert to float");
    }
    return d;
}

/* Is v exactly representable as a double? (int64_t parameter: no always-true compare
 * warning where kr_int_t is 32 bits) */
static inline bool int_exact_in_double(int64_t v) {
    return v > -(INT64_C(1) << 53) && v < (INT64_C(1) << 53);
}

int kr_obj_int_cmp_double(kr_obj_t o, double d) {
    if (KR_IS_SMALL_INT(o) || is_bool(o)) {
        kr_int_t v = KR_IS_SMALL_INT(o) ? KR_SMALL_INT_VALUE(o) : (o == KR_OBJ_TRUE);
        if (int_exact_in_double(v)) {
            double x = (double)v;
            return x < d ? -1 : x > d;
        }
    }
    kr_mpz_t t;
    dig_t b[2];
    return kr_mpz_cmp_double(kr_obj_int_get_mpz(o, &t, b), d);
}

/* ---------------------------------------------------------------- hashing */

kr_int_t kr_obj_int_hash(kr_obj_t o) {
    if (KR_IS_SMALL_INT(o) || is_bool(o)) {
        kr_int_t v = KR_IS_SMALL_INT(o) ? KR_SMALL_INT_VALUE(o) : (o == KR_OBJ_TRUE);
        kr_int_t h = v < 0 ? -(kr_int_t)((kr_uint_t)-v % (kr_uint_t)KR_HASH_MODULUS)
                           : (kr_int_t)((kr_uint_t)v % (kr_uint_t)KR_HASH_MODULUS);
        return h == -1 ? -2 : h;
    }
    return kr_mpz_hash(&((kr_obj_int_t *)KR_OBJ_TO_PTR(o))->mpz, KR_HASH_BITS);
}

/* ---------------------------------------------------------------- strings */

static void check_str_digits(size_t ndigits) {
    if (kr_obj_int_max_str_digits && ndigits > kr_obj_int_max_str_digits) {
        kr_raise_fmt(&kr_type_ValueError, "Exceeds the limit (%u digits) for integer string conversion: "
                     "value has %u digits; use sys.set_int_max_str_digits() to increase the limit",
                     (unsigned)kr_obj_int_max_str_digits, (unsigned)ndigits);
    }
}

/* Writes the digits of o (with '-') into v. */
static void int_to_vstr(kr_vstr_t *v, kr_obj_t o, int base, const char *prefix, bool upper) {
    kr_int_t sv;
    if ((KR_IS_SMALL_INT(o) || is_bool(o)) && kr_obj_int_get_checked(o, &sv)) {
        char buf[72];
        char *p = buf + sizeof(buf);
        kr_uint_t u = sv < 0 ? (kr_uint_t)0 - (kr_uint_t)sv : (kr_uint_t)sv;
        const char *digs = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
        do {
            *--p = digs[u % (kr_uint_t)base];
            u /= (kr_uint_t)base;
        } while (u);
        if (sv < 0) {
            kr_vstr_add_byte(v, '-');
        }
        if (prefix) {
            kr_vstr_add_str(v, prefix);
        }
        kr_vstr_add_strn(v, p, (size_t)(buf + sizeof(buf) - p));
        return;
    }
    const kr_mpz_t *z = &((kr_obj_int_t *)KR_OBJ_TO_PTR(o))->mpz;
    if (kr_obj_int_max_str_digits && (base & (base - 1)) != 0) {
        /* quick bound: bits * log10(2) > limit for sure */
        size_t bits = kr_mpz_bit_length(z);
        if ((double)bits * 0.30102999566398120 > (double)kr_obj_int_max_str_digits + 1) {
            kr_raise_msg(&kr_type_ValueError, "Exceeds the limit (4300 digits) for integer string conversion; "
                         "use sys.set_int_max_str_digits() to increase the limit");
        }
    }
    size_t cap = kr_mpz_str_size(z, base);
    char *buf = kr_gc_alloc(cap, KR_GC_FLAG_ATOMIC);
    size_t n = kr_mpz_to_str(z, base, upper, buf);
    const char *p = buf;
    if (*p == '-') {
        kr_vstr_add_byte(v, '-');
        p++;
        n--;
    }
    if (base == 10 && kr_obj_int_max_str_digits && n > kr_obj_int_max_str_digits) {
        kr_gc_free(buf);
        kr_raise_msg(&kr_type_ValueError, "Exceeds the limit (4300 digits) for integer string conversion; "
                     "use sys.set_int_max_str_digits() to increase the limit");
    }
    if (prefix) {
        kr_vstr_add_str(v, prefix);
    }
    kr_vstr_add_strn(v, p, n);
    kr_gc_free(buf);
}

void kr_obj_int_format(kr_vstr_t *v, kr_obj_t o, int base, const char *prefix, bool upper) {
    int_to_vstr(v, o, base, prefix, upper);
}

static void int_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_int_t sv;
    if (KR_IS_SMALL_INT(self)) {
        sv = KR_SMALL_INT_VALUE(self);
        char buf[24];
        char *q = buf + sizeof(buf);
        kr_uint_t u = sv < 0 ? (kr_uint_t)0 - (kr_uint_t)sv : (kr_uint_t)sv;
        do {
            *--q = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (sv < 0) {
            *--q = '-';
        }
        kr_print_strn(p, q, (size_t)(buf + sizeof(buf) - q));
        return;
    }
    kr_vstr_t v;
    kr_vstr_init(&v, 32);
    int_to_vstr(&v, int_plain(self), 10, NULL, false);
    kr_print_strn(p, v.buf, v.len);
    kr_vstr_clear(&v);
}

/* ASCII white space (CPython's Py_ISSPACE; not \x1c..\x1f, which str.isspace() counts) */
static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int digit_val(char c) {
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

_Noreturn static void invalid_literal(const char *s, size_t len, int base, bool is_bytes) {
    if (kr_gc_lock_depth() > 0) {
        kr_raise_type(&kr_type_ValueError);      /* heap locked: no room for the message */
    }
    kr_vstr_t v;
    kr_vstr_init(&v, len + 8);
    kr_print_t pr;
    kr_print_init_vstr(&pr, &v);
    kr_str_print_quoted(&pr, (const uint8_t *)s, len > 200 ? 200 : len, is_bytes);
    kr_raise_fmt(&kr_type_ValueError, "invalid literal for int() with base %d: %s", base,
                 kr_vstr_null_terminated(&v));
}

/* Parse ASCII text s[0:len]; errors quote the caller's original text. */
static kr_obj_t parse_ascii(const char *s, size_t len, int base, bool is_bytes,
                            const char *orig, size_t orig_len) {
    const char *p = s, *e = s + len;
    int orig_base = base;
    if (base != 0 && (base < 2 || base > 36)) {
        kr_raise_msg(&kr_type_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    while (p < e && is_space(*p)) {
        p++;
    }
    while (e > p && is_space(e[-1])) {
        e--;
    }
    bool neg = false;
    if (p < e && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    bool prefixed = false;
    if (e - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb != 0 && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = true;
        }
    }
    bool check_zeros = false;
    if (base == 0) {
        base = 10;
        check_zeros = p < e && *p == '0';
    }
    /* validate: digits with single underscores between them (or right after a prefix) */
    size_t ndig = 0;
    bool last_us = prefixed;   /* an underscore may follow the prefix */
    bool allow_us = prefixed;
    const char *q = p;
    if (q == e) {
        invalid_literal(orig, orig_len, orig_base, is_bytes);
    }
    for (; q < e; q++) {
        char c = *q;
        if (c == '_') {
            if (!allow_us) {
                invalid_literal(orig, orig_len, orig_base, is_bytes);
            }
            allow_us = false;
            last_us = true;
            continue;
        }
        if (digit_val(c) >= base) {
            invalid_literal(orig, orig_len, orig_base, is_bytes);
        }
        if (check_zeros && c != '0') {
            invalid_literal(orig, orig_len, orig_base, is_bytes);
        }
        ndig++;
        allow_us = true;
        last_us = false;
    }
    if (last_us || ndig == 0) {
        invalid_literal(orig, orig_len, orig_base, is_bytes);
    }
    /* fast path: fits a machine word */
    {
        kr_uint_t v = 0;
        const kr_uint_t limit = (kr_uint_t)INTPTR_MAX;
        for (q = p; q < e; q++) {
            if (*q != '_') {
                kr_uint_t d = (kr_uint_t)digit_val(*q);
                if (v > (limit - d) / (kr_uint_t)base) {
                    break;
                }
                v = v * (kr_uint_t)base + d;
            }
        }
        if (q == e) {
            return kr_obj_new_int(neg ? -(kr_int_t)v : (kr_int_t)v);
        }
    }
    if ((base & (base - 1)) != 0) {
        check_str_digits(ndig);
    }
    char *buf = kr_gc_alloc(ndig + 1, KR_GC_FLAG_ATOMIC);
    size_t n = 0;
    for (q = p; q < e; q++) {
        if (*q != '_') {
            buf[n++] = *q;
        }
    }
    kr_mpz_t z;
    kr_mpz_init(&z);
    kr_mpz_set_str(&z, buf, n, base, neg);
    kr_gc_free(buf);
    return from_tmp(&z);
}

/* int(text, base): CPython also accepts any Unicode decimal digit and strips
 * Unicode white space, so non-ASCII text is first mapped to ASCII. */
kr_obj_t kr_obj_int_parse(const char *s, size_t len, int base, bool is_bytes) {
    size_t n;
    char *buf = is_bytes ? NULL : kr_unichar_number_ascii(s, len, &n);
    if (buf == NULL) {
        return parse_ascii(s, len, base, is_bytes, s, len);
    }
    kr_obj_t r = parse_ascii(buf, n, base, is_bytes, s, len);
    kr_gc_free(buf);
    return r;
}

kr_obj_t kr_obj_int_from_str(const char *s, size_t len, int base) {
    return kr_obj_int_parse(s, len, base, false);
}

/* ---------------------------------------------------------------- arithmetic */

_Noreturn static void raise_zero_div(const char *msg) {
    kr_raise_msg(&kr_type_ZeroDivisionError, msg);
}

static kr_obj_t float_power(double a, double b) {
    return kr_obj_float_binary_op(KR_BINARY_OP_POWER, a, kr_obj_new_float(b));
}

/* Big-int (general) path; both operands are ints (any kind). */
static kr_obj_t big_binary_op(kr_binary_op_t op, kr_obj_t lhs, kr_obj_t rhs) {
    kr_mpz_t ta, tb;
    dig_t ba[2], bb[2];
    const kr_mpz_t *a = kr_obj_int_get_mpz(lhs, &ta, ba);
    const kr_mpz_t *b = kr_obj_int_get_mpz(rhs, &tb, bb);
    size_t la = a->len, lb = b->len, lmax = la > lb ? la : lb;
    kr_obj_int_t *o;
    switch (op) {
        case KR_BINARY_OP_LESS: return KR_OBJ_BOOL(kr_mpz_cmp(a, b) < 0);
        case KR_BINARY_OP_MORE: return KR_OBJ_BOOL(kr_mpz_cmp(a, b) > 0);
        case KR_BINARY_OP_EQUAL: return KR_OBJ_BOOL(kr_mpz_cmp(a, b) == 0);
        case KR_BINARY_OP_LESS_EQUAL: return KR_OBJ_BOOL(kr_mpz_cmp(a, b) <= 0);
        case KR_BINARY_OP_MORE_EQUAL: return KR_OBJ_BOOL(kr_mpz_cmp(a, b) >= 0);
        case KR_BINARY_OP_NOT_EQUAL: return KR_OBJ_BOOL(kr_mpz_cmp(a, b) != 0);
        case KR_BINARY_OP_ADD:
            o = new_big(lmax + 1);
            kr_mpz_add(&o->mpz, a, b);
            return finish_big(o);
        case KR_BINARY_OP_SUBTRACT:
            o = new_big(lmax + 1);
            kr_mpz_sub(&o->mpz, a, b);
            return finish_big(o);
        case KR_BINARY_OP_MULTIPLY:
            o = new_big(la + lb);
            kr_mpz_mul(&o->mpz, a, b);
            return finish_big(o);
        case KR_BINARY_OP_AND:
            o = new_big(lmax + 1);
            kr_mpz_and(&o->mpz, a, b);
            return finish_big(o);
        case KR_BINARY_OP_OR:
            o = new_big(lmax + 1);
            kr_mpz_or(&o->mpz, a, b);
            return finish_big(o);
        case KR_BINARY_OP_XOR:
            o = new_big(lmax + 1);
            kr_mpz_xor(&o->mpz, a, b);
            return finish_big(o);
        case KR_BINARY_OP_FLOOR_DIVIDE:
        case KR_BINARY_OP_MODULO:
        case KR_BINARY_OP_DIVMOD: {
            if (kr_mpz_is_zero(b)) {
                raise_zero_div(op == KR_BINARY_OP_MODULO ? "integer modulo by zero"
                                                         : "integer division or modulo by zero");
            }
            kr_mpz_t q, r;
            kr_mpz_init(&q);
            kr_mpz_init(&r);
            kr_mpz_divmod(op == KR_BINARY_OP_MODULO ? NULL : &q, op == KR_BINARY_OP_FLOOR_DIVIDE ? NULL : &r, a, b);
            if (op == KR_BINARY_OP_FLOOR_DIVIDE) {
                return from_tmp(&q);
            }
            if (op == KR_BINARY_OP_MODULO) {
                return from_tmp(&r);
            }
            kr_obj_t items[2] = { from_tmp(&q), from_tmp(&r) };
            return kr_obj_new_tuple(2, items);
        }
        case KR_BINARY_OP_TRUE_DIVIDE: {
            if (kr_mpz_is_zero(b)) {
                raise_zero_div("division by zero");
            }
            double d;
            if (!kr_mpz_true_divide(a, b, &d)) {
                kr_raise_msg(&kr_type_OverflowError, "integer division result too large for a float");
            }
            return kr_obj_new_float(d);
        }
        case KR_BINARY_OP_POWER: {
            if (b->neg) {
                if (kr_mpz_is_zero(a)) {
                    raise_zero_div("0.0 cannot be raised to a negative power");
                }
                return float_power(kr_obj_int_as_double(lhs), kr_obj_int_as_double(rhs));
            }
            long long e;
            if (!kr_mpz_get_ll(b, &e)) {
                /* exponent beyond 2^63: only trivial bases are computable */
                long long av;
                if (kr_mpz_get_ll(a, &av) && av >= -1 && av <= 1) {
                    return KR_NEW_SMALL_INT(av == -1 ? (kr_mpz_is_odd(b) ? -1 : 1) : av);
                }
                kr_raise_memory_error();
            }
            if (a->len == 1 && a->dig[0] == 1) {
                return KR_NEW_SMALL_INT(a->neg && (e & 1) ? -1 : 1);
            }
            if (a->len == 0) {
                return KR_NEW_SMALL_INT(e == 0 ? 1 : 0);
            }
            if ((double)kr_mpz_bit_length(a) * (double)e > 1e11) {
                kr_raise_memory_error();
            }
            kr_mpz_t z;
            kr_mpz_init(&z);
            kr_mpz_pow(&z, a, (unsigned long long)e);
            return from_tmp(&z);
        }
        case KR_BINARY_OP_LSHIFT:
        case KR_BINARY_OP_RSHIFT: {
            if (b->neg) {
                kr_raise_msg(&kr_type_ValueError, "negative shift count");
            }
            long long n;
            bool huge = !kr_mpz_get_ll(b, &n) || n > (long long)((size_t)1 << (sizeof(size_t) * 8 - 6));
            if (op == KR_BINARY_OP_RSHIFT) {
                if (huge || (size_t)n / 32 >= la) {
                    return KR_NEW_SMALL_INT(a->neg ? -1 : 0);
                }
                o = new_big(la + 1);
                kr_mpz_shr(&o->mpz, a, (size_t)n);
                return finish_big(o);
            }
            if (la == 0) {
                return KR_NEW_SMALL_INT(0);
            }
            if (huge || n > (long long)1 << 40) {
                kr_raise_msg(&kr_type_OverflowError, "too many digits in integer");
            }
            o = new_big(la + (size_t)n / 32 + 1);
            kr_mpz_shl(&o->mpz, a, (size_t)n);
            return finish_big(o);
        }
        default:
            return KR_OBJ_NULL;
    }
}

static kr_obj_t small_pow(kr_int_t a, kr_int_t b, kr_obj_t lhs, kr_obj_t rhs) {
    if (b < 0) {
        if (a == 0) {
            raise_zero_div("0.0 cannot be raised to a negative power");
        }
        return float_power((double)a, (double)b);
    }
    kr_int_t res = 1, base = a, e = b;
    for (;;) {
        if (e & 1) {
            if (__builtin_mul_overflow(res, base, &res)) {
                break;
            }
        }
        e >>= 1;
        if (e == 0) {
            return kr_obj_new_int(res);
        }
        if (__builtin_mul_overflow(base, base, &base)) {
            break;
        }
    }
    return big_binary_op(KR_BINARY_OP_POWER, lhs, rhs);
}

static kr_obj_t mixed_op(kr_binary_op_t op, kr_obj_t lhs, kr_obj_t rhs) {
    /* lhs is an int, rhs is not */
#if KR_FEATURE_FLOAT
    if (kr_obj_is_instance(rhs, &kr_type_float)) {
        double d = ((kr_obj_float_t *)KR_OBJ_TO_PTR(rhs))->value;
        if (op <= KR_BINARY_OP_NOT_EQUAL) {
            if (isnan(d)) {
                return KR_OBJ_BOOL(op == KR_BINARY_OP_NOT_EQUAL);
            }
            int c = kr_obj_int_cmp_double(lhs, d);
            switch (op) {
                case KR_BINARY_OP_LESS: return KR_OBJ_BOOL(c < 0);
                case KR_BINARY_OP_MORE: return KR_OBJ_BOOL(c > 0);
                case KR_BINARY_OP_EQUAL: return KR_OBJ_BOOL(c == 0);
                case KR_BINARY_OP_LESS_EQUAL: return KR_OBJ_BOOL(c <= 0);
                case KR_BINARY_OP_MORE_EQUAL: return KR_OBJ_BOOL(c >= 0);
                default: return KR_OBJ_BOOL(c != 0);
            }
        }
        if (op == KR_BINARY_OP_CONTAINS) {
            return KR_OBJ_NULL;
        }
        return kr_obj_float_binary_op(op, kr_obj_int_as_double(lhs), rhs);
    }
#endif
#if KR_FEATURE_COMPLEX
    if (kr_obj_is_type(rhs, &kr_type_complex)) {
        if (op == KR_BINARY_OP_EQUAL || op == KR_BINARY_OP_NOT_EQUAL) {
            double re, im;
            kr_obj_complex_get(rhs, &re, &im);
            bool eq = im == 0.0 && !isnan(re) && kr_obj_int_cmp_double(lhs, re) == 0;
            return KR_OBJ_BOOL(eq == (op == KR_BINARY_OP_EQUAL));
        }
        return kr_obj_complex_binary_op(op, kr_obj_int_as_double(lhs), 0.0, rhs);
    }
#endif
    return KR_OBJ_NULL;
}

kr_obj_t kr_obj_int_binary_op(kr_binary_op_t op, kr_obj_t lhs, kr_obj_t rhs) {
    if (KR_BINARY_OP_IS_INPLACE(op)) {
        op = KR_BINARY_OP_INPLACE_TO_NORMAL(op);
    } else if (KR_BINARY_OP_IS_REVERSE(op)) {
        op = KR_BINARY_OP_REVERSE_TO_NORMAL(op);
        kr_obj_t t = lhs;
        lhs = rhs;
        rhs = t;
        if (!kr_obj_is_int(lhs)) {
#if KR_FEATURE_FLOAT
            if (kr_obj_is_instance(lhs, &kr_type_float)) {
                return kr_obj_float_binary_op(op, ((kr_obj_float_t *)KR_OBJ_TO_PTR(lhs))->value, rhs);
            }
#endif
            return KR_OBJ_NULL;
        }
    }
    if (is_bool(lhs)) {
        lhs = KR_NEW_SMALL_INT(lhs == KR_OBJ_TRUE);
    }
    if (is_bool(rhs)) {
        rhs = KR_NEW_SMALL_INT(rhs == KR_OBJ_TRUE);
    }
    if (KR_IS_SMALL_INT(lhs) && KR_IS_SMALL_INT(rhs)) {
        kr_int_t a = KR_SMALL_INT_VALUE(lhs), b = KR_SMALL_INT_VALUE(rhs), r;
        switch (op) {
            case KR_BINARY_OP_LESS: return KR_OBJ_BOOL(a < b);
            case KR_BINARY_OP_MORE: return KR_OBJ_BOOL(a > b);
            case KR_BINARY_OP_EQUAL: return KR_OBJ_BOOL(a == b);
            case KR_BINARY_OP_LESS_EQUAL: return KR_OBJ_BOOL(a <= b);
            case KR_BINARY_OP_MORE_EQUAL: return KR_OBJ_BOOL(a >= b);
            case KR_BINARY_OP_NOT_EQUAL: return KR_OBJ_BOOL(a != b);
            case KR_BINARY_OP_ADD: return kr_obj_new_int(a + b);
            case KR_BINARY_OP_SUBTRACT: return kr_obj_new_int(a - b);
            case KR_BINARY_OP_MULTIPLY:
                if (!__builtin_mul_overflow(a, b, &r)) {
                    return kr_obj_new_int(r);
                }
                break;
            case KR_BINARY_OP_AND: return KR_NEW_SMALL_INT(a & b);
            case KR_BINARY_OP_OR: return KR_NEW_SMALL_INT(a | b);
            case KR_BINARY_OP_XOR: return KR_NEW_SMALL_INT(a ^ b);
            case KR_BINARY_OP_FLOOR_DIVIDE:
            case KR_BINARY_OP_MODULO:
            case KR_BINARY_OP_DIVMOD: {
                if (b == 0) {
                    raise_zero_div(op == KR_BINARY_OP_MODULO ? "integer modulo by zero"
                                                             : "integer division or modulo by zero");
                }
                kr_int_t q = a / b, m = a % b;
                if (m != 0 && ((m < 0) != (b < 0))) {
                    q--;
                    m += b;
                }
                if (op == KR_BINARY_OP_FLOOR_DIVIDE) {
                    return kr_obj_new_int(q);
                }
                if (op == KR_BINARY_OP_MODULO) {
                    return KR_NEW_SMALL_INT(m);
                }
                kr_obj_t items[2] = { kr_obj_new_int(q), KR_NEW_SMALL_INT(m) };
                return kr_obj_new_tuple(2, items);
            }
            case KR_BINARY_OP_TRUE_DIVIDE:
                if (b == 0) {
                    raise_zero_div("division by zero");
                }
                if (int_exact_in_double(a) && int_exact_in_double(b)) {
                    return kr_obj_new_float((double)a / (double)b);
                }
                break;
            case KR_BINARY_OP_POWER:
                return small_pow(a, b, lhs, rhs);
            case KR_BINARY_OP_LSHIFT:
                if (b < 0) {
                    kr_raise_msg(&kr_type_ValueError, "negative shift count");
                }
                if (a == 0) {
                    return lhs;
                }
                if (b < INT_BITS - 2 && (a >= 0 ? a <= (KR_SMALL_INT_MAX >> b) : a >= (KR_SMALL_INT_MIN >> b))) {
                    return KR_NEW_SMALL_INT(a * ((kr_int_t)1 << b));
                }
                break;
            case KR_BINARY_OP_RSHIFT:
                if (b < 0) {
                    kr_raise_msg(&kr_type_ValueError, "negative shift count");
                }
                if (b >= INT_BITS) {
                    return KR_NEW_SMALL_INT(a < 0 ? -1 : 0);
                }
                return KR_NEW_SMALL_INT(a >> b);
            default:
                return KR_OBJ_NULL;
        }
        return big_binary_op(op, lhs, rhs);
    }
    if (!kr_obj_is_int(rhs)) {
        return mixed_op(op, lhs, rhs);
    }
    return big_binary_op(op, lhs, rhs);
}

kr_obj_t kr_obj_int_abs(kr_obj_t o) {
    if (KR_IS_SMALL_INT(o)) {
        kr_int_t v = KR_SMALL_INT_VALUE(o);
        return kr_obj_new_int(v < 0 ? -v : v);
    }
    if (is_bool(o)) {
        return KR_NEW_SMALL_INT(o == KR_OBJ_TRUE);
    }
    const kr_mpz_t *z = &((kr_obj_int_t *)KR_OBJ_TO_PTR(o))->mpz;
    if (!z->neg) {
        return int_plain(o);
    }
    kr_obj_int_t *r = new_big(z->len);
    kr_mpz_abs(&r->mpz, z);
    return finish_big(r);
}

static kr_obj_t int_unary_op(kr_unary_op_t op, kr_obj_t self) {
    if (is_bool(self)) {
        self = KR_NEW_SMALL_INT(self == KR_OBJ_TRUE);
    }
    if (KR_IS_SMALL_INT(self)) {
        kr_int_t v = KR_SMALL_INT_VALUE(self);
        switch (op) {
            case KR_UNARY_OP_BOOL: return KR_OBJ_BOOL(v != 0);
            case KR_UNARY_OP_HASH: return KR_NEW_SMALL_INT(kr_obj_int_hash(self));
            case KR_UNARY_OP_POSITIVE:
            case KR_UNARY_OP_INT:
            case KR_UNARY_OP_INDEX: return self;
            case KR_UNARY_OP_NEGATIVE: return kr_obj_new_int(-v);
            case KR_UNARY_OP_INVERT: return KR_NEW_SMALL_INT(~v);
            case KR_UNARY_OP_ABS: return kr_obj_new_int(v < 0 ? -v : v);
#if KR_FEATURE_FLOAT
            case KR_UNARY_OP_FLOAT: return kr_obj_new_float((double)v);
#endif
            default: return KR_OBJ_NULL;
        }
    }
    const kr_mpz_t *z = &((kr_obj_int_t *)KR_OBJ_TO_PTR(self))->mpz;
    kr_obj_int_t *r;
    switch (op) {
        case KR_UNARY_OP_BOOL: return KR_OBJ_BOOL(!kr_mpz_is_zero(z));
        case KR_UNARY_OP_HASH: return KR_NEW_SMALL_INT(kr_obj_int_hash(self));
        case KR_UNARY_OP_POSITIVE:
        case KR_UNARY_OP_INT:
        case KR_UNARY_OP_INDEX: return int_plain(self);
        case KR_UNARY_OP_NEGATIVE:
            r = new_big(z->len);
            kr_mpz_neg(&r->mpz, z);
            return finish_big(r);
        case KR_UNARY_OP_INVERT:
            r = new_big(z->len + 1);
            kr_mpz_not(&r->mpz, z);
            return finish_big(r);
        case KR_UNARY_OP_ABS: return kr_obj_int_abs(self);
#if KR_FEATURE_FLOAT
        case KR_UNARY_OP_FLOAT: return kr_obj_new_float(kr_obj_int_as_double(self));
#endif
        default: return KR_OBJ_NULL;
    }
}

static kr_obj_t int_type_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    if (op == KR_BINARY_OP_CONTAINS) {
        return KR_OBJ_NULL;
    }
    return kr_obj_int_binary_op(op, self, other);
}

/* ---------------------------------------------------------------- pow(a, b, m), round */

kr_obj_t kr_obj_int_pow3(kr_obj_t a, kr_obj_t b, kr_obj_t m) {
    if (!kr_obj_is_int(a) || !kr_obj_is_int(b) || !kr_obj_is_int(m)) {
        kr_raise_msg(&kr_type_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    kr_mpz_t ta, tb, tm;
    dig_t ba[2], bb[2], bm[2];
    const kr_mpz_t *za = kr_obj_int_get_mpz(a, &ta, ba);
    const kr_mpz_t *zb = kr_obj_int_get_mpz(b, &tb, bb);
    const kr_mpz_t *zm = kr_obj_int_get_mpz(m, &tm, bm);
    if (kr_mpz_is_zero(zm)) {
        kr_raise_msg(&kr_type_ValueError, "pow() 3rd argument cannot be 0");
    }
    kr_mpz_t base, e, am, z;
    kr_mpz_init(&base);
    kr_mpz_init(&e);
    kr_mpz_init(&am);
    kr_mpz_init(&z);
    kr_mpz_set(&base, za);
    kr_mpz_abs(&e, zb);
    kr_mpz_abs(&am, zm);
    if (zb->neg) {
        if (!kr_mpz_invert(&base, za, &am)) {
            kr_raise_msg(&kr_type_ValueError, "base is not invertible for the given modulus");
        }
    }
    kr_mpz_pow_mod(&z, &base, &e, zm);
    kr_mpz_free(&base);
    kr_mpz_free(&e);
    kr_mpz_free(&am);
    return from_tmp(&z);
}

kr_obj_t kr_obj_int_round(kr_obj_t x, kr_obj_t ndigits) {
    x = int_plain(x);
    if (ndigits == KR_OBJ_NONE) {
        return x;
    }
    if (!kr_obj_is_int(ndigits)) {
        kr_raise_fmt(&kr_type_TypeError, "'%s' object cannot be interpreted as an integer", kr_obj_type_name(ndigits));
    }
    kr_int_t n;
    if (!kr_obj_int_get_checked(ndigits, &n)) {
        if (kr_obj_int_sign(ndigits) > 0) {
            return x;
        }
        return KR_NEW_SMALL_INT(0);
    }
    if (n >= 0) {
        return x;
    }
    if (n < -100000) {
        return KR_NEW_SMALL_INT(0);
    }
    /* round half to even at 10**-n */
    kr_mpz_t tx, p, q, r, r2;
    dig_t bx[2];
    const kr_mpz_t *zx = kr_obj_int_get_mpz(x, &tx, bx);
    kr_mpz_init(&p);
    kr_mpz_init(&q);
    kr_mpz_init(&r);
    kr_mpz_init(&r2);
    kr_mpz_set_ll(&p, 10);
    kr_mpz_pow(&p, &p, (unsigned long long)-n);
    kr_mpz_divmod(&q, &r, zx, &p);
    kr_mpz_shl(&r2, &r, 1);
    int c = kr_mpz_cmp(&r2, &p);
    if (c > 0 || (c == 0 && kr_mpz_is_odd(&q))) {
        kr_mpz_t one;
        dig_t ob[2];
        kr_mpz_view_ll(&one, ob, 1);
        kr_mpz_add(&q, &q, &one);
    }
    kr_mpz_mul(&q, &q, &p);
    kr_mpz_free(&p);
    kr_mpz_free(&r);
    kr_mpz_free(&r2);
    return from_tmp(&q);
}

/* ---------------------------------------------------------------- bytes */

kr_obj_t kr_obj_int_from_bytes(const uint8_t *buf, size_t len, bool big_endian, bool is_signed) {
    if (len <= sizeof(kr_int_t) - 1) {
        kr_uint_t v = 0;
        for (size_t i = 0; i < len; i++) {
            v = (v << 8) | buf[big_endian ? i : len - 1 - i];
        }
        if (is_signed && len > 0 && (v >> (8 * len - 1)) & 1) {
            return kr_obj_new_int((kr_int_t)v - ((kr_int_t)1 << (8 * len)));
        }
        return kr_obj_new_int((kr_int_t)v);
    }
    kr_obj_int_t *o = new_big(len / 4 + 2);
    kr_mpz_from_bytes(&o->mpz, buf, len, big_endian, is_signed);
    return finish_big(o);
}

bool kr_obj_int_to_bytes(kr_obj_t o, size_t len, uint8_t *buf, bool big_endian, bool is_signed) {
    kr_mpz_t t;
    dig_t b[2];
    return kr_mpz_to_bytes(kr_obj_int_get_mpz(o, &t, b), buf, len, big_endian, is_signed);
}

static bool get_byteorder(kr_obj_t o) {
    if (o == KR_ROM_QSTR(big)) {
        return true;
    }
    if (o == KR_ROM_QSTR(little)) {
        return false;
    }
    if (!kr_obj_is_str(o)) {
        kr_raise_fmt(&kr_type_TypeError, "to_bytes() argument 'byteorder' must be str, not %s", kr_obj_type_name(o));
    }
    size_t n;
    const char *s = kr_obj_str_get_data(o, &n);
    if (n == 3 && memcmp(s, "big", 3) == 0) {
        return true;
    }
    if (n == 6 && memcmp(s, "little", 6) == 0) {
        return false;
    }
    kr_raise_msg(&kr_type_ValueError, "byteorder must be either 'little' or 'big'");
}

static kr_obj_t int_to_bytes(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_length, KR_ARG_OBJ, {.u_obj = KR_NEW_SMALL_INT(1)} },
        { KR_QSTR_byteorder, KR_ARG_OBJ, {.u_obj = KR_ROM_QSTR(big)} },
        { KR_QSTR_signed, KR_ARG_KW_ONLY | KR_ARG_BOOL, {.u_bool = false} },
    };
    kr_arg_val_t v[3];
    kr_arg_parse_all(n_args - 1, args + 1, kw, 3, allowed, v);
    kr_obj_t self = args[0];
    kr_int_t len = kr_obj_get_index(v[0].u_obj);
    if (len < 0) {
        kr_raise_msg(&kr_type_ValueError, "length argument must be non-negative");
    }
    bool big = get_byteorder(v[1].u_obj);
    bool is_signed = v[2].u_bool;
    if (!is_signed && kr_obj_int_sign(self) < 0) {
        kr_raise_msg(&kr_type_OverflowError, "can't convert negative int to unsigned");
    }
    kr_vstr_t vs;
    kr_vstr_init(&vs, (size_t)len + 1);
    uint8_t *buf = (uint8_t *)kr_vstr_extend(&vs, (size_t)len);
    if (!kr_obj_int_to_bytes(self, (size_t)len, buf, big, is_signed)) {
        kr_raise_msg(&kr_type_OverflowError, "int too big to convert");
    }
    return kr_obj_new_bytes_from_vstr(&vs);
}
static KR_DEFINE_FUN_KW(int_to_bytes_obj, 1, 3, int_to_bytes);

static kr_obj_t int_from_bytes(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_bytes, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_byteorder, KR_ARG_OBJ, {.u_obj = KR_ROM_QSTR(big)} },
        { KR_QSTR_signed, KR_ARG_KW_ONLY | KR_ARG_BOOL, {.u_bool = false} },
    };
    kr_arg_val_t v[3];
    kr_arg_parse_all(n_args - 1, args + 1, kw, 3, allowed, v);
    bool big = get_byteorder(v[1].u_obj);
    kr_obj_t data = v[0].u_obj;
    kr_buffer_info_t info;
    kr_obj_t r;
    if (kr_obj_is_str(data)) {
        kr_raise_msg(&kr_type_TypeError, "cannot convert 'str' object to bytes");
    }
    if (kr_get_buffer(data, &info, KR_BUFFER_READ) == 0) {
        r = kr_obj_int_from_bytes(info.buf, info.len, big, v[2].u_bool);
    } else {
        kr_vstr_t vs;
        kr_vstr_init(&vs, 16);
        kr_obj_t it = kr_getiter(data);
        kr_obj_t item;
        while ((item = kr_iternext(it)) != KR_OBJ_NULL) {
            kr_int_t b = kr_obj_get_index(item);
            if (b < 0 || b > 255) {
                kr_raise_msg(&kr_type_ValueError, "bytes must be in range(0, 256)");
            }
            kr_vstr_add_byte(&vs, (uint8_t)b);
        }
        r = kr_obj_int_from_bytes((const uint8_t *)vs.buf, vs.len, big, v[2].u_bool);
        kr_vstr_clear(&vs);
    }
    kr_obj_t cls = args[0];
    if (cls != KR_OBJ_FROM_PTR(&kr_type_int)) {
        return kr_call1(cls, r);
    }
    return r;
}
static KR_DEFINE_FUN_KW(int_from_bytes_fun_obj, 2, 3, int_from_bytes);
static KR_DEFINE_CONST_CLASSMETHOD(int_from_bytes_obj, &int_from_bytes_fun_obj);

/* ---------------------------------------------------------------- methods */

static kr_obj_t int_bit_length(kr_obj_t self) {
    if (KR_IS_SMALL_INT(self)) {
        kr_int_t v = KR_SMALL_INT_VALUE(self);
        kr_uint_t u = v < 0 ? (kr_uint_t)0 - (kr_uint_t)v : (kr_uint_t)v;
        return KR_NEW_SMALL_INT(u ? 64 - __builtin_clzll((unsigned long long)u) : 0);
    }
    kr_mpz_t t;
    dig_t b[2];
    return kr_obj_new_int((kr_int_t)kr_mpz_bit_length(kr_obj_int_get_mpz(self, &t, b)));
}
static KR_DEFINE_FUN_1(int_bit_length_obj, int_bit_length);

static kr_obj_t int_bit_count(kr_obj_t self) {
    kr_mpz_t t;
    dig_t b[2];
    return kr_obj_new_int((kr_int_t)kr_mpz_bit_count(kr_obj_int_get_mpz(self, &t, b)));
}
static KR_DEFINE_FUN_1(int_bit_count_obj, int_bit_count);

static kr_obj_t int_self(kr_obj_t self) {
    return int_plain(self);
}
static KR_DEFINE_FUN_1(int_self_obj, int_self);

static kr_obj_t int_as_integer_ratio(kr_obj_t self) {
    kr_obj_t items[2] = { int_plain(self), KR_NEW_SMALL_INT(1) };
    return kr_obj_new_tuple(2, items);
}
static KR_DEFINE_FUN_1(int_as_integer_ratio_obj, int_as_integer_ratio);

static kr_obj_t int_round_m(size_t n_args, const kr_obj_t *args) {
    return kr_obj_int_round(args[0], n_args > 1 ? args[1] : KR_OBJ_NONE);
}
static KR_DEFINE_FUN_VAR(int_round_obj, 1, 2, int_round_m);

static kr_obj_t int_float_m(kr_obj_t self) {
    return kr_obj_new_float(kr_obj_int_as_double(self));
}
static KR_DEFINE_FUN_1(int_float_obj, int_float_m);

static kr_obj_t int_format_m(kr_obj_t self, kr_obj_t spec) {
    return kr_obj_format(int_plain(self), spec);
}
static KR_DEFINE_FUN_2(int_format_obj, int_format_m);

static kr_obj_t int_hash_m(kr_obj_t self) {
    return KR_NEW_SMALL_INT(kr_obj_int_hash(self));
}
static KR_DEFINE_FUN_1(int_hash_obj, int_hash_m);

static kr_obj_t int_zero_m(kr_obj_t self) {
    return KR_NEW_SMALL_INT(0);
}
static KR_DEFINE_FUN_1(int_zero_obj, int_zero_m);

static kr_obj_t int_one_m(kr_obj_t self) {
    return KR_NEW_SMALL_INT(1);
}
static KR_DEFINE_FUN_1(int_one_obj, int_one_m);

/* attributes as properties, so bool and subclasses inherit them */
static const kr_obj_property_t int_real_prop = {{&kr_type_property}, KR_ROM_PTR(&int_self_obj), KR_OBJ_NONE, KR_OBJ_NONE, KR_OBJ_NONE};
static const kr_obj_property_t int_imag_prop = {{&kr_type_property}, KR_ROM_PTR(&int_zero_obj), KR_OBJ_NONE, KR_OBJ_NONE, KR_OBJ_NONE};
static const kr_obj_property_t int_denominator_prop = {{&kr_type_property}, KR_ROM_PTR(&int_one_obj), KR_OBJ_NONE, KR_OBJ_NONE, KR_OBJ_NONE};

static const kr_map_elem_t int_locals_table[] = {
    { KR_ROM_QSTR(__ceil__), KR_ROM_PTR(&int_self_obj) },
    { KR_ROM_QSTR(__float__), KR_ROM_PTR(&int_float_obj) },
    { KR_ROM_QSTR(__floor__), KR_ROM_PTR(&int_self_obj) },
    { KR_ROM_QSTR(__format__), KR_ROM_PTR(&int_format_obj) },
    { KR_ROM_QSTR(__hash__), KR_ROM_PTR(&int_hash_obj) },
    { KR_ROM_QSTR(__index__), KR_ROM_PTR(&int_self_obj) },
    { KR_ROM_QSTR(__int__), KR_ROM_PTR(&int_self_obj) },
    { KR_ROM_QSTR(__round__), KR_ROM_PTR(&int_round_obj) },
    { KR_ROM_QSTR(__trunc__), KR_ROM_PTR(&int_self_obj) },
    { KR_ROM_QSTR(as_integer_ratio), KR_ROM_PTR(&int_as_integer_ratio_obj) },
    { KR_ROM_QSTR(bit_count), KR_ROM_PTR(&int_bit_count_obj) },
    { KR_ROM_QSTR(bit_length), KR_ROM_PTR(&int_bit_length_obj) },
    { KR_ROM_QSTR(conjugate), KR_ROM_PTR(&int_self_obj) },
    { KR_ROM_QSTR(denominator), KR_ROM_PTR(&int_denominator_prop) },
    { KR_ROM_QSTR(from_bytes), KR_ROM_PTR(&int_from_bytes_obj) },
    { KR_ROM_QSTR(imag), KR_ROM_PTR(&int_imag_prop) },
    { KR_ROM_QSTR(numerator), KR_ROM_PTR(&int_real_prop) },
    { KR_ROM_QSTR(real), KR_ROM_PTR(&int_real_prop) },
    { KR_ROM_QSTR(to_bytes), KR_ROM_PTR(&int_to_bytes_obj) },
};
KR_DEFINE_CONST_DICT(kr_obj_int_locals_dict, int_locals_table);

static void int_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    if (attr == KR_QSTR_real || attr == KR_QSTR_numerator) {
        dest[0] = int_plain(self);
    } else if (attr == KR_QSTR_imag) {
        dest[0] = KR_NEW_SMALL_INT(0);
    } else if (attr == KR_QSTR_denominator) {
        dest[0] = KR_NEW_SMALL_INT(1);
    }
}

/* ---------------------------------------------------------------- constructor */

kr_obj_t kr_obj_int_from_obj(kr_obj_t x) {
    if (kr_obj_is_int(x)) {
        return int_plain(x);
    }
#if KR_FEATURE_FLOAT
    if (kr_obj_is_instance(x, &kr_type_float)) {
        return kr_obj_new_int_from_double(((kr_obj_float_t *)KR_OBJ_TO_PTR(x))->value);
    }
#endif
    if (kr_obj_is_str(x)) {
        size_t n;
        const char *s = kr_obj_str_get_data(x, &n);
        return kr_obj_int_parse(s, n, 10, false);
    }
    if (kr_obj_is_type(x, &kr_type_bytes) || kr_obj_is_type(x, &kr_type_bytearray)) {
        size_t n;
        const char *s = kr_obj_str_get_data(x, &n);
        return kr_obj_int_parse(s, n, 10, true);
    }
    const kr_type_t *t = kr_obj_get_type(x);
    kr_buffer_info_t info;
    if (t->get_buffer != NULL && KR_IS_OBJ(x) && kr_get_buffer(x, &info, KR_BUFFER_READ) == 0) {
        return kr_obj_int_parse(info.buf, info.len, 10, true);   /* memoryview, array */
    }
    if (t->unary_op != NULL) {
        kr_obj_t r = t->unary_op(KR_UNARY_OP_INT, x);
        const char *which = "__int__";
        if (r == KR_OBJ_NULL) {
            r = t->unary_op(KR_UNARY_OP_INDEX, x);
            which = "__index__";
        }
        if (r != KR_OBJ_NULL) {
            if (!kr_obj_is_int(r)) {
                kr_raise_fmt(&kr_type_TypeError, "%s returned non-int (type %s)", which, kr_obj_type_name(r));
            }
            return int_plain(r);
        }
    }
    kr_raise_fmt(&kr_type_TypeError,
                 "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                 kr_obj_type_name(x));
}

static kr_obj_t int_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_obj_t x = KR_OBJ_NULL, base_obj = KR_OBJ_NULL;
    if (n_args > 2) {
        kr_raise_fmt(&kr_type_TypeError, "int() takes at most 2 arguments (%u given)", (unsigned)(n_args + n_kw));
    }
    if (n_args >= 1) {
        x = args[0];
    }
    if (n_args == 2) {
        base_obj = args[1];
    }
    for (size_t i = 0; i < n_kw; i++) {
        kr_obj_t k = args[n_args + 2 * i];
        if (k == KR_ROM_QSTR(base) && base_obj == KR_OBJ_NULL) {
            base_obj = args[n_args + 2 * i + 1];
        } else {
            size_t kl;
            const char *ks = kr_obj_str_get_data(k, &kl);
            kr_raise_fmt(&kr_type_TypeError, "'%.*s' is an invalid keyword argument for int()", (int)kl, ks);
        }
    }
    kr_obj_t r;
    if (base_obj != KR_OBJ_NULL) {
        if (x == KR_OBJ_NULL) {
            kr_raise_msg(&kr_type_TypeError, "int() missing string argument");
        }
        kr_int_t base;
        if (kr_obj_is_int(base_obj) && !kr_obj_int_get_checked(base_obj, &base)) {
            base = -1;   /* a huge base is out of range too */
        } else {
            base = kr_obj_get_index(base_obj);
        }
        if (base != 0 && (base < 2 || base > 36)) {
            kr_raise_msg(&kr_type_ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        bool is_bytes = kr_obj_is_type(x, &kr_type_bytes) || kr_obj_is_type(x, &kr_type_bytearray);
        if (!kr_obj_is_str(x) && !is_bytes) {
            kr_raise_msg(&kr_type_TypeError, "int() can't convert non-string with explicit base");
        }
        size_t n;
        const char *s = kr_obj_str_get_data(x, &n);
        r = kr_obj_int_parse(s, n, (int)base, is_bytes);
    } else if (x == KR_OBJ_NULL) {
        r = KR_NEW_SMALL_INT(0);
    } else {
        r = kr_obj_int_from_obj(x);
    }
    if (type != &kr_type_int && kr_type_is_subtype(type, &kr_type_int)) {
        /* instance of a Python subclass: int layout followed by the instance dict word */
        kr_mpz_t t;
        dig_t b[2];
        const kr_mpz_t *z = kr_obj_int_get_mpz(r, &t, b);
        size_t cap = z->len ? z->len : 1;
        kr_obj_int_t *o = kr_gc_alloc(sizeof(kr_obj_int_t) + cap * sizeof(dig_t) + 2 * sizeof(void *), 0);
        o->base.type = type;
        kr_mpz_init_fixed(&o->mpz, (dig_t *)(o + 1), cap);
        kr_mpz_set(&o->mpz, z);
        return KR_OBJ_FROM_PTR(o);
    }
    return r;
}

const kr_type_t kr_type_int = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_int,
    .print = int_print,
    .make_new = int_make_new,
    .unary_op = int_unary_op,
    .binary_op = int_type_binary_op,
    .attr = int_attr,
    .locals_dict = &kr_obj_int_locals_dict,
};

/* ---------------------------------------------------------------- math helpers */

kr_obj_t kr_obj_int_factorial(kr_int_t n) {
    if (n < 0) {
        kr_raise_msg(&kr_type_ValueError, "factorial() not defined for negative values");
    }
    kr_uint_t acc = 1;
    kr_int_t i = 2;
    for (; i <= n; i++) {
        kr_uint_t t;
        if (__builtin_mul_overflow(acc, (kr_uint_t)i, &t) || t > (kr_uint_t)KR_SMALL_INT_MAX) {
            break;
        }
        acc = t;
    }
    if (i > n) {
        return kr_obj_new_int_from_uint(acc);
    }
    /* multiply in word-sized chunks to keep the big multiplications few */
    kr_mpz_t z, c;
    kr_mpz_init(&z);
    kr_mpz_init(&c);
    kr_mpz_set_ull(&z, acc, false);
    while (i <= n) {
        unsigned long long chunk = 1;
        while (i <= n && chunk <= 0xffffffffffffffffULL / (unsigned long long)i) {
            chunk *= (unsigned long long)i;
            i++;
        }
        kr_mpz_set_ull(&c, chunk, false);
        kr_mpz_mul(&z, &z, &c);
    }
    kr_mpz_free(&c);
    return from_tmp(&z);
}

kr_obj_t kr_obj_int_gcd(kr_obj_t a, kr_obj_t b) {
    a = int_plain(a);
    b = int_plain(b);
    if (KR_IS_SMALL_INT(a) && KR_IS_SMALL_INT(b)) {
        kr_int_t x = KR_SMALL_INT_VALUE(a), y = KR_SMALL_INT_VALUE(b);
        kr_uint_t ux = x < 0 ? (kr_uint_t)0 - (kr_uint_t)x : (kr_uint_t)x;
        kr_uint_t uy = y < 0 ? (kr_uint_t)0 - (kr_uint_t)y : (kr_uint_t)y;
        while (uy) {
            kr_uint_t t = ux % uy;
            ux = uy;
            uy = t;
        }
        return kr_obj_new_int_from_uint(ux);
    }
    kr_mpz_t ta, tb, z;
    dig_t ba[2], bb[2];
    kr_mpz_init(&z);
    kr_mpz_gcd(&z, kr_obj_int_get_mpz(a, &ta, ba), kr_obj_int_get_mpz(b, &tb, bb));
    return from_tmp(&z);
}

kr_obj_t kr_obj_int_isqrt(kr_obj_t a) {
    if (kr_obj_int_sign(a) < 0) {
        kr_raise_msg(&kr_type_ValueError, "isqrt() argument must be nonnegative");
    }
    kr_mpz_t ta, z;
    dig_t ba[2];
    kr_mpz_init(&z);
    kr_mpz_isqrt(&z, kr_obj_int_get_mpz(a, &ta, ba));
    return from_tmp(&z);
}
