/* modmath.c: the math module (float functions with CPython's error rules, exact integer functions). */
#include <math.h>
#include <float.h>
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objint.h"
#include "objfloat.h"
#include "modmath.h"

#if KR_MODULE_MATH

/* ---------------------------------------------------------------- argument helpers */

static double arg_double(kr_obj_t o) {
    double d;
    if (KR_IS_SMALL_INT(o)) {
        return (double)KR_SMALL_INT_VALUE(o);
    }
    if (kr_obj_is_int(o)) {
        return kr_obj_int_as_double(o);
    }
    if (kr_obj_get_float_maybe(o, &d)) {
        return d;
    }
    kr_raise_fmt(&kr_type_TypeError, "must be real number, not %s", kr_obj_type_name(o));
}

static kr_obj_t arg_int(kr_obj_t o) {
    if (kr_obj_is_int(o)) {
        return kr_unary_op(KR_UNARY_OP_INDEX, o);
    }
    const kr_type_t *t = kr_obj_get_type(o);
    if (KR_IS_OBJ(o) && t->unary_op != NULL && !kr_obj_is_instance(o, &kr_type_float)) {
        kr_obj_t r = t->unary_op(KR_UNARY_OP_INDEX, o);
        if (r != KR_OBJ_NULL && kr_obj_is_int(r)) {
            return r;
        }
    }
    kr_raise_fmt(&kr_type_TypeError, "'%s' object cannot be interpreted as an integer", kr_obj_type_name(o));
}

_Noreturn static void domain_error(void) {
    kr_raise_msg(&kr_type_ValueError, "math domain error");
}

_Noreturn static void range_error(void) {
    kr_raise_msg(&kr_type_OverflowError, "math range error");
}

/* CPython's math_1 rules: NaN from non-NaN -> domain error; inf from finite ->
 * range error if the function can overflow, else domain error. */
static kr_obj_t math_1(kr_obj_t arg, double (*f)(double), bool can_overflow) {
    double x = arg_double(arg);
    double r = f(x);
    if (isnan(r) && !isnan(x)) {
        domain_error();
    }
    if (isinf(r) && isfinite(x)) {
        if (can_overflow) {
            range_error();
        }
        domain_error();
    }
    return kr_obj_new_float(r);
}

static kr_obj_t new_float(double d) {
    return kr_obj_new_float(d);
}

#define MATH_FUN_1(name, fn, ovf) \
    static kr_obj_t math_##name(kr_obj_t x) { return math_1(x, fn, ovf); } \
    static KR_DEFINE_FUN_1(math_##name##_obj, math_##name);

static double d_degrees(double x) {
    return x * (180.0 / M_PI);
}
static double d_radians(double x) {
    return x * (M_PI / 180.0);
}

MATH_FUN_1(sqrt, sqrt, false)
MATH_FUN_1(exp, exp, true)
MATH_FUN_1(exp2, exp2, true)
MATH_FUN_1(expm1, expm1, true)
MATH_FUN_1(log1p, log1p, false)
MATH_FUN_1(cos, cos, false)
MATH_FUN_1(sin, sin, false)
MATH_FUN_1(tan, tan, false)
MATH_FUN_1(acos, acos, false)
MATH_FUN_1(asin, asin, false)
MATH_FUN_1(atan, atan, false)
MATH_FUN_1(cosh, cosh, true)
MATH_FUN_1(sinh, sinh, true)
MATH_FUN_1(tanh, tanh, false)
MATH_FUN_1(acosh, acosh, false)
MATH_FUN_1(asinh, asinh, false)
MATH_FUN_1(atanh, atanh, false)
MATH_FUN_1(erf, erf, false)
MATH_FUN_1(erfc, erfc, false)
MATH_FUN_1(fabs, fabs, false)
MATH_FUN_1(cbrt, cbrt, false)
MATH_FUN_1(degrees, d_degrees, true)
MATH_FUN_1(radians, d_radians, false)

static kr_obj_t math_gamma(kr_obj_t arg) {
    double x = arg_double(arg);
    if (x <= 0.0 && x == floor(x)) {
        domain_error();
    }
    if (isnan(x)) {
        return new_float(x);
    }
    if (isinf(x)) {
        if (x < 0) {
            domain_error();
        }
        return new_float(x);
    }
    double r = tgamma(x);
    if (isinf(r)) {
        range_error();
    }
    return new_float(r);
}
static KR_DEFINE_FUN_1(math_gamma_obj, math_gamma);

static kr_obj_t math_lgamma(kr_obj_t arg) {
    double x = arg_double(arg);
    if (isinf(x)) {
        return new_float(INFINITY);
    }
    if (x <= 0.0 && x == floor(x)) {
        domain_error();
    }
    double r = lgamma(x);
    if (isinf(r) && isfinite(x)) {
        range_error();
    }
    return new_float(r);
}
static KR_DEFINE_FUN_1(math_lgamma_obj, math_lgamma);

/* log of any positive number, incl. ints too big for a double (as CPython: via frexp) */
static double log_any(kr_obj_t o, double (*f)(double)) {
    if (kr_obj_is_int(o)) {
        if (kr_obj_int_sign(o) <= 0) {
            domain_error();
        }
        if (kr_obj_int_is_big(o)) {
            kr_mpz_t t;
            kr_mpz_dig_t b[2];
            const kr_mpz_t *z = kr_obj_int_get_mpz(o, &t, b);
            double d;
            if (!kr_mpz_get_double(z, &d)) {
                long e;
                double m = kr_mpz_frexp(z, &e);
                return f(m) + f(2.0) * (double)e;
            }
            return f(d);
        }
    }
    double x = arg_double(o);
    if (isnan(x)) {
        return x;
    }
    if (x <= 0.0) {
        domain_error();
    }
    return f(x);
}

static kr_obj_t math_log(size_t n_args, const kr_obj_t *args) {
    double r = log_any(args[0], log);
    if (n_args > 1) {
        double b = log_any(args[1], log);
        if (b == 0.0) {
            kr_raise_msg(&kr_type_ZeroDivisionError, "float division by zero");
        }
        r /= b;
    }
    return new_float(r);
}
static KR_DEFINE_FUN_VAR(math_log_obj, 1, 2, math_log);

static kr_obj_t math_log2(kr_obj_t x) {
    return new_float(log_any(x, log2));
}
static KR_DEFINE_FUN_1(math_log2_obj, math_log2);

static kr_obj_t math_log10(kr_obj_t x) {
    return new_float(log_any(x, log10));
}
static KR_DEFINE_FUN_1(math_log10_obj, math_log10);

static kr_obj_t math_pow(kr_obj_t a, kr_obj_t b) {
    double x = arg_double(a), y = arg_double(b);
    double r;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else {
            r = pow(x, y);   /* infinities: C99 semantics match CPython */
        }
        return new_float(r);
    }
    if (x == 0.0 && y < 0.0) {
        domain_error();
    }
    if (x < 0.0 && y != floor(y)) {
        domain_error();
    }
    r = pow(x, y);
    if (isinf(r)) {
        range_error();
    }
    return new_float(r);
}
static KR_DEFINE_FUN_2(math_pow_obj, math_pow);

static kr_obj_t math_atan2(kr_obj_t a, kr_obj_t b) {
    return new_float(atan2(arg_double(a), arg_double(b)));
}
static KR_DEFINE_FUN_2(math_atan2_obj, math_atan2);

static kr_obj_t math_fmod(kr_obj_t a, kr_obj_t b) {
    double x = arg_double(a), y = arg_double(b);
    if (isinf(y) && isfinite(x)) {
        return new_float(x);
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        domain_error();
    }
    return new_float(r);
}
static KR_DEFINE_FUN_2(math_fmod_obj, math_fmod);

static kr_obj_t math_remainder(kr_obj_t a, kr_obj_t b) {
    double x = arg_double(a), y = arg_double(b);
    double r = remainder(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        domain_error();
    }
    return new_float(r);
}
static KR_DEFINE_FUN_2(math_remainder_obj, math_remainder);

static kr_obj_t math_copysign(kr_obj_t a, kr_obj_t b) {
    return new_float(copysign(arg_double(a), arg_double(b)));
}
static KR_DEFINE_FUN_2(math_copysign_obj, math_copysign);

static kr_obj_t math_nextafter(kr_obj_t a, kr_obj_t b) {
    return new_float(nextafter(arg_double(a), arg_double(b)));
}
static KR_DEFINE_FUN_2(math_nextafter_obj, math_nextafter);

static kr_obj_t math_ulp(kr_obj_t a) {
    double x = fabs(arg_double(a));
    if (isnan(x) || isinf(x)) {
        return new_float(x);
    }
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return new_float(x - x2);
    }
    return new_float(x2 - x);
}
static KR_DEFINE_FUN_1(math_ulp_obj, math_ulp);

static kr_obj_t math_isfinite(kr_obj_t a) {
    return KR_OBJ_BOOL(isfinite(arg_double(a)));
}
static KR_DEFINE_FUN_1(math_isfinite_obj, math_isfinite);

static kr_obj_t math_isinf(kr_obj_t a) {
    return KR_OBJ_BOOL(isinf(arg_double(a)));
}
static KR_DEFINE_FUN_1(math_isinf_obj, math_isinf);

static kr_obj_t math_isnan(kr_obj_t a) {
    return KR_OBJ_BOOL(isnan(arg_double(a)));
}
static KR_DEFINE_FUN_1(math_isnan_obj, math_isnan);

static kr_obj_t math_isclose(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_a, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_b, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_rel_tol, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_abs_tol, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_NULL} },
    };
    kr_arg_val_t v[4];
    kr_arg_parse_all(n_args, args, kw, 4, allowed, v);
    double a = arg_double(v[0].u_obj), b = arg_double(v[1].u_obj);
    double rel = v[2].u_obj == KR_OBJ_NULL ? 1e-9 : arg_double(v[2].u_obj);
    double abs_tol = v[3].u_obj == KR_OBJ_NULL ? 0.0 : arg_double(v[3].u_obj);
    if (rel < 0.0 || abs_tol < 0.0) {
        kr_raise_msg(&kr_type_ValueError, "tolerances must be non-negative");
    }
    if (a == b) {
        return KR_OBJ_TRUE;
    }
    if (isinf(a) || isinf(b)) {
        return KR_OBJ_FALSE;
    }
    double diff = fabs(b - a);
    return KR_OBJ_BOOL((diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || (diff <= abs_tol));
}
static KR_DEFINE_FUN_KW(math_isclose_obj, 0, 2, math_isclose);

/* ceil/floor/trunc: ints stay, floats convert, others via __ceil__ etc. */
static kr_obj_t round_to_int(kr_obj_t x, kr_qstr_t meth, double (*f)(double)) {
    if (kr_obj_is_int(x)) {
        return kr_unary_op(KR_UNARY_OP_INT, x);
    }
    if (!kr_obj_is_instance(x, &kr_type_float)) {
        kr_obj_t dest[2];
        kr_load_method_maybe(x, meth, dest);
        if (dest[0] != KR_OBJ_NULL) {
            return kr_call_method_n_kw(0, 0, dest);
        }
        if (meth == KR_QSTR___trunc__) {
            kr_raise_fmt(&kr_type_TypeError, "type %s doesn't define __trunc__ method", kr_obj_type_name(x));
        }
    }
    return kr_obj_new_int_from_double(f(arg_double(x)));
}

static kr_obj_t math_ceil(kr_obj_t x) {
    return round_to_int(x, KR_QSTR___ceil__, ceil);
}
static KR_DEFINE_FUN_1(math_ceil_obj, math_ceil);

static kr_obj_t math_floor(kr_obj_t x) {
    return round_to_int(x, KR_QSTR___floor__, floor);
}
static KR_DEFINE_FUN_1(math_floor_obj, math_floor);

static kr_obj_t math_trunc(kr_obj_t x) {
    return round_to_int(x, KR_QSTR___trunc__, trunc);
}
static KR_DEFINE_FUN_1(math_trunc_obj, math_trunc);

static kr_obj_t tuple2(kr_obj_t a, kr_obj_t b) {
    kr_obj_t items[2] = { a, b };
    return kr_obj_new_tuple(2, items);
}

static kr_obj_t math_modf(kr_obj_t a) {
    double x = arg_double(a);
    if (isinf(x)) {
        return tuple2(new_float(copysign(0.0, x)), new_float(x));
    }
    double ip;
    double fp = modf(x, &ip);
    return tuple2(new_float(fp), new_float(ip));
}
static KR_DEFINE_FUN_1(math_modf_obj, math_modf);

static kr_obj_t math_frexp(kr_obj_t a) {
    double x = arg_double(a);
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0.0) {
        m = frexp(x, &e);
    }
    return tuple2(new_float(m), KR_NEW_SMALL_INT(e));
}
static KR_DEFINE_FUN_1(math_frexp_obj, math_frexp);

static kr_obj_t math_ldexp(kr_obj_t a, kr_obj_t b) {
    double x = arg_double(a);
    if (!kr_obj_is_int(b)) {
        kr_raise_msg(&kr_type_TypeError, "Expected an int as second argument to ldexp.");
    }
    kr_obj_t i = arg_int(b);
    kr_int_t e;
    if (!kr_obj_int_get_checked(i, &e) || e > 100000 || e < -100000) {
        e = kr_obj_int_sign(i) > 0 ? 100000 : -100000;
    }
    if (x == 0.0 || !isfinite(x)) {
        return new_float(x);
    }
    double r = ldexp(x, (int)e);
    if (isinf(r)) {
        range_error();
    }
    return new_float(r);
}
static KR_DEFINE_FUN_2(math_ldexp_obj, math_ldexp);

/* ---------------------------------------------------------------- sums and norms */

typedef struct { double hi, lo; } dlen_t;

static dlen_t dl_mul(double x, double y) {
    dlen_t r;
    r.hi = x * y;
    r.lo = fma(x, y, -r.hi);
    return r;
}

static dlen_t dl_fast_sum(double a, double b) {
    dlen_t r;
    r.hi = a + b;
    r.lo = (a - r.hi) + b;
    return r;
}

static double vector_norm(size_t n, double *vec, double max, bool found_nan) {
    if (isinf(max)) {
        return max;
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0.0 || n <= 1) {
        return max;
    }
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (size_t i = 0; i < n; i++) {
            vec[i] /= DBL_MIN;
        }
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        dlen_t pr = dl_mul(x, x);
        dlen_t sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    dlen_t pr = dl_mul(-h, h);
    dlen_t sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static kr_obj_t norm_of(size_t n, double *vec) {
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double x = fabs(vec[i]);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    return new_float(vector_norm(n, vec, max, found_nan));
}

static kr_obj_t math_hypot(size_t n_args, const kr_obj_t *args) {
    double sbuf[16];
    double *vec = n_args <= 16 ? sbuf : kr_gc_alloc(n_args * sizeof(double), KR_GC_FLAG_ATOMIC);
    for (size_t i = 0; i < n_args; i++) {
        vec[i] = arg_double(args[i]);
    }
    return norm_of(n_args, vec);
}
static KR_DEFINE_FUN_VAR(math_hypot_obj, 0, KR_FUN_ARGS_MAX, math_hypot);

static kr_obj_t math_dist(kr_obj_t p, kr_obj_t q) {
    size_t np, nq;
    kr_obj_t *ip, *iq;
    if (!kr_obj_is_type(p, &kr_type_tuple)) {
        p = kr_obj_tuple_from_iter(p);
    }
    if (!kr_obj_is_type(q, &kr_type_tuple)) {
        q = kr_obj_tuple_from_iter(q);
    }
    kr_obj_get_array(p, &np, &ip);
    kr_obj_get_array(q, &nq, &iq);
    if (np != nq) {
        kr_raise_msg(&kr_type_ValueError, "both points must have the same number of dimensions");
    }
    double sbuf[16];
    double *vec = np <= 16 ? sbuf : kr_gc_alloc(np * sizeof(double), KR_GC_FLAG_ATOMIC);
    for (size_t i = 0; i < np; i++) {
        vec[i] = arg_double(ip[i]) - arg_double(iq[i]);
    }
    return norm_of(np, vec);
}
static KR_DEFINE_FUN_2(math_dist_obj, math_dist);

static kr_obj_t math_fsum(kr_obj_t iterable) {
    double sbuf[32];
    double *p = sbuf;
    size_t n = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    kr_obj_t it = kr_getiter(iterable);
    kr_obj_t item;
    while ((item = kr_iternext(it)) != KR_OBJ_NULL) {
        double x = arg_double(item);
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                p[i++] = lo;
            }
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    kr_raise_msg(&kr_type_OverflowError, "intermediate overflow in fsum");
                }
                if (isinf(xsave)) {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    double *np2 = kr_gc_alloc(2 * cap * sizeof(double), KR_GC_FLAG_ATOMIC);
                    memcpy(np2, p, n * sizeof(double));
                    p = np2;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) {
            kr_raise_msg(&kr_type_ValueError, "-inf + inf in fsum");
        }
        return new_float(special_sum);
    }
    double hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        double lo = 0.0;
        while (n > 0) {
            double x = hi;
            double y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) {
                break;
            }
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) {
                hi = x;
            }
        }
    }
    return new_float(hi);
}
static KR_DEFINE_FUN_1(math_fsum_obj, math_fsum);

static kr_obj_t math_prod(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_iterable, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_start, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_NEW_SMALL_INT(1)} },
    };
    kr_arg_val_t v[2];
    kr_arg_parse_all(n_args, args, kw, 2, allowed, v);
    kr_obj_t acc = v[1].u_obj;
    kr_obj_t it = kr_getiter(v[0].u_obj);
    kr_obj_t item;
    while ((item = kr_iternext(it)) != KR_OBJ_NULL) {
        acc = kr_binary_op(KR_BINARY_OP_MULTIPLY, acc, item);
    }
    return acc;
}
static KR_DEFINE_FUN_KW(math_prod_obj, 1, 1, math_prod);

/* ---------------------------------------------------------------- integer functions */

static kr_obj_t math_gcd(size_t n_args, const kr_obj_t *args) {
    kr_obj_t g = KR_NEW_SMALL_INT(0);
    for (size_t i = 0; i < n_args; i++) {
        g = kr_obj_int_gcd(g, arg_int(args[i]));
    }
    return g;
}
static KR_DEFINE_FUN_VAR(math_gcd_obj, 0, KR_FUN_ARGS_MAX, math_gcd);

static kr_obj_t math_lcm(size_t n_args, const kr_obj_t *args) {
    kr_obj_t l = KR_NEW_SMALL_INT(1);
    for (size_t i = 0; i < n_args; i++) {
        kr_obj_t x = kr_obj_int_abs(arg_int(args[i]));
        if (x == KR_NEW_SMALL_INT(0)) {
            l = x;
            continue;
        }
        if (l == KR_NEW_SMALL_INT(0)) {
            continue;
        }
        kr_obj_t g = kr_obj_int_gcd(l, x);
        l = kr_obj_int_binary_op(KR_BINARY_OP_MULTIPLY, kr_obj_int_binary_op(KR_BINARY_OP_FLOOR_DIVIDE, l, g), x);
    }
    return l;
}
static KR_DEFINE_FUN_VAR(math_lcm_obj, 0, KR_FUN_ARGS_MAX, math_lcm);

static kr_obj_t math_factorial(kr_obj_t a) {
    kr_obj_t n = arg_int(a);
    kr_int_t v;
    if (!kr_obj_int_get_checked(n, &v)) {
        if (kr_obj_int_sign(n) < 0) {
            kr_raise_msg(&kr_type_ValueError, "factorial() not defined for negative values");
        }
        kr_raise_msg(&kr_type_OverflowError, "factorial() argument should not exceed 9223372036854775807");
    }
    return kr_obj_int_factorial(v);
}
static KR_DEFINE_FUN_1(math_factorial_obj, math_factorial);

static kr_obj_t math_isqrt(kr_obj_t a) {
    return kr_obj_int_isqrt(arg_int(a));
}
static KR_DEFINE_FUN_1(math_isqrt_obj, math_isqrt);

static kr_obj_t iop(kr_binary_op_t op, kr_obj_t a, kr_obj_t b) {
    return kr_obj_int_binary_op(op, a, b);
}

/* product of the integers (lo, hi] */
static kr_obj_t range_product(kr_obj_t lo, kr_obj_t hi) {
    kr_obj_t acc = KR_NEW_SMALL_INT(1);
    kr_obj_t i = iop(KR_BINARY_OP_ADD, lo, KR_NEW_SMALL_INT(1));
    while (iop(KR_BINARY_OP_LESS_EQUAL, i, hi) == KR_OBJ_TRUE) {
        acc = iop(KR_BINARY_OP_MULTIPLY, acc, i);
        i = iop(KR_BINARY_OP_ADD, i, KR_NEW_SMALL_INT(1));
    }
    return acc;
}

static kr_obj_t math_comb(kr_obj_t na, kr_obj_t ka) {
    kr_obj_t n = arg_int(na), k = arg_int(ka);
    if (kr_obj_int_sign(n) < 0) {
        kr_raise_msg(&kr_type_ValueError, "n must be a non-negative integer");
    }
    if (kr_obj_int_sign(k) < 0) {
        kr_raise_msg(&kr_type_ValueError, "k must be a non-negative integer");
    }
    if (iop(KR_BINARY_OP_MORE, k, n) == KR_OBJ_TRUE) {
        return KR_NEW_SMALL_INT(0);
    }
    kr_obj_t nk = iop(KR_BINARY_OP_SUBTRACT, n, k);
    if (iop(KR_BINARY_OP_LESS, nk, k) == KR_OBJ_TRUE) {
        k = nk;
    }
    /* r = r * (n - k + i) / i for i = 1..k, exact at each step */
    kr_obj_t r = KR_NEW_SMALL_INT(1);
    kr_obj_t base = iop(KR_BINARY_OP_SUBTRACT, n, k);
    for (kr_obj_t i = KR_NEW_SMALL_INT(1); iop(KR_BINARY_OP_LESS_EQUAL, i, k) == KR_OBJ_TRUE;
         i = iop(KR_BINARY_OP_ADD, i, KR_NEW_SMALL_INT(1))) {
        r = iop(KR_BINARY_OP_MULTIPLY, r, iop(KR_BINARY_OP_ADD, base, i));
        r = iop(KR_BINARY_OP_FLOOR_DIVIDE, r, i);
    }
    return r;
}
static KR_DEFINE_FUN_2(math_comb_obj, math_comb);

static kr_obj_t math_perm(size_t n_args, const kr_obj_t *args) {
    kr_obj_t n = arg_int(args[0]);
    if (n_args < 2 || args[1] == KR_OBJ_NONE) {
        return math_factorial(n);
    }
    kr_obj_t k = arg_int(args[1]);
    if (kr_obj_int_sign(n) < 0) {
        kr_raise_msg(&kr_type_ValueError, "n must be a non-negative integer");
    }
    if (kr_obj_int_sign(k) < 0) {
        kr_raise_msg(&kr_type_ValueError, "k must be a non-negative integer");
    }
    if (iop(KR_BINARY_OP_MORE, k, n) == KR_OBJ_TRUE) {
        return KR_NEW_SMALL_INT(0);
    }
    return range_product(iop(KR_BINARY_OP_SUBTRACT, n, k), n);
}
static KR_DEFINE_FUN_VAR(math_perm_obj, 1, 2, math_perm);

/* ---------------------------------------------------------------- the module */

static const kr_obj_float_t math_pi_obj = {{&kr_type_float}, M_PI};
static const kr_obj_float_t math_e_obj = {{&kr_type_float}, M_E};
static const kr_obj_float_t math_tau_obj = {{&kr_type_float}, 2.0 * M_PI};
static const kr_obj_float_t math_inf_obj = {{&kr_type_float}, INFINITY};
static const kr_obj_float_t math_nan_obj = {{&kr_type_float}, NAN};

static const kr_map_elem_t math_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(math) },
    { KR_ROM_QSTR(acos), KR_ROM_PTR(&math_acos_obj) },
    { KR_ROM_QSTR(acosh), KR_ROM_PTR(&math_acosh_obj) },
    { KR_ROM_QSTR(asin), KR_ROM_PTR(&math_asin_obj) },
    { KR_ROM_QSTR(asinh), KR_ROM_PTR(&math_asinh_obj) },
    { KR_ROM_QSTR(atan), KR_ROM_PTR(&math_atan_obj) },
    { KR_ROM_QSTR(atan2), KR_ROM_PTR(&math_atan2_obj) },
    { KR_ROM_QSTR(atanh), KR_ROM_PTR(&math_atanh_obj) },
    { KR_ROM_QSTR(cbrt), KR_ROM_PTR(&math_cbrt_obj) },
    { KR_ROM_QSTR(ceil), KR_ROM_PTR(&math_ceil_obj) },
    { KR_ROM_QSTR(comb), KR_ROM_PTR(&math_comb_obj) },
    { KR_ROM_QSTR(copysign), KR_ROM_PTR(&math_copysign_obj) },
    { KR_ROM_QSTR(cos), KR_ROM_PTR(&math_cos_obj) },
    { KR_ROM_QSTR(cosh), KR_ROM_PTR(&math_cosh_obj) },
    { KR_ROM_QSTR(degrees), KR_ROM_PTR(&math_degrees_obj) },
    { KR_ROM_QSTR(dist), KR_ROM_PTR(&math_dist_obj) },
    { KR_ROM_QSTR(e), KR_ROM_PTR(&math_e_obj) },
    { KR_ROM_QSTR(erf), KR_ROM_PTR(&math_erf_obj) },
    { KR_ROM_QSTR(erfc), KR_ROM_PTR(&math_erfc_obj) },
    { KR_ROM_QSTR(exp), KR_ROM_PTR(&math_exp_obj) },
    { KR_ROM_QSTR(exp2), KR_ROM_PTR(&math_exp2_obj) },
    { KR_ROM_QSTR(expm1), KR_ROM_PTR(&math_expm1_obj) },
    { KR_ROM_QSTR(fabs), KR_ROM_PTR(&math_fabs_obj) },
    { KR_ROM_QSTR(factorial), KR_ROM_PTR(&math_factorial_obj) },
    { KR_ROM_QSTR(floor), KR_ROM_PTR(&math_floor_obj) },
    { KR_ROM_QSTR(fmod), KR_ROM_PTR(&math_fmod_obj) },
    { KR_ROM_QSTR(frexp), KR_ROM_PTR(&math_frexp_obj) },
    { KR_ROM_QSTR(fsum), KR_ROM_PTR(&math_fsum_obj) },
    { KR_ROM_QSTR(gamma), KR_ROM_PTR(&math_gamma_obj) },
    { KR_ROM_QSTR(gcd), KR_ROM_PTR(&math_gcd_obj) },
    { KR_ROM_QSTR(hypot), KR_ROM_PTR(&math_hypot_obj) },
    { KR_ROM_QSTR(inf), KR_ROM_PTR(&math_inf_obj) },
    { KR_ROM_QSTR(isclose), KR_ROM_PTR(&math_isclose_obj) },
    { KR_ROM_QSTR(isfinite), KR_ROM_PTR(&math_isfinite_obj) },
    { KR_ROM_QSTR(isinf), KR_ROM_PTR(&math_isinf_obj) },
    { KR_ROM_QSTR(isnan), KR_ROM_PTR(&math_isnan_obj) },
    { KR_ROM_QSTR(isqrt), KR_ROM_PTR(&math_isqrt_obj) },
    { KR_ROM_QSTR(lcm), KR_ROM_PTR(&math_lcm_obj) },
    { KR_ROM_QSTR(ldexp), KR_ROM_PTR(&math_ldexp_obj) },
    { KR_ROM_QSTR(lgamma), KR_ROM_PTR(&math_lgamma_obj) },
    { KR_ROM_QSTR(log), KR_ROM_PTR(&math_log_obj) },
    { KR_ROM_QSTR(log10), KR_ROM_PTR(&math_log10_obj) },
    { KR_ROM_QSTR(log1p), KR_ROM_PTR(&math_log1p_obj) },
    { KR_ROM_QSTR(log2), KR_ROM_PTR(&math_log2_obj) },
    { KR_ROM_QSTR(modf), KR_ROM_PTR(&math_modf_obj) },
    { KR_ROM_QSTR(nan), KR_ROM_PTR(&math_nan_obj) },
    { KR_ROM_QSTR(nextafter), KR_ROM_PTR(&math_nextafter_obj) },
    { KR_ROM_QSTR(perm), KR_ROM_PTR(&math_perm_obj) },
    { KR_ROM_QSTR(pi), KR_ROM_PTR(&math_pi_obj) },
    { KR_ROM_QSTR(pow), KR_ROM_PTR(&math_pow_obj) },
    { KR_ROM_QSTR(prod), KR_ROM_PTR(&math_prod_obj) },
    { KR_ROM_QSTR(radians), KR_ROM_PTR(&math_radians_obj) },
    { KR_ROM_QSTR(remainder), KR_ROM_PTR(&math_remainder_obj) },
    { KR_ROM_QSTR(sin), KR_ROM_PTR(&math_sin_obj) },
    { KR_ROM_QSTR(sinh), KR_ROM_PTR(&math_sinh_obj) },
    { KR_ROM_QSTR(sqrt), KR_ROM_PTR(&math_sqrt_obj) },
    { KR_ROM_QSTR(tan), KR_ROM_PTR(&math_tan_obj) },
    { KR_ROM_QSTR(tanh), KR_ROM_PTR(&math_tanh_obj) },
    { KR_ROM_QSTR(tau), KR_ROM_PTR(&math_tau_obj) },
    { KR_ROM_QSTR(trunc), KR_ROM_PTR(&math_trunc_obj) },
    { KR_ROM_QSTR(ulp), KR_ROM_PTR(&math_ulp_obj) },
};
static KR_DEFINE_CONST_DICT(math_globals, math_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_math, math_globals);

#endif /* KR_MODULE_MATH */
