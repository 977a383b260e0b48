/* modcmath.c: the cmath module (complex exp/log/sqrt/cos/sin, phase/polar/rect) with CPython's error rules. */
#include <math.h>
#include <float.h>
#include "obj.h"
#include "runtime.h"
#include "objint.h"
#include "objfloat.h"
#include "modmath.h"

#if KR_MODULE_CMATH

typedef struct {
    double re, im;
} cm_t;

/* a number argument as a complex: int, float, bool or complex */
static cm_t arg_complex(kr_obj_t o) {
    cm_t z = {0.0, 0.0};
    if (kr_obj_is_type(o, &kr_type_complex)) {
        kr_obj_complex_get(o, &z.re, &z.im);
    } else if (KR_IS_SMALL_INT(o)) {
        z.re = (double)KR_SMALL_INT_VALUE(o);
    } else if (kr_obj_is_int(o)) {
        z.re = kr_obj_int_as_double(o);
    } else if (!kr_obj_get_float_maybe(o, &z.re)) {
        kr_raise_fmt(&kr_type_TypeError, "must be real number, not %s", kr_obj_type_name(o));
    }
    return z;
}

static double arg_real(kr_obj_t o) {
    if (kr_obj_is_type(o, &kr_type_complex)) {
        kr_raise_fmt(&kr_type_TypeError, "must be real number, not complex");
    }
    return arg_complex(o).re;
}

static bool cm_finite(cm_t z) {
    return isfinite(z.re) && isfinite(z.im);
}

/* CPython's rules: an infinity made from finite input is a range error (checked first),
 * a NaN made from non-NaN input a domain error. */
static kr_obj_t cm_result(cm_t in, cm_t r) {
    if ((isinf(r.re) || isinf(r.im)) && cm_finite(in)) {
        kr_raise_msg(&kr_type_OverflowError, "math range error");
    }
    if ((isnan(r.re) || isnan(r.im)) && !isnan(in.re) && !isnan(in.im)) {
        kr_raise_msg(&kr_type_ValueError, "math domain error");
    }
    return kr_obj_new_complex(r.re, r.im);
}

/* ---------------------------------------------------------------- the functions */

static cm_t c_exp(cm_t z) {
    cm_t r;
    double m = exp(z.re);
    if (z.im == 0.0) {
        r.re = m;
        r.im = z.im;
    } else {
        r.re = m * cos(z.im);
        r.im = m * sin(z.im);
    }
    return r;
}

/* log|z| computed without overflow or loss of precision near |z| == 1 */
static double log_abs(double x, double y) {
    double ax = fabs(x), ay = fabs(y);
    if (ax > DBL_MAX / 4 || ay > DBL_MAX / 4) {
        return log(hypot(ax / 2.0, ay / 2.0)) + M_LN2;
    }
    if (ax < DBL_MIN && ay < DBL_MIN) {
        return log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
    }
    double h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
        double big = ax > ay ? ax : ay;
        double small = ax > ay ? ay : ax;
        return log1p((big - 1.0) * (big + 1.0) + small * small) / 2.0;
    }
    return log(h);
}

static cm_t c_log(cm_t z) {
    if (z.re == 0.0 && z.im == 0.0) {
        kr_raise_msg(&kr_type_ValueError, "math domain error");
    }
    cm_t r = {log_abs(z.re, z.im), atan2(z.im, z.re)};
    return r;
}

static cm_t c_sqrt(cm_t z) {
    cm_t r;
    if (z.re == 0.0 && z.im == 0.0) {
        r.re = 0.0;
        r.im = z.im;
        return r;
    }
    if (isinf(z.im)) {
        r.re = INFINITY;
        r.im = z.im;
        return r;
    }
    double ax = fabs(z.re), ay = fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        /* subnormal |z|: scale by 2^53, then sqrt(2^53 * v) * 2^-27 == sqrt(v / 2) */
        double sx = ldexp(ax, 53);
        s = ldexp(sqrt(sx + hypot(sx, ldexp(ay, 53))), -27);
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.re >= 0.0) {
        r.re = s;
        r.im = copysign(d, z.im);
    } else {
        r.re = d;
        r.im = copysign(s, z.im);
    }
    return r;
}

static cm_t c_cos(cm_t z) {
    cm_t r = {cos(z.re) * cosh(z.im), -sin(z.re) * sinh(z.im)};
    return r;
}

static cm_t c_sin(cm_t z) {
    cm_t r = {sin(z.re) * cosh(z.im), cos(z.re) * sinh(z.im)};
    return r;
}

#define CMATH_FUN_1(name)                                        \
    static kr_obj_t cmath_##name(kr_obj_t a) {                   \
        cm_t z = arg_complex(a);                                 \
        return cm_result(z, c_##name(z));                        \
    }                                                            \
    static KR_DEFINE_FUN_1(cmath_##name##_obj, cmath_##name);

CMATH_FUN_1(exp)
CMATH_FUN_1(sqrt)
CMATH_FUN_1(cos)
CMATH_FUN_1(sin)

static kr_obj_t cmath_log(size_t n_args, const kr_obj_t *args) {
    cm_t z = arg_complex(args[0]);
    cm_t r = c_log(z);
    if (n_args > 1) {
        cm_t b = c_log(arg_complex(args[1]));
        double den = b.re * b.re + b.im * b.im;
        if (den == 0.0) {
            kr_raise_msg(&kr_type_ValueError, "math domain error");
        }
        kr_obj_t q = kr_obj_complex_binary_op(KR_BINARY_OP_TRUE_DIVIDE, r.re, r.im,
                                              kr_obj_new_complex(b.re, b.im));
        kr_obj_complex_get(q, &r.re, &r.im);
    }
    return cm_result(z, r);
}
static KR_DEFINE_FUN_VAR(cmath_log_obj, 1, 2, cmath_log);

static kr_obj_t cmath_log10(kr_obj_t a) {
    cm_t z = arg_complex(a);
    cm_t r = c_log(z);
    r.re /= M_LN10;
    r.im /= M_LN10;
    return cm_result(z, r);
}
static KR_DEFINE_FUN_1(cmath_log10_obj, cmath_log10);

static kr_obj_t cmath_phase(kr_obj_t a) {
    cm_t z = arg_complex(a);
    return kr_obj_new_float(atan2(z.im, z.re));
}
static KR_DEFINE_FUN_1(cmath_phase_obj, cmath_phase);

static kr_obj_t cmath_polar(kr_obj_t a) {
    cm_t z = arg_complex(a);
    double r = hypot(z.re, z.im);
    if (isinf(r) && cm_finite(z)) {
        kr_raise_msg(&kr_type_OverflowError, "math range error");
    }
    kr_obj_t items[2] = {kr_obj_new_float(r), kr_obj_new_float(atan2(z.im, z.re))};
    return kr_obj_new_tuple(2, items);
}
static KR_DEFINE_FUN_1(cmath_polar_obj, cmath_polar);

static kr_obj_t cmath_rect(kr_obj_t r_in, kr_obj_t phi_in) {
    double r = arg_real(r_in);
    double phi = arg_real(phi_in);
    cm_t in = {r, phi};
    cm_t out;
    if (phi == 0.0) {
        out.re = r;
        out.im = isfinite(r) ? r * phi : phi;
    } else {
        out.re = r * cos(phi);
        out.im = r * sin(phi);
    }
    return cm_result(in, out);
}
static KR_DEFINE_FUN_2(cmath_rect_obj, cmath_rect);

static const kr_obj_float_t cmath_pi_obj = {{&kr_type_float}, M_PI};
static const kr_obj_float_t cmath_e_obj = {{&kr_type_float}, M_E};

static const kr_map_elem_t cmath_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(cmath) },
    { KR_ROM_QSTR(e), KR_ROM_PTR(&cmath_e_obj) },
    { KR_ROM_QSTR(pi), KR_ROM_PTR(&cmath_pi_obj) },
    { KR_ROM_QSTR(phase), KR_ROM_PTR(&cmath_phase_obj) },
    { KR_ROM_QSTR(polar), KR_ROM_PTR(&cmath_polar_obj) },
    { KR_ROM_QSTR(rect), KR_ROM_PTR(&cmath_rect_obj) },
    { KR_ROM_QSTR(exp), KR_ROM_PTR(&cmath_exp_obj) },
    { KR_ROM_QSTR(log), KR_ROM_PTR(&cmath_log_obj) },
    { KR_ROM_QSTR(log10), KR_ROM_PTR(&cmath_log10_obj) },
    { KR_ROM_QSTR(sqrt), KR_ROM_PTR(&cmath_sqrt_obj) },
    { KR_ROM_QSTR(cos), KR_ROM_PTR(&cmath_cos_obj) },
    { KR_ROM_QSTR(sin), KR_ROM_PTR(&cmath_sin_obj) },
};
static KR_DEFINE_CONST_DICT(cmath_globals, cmath_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_cmath, cmath_globals);

#endif /* KR_MODULE_CMATH */
