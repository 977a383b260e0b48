/* objdict.h: dict helpers shared with other files (update from any argument, views, iterators). */
#ifndef KRAIT_OBJDICT_H
#define KRAIT_OBJDICT_H

#include "obj.h"

/* Is o a dict (or an instance of a dict subclass)? */
static inline bool kr_obj_dict_check(kr_obj_t o) {
    return kr_obj_is_type(o, &kr_type_dict) || (KR_IS_OBJ(o) && kr_obj_is_instance(o, &kr_type_dict));
}
/* dict.update(arg): arg is a mapping (dict or anything with keys()) or an iterable of pairs */
void kr_obj_dict_update_from(kr_obj_t dict, kr_obj_t arg);
/* d[key] with KeyError (and __missing__ for subclasses) */
kr_obj_t kr_obj_dict_getitem(kr_obj_t dict, kr_obj_t key);

/* Views and iterators (objdictview.c). kind: */
#define KR_DICT_KEYS   (0)
#define KR_DICT_VALUES (1)
#define KR_DICT_ITEMS  (2)
extern const kr_type_t kr_type_dict_values, kr_type_dict_items;
kr_obj_t kr_obj_dictview_new(kr_obj_t dict, int kind);
kr_obj_t kr_obj_dictview_new_iter(kr_obj_t dict, int kind, bool reversed);
bool kr_obj_dictview_check(kr_obj_t o);   /* any of the three views */

#endif /* KRAIT_OBJDICT_H */
