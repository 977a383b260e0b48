/* moductypes.c: the uctypes module (C-struct views of memory and buffers: scalars, arrays, pointers, bitfields). */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "objint.h"
#include "objbytearray.h"
#include "gc.h"

#if KR_MODULE_UCTYPES

/* A descriptor value is a 31-bit pattern (constants that would not fit a 31-bit
 * signed small int are stored negative, so they stay small ints on every port):
 *   bits  0..16  offset of the field (arrays of scalars: bits 0..26 = length)
 *   bits 17..21  bitfield position (BF_POS)
 *   bits 22..26  bitfield length (BF_LEN)
 *   bits 27..30  scalar type (UINT8 ... FLOAT64)
 *   bits 29..30  aggregate kind in the first item of a tuple (STRUCT, PTR, ARRAY) */
#define OFFSET_MASK   (0x1ffffu)
#define ARRLEN_MASK   (0x7ffffffu)
#define BF_POS_SHIFT  (17)
#define BF_LEN_SHIFT  (22)
#define TYPE_SHIFT    (27)
#define AGG_SHIFT     (29)

enum { T_UINT8, T_INT8, T_UINT16, T_INT16, T_UINT32, T_INT32, T_UINT64, T_INT64,
       T_BFUINT8, T_BFINT8, T_BFUINT16, T_BFINT16, T_BFUINT32, T_BFINT32, T_FLOAT32, T_FLOAT64 };
enum { AGG_STRUCT, AGG_PTR, AGG_ARRAY };
enum { LAYOUT_LITTLE, LAYOUT_BIG, LAYOUT_NATIVE };

/* a 31-bit pattern as a (possibly negative) small int */
#define PATTERN_INT(u) (((u) & 0x40000000u) ? -(kr_int_t)(0x80000000u - (u)) : (kr_int_t)(u))
#define TYPE_CONST(t) KR_ROM_INT(PATTERN_INT((uint32_t)(t) << TYPE_SHIFT))
#define AGG_CONST(a) KR_ROM_INT(PATTERN_INT((uint32_t)(a) << AGG_SHIFT))

#define MAX_NESTING (32)

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define NATIVE_IS_BIG (1)
#else
#define NATIVE_IS_BIG (0)
#endif

/* A view of a struct, an array or a pointer field. When `buf` is set the view
 * lives in that buffer object at byte `off` (re-fetched and bounds-checked at
 * each access); otherwise `off` is an absolute address. */
typedef struct {
    kr_obj_base_t base;
    kr_obj_t desc;          /* dict, or tuple (array / pointer / struct field) */
    kr_obj_t buf;           /* buffer object or KR_OBJ_NULL */
    uintptr_t off;
    uint8_t layout;
} uct_struct_t;

extern const kr_type_t uctypes_type_struct;

/* ---------------------------------------------------------------- descriptors */

static uint32_t desc_bits(kr_obj_t v) {
    if (!kr_obj_is_int(v)) {
        kr_raise_fmt(&kr_type_TypeError, "uctypes: descriptor value must be int or tuple, not %s",
                     kr_obj_type_name(v));
    }
    kr_int_t i;
    if (!kr_obj_int_get_checked(v, &i)) {
        kr_raise_msg(&kr_type_OverflowError, "uctypes: descriptor value out of range");
    }
    return (uint32_t)(kr_uint_t)i & 0x7fffffffu;
}

static bool is_dict(kr_obj_t o) {
    return kr_obj_is_instance(o, &kr_type_dict);
}

static bool is_tuple(kr_obj_t o) {
    return kr_obj_is_instance(o, &kr_type_tuple);
}

static size_t scalar_size(unsigned t) {
    static const uint8_t sizes[16] = {1, 1, 2, 2, 4, 4, 8, 8, 1, 1, 2, 2, 4, 4, 4, 8};
    return sizes[t & 15];
}

static bool is_bitfield(unsigned t) {
    return t >= T_BFUINT8 && t <= T_BFINT32;
}

/* The items of a tuple descriptor, checked for shape: *agg, *n (array length),
 * *elem (element descriptor: an int pattern or a dict; KR_OBJ_NULL = scalar in *elem_bits). */
typedef struct {
    unsigned agg;
    uint32_t off;
    size_t n;
    kr_obj_t sub;          /* dict of a struct element, or KR_OBJ_NULL for a scalar element */
    unsigned elem_type;    /* scalar element type when sub is NULL */
} agg_info_t;

static void agg_decode(kr_obj_t tuple, agg_info_t *a) {
    size_t len;
    kr_obj_t *items;
    kr_obj_get_array(tuple, &len, &items);
    if (len < 2 || len > 3) {
        kr_raise_msg(&kr_type_TypeError, "uctypes: aggregate descriptor must have 2 or 3 items");
    }
    uint32_t b = desc_bits(items[0]);
    a->agg = (b >> AGG_SHIFT) & 3;
    a->off = b & OFFSET_MASK;
    a->n = 1;
    a->sub = KR_OBJ_NULL;
    a->elem_type = T_UINT8;
    switch (a->agg) {
        case AGG_STRUCT:
            if (len != 2 || !is_dict(items[1])) {
                kr_raise_msg(&kr_type_TypeError, "uctypes: struct descriptor must be (offset, dict)");
            }
            a->sub = items[1];
            return;
        case AGG_PTR:
            if (len != 2) {
                kr_raise_msg(&kr_type_TypeError, "uctypes: pointer descriptor must be (PTR | offset, type)");
            }
            if (is_dict(items[1])) {
                a->sub = items[1];
            } else {
                a->elem_type = desc_bits(items[1]) >> TYPE_SHIFT;
            }
            break;
        case AGG_ARRAY:
            if (len == 2) {
                uint32_t e = desc_bits(items[1]);
                a->elem_type = e >> TYPE_SHIFT;
                a->n = e & ARRLEN_MASK;
            } else {
                kr_int_t n = kr_obj_get_int(items[1]);
                if (n < 0) {
                    kr_raise_msg(&kr_type_ValueError, "uctypes: negative array length");
                }
                if (!is_dict(items[2])) {
                    kr_raise_msg(&kr_type_TypeError, "uctypes: array element descriptor must be a dict");
                }
                a->n = (size_t)n;
                a->sub = items[2];
            }
            break;
        default:
            kr_raise_msg(&kr_type_TypeError, "uctypes: bad aggregate type");
    }
    if (a->sub == KR_OBJ_NULL && is_bitfield(a->elem_type)) {
        kr_raise_msg(&kr_type_TypeError, "uctypes: bitfield type not allowed here");
    }
}

static size_t mul_size(size_t a, size_t b) {
    if (b != 0 && a > (SIZE_MAX / 4) / b) {
        kr_raise_msg(&kr_type_OverflowError, "uctypes: structure too large");
    }
    return a * b;
}

static size_t dict_size(kr_obj_t dict, int layout, size_t *align, int depth);

/* Size (without offset) and alignment of the value described by a tuple descriptor. */
static size_t agg_size(kr_obj_t tuple, int layout, size_t *align, int depth) {
    agg_info_t a;
    agg_decode(tuple, &a);
    if (a.agg == AGG_PTR) {
        *align = sizeof(void *);
        return sizeof(void *);
    }
    size_t esz;
    if (a.sub != KR_OBJ_NULL) {
        esz = dict_size(a.sub, layout, align, depth + 1);
    } else {
        esz = scalar_size(a.elem_type);
        *align = esz;
    }
    return mul_size(esz, a.n);
}

/* Size of a struct descriptor: the end of its furthest field, rounded up to
 * the largest field alignment for the NATIVE layout. */
static size_t dict_size(kr_obj_t dict, int layout, size_t *align_out, int depth) {
    if (depth > MAX_NESTING) {
        kr_raise_msg(&kr_type_ValueError, "uctypes: descriptor nested too deeply");
    }
    kr_map_t *map = kr_obj_dict_get_map(dict);
    size_t total = 0, max_align = 1;
    for (size_t i = 0; i < map->used; i++) {
        kr_obj_t v = map->table[i].value;
        if (map->table[i].key == KR_OBJ_NULL) {
            continue;
        }
        size_t end, al;
        if (is_tuple(v)) {
            agg_info_t a;
            agg_decode(v, &a);
            end = a.off + agg_size(v, layout, &al, depth);
        } else {
            uint32_t b = desc_bits(v);
            size_t sz = scalar_size(b >> TYPE_SHIFT);
            end = (b & OFFSET_MASK) + sz;
            al = sz;
        }
        if (end > total) {
            total = end;
        }
        if (al > max_align) {
            max_align = al;
        }
        map = kr_obj_dict_get_map(dict);   /* a descriptor dict is not expected to change, but stay safe */
        if (i >= map->used) {
            break;
        }
    }
    if (layout == LAYOUT_NATIVE && total % max_align != 0) {
        total += max_align - total % max_align;
    }
    *align_out = max_align;
    return total;
}

static size_t desc_size(kr_obj_t desc, int layout) {
    size_t al;
    if (is_dict(desc)) {
        return dict_size(desc, layout, &al, 0);
    }
    if (is_tuple(desc)) {
        return agg_size(desc, layout, &al, 0);
    }
    kr_raise_fmt(&kr_type_TypeError, "uctypes: descriptor must be a dict or tuple, not %s", kr_obj_type_name(desc));
}

/* ---------------------------------------------------------------- memory access */

static uct_struct_t *st_ptr(kr_obj_t o) {
    return KR_OBJ_TO_PTR(o);
}

/* Address of n bytes at byte `rel` of the view; checks buffer bounds. */
static uint8_t *view_addr(const uct_struct_t *s, size_t rel, size_t n, bool write) {
    if (s->buf == KR_OBJ_NULL) {
        return (uint8_t *)(s->off + rel);
    }
    kr_buffer_info_t info;
    if (kr_get_buffer(s->buf, &info, write ? KR_BUFFER_WRITE : KR_BUFFER_READ) != 0) {
        kr_raise_msg(&kr_type_TypeError, write ? "uctypes: buffer is read-only" : "uctypes: object has no buffer");
    }
    if (s->off > info.len || rel > info.len - s->off || n > info.len - s->off - rel) {
        kr_raise_msg(&kr_type_ValueError, "uctypes: field outside the buffer");
    }
    return (uint8_t *)info.buf + s->off + rel;
}

static bool layout_big(int layout) {
    return layout == LAYOUT_BIG || (layout == LAYOUT_NATIVE && NATIVE_IS_BIG);
}

static uint64_t load_uint(const uint8_t *p, size_t n, int layout) {
    uint64_t v = 0;
    if (layout_big(layout)) {
        for (size_t i = 0; i < n; i++) {
            v = (v << 8) | p[i];
        }
    } else {
        for (size_t i = n; i-- > 0;) {
            v = (v << 8) | p[i];
        }
    }
    return v;
}

static void store_uint(uint8_t *p, size_t n, int layout, uint64_t v) {
    if (layout_big(layout)) {
        for (size_t i = n; i-- > 0;) {
            p[i] = (uint8_t)v;
            v >>= 8;
        }
    } else {
        for (size_t i = 0; i < n; i++) {
            p[i] = (uint8_t)v;
            v >>= 8;
        }
    }
}

/* The low 64 bits of an int (two's complement), as MicroPython truncates stores. */
static uint64_t int_truncated(kr_obj_t v) {
    if (!kr_obj_is_int(v)) {
        if (KR_IS_OBJ(v) && !kr_obj_is_instance(v, &kr_type_float) && !kr_obj_is_str(v)) {
            v = kr_obj_new_int(kr_obj_get_index(v));
        } else {
            kr_raise_fmt(&kr_type_TypeError, "can't convert %s to int", kr_obj_type_name(v));
        }
    }
    kr_int_t i;
    if (kr_obj_int_get_checked(v, &i)) {
        return (uint64_t)(int64_t)i;
    }
    kr_obj_t low = kr_binary_op(KR_BINARY_OP_AND, v, kr_obj_new_int_from_ull(UINT64_MAX));
    uint8_t b[8];
    kr_obj_int_to_bytes(low, 8, b, false, false);
    return load_uint(b, 8, LAYOUT_LITTLE);
}

static kr_obj_t int_from_u64(uint64_t v, bool is_signed, size_t nbits) {
    if (is_signed) {
        if (nbits < 64 && (v >> (nbits - 1)) & 1) {
            v |= ~(uint64_t)0 << nbits;   /* sign extend */
        }
        return kr_obj_new_int_from_ll((long long)(int64_t)v);
    }
    return kr_obj_new_int_from_ull(v);
}

static kr_obj_t scalar_load(const uint8_t *p, uint32_t bits, int layout) {
    unsigned t = bits >> TYPE_SHIFT;
    size_t sz = scalar_size(t);
    uint64_t raw = load_uint(p, sz, layout);
    if (t == T_FLOAT32) {
        uint32_t u = (uint32_t)raw;
        float f;
        memcpy(&f, &u, 4);
        return kr_obj_new_float(f);
    }
    if (t == T_FLOAT64) {
        double d;
        memcpy(&d, &raw, 8);
        return kr_obj_new_float(d);
    }
    if (is_bitfield(t)) {
        unsigned pos = (bits >> BF_POS_SHIFT) & 31, len = (bits >> BF_LEN_SHIFT) & 31;
        if (len == 0 || pos + len > sz * 8) {
            kr_raise_msg(&kr_type_ValueError, "uctypes: bitfield outside its storage");
        }
        uint64_t v = (raw >> pos) & (((uint64_t)1 << len) - 1);
        return int_from_u64(v, (t & 1) != 0, len);
    }
    return int_from_u64(raw, (t & 1) != 0, sz * 8);
}

static void scalar_store(uint8_t *p, uint32_t bits, int layout, kr_obj_t value) {
    unsigned t = bits >> TYPE_SHIFT;
    size_t sz = scalar_size(t);
    uint64_t raw;
    if (t == T_FLOAT32 || t == T_FLOAT64) {
        double d = kr_obj_get_float(value);
        if (t == T_FLOAT32) {
            float f = (float)d;
            uint32_t u;
            memcpy(&u, &f, 4);
            raw = u;
        } else {
            memcpy(&raw, &d, 8);
        }
    } else if (is_bitfield(t)) {
        unsigned pos = (bits >> BF_POS_SHIFT) & 31, len = (bits >> BF_LEN_SHIFT) & 31;
        if (len == 0 || pos + len > sz * 8) {
            kr_raise_msg(&kr_type_ValueError, "uctypes: bitfield outside its storage");
        }
        uint64_t mask = (((uint64_t)1 << len) - 1) << pos;
        uint64_t v = int_truncated(value);
        raw = (load_uint(p, sz, layout) & ~mask) | ((v << pos) & mask);
    } else {
        raw = int_truncated(value);
    }
    store_uint(p, sz, layout, raw);
}

static kr_obj_t view_new(kr_obj_t desc, kr_obj_t buf, uintptr_t off, int layout) {
    uct_struct_t *s = kr_gc_alloc(sizeof(uct_struct_t), 0);
    s->base.type = &uctypes_type_struct;
    s->desc = desc;
    s->buf = buf;
    s->off = off;
    s->layout = (uint8_t)layout;
    return KR_OBJ_FROM_PTR(s);
}

/* Read the field described by v at byte `rel` of view s. */
static kr_obj_t field_load(uct_struct_t *s, kr_obj_t v, size_t rel_base) {
    if (is_tuple(v)) {
        agg_info_t a;
        agg_decode(v, &a);
        kr_obj_t d = a.agg == AGG_STRUCT ? a.sub : v;
        return view_new(d, s->buf, s->off + rel_base + a.off, s->layout);
    }
    uint32_t b = desc_bits(v);
    size_t sz = scalar_size(b >> TYPE_SHIFT);
    return scalar_load(view_addr(s, rel_base + (b & OFFSET_MASK), sz, false), b, s->layout);
}

static void field_store(uct_struct_t *s, kr_obj_t v, size_t rel_base, kr_obj_t value) {
    if (is_tuple(v)) {
        agg_info_t a;
        agg_decode(v, &a);
        if (a.agg != AGG_PTR || !kr_obj_is_int(value)) {
            kr_raise_msg(&kr_type_TypeError, "uctypes: cannot assign to an aggregate field");
        }
        uint8_t *p = view_addr(s, rel_base + a.off, sizeof(void *), true);
        store_uint(p, sizeof(void *), s->layout, int_truncated(value));
        return;
    }
    uint32_t b = desc_bits(v);
    size_t sz = scalar_size(b >> TYPE_SHIFT);
    scalar_store(view_addr(s, rel_base + (b & OFFSET_MASK), sz, true), b, s->layout, value);
}

/* ---------------------------------------------------------------- the struct type */

static void struct_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    uct_struct_t *s = st_ptr(self);
    const char *what = "STRUCT";
    if (is_tuple(s->desc)) {
        agg_info_t a;
        agg_decode(s->desc, &a);
        what = a.agg == AGG_PTR ? "PTR" : a.agg == AGG_ARRAY ? "ARRAY" : "STRUCT";
    }
    uintptr_t addr = s->off;
    if (s->buf != KR_OBJ_NULL) {
        kr_buffer_info_t info;
        if (kr_get_buffer(s->buf, &info, KR_BUFFER_READ) == 0) {
            addr += (uintptr_t)info.buf;
        }
    }
    kr_printf(p, "<struct %s %lx>", what, (unsigned long)addr);
}

static void struct_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    uct_struct_t *s = st_ptr(self);
    if (!is_dict(s->desc)) {
        return;
    }
    kr_obj_t v = kr_obj_dict_get(s->desc, KR_NEW_QSTR(attr));
    if (v == KR_OBJ_NULL) {
        return;
    }
    if (dest[0] == KR_OBJ_NULL) {
        dest[0] = field_load(s, v, 0);
    } else if (dest[1] != KR_OBJ_NULL) {
        field_store(s, v, 0, dest[1]);
        dest[0] = KR_OBJ_NULL;
    }
}

static kr_obj_t bytearray_by_ref(uint8_t *p, size_t n);

/* arr[start:stop] of a scalar array: the bytes of those elements, sharing the memory:
 * a bytearray at a raw address (as MicroPython), a memoryview over a buffer object. */
static kr_obj_t array_slice(uct_struct_t *s, const agg_info_t *a, kr_obj_t index, kr_obj_t value) {
    if (a->agg != AGG_ARRAY || a->sub != KR_OBJ_NULL || value != KR_OBJ_SENTINEL) {
        kr_raise_msg(&kr_type_TypeError, "struct: only arrays of scalars can be sliced, for reading");
    }
    kr_int_t start, stop, step;
    size_t n = kr_obj_slice_indices(index, a->n, &start, &stop, &step);
    if (step != 1) {
        kr_raise_msg(&kr_type_NotImplementedError, "only slices with step=1 (aka None) are supported");
    }
    size_t esz = scalar_size(a->elem_type);
    size_t off = mul_size((size_t)start, esz), len = mul_size(n, esz);
    if (s->buf != KR_OBJ_NULL) {
        /* over a buffer object: a memoryview, which re-checks the buffer at each access
         * and cannot be resized (a bytearray sharing a heap buffer could be) */
        view_addr(s, off, len, false);
        kr_buffer_info_t info;
        kr_obj_memoryview_t *m = kr_gc_alloc(sizeof(kr_obj_memoryview_t), 0);
        m->base.type = &kr_type_memoryview;
        m->obj = s->buf;
        m->start = s->off + off;
        m->len = len;
        m->step = 1;
        m->readonly = kr_get_buffer(s->buf, &info, KR_BUFFER_WRITE) != 0;
        return KR_OBJ_FROM_PTR(m);
    }
    return bytearray_by_ref(view_addr(s, off, len, true), len);
}

static kr_obj_t struct_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    uct_struct_t *s = st_ptr(self);
    if (!is_tuple(s->desc)) {
        kr_raise_msg(&kr_type_TypeError, "struct: cannot index");
    }
    if (value == KR_OBJ_NULL) {
        kr_raise_msg(&kr_type_TypeError, "struct: cannot delete items");
    }
    agg_info_t a;
    agg_decode(s->desc, &a);
    if (a.agg == AGG_STRUCT) {
        kr_raise_msg(&kr_type_TypeError, "struct: cannot index");
    }
    if (kr_obj_is_type(index, &kr_type_slice)) {
        return array_slice(s, &a, index, value);
    }
    kr_int_t i = kr_obj_get_index(index);
    size_t al;
    size_t esz = a.sub != KR_OBJ_NULL ? dict_size(a.sub, s->layout, &al, 0) : scalar_size(a.elem_type);
    uct_struct_t elem = *s;   /* the element lives in the same memory as the array ... */
    if (a.agg == AGG_ARRAY) {
        if (i < 0 || (size_t)i >= a.n) {
            kr_raise_msg(&kr_type_IndexError, "struct: index out of range");
        }
    } else {
        /* ... or, through a pointer, at the address the pointer holds */
        uint8_t *pp = view_addr(s, 0, sizeof(void *), false);
        elem.buf = KR_OBJ_NULL;
        elem.off = (uintptr_t)load_uint(pp, sizeof(void *), s->layout);
    }
    /* (an array index is bounded above; a pointer index is the user's business, as in C) */
    uintptr_t rel = a.agg == AGG_ARRAY ? (uintptr_t)mul_size(esz, (size_t)i) : (uintptr_t)esz * (uintptr_t)i;
    if (a.sub != KR_OBJ_NULL) {
        if (value != KR_OBJ_SENTINEL) {
            kr_raise_msg(&kr_type_TypeError, "uctypes: cannot assign to an aggregate element");
        }
        return view_new(a.sub, elem.buf, elem.off + rel, s->layout);
    }
    uint32_t bits = (uint32_t)a.elem_type << TYPE_SHIFT;
    uint8_t *p = view_addr(&elem, rel, esz, value != KR_OBJ_SENTINEL);
    if (value == KR_OBJ_SENTINEL) {
        return scalar_load(p, bits, s->layout);
    }
    scalar_store(p, bits, s->layout, value);
    return KR_OBJ_NONE;
}

static kr_obj_t struct_unary_op(kr_unary_op_t op, kr_obj_t self) {
    uct_struct_t *s = st_ptr(self);
    if (op == KR_UNARY_OP_LEN && is_tuple(s->desc)) {
        agg_info_t a;
        agg_decode(s->desc, &a);
        if (a.agg == AGG_ARRAY) {
            return kr_obj_new_int_from_uint(a.n);
        }
    }
    if (op == KR_UNARY_OP_BOOL) {
        return KR_OBJ_TRUE;
    }
    return KR_OBJ_NULL;
}

static int struct_get_buffer(kr_obj_t self, kr_buffer_info_t *info, unsigned flags) {
    uct_struct_t *s = st_ptr(self);
    size_t size = desc_size(s->desc, s->layout);
    info->buf = view_addr(s, 0, size, (flags & KR_BUFFER_WRITE) != 0);
    info->len = size;
    info->typecode = 'B';
    return 0;
}

static kr_obj_t struct_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_arg_check_num(n_args, n_kw, 2, 3, false);
    kr_obj_t desc = args[1];
    if (!is_dict(desc) && !is_tuple(desc)) {
        kr_raise_fmt(&kr_type_TypeError, "uctypes: descriptor must be a dict or tuple, not %s", kr_obj_type_name(desc));
    }
    kr_int_t layout = n_args > 2 ? kr_obj_get_int(args[2]) : LAYOUT_NATIVE;
    if (layout < LAYOUT_LITTLE || layout > LAYOUT_NATIVE) {
        kr_raise_msg(&kr_type_ValueError, "uctypes: bad layout type");
    }
    if (kr_obj_is_int(args[0])) {
        kr_uint_t addr = (kr_uint_t)kr_obj_get_int(args[0]);
        return view_new(desc, KR_OBJ_NULL, addr, (int)layout);
    }
    kr_buffer_info_t info;
    kr_get_buffer_raise(args[0], &info, KR_BUFFER_READ);
    return view_new(desc, args[0], 0, (int)layout);
}

const kr_type_t uctypes_type_struct = {
    .base = {&kr_type_type},
    .name = KR_QSTR_struct,
    .print = struct_print,
    .make_new = struct_make_new,
    .unary_op = struct_unary_op,
    .attr = struct_attr,
    .subscr = struct_subscr,
    .get_buffer = struct_get_buffer,
};

/* ---------------------------------------------------------------- module functions */

static kr_obj_t uctypes_sizeof(size_t n_args, const kr_obj_t *args) {
    if (kr_obj_is_type(args[0], &uctypes_type_struct)) {
        uct_struct_t *s = st_ptr(args[0]);
        return kr_obj_new_int_from_uint(desc_size(s->desc, s->layout));
    }
    kr_int_t layout = n_args > 1 ? kr_obj_get_int(args[1]) : LAYOUT_NATIVE;
    if (layout < LAYOUT_LITTLE || layout > LAYOUT_NATIVE) {
        kr_raise_msg(&kr_type_ValueError, "uctypes: bad layout type");
    }
    return kr_obj_new_int_from_uint(desc_size(args[0], (int)layout));
}
static KR_DEFINE_FUN_VAR(uctypes_sizeof_obj, 1, 2, uctypes_sizeof);

static kr_obj_t uctypes_addressof(kr_obj_t obj) {
    kr_buffer_info_t info;
    kr_get_buffer_raise(obj, &info, KR_BUFFER_READ);
    return kr_obj_new_int_from_uint((kr_uint_t)(uintptr_t)info.buf);
}
static KR_DEFINE_FUN_1(uctypes_addressof_obj, uctypes_addressof);

static uint8_t *addr_arg(kr_obj_t addr, kr_obj_t size, size_t *n) {
    kr_int_t len = kr_obj_get_int(size);
    if (len < 0) {
        kr_raise_msg(&kr_type_ValueError, "negative size");
    }
    *n = (size_t)len;
    return (uint8_t *)(uintptr_t)kr_obj_get_int(addr);
}

static kr_obj_t uctypes_bytes_at(kr_obj_t addr, kr_obj_t size) {
    size_t n;
    uint8_t *p = addr_arg(addr, size, &n);
    return kr_obj_new_bytes(n ? p : (const uint8_t *)"", n);
}
static KR_DEFINE_FUN_2(uctypes_bytes_at_obj, uctypes_bytes_at);

/* A bytearray whose items are the n bytes at p (not copied; must not be resized). */
static kr_obj_t bytearray_by_ref(uint8_t *p, size_t n) {
    kr_obj_t ba = kr_obj_new_bytearray(0, NULL);
    kr_obj_bytearray_t *b = KR_OBJ_TO_PTR(ba);
    if (n > 0) {
        b->items = p;
        b->len = n;
        b->alloc = n;
    }
    return ba;
}

static kr_obj_t uctypes_bytearray_at(kr_obj_t addr, kr_obj_t size) {
    size_t n;
    uint8_t *p = addr_arg(addr, size, &n);
    return bytearray_by_ref(p, n);
}
static KR_DEFINE_FUN_2(uctypes_bytearray_at_obj, uctypes_bytearray_at);

static const kr_map_elem_t uctypes_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(uctypes) },
    { KR_ROM_QSTR(struct), KR_ROM_PTR(&uctypes_type_struct) },
    { KR_ROM_QSTR(sizeof), KR_ROM_PTR(&uctypes_sizeof_obj) },
    { KR_ROM_QSTR(addressof), KR_ROM_PTR(&uctypes_addressof_obj) },
    { KR_ROM_QSTR(bytes_at), KR_ROM_PTR(&uctypes_bytes_at_obj) },
    { KR_ROM_QSTR(bytearray_at), KR_ROM_PTR(&uctypes_bytearray_at_obj) },
    { KR_ROM_QSTR(LITTLE_ENDIAN), KR_ROM_INT(LAYOUT_LITTLE) },
    { KR_ROM_QSTR(BIG_ENDIAN), KR_ROM_INT(LAYOUT_BIG) },
    { KR_ROM_QSTR(NATIVE), KR_ROM_INT(LAYOUT_NATIVE) },
    { KR_ROM_QSTR(UINT8), TYPE_CONST(T_UINT8) },
    { KR_ROM_QSTR(INT8), TYPE_CONST(T_INT8) },
    { KR_ROM_QSTR(UINT16), TYPE_CONST(T_UINT16) },
    { KR_ROM_QSTR(INT16), TYPE_CONST(T_INT16) },
    { KR_ROM_QSTR(UINT32), TYPE_CONST(T_UINT32) },
    { KR_ROM_QSTR(INT32), TYPE_CONST(T_INT32) },
    { KR_ROM_QSTR(UINT64), TYPE_CONST(T_UINT64) },
    { KR_ROM_QSTR(INT64), TYPE_CONST(T_INT64) },
    { KR_ROM_QSTR(BFUINT8), TYPE_CONST(T_BFUINT8) },
    { KR_ROM_QSTR(BFINT8), TYPE_CONST(T_BFINT8) },
    { KR_ROM_QSTR(BFUINT16), TYPE_CONST(T_BFUINT16) },
    { KR_ROM_QSTR(BFINT16), TYPE_CONST(T_BFINT16) },
    { KR_ROM_QSTR(BFUINT32), TYPE_CONST(T_BFUINT32) },
    { KR_ROM_QSTR(BFINT32), TYPE_CONST(T_BFINT32) },
    { KR_ROM_QSTR(FLOAT32), TYPE_CONST(T_FLOAT32) },
    { KR_ROM_QSTR(FLOAT64), TYPE_CONST(T_FLOAT64) },
    { KR_ROM_QSTR(VOID), TYPE_CONST(T_UINT8) },
    { KR_ROM_QSTR(BF_POS), KR_ROM_INT(BF_POS_SHIFT) },
    { KR_ROM_QSTR(BF_LEN), KR_ROM_INT(BF_LEN_SHIFT) },
    { KR_ROM_QSTR(PTR), AGG_CONST(AGG_PTR) },
    { KR_ROM_QSTR(ARRAY), AGG_CONST(AGG_ARRAY) },
    /* C type aliases (short 16, int 32, long = the machine's long, long long 64 bits) */
    { KR_ROM_QSTR(USHORT), TYPE_CONST(T_UINT16) },
    { KR_ROM_QSTR(SHORT), TYPE_CONST(T_INT16) },
    { KR_ROM_QSTR(UINT), TYPE_CONST(T_UINT32) },
    { KR_ROM_QSTR(INT), TYPE_CONST(T_INT32) },
    { KR_ROM_QSTR(ULONG), TYPE_CONST(sizeof(long) == 8 ? T_UINT64 : T_UINT32) },
    { KR_ROM_QSTR(LONG), TYPE_CONST(sizeof(long) == 8 ? T_INT64 : T_INT32) },
    { KR_ROM_QSTR(ULONGLONG), TYPE_CONST(T_UINT64) },
    { KR_ROM_QSTR(LONGLONG), TYPE_CONST(T_INT64) },
};
static KR_DEFINE_CONST_DICT(uctypes_globals, uctypes_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_uctypes, uctypes_globals);

#endif /* KR_MODULE_UCTYPES */
