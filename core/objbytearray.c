/* objbytearray.c: the mutable bytearray type and memoryview (zero-copy windows on
 * buffers), with the buffer protocol. */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objstr.h"
#include "objstrmethods.h"
#include "objbytearray.h"
#include "objint.h"
#include "seq.h"

kr_obj_t kr_obj_str_bytes_getiter(kr_obj_t self);   /* objstr.c */

/* ---------------------------------------------------------------- bytearray storage */

static kr_obj_bytearray_t *ba_ptr(kr_obj_t o) {
    return (kr_obj_bytearray_t *)KR_OBJ_TO_PTR(o);
}

static void ba_reserve(kr_obj_bytearray_t *b, size_t n) {
    if (n <= b->alloc) {
        return;
    }
    if (n > (SIZE_MAX >> 2)) {
        kr_raise_memory_error();
    }
    size_t na = b->alloc + b->alloc / 2 + 8;
    if (na < n) {
        na = n;
    }
    if (b->items == NULL) {
        b->items = kr_gc_alloc(na, KR_GC_FLAG_ATOMIC);
    } else if (kr_gc_nbytes(b->items) == 0) {
        /* memory the bytearray does not own (uctypes.bytearray_at): copy it out */
        uint8_t *items = kr_gc_alloc(na, KR_GC_FLAG_ATOMIC);
        memcpy(items, b->items, b->len);
        b->items = items;
    } else {
        b->items = kr_gc_realloc(b->items, na);
    }
    b->alloc = na;
}

kr_obj_t kr_obj_new_bytearray(size_t len, const uint8_t *data) {
    kr_obj_bytearray_t *b = kr_gc_alloc(sizeof(kr_obj_bytearray_t), 0);
    b->base.type = &kr_type_bytearray;
    if (len > 0) {
        ba_reserve(b, len);
        if (data != NULL) {
            memcpy(b->items, data, len);
        }
    }
    b->len = len;
    return KR_OBJ_FROM_PTR(b);
}

void kr_obj_bytearray_add(kr_obj_t ba, const uint8_t *data, size_t len) {
    kr_obj_bytearray_t *b = ba_ptr(ba);
    if (len == 0) {
        return;
    }
    if (b->len + len < b->len) {
        kr_raise_memory_error();
    }
    ba_reserve(b, b->len + len);
    memmove(b->items + b->len, data, len);
    b->len += len;
}

/* replace items [start, start + dlen) by n new bytes (data may alias the bytearray) */
static void ba_splice(kr_obj_bytearray_t *b, size_t start, size_t dlen, const uint8_t *data, size_t n) {
    uint8_t *copy = NULL;
    if (n > 0 && b->items != NULL && data >= b->items && data < b->items + b->alloc) {
        copy = kr_gc_alloc(n, KR_GC_FLAG_ATOMIC);
        memcpy(copy, data, n);
        data = copy;
    }
    size_t tail = b->len - start - dlen;
    size_t new_len = b->len - dlen + n;
    ba_reserve(b, new_len);
    if (tail > 0) {
        memmove(b->items + start + n, b->items + start + dlen, tail);
    }
    if (n > 0) {
        memcpy(b->items + start, data, n);
    }
    b->len = new_len;
    if (copy != NULL) {
        kr_gc_free(copy);
    }
}

static uint8_t byte_arg(kr_obj_t v) {
    kr_int_t x;
    if (!kr_obj_is_int(v) || !kr_obj_int_get_checked(v, &x)) {
        x = kr_obj_is_int(v) ? -1 : kr_obj_get_index(v);
    }
    if (x < 0 || x > 255) {
        kr_raise_msg(&kr_type_ValueError, "byte must be in range(0, 256)");
    }
    return (uint8_t)x;
}

/* ---------------------------------------------------------------- bytearray type */

static void bytearray_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    size_t len;
    const uint8_t *d = kr_obj_bytearray_data(self, &len);
    kr_print_str(p, kr_obj_type_name(self));
    kr_print_str(p, "(");
    kr_str_print_quoted(p, d, len, true);
    kr_print_str(p, ")");
}

static kr_obj_t bytearray_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    return kr_obj_str_bytes_make_new(&kr_type_bytearray, n_args, n_kw, args);
}

static kr_obj_t bytearray_unary_op(kr_unary_op_t op, kr_obj_t self) {
    switch (op) {
        case KR_UNARY_OP_BOOL: return KR_OBJ_BOOL(ba_ptr(self)->len != 0);
        case KR_UNARY_OP_LEN: return KR_NEW_SMALL_INT(ba_ptr(self)->len);
        case KR_UNARY_OP_HASH:
            kr_raise_msg(&kr_type_TypeError, "unhashable type: 'bytearray'");
        default: return KR_OBJ_NULL;
    }
}

static kr_obj_t bytearray_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    if (op == KR_BINARY_OP_INPLACE_ADD) {
        if (!kr_obj_str_is_bytes_like(other)) {
            kr_raise_fmt(&kr_type_TypeError, "can't concat %s to bytearray", kr_obj_type_name(other));
        }
        size_t len;
        const uint8_t *d = kr_obj_str_bytes_data(other, &len);
        kr_obj_bytearray_add(self, d, len);
        return self;
    }
    if (op == KR_BINARY_OP_INPLACE_MULTIPLY) {
        kr_obj_t r = kr_obj_str_binary_op(KR_BINARY_OP_MULTIPLY, self, other);
        if (r == KR_OBJ_NULL) {
            return r;
        }
        size_t len;
        const uint8_t *d = kr_obj_bytearray_data(r, &len);
        kr_obj_bytearray_t *b = ba_ptr(self);
        b->len = 0;
        kr_obj_bytearray_add(self, d, len);
        return self;
    }
    return kr_obj_str_binary_op(op, self, other);
}

static void fill_from_value(kr_vstr_t *v, kr_obj_t value) {
    if (kr_obj_is_int(value) || kr_obj_is_str(value)) {
        kr_raise_msg(&kr_type_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    kr_obj_str_bytes_from_arg(v, value);
}

static kr_obj_t bytearray_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    kr_obj_bytearray_t *b = ba_ptr(self);
    if (value == KR_OBJ_SENTINEL) {
        if (kr_obj_is_type(index, &kr_type_slice)) {
            /* the length and data are read after the slice's __index__ calls */
            kr_int_t start, stop, step;
            size_t slen = kr_obj_slice_indices_live(index, &b->len, &start, &stop, &step);
            kr_obj_t r = kr_obj_new_bytearray(slen, NULL);
            size_t m;
            uint8_t *dst = kr_obj_bytearray_data(r, &m);
            for (size_t k = 0; k < slen; k++) {
                dst[k] = b->items[start + (kr_int_t)k * step];
            }
            return r;
        }
        kr_int_t i = kr_seq_index_value(index, "bytearray");
        return KR_NEW_SMALL_INT(b->items[kr_seq_index_adjust(i, b->len, "bytearray index out of range")]);
    }
    if (kr_obj_is_type(index, &kr_type_slice)) {
        kr_vstr_t v;
        kr_vstr_init(&v, 16);
        if (value != KR_OBJ_NULL) {
            fill_from_value(&v, value);
        }
        kr_int_t start, stop, step;
        size_t slen = kr_obj_slice_indices_live(index, &b->len, &start, &stop, &step);
        if (value == KR_OBJ_NULL || (step != 1 && v.len == 0)) {
            /* delete (CPython also deletes an extended slice assigned no bytes) */
            kr_vstr_clear(&v);
            if (step == 1) {
                ba_splice(b, (size_t)start, slen, NULL, 0);
                return KR_OBJ_NONE;
            }
            if (step < 0) {
                start = start + (kr_int_t)(slen - 1) * step;
                step = -step;
            }
            size_t w = 0;
            size_t next = slen ? (size_t)start : SIZE_MAX;
            size_t removed = 0;
            for (size_t r = 0; r < b->len; r++) {
                if (r == next && removed < slen) {
                    removed++;
                    next = removed < slen ? (size_t)start + removed * (size_t)step : SIZE_MAX;
                    continue;
                }
                b->items[w++] = b->items[r];
            }
            b->len = w;
            return KR_OBJ_NONE;
        }
        if (step == 1) {
            ba_splice(b, (size_t)start, slen, (const uint8_t *)v.buf, v.len);
        } else {
            if (v.len != slen) {
                kr_raise_fmt(&kr_type_ValueError, "attempt to assign bytes of size %u to extended slice of size %u",
                             (unsigned)v.len, (unsigned)slen);
            }
            for (size_t k = 0; k < slen; k++) {
                b->items[start + (kr_int_t)k * step] = (uint8_t)v.buf[k];
            }
        }
        kr_vstr_clear(&v);
        return KR_OBJ_NONE;
    }
    kr_int_t i;
    if (KR_IS_SMALL_INT(index)) {
        i = KR_SMALL_INT_VALUE(index);
    } else if (kr_obj_is_int(index) || (KR_IS_OBJ(index) && (KR_OBJ_TYPE(index)->flags & KR_TYPE_FLAG_HEAP))) {
        i = kr_seq_index_value(index, "bytearray");   /* huge ints: IndexError */
    } else {
        kr_raise_fmt(&kr_type_TypeError, "bytearray indices must be integers or slices, not %s",
                     kr_obj_type_name(index));
    }
    uint8_t byte = value == KR_OBJ_NULL ? 0 : byte_arg(value);   /* as CPython: the value is checked first */
    if (i < 0) {
        i += (kr_int_t)b->len;
    }
    if (i < 0 || (size_t)i >= b->len) {
        kr_raise_msg(&kr_type_IndexError, "bytearray index out of range");
    }
    if (value == KR_OBJ_NULL) {
        ba_splice(b, (size_t)i, 1, NULL, 0);
    } else {
        b->items[i] = byte;
    }
    return KR_OBJ_NONE;
}

static int bytearray_get_buffer(kr_obj_t self, kr_buffer_info_t *info, unsigned flags) {
    size_t len;
    info->buf = kr_obj_bytearray_data(self, &len);
    info->len = len;
    info->typecode = 'B';
    return 0;
}

/* ---------------------------------------------------------------- bytearray methods */

static kr_obj_t ba_append(kr_obj_t self, kr_obj_t item) {
    uint8_t c = byte_arg(item);
    kr_obj_bytearray_add(self, &c, 1);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(ba_append_obj, ba_append);

static kr_obj_t ba_extend(kr_obj_t self, kr_obj_t iterable) {
    if (kr_obj_str_is_bytes_like(iterable)) {
        size_t len;
        const uint8_t *d = kr_obj_str_bytes_data(iterable, &len);
        kr_obj_bytearray_add(self, d, len);
        return KR_OBJ_NONE;
    }
    if (kr_obj_is_int(iterable)) {
        kr_raise_fmt(&kr_type_TypeError, "can't extend bytearray with %s", kr_obj_type_name(iterable));
    }
    kr_obj_t it = kr_getiter(iterable);
    kr_obj_t item;
    while ((item = kr_iternext(it)) != KR_OBJ_NULL) {
        uint8_t c = byte_arg(item);
        kr_obj_bytearray_add(self, &c, 1);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(ba_extend_obj, ba_extend);

static kr_obj_t ba_pop(size_t n_args, const kr_obj_t *args) {
    kr_obj_bytearray_t *b = ba_ptr(args[0]);
    if (b->len == 0) {
        kr_raise_msg(&kr_type_IndexError, "pop from empty bytearray");
    }
    kr_int_t i = n_args > 1 ? kr_obj_get_index(args[1]) : -1;
    if (i < 0) {
        i += (kr_int_t)b->len;
    }
    if (i < 0 || (size_t)i >= b->len) {
        kr_raise_msg(&kr_type_IndexError, "pop index out of range");
    }
    uint8_t c = b->items[i];
    ba_splice(b, (size_t)i, 1, NULL, 0);
    return KR_NEW_SMALL_INT(c);
}
static KR_DEFINE_FUN_VAR(ba_pop_obj, 1, 2, ba_pop);

static kr_obj_t ba_insert(kr_obj_t self, kr_obj_t index, kr_obj_t item) {
    kr_obj_bytearray_t *b = ba_ptr(self);
    kr_int_t i = kr_obj_get_index(index);
    uint8_t c = byte_arg(item);
    if (i < 0) {
        i += (kr_int_t)b->len;
        if (i < 0) {
            i = 0;
        }
    }
    if ((size_t)i > b->len) {
        i = (kr_int_t)b->len;
    }
    ba_splice(b, (size_t)i, 0, &c, 1);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_3(ba_insert_obj, ba_insert);

static kr_obj_t ba_remove(kr_obj_t self, kr_obj_t item) {
    kr_obj_bytearray_t *b = ba_ptr(self);
    uint8_t c = byte_arg(item);
    uint8_t *p = b->len ? memchr(b->items, c, b->len) : NULL;
    if (p == NULL) {
        kr_raise_msg(&kr_type_ValueError, "value not found in bytearray");
    }
    ba_splice(b, (size_t)(p - b->items), 1, NULL, 0);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(ba_remove_obj, ba_remove);

static kr_obj_t ba_reverse(kr_obj_t self) {
    kr_obj_bytearray_t *b = ba_ptr(self);
    for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) {
        uint8_t t = b->items[i];
        b->items[i] = b->items[j - 1];
        b->items[j - 1] = t;
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(ba_reverse_obj, ba_reverse);

static kr_obj_t ba_clear(kr_obj_t self) {
    ba_ptr(self)->len = 0;
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(ba_clear_obj, ba_clear);

static kr_obj_t ba_copy(kr_obj_t self) {
    size_t len;
    const uint8_t *d = kr_obj_bytearray_data(self, &len);
    return kr_obj_new_bytearray(len, d);
}
static KR_DEFINE_FUN_1(ba_copy_obj, ba_copy);

static kr_obj_t ba_m_setitem(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    kr_subscr_store(self, index, value);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_3(ba_setitem_obj, ba_m_setitem);

static kr_obj_t ba_m_delitem(kr_obj_t self, kr_obj_t index) {
    kr_subscr_delete(self, index);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(ba_delitem_obj, ba_m_delitem);

static kr_obj_t ba_m_iadd(kr_obj_t self, kr_obj_t other) {
    return bytearray_binary_op(KR_BINARY_OP_INPLACE_ADD, self, other);
}
static KR_DEFINE_FUN_2(ba_iadd_obj, ba_m_iadd);

static const kr_map_elem_t bytearray_locals_table[] = {
    {KR_ROM_QSTR(append), KR_ROM_PTR(&ba_append_obj)},
    {KR_ROM_QSTR(extend), KR_ROM_PTR(&ba_extend_obj)},
    {KR_ROM_QSTR(pop), KR_ROM_PTR(&ba_pop_obj)},
    {KR_ROM_QSTR(insert), KR_ROM_PTR(&ba_insert_obj)},
    {KR_ROM_QSTR(remove), KR_ROM_PTR(&ba_remove_obj)},
    {KR_ROM_QSTR(reverse), KR_ROM_PTR(&ba_reverse_obj)},
    {KR_ROM_QSTR(clear), KR_ROM_PTR(&ba_clear_obj)},
    {KR_ROM_QSTR(copy), KR_ROM_PTR(&ba_copy_obj)},
    {KR_ROM_QSTR(decode), KR_ROM_PTR(&kr_obj_str_decode_obj)},
    {KR_ROM_QSTR(hex), KR_ROM_PTR(&kr_obj_str_hex_obj)},
    {KR_ROM_QSTR(fromhex), KR_ROM_PTR(&kr_obj_str_fromhex_obj)},
    {KR_ROM_QSTR(join), KR_ROM_PTR(&kr_obj_str_join_obj)},
    {KR_ROM_QSTR(split), KR_ROM_PTR(&kr_obj_str_split_obj)},
    {KR_ROM_QSTR(rsplit), KR_ROM_PTR(&kr_obj_str_rsplit_obj)},
    {KR_ROM_QSTR(splitlines), KR_ROM_PTR(&kr_obj_str_splitlines_obj)},
    {KR_ROM_QSTR(strip), KR_ROM_PTR(&kr_obj_str_strip_obj)},
    {KR_ROM_QSTR(lstrip), KR_ROM_PTR(&kr_obj_str_lstrip_obj)},
    {KR_ROM_QSTR(rstrip), KR_ROM_PTR(&kr_obj_str_rstrip_obj)},
    {KR_ROM_QSTR(find), KR_ROM_PTR(&kr_obj_str_find_obj)},
    {KR_ROM_QSTR(rfind), KR_ROM_PTR(&kr_obj_str_rfind_obj)},
    {KR_ROM_QSTR(index), KR_ROM_PTR(&kr_obj_str_index_obj)},
    {KR_ROM_QSTR(rindex), KR_ROM_PTR(&kr_obj_str_rindex_obj)},
    {KR_ROM_QSTR(count), KR_ROM_PTR(&kr_obj_str_count_obj)},
    {KR_ROM_QSTR(replace), KR_ROM_PTR(&kr_obj_str_replace_obj)},
    {KR_ROM_QSTR(startswith), KR_ROM_PTR(&kr_obj_str_startswith_obj)},
    {KR_ROM_QSTR(endswith), KR_ROM_PTR(&kr_obj_str_endswith_obj)},
    {KR_ROM_QSTR(partition), KR_ROM_PTR(&kr_obj_str_partition_obj)},
    {KR_ROM_QSTR(rpartition), KR_ROM_PTR(&kr_obj_str_rpartition_obj)},
    {KR_ROM_QSTR(upper), KR_ROM_PTR(&kr_obj_str_upper_obj)},
    {KR_ROM_QSTR(lower), KR_ROM_PTR(&kr_obj_str_lower_obj)},
    {KR_ROM_QSTR(capitalize), KR_ROM_PTR(&kr_obj_str_capitalize_obj)},
    {KR_ROM_QSTR(title), KR_ROM_PTR(&kr_obj_str_title_obj)},
    {KR_ROM_QSTR(swapcase), KR_ROM_PTR(&kr_obj_str_swapcase_obj)},
    {KR_ROM_QSTR(isdigit), KR_ROM_PTR(&kr_obj_str_isdigit_obj)},
    {KR_ROM_QSTR(isalpha), KR_ROM_PTR(&kr_obj_str_isalpha_obj)},
    {KR_ROM_QSTR(isalnum), KR_ROM_PTR(&kr_obj_str_isalnum_obj)},
    {KR_ROM_QSTR(isspace), KR_ROM_PTR(&kr_obj_str_isspace_obj)},
    {KR_ROM_QSTR(isupper), KR_ROM_PTR(&kr_obj_str_isupper_obj)},
    {KR_ROM_QSTR(islower), KR_ROM_PTR(&kr_obj_str_islower_obj)},
    {KR_ROM_QSTR(isascii), KR_ROM_PTR(&kr_obj_str_isascii_obj)},
    {KR_ROM_QSTR(istitle), KR_ROM_PTR(&kr_obj_str_istitle_obj)},
    {KR_ROM_QSTR(center), KR_ROM_PTR(&kr_obj_str_center_obj)},
    {KR_ROM_QSTR(ljust), KR_ROM_PTR(&kr_obj_str_ljust_obj)},
    {KR_ROM_QSTR(rjust), KR_ROM_PTR(&kr_obj_str_rjust_obj)},
    {KR_ROM_QSTR(zfill), KR_ROM_PTR(&kr_obj_str_zfill_obj)},
    {KR_ROM_QSTR(expandtabs), KR_ROM_PTR(&kr_obj_str_expandtabs_obj)},
    {KR_ROM_QSTR(removeprefix), KR_ROM_PTR(&kr_obj_str_removeprefix_obj)},
    {KR_ROM_QSTR(removesuffix), KR_ROM_PTR(&kr_obj_str_removesuffix_obj)},
    {KR_ROM_QSTR(maketrans), KR_ROM_PTR(&kr_obj_str_bytes_maketrans_obj)},
    {KR_ROM_QSTR(translate), KR_ROM_PTR(&kr_obj_str_translate_obj)},
    {KR_ROM_QSTR(__setitem__), KR_ROM_PTR(&ba_setitem_obj)},
    {KR_ROM_QSTR(__delitem__), KR_ROM_PTR(&ba_delitem_obj)},
    {KR_ROM_QSTR(__contains__), KR_ROM_PTR(&kr_obj_str_m_contains_obj)},
    {KR_ROM_QSTR(__str__), KR_ROM_PTR(&kr_obj_str_m_str_obj)},
    {KR_ROM_QSTR(__repr__), KR_ROM_PTR(&kr_obj_str_m_repr_obj)},
    {KR_ROM_QSTR(__eq__), KR_ROM_PTR(&kr_obj_str_m_eq_obj)},
    {KR_ROM_QSTR(__ne__), KR_ROM_PTR(&kr_obj_str_m_ne_obj)},
    {KR_ROM_QSTR(__lt__), KR_ROM_PTR(&kr_obj_str_m_lt_obj)},
    {KR_ROM_QSTR(__le__), KR_ROM_PTR(&kr_obj_str_m_le_obj)},
    {KR_ROM_QSTR(__gt__), KR_ROM_PTR(&kr_obj_str_m_gt_obj)},
    {KR_ROM_QSTR(__ge__), KR_ROM_PTR(&kr_obj_str_m_ge_obj)},
    {KR_ROM_QSTR(__add__), KR_ROM_PTR(&kr_obj_str_m_add_obj)},
    {KR_ROM_QSTR(__iadd__), KR_ROM_PTR(&ba_iadd_obj)},
    {KR_ROM_QSTR(__mul__), KR_ROM_PTR(&kr_obj_str_m_mul_obj)},
    {KR_ROM_QSTR(__rmul__), KR_ROM_PTR(&kr_obj_str_m_rmul_obj)},
};
static KR_DEFINE_CONST_DICT(bytearray_locals_dict, bytearray_locals_table);

const kr_type_t kr_type_bytearray = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_bytearray,
    .print = bytearray_print,
    .make_new = bytearray_make_new,
    .unary_op = bytearray_unary_op,
    .binary_op = bytearray_binary_op,
    .subscr = bytearray_subscr,
    .getiter = kr_obj_str_bytes_getiter,
    .get_buffer = bytearray_get_buffer,
    .locals_dict = &bytearray_locals_dict,
};

/* ---------------------------------------------------------------- memoryview */

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define MV_NATIVE_BIG (true)
#else
#define MV_NATIVE_BIG (false)
#endif

static kr_obj_memoryview_t *mv_ptr(kr_obj_t o) {
    return (kr_obj_memoryview_t *)KR_OBJ_TO_PTR(o);
}

static char mv_format(int tc) {
    return tc == 0 ? 'B' : (char)tc;
}

/* bytes per item of a struct typecode (1 for bytes-like ones) */
static size_t mv_itemsize(int tc) {
    switch (tc) {
        case 'h': case 'H': return 2;
        case 'i': case 'I': return sizeof(int);
        case 'l': case 'L': return sizeof(long);
        case 'q': case 'Q': case 'd': return 8;
        case 'f': return 4;
        default: return 1;
    }
}

static bool mv_byte_format(int tc) {
    return tc == 0 || tc == 'B' || tc == 'b' || tc == 'c';
}

/* base address of item 0 (re-fetched each time: a bytearray may move) */
static uint8_t *mv_base(kr_obj_memoryview_t *m) {
    if (m->released) {
        kr_raise_msg(&kr_type_ValueError, "operation forbidden on released memoryview object");
    }
    kr_buffer_info_t info;
    if (kr_get_buffer(m->obj, &info, KR_BUFFER_READ) != 0) {
        kr_raise_msg(&kr_type_ValueError, "operation forbidden on released memoryview object");
    }
    /* the underlying object may have shrunk (bytearray): check the last item's end */
    if (m->len > 0) {
        kr_int_t first = (kr_int_t)m->start, last = first + (kr_int_t)(m->len - 1) * m->step;
        kr_int_t lo = first < last ? first : last, hi = first < last ? last : first;
        if (lo < 0 || (size_t)hi + mv_itemsize(m->typecode) > info.len) {
            kr_raise_msg(&kr_type_IndexError, "memoryview: underlying buffer is too small");
        }
    }
    return (uint8_t *)info.buf + m->start;
}

static kr_obj_t mv_new(kr_obj_t obj, size_t start, size_t len, kr_int_t step, bool readonly, int tc) {
    kr_obj_memoryview_t *m = kr_gc_alloc(sizeof(kr_obj_memoryview_t), 0);
    m->base.type = &kr_type_memoryview;
    m->obj = obj;
    m->start = start;
    m->len = len;
    m->step = step;
    m->readonly = readonly;
    m->typecode = (uint8_t)tc;
    return KR_OBJ_FROM_PTR(m);
}

static kr_obj_t memoryview_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_arg_check_num(n_args, n_kw, 1, 1, false);
    kr_obj_t obj = args[0];
    if (kr_obj_is_type(obj, &kr_type_memoryview)) {
        kr_obj_memoryview_t *src = mv_ptr(obj);
        return mv_new(src->obj, src->start, src->len, src->step, src->readonly, src->typecode);
    }
    kr_buffer_info_t info;
    if (kr_obj_is_str(obj) || kr_get_buffer(obj, &info, KR_BUFFER_READ) != 0) {
        kr_raise_fmt(&kr_type_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                     kr_obj_type_name(obj));
    }
    bool writable = kr_get_buffer(obj, &info, KR_BUFFER_WRITE) == 0;
    kr_get_buffer(obj, &info, KR_BUFFER_READ);
    int tc = mv_format(info.typecode);
    size_t sz = mv_itemsize(tc);
    return mv_new(obj, 0, info.len / sz, (kr_int_t)sz, !writable, tc);
}

static void memoryview_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_printf(p, "<%smemory at %p>", mv_ptr(self)->released ? "released " : "", (void *)self);
}

static void mv_to_vstr(kr_obj_memoryview_t *m, kr_vstr_t *v) {
    uint8_t *base = mv_base(m);
    size_t sz = mv_itemsize(m->typecode);
    char *dst = kr_vstr_extend(v, m->len * sz);
    if (m->step == (kr_int_t)sz) {
        memcpy(dst, base, m->len * sz);
        return;
    }
    for (size_t i = 0; i < m->len; i++) {
        memcpy(dst + i * sz, base + (kr_int_t)i * m->step, sz);
    }
}

void kr_obj_memoryview_to_vstr(kr_obj_t mv, kr_vstr_t *v) {
    mv_to_vstr(mv_ptr(mv), v);
}

/* item i (in range) as a Python value */
static kr_obj_t mv_load(kr_obj_memoryview_t *m, const uint8_t *base, size_t i) {
    const uint8_t *p = base + (kr_int_t)i * m->step;
    switch (m->typecode) {
        case 0: case 'B': return KR_NEW_SMALL_INT(*p);
        case 'b': return KR_NEW_SMALL_INT(*(const int8_t *)p);
#if KR_FEATURE_FLOAT
        case 'f': { float f; memcpy(&f, p, 4); return kr_obj_new_float(f); }
        case 'd': { double d; memcpy(&d, p, 8); return kr_obj_new_float(d); }
#endif
        default: {
            int tc = m->typecode;
            bool sgn = tc == 'h' || tc == 'i' || tc == 'l' || tc == 'q';
            return kr_obj_int_from_bytes(p, mv_itemsize(tc), MV_NATIVE_BIG, sgn);
        }
    }
}

/* store value into item i (in range), checked against the format as CPython */
static void mv_store(kr_obj_memoryview_t *m, uint8_t *base, size_t i, kr_obj_t value) {
    int tc = m->typecode;
    char fmt = mv_format(tc);
    size_t sz = mv_itemsize(tc);
    uint8_t tmp[8];
    if (tc == 'f' || tc == 'd') {
        double d;
        if (kr_obj_is_str(value) || !kr_obj_get_float_maybe(value, &d)) {
            kr_raise_fmt(&kr_type_TypeError, "memoryview: invalid type for format '%c'", fmt);
        }
        if (tc == 'f') {
            float f = (float)d;
            memcpy(tmp, &f, 4);
        } else {
            memcpy(tmp, &d, 8);
        }
    } else {
        if (!kr_obj_is_int(value)) {
            kr_raise_fmt(&kr_type_TypeError, "memoryview: invalid type for format '%c'", fmt);
        }
        bool sgn = tc == 'b' || tc == 'h' || tc == 'i' || tc == 'l' || tc == 'q';
        if (!kr_obj_int_to_bytes(value, sz, tmp, MV_NATIVE_BIG, sgn)) {
            kr_raise_fmt(&kr_type_ValueError, "memoryview: invalid value for format '%c'", fmt);
        }
    }
    memcpy(base + (kr_int_t)i * m->step, tmp, sz);
}

static kr_obj_t memoryview_unary_op(kr_unary_op_t op, kr_obj_t self) {
    kr_obj_memoryview_t *m = mv_ptr(self);
    switch (op) {
        case KR_UNARY_OP_BOOL: return KR_OBJ_BOOL(m->len != 0);
        case KR_UNARY_OP_LEN:
            if (m->released) {
                mv_base(m);
            }
            return KR_NEW_SMALL_INT(m->len);
        case KR_UNARY_OP_HASH: {
            if (!m->readonly) {
                kr_raise_msg(&kr_type_ValueError, "cannot hash writable memoryview object");
            }
            if (!mv_byte_format(m->typecode)) {
                kr_raise_msg(&kr_type_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            kr_vstr_t v;
            kr_vstr_init(&v, m->len + 1);
            mv_to_vstr(m, &v);
            uint32_t h = kr_qstr_hash_bytes(v.buf, v.len);
            kr_vstr_clear(&v);
            return KR_NEW_SMALL_INT((kr_int_t)(h & (kr_uint_t)KR_SMALL_INT_MAX));
        }
        default: return KR_OBJ_NULL;
    }
}

static kr_obj_t mv_tolist(kr_obj_t self);

static kr_obj_t memoryview_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    if (op != KR_BINARY_OP_EQUAL && op != KR_BINARY_OP_NOT_EQUAL) {
        return KR_OBJ_NULL;
    }
    if (!kr_obj_str_is_bytes_like(other)) {
        kr_buffer_info_t info;
        if (KR_IS_OBJ(other) && !kr_obj_is_str(other) && kr_get_buffer(other, &info, KR_BUFFER_READ) == 0) {
            /* e.g. an array: compare item values */
            kr_obj_t tmp = memoryview_make_new(&kr_type_memoryview, 1, 0, &other);
            return memoryview_binary_op(op, self, tmp);
        }
        return KR_OBJ_BOOL(op == KR_BINARY_OP_NOT_EQUAL);
    }
    kr_obj_memoryview_t *m = mv_ptr(self);
    int otc = kr_obj_is_type(other, &kr_type_memoryview) ? mv_ptr(other)->typecode : 'B';
    if (mv_format(otc) != mv_format(m->typecode) || m->typecode == 'f' || m->typecode == 'd') {
        /* different formats (or floats, where nan != nan): compare the unpacked values */
        kr_obj_t b = kr_obj_is_type(other, &kr_type_memoryview) ? mv_tolist(other)
            : mv_tolist(memoryview_make_new(&kr_type_memoryview, 1, 0, &other));
        bool eq = kr_obj_equal(mv_tolist(self), b);
        return KR_OBJ_BOOL(eq == (op == KR_BINARY_OP_EQUAL));
    }
    kr_vstr_t a, b;
    kr_vstr_init(&a, 16);
    kr_vstr_init(&b, 16);
    mv_to_vstr(m, &a);
    if (kr_obj_is_type(other, &kr_type_memoryview)) {
        mv_to_vstr(mv_ptr(other), &b);
    } else {
        size_t l;
        const uint8_t *d = kr_obj_str_bytes_data(other, &l);
        kr_vstr_add_strn(&b, (const char *)d, l);
    }
    bool eq = a.len == b.len && (a.len == 0 || memcmp(a.buf, b.buf, a.len) == 0);
    kr_vstr_clear(&a);
    kr_vstr_clear(&b);
    return KR_OBJ_BOOL(eq == (op == KR_BINARY_OP_EQUAL));
}

static kr_obj_t memoryview_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    kr_obj_memoryview_t *m = mv_ptr(self);
    if (value == KR_OBJ_NULL) {
        kr_raise_msg(&kr_type_TypeError, "cannot delete memory");
    }
    if (value != KR_OBJ_SENTINEL && m->readonly) {
        kr_raise_msg(&kr_type_TypeError, "cannot modify read-only memory");
    }
    size_t sz = mv_itemsize(m->typecode);
    if (kr_obj_is_type(index, &kr_type_slice)) {
        kr_int_t start, stop, step;
        size_t slen = kr_obj_slice_indices(index, m->len, &start, &stop, &step);
        size_t nstart = (size_t)((kr_int_t)m->start + start * m->step);
        kr_int_t nstep = step * m->step;
        if (value == KR_OBJ_SENTINEL) {
            mv_base(m);
            return mv_new(m->obj, slen ? nstart : m->start, slen, nstep, m->readonly, m->typecode);
        }
        /* the source must have the same format and item count */
        kr_buffer_info_t info;
        if (kr_obj_is_str(value) || kr_get_buffer(value, &info, KR_BUFFER_READ) != 0) {
            kr_raise_fmt(&kr_type_TypeError, "a bytes-like object is required, not '%s'", kr_obj_type_name(value));
        }
        int vtc = kr_obj_is_type(value, &kr_type_memoryview) ? mv_ptr(value)->typecode
            : info.typecode;
        kr_vstr_t v;
        kr_vstr_init(&v, 16);
        if (kr_obj_is_type(value, &kr_type_memoryview)) {
            mv_to_vstr(mv_ptr(value), &v);
        } else {
            kr_vstr_add_strn(&v, (const char *)info.buf, info.len);
        }
        if (mv_format(vtc) != mv_format(m->typecode) || v.len != slen * sz) {
            kr_raise_msg(&kr_type_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        }
        uint8_t *base = mv_base(m);
        for (size_t k = 0; k < slen; k++) {
            memcpy(base + (start + (kr_int_t)k * step) * m->step, v.buf + k * sz, sz);
        }
        kr_vstr_clear(&v);
        return KR_OBJ_NONE;
    }
    kr_int_t i;
    if (KR_IS_SMALL_INT(index)) {
        i = KR_SMALL_INT_VALUE(index);
    } else if (kr_obj_is_int(index) || (KR_IS_OBJ(index) && (KR_OBJ_TYPE(index)->flags & KR_TYPE_FLAG_HEAP))) {
        i = kr_seq_index_value(index, "memoryview");   /* huge ints: IndexError */
    } else {
        kr_raise_msg(&kr_type_TypeError, "memoryview: invalid slice key");
    }
    if (i < 0) {
        i += (kr_int_t)m->len;
    }
    if (i < 0 || (size_t)i >= m->len) {
        kr_raise_msg(&kr_type_IndexError, "index out of bounds on dimension 1");
    }
    uint8_t *base = mv_base(m);
    if (value == KR_OBJ_SENTINEL) {
        return mv_load(m, base, (size_t)i);
    }
    mv_store(m, base, (size_t)i, value);
    return KR_OBJ_NONE;
}

static int memoryview_get_buffer(kr_obj_t self, kr_buffer_info_t *info, unsigned flags) {
    kr_obj_memoryview_t *m = mv_ptr(self);
    size_t sz = mv_itemsize(m->typecode);
    if (m->released || (m->step != (kr_int_t)sz && m->len > 1) || ((flags & KR_BUFFER_WRITE) && m->readonly)) {
        return 1;
    }
    info->buf = mv_base(m);
    info->len = m->len * sz;
    info->typecode = mv_format(m->typecode);
    return 0;
}


static void memoryview_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    kr_obj_memoryview_t *m = mv_ptr(self);
    size_t sz = mv_itemsize(m->typecode);
    switch (attr) {
        case KR_QSTR_readonly: dest[0] = KR_OBJ_BOOL(m->readonly); break;
        case KR_QSTR_nbytes: dest[0] = KR_NEW_SMALL_INT(m->len * sz); break;
        case KR_QSTR_obj: dest[0] = m->obj; break;
        case KR_QSTR_itemsize: dest[0] = KR_NEW_SMALL_INT(sz); break;
        case KR_QSTR_ndim: dest[0] = KR_NEW_SMALL_INT(1); break;
        case KR_QSTR_format: dest[0] = KR_NEW_QSTR(KR_QSTR_CHAR(mv_format(m->typecode))); break;
        case KR_QSTR_contiguous: dest[0] = KR_OBJ_BOOL(m->step == (kr_int_t)sz || m->len <= 1); break;
        case KR_QSTR_shape: {
            kr_obj_t n = KR_NEW_SMALL_INT(m->len);
            dest[0] = kr_obj_new_tuple(1, &n);
            break;
        }
        case KR_QSTR_strides: {
            kr_obj_t n = KR_NEW_SMALL_INT(m->step);
            dest[0] = kr_obj_new_tuple(1, &n);
            break;
        }
        default: break;
    }
}

static kr_obj_t mv_tobytes(kr_obj_t self) {
    kr_vstr_t v;
    kr_vstr_init(&v, mv_ptr(self)->len * mv_itemsize(mv_ptr(self)->typecode) + 1);
    mv_to_vstr(mv_ptr(self), &v);
    return kr_obj_new_bytes_from_vstr(&v);
}
static KR_DEFINE_FUN_1(mv_tobytes_obj, mv_tobytes);

static kr_obj_t mv_tolist(kr_obj_t self) {
    kr_obj_memoryview_t *m = mv_ptr(self);
    mv_base(m);
    kr_obj_t list = kr_obj_new_list(m->len, NULL);
    kr_obj_list_t *l = KR_OBJ_TO_PTR(list);
    for (size_t i = 0; i < m->len; i++) {
        l->items[i] = mv_load(m, mv_base(m), i);   /* base re-fetched: loads may allocate */
    }
    return list;
}
static KR_DEFINE_FUN_1(mv_tolist_obj, mv_tolist);

static kr_obj_t memoryview_getiter(kr_obj_t self) {
    return kr_getiter(mv_tolist(self));
}

/* cast(format): reinterpret a contiguous view; one side must be a byte format */
static kr_obj_t mv_cast(kr_obj_t self, kr_obj_t fmt) {
    kr_obj_memoryview_t *m = mv_ptr(self);
    size_t n;
    const char *f = kr_obj_str_get_data(fmt, &n);
    int tc = n == 1 ? f[0] : 0;
    if (tc == 0 || strchr("bBchHiIlLqQfd", tc) == NULL) {
        kr_raise_msg(&kr_type_ValueError,
                     "memoryview: destination format must be a native single character format prefixed with an optional '@'");
    }
    size_t sz = mv_itemsize(m->typecode), nsz = mv_itemsize(tc);
    mv_base(m);
    if (m->step != (kr_int_t)sz && m->len > 1) {
        kr_raise_msg(&kr_type_TypeError, "memoryview: casts are restricted to C-contiguous views");
    }
    if (!mv_byte_format(m->typecode) && !mv_byte_format(tc)) {
        kr_raise_msg(&kr_type_TypeError, "memoryview: cannot cast between two non-byte formats");
    }
    if ((m->len * sz) % nsz != 0) {
        kr_raise_msg(&kr_type_TypeError, "memoryview: length is not a multiple of itemsize");
    }
    return mv_new(m->obj, m->start, m->len * sz / nsz, (kr_int_t)nsz, m->readonly, tc);
}
static KR_DEFINE_FUN_2(mv_cast_obj, mv_cast);

static kr_obj_t mv_hex(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    kr_obj_t copy[3];
    copy[0] = mv_tobytes(args[0]);
    for (size_t i = 1; i < n_args && i < 3; i++) {
        copy[i] = args[i];
    }
    return kr_obj_str_hex_obj.fun.kw(n_args, copy, kw);
}
static KR_DEFINE_FUN_KW(mv_hex_obj, 1, 3, mv_hex);

static kr_obj_t mv_release(kr_obj_t self) {
    mv_ptr(self)->released = 1;
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(mv_release_obj, mv_release);

static kr_obj_t mv_enter(kr_obj_t self) {
    return self;
}
static KR_DEFINE_FUN_1(mv_enter_obj, mv_enter);

static kr_obj_t mv_exit(size_t n_args, const kr_obj_t *args) {
    return mv_release(args[0]);
}
static KR_DEFINE_FUN_VAR(mv_exit_obj, 1, 4, mv_exit);

static const kr_map_elem_t memoryview_locals_table[] = {
    {KR_ROM_QSTR(cast), KR_ROM_PTR(&mv_cast_obj)},
    {KR_ROM_QSTR(tobytes), KR_ROM_PTR(&mv_tobytes_obj)},
    {KR_ROM_QSTR(tolist), KR_ROM_PTR(&mv_tolist_obj)},
    {KR_ROM_QSTR(hex), KR_ROM_PTR(&mv_hex_obj)},
    {KR_ROM_QSTR(release), KR_ROM_PTR(&mv_release_obj)},
    {KR_ROM_QSTR(__enter__), KR_ROM_PTR(&mv_enter_obj)},
    {KR_ROM_QSTR(__exit__), KR_ROM_PTR(&mv_exit_obj)},
};
static KR_DEFINE_CONST_DICT(memoryview_locals_dict, memoryview_locals_table);

const kr_type_t kr_type_memoryview = {
    .base = {&kr_type_type},
    .name = KR_QSTR_memoryview,
    .print = memoryview_print,
    .make_new = memoryview_make_new,
    .unary_op = memoryview_unary_op,
    .binary_op = memoryview_binary_op,
    .attr = memoryview_attr,
    .subscr = memoryview_subscr,
    .getiter = memoryview_getiter,
    .get_buffer = memoryview_get_buffer,
    .locals_dict = &memoryview_locals_dict,
};
