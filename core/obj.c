/* obj.c: the generic object API: type dispatch, truth, equality, hashing, length,
 * conversions to C values, indexing helpers, str()/repr() and printing. */
#include <limits.h>
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "state.h"
#include "objtype.h"
#include "objint.h"

const char *const kr_binary_op_symbol[KR_BINARY_OP_NUM] = {
    [KR_BINARY_OP_LESS] = "<",
    [KR_BINARY_OP_MORE] = ">",
    [KR_BINARY_OP_EQUAL] = "==",
    [KR_BINARY_OP_LESS_EQUAL] = "<=",
    [KR_BINARY_OP_MORE_EQUAL] = ">=",
    [KR_BINARY_OP_NOT_EQUAL] = "!=",
    [KR_BINARY_OP_CONTAINS] = "in",
    [KR_BINARY_OP_INPLACE_OR] = "|=",
    [KR_BINARY_OP_INPLACE_XOR] = "^=",
    [KR_BINARY_OP_INPLACE_AND] = "&=",
    [KR_BINARY_OP_INPLACE_LSHIFT] = "<<=",
    [KR_BINARY_OP_INPLACE_RSHIFT] = ">>=",
    [KR_BINARY_OP_INPLACE_ADD] = "+=",
    [KR_BINARY_OP_INPLACE_SUBTRACT] = "-=",
    [KR_BINARY_OP_INPLACE_MULTIPLY] = "*=",
    [KR_BINARY_OP_INPLACE_MAT_MULTIPLY] = "@=",
    [KR_BINARY_OP_INPLACE_FLOOR_DIVIDE] = "//=",
    [KR_BINARY_OP_INPLACE_TRUE_DIVIDE] = "/=",
    [KR_BINARY_OP_INPLACE_MODULO] = "%=",
    [KR_BINARY_OP_INPLACE_POWER] = "**=",
    [KR_BINARY_OP_OR] = "|",
    [KR_BINARY_OP_XOR] = "^",
    [KR_BINARY_OP_AND] = "&",
    [KR_BINARY_OP_LSHIFT] = "<<",
    [KR_BINARY_OP_RSHIFT] = ">>",
    [KR_BINARY_OP_ADD] = "+",
    [KR_BINARY_OP_SUBTRACT] = "-",
    [KR_BINARY_OP_MULTIPLY] = "*",
    [KR_BINARY_OP_MAT_MULTIPLY] = "@",
    [KR_BINARY_OP_FLOOR_DIVIDE] = "//",
    [KR_BINARY_OP_TRUE_DIVIDE] = "/",
    [KR_BINARY_OP_MODULO] = "%",
    [KR_BINARY_OP_POWER] = "** or pow()",
    [KR_BINARY_OP_DIVMOD] = "divmod()",
    [KR_BINARY_OP_REVERSE_OR] = "|",
    [KR_BINARY_OP_REVERSE_XOR] = "^",
    [KR_BINARY_OP_REVERSE_AND] = "&",
    [KR_BINARY_OP_REVERSE_LSHIFT] = "<<",
    [KR_BINARY_OP_REVERSE_RSHIFT] = ">>",
    [KR_BINARY_OP_REVERSE_ADD] = "+",
    [KR_BINARY_OP_REVERSE_SUBTRACT] = "-",
    [KR_BINARY_OP_REVERSE_MULTIPLY] = "*",
    [KR_BINARY_OP_REVERSE_MAT_MULTIPLY] = "@",
    [KR_BINARY_OP_REVERSE_FLOOR_DIVIDE] = "//",
    [KR_BINARY_OP_REVERSE_TRUE_DIVIDE] = "/",
    [KR_BINARY_OP_REVERSE_MODULO] = "%",
    [KR_BINARY_OP_REVERSE_POWER] = "** or pow()",
    [KR_BINARY_OP_REVERSE_DIVMOD] = "divmod()",
    [KR_BINARY_OP_IN] = "in",
    [KR_BINARY_OP_NOT_IN] = "not in",
    [KR_BINARY_OP_IS] = "is",
    [KR_BINARY_OP_IS_NOT] = "is not",
    [KR_BINARY_OP_EXCEPTION_MATCH] = "except",
};

/* ---------------------------------------------------------------- types */

const kr_type_t *kr_obj_get_type(kr_obj_t o) {
    if (KR_IS_OBJ(o)) {
        return KR_OBJ_TYPE(o);
    }
    if (KR_IS_SMALL_INT(o)) {
        return &kr_type_int;
    }
    if (KR_IS_QSTR(o)) {
        return &kr_type_str;
    }
    switch (o) {
        case KR_OBJ_FALSE:
        case KR_OBJ_TRUE:
            return &kr_type_bool;
        case KR_OBJ_ELLIPSIS:
            return &kr_type_ellipsis;
        case KR_OBJ_NOTIMPLEMENTED:
            return &kr_type_NotImplementedType;
        default:
            return &kr_type_NoneType;
    }
}

const char *kr_obj_type_name(kr_obj_t o) {
    return kr_qstr_str(kr_obj_get_type(o)->name);
}

bool kr_type_is_subtype(const kr_type_t *sub, const kr_type_t *base) {
    if (sub == base || base == &kr_type_object) {
        return true;
    }
    if (kr_type_is_heap(sub)) {
        const kr_obj_tuple_t *mro = KR_OBJ_TO_PTR(((const kr_obj_class_t *)sub)->mro);
        for (size_t i = 1; i < mro->len; i++) {
            if ((const kr_type_t *)KR_OBJ_TO_PTR(mro->items[i]) == base) {
                return true;
            }
        }
        return false;
    }
    for (const kr_type_t *t = sub->parent; t != NULL; t = t->parent) {
        if (t == base) {
            return true;
        }
    }
    return false;
}

bool kr_obj_is_instance(kr_obj_t o, const kr_type_t *t) {
    return kr_type_is_subtype(kr_obj_get_type(o), t);
}

/* ---------------------------------------------------------------- truth, equality, hash */

bool kr_obj_is_true(kr_obj_t o) {
    if (o == KR_OBJ_TRUE) {
        return true;
    }
    if (o == KR_OBJ_FALSE || o == KR_OBJ_NONE) {
        return false;
    }
    if (KR_IS_SMALL_INT(o)) {
        return o != KR_NEW_SMALL_INT(0);
    }
    if (KR_IS_QSTR(o)) {
        return KR_QSTR_VALUE(o) != KR_QSTR_empty && kr_qstr_len(KR_QSTR_VALUE(o)) != 0;
    }
    if (!KR_IS_OBJ(o)) {
        return true;
    }
    const kr_type_t *t = KR_OBJ_TYPE(o);
    if (t->unary_op != NULL) {
        kr_obj_t r = t->unary_op(KR_UNARY_OP_BOOL, o);
        if (r != KR_OBJ_NULL) {
            return r == KR_OBJ_TRUE;
        }
        r = t->unary_op(KR_UNARY_OP_LEN, o);
        if (r != KR_OBJ_NULL) {
            return r != KR_NEW_SMALL_INT(0);
        }
    }
    return true;
}

bool kr_obj_is_callable(kr_obj_t o) {
    if (!KR_IS_OBJ(o)) {
        return false;
    }
    const kr_type_t *t = KR_OBJ_TYPE(o);
    if (t == &kr_type_type || kr_type_is_subtype(t, &kr_type_type)) {
        return true;
    }
    if (kr_type_is_heap(t)) {
        kr_obj_t f = kr_obj_type_mro_lookup(t, KR_QSTR___call__);
        return f != KR_OBJ_NULL && f != KR_OBJ_NONE;
    }
    return t->call != NULL;
}

bool kr_obj_equal(kr_obj_t a, kr_obj_t b) {
    if (a == b) {
        return true;
    }
    if (!KR_IS_OBJ(a) && !KR_IS_OBJ(b)) {
        /* two distinct non-pointer values: only bool/int mixes can be equal */
        if ((a == KR_OBJ_TRUE && b == KR_NEW_SMALL_INT(1)) || (b == KR_OBJ_TRUE && a == KR_NEW_SMALL_INT(1))
            || (a == KR_OBJ_FALSE && b == KR_NEW_SMALL_INT(0)) || (b == KR_OBJ_FALSE && a == KR_NEW_SMALL_INT(0))) {
            return true;
        }
        return false;
    }
    if (kr_obj_is_type(a, &kr_type_str) || KR_IS_QSTR(a)) {
        if (kr_obj_is_type(b, &kr_type_str) || KR_IS_QSTR(b)) {
            return kr_obj_str_equal(a, b);
        }
    }
    kr_obj_t r = kr_binary_op(KR_BINARY_OP_EQUAL, a, b);
    if (r == KR_OBJ_TRUE) {
        return true;
    }
    if (r == KR_OBJ_FALSE) {
        return false;
    }
    return kr_obj_is_true(r);
}

static kr_int_t hash_of_pointer(kr_obj_t o) {
    kr_uint_t v = (kr_uint_t)o;
    v = (v >> 4) | (v << (sizeof(kr_uint_t) * 8 - 4));
    kr_int_t h = (kr_int_t)(v & (kr_uint_t)KR_SMALL_INT_MAX);
    return h == -1 ? -2 : h;
}

kr_int_t kr_obj_hash(kr_obj_t o) {
    if (KR_IS_SMALL_INT(o)) {
        kr_int_t v = KR_SMALL_INT_VALUE(o);
        if (v >= KR_HASH_MODULUS || v <= -KR_HASH_MODULUS) {
            return kr_obj_int_hash(o);   /* reduced as a float of the same value is */
        }
        return v == -1 ? -2 : v;
    }
    if (KR_IS_QSTR(o)) {
        return (kr_int_t)(kr_qstr_hash(KR_QSTR_VALUE(o)) & (kr_uint_t)KR_SMALL_INT_MAX);   /* as for str objects */
    }
    if (o == KR_OBJ_FALSE) {
        return 0;
    }
    if (o == KR_OBJ_TRUE) {
        return 1;
    }
    if (!KR_IS_OBJ(o)) {
        return (kr_int_t)(0x5a5a + (o >> 3));
    }
    const kr_type_t *t = KR_OBJ_TYPE(o);
    if (t->flags & KR_TYPE_FLAG_EQ_IS_IDENTITY) {
        return hash_of_pointer(o);
    }
    if (t->unary_op != NULL) {
        kr_obj_t r = t->unary_op(KR_UNARY_OP_HASH, o);
        if (r != KR_OBJ_NULL) {
            /* As CPython: a hash that fits a machine word is used as is; a
             * bigger one is reduced by hashing the int. */
            kr_int_t h;
            if (kr_obj_int_get_checked(r, &h)) {
                return h == -1 ? -2 : h;
            }
            return kr_obj_hash(r);
        }
    }
    if (t->binary_op != NULL && !kr_type_is_heap(t)) {
        kr_raise_fmt(&kr_type_TypeError, "unhashable type: '%s'", kr_qstr_str(t->name));
    }
    return hash_of_pointer(o);
}

/* ---------------------------------------------------------------- length */

kr_obj_t kr_obj_len_maybe(kr_obj_t o) {
    if (KR_IS_QSTR(o)) {
        return KR_NEW_SMALL_INT(kr_obj_str_char_len(o));
    }
    if (!KR_IS_OBJ(o)) {
        return KR_OBJ_NULL;
    }
    const kr_type_t *t = KR_OBJ_TYPE(o);
    if (t->unary_op == NULL) {
        return KR_OBJ_NULL;
    }
    return t->unary_op(KR_UNARY_OP_LEN, o);
}

kr_obj_t kr_obj_len(kr_obj_t o) {
    kr_obj_t r = kr_obj_len_maybe(o);
    if (r == KR_OBJ_NULL) {
        kr_raise_fmt(&kr_type_TypeError, "object of type '%s' has no len()", kr_obj_type_name(o));
    }
    return r;
}

size_t kr_obj_len_size(kr_obj_t o) {
    return (size_t)KR_SMALL_INT_VALUE(kr_obj_len(o));
}

/* ---------------------------------------------------------------- conversions */

int kr_obj_get_c_int(kr_obj_t o) {
    kr_int_t v;
    bool fits = kr_obj_is_int(o) ? kr_obj_int_get_checked(o, &v) : ((v = kr_obj_get_int(o)), true);
    if (!fits || v > INT_MAX || v < INT_MIN) {
        kr_raise_msg(&kr_type_OverflowError, "Python int too large to convert to C int");
    }
    return (int)v;
}

bool kr_obj_get_int_maybe(kr_obj_t o, kr_int_t *value) {
    if (KR_IS_SMALL_INT(o)) {
        *value = KR_SMALL_INT_VALUE(o);
        return true;
    }
    if (o == KR_OBJ_FALSE || o == KR_OBJ_TRUE) {
        *value = o == KR_OBJ_TRUE;
        return true;
    }
    if (KR_IS_OBJ(o) && kr_obj_is_int(o)) {
        if (!kr_obj_int_get_checked(o, value)) {
            kr_raise_msg(&kr_type_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return true;
    }
    return false;
}

kr_int_t kr_obj_get_int(kr_obj_t o) {
    kr_int_t v;
    if (kr_obj_get_int_maybe(o, &v)) {
        return v;
    }
    kr_raise_fmt(&kr_type_TypeError, "'%s' object cannot be interpreted as an integer", kr_obj_type_name(o));
}

kr_obj_t kr_obj_index_obj(kr_obj_t o) {
    if (kr_obj_is_int(o)) {
        return o;
    }
    const kr_type_t *t = kr_obj_get_type(o);
    if (t->unary_op != NULL && KR_IS_OBJ(o)) {
        kr_obj_t r = t->unary_op(KR_UNARY_OP_INDEX, o);
        if (r != KR_OBJ_NULL && kr_obj_is_int(r)) {
            return r;
        }
    }
    return KR_OBJ_NULL;
}

kr_int_t kr_obj_get_index(kr_obj_t o) {
    kr_int_t v;
    if (kr_obj_get_int_maybe(o, &v)) {
        return v;
    }
    kr_obj_t r = kr_obj_index_obj(o);
    if (r != KR_OBJ_NULL && kr_obj_get_int_maybe(r, &v)) {
        return v;
    }
    kr_raise_fmt(&kr_type_TypeError, "'%s' object cannot be interpreted as an integer", kr_obj_type_name(o));
}

bool kr_obj_get_float_maybe(kr_obj_t o, double *value) {
    if (KR_IS_SMALL_INT(o)) {
        *value = (double)KR_SMALL_INT_VALUE(o);
        return true;
    }
    if (o == KR_OBJ_FALSE || o == KR_OBJ_TRUE) {
        *value = o == KR_OBJ_TRUE;
        return true;
    }
    if (!KR_IS_OBJ(o)) {
        return false;
    }
#if KR_FEATURE_FLOAT
    if (KR_OBJ_TYPE(o) == &kr_type_float) {
        *value = kr_obj_float_get(o);
        return true;
    }
#endif
    if (kr_obj_is_int(o)) {
        *value = kr_obj_int_as_double(o);
        return true;
    }
#if KR_FEATURE_FLOAT
    if (kr_obj_is_instance(o, &kr_type_float)) {
        *value = ((kr_obj_float_t *)KR_OBJ_TO_PTR(o))->value;
        return true;
    }
#endif
    const kr_type_t *t = KR_OBJ_TYPE(o);
    if (t->unary_op != NULL) {
        kr_obj_t r = t->unary_op(KR_UNARY_OP_FLOAT, o);
        if (r != KR_OBJ_NULL) {
#if KR_FEATURE_FLOAT
            if (kr_obj_is_type(r, &kr_type_float)) {
                *value = kr_obj_float_get(r);
                return true;
            }
#endif
            if (KR_IS_SMALL_INT(r)) {
                *value = (double)KR_SMALL_INT_VALUE(r);
                return true;
            }
        }
        r = t->unary_op(KR_UNARY_OP_INDEX, o);
        if (r != KR_OBJ_NULL && KR_IS_SMALL_INT(r)) {
            *value = (double)KR_SMALL_INT_VALUE(r);
            return true;
        }
    }
    return false;
}

double kr_obj_get_float(kr_obj_t o) {
    double d;
    if (kr_obj_get_float_maybe(o, &d)) {
        return d;
    }
    kr_raise_fmt(&kr_type_TypeError, "must be real number, not %s", kr_obj_type_name(o));
}

void kr_obj_get_array(kr_obj_t o, size_t *len, kr_obj_t **items) {
    if (KR_IS_OBJ(o)) {
        if (kr_obj_is_instance(o, &kr_type_tuple)) {
            kr_obj_tuple_t *t = KR_OBJ_TO_PTR(o);
            *len = t->len;
            *items = t->items;
            return;
        }
        if (kr_obj_is_instance(o, &kr_type_list)) {
            kr_obj_list_t *l = KR_OBJ_TO_PTR(o);
            *len = l->len;
            *items = l->items;
            return;
        }
    }
    kr_raise_fmt(&kr_type_TypeError, "expected tuple or list, got '%s'", kr_obj_type_name(o));
}

void kr_obj_get_array_fixed_n(kr_obj_t o, size_t len, kr_obj_t **items) {
    size_t n;
    kr_obj_get_array(o, &n, items);
    if (n > len) {
        kr_raise_fmt(&kr_type_ValueError, "too many values to unpack (expected %u)", (unsigned)len);
    }
    if (n < len) {
        kr_raise_fmt(&kr_type_ValueError, "not enough values to unpack (expected %u, got %u)",
                     (unsigned)len, (unsigned)n);
    }
}

static const char *index_type_name(const kr_type_t *type) {
    if (type == &kr_type_str) {
        return "string";
    }
    if (type == &kr_type_range) {
        return "range object";
    }
    return kr_qstr_str(type->name);
}

size_t kr_get_index(const kr_type_t *type, size_t len, kr_obj_t index, bool is_slice) {
    kr_int_t i;
    if (KR_IS_SMALL_INT(index)) {
        i = KR_SMALL_INT_VALUE(index);
    } else if (!kr_obj_get_int_maybe(index, &i)) {
        const kr_type_t *it = kr_obj_get_type(index);
        kr_obj_t r = KR_OBJ_NULL;
        if (KR_IS_OBJ(index) && it->unary_op != NULL) {
            r = it->unary_op(KR_UNARY_OP_INDEX, index);
        }
        if (r == KR_OBJ_NULL || !kr_obj_get_int_maybe(r, &i)) {
            kr_raise_fmt(&kr_type_TypeError, "%s indices must be integers or slices, not %s",
                         index_type_name(type), kr_qstr_str(it->name));
        }
    }
    if (i < 0) {
        i += (kr_int_t)len;
    }
    if (is_slice) {
        if (i < 0) {
            i = 0;
        } else if ((size_t)i > len) {
            i = (kr_int_t)len;
        }
    } else if (i < 0 || (size_t)i >= len) {
        if (type == &kr_type_bytes) {
            kr_raise_msg(&kr_type_IndexError, "index out of range");
        }
        kr_raise_fmt(&kr_type_IndexError, "%s index out of range", index_type_name(type));
    }
    return (size_t)i;
}

/* ---------------------------------------------------------------- str / repr / print */

void kr_obj_print(const kr_print_t *p, kr_obj_t o, kr_print_kind_t kind) {
    if (KR_IS_SMALL_INT(o)) {
        kr_printf(p, "%ld", (long)KR_SMALL_INT_VALUE(o));
        return;
    }
    if (KR_IS_OBJ(o)) {
        kr_stack_check();
    }
    const kr_type_t *t = kr_obj_get_type(o);
    if (t->print != NULL) {
        t->print(p, o, kind);
        return;
    }
    kr_printf(p, "<%s object at %p>", kr_qstr_str(t->name), KR_OBJ_TO_PTR(o));
}

kr_obj_t kr_obj_repr(kr_obj_t o) {
    kr_vstr_t v;
    kr_print_t p;
    kr_vstr_init(&v, 16);
    kr_print_init_vstr(&p, &v);
    kr_obj_print(&p, o, KR_PRINT_REPR);
    return kr_obj_new_str_from_vstr(&v);
}

kr_obj_t kr_obj_str(kr_obj_t o) {
    if (KR_IS_QSTR(o) || kr_obj_is_type(o, &kr_type_str)) {
        return o;
    }
    kr_vstr_t v;
    kr_print_t p;
    kr_vstr_init(&v, 16);
    kr_print_init_vstr(&p, &v);
    kr_obj_print(&p, o, KR_PRINT_STR);
    return kr_obj_new_str_from_vstr(&v);
}

/* ---------------------------------------------------------------- buffers */

int kr_get_buffer(kr_obj_t o, kr_buffer_info_t *info, unsigned flags) {
    if (!KR_IS_OBJ(o)) {
        return 1;
    }
    const kr_type_t *t = KR_OBJ_TYPE(o);
    if (t->get_buffer == NULL) {
        return 1;
    }
    return t->get_buffer(o, info, flags);
}

void kr_get_buffer_raise(kr_obj_t o, kr_buffer_info_t *info, unsigned flags) {
    if (kr_get_buffer(o, info, flags) != 0) {
        kr_raise_fmt(&kr_type_TypeError, "a bytes-like object is required, not '%s'", kr_obj_type_name(o));
    }
}
