/* objtuple.c: the tuple type (immutable sequence; CPython-compatible hash). */
#include <string.h>
#include "obj.h"
#include "state.h"
#include "gc.h"
#include "runtime.h"
#include "map.h"
#include "objlist.h"
#include "objiter.h"
#include "seq.h"

static const kr_obj_tuple_t empty_tuple = {{&kr_type_tuple}, 0};

static inline kr_obj_tuple_t *tuple_ptr(kr_obj_t o) {
    return (kr_obj_tuple_t *)KR_OBJ_TO_PTR(o);
}

static bool is_tuple(kr_obj_t o) {
    return kr_obj_is_type(o, &kr_type_tuple) || (KR_IS_OBJ(o) && kr_obj_is_instance(o, &kr_type_tuple));
}

static kr_obj_tuple_t *tuple_alloc(const kr_type_t *type, size_t n) {
    if (n > (SIZE_MAX - sizeof(kr_obj_tuple_t)) / sizeof(kr_obj_t)) {
        kr_raise_memory_error();
    }
    kr_obj_tuple_t *t = kr_gc_alloc(sizeof(kr_obj_tuple_t) + n * sizeof(kr_obj_t), 0);
    t->base.type = type;
    t->len = n;
    return t;
}

kr_obj_t kr_obj_new_tuple(size_t n, const kr_obj_t *items) {
    if (n == 0) {
        return KR_OBJ_FROM_PTR(&empty_tuple);
    }
    kr_obj_tuple_t *t = tuple_alloc(&kr_type_tuple, n);
    if (items != NULL) {
        memcpy(t->items, items, n * sizeof(kr_obj_t));
    }
    return KR_OBJ_FROM_PTR(t);
}

kr_obj_t kr_obj_tuple_from_iter(kr_obj_t iterable) {
    if (kr_obj_is_type(iterable, &kr_type_tuple)) {
        return iterable;
    }
    if (kr_obj_is_type(iterable, &kr_type_list)) {
        kr_obj_list_t *l = KR_OBJ_TO_PTR(iterable);
        return kr_obj_new_tuple(l->len, l->items);
    }
    kr_obj_t l = kr_obj_list_from_iter(iterable);
    kr_obj_list_t *lp = KR_OBJ_TO_PTR(l);
    return kr_obj_new_tuple(lp->len, lp->items);
}

/* ---------------------------------------------------------------- type slots */

static void tuple_print_body(const kr_print_t *p, kr_obj_t self) {
    kr_obj_tuple_t *t = tuple_ptr(self);
    kr_print_str(p, "(");
    for (size_t i = 0; i < t->len; i++) {
        if (i > 0) {
            kr_print_str(p, ", ");
        }
        kr_obj_print(p, t->items[i], KR_PRINT_REPR);
    }
    kr_print_str(p, t->len == 1 ? ",)" : ")");
}

/* a tuple reached again through a list or dict inside it prints as (...), like CPython */
static void tuple_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    if (tuple_ptr(self)->len == 0) {
        kr_print_str(p, "()");
        return;
    }
    kr_obj_list_repr_guard(p, self, tuple_print_body, "(...)");
}

static kr_obj_t tuple_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_kw > 0 && type == &kr_type_tuple) {
        kr_raise_msg(&kr_type_TypeError, "tuple() takes no keyword arguments");
    }
    if (n_args > 1) {
        kr_raise_fmt(&kr_type_TypeError, "tuple expected at most 1 argument, got %u", (unsigned)n_args);
    }
    kr_obj_t t = n_args == 0 ? KR_OBJ_FROM_PTR(&empty_tuple) : kr_obj_tuple_from_iter(args[0]);
    if (type != &kr_type_tuple) {
        kr_obj_tuple_t *src = tuple_ptr(t);
        kr_obj_tuple_t *r = tuple_alloc(type, src->len);
        memcpy(r->items, src->items, src->len * sizeof(kr_obj_t));
        t = KR_OBJ_FROM_PTR(r);
    }
    return t;
}

static kr_int_t tuple_hash(kr_obj_tuple_t *t) {
#if INTPTR_MAX > 0x7fffffff
    const kr_uint_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL,
                    p5 = 2870177450012600261ULL;
#define ROTATE(x) (((x) << 31) | ((x) >> 33))
#else
    const kr_uint_t p1 = 2654435761UL, p2 = 2246822519UL, p5 = 374761393UL;
#define ROTATE(x) (((x) << 13) | ((x) >> 19))
#endif
    kr_uint_t acc = p5;
    if (t->len > 0) {
        kr_stack_check();   /* deeply nested tuples */
    }
    for (size_t i = 0; i < t->len; i++) {
        kr_uint_t lane = (kr_uint_t)kr_map_hash_key(t->items[i]);
        acc += lane * p2;
        acc = ROTATE(acc);
        acc *= p1;
    }
#undef ROTATE
    acc += (kr_uint_t)t->len ^ (p5 ^ 3527539UL);
    if (acc == (kr_uint_t)-1) {
        return 1546275796;
    }
    return (kr_int_t)acc;
}

static kr_obj_t tuple_unary_op(kr_unary_op_t op, kr_obj_t self) {
    kr_obj_tuple_t *t = tuple_ptr(self);
    switch (op) {
        case KR_UNARY_OP_BOOL: return KR_OBJ_BOOL(t->len != 0);
        case KR_UNARY_OP_LEN: return KR_NEW_SMALL_INT(t->len);
        case KR_UNARY_OP_HASH: return kr_obj_new_int(tuple_hash(t));
        default: return KR_OBJ_NULL;
    }
}

static bool is_user_obj(kr_obj_t o) {
    return KR_IS_OBJ(o) && (KR_OBJ_TYPE(o)->flags & KR_TYPE_FLAG_HEAP);
}

static kr_obj_t tuple_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    kr_obj_tuple_t *t = tuple_ptr(self);
    if (KR_BINARY_OP_IS_INPLACE(op)) {
        op = KR_BINARY_OP_INPLACE_TO_NORMAL(op);
    }
    switch (op) {
        case KR_BINARY_OP_CONTAINS:
            return KR_OBJ_BOOL(kr_seq_find(t->items, 0, t->len, other) != SIZE_MAX);
        case KR_BINARY_OP_ADD: {
            if (!is_tuple(other)) {
                if (is_user_obj(other)) {
                    return KR_OBJ_NULL;
                }
                kr_raise_fmt(&kr_type_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                             kr_obj_type_name(other));
            }
            kr_obj_tuple_t *o = tuple_ptr(other);
            if (o->len == 0 && KR_OBJ_TYPE(self) == &kr_type_tuple) {
                return self;
            }
            kr_obj_tuple_t *r = tuple_alloc(&kr_type_tuple, t->len + o->len);
            memcpy(r->items, t->items, t->len * sizeof(kr_obj_t));
            memcpy(r->items + t->len, o->items, o->len * sizeof(kr_obj_t));
            return KR_OBJ_FROM_PTR(r);
        }
        case KR_BINARY_OP_MULTIPLY:
        case KR_BINARY_OP_REVERSE_MULTIPLY: {
            size_t count;
            if (!kr_seq_repeat_count(other, &count)) {
                if (is_user_obj(other)) {
                    return KR_OBJ_NULL;
                }
                kr_raise_fmt(&kr_type_TypeError, "can't multiply sequence by non-int of type '%s'",
                             kr_obj_type_name(other));
            }
            if (count == 1 && KR_OBJ_TYPE(self) == &kr_type_tuple) {
                return self;
            }
            size_t n = t->len;
            if (n == 0 || count == 0) {
                return KR_OBJ_FROM_PTR(&empty_tuple);
            }
            if (n > SIZE_MAX / sizeof(kr_obj_t) / count) {
                kr_raise_memory_error();
            }
            kr_obj_tuple_t *r = tuple_alloc(&kr_type_tuple, n * count);
            for (size_t i = 0; i < count; i++) {
                memcpy(r->items + i * n, t->items, n * sizeof(kr_obj_t));
            }
            return KR_OBJ_FROM_PTR(r);
        }
        case KR_BINARY_OP_EQUAL:
        case KR_BINARY_OP_NOT_EQUAL:
        case KR_BINARY_OP_LESS:
        case KR_BINARY_OP_LESS_EQUAL:
        case KR_BINARY_OP_MORE:
        case KR_BINARY_OP_MORE_EQUAL: {
            if (!is_tuple(other)) {
                return KR_OBJ_NULL;
            }
            kr_obj_tuple_t *o = tuple_ptr(other);
            return KR_OBJ_BOOL(kr_seq_cmp_objs(op, t->items, t->len, o->items, o->len));
        }
        default:
            return KR_OBJ_NULL;
    }
}

static kr_obj_t tuple_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    kr_obj_tuple_t *t = tuple_ptr(self);
    if (value != KR_OBJ_SENTINEL) {
        if (value == KR_OBJ_NULL) {
            kr_raise_fmt(&kr_type_TypeError, "'%s' object doesn't support item deletion", kr_obj_type_name(self));
        }
        kr_raise_fmt(&kr_type_TypeError, "'%s' object does not support item assignment", kr_obj_type_name(self));
    }
    if (KR_IS_SMALL_INT(index)) {
        kr_int_t i = KR_SMALL_INT_VALUE(index);
        if (i < 0) {
            i += (kr_int_t)t->len;
        }
        if (i >= 0 && (size_t)i < t->len) {
            return t->items[i];
        }
        kr_raise_msg(&kr_type_IndexError, "tuple index out of range");
    }
    if (kr_obj_is_type(index, &kr_type_slice)) {
        kr_int_t start, stop, step;
        size_t n = kr_obj_slice_indices(index, t->len, &start, &stop, &step);
        if (n == t->len && step == 1 && KR_OBJ_TYPE(self) == &kr_type_tuple) {
            return self;
        }
        if (n == 0) {
            return KR_OBJ_FROM_PTR(&empty_tuple);
        }
        kr_obj_tuple_t *r = tuple_alloc(&kr_type_tuple, n);
        for (size_t i = 0; i < n; i++) {
            r->items[i] = t->items[start + (kr_int_t)i * step];
        }
        return KR_OBJ_FROM_PTR(r);
    }
    kr_int_t i = kr_seq_index_value(index, "tuple");
    return t->items[kr_seq_index_adjust(i, t->len, "tuple index out of range")];
}

/* ---------------------------------------------------------------- iterator */

typedef struct _tuple_iter_t {
    kr_obj_base_t base;
    kr_obj_tuple_t *tuple;
    size_t pos;
} tuple_iter_t;

static kr_obj_t tuple_iter_next(kr_obj_t self) {
    tuple_iter_t *it = KR_OBJ_TO_PTR(self);
    if (it->pos < it->tuple->len) {
        return it->tuple->items[it->pos++];
    }
    return KR_OBJ_NULL;
}

static const kr_type_t tuple_iter_type = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF,
    .name = KR_QSTR_tuple_iterator,
    .getiter = kr_obj_iter_getiter_self,
    .iternext = tuple_iter_next,
};

static kr_obj_t tuple_getiter(kr_obj_t self) {
    tuple_iter_t *it = kr_gc_alloc(sizeof(tuple_iter_t), 0);
    it->base.type = &tuple_iter_type;
    it->tuple = tuple_ptr(self);
    return KR_OBJ_FROM_PTR(it);
}

/* ---------------------------------------------------------------- methods */

static kr_obj_t tuple_m_count(kr_obj_t self, kr_obj_t x) {
    kr_obj_tuple_t *t = tuple_ptr(self);
    size_t n = 0;
    for (size_t i = 0; i < t->len; i++) {
        if (t->items[i] == x || kr_obj_equal(t->items[i], x)) {
            n++;
        }
    }
    return KR_NEW_SMALL_INT(n);
}
static KR_DEFINE_FUN_2(tuple_count_obj, tuple_m_count);

static kr_obj_t tuple_m_index(size_t n_args, const kr_obj_t *args) {
    kr_obj_tuple_t *t = tuple_ptr(args[0]);
    size_t start, stop;
    kr_seq_start_stop(t->len, n_args - 2, args + 2, &start, &stop);
    size_t i = kr_seq_find(t->items, start, stop, args[1]);
    if (i == SIZE_MAX) {
        kr_raise_msg(&kr_type_ValueError, "tuple.index(x): x not in tuple");
    }
    return KR_NEW_SMALL_INT(i);
}
static KR_DEFINE_FUN_VAR(tuple_index_obj, 2, 4, tuple_m_index);

static kr_obj_t tuple_m_getitem(kr_obj_t self, kr_obj_t index) {
    return tuple_subscr(self, index, KR_OBJ_SENTINEL);
}
static KR_DEFINE_FUN_2(tuple_getitem_obj, tuple_m_getitem);

static kr_obj_t tuple_m_len(kr_obj_t self) {
    return KR_NEW_SMALL_INT(tuple_ptr(self)->len);
}
static KR_DEFINE_FUN_1(tuple_len_obj, tuple_m_len);

static KR_DEFINE_FUN_1(tuple_iter_obj, tuple_getiter);

static const kr_map_elem_t tuple_locals_table[] = {
    { KR_ROM_QSTR(__getitem__), KR_ROM_PTR(&tuple_getitem_obj) },
    { KR_ROM_QSTR(__iter__), KR_ROM_PTR(&tuple_iter_obj) },
    { KR_ROM_QSTR(__len__), KR_ROM_PTR(&tuple_len_obj) },
    { KR_ROM_QSTR(count), KR_ROM_PTR(&tuple_count_obj) },
    { KR_ROM_QSTR(index), KR_ROM_PTR(&tuple_index_obj) },
};
static KR_DEFINE_CONST_DICT(tuple_locals_dict, tuple_locals_table);

const kr_type_t kr_type_tuple = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_tuple,
    .print = tuple_print,
    .make_new = tuple_make_new,
    .unary_op = tuple_unary_op,
    .binary_op = tuple_binary_op,
    .subscr = tuple_subscr,
    .getiter = tuple_getiter,
    .locals_dict = &tuple_locals_dict,
};
