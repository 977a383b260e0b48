/* objtype.h: user classes (heap types), their instances, super, property, and the
 * hooks the VM provides for class bodies and zero-argument super(). */
#ifndef KRAIT_OBJTYPE_H
#define KRAIT_OBJTYPE_H

#include "obj.h"

/* A class created at run time (by `class` / type(name, bases, dict)). The embedded
 * kr_type_t comes first, so a kr_obj_class_t * is a kr_type_t * (flags has
 * KR_TYPE_FLAG_HEAP). type.locals_dict points to the class's (mutable, heap) dict.
 * type.parent is the first base. */
typedef struct _kr_obj_class_t {
    kr_type_t type;
    kr_obj_t bases;              /* tuple of types */
    kr_obj_t mro;                /* tuple of types, this class first, object last */
    const kr_type_t *native;     /* the builtin base whose layout instances start with
                                    (&kr_type_object for plain classes) */
    size_t dict_offset;          /* byte offset of the instance's kr_obj_dict_t * pointer;
                                    0 = the last word of the instance's allocation */
    kr_qstr_t qualname;
    kr_obj_t module;             /* __module__ (a str) */
    uint16_t cflags;             /* KR_CLASS_F_* (caches over the MRO) */
} kr_obj_class_t;

#define KR_CLASS_F_DATA_DESCR  (0x0001)   /* some class in the MRO has a data descriptor */
#define KR_CLASS_F_GETATTR     (0x0002)   /* __getattr__ defined */
#define KR_CLASS_F_SETATTR     (0x0004)   /* __setattr__ or __delattr__ defined */
#define KR_CLASS_F_GETATTRIBUTE (0x0008)  /* __getattribute__ defined */
#define KR_CLASS_F_SLOTS       (0x0010)   /* __slots__ everywhere in the MRO: no other attributes */

/* A plain instance (class with no builtin base other than object). */
typedef struct _kr_obj_instance_t {
    kr_obj_base_t base;
    kr_obj_dict_t *dict;
} kr_obj_instance_t;

static inline bool kr_type_is_heap(const kr_type_t *t) {
    return (t->flags & KR_TYPE_FLAG_HEAP) != 0;
}

/* The instance dict of an instance of a heap class (creates it if needed);
 * NULL if o is not such an instance. */
kr_obj_dict_t *kr_obj_instance_get_dict(kr_obj_t o);
/* Look attr up along the MRO of any type (heap or builtin): KR_OBJ_NULL if absent.
 * No binding. (Same as runtime.c's kr_type_lookup; usable by it for heap classes.) */
kr_obj_t kr_obj_type_mro_lookup(const kr_type_t *type, kr_qstr_t attr);
/* Is attr (of heap class type) found in the dict of a heap class of its MRO, before any
 * builtin type? (A builtin function stored in a class body, f = len, does not bind.) */
bool kr_obj_type_attr_in_heap_dict(const kr_type_t *type, kr_qstr_t attr);
/* A class dict changed or a class was made: forget cached MRO lookups. */
void kr_obj_type_cache_invalidate(void);
/* Bumped by kr_obj_type_cache_invalidate: caches keyed by a class check it. */
extern uint32_t kr_obj_type_cache_version;
/* Fast attribute access on a plain instance (native object, no __getattribute__, no
 * __setattr__ for stores, no data descriptor named attr in the class): the index of
 * attr in the instance's dict table, or -1 when the fast path does not apply. */
long kr_obj_instance_fast_index(kr_obj_t o, kr_qstr_t attr, bool store);
/* The instance dict of a plain instance (NULL if it has none yet). */
static inline kr_obj_dict_t *kr_obj_instance_fast_dict(kr_obj_t o) {
    const kr_obj_class_t *c = (const kr_obj_class_t *)KR_OBJ_TYPE(o);
    return *(kr_obj_dict_t **)((char *)KR_OBJ_TO_PTR(o) + c->dict_offset);
}
/* The MRO of a type as a tuple (builtin types: the parent chain, then object). */
kr_obj_t kr_obj_type_get_mro(const kr_type_t *type);
/* Create a class: type(name, bases, dict). */
kr_obj_t kr_obj_type_new_class(kr_qstr_t name, kr_obj_t bases, kr_obj_t dict);
/* The __build_class__ builtin. */
kr_obj_t kr_obj_type_build_class(size_t n_args, const kr_obj_t *args, kr_map_t *kw);
/* Bind a class attribute found on the type for access through instance self
 * (functions -> dest = (fun, self); staticmethod; classmethod; property; __get__). */
void kr_obj_type_bind_attr(kr_obj_t attr, kr_obj_t self, const kr_type_t *type, kr_obj_t *dest);
/* Slot wrappers (objslot.c): the special method (a const object of type
 * kr_type_slot_wrapper) that gives Python access to builtin type t's slot for attr
 * (int.__add__ -> the binary_op slot), or KR_OBJ_NULL; never for heap classes or object. */
kr_obj_t kr_obj_slot_lookup(const kr_type_t *t, kr_qstr_t attr);
/* Value v found as attr on class cls and accessed through the class: a builtin method
 * or slot wrapper of a builtin type becomes a descriptor that checks its first
 * argument is an instance of that type (list.append((1,), 2) is a TypeError). */
kr_obj_t kr_obj_slot_from_class(kr_obj_t v, const kr_type_t *cls, kr_qstr_t attr);
extern const kr_type_t kr_type_slot_wrapper, kr_type_method_descriptor;
/* super(type, obj) */
kr_obj_t kr_obj_super_new(kr_obj_t type, kr_obj_t obj);
/* super() with no arguments: uses kr_vm_current_self_and_class. */
kr_obj_t kr_obj_super_new_from_frame(void);

/* property objects (objmisc.c) */
typedef struct _kr_obj_property_t {
    kr_obj_base_t base;
    kr_obj_t fget, fset, fdel;   /* KR_OBJ_NONE when absent */
    kr_obj_t doc;
} kr_obj_property_t;

/* ---- shared between objtype.c and objinstance.c ---- */
/* Allocate an instance of heap class cls (native base constructed from the args). */
kr_obj_t kr_obj_instance_alloc(const kr_type_t *cls, size_t n_args, size_t n_kw, const kr_obj_t *args);
/* Look a special method up in the dicts of the heap classes of type's MRO only
 * (builtin bases are reached through the native slots); KR_OBJ_NULL if absent. */
kr_obj_t kr_obj_instance_lookup_special(const kr_type_t *type, kr_qstr_t name);
/* Recompute a class's KR_CLASS_F_* flags from its MRO. */
void kr_obj_class_update_flags(kr_obj_class_t *c);
/* object.__setattr__ / __delattr__ semantics (value KR_OBJ_NULL = delete); false if
 * the attribute could not be deleted. */
bool kr_obj_instance_generic_setattr(kr_obj_t self, kr_qstr_t attr, kr_obj_t value);
/* The generic slots of every heap class. */
void kr_obj_instance_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind);
kr_obj_t kr_obj_instance_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args);
kr_obj_t kr_obj_instance_call(kr_obj_t self, size_t n_args, size_t n_kw, const kr_obj_t *args);
kr_obj_t kr_obj_instance_unary_op(kr_unary_op_t op, kr_obj_t self);
kr_obj_t kr_obj_instance_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other);
void kr_obj_instance_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest);
kr_obj_t kr_obj_instance_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value);
kr_obj_t kr_obj_instance_getiter(kr_obj_t self);
kr_obj_t kr_obj_instance_iternext(kr_obj_t self);
int kr_obj_instance_get_buffer(kr_obj_t self, kr_buffer_info_t *info, unsigned flags);

/* ---- hooks provided by the VM (defined in vm.c) ----
 * Call a class body function (a kr_obj_fun_bc_t whose code uses LOAD_NAME/STORE_NAME)
 * with locals_dict as its frame locals, filling its free variables from its closure;
 * returns the body's return value (the __class__ cell or None). */
extern kr_obj_t (*kr_vm_call_with_locals)(kr_obj_t fun, kr_obj_t locals_dict);
/* For zero-argument super(): the innermost Python frame's first argument (self) and
 * the contents of its __class__ cell; return false if unavailable. */
extern bool (*kr_vm_current_self_and_class)(kr_obj_t *self, kr_obj_t *cls);

#endif /* KRAIT_OBJTYPE_H */
