/* modmath.h: the builtin math and cmath modules (modmath.c, modcmath.c). */
#ifndef KRAIT_MODMATH_H
#define KRAIT_MODMATH_H

#include "obj.h"

extern const kr_obj_module_t kr_module_math;
extern const kr_obj_module_t kr_module_cmath;

#endif /* KRAIT_MODMATH_H */
