/* objdict.c: the dict type: construction, methods, operators and the C API. */
#include <string.h>
#include "obj.h"
#include "state.h"
#include "gc.h"
#include "runtime.h"
#include "map.h"
#include "objdict.h"
#include "objlist.h"

static inline kr_obj_dict_t *dict_ptr(kr_obj_t o) {
    return (kr_obj_dict_t *)KR_OBJ_TO_PTR(o);
}

static kr_obj_t dict_alloc(const kr_type_t *type, size_t n) {
    kr_obj_dict_t *d = kr_gc_alloc(sizeof(kr_obj_dict_t), 0);
    d->base.type = type;
    kr_map_init(&d->map, n);
    return KR_OBJ_FROM_PTR(d);
}

/* ---------------------------------------------------------------- C API */

kr_obj_t kr_obj_new_dict(size_t n_hint) {
    return dict_alloc(&kr_type_dict, n_hint);
}

void kr_obj_dict_store(kr_obj_t dict, kr_obj_t key, kr_obj_t value) {
    kr_map_lookup(&dict_ptr(dict)->map, key, KR_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
}

kr_obj_t kr_obj_dict_get(kr_obj_t dict, kr_obj_t key) {
    kr_map_elem_t *e = kr_map_lookup(&dict_ptr(dict)->map, key, KR_MAP_LOOKUP);
    return e != NULL ? e->value : KR_OBJ_NULL;
}

static _Noreturn void raise_key_error(kr_obj_t key) {
    kr_raise(kr_obj_new_exception_arg1(&kr_type_KeyError, key));
}

kr_obj_t kr_obj_dict_delete(kr_obj_t dict, kr_obj_t key) {
    kr_map_t *map = &dict_ptr(dict)->map;
    kr_map_check_writable(map);
    if (kr_map_lookup(map, key, KR_MAP_LOOKUP_REMOVE) == NULL) {
        raise_key_error(key);
    }
    return dict;
}

size_t kr_obj_dict_len(kr_obj_t dict) {
    return dict_ptr(dict)->map.filled;
}

kr_map_t *kr_obj_dict_get_map(kr_obj_t dict) {
    return &dict_ptr(dict)->map;
}

kr_obj_t kr_obj_dict_copy(kr_obj_t dict) {
    kr_obj_dict_t *d = kr_gc_alloc(sizeof(kr_obj_dict_t), 0);
    d->base.type = &kr_type_dict;
    kr_map_copy(&d->map, &dict_ptr(dict)->map);
    return KR_OBJ_FROM_PTR(d);
}

kr_obj_t kr_obj_dict_getitem(kr_obj_t dict, kr_obj_t key) {
    kr_map_elem_t *e = kr_map_lookup(&dict_ptr(dict)->map, key, KR_MAP_LOOKUP);
    if (e != NULL) {
        return e->value;
    }
    if (KR_OBJ_TYPE(dict) != &kr_type_dict) {
        kr_obj_t dest[2];
        kr_load_method_maybe(dict, KR_QSTR___missing__, dest);
        if (dest[0] != KR_OBJ_NULL) {
            return kr_call_method_n_kw(1, 0, (kr_obj_t[]){dest[0], dest[1], key});
        }
    }
    raise_key_error(key);
}

/* Add the (key, value) pairs of an iterable of pairs. */
static void dict_update_pairs(kr_obj_t dict, kr_obj_t iterable) {
    kr_obj_t it = kr_getiter(iterable);
    kr_obj_t item;
    size_t n = 0;
    while ((item = kr_iternext(it)) != KR_OBJ_NULL) {
        size_t len;
        kr_obj_t *items;
        if (kr_obj_is_type(item, &kr_type_tuple) || kr_obj_is_type(item, &kr_type_list)) {
            kr_obj_get_array(item, &len, &items);
        } else {
            const kr_type_t *t = kr_obj_get_type(item);
            if (t->getiter == NULL && kr_type_lookup(t, KR_QSTR___iter__) == KR_OBJ_NULL
                && kr_type_lookup(t, KR_QSTR___getitem__) == KR_OBJ_NULL) {
                kr_raise_fmt(&kr_type_TypeError,
                             "cannot convert dictionary update sequence element #%u to a sequence",
                             (unsigned)n);
            }
            kr_obj_t l = kr_obj_list_from_iter(item);
            kr_obj_get_array(l, &len, &items);
        }
        if (len != 2) {
            kr_raise_fmt(&kr_type_ValueError,
                         "dictionary update sequence element #%u has length %u; 2 is required",
                         (unsigned)n, (unsigned)len);
        }
        kr_obj_t k = items[0], v = items[1];
        kr_obj_dict_store(dict, k, v);
        n++;
    }
}

void kr_obj_dict_update_from(kr_obj_t dict, kr_obj_t arg) {
    if (kr_obj_dict_check(arg)) {
        kr_map_t *src = &dict_ptr(arg)->map;
        if (src == &dict_ptr(dict)->map) {
            return;
        }
        for (size_t pos = 0; pos < src->used; pos++) {
            kr_map_elem_t *e = &src->table[pos];
            if (e->key != KR_OBJ_NULL) {
                kr_obj_dict_store(dict, e->key, e->value);
            }
        }
        return;
    }
    kr_obj_t dest[2];
    kr_load_method_maybe(arg, KR_QSTR_keys, dest);
    if (dest[0] != KR_OBJ_NULL) {
        kr_obj_t keys = kr_call_method_n_kw(0, 0, dest);
        kr_obj_t it = kr_getiter(keys);
        kr_obj_t k;
        while ((k = kr_iternext(it)) != KR_OBJ_NULL) {
            kr_obj_dict_store(dict, k, kr_subscr_load(arg, k));
        }
        return;
    }
    dict_update_pairs(dict, arg);
}

static void dict_update_kw(kr_obj_t dict, size_t n_kw, const kr_obj_t *kw) {
    for (size_t i = 0; i < n_kw; i++) {
        kr_obj_dict_store(dict, kw[2 * i], kw[2 * i + 1]);
    }
}

/* ---------------------------------------------------------------- type slots */

static void dict_print_body(const kr_print_t *p, kr_obj_t self) {
    kr_map_t *map = &dict_ptr(self)->map;
    kr_print_str(p, "{");
    bool first = true;
    for (size_t pos = 0; pos < map->used; pos++) {
        kr_map_elem_t *e = &map->table[pos];
        if (e->key == KR_OBJ_NULL) {
            continue;
        }
        kr_obj_t k = e->key, v = e->value;
        if (!first) {
            kr_print_str(p, ", ");
        }
        first = false;
        kr_obj_print(p, k, KR_PRINT_REPR);
        kr_print_str(p, ": ");
        kr_obj_print(p, v, KR_PRINT_REPR);
    }
    kr_print_str(p, "}");
}

static void dict_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_obj_list_repr_guard(p, self, dict_print_body, "{...}");
}

static kr_obj_t dict_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_args > 1) {
        kr_raise_fmt(&kr_type_TypeError, "dict expected at most 1 argument, got %u", (unsigned)n_args);
    }
    kr_obj_t d = dict_alloc(type, 0);
    if (n_args == 1) {
        kr_obj_dict_update_from(d, args[0]);
    }
    dict_update_kw(d, n_kw, args + n_args);
    return d;
}

static kr_obj_t dict_unary_op(kr_unary_op_t op, kr_obj_t self) {
    size_t n = dict_ptr(self)->map.filled;
    switch (op) {
        case KR_UNARY_OP_BOOL: return KR_OBJ_BOOL(n != 0);
        case KR_UNARY_OP_LEN: return KR_NEW_SMALL_INT(n);
        default: return KR_OBJ_NULL;
    }
}

static bool dict_equal(kr_obj_t a, kr_obj_t b) {
    if (a == b) {
        return true;
    }
    kr_stack_check();   /* deeply nested dicts */
    kr_map_t *ma = &dict_ptr(a)->map, *mb = &dict_ptr(b)->map;
    if (ma->filled != mb->filled) {
        return false;
    }
    for (size_t pos = 0; pos < ma->used; pos++) {
        kr_map_elem_t *e = &ma->table[pos];
        if (e->key == KR_OBJ_NULL) {
            continue;
        }
        kr_obj_t k = e->key, v = e->value;
        kr_map_elem_t *f = kr_map_lookup(mb, k, KR_MAP_LOOKUP);
        if (f == NULL) {
            return false;
        }
        kr_obj_t w = f->value;
        if (v != w && !kr_obj_equal(v, w)) {
            return false;
        }
    }
    return true;
}

static kr_obj_t dict_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    switch (op) {
        case KR_BINARY_OP_CONTAINS:
            return KR_OBJ_BOOL(kr_map_lookup(&dict_ptr(self)->map, other, KR_MAP_LOOKUP) != NULL);
        case KR_BINARY_OP_EQUAL:
        case KR_BINARY_OP_NOT_EQUAL:
            if (!kr_obj_dict_check(other)) {
                return KR_OBJ_NULL;
            }
            return KR_OBJ_BOOL(dict_equal(self, other) == (op == KR_BINARY_OP_EQUAL));
        case KR_BINARY_OP_OR:
        case KR_BINARY_OP_REVERSE_OR: {
            if (!kr_obj_dict_check(other)) {
                return KR_OBJ_NULL;
            }
            kr_obj_t l = op == KR_BINARY_OP_OR ? self : other;
            kr_obj_t r = op == KR_BINARY_OP_OR ? other : self;
            kr_obj_t d = kr_obj_dict_copy(l);
            kr_obj_dict_update_from(d, r);
            return d;
        }
        case KR_BINARY_OP_INPLACE_OR:
            kr_obj_dict_update_from(self, other);
            return self;
        default:
            return KR_OBJ_NULL;
    }
}

static kr_obj_t dict_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    if (value == KR_OBJ_SENTINEL) {
        return kr_obj_dict_getitem(self, index);
    }
    if (value == KR_OBJ_NULL) {
        kr_obj_dict_delete(self, index);
    } else {
        kr_map_t *map = &dict_ptr(self)->map;
        kr_map_check_writable(map);
        kr_map_lookup(map, index, KR_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    }
    return KR_OBJ_NONE;
}

static kr_obj_t dict_getiter(kr_obj_t self) {
    return kr_obj_dictview_new_iter(self, KR_DICT_KEYS, false);
}

/* ---------------------------------------------------------------- methods */

static kr_obj_t dict_get(size_t n_args, const kr_obj_t *args) {
    kr_map_elem_t *e = kr_map_lookup(&dict_ptr(args[0])->map, args[1], KR_MAP_LOOKUP);
    if (e != NULL) {
        return e->value;
    }
    return n_args > 2 ? args[2] : KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(dict_get_obj, 2, 3, dict_get);

static kr_obj_t dict_setdefault(size_t n_args, const kr_obj_t *args) {
    kr_map_t *map = &dict_ptr(args[0])->map;
    kr_map_elem_t *e = kr_map_lookup(map, args[1], KR_MAP_LOOKUP);
    if (e != NULL) {
        return e->value;
    }
    kr_map_check_writable(map);
    kr_obj_t v = n_args > 2 ? args[2] : KR_OBJ_NONE;
    kr_map_lookup(map, args[1], KR_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = v;
    return v;
}
static KR_DEFINE_FUN_VAR(dict_setdefault_obj, 2, 3, dict_setdefault);

static kr_obj_t dict_pop(size_t n_args, const kr_obj_t *args) {
    kr_map_t *map = &dict_ptr(args[0])->map;
    kr_map_elem_t *e = kr_map_lookup(map, args[1], KR_MAP_LOOKUP);
    if (e == NULL) {
        if (n_args > 2) {
            return args[2];
        }
        raise_key_error(args[1]);
    }
    kr_map_check_writable(map);
    e = kr_map_lookup(map, args[1], KR_MAP_LOOKUP_REMOVE);
    return e != NULL ? e->value : KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(dict_pop_obj, 2, 3, dict_pop);

static kr_obj_t dict_popitem(kr_obj_t self) {
    kr_map_t *map = &dict_ptr(self)->map;
    kr_map_elem_t e;
    kr_map_check_writable(map);
    if (!kr_map_pop_last(map, &e)) {
        kr_raise_msg(&kr_type_KeyError, "popitem(): dictionary is empty");
    }
    kr_obj_t pair[2] = {e.key, e.value};
    return kr_obj_new_tuple(2, pair);
}
static KR_DEFINE_FUN_1(dict_popitem_obj, dict_popitem);

static kr_obj_t dict_update(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    kr_obj_t self = args[0];
    kr_map_check_writable(&dict_ptr(self)->map);
    if (n_args > 1) {
        kr_obj_dict_update_from(self, args[1]);
    }
    for (size_t pos = 0; pos < kw->used; pos++) {
        kr_map_elem_t *e = &kw->table[pos];
        if (e->key != KR_OBJ_NULL) {
            kr_obj_dict_store(self, e->key, e->value);
        }
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_KW(dict_update_obj, 1, 2, dict_update);
/* a second object for __init__, so argument-count errors of update() name update */
static KR_DEFINE_FUN_KW(dict_init_obj, 1, 2, dict_update);

static kr_obj_t dict_keys(kr_obj_t self) {
    return kr_obj_dictview_new(self, KR_DICT_KEYS);
}
static KR_DEFINE_FUN_1(dict_keys_obj, dict_keys);

static kr_obj_t dict_values(kr_obj_t self) {
    return kr_obj_dictview_new(self, KR_DICT_VALUES);
}
static KR_DEFINE_FUN_1(dict_values_obj, dict_values);

static kr_obj_t dict_items(kr_obj_t self) {
    return kr_obj_dictview_new(self, KR_DICT_ITEMS);
}
static KR_DEFINE_FUN_1(dict_items_obj, dict_items);

static kr_obj_t dict_copy_m(kr_obj_t self) {
    return kr_obj_dict_copy(self);
}
static KR_DEFINE_FUN_1(dict_copy_obj, dict_copy_m);

static kr_obj_t dict_clear(kr_obj_t self) {
    kr_map_clear(&dict_ptr(self)->map);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(dict_clear_obj, dict_clear);

static kr_obj_t dict_fromkeys(size_t n_args, const kr_obj_t *args) {
    kr_obj_t cls = args[0];
    kr_obj_t v = n_args > 2 ? args[2] : KR_OBJ_NONE;
    kr_obj_t it = kr_getiter(args[1]);
    kr_obj_t k;
    if (cls == KR_OBJ_FROM_PTR(&kr_type_dict)) {
        kr_obj_t d = kr_obj_new_dict(0);
        while ((k = kr_iternext(it)) != KR_OBJ_NULL) {
            kr_obj_dict_store(d, k, v);
        }
        return d;
    }
    kr_obj_t d = kr_call0(cls);
    while ((k = kr_iternext(it)) != KR_OBJ_NULL) {
        kr_subscr_store(d, k, v);
    }
    return d;
}
static KR_DEFINE_FUN_VAR(dict_fromkeys_fun_obj, 2, 3, dict_fromkeys);
static KR_DEFINE_CONST_CLASSMETHOD(dict_fromkeys_obj, &dict_fromkeys_fun_obj);

static kr_obj_t dict_m_getitem(kr_obj_t self, kr_obj_t key) {
    return kr_obj_dict_getitem(self, key);
}
static KR_DEFINE_FUN_2(dict_getitem_obj, dict_m_getitem);

static kr_obj_t dict_m_setitem(kr_obj_t self, kr_obj_t key, kr_obj_t value) {
    dict_subscr(self, key, value);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_3(dict_setitem_obj, dict_m_setitem);

static kr_obj_t dict_m_delitem(kr_obj_t self, kr_obj_t key) {
    kr_obj_dict_delete(self, key);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(dict_delitem_obj, dict_m_delitem);

static kr_obj_t dict_m_contains(kr_obj_t self, kr_obj_t key) {
    return KR_OBJ_BOOL(kr_map_lookup(&dict_ptr(self)->map, key, KR_MAP_LOOKUP) != NULL);
}
static KR_DEFINE_FUN_2(dict_contains_obj, dict_m_contains);

static kr_obj_t dict_m_len(kr_obj_t self) {
    return KR_NEW_SMALL_INT(dict_ptr(self)->map.filled);
}
static KR_DEFINE_FUN_1(dict_len_obj, dict_m_len);

static kr_obj_t dict_m_iter(kr_obj_t self) {
    return kr_obj_dictview_new_iter(self, KR_DICT_KEYS, false);
}
static KR_DEFINE_FUN_1(dict_iter_obj, dict_m_iter);

static kr_obj_t dict_m_reversed(kr_obj_t self) {
    return kr_obj_dictview_new_iter(self, KR_DICT_KEYS, true);
}
static KR_DEFINE_FUN_1(dict_reversed_obj, dict_m_reversed);

static const kr_map_elem_t dict_locals_table[] = {
    { KR_ROM_QSTR(__contains__), KR_ROM_PTR(&dict_contains_obj) },
    { KR_ROM_QSTR(__delitem__), KR_ROM_PTR(&dict_delitem_obj) },
    { KR_ROM_QSTR(__getitem__), KR_ROM_PTR(&dict_getitem_obj) },
    { KR_ROM_QSTR(__init__), KR_ROM_PTR(&dict_init_obj) },
    { KR_ROM_QSTR(__iter__), KR_ROM_PTR(&dict_iter_obj) },
    { KR_ROM_QSTR(__len__), KR_ROM_PTR(&dict_len_obj) },
    { KR_ROM_QSTR(__reversed__), KR_ROM_PTR(&dict_reversed_obj) },
    { KR_ROM_QSTR(__setitem__), KR_ROM_PTR(&dict_setitem_obj) },
    { KR_ROM_QSTR(clear), KR_ROM_PTR(&dict_clear_obj) },
    { KR_ROM_QSTR(copy), KR_ROM_PTR(&dict_copy_obj) },
    { KR_ROM_QSTR(fromkeys), KR_ROM_PTR(&dict_fromkeys_obj) },
    { KR_ROM_QSTR(get), KR_ROM_PTR(&dict_get_obj) },
    { KR_ROM_QSTR(items), KR_ROM_PTR(&dict_items_obj) },
    { KR_ROM_QSTR(keys), KR_ROM_PTR(&dict_keys_obj) },
    { KR_ROM_QSTR(pop), KR_ROM_PTR(&dict_pop_obj) },
    { KR_ROM_QSTR(popitem), KR_ROM_PTR(&dict_popitem_obj) },
    { KR_ROM_QSTR(setdefault), KR_ROM_PTR(&dict_setdefault_obj) },
    { KR_ROM_QSTR(update), KR_ROM_PTR(&dict_update_obj) },
    { KR_ROM_QSTR(values), KR_ROM_PTR(&dict_values_obj) },
};
static KR_DEFINE_CONST_DICT(dict_locals_dict, dict_locals_table);

const kr_type_t kr_type_dict = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_dict,
    .print = dict_print,
    .make_new = dict_make_new,
    .unary_op = dict_unary_op,
    .binary_op = dict_binary_op,
    .subscr = dict_subscr,
    .getiter = dict_getiter,
    .locals_dict = &dict_locals_dict,
};
