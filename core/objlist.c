/* objlist.c: the list type: storage, indexing and slicing, operators, methods, sort. */
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "state.h"
#include "objlist.h"
#include "objiter.h"
#include "seq.h"

static inline kr_obj_list_t *list_ptr(kr_obj_t o) {
    return (kr_obj_list_t *)KR_OBJ_TO_PTR(o);
}

/* ---------------------------------------------------------------- repr recursion guard */

#define REPR_STACK_MAX (64)
static kr_obj_t repr_stack[REPR_STACK_MAX];
static size_t repr_depth;

void kr_obj_list_repr_guard(const kr_print_t *p, kr_obj_t self, kr_repr_body_fn_t fn, const char *recursive) {
    size_t depth = repr_depth;
    if (depth > REPR_STACK_MAX) {
        depth = REPR_STACK_MAX;
    }
    for (size_t i = 0; i < depth; i++) {
        if (repr_stack[i] == self) {
            kr_print_str(p, recursive);
            return;
        }
    }
    kr_stack_check();
    if (repr_depth < REPR_STACK_MAX) {
        repr_stack[repr_depth] = self;
    }
    size_t saved = repr_depth++;
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        fn(p, self);
        kr_nlr_pop();
        repr_depth = saved;
    } else {
        repr_depth = saved;
        kr_nlr_jump(nlr.ret_val);
    }
}

/* ---------------------------------------------------------------- storage */

static kr_obj_list_t *list_alloc(const kr_type_t *type, size_t n) {
    kr_obj_list_t *l = kr_gc_alloc(sizeof(kr_obj_list_t), 0);
    l->base.type = type;
    l->alloc = n < 4 ? 4 : n;
    l->len = n;
    l->items = kr_gc_alloc(l->alloc * sizeof(kr_obj_t), 0);
    return l;
}

static void list_reserve(kr_obj_list_t *l, size_t need) {
    if (need <= l->alloc) {
        return;
    }
    size_t a = l->alloc + (l->alloc >> 1) + 4;
    if (a < need) {
        a = need;
    }
    if (a > SIZE_MAX / sizeof(kr_obj_t)) {
        kr_raise_memory_error();
    }
    l->items = kr_gc_realloc(l->items, a * sizeof(kr_obj_t));
    l->alloc = a;
}

kr_obj_t kr_obj_new_list(size_t n, const kr_obj_t *items) {
    kr_obj_list_t *l = list_alloc(&kr_type_list, n);
    if (items != NULL) {
        memcpy(l->items, items, n * sizeof(kr_obj_t));
    } else {
        for (size_t i = 0; i < n; i++) {
            l->items[i] = KR_OBJ_NONE;
        }
    }
    return KR_OBJ_FROM_PTR(l);
}

kr_obj_t kr_obj_list_from_array(size_t n, const kr_obj_t *items) {
    return kr_obj_new_list(n, items);
}

kr_obj_t kr_obj_list_append(kr_obj_t list, kr_obj_t item) {
    kr_obj_list_t *l = list_ptr(list);
    if (l->len >= l->alloc) {
        list_reserve(l, l->len + 1);
    }
    l->items[l->len++] = item;
    return KR_OBJ_NONE;
}

void kr_obj_list_extend(kr_obj_t list, kr_obj_t iterable) {
    kr_obj_list_t *l = list_ptr(list);
    if (kr_obj_is_type(iterable, &kr_type_list) || kr_obj_is_type(iterable, &kr_type_tuple)) {
        size_t n;
        kr_obj_t *items;
        kr_obj_get_array(iterable, &n, &items);
        list_reserve(l, l->len + n);
        kr_obj_get_array(iterable, &n, &items);   /* items may have moved if iterable == list */
        memmove(l->items + l->len, items, n * sizeof(kr_obj_t));
        l->len += n;
        return;
    }
    kr_obj_t it = kr_getiter(iterable);
    kr_obj_t x;
    while ((x = kr_iternext(it)) != KR_OBJ_NULL) {
        kr_obj_list_append(list, x);
    }
}

kr_obj_t kr_obj_list_from_iter(kr_obj_t iterable) {
    kr_obj_t l = kr_obj_new_list(0, NULL);
    kr_obj_list_extend(l, iterable);
    return l;
}

kr_obj_t kr_obj_list_pop(kr_obj_t list, kr_int_t index) {
    kr_obj_list_t *l = list_ptr(list);
    if (l->len == 0) {
        kr_raise_msg(&kr_type_IndexError, "pop from empty list");
    }
    size_t i = kr_seq_index_adjust(index, l->len, "pop index out of range");
    kr_obj_t x = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(kr_obj_t));
    l->items[--l->len] = KR_OBJ_NULL;
    if (l->alloc > 16 && l->len < l->alloc / 4) {
        size_t a = l->alloc / 2;
        l->items = kr_gc_realloc(l->items, a * sizeof(kr_obj_t));
        l->alloc = a;
    }
    return x;
}

void kr_obj_list_clear(kr_obj_t list) {
    kr_obj_list_t *l = list_ptr(list);
    l->len = 0;
    l->alloc = 4;
    l->items = kr_gc_alloc(4 * sizeof(kr_obj_t), 0);
}

/* ---------------------------------------------------------------- sort */

static inline bool sort_lt(kr_obj_t a, kr_obj_t b) {
    if (KR_IS_SMALL_INT(a) && KR_IS_SMALL_INT(b)) {
        return (kr_int_t)a < (kr_int_t)b;
    }
    return kr_obj_is_true(kr_binary_op(KR_BINARY_OP_LESS, a, b));
}

/* Stable sort of keys[0..n) (vals, if not NULL, moved alongside) using tk/tv as scratch. */
static void msort(kr_obj_t *k, kr_obj_t *v, kr_obj_t *tk, kr_obj_t *tv, size_t n) {
    if (n <= 12) {
        /* binary insertion sort */
        for (size_t i = 1; i < n; i++) {
            kr_obj_t x = k[i];
            size_t lo = 0, hi = i;
            if (!sort_lt(x, k[i - 1])) {
                continue;
            }
            hi = i - 1;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (sort_lt(x, k[mid])) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            memmove(k + lo + 1, k + lo, (i - lo) * sizeof(kr_obj_t));
            k[lo] = x;
            if (v != NULL) {
                kr_obj_t y = v[i];
                memmove(v + lo + 1, v + lo, (i - lo) * sizeof(kr_obj_t));
                v[lo] = y;
            }
        }
        return;
    }
    size_t mid = n / 2;
    msort(k, v, tk, tv, mid);
    msort(k + mid, v ? v + mid : NULL, tk, tv, n - mid);
    if (!sort_lt(k[mid], k[mid - 1])) {
        return;   /* already in order */
    }
    memcpy(tk, k, mid * sizeof(kr_obj_t));
    if (v != NULL) {
        memcpy(tv, v, mid * sizeof(kr_obj_t));
    }
    size_t i = 0, j = mid, o = 0;
    while (i < mid && j < n) {
        if (sort_lt(k[j], tk[i])) {
            if (v != NULL) {
                v[o] = v[j];
            }
            k[o++] = k[j++];
        } else {
            if (v != NULL) {
                v[o] = tv[i];
            }
            k[o++] = tk[i++];
        }
    }
    while (i < mid) {
        if (v != NULL) {
            v[o] = tv[i];
        }
        k[o++] = tk[i++];
    }
}

static void reverse_array(kr_obj_t *a, size_t n) {
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        kr_obj_t t = a[i];
        a[i] = a[j - 1];
        a[j - 1] = t;
    }
}

void kr_obj_list_sort(kr_obj_t list, kr_obj_t key, bool reverse) {
    kr_obj_list_t *l = list_ptr(list);
    size_t n = l->len;
    if (n < 2) {
        if (n == 1 && key != KR_OBJ_NULL && key != KR_OBJ_NONE) {
            kr_call1(key, l->items[0]);   /* CPython calls the key on every item */
        }
        return;
    }
    kr_obj_t *saved_items = l->items;
    kr_obj_t *vals = kr_gc_alloc(n * sizeof(kr_obj_t), 0);
    memcpy(vals, l->items, n * sizeof(kr_obj_t));
    kr_obj_t *keys = vals;
    if (key != KR_OBJ_NULL && key != KR_OBJ_NONE) {
        keys = kr_gc_alloc(n * sizeof(kr_obj_t), 0);
        for (size_t i = 0; i < n; i++) {
            keys[i] = kr_call1(key, vals[i]);
        }
    }
    if (reverse) {
        reverse_array(keys, n);
        if (keys != vals) {
            reverse_array(vals, n);
        }
    }
    kr_obj_t *tk = kr_gc_alloc((n / 2 + 1) * sizeof(kr_obj_t), 0);
    kr_obj_t *tv = keys != vals ? kr_gc_alloc((n / 2 + 1) * sizeof(kr_obj_t), 0) : NULL;
    msort(keys, keys != vals ? vals : NULL, tk, tv, n);
    if (reverse) {
        reverse_array(vals, n);
    }
    if (l->items != saved_items || l->len != n) {
        kr_raise_msg(&kr_type_ValueError, "list modified during sort");
    }
    memcpy(l->items, vals, n * sizeof(kr_obj_t));
}

/* ---------------------------------------------------------------- slices */

static kr_obj_t list_get_slice(kr_obj_list_t *l, kr_obj_t slice) {
    kr_int_t start, stop, step;
    size_t n = kr_obj_slice_indices_live(slice, &l->len, &start, &stop, &step);
    kr_obj_list_t *r = list_alloc(&kr_type_list, n);
    if (step == 1) {
        memcpy(r->items, l->items + start, n * sizeof(kr_obj_t));
    } else {
        for (size_t i = 0; i < n; i++) {
            r->items[i] = l->items[start + (kr_int_t)i * step];
        }
    }
    return KR_OBJ_FROM_PTR(r);
}

static void list_del_slice(kr_obj_list_t *l, kr_obj_t slice) {
    kr_int_t start, stop, step;
    size_t n = kr_obj_slice_indices_live(slice, &l->len, &start, &stop, &step);
    if (n == 0) {
        return;
    }
    if (step < 0) {
        /* same items, walked upwards */
        start = start + (kr_int_t)(n - 1) * step;
        step = -step;
    }
    if (step == 1) {
        memmove(l->items + start, l->items + start + n, (l->len - (size_t)start - n) * sizeof(kr_obj_t));
    } else {
        size_t o = (size_t)start, next_del = (size_t)start, deleted = 0;
        for (size_t i = (size_t)start; i < l->len; i++) {
            if (deleted < n && i == next_del) {
                deleted++;
                next_del += (size_t)step;
                continue;
            }
            l->items[o++] = l->items[i];
        }
    }
    memset(l->items + l->len - n, 0, n * sizeof(kr_obj_t));
    l->len -= n;
}

static void list_set_slice(kr_obj_list_t *l, kr_obj_t slice, kr_obj_t value) {
    kr_obj_t src;
    if (KR_OBJ_FROM_PTR(l) == value || !(kr_obj_is_type(value, &kr_type_list) || kr_obj_is_type(value, &kr_type_tuple))) {
        if (!kr_obj_is_type(value, &kr_type_list) && !kr_obj_is_type(value, &kr_type_tuple)
            && kr_obj_get_type(value)->getiter == NULL
            && kr_type_lookup(kr_obj_get_type(value), KR_QSTR___iter__) == KR_OBJ_NULL
            && kr_type_lookup(kr_obj_get_type(value), KR_QSTR___getitem__) == KR_OBJ_NULL) {
            kr_int_t st, sp, step;
            kr_obj_slice_indices(slice, l->len, &st, &sp, &step);
            kr_raise_msg(&kr_type_TypeError, step == 1 ? "can only assign an iterable"
                                                       : "must assign iterable to extended slice");
        }
        src = kr_obj_list_from_iter(value);
    } else {
        src = value;
    }
    kr_int_t start, stop, step;
    size_t n = kr_obj_slice_indices_live(slice, &l->len, &start, &stop, &step);
    size_t m;
    kr_obj_t *items;
    kr_obj_get_array(src, &m, &items);   /* after the slice's __index__ calls */
    if (step == 1) {
        /* replace l[start:start+n] with items[0:m] */
        if (stop < start) {
            n = 0;
        }
        if (m > n) {
            list_reserve(l, l->len + (m - n));
            kr_obj_get_array(src, &m, &items);
        }
        memmove(l->items + start + m, l->items + start + n, (l->len - (size_t)start - n) * sizeof(kr_obj_t));
        memcpy(l->items + start, items, m * sizeof(kr_obj_t));
        if (m < n) {
            memset(l->items + l->len - (n - m), 0, (n - m) * sizeof(kr_obj_t));
        }
        l->len = l->len + m - n;
        return;
    }
    if (m != n) {
        kr_raise_fmt(&kr_type_ValueError, "attempt to assign sequence of size %u to extended slice of size %u",
                     (unsigned)m, (unsigned)n);
    }
    for (size_t i = 0; i < n; i++) {
        l->items[start + (kr_int_t)i * step] = items[i];
    }
}

/* ---------------------------------------------------------------- type slots */

static void list_print_body(const kr_print_t *p, kr_obj_t self) {
    kr_obj_list_t *l = list_ptr(self);
    kr_print_str(p, "[");
    for (size_t i = 0; i < l->len; i++) {
        if (i > 0) {
            kr_print_str(p, ", ");
        }
        kr_obj_print(p, l->items[i], KR_PRINT_REPR);
    }
    kr_print_str(p, "]");
}

static void list_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_obj_list_repr_guard(p, self, list_print_body, "[...]");
}

static kr_obj_t list_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_kw > 0 && type == &kr_type_list) {
        kr_raise_msg(&kr_type_TypeError, "list() takes no keyword arguments");
    }
    if (n_args > 1) {
        kr_raise_fmt(&kr_type_TypeError, "list expected at most 1 argument, got %u", (unsigned)n_args);
    }
    kr_obj_list_t *l = list_alloc(type, 0);
    if (n_args == 1) {
        kr_obj_list_extend(KR_OBJ_FROM_PTR(l), args[0]);
    }
    return KR_OBJ_FROM_PTR(l);
}

static kr_obj_t list_unary_op(kr_unary_op_t op, kr_obj_t self) {
    kr_obj_list_t *l = list_ptr(self);
    switch (op) {
        case KR_UNARY_OP_BOOL: return KR_OBJ_BOOL(l->len != 0);
        case KR_UNARY_OP_LEN: return KR_NEW_SMALL_INT(l->len);
        default: return KR_OBJ_NULL;
    }
}

/* lexicographic comparison, re-reading the lists (an __eq__ may mutate them) */
static bool list_compare(kr_binary_op_t op, kr_obj_list_t *a, kr_obj_list_t *b) {
    size_t i = 0;
    if (a->len > 0 && b->len > 0) {
        kr_stack_check();   /* deeply nested lists: RecursionError, not a C stack overflow */
    }
    for (; i < a->len && i < b->len; i++) {
        kr_obj_t x = a->items[i], y = b->items[i];
        if (x != y && !kr_obj_equal(x, y)) {
            break;
        }
    }
    if (i >= a->len || i >= b->len) {
        size_t na = a->len, nb = b->len;
        switch (op) {
            case KR_BINARY_OP_LESS: return na < nb;
            case KR_BINARY_OP_LESS_EQUAL: return na <= nb;
            case KR_BINARY_OP_MORE: return na > nb;
            case KR_BINARY_OP_MORE_EQUAL: return na >= nb;
            case KR_BINARY_OP_EQUAL: return na == nb;
            default: return na != nb;
        }
    }
    if (op == KR_BINARY_OP_EQUAL) {
        return false;
    }
    if (op == KR_BINARY_OP_NOT_EQUAL) {
        return true;
    }
    return kr_obj_is_true(kr_binary_op(op, a->items[i], b->items[i]));
}

static bool is_user_obj(kr_obj_t o) {
    return KR_IS_OBJ(o) && (KR_OBJ_TYPE(o)->flags & KR_TYPE_FLAG_HEAP);
}

static kr_obj_t list_repeat(kr_obj_list_t *l, size_t count) {
    size_t n = l->len;
    if (count != 0 && n > SIZE_MAX / sizeof(kr_obj_t) / count) {
        kr_raise_memory_error();
    }
    kr_obj_list_t *r = list_alloc(&kr_type_list, n * count);
    for (size_t i = 0; n != 0 && i < count; i++) {
        memcpy(r->items + i * n, l->items, n * sizeof(kr_obj_t));
    }
    return KR_OBJ_FROM_PTR(r);
}

static kr_obj_t list_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    kr_obj_list_t *l = list_ptr(self);
    switch (op) {
        case KR_BINARY_OP_CONTAINS:
            for (size_t i = 0; i < l->len; i++) {
                kr_obj_t x = l->items[i];
                if (x == other || kr_obj_equal(x, other)) {
                    return KR_OBJ_TRUE;
                }
            }
            return KR_OBJ_FALSE;
        case KR_BINARY_OP_ADD: {
            if (!kr_obj_list_check(other)) {
                if (is_user_obj(other)) {
                    return KR_OBJ_NULL;
                }
                kr_raise_fmt(&kr_type_TypeError, "can only concatenate list (not \"%s\") to list",
                             kr_obj_type_name(other));
            }
            kr_obj_list_t *o = list_ptr(other);
            kr_obj_list_t *r = list_alloc(&kr_type_list, l->len + o->len);
            memcpy(r->items, l->items, l->len * sizeof(kr_obj_t));
            memcpy(r->items + l->len, o->items, o->len * sizeof(kr_obj_t));
            return KR_OBJ_FROM_PTR(r);
        }
        case KR_BINARY_OP_INPLACE_ADD:
            kr_obj_list_extend(self, other);
            return self;
        case KR_BINARY_OP_MULTIPLY:
        case KR_BINARY_OP_REVERSE_MULTIPLY:
        case KR_BINARY_OP_INPLACE_MULTIPLY: {
            size_t count;
            if (!kr_seq_repeat_count(other, &count)) {
                if (is_user_obj(other)) {
                    return KR_OBJ_NULL;
                }
                kr_raise_fmt(&kr_type_TypeError, "can't multiply sequence by non-int of type '%s'",
                             kr_obj_type_name(other));
            }
            if (op != KR_BINARY_OP_INPLACE_MULTIPLY) {
                return list_repeat(l, count);
            }
            if (count == 0 || l->len == 0) {
                kr_obj_list_clear(self);
                return self;
            }
            size_t n = l->len;
            if (n > SIZE_MAX / sizeof(kr_obj_t) / count) {
                kr_raise_memory_error();
            }
            list_reserve(l, n * count);
            for (size_t i = 1; i < count; i++) {
                memcpy(l->items + i * n, l->items, n * sizeof(kr_obj_t));
            }
            l->len = n * count;
            return self;
        }
        case KR_BINARY_OP_EQUAL:
        case KR_BINARY_OP_NOT_EQUAL:
        case KR_BINARY_OP_LESS:
        case KR_BINARY_OP_LESS_EQUAL:
        case KR_BINARY_OP_MORE:
        case KR_BINARY_OP_MORE_EQUAL:
            if (!kr_obj_list_check(other)) {
                return KR_OBJ_NULL;
            }
            return KR_OBJ_BOOL(list_compare(op, l, list_ptr(other)));
        default:
            return KR_OBJ_NULL;
    }
}

static kr_obj_t list_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    kr_obj_list_t *l = list_ptr(self);
    if (KR_IS_SMALL_INT(index)) {
        kr_int_t i = KR_SMALL_INT_VALUE(index);
        if (i < 0) {
            i += (kr_int_t)l->len;
        }
        if (i >= 0 && (size_t)i < l->len) {
            if (value == KR_OBJ_SENTINEL) {
                return l->items[i];
            }
            if (value != KR_OBJ_NULL) {
                l->items[i] = value;
                return KR_OBJ_NONE;
            }
        }
    }
    if (kr_obj_is_type(index, &kr_type_slice)) {
        if (value == KR_OBJ_SENTINEL) {
            return list_get_slice(l, index);
        }
        if (value == KR_OBJ_NULL) {
            list_del_slice(l, index);
        } else {
            list_set_slice(l, index, value);
        }
        return KR_OBJ_NONE;
    }
    kr_int_t i = kr_seq_index_value(index, "list");
    if (value == KR_OBJ_SENTINEL) {
        return l->items[kr_seq_index_adjust(i, l->len, "list index out of range")];
    }
    size_t pos = kr_seq_index_adjust(i, l->len, "list assignment index out of range");
    if (value == KR_OBJ_NULL) {
        kr_obj_list_pop(self, (kr_int_t)pos);
    } else {
        l->items[pos] = value;
    }
    return KR_OBJ_NONE;
}

/* ---------------------------------------------------------------- iterators */

typedef struct _list_iter_t {
    kr_obj_base_t base;
    kr_obj_t list;
    size_t pos;
} list_iter_t;

static kr_obj_t list_iter_next(kr_obj_t self) {
    list_iter_t *it = KR_OBJ_TO_PTR(self);
    kr_obj_list_t *l = list_ptr(it->list);
    if (it->pos < l->len) {
        return l->items[it->pos++];
    }
    it->pos = SIZE_MAX;
    return KR_OBJ_NULL;
}

static const kr_type_t list_iter_type = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF,
    .name = KR_QSTR_list_iterator,
    .getiter = kr_obj_iter_getiter_self,
    .iternext = list_iter_next,
};

kr_obj_t kr_obj_list_getiter(kr_obj_t list) {
    list_iter_t *it = kr_gc_alloc(sizeof(list_iter_t), 0);
    it->base.type = &list_iter_type;
    it->list = list;
    return KR_OBJ_FROM_PTR(it);
}

static kr_obj_t list_riter_next(kr_obj_t self) {
    list_iter_t *it = KR_OBJ_TO_PTR(self);
    kr_obj_list_t *l = list_ptr(it->list);
    /* pos counts the items still to yield */
    if (it->pos > 0 && it->pos <= l->len) {
        return l->items[--it->pos];
    }
    it->pos = 0;
    return KR_OBJ_NULL;
}

static const kr_type_t list_riter_type = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF,
    .name = KR_QSTR_list_reverseiterator,
    .getiter = kr_obj_iter_getiter_self,
    .iternext = list_riter_next,
};

static kr_obj_t list_m_reversed(kr_obj_t self) {
    list_iter_t *it = kr_gc_alloc(sizeof(list_iter_t), 0);
    it->base.type = &list_riter_type;
    it->list = self;
    it->pos = list_ptr(self)->len;
    return KR_OBJ_FROM_PTR(it);
}
static KR_DEFINE_FUN_1(list_reversed_obj, list_m_reversed);

/* ---------------------------------------------------------------- methods */

static KR_DEFINE_FUN_2(list_append_obj, kr_obj_list_append);

static kr_obj_t list_m_extend(kr_obj_t self, kr_obj_t iterable) {
    kr_obj_list_extend(self, iterable);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(list_extend_obj, list_m_extend);

static kr_obj_t list_m_insert(kr_obj_t self, kr_obj_t index, kr_obj_t x) {
    kr_obj_list_t *l = list_ptr(self);
    kr_int_t i = kr_obj_get_index(index);
    if (i < 0) {
        i += (kr_int_t)l->len;
        if (i < 0) {
            i = 0;
        }
    }
    if ((size_t)i > l->len) {
        i = (kr_int_t)l->len;
    }
    list_reserve(l, l->len + 1);
    memmove(l->items + i + 1, l->items + i, (l->len - (size_t)i) * sizeof(kr_obj_t));
    l->items[i] = x;
    l->len++;
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_3(list_insert_obj, list_m_insert);

static kr_obj_t list_m_remove(kr_obj_t self, kr_obj_t x) {
    kr_obj_list_t *l = list_ptr(self);
    for (size_t i = 0; i < l->len; i++) {
        kr_obj_t y = l->items[i];
        if (y == x || kr_obj_equal(y, x)) {
            if (i < l->len) {
                kr_obj_list_pop(self, (kr_int_t)i);
            }
            return KR_OBJ_NONE;
        }
    }
    kr_raise_msg(&kr_type_ValueError, "list.remove(x): x not in list");
}
static KR_DEFINE_FUN_2(list_remove_obj, list_m_remove);

static kr_obj_t list_m_pop(size_t n_args, const kr_obj_t *args) {
    kr_int_t i = -1;
    if (n_args > 1) {
        i = kr_obj_get_index(args[1]);
    }
    return kr_obj_list_pop(args[0], i);
}
static KR_DEFINE_FUN_VAR(list_pop_obj, 1, 2, list_m_pop);

static kr_obj_t list_m_clear(kr_obj_t self) {
    kr_obj_list_clear(self);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(list_clear_obj, list_m_clear);

static kr_obj_t list_m_index(size_t n_args, const kr_obj_t *args) {
    kr_obj_list_t *l = list_ptr(args[0]);
    size_t start, stop;
    kr_seq_start_stop(l->len, n_args - 2, args + 2, &start, &stop);
    for (size_t i = start; i < stop && i < l->len; i++) {
        kr_obj_t y = l->items[i];
        if (y == args[1] || kr_obj_equal(y, args[1])) {
            return KR_NEW_SMALL_INT(i);
        }
    }
    kr_seq_raise_not_in(args[1], "list");
}
static KR_DEFINE_FUN_VAR(list_index_obj, 2, 4, list_m_index);

static kr_obj_t list_m_count(kr_obj_t self, kr_obj_t x) {
    kr_obj_list_t *l = list_ptr(self);
    size_t n = 0;
    for (size_t i = 0; i < l->len; i++) {
        kr_obj_t y = l->items[i];
        if (y == x || kr_obj_equal(y, x)) {
            n++;
        }
    }
    return KR_NEW_SMALL_INT(n);
}
static KR_DEFINE_FUN_2(list_count_obj, list_m_count);

static kr_obj_t list_m_sort(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_key, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_reverse, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_FALSE} },
    };
    if (n_args > 1) {
        kr_raise_msg(&kr_type_TypeError, "sort() takes no positional arguments");
    }
    kr_arg_val_t vals[2];
    kr_arg_parse_all(0, args + 1, kw, 2, allowed, vals);
    kr_obj_list_sort(args[0], vals[0].u_obj, kr_obj_is_true(vals[1].u_obj));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_KW(list_sort_obj, 1, KR_FUN_ARGS_MAX, list_m_sort);

static kr_obj_t list_m_reverse(kr_obj_t self) {
    kr_obj_list_t *l = list_ptr(self);
    reverse_array(l->items, l->len);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(list_reverse_obj, list_m_reverse);

static kr_obj_t list_m_copy(kr_obj_t self) {
    kr_obj_list_t *l = list_ptr(self);
    return kr_obj_new_list(l->len, l->items);
}
static KR_DEFINE_FUN_1(list_copy_obj, list_m_copy);

static kr_obj_t list_m_getitem(kr_obj_t self, kr_obj_t index) {
    return list_subscr(self, index, KR_OBJ_SENTINEL);
}
static KR_DEFINE_FUN_2(list_getitem_obj, list_m_getitem);

static kr_obj_t list_m_setitem(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    return list_subscr(self, index, value);
}
static KR_DEFINE_FUN_3(list_setitem_obj, list_m_setitem);

static kr_obj_t list_m_delitem(kr_obj_t self, kr_obj_t index) {
    return list_subscr(self, index, KR_OBJ_NULL);
}
static KR_DEFINE_FUN_2(list_delitem_obj, list_m_delitem);

static kr_obj_t list_m_len(kr_obj_t self) {
    return KR_NEW_SMALL_INT(list_ptr(self)->len);
}
static KR_DEFINE_FUN_1(list_len_obj, list_m_len);

static kr_obj_t list_m_contains(kr_obj_t self, kr_obj_t x) {
    return list_binary_op(KR_BINARY_OP_CONTAINS, self, x);
}
static KR_DEFINE_FUN_2(list_contains_obj, list_m_contains);

static KR_DEFINE_FUN_1(list_iter_obj, kr_obj_list_getiter);

static kr_obj_t list_m_init(size_t n_args, const kr_obj_t *args) {
    kr_obj_list_clear(args[0]);
    if (n_args > 1) {
        kr_obj_list_extend(args[0], args[1]);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(list_init_obj, 1, 2, list_m_init);

static const kr_map_elem_t list_locals_table[] = {
    { KR_ROM_QSTR(__contains__), KR_ROM_PTR(&list_contains_obj) },
    { KR_ROM_QSTR(__delitem__), KR_ROM_PTR(&list_delitem_obj) },
    { KR_ROM_QSTR(__getitem__), KR_ROM_PTR(&list_getitem_obj) },
    { KR_ROM_QSTR(__init__), KR_ROM_PTR(&list_init_obj) },
    { KR_ROM_QSTR(__iter__), KR_ROM_PTR(&list_iter_obj) },
    { KR_ROM_QSTR(__len__), KR_ROM_PTR(&list_len_obj) },
    { KR_ROM_QSTR(__reversed__), KR_ROM_PTR(&list_reversed_obj) },
    { KR_ROM_QSTR(__setitem__), KR_ROM_PTR(&list_setitem_obj) },
    { KR_ROM_QSTR(append), KR_ROM_PTR(&list_append_obj) },
    { KR_ROM_QSTR(clear), KR_ROM_PTR(&list_clear_obj) },
    { KR_ROM_QSTR(copy), KR_ROM_PTR(&list_copy_obj) },
    { KR_ROM_QSTR(count), KR_ROM_PTR(&list_count_obj) },
    { KR_ROM_QSTR(extend), KR_ROM_PTR(&list_extend_obj) },
    { KR_ROM_QSTR(index), KR_ROM_PTR(&list_index_obj) },
    { KR_ROM_QSTR(insert), KR_ROM_PTR(&list_insert_obj) },
    { KR_ROM_QSTR(pop), KR_ROM_PTR(&list_pop_obj) },
    { KR_ROM_QSTR(remove), KR_ROM_PTR(&list_remove_obj) },
    { KR_ROM_QSTR(reverse), KR_ROM_PTR(&list_reverse_obj) },
    { KR_ROM_QSTR(sort), KR_ROM_PTR(&list_sort_obj) },
};
static KR_DEFINE_CONST_DICT(list_locals_dict, list_locals_table);

const kr_type_t kr_type_list = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_list,
    .print = list_print,
    .make_new = list_make_new,
    .unary_op = list_unary_op,
    .binary_op = list_binary_op,
    .subscr = list_subscr,
    .getiter = kr_obj_list_getiter,
    .locals_dict = &list_locals_dict,
};
