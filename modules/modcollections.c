/* modcollections.c: the collections module (deque, OrderedDict, defaultdict, namedtuple). */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objlist.h"
#include "objiter.h"
#include "seq.h"

#if KR_MODULE_COLLECTIONS

/* ================================================================ deque
 * A ring buffer: item i lives at items[(head + i) % alloc]. `state` changes on every
 * mutation so that iterators can detect them. */

typedef struct {
    kr_obj_base_t base;
    kr_obj_t *items;
    size_t alloc, head, len;
    kr_int_t maxlen;          /* -1 = unbounded */
    size_t state;
    bool full_raises;         /* MicroPython's flags & 1: IndexError('full') instead of dropping */
} deque_t;

extern const kr_type_t kr_type_collections_deque;

static deque_t *deque_ptr(kr_obj_t o) {
    return KR_OBJ_TO_PTR(o);
}

static kr_obj_t *deque_at(deque_t *d, size_t i) {
    return &d->items[(d->head + i) % d->alloc];
}

static void deque_grow(deque_t *d) {
    size_t n = d->alloc ? d->alloc * 2 : 8;
    kr_obj_t *items = kr_gc_alloc(n * sizeof(kr_obj_t), 0);
    for (size_t i = 0; i < d->len; i++) {
        items[i] = *deque_at(d, i);
    }
    d->items = items;
    d->alloc = n;
    d->head = 0;
}

static kr_obj_t deque_pop_side(deque_t *d, bool left) {
    if (d->len == 0) {
        kr_raise_msg(&kr_type_IndexError, "pop from an empty deque");
    }
    kr_obj_t *slot = left ? deque_at(d, 0) : deque_at(d, d->len - 1);
    kr_obj_t v = *slot;
    *slot = KR_OBJ_NULL;
    if (left) {
        d->head = (d->head + 1) % d->alloc;
    }
    d->len--;
    d->state++;
    return v;
}

static void deque_push(deque_t *d, kr_obj_t v, bool left) {
    if (d->maxlen == 0) {
        return;
    }
    if (d->maxlen > 0 && d->len >= (size_t)d->maxlen) {
        if (d->full_raises) {
            kr_raise_msg(&kr_type_IndexError, "full");
        }
        deque_pop_side(d, !left);
    }
    if (d->len == d->alloc) {
        deque_grow(d);
    }
    if (left) {
        d->head = (d->head + d->alloc - 1) % d->alloc;
        d->items[d->head] = v;
    } else {
        *deque_at(d, d->len) = v;
    }
    d->len++;
    d->state++;
}

static void deque_extend_side(kr_obj_t self, kr_obj_t iterable, bool left) {
    if (iterable == self) {
        iterable = kr_obj_list_from_iter(iterable);
    }
    kr_obj_t it = kr_getiter(iterable), x;
    while ((x = kr_iternext(it)) != KR_OBJ_NULL) {
        deque_push(deque_ptr(self), x, left);
    }
}

static kr_obj_t deque_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_iterable, KR_ARG_OBJ, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_maxlen, KR_ARG_OBJ, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_flags, KR_ARG_INT, {.u_int = 0} },
    };
    kr_map_t kw;
    kr_map_init(&kw, n_kw);
    for (size_t i = 0; i < n_kw; i++) {
        kr_map_lookup(&kw, args[n_args + 2 * i], KR_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = args[n_args + 2 * i + 1];
    }
    kr_arg_val_t v[3];
    kr_arg_parse_all(n_args, args, &kw, 3, allowed, v);
    deque_t *d = kr_gc_alloc(sizeof(deque_t), 0);
    d->base.type = type;
    d->maxlen = -1;
    if (v[1].u_obj != KR_OBJ_NONE) {
        if (!kr_obj_is_int(v[1].u_obj)) {
            kr_raise_msg(&kr_type_TypeError, "an integer is required");
        }
        d->maxlen = kr_obj_get_int(v[1].u_obj);
        if (d->maxlen < 0) {
            kr_raise_msg(&kr_type_ValueError, "maxlen must be non-negative");
        }
    }
    d->full_raises = (v[2].u_int & 1) != 0;
    kr_obj_t self = KR_OBJ_FROM_PTR(d);
    if (v[0].u_obj != KR_OBJ_NULL) {
        deque_extend_side(self, v[0].u_obj, false);
    }
    return self;
}

static void deque_print_body(const kr_print_t *p, kr_obj_t self) {
    deque_t *d = deque_ptr(self);
    kr_print_str(p, "[");
    for (size_t i = 0; i < d->len; i++) {
        if (i > 0) {
            kr_print_str(p, ", ");
        }
        kr_obj_print(p, *deque_at(d, i), KR_PRINT_REPR);
    }
    kr_print_str(p, "]");
}

static void deque_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    deque_t *d = deque_ptr(self);
    kr_printf(p, "%s(", kr_qstr_str(kr_obj_get_type(self)->name));
    kr_obj_list_repr_guard(p, self, deque_print_body, "[...]");
    if (d->maxlen >= 0) {
        kr_printf(p, ", maxlen=%ld", (long)d->maxlen);
    }
    kr_print_str(p, ")");
}

static kr_obj_t deque_unary_op(kr_unary_op_t op, kr_obj_t self) {
    deque_t *d = deque_ptr(self);
    switch (op) {
        case KR_UNARY_OP_BOOL: return KR_OBJ_BOOL(d->len != 0);
        case KR_UNARY_OP_LEN: return KR_NEW_SMALL_INT(d->len);
        default: return KR_OBJ_NULL;
    }
}

/* the items as a fresh list (for comparisons) */
static kr_obj_t deque_to_list(kr_obj_t self) {
    deque_t *d = deque_ptr(self);
    kr_obj_t l = kr_obj_new_list(d->len, NULL);
    kr_obj_list_t *lp = KR_OBJ_TO_PTR(l);
    for (size_t i = 0; i < d->len; i++) {
        lp->items[i] = *deque_at(d, i);
    }
    return l;
}

static kr_obj_t deque_copy(kr_obj_t self);
static kr_obj_t deque_clear(kr_obj_t self);

static kr_obj_t deque_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    deque_t *d = deque_ptr(self);
    if (op == KR_BINARY_OP_CONTAINS) {
        size_t state = d->state;
        for (size_t i = 0; i < d->len; i++) {
            kr_obj_t x = *deque_at(d, i);
            if (x == other || kr_obj_equal(x, other)) {
                return KR_OBJ_TRUE;
            }
            if (d->state != state) {
                kr_raise_msg(&kr_type_RuntimeError, "deque mutated during iteration");
            }
        }
        return KR_OBJ_FALSE;
    }
    if (op <= KR_BINARY_OP_NOT_EQUAL && op != KR_BINARY_OP_CONTAINS) {
        if (!kr_obj_is_instance(other, &kr_type_collections_deque)) {
            return KR_OBJ_NULL;
        }
        kr_obj_list_t *a = KR_OBJ_TO_PTR(deque_to_list(self)), *b = KR_OBJ_TO_PTR(deque_to_list(other));
        return KR_OBJ_BOOL(kr_seq_cmp_objs(op, a->items, a->len, b->items, b->len));
    }
    if (op == KR_BINARY_OP_INPLACE_ADD) {
        deque_extend_side(self, other, false);
        return self;
    }
    if (op == KR_BINARY_OP_ADD) {
        if (!kr_obj_is_instance(other, &kr_type_collections_deque)) {
            if (KR_IS_OBJ(other) && (KR_OBJ_TYPE(other)->flags & KR_TYPE_FLAG_HEAP)) {
                return KR_OBJ_NULL;        /* a class of the program may have __radd__ */
            }
            kr_raise_fmt(&kr_type_TypeError, "can only concatenate deque (not \"%s\") to deque",
                         kr_obj_type_name(other));
        }
        kr_obj_t r = deque_copy(self);
        deque_extend_side(r, other, false);
        return r;
    }
    if (op == KR_BINARY_OP_MULTIPLY || op == KR_BINARY_OP_REVERSE_MULTIPLY || op == KR_BINARY_OP_INPLACE_MULTIPLY) {
        size_t n;
        if (!kr_seq_repeat_count(other, &n)) {
            if (KR_IS_OBJ(other) && (KR_OBJ_TYPE(other)->flags & KR_TYPE_FLAG_HEAP)) {
                return KR_OBJ_NULL;
            }
            kr_raise_fmt(&kr_type_TypeError, "can't multiply sequence by non-int of type '%s'",
                         kr_obj_type_name(other));
        }
        kr_obj_t items = deque_to_list(self);
        kr_obj_t r = op != KR_BINARY_OP_INPLACE_MULTIPLY ? deque_copy(self) : self;
        if (n == 0) {
            deque_clear(r);
        }
        for (size_t k = 1; k < n && d->len > 0; k++) {
            deque_extend_side(r, items, false);
        }
        return r;
    }
    return KR_OBJ_NULL;
}

static kr_obj_t deque_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    deque_t *d = deque_ptr(self);
    if (!kr_obj_is_int(index)) {
        kr_raise_fmt(&kr_type_TypeError, "sequence index must be integer, not '%s'", kr_obj_type_name(index));
    }
    kr_int_t i = kr_seq_index_value(index, "deque");
    size_t k = kr_seq_index_adjust(i, d->len, "deque index out of range");
    if (value == KR_OBJ_SENTINEL) {
        return *deque_at(d, k);
    }
    if (value != KR_OBJ_NULL) {
        *deque_at(d, k) = value;
        return KR_OBJ_NONE;
    }
    for (size_t j = k; j + 1 < d->len; j++) {
        *deque_at(d, j) = *deque_at(d, j + 1);
    }
    *deque_at(d, d->len - 1) = KR_OBJ_NULL;
    d->len--;
    d->state++;
    return KR_OBJ_NONE;
}

/* ---- iterator ---- */

typedef struct {
    kr_obj_base_t base;
    kr_obj_t deque;
    size_t pos, state;
    bool reverse;
} deque_iter_t;

static kr_obj_t deque_iter_next(kr_obj_t self) {
    deque_iter_t *it = KR_OBJ_TO_PTR(self);
    deque_t *d = deque_ptr(it->deque);
    if (d->state != it->state) {
        kr_raise_msg(&kr_type_RuntimeError, "deque mutated during iteration");
    }
    if (it->pos >= d->len) {
        return KR_OBJ_NULL;
    }
    size_t i = it->reverse ? d->len - 1 - it->pos : it->pos;
    it->pos++;
    return *deque_at(d, i);
}

static const kr_type_t deque_iter_type = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF,
    .name = KR_QSTR__deque_iterator,
    .getiter = kr_obj_iter_getiter_self,
    .iternext = deque_iter_next,
};

static kr_obj_t deque_new_iter(kr_obj_t self, bool reverse) {
    deque_iter_t *it = kr_gc_alloc(sizeof(deque_iter_t), 0);
    it->base.type = &deque_iter_type;
    it->deque = self;
    it->state = deque_ptr(self)->state;
    it->reverse = reverse;
    return KR_OBJ_FROM_PTR(it);
}

static kr_obj_t deque_getiter(kr_obj_t self) {
    return deque_new_iter(self, false);
}

/* ---- methods ---- */

static kr_obj_t deque_append(kr_obj_t self, kr_obj_t x) {
    deque_push(deque_ptr(self), x, false);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(deque_append_obj, deque_append);

static kr_obj_t deque_appendleft(kr_obj_t self, kr_obj_t x) {
    deque_push(deque_ptr(self), x, true);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(deque_appendleft_obj, deque_appendleft);

static kr_obj_t deque_pop(kr_obj_t self) {
    return deque_pop_side(deque_ptr(self), false);
}
static KR_DEFINE_FUN_1(deque_pop_obj, deque_pop);

static kr_obj_t deque_popleft(kr_obj_t self) {
    return deque_pop_side(deque_ptr(self), true);
}
static KR_DEFINE_FUN_1(deque_popleft_obj, deque_popleft);

static kr_obj_t deque_extend(kr_obj_t self, kr_obj_t iterable) {
    deque_extend_side(self, iterable, false);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(deque_extend_obj, deque_extend);

static kr_obj_t deque_extendleft(kr_obj_t self, kr_obj_t iterable) {
    deque_extend_side(self, iterable, true);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(deque_extendleft_obj, deque_extendleft);

static kr_obj_t deque_clear(kr_obj_t self) {
    deque_t *d = deque_ptr(self);
    d->items = NULL;
    d->alloc = d->len = d->head = 0;
    d->state++;
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(deque_clear_obj, deque_clear);

static kr_obj_t deque_copy(kr_obj_t self) {
    deque_t *d = deque_ptr(self);
    kr_obj_t args[2] = { self, d->maxlen >= 0 ? kr_obj_new_int(d->maxlen) : KR_OBJ_NONE };
    return deque_make_new(kr_obj_get_type(self), 2, 0, args);
}
static KR_DEFINE_FUN_1(deque_copy_obj, deque_copy);

static kr_obj_t deque_count(kr_obj_t self, kr_obj_t x) {
    deque_t *d = deque_ptr(self);
    size_t n = 0, state = d->state;
    for (size_t i = 0; i < d->len; i++) {
        kr_obj_t y = *deque_at(d, i);
        if (y == x || kr_obj_equal(y, x)) {
            n++;
        }
        if (d->state != state) {
            kr_raise_msg(&kr_type_RuntimeError, "deque mutated during iteration");
        }
    }
    return KR_NEW_SMALL_INT(n);
}
static KR_DEFINE_FUN_2(deque_count_obj, deque_count);

static kr_obj_t deque_remove(kr_obj_t self, kr_obj_t x) {
    deque_t *d = deque_ptr(self);
    for (size_t i = 0; i < d->len; i++) {
        kr_obj_t y = *deque_at(d, i);
        if (y == x || kr_obj_equal(y, x)) {
            deque_subscr(self, KR_NEW_SMALL_INT(i), KR_OBJ_NULL);
            return KR_OBJ_NONE;
        }
    }
    kr_seq_raise_not_in(x, "deque");
}
static KR_DEFINE_FUN_2(deque_remove_obj, deque_remove);

static kr_obj_t deque_index(size_t n_args, const kr_obj_t *args) {
    deque_t *d = deque_ptr(args[0]);
    size_t start, stop, state = d->state;
    kr_seq_start_stop(d->len, n_args - 2, args + 2, &start, &stop);
    for (size_t i = start; i < stop && i < d->len; i++) {
        kr_obj_t y = *deque_at(d, i);
        if (y == args[1] || kr_obj_equal(y, args[1])) {
            return KR_NEW_SMALL_INT(i);
        }
        if (d->state != state) {
            kr_raise_msg(&kr_type_RuntimeError, "deque mutated during iteration");
        }
    }
    kr_seq_raise_not_in(args[1], "deque");
}
static KR_DEFINE_FUN_VAR(deque_index_obj, 2, 4, deque_index);

static kr_obj_t deque_insert(kr_obj_t self, kr_obj_t index, kr_obj_t x) {
    deque_t *d = deque_ptr(self);
    kr_int_t i = kr_obj_get_int(index);
    kr_int_t len = (kr_int_t)d->len;
    if (d->maxlen >= 0 && len >= d->maxlen) {
        kr_raise_msg(&kr_type_IndexError, "deque already at its maximum size");
    }
    if (i < 0) {
        i += len;
        if (i < 0) {
            i = 0;
        }
    } else if (i > len) {
        i = len;
    }
    deque_push(d, x, false);
    for (kr_int_t j = len; j > i; j--) {
        *deque_at(d, j) = *deque_at(d, j - 1);
    }
    *deque_at(d, i) = x;
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_3(deque_insert_obj, deque_insert);

static kr_obj_t deque_reverse(kr_obj_t self) {
    deque_t *d = deque_ptr(self);
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        kr_obj_t t = *deque_at(d, i);
        *deque_at(d, i) = *deque_at(d, j - 1);
        *deque_at(d, j - 1) = t;
    }
    d->state++;
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(deque_reverse_obj, deque_reverse);

static kr_obj_t deque_rotate(size_t n_args, const kr_obj_t *args) {
    deque_t *d = deque_ptr(args[0]);
    kr_int_t n = n_args > 1 ? kr_obj_get_int(args[1]) : 1;
    if (d->len > 1) {
        kr_int_t len = (kr_int_t)d->len;
        n %= len;
        if (n < 0) {
            n += len;
        }
        /* rotating right by n: the last n items move to the front */
        for (kr_int_t k = 0; k < n; k++) {
            kr_obj_t v = deque_pop_side(d, false);
            deque_push(d, v, true);
        }
    }
    d->state++;
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(deque_rotate_obj, 1, 2, deque_rotate);

static kr_obj_t deque_reversed(kr_obj_t self) {
    return deque_new_iter(self, true);
}
static KR_DEFINE_FUN_1(deque_reversed_obj, deque_reversed);

static void deque_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] == KR_OBJ_NULL && attr == KR_QSTR_maxlen) {
        deque_t *d = deque_ptr(self);
        dest[0] = d->maxlen >= 0 ? kr_obj_new_int(d->maxlen) : KR_OBJ_NONE;
    }
}

static const kr_map_elem_t deque_locals_table[] = {
    { KR_ROM_QSTR(__reversed__), KR_ROM_PTR(&deque_reversed_obj) },
    { KR_ROM_QSTR(append), KR_ROM_PTR(&deque_append_obj) },
    { KR_ROM_QSTR(appendleft), KR_ROM_PTR(&deque_appendleft_obj) },
    { KR_ROM_QSTR(clear), KR_ROM_PTR(&deque_clear_obj) },
    { KR_ROM_QSTR(copy), KR_ROM_PTR(&deque_copy_obj) },
    { KR_ROM_QSTR(count), KR_ROM_PTR(&deque_count_obj) },
    { KR_ROM_QSTR(extend), KR_ROM_PTR(&deque_extend_obj) },
    { KR_ROM_QSTR(extendleft), KR_ROM_PTR(&deque_extendleft_obj) },
    { KR_ROM_QSTR(index), KR_ROM_PTR(&deque_index_obj) },
    { KR_ROM_QSTR(insert), KR_ROM_PTR(&deque_insert_obj) },
    { KR_ROM_QSTR(pop), KR_ROM_PTR(&deque_pop_obj) },
    { KR_ROM_QSTR(popleft), KR_ROM_PTR(&deque_popleft_obj) },
    { KR_ROM_QSTR(remove), KR_ROM_PTR(&deque_remove_obj) },
    { KR_ROM_QSTR(reverse), KR_ROM_PTR(&deque_reverse_obj) },
    { KR_ROM_QSTR(rotate), KR_ROM_PTR(&deque_rotate_obj) },
};
static KR_DEFINE_CONST_DICT(deque_locals_dict, deque_locals_table);

const kr_type_t kr_type_collections_deque = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_deque,
    .print = deque_print,
    .make_new = deque_make_new,
    .unary_op = deque_unary_op,
    .binary_op = deque_binary_op,
    .attr = deque_attr,
    .subscr = deque_subscr,
    .getiter = deque_getiter,
    .locals_dict = &deque_locals_dict,
};

/* ================================================================ OrderedDict
 * A dict subclass: dicts keep insertion order already; this adds move_to_end, popitem(last),
 * order-sensitive == between OrderedDicts and CPython's repr. */

extern const kr_type_t kr_type_collections_OrderedDict;

static kr_obj_t od_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    return kr_type_dict.make_new(type, n_args, n_kw, args);
}

static void od_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_map_t *map = kr_obj_dict_get_map(self);
    kr_printf(p, "%s(", kr_qstr_str(kr_obj_get_type(self)->name));
    if (map->filled > 0) {
        kr_obj_t items = kr_obj_new_list(0, NULL);
        for (size_t i = 0; i < map->used; i++) {
            if (map->table[i].key != KR_OBJ_NULL) {
                kr_obj_list_append(items, kr_obj_new_tuple(2, &map->table[i].key));
            }
        }
        kr_obj_print(p, items, KR_PRINT_REPR);
    }
    kr_print_str(p, ")");
}

static kr_obj_t od_unary_op(kr_unary_op_t op, kr_obj_t self) {
    return kr_type_dict.unary_op(op, self);
}

static kr_obj_t od_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    if ((op == KR_BINARY_OP_EQUAL || op == KR_BINARY_OP_NOT_EQUAL)
        && kr_obj_is_instance(other, &kr_type_collections_OrderedDict)) {
        kr_map_t *a = kr_obj_dict_get_map(self), *b = kr_obj_dict_get_map(other);
        bool eq = a->filled == b->filled;
        for (size_t i = 0, j = 0; eq; i++, j++) {
            while (i < a->used && a->table[i].key == KR_OBJ_NULL) {
                i++;
            }
            while (j < b->used && b->table[j].key == KR_OBJ_NULL) {
                j++;
            }
            if (i >= a->used || j >= b->used) {
                break;
            }
            eq = kr_obj_equal(a->table[i].key, b->table[j].key) && kr_obj_equal(a->table[i].value, b->table[j].value);
        }
        return KR_OBJ_BOOL(eq == (op == KR_BINARY_OP_EQUAL));
    }
    return kr_type_dict.binary_op(op, self, other);
}

static kr_obj_t od_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    return kr_type_dict.subscr(self, index, value);
}

static kr_obj_t od_getiter(kr_obj_t self) {
    return kr_type_dict.getiter(self);
}

static kr_obj_t od_move_to_end(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_key, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_last, KR_ARG_BOOL, {.u_bool = true} },
    };
    kr_arg_val_t v[2];
    kr_arg_parse_all(n_args - 1, args + 1, kw, 2, allowed, v);
    kr_obj_t self = args[0], key = v[0].u_obj;
    kr_map_t *map = kr_obj_dict_get_map(self);
    kr_map_elem_t *e = kr_map_lookup(map, key, KR_MAP_LOOKUP);
    if (e == NULL) {
        kr_raise(kr_obj_new_exception_arg1(&kr_type_KeyError, key));
    }
    kr_obj_t k = e->key, val = e->value;
    if (v[1].u_bool) {
        kr_map_lookup(map, key, KR_MAP_LOOKUP_REMOVE);
        kr_map_lookup(map, k, KR_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = val;
        return KR_OBJ_NONE;
    }
    /* to the front: rebuild the order with this key first */
    kr_obj_t rest = kr_obj_new_list(0, NULL);
    for (size_t i = 0; i < map->used; i++) {
        if (map->table[i].key != KR_OBJ_NULL && map->table[i].key != k) {
            kr_obj_list_append(rest, kr_obj_new_tuple(2, &map->table[i].key));
        }
    }
    kr_map_clear(map);
    kr_map_init(map, 0);
    kr_map_lookup(map, k, KR_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = val;
    kr_obj_list_t *l = KR_OBJ_TO_PTR(rest);
    for (size_t i = 0; i < l->len; i++) {
        kr_obj_tuple_t *t = KR_OBJ_TO_PTR(l->items[i]);
        kr_map_lookup(map, t->items[0], KR_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = t->items[1];
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_KW(od_move_to_end_obj, 1, 3, od_move_to_end);

static kr_obj_t od_popitem(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_last, KR_ARG_BOOL, {.u_bool = true} },
    };
    kr_arg_val_t v[1];
    kr_arg_parse_all(n_args - 1, args + 1, kw, 1, allowed, v);
    kr_map_t *map = kr_obj_dict_get_map(args[0]);
    if (map->filled == 0) {
        kr_raise_msg(&kr_type_KeyError, "dictionary is empty");
    }
    size_t i;
    if (v[0].u_bool) {
        for (i = map->used; map->table[i - 1].key == KR_OBJ_NULL; i--) {
        }
        i--;
    } else {
        for (i = 0; map->table[i].key == KR_OBJ_NULL; i++) {
        }
    }
    kr_obj_t pair = kr_obj_new_tuple(2, &map->table[i].key);
    kr_map_lookup(map, map->table[i].key, KR_MAP_LOOKUP_REMOVE);
    return pair;
}
static KR_DEFINE_FUN_KW(od_popitem_obj, 1, 2, od_popitem);

static kr_obj_t od_copy(kr_obj_t self) {
    return od_make_new(kr_obj_get_type(self), 1, 0, &self);
}
static KR_DEFINE_FUN_1(od_copy_obj, od_copy);

static const kr_map_elem_t od_locals_table[] = {
    { KR_ROM_QSTR(copy), KR_ROM_PTR(&od_copy_obj) },
    { KR_ROM_QSTR(move_to_end), KR_ROM_PTR(&od_move_to_end_obj) },
    { KR_ROM_QSTR(popitem), KR_ROM_PTR(&od_popitem_obj) },
};
static KR_DEFINE_CONST_DICT(od_locals_dict, od_locals_table);

const kr_type_t kr_type_collections_OrderedDict = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_OrderedDict,
    .print = od_print,
    .make_new = od_make_new,
    .unary_op = od_unary_op,
    .binary_op = od_binary_op,
    .subscr = od_subscr,
    .getiter = od_getiter,
    .locals_dict = &od_locals_dict,
    .parent = &kr_type_dict,
};

/* ================================================================ defaultdict
 * A dict subclass whose __missing__ calls default_factory. The factory lives in a dict
 * attribute-free side field: the object is a dict followed by one word. */

typedef struct {
    kr_obj_dict_t dict;
    kr_obj_t factory;
} defaultdict_t;

static kr_obj_t dd_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_obj_t factory = KR_OBJ_NONE;
    if (n_args > 0) {
        factory = args[0];
        if (factory != KR_OBJ_NONE && !kr_obj_is_callable(factory)) {
            kr_raise_msg(&kr_type_TypeError, "first argument must be callable or None");
        }
        args++;
        n_args--;
    }
    /* build the contents as a plain dict, then take over its map */
    kr_obj_t tmp = kr_type_dict.make_new(&kr_type_dict, n_args, n_kw, args);
    defaultdict_t *d = kr_gc_alloc(sizeof(defaultdict_t), 0);
    d->dict.base.type = type;
    d->dict.map = *kr_obj_dict_get_map(tmp);
    d->factory = factory;
    return KR_OBJ_FROM_PTR(d);
}

static void dd_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    defaultdict_t *d = KR_OBJ_TO_PTR(self);
    kr_printf(p, "%s(", kr_qstr_str(kr_obj_get_type(self)->name));
    kr_obj_print(p, d->factory, KR_PRINT_REPR);
    kr_print_str(p, ", ");
    kr_type_dict.print(p, self, KR_PRINT_REPR);
    kr_print_str(p, ")");
}

static kr_obj_t dd_missing(kr_obj_t self, kr_obj_t key) {
    defaultdict_t *d = KR_OBJ_TO_PTR(self);
    if (d->factory == KR_OBJ_NONE) {
        kr_raise(kr_obj_new_exception_arg1(&kr_type_KeyError, key));
    }
    kr_obj_t v = kr_call0(d->factory);
    kr_subscr_store(self, key, v);
    return v;
}
static KR_DEFINE_FUN_2(dd_missing_obj, dd_missing);

static kr_obj_t dd_copy(kr_obj_t self) {
    defaultdict_t *d = KR_OBJ_TO_PTR(self);
    kr_obj_t args[2] = { d->factory, self };
    return dd_make_new(kr_obj_get_type(self), 2, 0, args);
}
static KR_DEFINE_FUN_1(dd_copy_obj, dd_copy);

static void dd_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (attr != KR_QSTR_default_factory) {
        return;
    }
    defaultdict_t *d = KR_OBJ_TO_PTR(self);
    if (dest[0] == KR_OBJ_NULL) {
        dest[0] = d->factory;
    } else if (dest[1] != KR_OBJ_NULL) {
        d->factory = dest[1];
        dest[0] = KR_OBJ_NULL;
    }
}

static const kr_map_elem_t dd_locals_table[] = {
    { KR_ROM_QSTR(__missing__), KR_ROM_PTR(&dd_missing_obj) },
    { KR_ROM_QSTR(copy), KR_ROM_PTR(&dd_copy_obj) },
};
static KR_DEFINE_CONST_DICT(dd_locals_dict, dd_locals_table);

const kr_type_t kr_type_collections_defaultdict = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_defaultdict,
    .print = dd_print,
    .make_new = dd_make_new,
    .unary_op = od_unary_op,
    .binary_op = od_binary_op,
    .attr = dd_attr,
    .subscr = od_subscr,
    .getiter = od_getiter,
    .locals_dict = &dd_locals_dict,
    .parent = &kr_type_dict,
};

/* ================================================================ namedtuple
 * Written in Python: the class is generated as source text and executed, so that it is
 * an ordinary tuple subclass. The helper is compiled at each call (namedtuple() is
 * called rarely, usually once per type at import time). */

static const char namedtuple_src[] =
    "_KEYWORDS = ('False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',\n"
    "    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from',\n"
    "    'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',\n"
    "    'raise', 'return', 'try', 'while', 'with', 'yield')\n"
    "def _noset(self, value):\n"
    "    raise AttributeError(\"can't set attribute\")\n"
    "def _nodel(self):\n"
    "    raise AttributeError(\"can't delete attribute\")\n"
    "def _build(typename, fields, rename, defaults, module):\n"
    "    if isinstance(fields, str):\n"
    "        fields = fields.replace(',', ' ').split()\n"
    "    fields = [str(f) for f in fields]\n"
    "    typename = str(typename)\n"
    "    if rename:\n"
    "        taken = set()\n"
    "        for i in range(len(fields)):\n"
    "            f = fields[i]\n"
    "            if not f.isidentifier() or f in _KEYWORDS or f.startswith('_') or f in taken:\n"
    "                fields[i] = '_' + str(i)\n"
    "            taken.add(f)\n"
    "    for f in [typename] + fields:\n"
    "        if not f.isidentifier():\n"
    "            raise ValueError('Type names and field names must be valid identifiers: ' + repr(f))\n"
    "        if f in _KEYWORDS:\n"
    "            raise ValueError('Type names and field names cannot be a keyword: ' + repr(f))\n"
    "    taken = set()\n"
    "    for f in fields:\n"
    "        if f.startswith('_') and not rename:\n"
    "            raise ValueError('Field names cannot start with an underscore: ' + repr(f))\n"
    "        if f in taken:\n"
    "            raise ValueError('Encountered duplicate field name: ' + repr(f))\n"
    "        taken.add(f)\n"
    "    n = len(fields)\n"
    "    ns = {'_tuple_new': tuple.__new__, '_fields': tuple(fields), '__name__': module or '__main__',\n"
    "          '_noset': _noset, '_nodel': _nodel}\n"
    "    params = list(fields)\n"
    "    fdefaults = {}\n"
    "    if defaults is not None:\n"
    "        defaults = tuple(defaults)\n"
    "        if len(defaults) > n:\n"
    "            raise TypeError('Got more default values than field names')\n"
    "        for i in range(len(defaults)):\n"
    "            j = n - len(defaults) + i\n"
    "            ns['_dflt' + str(i)] = defaults[i]\n"
    "            params[j] = fields[j] + '=_dflt' + str(i)\n"
    "            fdefaults[fields[j]] = defaults[i]\n"
    "    ns['_fdefaults'] = fdefaults\n"
    "    packed = '(' + ''.join(f + ', ' for f in fields) + ')'\n"
    "    lines = ['class ' + typename + '(tuple):',\n"
    "             '    __slots__ = ()',\n"
    "             '    _fields = _fields',\n"
    "             '    _field_defaults = _fdefaults',\n"
    "             '    def __new__(_cls' + ''.join(', ' + p for p in params) + '):',\n"
    "             '        return _tuple_new(_cls, ' + packed + ')',\n"
    "             '    @classmethod',\n"
    "             '    def _make(cls, iterable):',\n"
    "             '        obj = _tuple_new(cls, iterable)',\n"
    "             '        if len(obj) != ' + str(n) + ':',\n"
    "             '            raise TypeError(\"Expected ' + str(n) + ' arguments, got %d\" % len(obj))',\n"
    "             '        return obj',\n"
    "             '    def _replace(self, **kwds):',\n"
    "             '        obj = self._make([kwds.pop(f, v) for f, v in zip(self._fields, self)])',\n"
    "             '        if kwds:',\n"
    "             '            raise ValueError(\"Got unexpected field names: %r\" % list(kwds))',\n"
    "             '        return obj',\n"
    "             '    def __repr__(self):',\n"
    "             '        return self.__class__.__name__ + \"(\" + \", \".join(f + \"=\" + repr(v) for f, v in zip(self._fields, self)) + \")\"',\n"
    "             '    def _asdict(self):',\n"
    "             '        return dict(zip(self._fields, self))',\n"
    "             '    def __getnewargs__(self):',\n"
    "             '        return tuple(self)']\n"
    "    for i in range(n):\n"
    "        lines.append('    ' + fields[i] + ' = property(lambda self: self[' + str(i) + '], _noset, _nodel, doc=\"Alias for field number ' + str(i) + '\")')\n"
    "    exec('\\n'.join(lines) + '\\n', ns)\n"
    "    return ns[typename]\n";

static kr_obj_t collections_namedtuple(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_typename, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_field_names, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_rename, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_FALSE} },
        { KR_QSTR_defaults, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_module, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_NONE} },
    };
    kr_arg_val_t v[5];
    kr_arg_parse_all(n_args, args, kw, 5, allowed, v);
    kr_obj_t globals = kr_obj_new_dict(4);
    kr_exec_str(namedtuple_src, sizeof(namedtuple_src) - 1, KR_QSTR_collections, KR_PARSE_FILE, globals, globals);
    kr_obj_t build = kr_obj_dict_get(globals, KR_ROM_QSTR(_build));
    kr_obj_t cargs[5] = { v[0].u_obj, v[1].u_obj, KR_OBJ_BOOL(kr_obj_is_true(v[2].u_obj)), v[3].u_obj, v[4].u_obj };
    return kr_call(build, 5, 0, cargs);
}
static KR_DEFINE_FUN_KW(collections_namedtuple_obj, 0, 2, collections_namedtuple);

/* ================================================================ the module */

static const kr_map_elem_t collections_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(collections) },
    { KR_ROM_QSTR(OrderedDict), KR_ROM_PTR(&kr_type_collections_OrderedDict) },
    { KR_ROM_QSTR(defaultdict), KR_ROM_PTR(&kr_type_collections_defaultdict) },
    { KR_ROM_QSTR(deque), KR_ROM_PTR(&kr_type_collections_deque) },
    { KR_ROM_QSTR(namedtuple), KR_ROM_PTR(&collections_namedtuple_obj) },
};
static KR_DEFINE_CONST_DICT(collections_globals, collections_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_collections, collections_globals);

#endif /* KR_MODULE_COLLECTIONS */
