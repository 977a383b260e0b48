/* objlist.h: list helpers shared with other container files (repr recursion guard, pop). */
#ifndef KRAIT_OBJLIST_H
#define KRAIT_OBJLIST_H

#include "obj.h"

/* Print a container's body with fn(p, self), unless self is already being printed
 * further up (then print `recursive`, e.g. "[...]"). Safe if fn raises. */
typedef void (*kr_repr_body_fn_t)(const kr_print_t *p, kr_obj_t self);
void kr_obj_list_repr_guard(const kr_print_t *p, kr_obj_t self, kr_repr_body_fn_t fn, const char *recursive);

/* Is o a list (or an instance of a list subclass)? */
static inline bool kr_obj_list_check(kr_obj_t o) {
    return kr_obj_is_type(o, &kr_type_list) || (KR_IS_OBJ(o) && kr_obj_is_instance(o, &kr_type_list));
}
/* list.pop(index) */
kr_obj_t kr_obj_list_pop(kr_obj_t list, kr_int_t index);
/* remove all items */
void kr_obj_list_clear(kr_obj_t list);
/* the generic iterator over a list (used by kr_getiter's fast path if it wants) */
kr_obj_t kr_obj_list_getiter(kr_obj_t list);
/* items[start:stop] of an array, as a new list */
kr_obj_t kr_obj_list_from_array(size_t n, const kr_obj_t *items);

#endif /* KRAIT_OBJLIST_H */
