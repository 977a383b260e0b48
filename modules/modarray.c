/* modarray.c: the array module (typed numeric arrays: bBhHiIlLqQfd, with CPython's methods, checks and errors). */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objint.h"
#include "objiter.h"
#include "seq.h"

#if KR_MODULE_ARRAY

typedef struct {
    kr_obj_base_t base;
    uint8_t *data;        /* GC heap, atomic */
    size_t len, alloc;    /* in items */
    char typecode;
    uint8_t itemsize;
} array_t;

extern const kr_type_t kr_type_array_array;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define NATIVE_BIG (true)
#else
#define NATIVE_BIG (false)
#endif

static size_t typecode_size(int tc) {
    switch (tc) {
        case 'b': case 'B': return 1;
        case 'h': case 'H': return 2;
        case 'i': case 'I': return sizeof(int);
        case 'l': case 'L': return sizeof(long);
        case 'q': case 'Q': return 8;
        case 'f': return 4;
        case 'd': return 8;
        default: return 0;
    }
}

static bool typecode_signed(int tc) {
    return tc == 'b' || tc == 'h' || tc == 'i' || tc == 'l' || tc == 'q';
}

static array_t *array_ptr(kr_obj_t o) {
    return KR_OBJ_TO_PTR(o);
}

static bool is_array(kr_obj_t o) {
    return kr_obj_is_instance(o, &kr_type_array_array);
}

static kr_obj_t array_alloc(const kr_type_t *type, char tc, size_t n) {
    array_t *a = kr_gc_alloc(sizeof(array_t), 0);
    a->base.type = type;
    a->typecode = tc;
    a->itemsize = (uint8_t)typecode_size(tc);
    a->len = n;
    a->alloc = n;
    if (n > 0) {
        a->data = kr_gc_alloc(n * a->itemsize, KR_GC_FLAG_ATOMIC);
    }
    return KR_OBJ_FROM_PTR(a);
}

static void array_reserve(array_t *a, size_t n) {
    if (n > a->alloc) {
        size_t na = a->alloc < 4 ? 4 : a->alloc;
        while (na < n) {
            na *= 2;
        }
        uint8_t *d = kr_gc_alloc(na * a->itemsize, KR_GC_FLAG_ATOMIC);
        if (a->len > 0) {
            memcpy(d, a->data, a->len * a->itemsize);
        }
        a->data = d;
        a->alloc = na;
    }
}

/* ---------------------------------------------------------------- item conversion */

_Noreturn static void int_overflow(char tc, bool negative) {
    const char *msg;
    switch (tc) {
        case 'b': msg = negative ? "signed char is less than minimum" : "signed char is greater than maximum"; break;
        case 'B': msg = negative ? "unsigned byte integer is less than minimum"
                                 : "unsigned byte integer is greater than maximum"; break;
        case 'h': msg = negative ? "signed short integer is less than minimum"
                                 : "signed short integer is greater than maximum"; break;
        case 'H': msg = negative ? "unsigned short is less than minimum" : "unsigned short is greater than maximum"; break;
        case 'i': msg = negative ? "signed integer is less than minimum" : "signed integer is greater than maximum"; break;
        case 'I': msg = negative ? "can't convert negative value to unsigned int" : "unsigned int is greater than maximum"; break;
        case 'l': msg = "Python int too large to convert to C long"; break;
        case 'L': msg = negative ? "can't convert negative value to unsigned int"
                                 : "Python int too large to convert to C unsigned long"; break;
        case 'q': msg = "int too big to convert"; break;
        default: msg = negative ? "can't convert negative int to unsigned" : "int too big to convert"; break;
    }
    kr_raise_msg(&kr_type_OverflowError, msg);
}

static void store_item(array_t *a, size_t i, kr_obj_t v) {
    uint8_t *p = a->data + i * a->itemsize;
    char tc = a->typecode;
    if (tc == 'f' || tc == 'd') {
        double d;
        if (!kr_obj_get_float_maybe(v, &d)) {
            kr_raise_fmt(&kr_type_TypeError, "must be real number, not %s", kr_obj_type_name(v));
        }
        if (tc == 'f') {
            float f = (float)d;
            memcpy(p, &f, 4);
        } else {
            memcpy(p, &d, 8);
        }
        return;
    }
    if (!kr_obj_is_int(v)) {
        v = kr_obj_new_int(kr_obj_get_index(v));
    }
    uint8_t tmp[8];
    if (!kr_obj_int_to_bytes(v, a->itemsize, tmp, NATIVE_BIG, typecode_signed(tc))) {
        int_overflow(tc, kr_obj_int_sign(v) < 0);
    }
    memcpy(p, tmp, a->itemsize);
}

static kr_obj_t load_item(array_t *a, size_t i) {
    const uint8_t *p = a->data + i * a->itemsize;
    switch (a->typecode) {
        case 'b': return KR_NEW_SMALL_INT(*(const int8_t *)p);
        case 'B': return KR_NEW_SMALL_INT(*p);
        case 'h': { int16_t v; memcpy(&v, p, 2); return KR_NEW_SMALL_INT(v); }
        case 'H': { uint16_t v; memcpy(&v, p, 2); return KR_NEW_SMALL_INT(v); }
        case 'f': { float v; memcpy(&v, p, 4); return kr_obj_new_float(v); }
        case 'd': { double v; memcpy(&v, p, 8); return kr_obj_new_float(v); }
        default:
            return kr_obj_int_from_bytes(p, a->itemsize, NATIVE_BIG, typecode_signed(a->typecode));
    }
}

static void append_item(array_t *a, kr_obj_t v) {
    array_reserve(a, a->len + 1);
    store_item(a, a->len, v);   /* may raise: len grows only after */
    a->len++;
}

static void extend_bytes(array_t *a, const uint8_t *d, size_t n) {
    if (n % a->itemsize != 0) {
        kr_raise_msg(&kr_type_ValueError, "bytes length not a multiple of item size");
    }
    size_t k = n / a->itemsize;
    if (k == 0) {
        return;
    }
    array_reserve(a, a->len + k);
    memcpy(a->data + a->len * a->itemsize, d, n);
    a->len += k;
}

static void extend_iter(kr_obj_t self, kr_obj_t iterable) {
    kr_obj_t it = kr_getiter(iterable), x;
    while ((x = kr_iternext(it)) != KR_OBJ_NULL) {
        append_item(array_ptr(self), x);
    }
}

/* ---------------------------------------------------------------- constructor, print */

static kr_obj_t array_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_kw > 0) {
        kr_raise_msg(&kr_type_TypeError, "array.array() takes no keyword arguments");
    }
    if (n_args < 1 || n_args > 2) {
        kr_raise_fmt(&kr_type_TypeError, "array() takes at %s (%u given)",
                     n_args < 1 ? "least 1 argument" : "most 2 arguments", (unsigned)n_args);
    }
    size_t tl;
    const char *tcs = NULL;
    if (kr_obj_is_str(args[0])) {
        tcs = kr_obj_str_get_data(args[0], &tl);
    }
    if (tcs == NULL || kr_obj_str_char_len(args[0]) != 1) {
        kr_raise_fmt(&kr_type_TypeError, "array() argument 1 must be a unicode character, not %s",
                     kr_obj_type_name(args[0]));
    }
    char tc = tcs[0];
    if (tl != 1 || typecode_size(tc) == 0) {
        kr_raise_msg(&kr_type_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    kr_obj_t self = array_alloc(type, tc, 0);
    if (n_args == 2) {
        kr_obj_t init = args[1];
        if (kr_obj_is_str(init)) {
            kr_raise_fmt(&kr_type_TypeError, "cannot use a str to initialize an array with typecode '%c'", tc);
        }
        if (kr_obj_is_instance(init, &kr_type_bytes) || kr_obj_is_instance(init, &kr_type_bytearray)) {
            size_t n;
            const char *d = kr_obj_str_get_data(init, &n);
            extend_bytes(array_ptr(self), (const uint8_t *)d, n);
        } else {
            extend_iter(self, init);
        }
    }
    return self;
}

static void array_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    array_t *a = array_ptr(self);
    kr_printf(p, "array('%c'", a->typecode);
    if (a->len > 0) {
        kr_print_str(p, ", [");
        for (size_t i = 0; i < a->len; i++) {
            if (i > 0) {
                kr_print_str(p, ", ");
            }
            kr_obj_print(p, load_item(a, i), KR_PRINT_REPR);
        }
        kr_print_str(p, "]");
    }
    kr_print_str(p, ")");
}

/* ---------------------------------------------------------------- operators */

static kr_obj_t array_tolist(kr_obj_t self) {
    array_t *a = array_ptr(self);
    kr_obj_t l = kr_obj_new_list(a->len, NULL);
    kr_obj_list_t *lp = KR_OBJ_TO_PTR(l);
    for (size_t i = 0; i < a->len; i++) {
        lp->items[i] = load_item(a, i);
    }
    return l;
}
static KR_DEFINE_FUN_1(array_tolist_obj, array_tolist);

static kr_obj_t array_unary_op(kr_unary_op_t op, kr_obj_t self) {
    array_t *a = array_ptr(self);
    switch (op) {
        case KR_UNARY_OP_BOOL: return KR_OBJ_BOOL(a->len != 0);
        case KR_UNARY_OP_LEN: return KR_NEW_SMALL_INT(a->len);
        default: return KR_OBJ_NULL;
    }
}

static kr_obj_t array_concat(kr_obj_t self, kr_obj_t other) {
    array_t *a = array_ptr(self), *b = array_ptr(other);
    kr_obj_t r = array_alloc(kr_obj_get_type(self), a->typecode, a->len + b->len);
    array_t *c = array_ptr(r);
    if (a->len) {
        memcpy(c->data, a->data, a->len * a->itemsize);
    }
    if (b->len) {
        memcpy(c->data + a->len * a->itemsize, b->data, b->len * b->itemsize);
    }
    return r;
}

static kr_obj_t array_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    array_t *a = array_ptr(self);
    switch (op) {
        case KR_BINARY_OP_CONTAINS:
            for (size_t i = 0; i < a->len; i++) {
                if (kr_obj_equal(load_item(a, i), other)) {
                    return KR_OBJ_TRUE;
                }
            }
            return KR_OBJ_FALSE;
        case KR_BINARY_OP_LESS: case KR_BINARY_OP_MORE: case KR_BINARY_OP_EQUAL:
        case KR_BINARY_OP_LESS_EQUAL: case KR_BINARY_OP_MORE_EQUAL: case KR_BINARY_OP_NOT_EQUAL: {
            if (!is_array(other)) {
                return KR_OBJ_NULL;
            }
            kr_obj_list_t *x = KR_OBJ_TO_PTR(array_tolist(self)), *y = KR_OBJ_TO_PTR(array_tolist(other));
            return KR_OBJ_BOOL(kr_seq_cmp_objs(op, x->items, x->len, y->items, y->len));
        }
        case KR_BINARY_OP_ADD:
            if (!is_array(other)) {
                kr_raise_fmt(&kr_type_TypeError, "can only append array (not \"%s\") to array", kr_obj_type_name(other));
            }
            if (array_ptr(other)->typecode != a->typecode) {
                kr_raise_msg(&kr_type_TypeError, "bad argument type for built-in operation");
            }
            return array_concat(self, other);
        case KR_BINARY_OP_INPLACE_ADD:
            if (!is_array(other)) {
                kr_raise_fmt(&kr_type_TypeError, "can only extend array with array (not \"%s\")", kr_obj_type_name(other));
            }
            if (array_ptr(other)->typecode != a->typecode) {
                kr_raise_msg(&kr_type_TypeError, "can only extend with array of same kind");
            }
            {
                array_t *b = array_ptr(other);
                size_t n = b->len * b->itemsize;
                uint8_t *src = b->data;
                extend_bytes(a, n ? src : (const uint8_t *)"", n);
            }
            return self;
        case KR_BINARY_OP_MULTIPLY:
        case KR_BINARY_OP_REVERSE_MULTIPLY:
        case KR_BINARY_OP_INPLACE_MULTIPLY: {
            if (!kr_obj_is_int(other)) {
                return KR_OBJ_NULL;
            }
            kr_int_t n = kr_obj_get_int(other);
            size_t count = n > 0 ? (size_t)n : 0;
            size_t bytes = a->len * a->itemsize;
            if (count > 0 && bytes > 0 && count > SIZE_MAX / 2 / bytes) {
                kr_raise_memory_error();
            }
            kr_obj_t r = array_alloc(kr_obj_get_type(self), a->typecode, a->len * count);
            array_t *c = array_ptr(r);
            for (size_t k = 0; k < count && bytes > 0; k++) {
                memcpy(c->data + k * bytes, a->data, bytes);
            }
            if (op == KR_BINARY_OP_INPLACE_MULTIPLY) {
                a->data = c->data;
                a->len = a->alloc = c->len;
                return self;
            }
            return r;
        }
        default:
            return KR_OBJ_NULL;
    }
}

static void delete_range(array_t *a, size_t start, size_t n) {
    if (n == 0) {
        return;
    }
    size_t sz = a->itemsize;
    memmove(a->data + start * sz, a->data + (start + n) * sz, (a->len - start - n) * sz);
    a->len -= n;
}

static kr_obj_t array_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    array_t *a = array_ptr(self);
    if (kr_obj_is_type(index, &kr_type_slice)) {
        kr_int_t start, stop, step;
        size_t n = kr_obj_slice_indices(index, a->len, &start, &stop, &step);
        if (value == KR_OBJ_SENTINEL) {
            kr_obj_t r = array_alloc(kr_obj_get_type(self), a->typecode, n);
            array_t *c = array_ptr(r);
            for (size_t k = 0; k < n; k++) {
                memcpy(c->data + k * a->itemsize, a->data + (size_t)(start + (kr_int_t)k * step) * a->itemsize,
                       a->itemsize);
            }
            return r;
        }
        if (value == KR_OBJ_NULL) {
            if (step == 1) {
                delete_range(a, (size_t)start, n);
            } else {
                /* delete from the highest index down so the lower ones stay valid */
                for (size_t k = 0; k < n; k++) {
                    size_t kk = step > 0 ? n - 1 - k : k;
                    delete_range(a, (size_t)(start + (kr_int_t)kk * step), 1);
                }
            }
            return KR_OBJ_NONE;
        }
        if (!is_array(value)) {
            kr_raise_fmt(&kr_type_TypeError, "can only assign array (not \"%s\") to array slice",
                         kr_obj_type_name(value));
        }
        array_t *b = array_ptr(value);
        if (b->typecode != a->typecode) {
            kr_raise_msg(&kr_type_TypeError, "bad argument type for built-in operation");
        }
        /* copy the source first: it may be the same array */
        size_t blen = b->len, sz = a->itemsize;
        uint8_t *src = blen ? kr_gc_alloc(blen * sz, KR_GC_FLAG_ATOMIC) : NULL;
        if (blen) {
            memcpy(src, b->data, blen * sz);
        }
        if (step == 1) {
            size_t newlen = a->len - n + blen;
            if (newlen == 0 || (n == 0 && blen == 0)) {
                a->len = newlen;
                return KR_OBJ_NONE;
            }
            array_reserve(a, newlen);
            memmove(a->data + ((size_t)start + blen) * sz, a->data + ((size_t)start + n) * sz,
                    (a->len - (size_t)start - n) * sz);
            if (blen) {
                memcpy(a->data + (size_t)start * sz, src, blen * sz);
            }
            a->len = newlen;
            return KR_OBJ_NONE;
        }
        if (blen != n) {
            kr_raise_fmt(&kr_type_ValueError, "attempt to assign array of size %u to extended slice of size %u",
                         (unsigned)blen, (unsigned)n);
        }
        for (size_t k = 0; k < n; k++) {
            memcpy(a->data + (size_t)(start + (kr_int_t)k * step) * sz, src + k * sz, sz);
        }
        return KR_OBJ_NONE;
    }
    if (!kr_obj_is_int(index)) {
        const kr_type_t *t = kr_obj_get_type(index);
        if (!KR_IS_OBJ(index) || t->unary_op == NULL || kr_obj_is_instance(index, &kr_type_float)
            || kr_obj_is_str(index)) {
            kr_raise_msg(&kr_type_TypeError, "array indices must be integers");
        }
    }
    size_t i = kr_seq_index_adjust(kr_seq_index_value(index, "array"), a->len,
                                   value == KR_OBJ_NULL ? "array assignment index out of range"
                                   : value == KR_OBJ_SENTINEL ? "array index out of range"
                                   : "array assignment index out of range");
    if (value == KR_OBJ_SENTINEL) {
        return load_item(a, i);
    }
    if (value == KR_OBJ_NULL) {
        delete_range(a, i, 1);
    } else {
        store_item(a, i, value);
    }
    return KR_OBJ_NONE;
}

static kr_obj_t array_getiter(kr_obj_t self) {
    return kr_obj_new_seq_iter(self);
}

static int array_get_buffer(kr_obj_t self, kr_buffer_info_t *info, unsigned flags) {
    static uint8_t empty[8];
    array_t *a = array_ptr(self);
    info->buf = a->data ? a->data : empty;
    info->len = a->len * a->itemsize;
    info->typecode = a->typecode;
    return 0;
}

/* ---------------------------------------------------------------- methods */

static kr_obj_t array_append(kr_obj_t self, kr_obj_t x) {
    append_item(array_ptr(self), x);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(array_append_obj, array_append);

static kr_obj_t array_extend(kr_obj_t self, kr_obj_t iterable) {
    if (is_array(iterable)) {
        if (array_ptr(iterable)->typecode != array_ptr(self)->typecode) {
            kr_raise_msg(&kr_type_TypeError, "can only extend with array of same kind");
        }
        array_binary_op(KR_BINARY_OP_INPLACE_ADD, self, iterable);
        return KR_OBJ_NONE;
    }
    extend_iter(self, iterable);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(array_extend_obj, array_extend);

static kr_obj_t array_insert(kr_obj_t self, kr_obj_t index, kr_obj_t x) {
    array_t *a = array_ptr(self);
    kr_int_t i = kr_obj_get_index(index);
    kr_int_t n = (kr_int_t)a->len;
    if (i < 0) {
        i += n;
        if (i < 0) {
            i = 0;
        }
    }
    if (i > n) {
        i = n;
    }
    append_item(a, x);   /* converts and checks x, then rotate it into place */
    size_t sz = a->itemsize;
    uint8_t tmp[8];
    memcpy(tmp, a->data + (a->len - 1) * sz, sz);
    memmove(a->data + ((size_t)i + 1) * sz, a->data + (size_t)i * sz, (a->len - 1 - (size_t)i) * sz);
    memcpy(a->data + (size_t)i * sz, tmp, sz);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_3(array_insert_obj, array_insert);

static kr_obj_t array_pop(size_t n_args, const kr_obj_t *args) {
    array_t *a = array_ptr(args[0]);
    if (a->len == 0) {
        kr_raise_msg(&kr_type_IndexError, "pop from empty array");
    }
    kr_int_t i = n_args > 1 ? kr_obj_get_index(args[1]) : -1;
    size_t k = kr_seq_index_adjust(i, a->len, "pop index out of range");
    kr_obj_t v = load_item(a, k);
    delete_range(a, k, 1);
    return v;
}
static KR_DEFINE_FUN_VAR(array_pop_obj, 1, 2, array_pop);

static size_t find_item(array_t *a, kr_obj_t x) {
    for (size_t i = 0; i < a->len; i++) {
        if (kr_obj_equal(load_item(a, i), x)) {
            return i;
        }
    }
    return SIZE_MAX;
}

static kr_obj_t array_remove(kr_obj_t self, kr_obj_t x) {
    array_t *a = array_ptr(self);
    size_t i = find_item(a, x);
    if (i == SIZE_MAX) {
        kr_raise_msg(&kr_type_ValueError, "array.remove(x): x not in array");
    }
    delete_range(a, i, 1);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(array_remove_obj, array_remove);

static kr_obj_t array_index(kr_obj_t self, kr_obj_t x) {
    size_t i = find_item(array_ptr(self), x);
    if (i == SIZE_MAX) {
        kr_raise_msg(&kr_type_ValueError, "array.index(x): x not in array");
    }
    return KR_NEW_SMALL_INT(i);
}
static KR_DEFINE_FUN_2(array_index_obj, array_index);

static kr_obj_t array_count(kr_obj_t self, kr_obj_t x) {
    array_t *a = array_ptr(self);
    size_t n = 0;
    for (size_t i = 0; i < a->len; i++) {
        n += kr_obj_equal(load_item(a, i), x);
    }
    return KR_NEW_SMALL_INT(n);
}
static KR_DEFINE_FUN_2(array_count_obj, array_count);

static kr_obj_t array_reverse(kr_obj_t self) {
    array_t *a = array_ptr(self);
    size_t sz = a->itemsize;
    uint8_t tmp[8];
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        memcpy(tmp, a->data + i * sz, sz);
        memcpy(a->data + i * sz, a->data + (j - 1) * sz, sz);
        memcpy(a->data + (j - 1) * sz, tmp, sz);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(array_reverse_obj, array_reverse);

static kr_obj_t array_byteswap(kr_obj_t self) {
    array_t *a = array_ptr(self);
    size_t sz = a->itemsize;
    for (size_t i = 0; i < a->len; i++) {
        uint8_t *p = a->data + i * sz;
        for (size_t x = 0, y = sz - 1; x < y; x++, y--) {
            uint8_t t = p[x];
            p[x] = p[y];
            p[y] = t;
        }
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(array_byteswap_obj, array_byteswap);

static kr_obj_t array_tobytes(kr_obj_t self) {
    array_t *a = array_ptr(self);
    return kr_obj_new_bytes(a->data ? a->data : (const uint8_t *)"", a->len * a->itemsize);
}
static KR_DEFINE_FUN_1(array_tobytes_obj, array_tobytes);

static kr_obj_t array_frombytes(kr_obj_t self, kr_obj_t data) {
    kr_buffer_info_t info;
    kr_get_buffer_raise(data, &info, KR_BUFFER_READ);
    uint8_t *copy = info.len ? kr_gc_alloc(info.len, KR_GC_FLAG_ATOMIC) : NULL;
    if (info.len) {
        memcpy(copy, info.buf, info.len);
    }
    extend_bytes(array_ptr(self), copy ? copy : (const uint8_t *)"", info.len);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(array_frombytes_obj, array_frombytes);

static kr_obj_t array_fromlist(kr_obj_t self, kr_obj_t list) {
    if (!kr_obj_is_instance(list, &kr_type_list)) {
        kr_raise_msg(&kr_type_TypeError, "arg must be list");
    }
    array_t *a = array_ptr(self);
    size_t old = a->len;
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        extend_iter(self, list);
        kr_nlr_pop();
    } else {
        a->len = old;   /* all or nothing, as CPython */
        kr_raise(nlr.ret_val);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(array_fromlist_obj, array_fromlist);

static void array_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    array_t *a = array_ptr(self);
    if (attr == KR_QSTR_typecode) {
        dest[0] = kr_obj_str_from_char((uint32_t)a->typecode);
    } else if (attr == KR_QSTR_itemsize) {
        dest[0] = KR_NEW_SMALL_INT(a->itemsize);
    }
}

static const kr_map_elem_t array_locals_table[] = {
    { KR_ROM_QSTR(append), KR_ROM_PTR(&array_append_obj) },
    { KR_ROM_QSTR(byteswap), KR_ROM_PTR(&array_byteswap_obj) },
    { KR_ROM_QSTR(count), KR_ROM_PTR(&array_count_obj) },
    { KR_ROM_QSTR(extend), KR_ROM_PTR(&array_extend_obj) },
    { KR_ROM_QSTR(frombytes), KR_ROM_PTR(&array_frombytes_obj) },
    { KR_ROM_QSTR(fromlist), KR_ROM_PTR(&array_fromlist_obj) },
    { KR_ROM_QSTR(index), KR_ROM_PTR(&array_index_obj) },
    { KR_ROM_QSTR(insert), KR_ROM_PTR(&array_insert_obj) },
    { KR_ROM_QSTR(pop), KR_ROM_PTR(&array_pop_obj) },
    { KR_ROM_QSTR(remove), KR_ROM_PTR(&array_remove_obj) },
    { KR_ROM_QSTR(reverse), KR_ROM_PTR(&array_reverse_obj) },
    { KR_ROM_QSTR(tobytes), KR_ROM_PTR(&array_tobytes_obj) },
    { KR_ROM_QSTR(tolist), KR_ROM_PTR(&array_tolist_obj) },
};
static KR_DEFINE_CONST_DICT(array_locals_dict, array_locals_table);

const kr_type_t kr_type_array_array = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_array,
    .print = array_print,
    .make_new = array_make_new,
    .unary_op = array_unary_op,
    .binary_op = array_binary_op,
    .attr = array_attr,
    .subscr = array_subscr,
    .getiter = array_getiter,
    .get_buffer = array_get_buffer,
    .locals_dict = &array_locals_dict,
};

static const kr_map_elem_t array_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(array) },
    { KR_ROM_QSTR(array), KR_ROM_PTR(&kr_type_array_array) },
    { KR_ROM_QSTR(typecodes), KR_ROM_QSTR(bBhHiIlLqQfd) },
};
static KR_DEFINE_CONST_DICT(array_globals, array_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_array, array_globals);

#endif /* KR_MODULE_ARRAY */
