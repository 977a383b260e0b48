/* objdictview.c: dict views (keys/values/items, the first two set-like) and dict iterators. */
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "map.h"
#include "objdict.h"
#include "objlist.h"
#include "objset.h"
#include "objiter.h"

/* ---------------------------------------------------------------- iterators */

typedef struct _dict_iter_t {
    kr_obj_base_t base;
    kr_obj_t dict;
    size_t pos;          /* forward: next table position; reversed: positions left */
    size_t len;          /* dict size at creation; SIZE_MAX after a size change */
} dict_iter_t;

static inline kr_map_t *iter_map(dict_iter_t *it) {
    return kr_obj_dict_get_map(it->dict);
}

static kr_map_elem_t *dict_iter_next_elem(kr_obj_t self) {
    dict_iter_t *it = KR_OBJ_TO_PTR(self);
    kr_map_t *map = iter_map(it);
    if (it->len != map->filled) {
        it->len = SIZE_MAX;
        kr_raise_msg(&kr_type_RuntimeError, "dictionary changed size during iteration");
    }
    while (it->pos < map->used) {
        kr_map_elem_t *e = &map->table[it->pos++];
        if (e->key != KR_OBJ_NULL) {
            return e;
        }
    }
    it->pos = SIZE_MAX / 2;   /* stay exhausted even if the dict grows */
    return NULL;
}

static kr_map_elem_t *dict_iter_prev_elem(kr_obj_t self) {
    dict_iter_t *it = KR_OBJ_TO_PTR(self);
    kr_map_t *map = iter_map(it);
    if (it->len != map->filled) {
        it->len = SIZE_MAX;
        kr_raise_msg(&kr_type_RuntimeError, "dictionary changed size during iteration");
    }
    if (it->pos > map->used) {
        it->pos = map->used;
    }
    while (it->pos > 0) {
        kr_map_elem_t *e = &map->table[--it->pos];
        if (e->key != KR_OBJ_NULL) {
            return e;
        }
    }
    return NULL;
}

static kr_obj_t elem_as_pair(kr_map_elem_t *e) {
    kr_obj_t pair[2] = {e->key, e->value};
    return kr_obj_new_tuple(2, pair);
}

#define DEFINE_DICT_ITER(NAME, QNAME, NEXTFN, EXPR) \
    static kr_obj_t NAME##_iternext(kr_obj_t self) { \
        kr_map_elem_t *e = NEXTFN(self); \
        if (e == NULL) { \
            return KR_OBJ_NULL; \
        } \
        return EXPR; \
    } \
    static const kr_type_t NAME##_type = { \
        .base = {&kr_type_type}, \
        .flags = KR_TYPE_FLAG_ITER_IS_SELF, \
        .name = QNAME, \
        .getiter = kr_obj_iter_getiter_self, \
        .iternext = NAME##_iternext, \
    };

DEFINE_DICT_ITER(dict_keyiter, KR_QSTR_dict_keyiterator, dict_iter_next_elem, e->key)
DEFINE_DICT_ITER(dict_valueiter, KR_QSTR_dict_valueiterator, dict_iter_next_elem, e->value)
DEFINE_DICT_ITER(dict_itemiter, KR_QSTR_dict_itemiterator, dict_iter_next_elem, elem_as_pair(e))
DEFINE_DICT_ITER(dict_rkeyiter, KR_QSTR_dict_reversekeyiterator, dict_iter_prev_elem, e->key)
DEFINE_DICT_ITER(dict_rvalueiter, KR_QSTR_dict_reversevalueiterator, dict_iter_prev_elem, e->value)
DEFINE_DICT_ITER(dict_ritemiter, KR_QSTR_dict_reverseitemiterator, dict_iter_prev_elem, elem_as_pair(e))

static const kr_type_t *const iter_types[2][3] = {
    {&dict_keyiter_type, &dict_valueiter_type, &dict_itemiter_type},
    {&dict_rkeyiter_type, &dict_rvalueiter_type, &dict_ritemiter_type},
};

kr_obj_t kr_obj_dictview_new_iter(kr_obj_t dict, int kind, bool reversed) {
    dict_iter_t *it = kr_gc_alloc(sizeof(dict_iter_t), 0);
    it->base.type = iter_types[reversed][kind];
    it->dict = dict;
    kr_map_t *map = kr_obj_dict_get_map(dict);
    it->pos = reversed ? map->used : 0;
    it->len = map->filled;
    return KR_OBJ_FROM_PTR(it);
}

/* ---------------------------------------------------------------- views */

typedef struct _dict_view_t {
    kr_obj_base_t base;
    kr_obj_t dict;
    int kind;
} dict_view_t;

kr_obj_t kr_obj_dictview_new(kr_obj_t dict, int kind) {
    static const kr_type_t *const types[3] = {&kr_type_dict_view, &kr_type_dict_values, &kr_type_dict_items};
    dict_view_t *v = kr_gc_alloc(sizeof(dict_view_t), 0);
    v->base.type = types[kind];
    v->dict = dict;
    v->kind = kind;
    return KR_OBJ_FROM_PTR(v);
}

bool kr_obj_dictview_check(kr_obj_t o) {
    if (!KR_IS_OBJ(o)) {
        return false;
    }
    const kr_type_t *t = KR_OBJ_TYPE(o);
    return t == &kr_type_dict_view || t == &kr_type_dict_values || t == &kr_type_dict_items;
}

static bool is_setlike_view(kr_obj_t o) {
    return kr_obj_is_type(o, &kr_type_dict_view) || kr_obj_is_type(o, &kr_type_dict_items);
}

static inline dict_view_t *view_ptr(kr_obj_t o) {
    return (dict_view_t *)KR_OBJ_TO_PTR(o);
}

static void view_print_body(const kr_print_t *p, kr_obj_t self) {
    dict_view_t *v = view_ptr(self);
    kr_print_str(p, kr_qstr_str(KR_OBJ_TYPE(self)->name));
    kr_print_str(p, "([");
    kr_obj_t it = kr_obj_dictview_new_iter(v->dict, v->kind, false);
    kr_obj_t x;
    bool first = true;
    while ((x = kr_iternext(it)) != KR_OBJ_NULL) {
        if (!first) {
            kr_print_str(p, ", ");
        }
        first = false;
        kr_obj_print(p, x, KR_PRINT_REPR);
    }
    kr_print_str(p, "])");
}

static void view_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_obj_list_repr_guard(p, self, view_print_body, "...");
}

static kr_obj_t view_getiter(kr_obj_t self) {
    dict_view_t *v = view_ptr(self);
    return kr_obj_dictview_new_iter(v->dict, v->kind, false);
}

/* Does the view contain x? */
static bool view_contains(kr_obj_t self, kr_obj_t x) {
    dict_view_t *v = view_ptr(self);
    kr_map_t *map = kr_obj_dict_get_map(v->dict);
    if (v->kind == KR_DICT_KEYS) {
        return kr_map_lookup(map, x, KR_MAP_LOOKUP) != NULL;
    }
    if (v->kind == KR_DICT_ITEMS) {
        if (!kr_obj_is_type(x, &kr_type_tuple) || ((kr_obj_tuple_t *)KR_OBJ_TO_PTR(x))->len != 2) {
            return false;
        }
        kr_obj_tuple_t *t = KR_OBJ_TO_PTR(x);
        kr_map_elem_t *e = kr_map_lookup(map, t->items[0], KR_MAP_LOOKUP);
        return e != NULL && (e->value == t->items[1] || kr_obj_equal(e->value, t->items[1]));
    }
    for (size_t pos = 0; pos < map->used; pos++) {
        kr_obj_t val = map->table[pos].value;
        if (map->table[pos].key != KR_OBJ_NULL && (val == x || kr_obj_equal(val, x))) {
            return true;
        }
    }
    return false;
}

static size_t view_len(kr_obj_t self) {
    return kr_obj_dict_len(view_ptr(self)->dict);
}

static kr_obj_t view_unary_op(kr_unary_op_t op, kr_obj_t self) {
    switch (op) {
        case KR_UNARY_OP_BOOL: return KR_OBJ_BOOL(view_len(self) != 0);
        case KR_UNARY_OP_LEN: return KR_NEW_SMALL_INT(view_len(self));
        default: return KR_OBJ_NULL;
    }
}

/* set(view) (keys views build straight from the dict, as CPython does) */
static kr_obj_t view_to_set(kr_obj_t o) {
    if (kr_obj_is_type(o, &kr_type_dict_view)) {
        o = view_ptr(o)->dict;
    }
    kr_obj_t s = kr_obj_new_set(0, NULL);
    kr_obj_set_update(s, o);
    return s;
}

static bool other_size(kr_obj_t o, size_t *n) {
    kr_obj_t len = kr_obj_len_maybe(o);
    if (len == KR_OBJ_NULL) {
        return false;
    }
    *n = (size_t)KR_SMALL_INT_VALUE(len);
    return true;
}

static kr_obj_t view_intersect(kr_obj_t self, kr_obj_t other) {
    size_t len_self = view_len(self);
    size_t len_other;
    if (kr_obj_is_type(other, &kr_type_set) && other_size(other, &len_other) && len_self <= len_other) {
        return kr_obj_set_intersection(other, self);
    }
    if (is_setlike_view(other) && view_len(other) > len_self) {
        kr_obj_t t = self;
        self = other;
        other = t;
    }
    kr_obj_t result = kr_obj_new_set(0, NULL);
    kr_obj_t it = kr_getiter(other);
    kr_obj_t x;
    while ((x = kr_iternext(it)) != KR_OBJ_NULL) {
        if (view_contains(self, x)) {
            kr_obj_set_store(result, x);
        }
    }
    return result;
}

static bool view_all_in(kr_obj_t a, kr_obj_t b) {
    kr_obj_t it = kr_getiter(a);
    kr_obj_t x;
    while ((x = kr_iternext(it)) != KR_OBJ_NULL) {
        if (!kr_obj_is_true(kr_binary_op(KR_BINARY_OP_IN, x, b))) {
            return false;
        }
    }
    return true;
}

static kr_obj_t view_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    if (op == KR_BINARY_OP_CONTAINS) {
        return KR_OBJ_BOOL(view_contains(self, other));
    }
    if (!is_setlike_view(self)) {
        return KR_OBJ_NULL;
    }
    bool other_setlike = is_setlike_view(other) || kr_obj_is_instance(other, &kr_type_set)
        || kr_obj_is_instance(other, &kr_type_frozenset);
    switch (op) {
        case KR_BINARY_OP_EQUAL:
        case KR_BINARY_OP_NOT_EQUAL:
        case KR_BINARY_OP_LESS:
        case KR_BINARY_OP_LESS_EQUAL:
        case KR_BINARY_OP_MORE:
        case KR_BINARY_OP_MORE_EQUAL: {
            if (!other_setlike) {
                return KR_OBJ_NULL;
            }
            size_t la = view_len(self), lb = kr_obj_len_size(other);
            bool r;
            switch (op) {
                case KR_BINARY_OP_EQUAL:
                case KR_BINARY_OP_NOT_EQUAL:
                    r = la == lb && view_all_in(self, other);
                    return KR_OBJ_BOOL(r == (op == KR_BINARY_OP_EQUAL));
                case KR_BINARY_OP_LESS: r = la < lb && view_all_in(self, other); break;
                case KR_BINARY_OP_LESS_EQUAL: r = la <= lb && view_all_in(self, other); break;
                case KR_BINARY_OP_MORE: r = la > lb && view_all_in(other, self); break;
                default: r = la >= lb && view_all_in(other, self); break;
            }
            return KR_OBJ_BOOL(r);
        }
        case KR_BINARY_OP_AND:
        case KR_BINARY_OP_REVERSE_AND:
            return view_intersect(self, other);
        case KR_BINARY_OP_OR: {
            kr_obj_t s = view_to_set(self);
            kr_obj_set_update(s, other);
            return s;
        }
        case KR_BINARY_OP_REVERSE_OR: {
            kr_obj_t s = view_to_set(other);
            kr_obj_set_update(s, self);
            return s;
        }
        case KR_BINARY_OP_SUBTRACT: {
            kr_obj_t s = view_to_set(self);
            kr_obj_set_difference_update(s, other);
            return s;
        }
        case KR_BINARY_OP_REVERSE_SUBTRACT: {
            kr_obj_t s = view_to_set(other);
            kr_obj_set_difference_update(s, self);
            return s;
        }
        case KR_BINARY_OP_XOR: {
            kr_obj_t s = view_to_set(self);
            kr_obj_set_symmetric_difference_update(s, other);
            return s;
        }
        case KR_BINARY_OP_REVERSE_XOR: {
            kr_obj_t s = view_to_set(other);
            kr_obj_set_symmetric_difference_update(s, self);
            return s;
        }
        default:
            return KR_OBJ_NULL;
    }
}

static kr_obj_t view_isdisjoint(kr_obj_t self, kr_obj_t other) {
    kr_obj_t it = kr_getiter(other);
    kr_obj_t x;
    while ((x = kr_iternext(it)) != KR_OBJ_NULL) {
        if (view_contains(self, x)) {
            return KR_OBJ_FALSE;
        }
    }
    return KR_OBJ_TRUE;
}
static KR_DEFINE_FUN_2(view_isdisjoint_obj, view_isdisjoint);

static kr_obj_t view_reversed(kr_obj_t self) {
    dict_view_t *v = view_ptr(self);
    return kr_obj_dictview_new_iter(v->dict, v->kind, true);
}
static KR_DEFINE_FUN_1(view_reversed_obj, view_reversed);

static kr_obj_t view_mapping(kr_obj_t self) {
    return view_ptr(self)->dict;
}

static void view_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] == KR_OBJ_NULL && attr == KR_QSTR_mapping) {
        dest[0] = view_mapping(self);
    }
}

static const kr_map_elem_t view_locals_table[] = {
    { KR_ROM_QSTR(__reversed__), KR_ROM_PTR(&view_reversed_obj) },
    { KR_ROM_QSTR(isdisjoint), KR_ROM_PTR(&view_isdisjoint_obj) },
};
static KR_DEFINE_CONST_DICT(view_locals_dict, view_locals_table);

static const kr_map_elem_t values_locals_table[] = {
    { KR_ROM_QSTR(__reversed__), KR_ROM_PTR(&view_reversed_obj) },
};
static KR_DEFINE_CONST_DICT(values_locals_dict, values_locals_table);

const kr_type_t kr_type_dict_view = {
    .base = {&kr_type_type},
    .name = KR_QSTR_dict_keys,
    .print = view_print,
    .unary_op = view_unary_op,
    .binary_op = view_binary_op,
    .attr = view_attr,
    .getiter = view_getiter,
    .locals_dict = &view_locals_dict,
};

const kr_type_t kr_type_dict_items = {
    .base = {&kr_type_type},
    .name = KR_QSTR_dict_items,
    .print = view_print,
    .unary_op = view_unary_op,
    .binary_op = view_binary_op,
    .attr = view_attr,
    .getiter = view_getiter,
    .locals_dict = &view_locals_dict,
};

const kr_type_t kr_type_dict_values = {
    .base = {&kr_type_type},
    .name = KR_QSTR_dict_values,
    .print = view_print,
    .unary_op = view_unary_op,
    .binary_op = view_binary_op,
    .attr = view_attr,
    .getiter = view_getiter,
    .locals_dict = &values_locals_dict,
};
