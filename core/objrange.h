/* objrange.h: range helpers shared by objrange.c and objrangebig.c. */
#ifndef KRAIT_OBJRANGE_H
#define KRAIT_OBJRANGE_H

#include "obj.h"

/* range(start, stop, step) from int objects (step != 0): a small range when every
 * bound is a small int, else a big-int range (objrangebig.c). */
kr_obj_t kr_obj_range_from_objs(kr_obj_t start, kr_obj_t stop, kr_obj_t step);
extern const kr_type_t kr_type_rangebig;
kr_obj_t kr_obj_rangebig_new(kr_obj_t start, kr_obj_t stop, kr_obj_t step);
/* for range equality across representations: start/stop/step/len as int objects */
bool kr_obj_range_get_objs(kr_obj_t r, kr_obj_t *start, kr_obj_t *step, kr_obj_t *len);

#endif /* KRAIT_OBJRANGE_H */
