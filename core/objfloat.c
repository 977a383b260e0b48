/* objfloat.c: the float type (boxed double): arithmetic, repr/format, parsing, hash, round. */
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objint.h"
#include "objfloat.h"
#include "floatfmt.h"
#include "unichar.h"

#if KR_FEATURE_FLOAT

kr_obj_t kr_obj_new_float(double v) {
    kr_obj_float_t *o = kr_gc_alloc(sizeof(kr_obj_float_t), KR_GC_FLAG_ATOMIC);
    o->base.type = &kr_type_float;
    o->value = v;
    return KR_OBJ_FROM_PTR(o);
}

double kr_obj_float_get(kr_obj_t o) {
    return ((kr_obj_float_t *)KR_OBJ_TO_PTR(o))->value;
}

static inline bool is_float(kr_obj_t o) {
    return KR_IS_OBJ(o) && (KR_OBJ_TYPE(o) == &kr_type_float || kr_obj_is_instance(o, &kr_type_float));
}

/* ---------------------------------------------------------------- repr and format */

void kr_float_repr(kr_vstr_t *v, double d) {
    kr_floatfmt_format(v, d, 'r', 0, false);
}

/* type e f g (upper case too), n (as g), % (f of 100 * d, then '%'); any other type:
 * repr when prec < 0, else g */
void kr_float_format(kr_vstr_t *v, double d, char type, int prec, bool alt) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    char t = (char)(type | 0x20);
    if (type == '%') {
        d *= 100.0;
        t = 'f';
    } else if (t != 'e' && t != 'f' && t != 'g') {
        t = prec < 0 && type != 'n' ? 'r' : 'g';
    }
    size_t at = v->len;
    kr_floatfmt_format(v, d, t, prec < 0 ? 6 : prec, alt);
    if (upper) {
        for (size_t i = at; i < v->len; i++) {
            if (v->buf[i] >= 'a' && v->buf[i] <= 'z') {
                v->buf[i] = (char)(v->buf[i] - 32);
            }
        }
    }
    if (type == '%') {
        kr_vstr_add_byte(v, '%');
    }
}

static void float_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    char sbuf[40];
    kr_vstr_t v = { sizeof(sbuf), 0, sbuf };
    double d = kr_obj_float_get(self);
    if (d == 0.0 || isnan(d) || isinf(d) || fabs(d) > 1e17 || fabs(d) < 1e-4
        || d != (double)(long long)d) {
        kr_vstr_init(&v, 32);
        kr_float_repr(&v, d);
        kr_print_strn(p, v.buf, v.len);
        kr_vstr_clear(&v);
        return;
    }
    /* integral value below 1e16: fast path "123.0" */
    if (fabs(d) < 1e16) {
        int n = snprintf(sbuf, sizeof(sbuf), "%lld.0", (long long)d);
        kr_print_strn(p, sbuf, (size_t)n);
        return;
    }
    kr_vstr_init(&v, 32);
    kr_float_repr(&v, d);
    kr_print_strn(p, v.buf, v.len);
    kr_vstr_clear(&v);
}

/* ---------------------------------------------------------------- parsing */

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool ieq(const char *s, size_t n, const char *word) {
    size_t k = strlen(word);
    if (n != k) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((s[i] | 0x20) != word[i]) {
            return false;
        }
    }
    return true;
}

bool kr_float_parse(const char *s, size_t len, double *out) {
    const char *p = s, *e = s + len;
    while (p < e && is_space(*p)) {
        p++;
    }
    while (e > p && is_space(e[-1])) {
        e--;
    }
    bool neg = false;
    const char *body = p;
    if (p < e && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    size_t n = (size_t)(e - p);
    if (ieq(p, n, "inf") || ieq(p, n, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (ieq(p, n, "nan")) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    /* validate [digits][.digits][e[sign]digits] with single '_' between digits */
    char sbuf[72];
    size_t cap = (size_t)(e - body) + 1;
    char *buf = cap <= sizeof(sbuf) ? sbuf : kr_gc_alloc(cap, KR_GC_FLAG_ATOMIC);
    size_t k = 0;
    if (neg) {
        buf[k++] = '-';
    }
    int int_digits = 0, frac_digits = 0, exp_digits = 0;
    bool ok = true;
    /* state: 0 int part, 1 fraction, 2 exponent */
    int state = 0;
    char prev = 0;
    for (const char *q = p; q < e && ok; q++) {
        char c = *q;
        if (c >= '0' && c <= '9') {
            buf[k++] = c;
            if (state == 0) {
                int_digits++;
            } else if (state == 1) {
                frac_digits++;
            } else {
                exp_digits++;
            }
        } else if (c == '_') {
            ok = prev >= '0' && prev <= '9' && q + 1 < e && q[1] >= '0' && q[1] <= '9';
        } else if (c == '.' && state == 0) {
            state = 1;
            buf[k++] = c;
        } else if ((c == 'e' || c == 'E') && state < 2 && (int_digits + frac_digits) > 0) {
            state = 2;
            buf[k++] = c;
            if (q + 1 < e && (q[1] == '+' || q[1] == '-')) {
                buf[k++] = *++q;
                c = 0;
            }
        } else {
            ok = false;
        }
        prev = c;
    }
    if (int_digits + frac_digits == 0 || (state == 2 && exp_digits == 0)) {
        ok = false;
    }
    if (ok) {
        *out = kr_floatfmt_parse(buf, k);
    }
    if (buf != sbuf) {
        kr_gc_free(buf);
    }
    return ok;
}

void kr_float_raise_bad_text(const char *what, const char *s, size_t len, bool is_bytes) {
    kr_vstr_t v;
    kr_vstr_init(&v, len + 8);
    kr_print_t pr;
    kr_print_init_vstr(&pr, &v);
    kr_str_print_quoted(&pr, (const uint8_t *)s, len, is_bytes);
    kr_raise_fmt(&kr_type_ValueError, "could not convert string to %s: %s", what, kr_vstr_null_terminated(&v));
}

static _Noreturn void bad_float_str(kr_obj_t x, const char *s, size_t len, bool is_bytes) {
    (void)x;
    kr_float_raise_bad_text("float", s, len, is_bytes);
}

/* float(str): like CPython, Unicode decimal digits count as digits and Unicode
 * white space as space, so non-ASCII text is mapped to ASCII first. */
static bool parse_text(const char *s, size_t len, double *out) {
    size_t n;
    char *buf = kr_unichar_number_ascii(s, len, &n);
    if (buf == NULL) {
        return kr_float_parse(s, len, out);
    }
    bool ok = kr_float_parse(buf, n, out);
    kr_gc_free(buf);
    return ok;
}

kr_obj_t kr_obj_float_from_str(const char *s, size_t len) {
    double d;
    if (!kr_float_parse(s, len, &d)) {
        bad_float_str(KR_OBJ_NULL, s, len, false);
    }
    return kr_obj_new_float(d);
}

kr_obj_t kr_obj_float_from_obj(kr_obj_t x) {
    if (kr_obj_is_type(x, &kr_type_float)) {
        return x;
    }
    if (is_float(x)) {
        return kr_obj_new_float(kr_obj_float_get(x));
    }
    if (kr_obj_is_int(x)) {
        return kr_obj_new_float(kr_obj_int_as_double(x));
    }
    if (kr_obj_is_str(x) || kr_obj_is_type(x, &kr_type_bytes) || kr_obj_is_type(x, &kr_type_bytearray)) {
        size_t n;
        const char *s = kr_obj_str_get_data(x, &n);
        double d;
        if (!(kr_obj_is_str(x) ? parse_text(s, n, &d) : kr_float_parse(s, n, &d))) {
            bad_float_str(x, s, n, !kr_obj_is_str(x));
        }
        return kr_obj_new_float(d);
    }
    const kr_type_t *t = kr_obj_get_type(x);
    if (t->unary_op != NULL) {
        kr_obj_t r = t->unary_op(KR_UNARY_OP_FLOAT, x);
        if (r != KR_OBJ_NULL) {
            if (!is_float(r)) {
                kr_raise_fmt(&kr_type_TypeError, "%s.__float__ returned non-float (type %s)",
                             kr_obj_type_name(x), kr_obj_type_name(r));
            }
            return kr_obj_is_type(r, &kr_type_float) ? r : kr_obj_new_float(kr_obj_float_get(r));
        }
        r = t->unary_op(KR_UNARY_OP_INDEX, x);
        if (r != KR_OBJ_NULL && kr_obj_is_int(r)) {
            return kr_obj_new_float(kr_obj_int_as_double(r));
        }
    }
    kr_raise_fmt(&kr_type_TypeError, "float() argument must be a string or a real number, not '%s'",
                 kr_obj_type_name(x));
}

static kr_obj_t float_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_kw != 0) {
        kr_raise_msg(&kr_type_TypeError, "float() takes no keyword arguments");
    }
    if (n_args > 1) {
        kr_raise_fmt(&kr_type_TypeError, "float expected at most 1 argument, got %u", (unsigned)n_args);
    }
    kr_obj_t r = n_args == 0 ? kr_obj_new_float(0.0) : kr_obj_float_from_obj(args[0]);
    if (type != &kr_type_float && kr_type_is_subtype(type, &kr_type_float)) {
        kr_obj_float_t *o = kr_gc_alloc(sizeof(kr_obj_float_t) + 2 * sizeof(void *), 0);
        o->base.type = type;
        o->value = kr_obj_float_get(r);
        return KR_OBJ_FROM_PTR(o);
    }
    return r;
}

/* ---------------------------------------------------------------- arithmetic */

double kr_float_mod(double x, double y) {
    if (y == 0.0) {
        kr_raise_msg(&kr_type_ZeroDivisionError, "float modulo");
    }
    double m = fmod(x, y);
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) {
            m += y;
        }
    } else {
        m = copysign(0.0, y);
    }
    return m;
}

static void float_divmod(double x, double y, double *q, double *r) {
    double m = fmod(x, y);
    double div = (x - m) / y;
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    double fd;
    if (div != 0.0) {
        fd = floor(div);
        if (div - fd > 0.5) {
            fd += 1.0;
        }
    } else {
        fd = copysign(0.0, x / y);
    }
    *q = fd;
    *r = m;
}

double kr_float_floordiv(double x, double y) {
    if (y == 0.0) {
        kr_raise_msg(&kr_type_ZeroDivisionError, "float floor division by zero");
    }
    double q, r;
    float_divmod(x, y, &q, &r);
    return q;
}

static bool is_odd_integer(double w) {
    return fmod(fabs(w), 2.0) == 1.0;
}

double kr_float_pow(double iv, double iw, bool *is_complex) {
    *is_complex = false;
    if (iw == 0.0) {
        return 1.0;
    }
    if (isnan(iv)) {
        return iv;
    }
    if (isnan(iw)) {
        return iv == 1.0 ? 1.0 : iw;
    }
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) {
            return 1.0;
        }
        return ((iw > 0) == (iv > 1.0)) ? fabs(iw) : 0.0;
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0) {
            return odd ? iv : fabs(iv);
        }
        return odd ? copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0) {
            kr_raise_msg(&kr_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        return odd ? iv : 0.0;
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            *is_complex = true;
            return 0.0;
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) {
        return negate ? -1.0 : 1.0;
    }
    double r = pow(iv, iw);
    if (isinf(r)) {
        kr_raise_msg(&kr_type_OverflowError, "(34, 'Numerical result out of range')");
    }
    return negate ? -r : r;
}

static kr_obj_t compare(kr_binary_op_t op, double a, double b) {
    switch (op) {
        case KR_BINARY_OP_LESS: return KR_OBJ_BOOL(a < b);
        case KR_BINARY_OP_MORE: return KR_OBJ_BOOL(a > b);
        case KR_BINARY_OP_EQUAL: return KR_OBJ_BOOL(a == b);
        case KR_BINARY_OP_LESS_EQUAL: return KR_OBJ_BOOL(a <= b);
        case KR_BINARY_OP_MORE_EQUAL: return KR_OBJ_BOOL(a >= b);
        default: return KR_OBJ_BOOL(a != b);
    }
}

kr_obj_t kr_obj_float_binary_op(kr_binary_op_t op, double lhs, kr_obj_t rhs) {
    if (KR_BINARY_OP_IS_INPLACE(op)) {
        op = KR_BINARY_OP_INPLACE_TO_NORMAL(op);
    }
    double r;
    if (is_float(rhs)) {
        r = kr_obj_float_get(rhs);
    } else if (kr_obj_is_int(rhs)) {
        if (op <= KR_BINARY_OP_NOT_EQUAL) {
            if (isnan(lhs)) {
                return KR_OBJ_BOOL(op == KR_BINARY_OP_NOT_EQUAL);
            }
            /* exact: compare int with lhs, reversed */
            int c = -kr_obj_int_cmp_double(rhs, lhs);
            return compare(op, (double)c, 0.0);
        }
        r = kr_obj_int_as_double(rhs);
    }
#if KR_FEATURE_COMPLEX
    else if (kr_obj_is_type(rhs, &kr_type_complex)) {
        return kr_obj_complex_binary_op(op, lhs, 0.0, rhs);
    }
#endif
    else {
        return KR_OBJ_NULL;
    }
    switch (op) {
        case KR_BINARY_OP_LESS:
        case KR_BINARY_OP_MORE:
        case KR_BINARY_OP_EQUAL:
        case KR_BINARY_OP_LESS_EQUAL:
        case KR_BINARY_OP_MORE_EQUAL:
        case KR_BINARY_OP_NOT_EQUAL:
            return compare(op, lhs, r);
        case KR_BINARY_OP_ADD: return kr_obj_new_float(lhs + r);
        case KR_BINARY_OP_SUBTRACT: return kr_obj_new_float(lhs - r);
        case KR_BINARY_OP_MULTIPLY: return kr_obj_new_float(lhs * r);
        case KR_BINARY_OP_TRUE_DIVIDE:
            if (r == 0.0) {
                kr_raise_msg(&kr_type_ZeroDivisionError, "float division by zero");
            }
            return kr_obj_new_float(lhs / r);
        case KR_BINARY_OP_FLOOR_DIVIDE:
            return kr_obj_new_float(kr_float_floordiv(lhs, r));
        case KR_BINARY_OP_MODULO:
            return kr_obj_new_float(kr_float_mod(lhs, r));
        case KR_BINARY_OP_DIVMOD: {
            if (r == 0.0) {
                kr_raise_msg(&kr_type_ZeroDivisionError, "float divmod()");
            }
            double q, m;
            float_divmod(lhs, r, &q, &m);
            kr_obj_t items[2] = { kr_obj_new_float(q), kr_obj_new_float(m) };
            return kr_obj_new_tuple(2, items);
        }
        case KR_BINARY_OP_POWER: {
            bool cplx;
            double p = kr_float_pow(lhs, r, &cplx);
#if KR_FEATURE_COMPLEX
            if (cplx) {
                double rr, ri;
                kr_complex_pow(lhs, 0.0, r, 0.0, &rr, &ri);
                return kr_obj_new_complex(rr, ri);
            }
#else
            if (cplx) {
                kr_raise_msg(&kr_type_ValueError, "math domain error");
            }
#endif
            return kr_obj_new_float(p);
        }
        default:
            return KR_OBJ_NULL;
    }
}

static kr_obj_t float_type_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    if (op == KR_BINARY_OP_CONTAINS) {
        return KR_OBJ_NULL;
    }
    if (KR_BINARY_OP_IS_REVERSE(op)) {
        op = KR_BINARY_OP_REVERSE_TO_NORMAL(op);
        if (is_float(other)) {
            return kr_obj_float_binary_op(op, kr_obj_float_get(other), self);
        }
        if (kr_obj_is_int(other)) {
            return kr_obj_float_binary_op(op, kr_obj_int_as_double(other), self);
        }
        return KR_OBJ_NULL;
    }
    return kr_obj_float_binary_op(op, kr_obj_float_get(self), other);
}

/* ---------------------------------------------------------------- hash, unary */

kr_int_t kr_obj_float_hash(double d, kr_obj_t self) {
    if (isinf(d)) {
        return d > 0 ? KR_HASH_INF : -KR_HASH_INF;
    }
    if (isnan(d)) {
        kr_uint_t v = (kr_uint_t)self;
        return (kr_int_t)((v >> 4) & (kr_uint_t)KR_HASH_MODULUS);
    }
    const int bits = KR_HASH_BITS;
    const uint64_t P = ((uint64_t)1 << bits) - 1;
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & P) | x >> (bits - 28);
        m *= 268435456.0;   /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= P) {
            x -= P;
        }
    }
    e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
    x = ((x << e) & P) | x >> (bits - e);
    kr_int_t h = (kr_int_t)x * sign;
    return h == -1 ? -2 : h;
}

static kr_obj_t float_unary_op(kr_unary_op_t op, kr_obj_t self) {
    double d = kr_obj_float_get(self);
    switch (op) {
        case KR_UNARY_OP_BOOL: return KR_OBJ_BOOL(d != 0.0);
        case KR_UNARY_OP_HASH: return KR_NEW_SMALL_INT(kr_obj_float_hash(d, self));
        case KR_UNARY_OP_POSITIVE:
        case KR_UNARY_OP_FLOAT:
            return kr_obj_is_type(self, &kr_type_float) ? self : kr_obj_new_float(d);
        case KR_UNARY_OP_NEGATIVE: return kr_obj_new_float(-d);
        case KR_UNARY_OP_ABS: return kr_obj_new_float(fabs(d));
        case KR_UNARY_OP_INT: return kr_obj_new_int_from_double(d);
        default: return KR_OBJ_NULL;
    }
}

/* ---------------------------------------------------------------- round */

kr_obj_t kr_obj_float_round(double x, kr_obj_t ndigits) {
    if (ndigits == KR_OBJ_NONE || ndigits == KR_OBJ_NULL) {
        double r = round(x);
        if (fabs(x - trunc(x)) == 0.5) {
            r = 2.0 * round(x / 2.0);
        }
        return kr_obj_new_int_from_double(r);
    }
    kr_int_t n = kr_obj_get_index(ndigits);
    if (x == 0.0 || isnan(x) || isinf(x)) {
        return kr_obj_new_float(x);
    }
    /* as CPython: beyond these every double is unchanged / rounds to zero */
    if (n > 323) {
        return kr_obj_new_float(x);
    }
    if (n < -308) {
        return kr_obj_new_float(copysign(0.0, x));
    }
    /* correctly rounded decimal digits down to the 10**-n place, read back exactly */
    char buf[KR_FLOATFMT_MAX_DIGITS + 16];
    int k;
    int nd = kr_floatfmt_digits(fabs(x), KR_FLOATFMT_FIXED, (int)n, buf, &k);
    double r = 0.0;
    if (nd > 0) {
        int el = snprintf(buf + nd, 16, "e%d", k + 1 - nd);
        r = kr_floatfmt_parse(buf, (size_t)(nd + el));
    }
    r = copysign(r, x);
    if (isinf(r)) {
        kr_raise_msg(&kr_type_OverflowError, "rounded value too large to represent");
    }
    return kr_obj_new_float(r);
}

/* ---------------------------------------------------------------- methods */

static kr_obj_t float_is_integer(kr_obj_t self) {
    double d = kr_obj_float_get(self);
    return KR_OBJ_BOOL(isfinite(d) && d == floor(d));
}
static KR_DEFINE_FUN_1(float_is_integer_obj, float_is_integer);

static kr_obj_t float_as_integer_ratio(kr_obj_t self) {
    double d = kr_obj_float_get(self);
    if (isinf(d)) {
        kr_raise_msg(&kr_type_OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(d)) {
        kr_raise_msg(&kr_type_ValueError, "cannot convert NaN to integer ratio");
    }
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    kr_obj_t num = kr_obj_new_int_from_double(m);
    kr_obj_t den = KR_NEW_SMALL_INT(1);
    kr_obj_t sh = KR_NEW_SMALL_INT(e < 0 ? -e : e);
    if (e > 0) {
        num = kr_obj_int_binary_op(KR_BINARY_OP_LSHIFT, num, sh);
    } else {
        den = kr_obj_int_binary_op(KR_BINARY_OP_LSHIFT, den, sh);
    }
    kr_obj_t items[2] = { num, den };
    return kr_obj_new_tuple(2, items);
}
static KR_DEFINE_FUN_1(float_as_integer_ratio_obj, float_as_integer_ratio);

static kr_obj_t float_hex(kr_obj_t self) {
    double d = kr_obj_float_get(self);
    kr_vstr_t v;
    kr_vstr_init(&v, 32);
    if (isnan(d) || isinf(d)) {
        kr_float_repr(&v, d);
    } else if (d == 0.0) {
        kr_vstr_add_str(&v, signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
    } else {
        int e;
        double m = frexp(fabs(d), &e);   /* [0.5, 1) */
        int lead = 1;
        e -= 1;
        m *= 2.0;                         /* [1, 2) */
        if (e < -1022) {
            /* subnormal: 0x0.xxx p-1022 */
            m = ldexp(m, e + 1022);
            e = -1022;
            lead = 0;
        }
        m -= lead;
        unsigned long long frac = (unsigned long long)ldexp(m, 52);
        kr_vstr_printf(&v, "%s0x%d.%013llxp%c%d", signbit(d) ? "-" : "", lead, frac, e < 0 ? '-' : '+', e < 0 ? -e : e);
    }
    return kr_obj_new_str_from_vstr(&v);
}
static KR_DEFINE_FUN_1(float_hex_obj, float_hex);

static kr_obj_t float_fromhex(kr_obj_t cls, kr_obj_t arg) {
    size_t n;
    const char *s = kr_obj_str_get_data(arg, &n);
    const char *p = s, *e = s + n;
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
    size_t len = (size_t)(e - p);
    double r;
    if (ieq(p, len, "inf") || ieq(p, len, "infinity")) {
        r = INFINITY;
    } else if (ieq(p, len, "nan")) {
        r = NAN;
    } else {
        if (len >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') {
            p += 2;
        }
        /* hexdigits [. hexdigits] [p [sign] digits]: the first 15 significant digits
         * kept in m, any nonzero digit after them is `sticky` */
        uint64_t m = 0;
        long e2 = 0, pexp = 0;
        int nd = 0, kept = 0;
        bool dot = false, sticky = false;
        const char *q = p;
        for (; q < e; q++) {
            char c = *q;
            int dv;
            if (c >= '0' && c <= '9') {
                dv = c - '0';
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
                dv = (c | 0x20) - 'a' + 10;
            } else if (c == '.' && !dot) {
                dot = true;
                continue;
            } else {
                break;
            }
            nd++;
            if (dot) {
                e2 -= 4;
            }
            if (kept < 15 && (m != 0 || dv != 0)) {
                m = m << 4 | (uint64_t)dv;
                kept++;
            } else if (kept >= 15) {
                e2 += 4;
                sticky |= dv != 0;
            }
        }
        bool ok = nd > 0;
        if (ok && q < e && (*q | 0x20) == 'p') {
            q++;
            bool eneg = q < e && *q == '-';
            if (q < e && (*q == '+' || *q == '-')) {
                q++;
            }
            int ed = 0;
            for (; q < e && *q >= '0' && *q <= '9'; q++, ed++) {
                if (pexp < 100000000L) {
                    pexp = pexp * 10 + (*q - '0');
                }
            }
            ok = ed > 0;
            e2 += eneg ? -pexp : pexp;
        }
        if (!ok || q != e) {
            kr_raise_msg(&kr_type_ValueError, "invalid hexadecimal floating-point string");
        }
        r = kr_floatfmt_from_bits(m, e2, sticky);
        if (isinf(r)) {
            kr_raise_msg(&kr_type_OverflowError, "hexadecimal value too large to represent as a float");
        }
    }
    kr_obj_t res = kr_obj_new_float(neg ? -r : r);
    if (cls != KR_OBJ_FROM_PTR(&kr_type_float)) {
        return kr_call1(cls, res);
    }
    return res;
}
static KR_DEFINE_FUN_2(float_fromhex_fun_obj, float_fromhex);
static KR_DEFINE_CONST_CLASSMETHOD(float_fromhex_obj, &float_fromhex_fun_obj);

static kr_obj_t float_self(kr_obj_t self) {
    return kr_obj_is_type(self, &kr_type_float) ? self : kr_obj_new_float(kr_obj_float_get(self));
}
static KR_DEFINE_FUN_1(float_self_obj, float_self);

static kr_obj_t float_round_m(size_t n_args, const kr_obj_t *args) {
    return kr_obj_float_round(kr_obj_float_get(args[0]), n_args > 1 ? args[1] : KR_OBJ_NONE);
}
static KR_DEFINE_FUN_VAR(float_round_obj, 1, 2, float_round_m);

static kr_obj_t float_trunc_m(kr_obj_t self) {
    return kr_obj_new_int_from_double(kr_obj_float_get(self));
}
static KR_DEFINE_FUN_1(float_trunc_obj, float_trunc_m);

static kr_obj_t float_floor_m(kr_obj_t self) {
    return kr_obj_new_int_from_double(floor(kr_obj_float_get(self)));
}
static KR_DEFINE_FUN_1(float_floor_obj, float_floor_m);

static kr_obj_t float_ceil_m(kr_obj_t self) {
    return kr_obj_new_int_from_double(ceil(kr_obj_float_get(self)));
}
static KR_DEFINE_FUN_1(float_ceil_obj, float_ceil_m);

static kr_obj_t float_format_m(kr_obj_t self, kr_obj_t spec) {
    return kr_obj_format(float_self(self), spec);
}
static KR_DEFINE_FUN_2(float_format_obj, float_format_m);

static kr_obj_t float_hash_m(kr_obj_t self) {
    return KR_NEW_SMALL_INT(kr_obj_float_hash(kr_obj_float_get(self), self));
}
static KR_DEFINE_FUN_1(float_hash_obj, float_hash_m);

static const kr_map_elem_t float_locals_table[] = {
    { KR_ROM_QSTR(__ceil__), KR_ROM_PTR(&float_ceil_obj) },
    { KR_ROM_QSTR(__float__), KR_ROM_PTR(&float_self_obj) },
    { KR_ROM_QSTR(__floor__), KR_ROM_PTR(&float_floor_obj) },
    { KR_ROM_QSTR(__format__), KR_ROM_PTR(&float_format_obj) },
    { KR_ROM_QSTR(__hash__), KR_ROM_PTR(&float_hash_obj) },
    { KR_ROM_QSTR(__int__), KR_ROM_PTR(&float_trunc_obj) },
    { KR_ROM_QSTR(__round__), KR_ROM_PTR(&float_round_obj) },
    { KR_ROM_QSTR(__trunc__), KR_ROM_PTR(&float_trunc_obj) },
    { KR_ROM_QSTR(as_integer_ratio), KR_ROM_PTR(&float_as_integer_ratio_obj) },
    { KR_ROM_QSTR(conjugate), KR_ROM_PTR(&float_self_obj) },
    { KR_ROM_QSTR(fromhex), KR_ROM_PTR(&float_fromhex_obj) },
    { KR_ROM_QSTR(hex), KR_ROM_PTR(&float_hex_obj) },
    { KR_ROM_QSTR(is_integer), KR_ROM_PTR(&float_is_integer_obj) },
};
static KR_DEFINE_CONST_DICT(float_locals_dict, float_locals_table);

static void float_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    if (attr == KR_QSTR_real) {
        dest[0] = float_self(self);
    } else if (attr == KR_QSTR_imag) {
        dest[0] = kr_obj_new_float(0.0);
    }
}

const kr_type_t kr_type_float = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_float,
    .print = float_print,
    .make_new = float_make_new,
    .unary_op = float_unary_op,
    .binary_op = float_type_binary_op,
    .attr = float_attr,
    .locals_dict = &float_locals_dict,
};

#endif /* KR_FEATURE_FLOAT */
