/* seq.c: helpers shared by the sequence types: index conversion, comparison, search. */
#include "obj.h"
#include "state.h"
#include "runtime.h"
#include "seq.h"

kr_int_t kr_seq_index_value(kr_obj_t index, const char *type_name) {
    if (KR_IS_SMALL_INT(index)) {
        return KR_SMALL_INT_VALUE(index);
    }
    if (kr_obj_is_int(index)) {
        kr_int_t v;
        if (!kr_obj_int_get_checked(index, &v)) {
            kr_raise_fmt(&kr_type_IndexError, "cannot fit '%s' into an index-sized integer",
                         kr_obj_type_name(index));
        }
        return v;
    }
    if (KR_IS_OBJ(index) && (KR_OBJ_TYPE(index)->flags & KR_TYPE_FLAG_HEAP)
        && kr_type_lookup(KR_OBJ_TYPE(index), KR_QSTR___index__) != KR_OBJ_NULL) {
        return kr_obj_get_index(index);
    }
    kr_raise_fmt(&kr_type_TypeError, "%s indices must be integers or slices, not %s", type_name,
                 kr_obj_type_name(index));
}

size_t kr_seq_index_adjust(kr_int_t i, size_t len, const char *msg) {
    if (i < 0) {
        i += (kr_int_t)len;
    }
    if (i < 0 || (size_t)i >= len) {
        kr_raise_msg(&kr_type_IndexError, msg);
    }
    return (size_t)i;
}

/* clamp an index argument to [0, len] as slices do */
static size_t clamp_index(kr_obj_t o, size_t len) {
    kr_int_t v;
    if (KR_IS_SMALL_INT(o)) {
        v = KR_SMALL_INT_VALUE(o);
    } else if (kr_obj_is_int(o)) {
        if (!kr_obj_int_get_checked(o, &v)) {
            v = kr_obj_int_sign(o) < 0 ? -(kr_int_t)len - 1 : (kr_int_t)len;
        }
    } else if (KR_IS_OBJ(o) && (KR_OBJ_TYPE(o)->flags & KR_TYPE_FLAG_HEAP)) {
        v = kr_obj_get_index(o);
    } else {
        kr_raise_msg(&kr_type_TypeError, "slice indices must be integers or have an __index__ method");
    }
    if (v < 0) {
        v += (kr_int_t)len;
        if (v < 0) {
            v = 0;
        }
    } else if ((size_t)v > len) {
        v = (kr_int_t)len;
    }
    return (size_t)v;
}

void kr_seq_start_stop(size_t len, size_t n_args, const kr_obj_t *args, size_t *start, size_t *stop) {
    *start = 0;
    *stop = len;
    if (n_args > 0 && args[0] != KR_OBJ_NONE) {
        *start = clamp_index(args[0], len);
    }
    if (n_args > 1 && args[1] != KR_OBJ_NONE) {
        *stop = clamp_index(args[1], len);
    }
}

size_t kr_seq_find(const kr_obj_t *items, size_t start, size_t stop, kr_obj_t x) {
    for (size_t i = start; i < stop; i++) {
        if (items[i] == x || kr_obj_equal(items[i], x)) {
            return i;
        }
    }
    return SIZE_MAX;
}

_Noreturn void kr_seq_raise_not_in(kr_obj_t x, const char *what) {
    size_t len;
    const char *s = kr_obj_str_get_data(kr_obj_repr(x), &len);
    kr_raise_fmt(&kr_type_ValueError, "%.*s is not in %s", (int)len, s, what);
}

bool kr_seq_repeat_count(kr_obj_t n, size_t *count) {
    kr_int_t v;
    if (KR_IS_SMALL_INT(n)) {
        v = KR_SMALL_INT_VALUE(n);
    } else if (kr_obj_is_int(n)) {
        if (!kr_obj_int_get_checked(n, &v)) {
            kr_raise_msg(&kr_type_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
    } else if (KR_IS_OBJ(n) && (KR_OBJ_TYPE(n)->flags & KR_TYPE_FLAG_HEAP)
               && kr_type_lookup(KR_OBJ_TYPE(n), KR_QSTR___index__) != KR_OBJ_NULL) {
        v = kr_obj_get_index(n);
    } else {
        return false;
    }
    *count = v < 0 ? 0 : (size_t)v;
    return true;
}

bool kr_seq_cmp_objs(kr_binary_op_t op, const kr_obj_t *a, size_t na, const kr_obj_t *b, size_t nb) {
    size_t n = na < nb ? na : nb;
    size_t i = 0;
    if (n > 0) {
        kr_stack_check();   /* deeply nested sequences: RecursionError, not a C stack overflow */
    }
    for (; i < n; i++) {
        if (a[i] != b[i] && !kr_obj_equal(a[i], b[i])) {
            break;
        }
    }
    if (i == n) {
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
    return kr_obj_is_true(kr_binary_op(op, a[i], b[i]));
}
