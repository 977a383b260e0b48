/* objrange.c: the range type and its allocation-free iterator. */
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "objiter.h"
#include "seq.h"
#include "objrange.h"

typedef struct _kr_obj_range_t {
    kr_obj_base_t base;
    kr_int_t start, stop, step;
} kr_obj_range_t;

typedef struct _range_iter_t {
    kr_obj_base_t base;
    kr_int_t cur;
    kr_int_t step;
    kr_uint_t left;      /* items still to yield */
} range_iter_t;

static inline kr_obj_range_t *range_ptr(kr_obj_t o) {
    return (kr_obj_range_t *)KR_OBJ_TO_PTR(o);
}

static kr_uint_t range_len(const kr_obj_range_t *r) {
    if (r->step > 0) {
        if (r->start >= r->stop) {
            return 0;
        }
        return ((kr_uint_t)r->stop - (kr_uint_t)r->start - 1) / (kr_uint_t)r->step + 1;
    }
    if (r->start <= r->stop) {
        return 0;
    }
    return ((kr_uint_t)r->start - (kr_uint_t)r->stop - 1) / (0 - (kr_uint_t)r->step) + 1;
}

static inline kr_obj_t make_int(kr_int_t v) {
    return KR_SMALL_INT_FITS(v) ? KR_NEW_SMALL_INT(v) : kr_obj_new_int(v);
}

/* item i (0 <= i < len) */
static inline kr_int_t range_item(const kr_obj_range_t *r, kr_uint_t i) {
    return (kr_int_t)((kr_uint_t)r->start + i * (kr_uint_t)r->step);
}

kr_obj_t kr_obj_new_range(kr_int_t start, kr_int_t stop, kr_int_t step) {
    kr_obj_range_t *r = kr_gc_alloc(sizeof(kr_obj_range_t), 0);
    r->base.type = &kr_type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return KR_OBJ_FROM_PTR(r);
}

/* ---------------------------------------------------------------- iterator */

static kr_obj_t range_iter_next(kr_obj_t self) {
    range_iter_t *it = KR_OBJ_TO_PTR(self);
    if (it->left == 0) {
        return KR_OBJ_NULL;
    }
    it->left--;
    kr_int_t v = it->cur;
    it->cur = (kr_int_t)((kr_uint_t)v + (kr_uint_t)it->step);
    return make_int(v);
}

static const kr_type_t range_iter_type = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF,
    .name = KR_QSTR_range_iterator,
    .getiter = kr_obj_iter_getiter_self,
    .iternext = range_iter_next,
};

static kr_obj_t new_range_iter(kr_int_t cur, kr_int_t step, kr_uint_t n) {
    range_iter_t *it = kr_gc_alloc(sizeof(range_iter_t), 0);
    it->base.type = &range_iter_type;
    it->cur = cur;
    it->step = step;
    it->left = n;
    return KR_OBJ_FROM_PTR(it);
}

static kr_obj_t range_getiter(kr_obj_t self) {
    kr_obj_range_t *r = range_ptr(self);
    return new_range_iter(r->start, r->step, range_len(r));
}

/* ---------------------------------------------------------------- type slots */

static void range_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_obj_range_t *r = range_ptr(self);
    kr_print_str(p, "range(");
    kr_obj_print(p, make_int(r->start), KR_PRINT_REPR);
    kr_print_str(p, ", ");
    kr_obj_print(p, make_int(r->stop), KR_PRINT_REPR);
    if (r->step != 1) {
        kr_print_str(p, ", ");
        kr_obj_print(p, make_int(r->step), KR_PRINT_REPR);
    }
    kr_print_str(p, ")");
}

static kr_obj_t range_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_kw > 0) {
        kr_raise_msg(&kr_type_TypeError, "range() takes no keyword arguments");
    }
    if (n_args == 0) {
        kr_raise_msg(&kr_type_TypeError, "range expected at least 1 argument, got 0");
    }
    if (n_args > 3) {
        kr_raise_fmt(&kr_type_TypeError, "range expected at most 3 arguments, got %u", (unsigned)n_args);
    }
    kr_obj_t a[3] = {KR_NEW_SMALL_INT(0), KR_OBJ_NULL, KR_NEW_SMALL_INT(1)};
    for (size_t i = 0; i < n_args; i++) {
        kr_obj_t v = args[i];
        if (!KR_IS_SMALL_INT(v) && !kr_obj_is_type(v, &kr_type_int)) {
            v = kr_obj_new_int(kr_obj_get_index(v));
        }
        a[n_args == 1 ? 1 : i] = v;
    }
    if (a[2] == KR_NEW_SMALL_INT(0)) {
        kr_raise_msg(&kr_type_ValueError, "range() arg 3 must not be zero");
    }
    return kr_obj_range_from_objs(a[0], a[1], a[2]);
}

kr_obj_t kr_obj_range_from_objs(kr_obj_t start, kr_obj_t stop, kr_obj_t step) {
    if (KR_IS_SMALL_INT(start) && KR_IS_SMALL_INT(stop) && KR_IS_SMALL_INT(step)) {
        return kr_obj_new_range(KR_SMALL_INT_VALUE(start), KR_SMALL_INT_VALUE(stop), KR_SMALL_INT_VALUE(step));
    }
    return kr_obj_rangebig_new(start, stop, step);
}

bool kr_obj_range_get_objs(kr_obj_t o, kr_obj_t *start, kr_obj_t *step, kr_obj_t *len) {
    if (!kr_obj_is_type(o, &kr_type_range)) {
        return false;
    }
    kr_obj_range_t *r = range_ptr(o);
    *start = make_int(r->start);
    *step = make_int(r->step);
    *len = kr_obj_new_int_from_uint(range_len(r));
    return true;
}

static kr_obj_t range_unary_op(kr_unary_op_t op, kr_obj_t self) {
    kr_obj_range_t *r = range_ptr(self);
    switch (op) {
        case KR_UNARY_OP_BOOL: return KR_OBJ_BOOL(range_len(r) != 0);
        case KR_UNARY_OP_LEN: return kr_obj_new_int_from_uint(range_len(r));
        case KR_UNARY_OP_HASH: {
            kr_uint_t n = range_len(r);
            kr_obj_t t[3] = {kr_obj_new_int_from_uint(n), KR_OBJ_NONE, KR_OBJ_NONE};
            if (n > 0) {
                t[1] = make_int(r->start);
                if (n > 1) {
                    t[2] = make_int(r->step);
                }
            }
            return kr_obj_new_int(kr_obj_hash(kr_obj_new_tuple(3, t)));
        }
        default: return KR_OBJ_NULL;
    }
}

/* Is the int v one of the range's values? */
static bool range_has(const kr_obj_range_t *r, kr_int_t v) {
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) {
        return false;
    }
    kr_uint_t d = r->step > 0 ? (kr_uint_t)v - (kr_uint_t)r->start : (kr_uint_t)r->start - (kr_uint_t)v;
    kr_uint_t s = r->step > 0 ? (kr_uint_t)r->step : 0 - (kr_uint_t)r->step;
    return d % s == 0;
}

static bool range_equal(const kr_obj_range_t *a, const kr_obj_range_t *b) {
    kr_uint_t n = range_len(a);
    if (n != range_len(b)) {
        return false;
    }
    if (n == 0) {
        return true;
    }
    if (a->start != b->start) {
        return false;
    }
    return n == 1 || a->step == b->step;
}

static kr_obj_t range_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    kr_obj_range_t *r = range_ptr(self);
    switch (op) {
        case KR_BINARY_OP_CONTAINS: {
            kr_int_t v;
            if (KR_IS_SMALL_INT(other) || other == KR_OBJ_TRUE || other == KR_OBJ_FALSE) {
                v = KR_IS_SMALL_INT(other) ? KR_SMALL_INT_VALUE(other) : other == KR_OBJ_TRUE;
                return KR_OBJ_BOOL(range_has(r, v));
            }
            if (kr_obj_is_type(other, &kr_type_int)) {
                if (!kr_obj_int_get_checked(other, &v)) {
                    return KR_OBJ_FALSE;
                }
                return KR_OBJ_BOOL(range_has(r, v));
            }
            kr_uint_t n = range_len(r);
            for (kr_uint_t i = 0; i < n; i++) {
                if (kr_obj_equal(make_int(range_item(r, i)), other)) {
                    return KR_OBJ_TRUE;
                }
            }
            return KR_OBJ_FALSE;
        }
        case KR_BINARY_OP_EQUAL:
        case KR_BINARY_OP_NOT_EQUAL:
            if (kr_obj_is_type(other, &kr_type_rangebig)) {
                return kr_type_rangebig.binary_op(op, other, self);
            }
            if (!kr_obj_is_type(other, &kr_type_range)) {
                return KR_OBJ_NULL;
            }
            return KR_OBJ_BOOL(range_equal(r, range_ptr(other)) == (op == KR_BINARY_OP_EQUAL));
        default:
            return KR_OBJ_NULL;
    }
}

static kr_obj_t range_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    kr_obj_range_t *r = range_ptr(self);
    if (value != KR_OBJ_SENTINEL) {
        return KR_OBJ_NULL;
    }
    kr_uint_t len = range_len(r);
    if (kr_obj_is_type(index, &kr_type_slice)) {
        kr_int_t start, stop, step;
        kr_obj_slice_indices(index, (size_t)len, &start, &stop, &step);
        /* int arithmetic: the bounds and step may leave the word (range(0, 2**31-1, 2**30)[:] on
         * 32-bit), and a huge slice step is clamped by kr_obj_slice_indices, so use the given one */
        kr_obj_t sstep = ((kr_obj_slice_t *)KR_OBJ_TO_PTR(index))->step;
        kr_obj_t rstart = make_int(r->start), rstep = make_int(r->step);
        return kr_obj_range_from_objs(
            kr_binary_op(KR_BINARY_OP_ADD, rstart,
                         kr_binary_op(KR_BINARY_OP_MULTIPLY, kr_obj_new_int(start), rstep)),
            kr_binary_op(KR_BINARY_OP_ADD, rstart,
                         kr_binary_op(KR_BINARY_OP_MULTIPLY, kr_obj_new_int(stop), rstep)),
            kr_binary_op(KR_BINARY_OP_MULTIPLY, kr_obj_is_int(sstep) ? sstep : kr_obj_new_int(step),
                         rstep));
    }
    kr_int_t i;
    if (kr_obj_is_int(index) && !kr_obj_int_get_checked(index, &i)) {
        /* a range of small ints is shorter than any index past the word */
        kr_raise_msg(&kr_type_IndexError, "range object index out of range");
    } else {
        i = kr_seq_index_value(index, "range");
    }
    if (i < 0) {
        i += (kr_int_t)len;
    }
    if (i < 0 || (kr_uint_t)i >= len) {
        kr_raise_msg(&kr_type_IndexError, "range object index out of range");
    }
    return make_int(range_item(r, (kr_uint_t)i));
}

/* ---------------------------------------------------------------- methods and attributes */

static kr_obj_t range_m_reversed(kr_obj_t self) {
    kr_obj_range_t *r = range_ptr(self);
    kr_uint_t n = range_len(r);
    kr_int_t last = n > 0 ? range_item(r, n - 1) : 0;
    return new_range_iter(last, (kr_int_t)(0 - (kr_uint_t)r->step), n);
}
static KR_DEFINE_FUN_1(range_reversed_obj, range_m_reversed);

static kr_obj_t range_m_count(kr_obj_t self, kr_obj_t x) {
    kr_obj_range_t *r = range_ptr(self);
    if (KR_IS_SMALL_INT(x) || kr_obj_is_type(x, &kr_type_int) || x == KR_OBJ_TRUE || x == KR_OBJ_FALSE) {
        return KR_NEW_SMALL_INT(kr_obj_is_true(range_binary_op(KR_BINARY_OP_CONTAINS, self, x)) ? 1 : 0);
    }
    kr_uint_t n = range_len(r), c = 0;
    for (kr_uint_t i = 0; i < n; i++) {
        if (kr_obj_equal(make_int(range_item(r, i)), x)) {
            c++;
        }
    }
    return kr_obj_new_int_from_uint(c);
}
static KR_DEFINE_FUN_2(range_count_obj, range_m_count);

static kr_obj_t range_m_index(kr_obj_t self, kr_obj_t x) {
    kr_obj_range_t *r = range_ptr(self);
    kr_int_t v = 0;
    bool is_int = true;
    if (KR_IS_SMALL_INT(x)) {
        v = KR_SMALL_INT_VALUE(x);
    } else if (x == KR_OBJ_TRUE || x == KR_OBJ_FALSE) {
        v = x == KR_OBJ_TRUE;
    } else if (kr_obj_is_type(x, &kr_type_int)) {
        if (!kr_obj_int_get_checked(x, &v)) {
            kr_seq_raise_not_in(x, "range");
        }
    } else {
        is_int = false;
    }
    if (is_int) {
        if (range_has(r, v)) {
            kr_uint_t d = r->step > 0 ? (kr_uint_t)v - (kr_uint_t)r->start : (kr_uint_t)r->start - (kr_uint_t)v;
            kr_uint_t s = r->step > 0 ? (kr_uint_t)r->step : 0 - (kr_uint_t)r->step;
            return kr_obj_new_int_from_uint(d / s);
        }
        kr_seq_raise_not_in(x, "range");
    }
    kr_uint_t n = range_len(r);
    for (kr_uint_t i = 0; i < n; i++) {
        if (kr_obj_equal(make_int(range_item(r, i)), x)) {
            return kr_obj_new_int_from_uint(i);
        }
    }
    kr_seq_raise_not_in(x, "range");
}
static KR_DEFINE_FUN_2(range_index_obj, range_m_index);

static void range_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    kr_obj_range_t *r = range_ptr(self);
    if (attr == KR_QSTR_start) {
        dest[0] = make_int(r->start);
    } else if (attr == KR_QSTR_stop) {
        dest[0] = make_int(r->stop);
    } else if (attr == KR_QSTR_step) {
        dest[0] = make_int(r->step);
    }
}

static const kr_map_elem_t range_locals_table[] = {
    { KR_ROM_QSTR(__reversed__), KR_ROM_PTR(&range_reversed_obj) },
    { KR_ROM_QSTR(count), KR_ROM_PTR(&range_count_obj) },
    { KR_ROM_QSTR(index), KR_ROM_PTR(&range_index_obj) },
};
static KR_DEFINE_CONST_DICT(range_locals_dict, range_locals_table);

const kr_type_t kr_type_range = {
    .base = {&kr_type_type},
    .name = KR_QSTR_range,
    .print = range_print,
    .make_new = range_make_new,
    .unary_op = range_unary_op,
    .binary_op = range_binary_op,
    .subscr = range_subscr,
    .attr = range_attr,
    .getiter = range_getiter,
    .locals_dict = &range_locals_dict,
};
