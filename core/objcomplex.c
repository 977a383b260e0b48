/* objcomplex.c: the complex type: construction (also from strings), arithmetic, repr. */
#include <string.h>
#include <math.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objint.h"
#include "objfloat.h"
#include "unichar.h"

#if KR_FEATURE_FLOAT && KR_FEATURE_COMPLEX

typedef struct _kr_obj_complex_t {
    kr_obj_base_t base;
    double real;
    double imag;
} kr_obj_complex_t;

kr_obj_t kr_obj_new_complex(double real, double imag) {
    kr_obj_complex_t *o = kr_gc_alloc(sizeof(kr_obj_complex_t), KR_GC_FLAG_ATOMIC);
    o->base.type = &kr_type_complex;
    o->real = real;
    o->imag = imag;
    return KR_OBJ_FROM_PTR(o);
}

void kr_obj_complex_get(kr_obj_t o, double *real, double *imag) {
    if (kr_obj_is_instance(o, &kr_type_complex)) {
        kr_obj_complex_t *c = KR_OBJ_TO_PTR(o);
        *real = c->real;
        *imag = c->imag;
    } else {
        *real = kr_obj_get_float(o);
        *imag = 0.0;
    }
}

/* ---------------------------------------------------------------- repr */

/* repr of one part without a trailing ".0" */
static void part_repr(kr_vstr_t *v, double d, bool force_sign) {
    if (force_sign && (isnan(d) || !signbit(d))) {
        kr_vstr_add_byte(v, '+');
    }
    size_t start = v->len;
    kr_float_repr(v, d);
    if (v->len - start >= 2 && v->buf[v->len - 2] == '.' && v->buf[v->len - 1] == '0') {
        v->len -= 2;
    }
}

void kr_complex_repr(kr_vstr_t *v, double re, double im) {
    if (re == 0.0 && !signbit(re)) {
        part_repr(v, im, false);
        kr_vstr_add_byte(v, 'j');
        return;
    }
    kr_vstr_add_byte(v, '(');
    part_repr(v, re, false);
    part_repr(v, im, true);
    kr_vstr_add_strn(v, "j)", 2);
}

static void complex_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_obj_complex_t *c = KR_OBJ_TO_PTR(self);
    kr_vstr_t v;
    kr_vstr_init(&v, 32);
    kr_complex_repr(&v, c->real, c->imag);
    kr_print_strn(p, v.buf, v.len);
    kr_vstr_clear(&v);
}

/* ---------------------------------------------------------------- parsing */

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* End of the longest float-looking prefix (no sign) of [p, e). */
static const char *scan_float(const char *p, const char *e) {
    const char *q = p;
    static const char *const words[] = { "infinity", "inf", "nan" };
    for (int w = 0; w < 3; w++) {
        size_t n = strlen(words[w]);
        if ((size_t)(e - p) >= n) {
            size_t i = 0;
            while (i < n && (p[i] | 0x20) == words[w][i]) {
                i++;
            }
            if (i == n) {
                return p + n;
            }
        }
    }
    while (q < e && ((*q >= '0' && *q <= '9') || *q == '_' || *q == '.')) {
        q++;
    }
    if (q > p && q < e && (*q == 'e' || *q == 'E')) {
        const char *r = q + 1;
        if (r < e && (*r == '+' || *r == '-')) {
            r++;
        }
        if (r < e && *r >= '0' && *r <= '9') {
            while (r < e && ((*r >= '0' && *r <= '9') || *r == '_')) {
                r++;
            }
            q = r;
        }
    }
    return q;
}

static bool parse_part(const char *p, const char *e, double *out) {
    return kr_float_parse(p, (size_t)(e - p), out);
}

static bool complex_parse(const char *s, size_t len, double *re, double *im) {
    const char *p = s, *e = s + len;
    while (p < e && is_space(*p)) {
        p++;
    }
    while (e > p && is_space(e[-1])) {
        e--;
    }
    if (p < e && *p == '(') {
        if (e[-1] != ')') {
            return false;
        }
        p++;
        e--;
        while (p < e && is_space(*p)) {
            p++;
        }
        while (e > p && is_space(e[-1])) {
            e--;
        }
    }
    if (p == e) {
        return false;
    }
    /* first number (with optional sign) */
    const char *a = p;
    if (p < e && (*p == '+' || *p == '-')) {
        p++;
    }
    const char *a_end = scan_float(p, e);
    bool have_a = a_end > p;
    if (a_end == e) {
        *im = 0.0;
        return have_a && parse_part(a, a_end, re);
    }
    if ((*a_end == 'j' || *a_end == 'J') && a_end + 1 == e) {
        *re = 0.0;
        if (!have_a) {
            *im = (*a == '-') ? -1.0 : 1.0;
            return a_end == a || a_end == a + 1;
        }
        return parse_part(a, a_end, im);
    }
    if (!have_a || (*a_end != '+' && *a_end != '-')) {
        return false;
    }
    if (!parse_part(a, a_end, re)) {
        return false;
    }
    const char *b = a_end;
    const char *b_end = scan_float(b + 1, e);
    if (b_end == e || (*b_end != 'j' && *b_end != 'J') || b_end + 1 != e) {
        return false;
    }
    if (b_end == b + 1) {
        *im = *b == '-' ? -1.0 : 1.0;
        return true;
    }
    return parse_part(b, b_end, im);
}

/* ---------------------------------------------------------------- constructor */

/* A number's parts; first: complex()'s first argument, which may also have __complex__. */
static void get_parts(kr_obj_t o, double *re, double *im, bool *ok, bool first) {
    *ok = true;
    if (kr_obj_is_instance(o, &kr_type_complex)) {
        kr_obj_complex_get(o, re, im);
        return;
    }
    if (first && KR_IS_OBJ(o) && (KR_OBJ_TYPE(o)->flags & KR_TYPE_FLAG_HEAP)) {
        kr_obj_t m[2];
        kr_load_method_maybe(o, KR_QSTR___complex__, m);
        if (m[0] != KR_OBJ_NULL) {
            kr_obj_t c = kr_call_method_n_kw(0, 0, m);
            if (!kr_obj_is_instance(c, &kr_type_complex)) {
                kr_raise_fmt(&kr_type_TypeError, "__complex__ returned non-complex (type %s)", kr_obj_type_name(c));
            }
            kr_obj_complex_get(c, re, im);
            return;
        }
    }
    double d;
    if (kr_obj_is_int(o)) {
        *re = kr_obj_int_as_double(o);
        *im = 0.0;
        return;
    }
    if (kr_obj_get_float_maybe(o, &d)) {
        *re = d;
        *im = 0.0;
        return;
    }
    *ok = false;
}

static kr_obj_t complex_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_obj_t a = KR_OBJ_NULL, b = KR_OBJ_NULL;
    if (n_args > 2) {
        kr_raise_fmt(&kr_type_TypeError, "complex() takes at most 2 arguments (%u given)", (unsigned)n_args);
    }
    if (n_args >= 1) {
        a = args[0];
    }
    if (n_args >= 2) {
        b = args[1];
    }
    for (size_t i = 0; i < n_kw; i++) {
        kr_obj_t k = args[n_args + 2 * i];
        if (k == KR_ROM_QSTR(real)) {
            a = args[n_args + 2 * i + 1];
        } else if (k == KR_ROM_QSTR(imag)) {
            b = args[n_args + 2 * i + 1];
        } else {
            kr_raise_msg(&kr_type_TypeError, "complex() got an unexpected keyword argument");
        }
    }
    if (a == KR_OBJ_NULL && b == KR_OBJ_NULL) {
        return kr_obj_new_complex(0.0, 0.0);
    }
    if (a != KR_OBJ_NULL && kr_obj_is_str(a)) {
        if (b != KR_OBJ_NULL) {
            kr_raise_msg(&kr_type_TypeError, "complex() can't take second arg if first is a string");
        }
        size_t n, m;
        const char *s = kr_obj_str_get_data(a, &n);
        /* as CPython: Unicode digits/spaces to ASCII, then underscores (only between
         * digits) removed, then the number parsed */
        char *t = kr_unichar_number_ascii(s, n, &m);
        if (t == NULL) {
            t = (char *)s;
            m = n;
        }
        if (memchr(t, '_', m) != NULL) {
            char *u = kr_gc_alloc(m, KR_GC_FLAG_ATOMIC);
            size_t k = 0;
            char prev = 0;
            for (size_t i = 0; i < m; i++) {
                char c = t[i];
                bool digit = c >= '0' && c <= '9';
                if (c == '_' ? !(prev >= '0' && prev <= '9') : (prev == '_' && !digit)) {
                    kr_float_raise_bad_text("complex", s, n, false);
                }
                if (c != '_') {
                    u[k++] = c;
                }
                prev = c;
            }
            if (prev == '_') {
                kr_float_raise_bad_text("complex", s, n, false);
            }
            t = u;
            m = k;
        }
        double re, im;
        if (!complex_parse(t, m, &re, &im)) {
            kr_raise_msg(&kr_type_ValueError, "complex() arg is a malformed string");
        }
        return kr_obj_new_complex(re, im);
    }
    if (b != KR_OBJ_NULL && kr_obj_is_str(b)) {
        kr_raise_msg(&kr_type_TypeError, "complex() second arg can't be a string");
    }
    double ar = 0.0, ai = 0.0, br = 0.0, bi = 0.0;
    bool ok, a_complex = false;
    if (a != KR_OBJ_NULL) {
        get_parts(a, &ar, &ai, &ok, true);
        a_complex = ok && !kr_obj_is_int(a) && !kr_obj_is_instance(a, &kr_type_float);
        if (!ok) {
            kr_raise_fmt(&kr_type_TypeError, "complex() first argument must be a string or a number, not '%s'",
                         kr_obj_type_name(a));
        }
    }
    if (b == KR_OBJ_NULL) {
        return kr_obj_new_complex(ar, ai);
    }
    get_parts(b, &br, &bi, &ok, false);
    if (!ok) {
        kr_raise_fmt(&kr_type_TypeError, "complex() second argument must be a number, not '%s'",
                     kr_obj_type_name(b));
    }
    /* real = a.real - b.imag (if b is complex); imag = b.real + a.imag (if a is complex or has
     * __complex__): adding a 0.0 would lose the sign of a -0.0 */
    if (kr_obj_is_instance(b, &kr_type_complex)) {
        ar -= bi;
    }
    if (a != KR_OBJ_NULL && a_complex) {
        br += ai;
    }
    return kr_obj_new_complex(ar, br);
}

/* ---------------------------------------------------------------- arithmetic */

static void c_quot(double ar, double ai, double br, double bi, double *rr, double *ri) {
    double abr = fabs(br), abi = fabs(bi);
    if (abr >= abi) {
        if (abr == 0.0) {
            kr_raise_msg(&kr_type_ZeroDivisionError, "complex division by zero");
        }
        double ratio = bi / br;
        double denom = br + bi * ratio;
        *rr = (ar + ai * ratio) / denom;
        *ri = (ai - ar * ratio) / denom;
    } else if (abi >= abr) {
        double ratio = br / bi;
        double denom = br * ratio + bi;
        *rr = (ar * ratio + ai) / denom;
        *ri = (ai * ratio - ar) / denom;
    } else {
        *rr = *ri = NAN;
    }
}

static void c_powu(double xr, double xi, long n, double *rr, double *ri) {
    double r_r = 1.0, r_i = 0.0, pr = xr, pi = xi;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) {
            double t = r_r * pr - r_i * pi;
            r_i = r_r * pi + r_i * pr;
            r_r = t;
        }
        mask <<= 1;
        double t = pr * pr - pi * pi;
        pi = 2.0 * pr * pi;
        pr = t;
    }
    *rr = r_r;
    *ri = r_i;
}

void kr_complex_pow(double ar, double ai, double br, double bi, double *rr, double *ri) {
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        long n = (long)br;
        if (n >= 0) {
            c_powu(ar, ai, n, rr, ri);
        } else {
            if (ar == 0.0 && ai == 0.0) {
                kr_raise_msg(&kr_type_ZeroDivisionError, "0.0 to a negative or complex power");
            }
            double pr, pi;
            c_powu(ar, ai, -n, &pr, &pi);
            c_quot(1.0, 0.0, pr, pi, rr, ri);
        }
        return;
    }
    if (br == 0.0 && bi == 0.0) {
        *rr = 1.0;
        *ri = 0.0;
        return;
    }
    if (ar == 0.0 && ai == 0.0) {
        if (bi != 0.0 || br < 0.0) {
            kr_raise_msg(&kr_type_ZeroDivisionError, "0.0 to a negative or complex power");
        }
        *rr = *ri = 0.0;
        return;
    }
    double vabs = hypot(ar, ai);
    double len = pow(vabs, br);
    double at = atan2(ai, ar);
    double phase = at * br;
    if (bi != 0.0) {
        len /= exp(at * bi);
        phase += bi * log(vabs);
    }
    *rr = len * cos(phase);
    *ri = len * sin(phase);
    if (isinf(*rr) || isinf(*ri)) {
        kr_raise_msg(&kr_type_OverflowError, "complex exponentiation");
    }
}

kr_obj_t kr_obj_complex_binary_op(kr_binary_op_t op, double ar, double ai, kr_obj_t rhs) {
    if (KR_BINARY_OP_IS_INPLACE(op)) {
        op = KR_BINARY_OP_INPLACE_TO_NORMAL(op);
    }
    double br, bi;
    if (kr_obj_is_type(rhs, &kr_type_complex)) {
        kr_obj_complex_get(rhs, &br, &bi);
    } else if (kr_obj_is_int(rhs)) {
        if (op == KR_BINARY_OP_EQUAL || op == KR_BINARY_OP_NOT_EQUAL) {
            bool eq = ai == 0.0 && !isnan(ar) && kr_obj_int_cmp_double(rhs, ar) == 0;
            return KR_OBJ_BOOL(eq == (op == KR_BINARY_OP_EQUAL));
        }
        br = kr_obj_int_as_double(rhs);
        bi = 0.0;
    } else if (kr_obj_is_instance(rhs, &kr_type_float)) {
        br = kr_obj_float_get(rhs);
        bi = 0.0;
    } else {
        return KR_OBJ_NULL;
    }
    double rr, ri;
    switch (op) {
        case KR_BINARY_OP_EQUAL: return KR_OBJ_BOOL(ar == br && ai == bi);
        case KR_BINARY_OP_NOT_EQUAL: return KR_OBJ_BOOL(!(ar == br && ai == bi));
        case KR_BINARY_OP_ADD: return kr_obj_new_complex(ar + br, ai + bi);
        case KR_BINARY_OP_SUBTRACT: return kr_obj_new_complex(ar - br, ai - bi);
        case KR_BINARY_OP_MULTIPLY: return kr_obj_new_complex(ar * br - ai * bi, ar * bi + ai * br);
        case KR_BINARY_OP_TRUE_DIVIDE:
            c_quot(ar, ai, br, bi, &rr, &ri);
            return kr_obj_new_complex(rr, ri);
        case KR_BINARY_OP_POWER:
            kr_complex_pow(ar, ai, br, bi, &rr, &ri);
            return kr_obj_new_complex(rr, ri);
        default:
            return KR_OBJ_NULL;
    }
}

static kr_obj_t complex_type_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    if (op == KR_BINARY_OP_CONTAINS) {
        return KR_OBJ_NULL;
    }
    double sr, si;
    kr_obj_complex_get(self, &sr, &si);
    if (KR_BINARY_OP_IS_REVERSE(op)) {
        op = KR_BINARY_OP_REVERSE_TO_NORMAL(op);
        double or_, oi;
        bool ok;
        get_parts(other, &or_, &oi, &ok, false);
        if (!ok) {
            return KR_OBJ_NULL;
        }
        return kr_obj_complex_binary_op(op, or_, oi, self);
    }
    return kr_obj_complex_binary_op(op, sr, si, other);
}

static kr_obj_t complex_unary_op(kr_unary_op_t op, kr_obj_t self) {
    kr_obj_complex_t *c = KR_OBJ_TO_PTR(self);
    switch (op) {
        case KR_UNARY_OP_BOOL: return KR_OBJ_BOOL(c->real != 0.0 || c->imag != 0.0);
        case KR_UNARY_OP_HASH: {
            kr_uint_t hr = (kr_uint_t)kr_obj_float_hash(c->real, self);
            kr_uint_t hi = (kr_uint_t)kr_obj_float_hash(c->imag, self);
            kr_int_t h = (kr_int_t)(hr + 1000003u * hi);
            if (!KR_SMALL_INT_FITS(h)) {
                h = (kr_int_t)((kr_uint_t)h & (kr_uint_t)KR_SMALL_INT_MAX);
            }
            return KR_NEW_SMALL_INT(h == -1 ? -2 : h);
        }
        case KR_UNARY_OP_POSITIVE: return self;
        case KR_UNARY_OP_NEGATIVE: return kr_obj_new_complex(-c->real, -c->imag);
        case KR_UNARY_OP_ABS: {
            double r = hypot(c->real, c->imag);
            if (isinf(r) && isfinite(c->real) && isfinite(c->imag)) {
                kr_raise_msg(&kr_type_OverflowError, "absolute value too large");
            }
            return kr_obj_new_float(r);
        }
        default: return KR_OBJ_NULL;
    }
}

static kr_obj_t complex_conjugate(kr_obj_t self) {
    kr_obj_complex_t *c = KR_OBJ_TO_PTR(self);
    return kr_obj_new_complex(c->real, -c->imag);
}
static KR_DEFINE_FUN_1(complex_conjugate_obj, complex_conjugate);

static const kr_map_elem_t complex_locals_table[] = {
    { KR_ROM_QSTR(conjugate), KR_ROM_PTR(&complex_conjugate_obj) },
};
static KR_DEFINE_CONST_DICT(complex_locals_dict, complex_locals_table);

static void complex_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    kr_obj_complex_t *c = KR_OBJ_TO_PTR(self);
    if (attr == KR_QSTR_real) {
        dest[0] = kr_obj_new_float(c->real);
    } else if (attr == KR_QSTR_imag) {
        dest[0] = kr_obj_new_float(c->imag);
    }
}

const kr_type_t kr_type_complex = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_complex,
    .print = complex_print,
    .make_new = complex_make_new,
    .unary_op = complex_unary_op,
    .binary_op = complex_type_binary_op,
    .attr = complex_attr,
    .locals_dict = &complex_locals_dict,
};

#endif /* KR_FEATURE_FLOAT && KR_FEATURE_COMPLEX */
