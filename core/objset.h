/* objset.h: set helpers shared with other container files (CPython's set algorithms). */
#ifndef KRAIT_OBJSET_H
#define KRAIT_OBJSET_H

#include "obj.h"

/* set or frozenset (or a subclass of either) */
bool kr_obj_set_check_any(kr_obj_t o);
/* a new set of so's type holding so & other (other: any iterable) */
kr_obj_t kr_obj_set_intersection(kr_obj_t so, kr_obj_t other);
void kr_obj_set_difference_update(kr_obj_t so, kr_obj_t other);
void kr_obj_set_symmetric_difference_update(kr_obj_t so, kr_obj_t other);
bool kr_obj_set_contains(kr_obj_t so, kr_obj_t key);
bool kr_obj_set_discard(kr_obj_t so, kr_obj_t key);   /* true if it was present */
size_t kr_obj_set_len(kr_obj_t so);

#endif /* KRAIT_OBJSET_H */
