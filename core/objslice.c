/* objslice.c: the slice type and the resolution of slices against a sequence length. */
#include "obj.h"
#include "gc.h"
#include "runtime.h"

static inline kr_obj_slice_t *slice_ptr(kr_obj_t o) {
    return (kr_obj_slice_t *)KR_OBJ_TO_PTR(o);
}

kr_obj_t kr_obj_new_slice(kr_obj_t start, kr_obj_t stop, kr_obj_t step) {
    kr_obj_slice_t *s = kr_gc_alloc(sizeof(kr_obj_slice_t), 0);
    s->base.type = &kr_type_slice;
    s->start = start == KR_OBJ_NULL ? KR_OBJ_NONE : start;
    s->stop = stop == KR_OBJ_NULL ? KR_OBJ_NONE : stop;
    s->step = step == KR_OBJ_NULL ? KR_OBJ_NONE : step;
    return KR_OBJ_FROM_PTR(s);
}

/* A slice bound as a C int, clamped to [KR_INT_MIN+1, KR_INT_MAX] for huge ints. */
static kr_int_t slice_value(kr_obj_t o) {
    if (KR_IS_SMALL_INT(o)) {
        return KR_SMALL_INT_VALUE(o);
    }
    if (kr_obj_is_int(o)) {
        kr_int_t v;
        if (kr_obj_int_get_checked(o, &v)) {
            return v;
        }
        return kr_obj_int_sign(o) < 0 ? -INTPTR_MAX : INTPTR_MAX;
    }
    if (KR_IS_OBJ(o) && (KR_OBJ_TYPE(o)->flags & KR_TYPE_FLAG_HEAP)
        && kr_type_lookup(KR_OBJ_TYPE(o), KR_QSTR___index__) != KR_OBJ_NULL) {
        return kr_obj_get_index(o);
    }
    kr_raise_msg(&kr_type_TypeError, "slice indices must be integers or None or have an __index__ method");
}

/* start/stop/step of a slice, unresolved (None -> defaults as CPython's PySlice_Unpack) */
static void slice_unpack(kr_obj_slice_t *s, kr_int_t *start, kr_int_t *stop, kr_int_t *step) {
    if (s->step == KR_OBJ_NONE) {
        *step = 1;
    } else {
        *step = slice_value(s->step);
        if (*step == 0) {
            kr_raise_msg(&kr_type_ValueError, "slice step cannot be zero");
        }
        if (*step < -INTPTR_MAX) {
            *step = -INTPTR_MAX;
        }
    }
    if (s->start == KR_OBJ_NONE) {
        *start = *step < 0 ? INTPTR_MAX : 0;
    } else {
        *start = slice_value(s->start);
    }
    if (s->stop == KR_OBJ_NONE) {
        *stop = *step < 0 ? -INTPTR_MAX - 1 : INTPTR_MAX;
    } else {
        *stop = slice_value(s->stop);
    }
}

static size_t slice_adjust(kr_int_t len, kr_int_t *start, kr_int_t *stop, kr_int_t step) {
    if (*start < 0) {
        *start += len;
        if (*start < 0) {
            *start = step < 0 ? -1 : 0;
        }
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) {
            *stop = step < 0 ? -1 : 0;
        }
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        if (*stop < *start) {
            return (size_t)((*start - *stop - 1) / (-step) + 1);
        }
    } else if (*start < *stop) {
        return (size_t)((*stop - *start - 1) / step + 1);
    }
    return 0;
}

size_t kr_obj_slice_indices(kr_obj_t slice, size_t len, kr_int_t *start, kr_int_t *stop, kr_int_t *step) {
    slice_unpack(slice_ptr(slice), start, stop, step);
    return slice_adjust((kr_int_t)len, start, stop, *step);
}

size_t kr_obj_slice_indices_live(kr_obj_t slice, const size_t *len, kr_int_t *start, kr_int_t *stop, kr_int_t *step) {
    slice_unpack(slice_ptr(slice), start, stop, step);
    return slice_adjust((kr_int_t)*len, start, stop, *step);
}

/* ---------------------------------------------------------------- type */

static void slice_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_obj_slice_t *s = slice_ptr(self);
    kr_print_str(p, "slice(");
    kr_obj_print(p, s->start, KR_PRINT_REPR);
    kr_print_str(p, ", ");
    kr_obj_print(p, s->stop, KR_PRINT_REPR);
    kr_print_str(p, ", ");
    kr_obj_print(p, s->step, KR_PRINT_REPR);
    kr_print_str(p, ")");
}

static kr_obj_t slice_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_kw > 0) {
        kr_raise_msg(&kr_type_TypeError, "slice() takes no keyword arguments");
    }
    if (n_args == 0) {
        kr_raise_msg(&kr_type_TypeError, "slice expected at least 1 argument, got 0");
    }
    if (n_args > 3) {
        kr_raise_fmt(&kr_type_TypeError, "slice expected at most 3 arguments, got %u", (unsigned)n_args);
    }
    if (n_args == 1) {
        return kr_obj_new_slice(KR_OBJ_NONE, args[0], KR_OBJ_NONE);
    }
    return kr_obj_new_slice(args[0], args[1], n_args == 3 ? args[2] : KR_OBJ_NONE);
}

static kr_obj_t slice_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    if (op > KR_BINARY_OP_NOT_EQUAL || !kr_obj_is_type(other, &kr_type_slice)) {
        return KR_OBJ_NULL;
    }
    kr_obj_slice_t *a = slice_ptr(self), *b = slice_ptr(other);
    kr_obj_t ta[3] = {a->start, a->stop, a->step};
    kr_obj_t tb[3] = {b->start, b->stop, b->step};
    return KR_OBJ_BOOL(kr_seq_cmp_objs(op, ta, 3, tb, 3));
}

static kr_obj_t slice_indices(kr_obj_t self, kr_obj_t length) {
    kr_int_t len = kr_obj_get_index(length);
    if (len < 0) {
        kr_raise_msg(&kr_type_ValueError, "length should not be negative");
    }
    kr_int_t start, stop, step;
    slice_unpack(slice_ptr(self), &start, &stop, &step);
    slice_adjust(len, &start, &stop, step);
    kr_obj_t items[3] = {kr_obj_new_int(start), kr_obj_new_int(stop), kr_obj_new_int(step)};
    return kr_obj_new_tuple(3, items);
}
static KR_DEFINE_FUN_2(slice_indices_obj, slice_indices);

static void slice_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    kr_obj_slice_t *s = slice_ptr(self);
    if (attr == KR_QSTR_start) {
        dest[0] = s->start;
    } else if (attr == KR_QSTR_stop) {
        dest[0] = s->stop;
    } else if (attr == KR_QSTR_step) {
        dest[0] = s->step;
    }
}

static const kr_map_elem_t slice_locals_table[] = {
    { KR_ROM_QSTR(indices), KR_ROM_PTR(&slice_indices_obj) },
};
static KR_DEFINE_CONST_DICT(slice_locals_dict, slice_locals_table);

const kr_type_t kr_type_slice = {
    .base = {&kr_type_type},
    .name = KR_QSTR_slice,
    .print = slice_print,
    .make_new = slice_make_new,
    .binary_op = slice_binary_op,
    .attr = slice_attr,
    .locals_dict = &slice_locals_dict,
};
