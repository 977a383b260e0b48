/* objrangebig.c: ranges whose bounds do not fit small ints (generic int arithmetic). */
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "objiter.h"
#include "objrange.h"
#include "seq.h"

typedef struct _rangebig_t {
    kr_obj_base_t base;
    kr_obj_t start, stop, step, len;
} rangebig_t;

static inline rangebig_t *rb_ptr(kr_obj_t o) {
    return (rangebig_t *)KR_OBJ_TO_PTR(o);
}

static inline kr_obj_t op(kr_binary_op_t o, kr_obj_t a, kr_obj_t b) {
    return kr_binary_op(o, a, b);
}

static inline bool lt(kr_obj_t a, kr_obj_t b) {
    return kr_obj_is_true(kr_binary_op(KR_BINARY_OP_LESS, a, b));
}

static inline bool is_neg(kr_obj_t a) {
    return lt(a, KR_NEW_SMALL_INT(0));
}

kr_obj_t kr_obj_rangebig_new(kr_obj_t start, kr_obj_t stop, kr_obj_t step) {
    rangebig_t *r = kr_gc_alloc(sizeof(rangebig_t), 0);
    r->base.type = &kr_type_rangebig;
    r->start = start;
    r->stop = stop;
    r->step = step;
    kr_obj_t one = KR_NEW_SMALL_INT(1);
    if (!is_neg(step)) {
        r->len = lt(start, stop)
            ? op(KR_BINARY_OP_ADD, op(KR_BINARY_OP_FLOOR_DIVIDE,
                 op(KR_BINARY_OP_SUBTRACT, op(KR_BINARY_OP_SUBTRACT, stop, start), one), step), one)
            : KR_NEW_SMALL_INT(0);
    } else {
        r->len = lt(stop, start)
            ? op(KR_BINARY_OP_ADD, op(KR_BINARY_OP_FLOOR_DIVIDE,
                 op(KR_BINARY_OP_SUBTRACT, op(KR_BINARY_OP_SUBTRACT, start, stop), one),
                 op(KR_BINARY_OP_SUBTRACT, KR_NEW_SMALL_INT(0), step)), one)
            : KR_NEW_SMALL_INT(0);
    }
    return KR_OBJ_FROM_PTR(r);
}

static kr_obj_t item(rangebig_t *r, kr_obj_t i) {
    return op(KR_BINARY_OP_ADD, r->start, op(KR_BINARY_OP_MULTIPLY, i, r->step));
}

/* ---------------------------------------------------------------- iterator */

typedef struct _rangebig_iter_t {
    kr_obj_base_t base;
    kr_obj_t cur, step, left;
} rangebig_iter_t;

static kr_obj_t rb_iter_next(kr_obj_t self) {
    rangebig_iter_t *it = KR_OBJ_TO_PTR(self);
    if (!lt(KR_NEW_SMALL_INT(0), it->left)) {
        return KR_OBJ_NULL;
    }
    it->left = op(KR_BINARY_OP_SUBTRACT, it->left, KR_NEW_SMALL_INT(1));
    kr_obj_t v = it->cur;
    it->cur = op(KR_BINARY_OP_ADD, v, it->step);
    return v;
}

static const kr_type_t rb_iter_type = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF,
    .name = KR_QSTR_longrange_iterator,
    .getiter = kr_obj_iter_getiter_self,
    .iternext = rb_iter_next,
};

static kr_obj_t new_iter(kr_obj_t cur, kr_obj_t step, kr_obj_t left) {
    rangebig_iter_t *it = kr_gc_alloc(sizeof(rangebig_iter_t), 0);
    it->base.type = &rb_iter_type;
    it->cur = cur;
    it->step = step;
    it->left = left;
    return KR_OBJ_FROM_PTR(it);
}

static kr_obj_t rb_getiter(kr_obj_t self) {
    rangebig_t *r = rb_ptr(self);
    return new_iter(r->start, r->step, r->len);
}

/* ---------------------------------------------------------------- slots */

static void rb_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    rangebig_t *r = rb_ptr(self);
    kr_print_str(p, "range(");
    kr_obj_print(p, r->start, KR_PRINT_REPR);
    kr_print_str(p, ", ");
    kr_obj_print(p, r->stop, KR_PRINT_REPR);
    if (r->step != KR_NEW_SMALL_INT(1)) {
        kr_print_str(p, ", ");
        kr_obj_print(p, r->step, KR_PRINT_REPR);
    }
    kr_print_str(p, ")");
}

static kr_obj_t rb_unary_op(kr_unary_op_t uop, kr_obj_t self) {
    rangebig_t *r = rb_ptr(self);
    switch (uop) {
        case KR_UNARY_OP_BOOL: return KR_OBJ_BOOL(r->len != KR_NEW_SMALL_INT(0));
        case KR_UNARY_OP_LEN:
            if (!KR_IS_SMALL_INT(r->len)) {
                kr_int_t n;
                if (!kr_obj_int_get_checked(r->len, &n)) {
                    kr_raise_msg(&kr_type_OverflowError, "Python int too large to convert to C ssize_t");
                }
            }
            return r->len;
        case KR_UNARY_OP_HASH: {
            kr_obj_t t[3] = {r->len, KR_OBJ_NONE, KR_OBJ_NONE};
            if (r->len != KR_NEW_SMALL_INT(0)) {
                t[1] = r->start;
                if (r->len != KR_NEW_SMALL_INT(1)) {
                    t[2] = r->step;
                }
            }
            return kr_obj_new_int(kr_obj_hash(kr_obj_new_tuple(3, t)));
        }
        default: return KR_OBJ_NULL;
    }
}

static bool rb_contains_int(rangebig_t *r, kr_obj_t x) {
    bool in_bounds = !is_neg(r->step) ? (!lt(x, r->start) && lt(x, r->stop))
                                      : (!lt(r->start, x) && lt(r->stop, x));
    if (!in_bounds) {
        return false;
    }
    kr_obj_t m = op(KR_BINARY_OP_MODULO, op(KR_BINARY_OP_SUBTRACT, x, r->start), r->step);
    return kr_obj_equal(m, KR_NEW_SMALL_INT(0));
}

static kr_obj_t rb_binary_op(kr_binary_op_t bop, kr_obj_t self, kr_obj_t other) {
    rangebig_t *r = rb_ptr(self);
    switch (bop) {
        case KR_BINARY_OP_CONTAINS:
            if (kr_obj_is_int(other)) {
                return KR_OBJ_BOOL(rb_contains_int(r, other));
            }
            if (KR_IS_SMALL_INT(r->len)) {
                kr_obj_t it = rb_getiter(self), x;
                while ((x = rb_iter_next(it)) != KR_OBJ_NULL) {
                    if (kr_obj_equal(x, other)) {
                        return KR_OBJ_TRUE;
                    }
                }
            }
            return KR_OBJ_FALSE;
        case KR_BINARY_OP_EQUAL:
        case KR_BINARY_OP_NOT_EQUAL: {
            kr_obj_t start, step, len;
            if (kr_obj_is_type(other, &kr_type_rangebig)) {
                start = rb_ptr(other)->start;
                step = rb_ptr(other)->step;
                len = rb_ptr(other)->len;
            } else if (!kr_obj_range_get_objs(other, &start, &step, &len)) {
                return KR_OBJ_NULL;
            }
            bool eq = kr_obj_equal(len, r->len);
            if (eq && len != KR_NEW_SMALL_INT(0)) {
                eq = kr_obj_equal(start, r->start)
                    && (len == KR_NEW_SMALL_INT(1) || kr_obj_equal(step, r->step));
            }
            return KR_OBJ_BOOL(eq == (bop == KR_BINARY_OP_EQUAL));
        }
        default:
            return KR_OBJ_NULL;
    }
}

/* one slice bound (None, an int or an __index__ object) clamped to [lo, hi] as CPython's slices */
static kr_obj_t slice_bound(kr_obj_t b, kr_obj_t len, kr_obj_t lo, kr_obj_t hi, kr_obj_t dflt) {
    if (b == KR_OBJ_NONE) {
        return dflt;
    }
    if (!kr_obj_is_int(b)) {
        b = kr_obj_new_int(kr_obj_get_index(b));
    }
    if (is_neg(b)) {
        b = op(KR_BINARY_OP_ADD, b, len);
        return lt(b, lo) ? lo : b;
    }
    return lt(hi, b) ? hi : b;
}

/* a slice of a range longer than the word (range(2**40)[::2] on 32-bit): int arithmetic throughout */
static kr_obj_t slice_huge(rangebig_t *r, kr_obj_t index) {
    kr_obj_slice_t *s = KR_OBJ_TO_PTR(index);
    kr_obj_t step = s->step == KR_OBJ_NONE ? KR_NEW_SMALL_INT(1)
                    : kr_obj_is_int(s->step) ? s->step : kr_obj_new_int(kr_obj_get_index(s->step));
    if (!kr_obj_is_true(step)) {
        kr_raise_msg(&kr_type_ValueError, "slice step cannot be zero");
    }
    bool back = is_neg(step);
    kr_obj_t lo = back ? KR_NEW_SMALL_INT(-1) : KR_NEW_SMALL_INT(0);
    kr_obj_t hi = back ? op(KR_BINARY_OP_SUBTRACT, r->len, KR_NEW_SMALL_INT(1)) : r->len;
    kr_obj_t start = slice_bound(s->start, r->len, lo, hi, back ? hi : lo);
    kr_obj_t stop = slice_bound(s->stop, r->len, lo, hi, back ? lo : hi);
    return kr_obj_range_from_objs(item(r, start), item(r, stop), op(KR_BINARY_OP_MULTIPLY, step, r->step));
}

static kr_obj_t rb_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    rangebig_t *r = rb_ptr(self);
    if (value != KR_OBJ_SENTINEL) {
        return KR_OBJ_NULL;
    }
    if (kr_obj_is_type(index, &kr_type_slice)) {
        kr_int_t len;
        if (!kr_obj_int_get_checked(r->len, &len)) {
            return slice_huge(r, index);
        }
        kr_int_t start, stop, step;
        kr_obj_slice_indices(index, (size_t)len, &start, &stop, &step);
        kr_obj_t sstep = ((kr_obj_slice_t *)KR_OBJ_TO_PTR(index))->step;   /* unclamped */
        return kr_obj_range_from_objs(item(r, kr_obj_new_int(start)), item(r, kr_obj_new_int(stop)),
                                      op(KR_BINARY_OP_MULTIPLY, kr_obj_is_int(sstep) ? sstep
                                         : kr_obj_new_int(step), r->step));
    }
    kr_obj_t i = index;
    if (!kr_obj_is_int(i)) {
        i = kr_obj_new_int(kr_seq_index_value(index, "range"));
    }
    if (is_neg(i)) {
        i = op(KR_BINARY_OP_ADD, i, r->len);
    }
    if (is_neg(i) || !lt(i, r->len)) {
        kr_raise_msg(&kr_type_IndexError, "range object index out of range");
    }
    return item(r, i);
}

static void rb_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    rangebig_t *r = rb_ptr(self);
    if (attr == KR_QSTR_start) {
        dest[0] = r->start;
    } else if (attr == KR_QSTR_stop) {
        dest[0] = r->stop;
    } else if (attr == KR_QSTR_step) {
        dest[0] = r->step;
    }
}

static kr_obj_t rb_m_reversed(kr_obj_t self) {
    rangebig_t *r = rb_ptr(self);
    kr_obj_t last = item(r, op(KR_BINARY_OP_SUBTRACT, r->len, KR_NEW_SMALL_INT(1)));
    return new_iter(last, op(KR_BINARY_OP_SUBTRACT, KR_NEW_SMALL_INT(0), r->step), r->len);
}
static KR_DEFINE_FUN_1(rb_reversed_obj, rb_m_reversed);

static kr_obj_t rb_m_count(kr_obj_t self, kr_obj_t x) {
    return KR_NEW_SMALL_INT(rb_binary_op(KR_BINARY_OP_CONTAINS, self, x) == KR_OBJ_TRUE ? 1 : 0);
}
static KR_DEFINE_FUN_2(rb_count_obj, rb_m_count);

static kr_obj_t rb_m_index(kr_obj_t self, kr_obj_t x) {
    rangebig_t *r = rb_ptr(self);
    if (kr_obj_is_int(x) && rb_contains_int(r, x)) {
        return op(KR_BINARY_OP_FLOOR_DIVIDE, op(KR_BINARY_OP_SUBTRACT, x, r->start), r->step);
    }
    kr_seq_raise_not_in(x, "range");
}
static KR_DEFINE_FUN_2(rb_index_obj, rb_m_index);

static const kr_map_elem_t rb_locals_table[] = {
    { KR_ROM_QSTR(__reversed__), KR_ROM_PTR(&rb_reversed_obj) },
    { KR_ROM_QSTR(count), KR_ROM_PTR(&rb_count_obj) },
    { KR_ROM_QSTR(index), KR_ROM_PTR(&rb_index_obj) },
};
static KR_DEFINE_CONST_DICT(rb_locals_dict, rb_locals_table);

/* Shown to Python as `range` (but a distinct C type, so `type(r) is range` is False). */
const kr_type_t kr_type_rangebig = {
    .base = {&kr_type_type},
    .name = KR_QSTR_range,
    .print = rb_print,
    .unary_op = rb_unary_op,
    .binary_op = rb_binary_op,
    .subscr = rb_subscr,
    .attr = rb_attr,
    .getiter = rb_getiter,
    .locals_dict = &rb_locals_dict,
    .parent = &kr_type_range,
};
