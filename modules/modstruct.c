/* modstruct.c: the struct module (pack/unpack of binary records, CPython's format language and errors). */
#include <math.h>
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "objint.h"
#include "objstr.h"
#include "objexcept.h"
#include "gc.h"
#include "objiter.h"

#if KR_MODULE_STRUCT

KR_DEFINE_EXCEPTION_TYPE(kr_type_struct_error, KR_QSTR_error, &kr_type_Exception);

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define NATIVE_BIG (true)
#else
#define NATIVE_BIG (false)
#endif

_Noreturn static void struct_raise(const char *msg) {
    kr_raise_msg(&kr_type_struct_error, msg);
}

/* ---------------------------------------------------------------- format parsing */

typedef struct {
    const char *p, *end;
    bool native;        /* '@': native sizes and alignment */
    bool big;           /* byte order */
} fmt_t;

typedef struct {
    char code;
    size_t count;       /* repeat count (s/p: the byte length of the one value) */
    size_t size;        /* bytes per item */
    size_t align;
} fmt_item_t;

static void fmt_init(fmt_t *f, kr_obj_t fmt_obj) {
    if (!kr_obj_is_str(fmt_obj) && !kr_obj_is_type(fmt_obj, &kr_type_bytes)) {
        kr_raise_fmt(&kr_type_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                     kr_obj_type_name(fmt_obj));
    }
    size_t len;
    f->p = kr_obj_str_get_data(fmt_obj, &len);
    f->end = f->p + len;
    f->native = true;
    f->big = NATIVE_BIG;
    if (f->p < f->end) {
        switch (*f->p) {
            case '@': f->p++; break;
            case '=': f->native = false; f->p++; break;
            case '<': f->native = false; f->big = false; f->p++; break;
            case '>': case '!': f->native = false; f->big = true; f->p++; break;
            default: break;
        }
    }
}

static size_t code_size(const fmt_t *f, char c) {
    switch (c) {
        case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
        case 'h': case 'H': case 'e': return 2;
        case 'i': case 'I': return f->native ? sizeof(int) : 4;
        case 'l': case 'L': return f->native ? sizeof(long) : 4;
        case 'q': case 'Q': case 'd': return 8;
        case 'f': return 4;
        case 'n': case 'N': return f->native ? sizeof(size_t) : 0;
        case 'P': return f->native ? sizeof(void *) : 0;
        default: return 0;
    }
}

/* Next item of the format; false at the end. */
static bool fmt_next(fmt_t *f, fmt_item_t *it) {
    while (f->p < f->end && (*f->p == ' ' || (*f->p >= '\t' && *f->p <= '\r'))) {
        f->p++;
    }
    if (f->p >= f->end) {
        return false;
    }
    size_t count = 1;
    if (*f->p >= '0' && *f->p <= '9') {
        count = 0;
        while (f->p < f->end && *f->p >= '0' && *f->p <= '9') {
            if (count > (SIZE_MAX >> 5)) {
                struct_raise("total struct size too long");
            }
            count = count * 10 + (size_t)(*f->p++ - '0');
        }
        if (f->p >= f->end) {
            struct_raise("repeat count given without format specifier");
        }
    }
    char c = *f->p++;
    size_t sz = code_size(f, c);
    if (sz == 0) {
        struct_raise("bad char in struct format");
    }
    it->code = c;
    it->count = count;
    it->size = sz;
    it->align = f->native ? sz : 1;
    return true;
}

static size_t align_up(size_t n, size_t a) {
    return (n + a - 1) / a * a;
}

/* Total size of the record and the number of Python values it holds. */
static size_t fmt_calcsize(kr_obj_t fmt_obj, size_t *n_values) {
    fmt_t f;
    fmt_item_t it;
    fmt_init(&f, fmt_obj);
    size_t size = 0, nv = 0;
    while (fmt_next(&f, &it)) {
        size = align_up(size, it.align);
        if (it.count > (SIZE_MAX >> 4) / it.size) {
            struct_raise("total struct size too long");
        }
        size += it.size * it.count;
        if (it.code == 's' || it.code == 'p') {
            nv += 1;
        } else if (it.code != 'x') {
            nv += it.count;
        }
    }
    if (n_values != NULL) {
        *n_values = nv;
    }
    return size;
}

/* ---------------------------------------------------------------- packing */

static kr_obj_t arg_to_int(kr_obj_t o) {
    if (kr_obj_is_int(o)) {
        return o;
    }
    if (KR_IS_OBJ(o) && !kr_obj_is_instance(o, &kr_type_float)) {
        const kr_type_t *t = KR_OBJ_TYPE(o);
        if (t->unary_op != NULL) {
            kr_obj_t r = t->unary_op(KR_UNARY_OP_INDEX, o);
            if (r != KR_OBJ_NULL && kr_obj_is_int(r)) {
                return r;
            }
        }
    }
    struct_raise("required argument is not an integer");
}

static void pack_int(const fmt_t *f, const fmt_item_t *it, kr_obj_t arg, uint8_t *dst) {
    kr_obj_t v = arg_to_int(arg);
    char c = it->code;
    bool is_signed = (c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n');
    if (c == 'P' && kr_obj_int_sign(v) < 0) {
        is_signed = true;   /* a pointer may be given as a negative address */
    }
    if (kr_obj_int_to_bytes(v, it->size, dst, f->big, is_signed)) {
        return;
    }
    /* CPython's errors depend on which of its pack functions the format uses: the native
     * ones ('@', and '<'/'=' on a little-endian host: same byte order) or the
     * byte-swapping ones ('>'/'!' there), which word them differently. */
    bool swapped = !f->native && f->big != NATIVE_BIG && it->size > 1;
    if (swapped && it->size == 8) {
        struct_raise("int too large to convert");
    }
    /* a value beyond the C long (unsigned long for I, L, and swapped H) it is first read
     * into is "argument out of range" */
    bool via_long = is_signed || c == 'B' || (c == 'H' && !swapped);
    kr_int_t as_long;
    uint8_t as_ulong[sizeof(kr_int_t)];
    if (via_long ? !kr_obj_int_get_checked(v, &as_long)
                 : (kr_obj_int_sign(v) < 0 || !kr_obj_int_to_bytes(v, sizeof(as_ulong), as_ulong, false, false))) {
        struct_raise("argument out of range");
    }
    switch (swapped ? 0 : c) {
        case 'b': struct_raise("byte format requires -128 <= number <= 127");
        case 'B': struct_raise("ubyte format requires 0 <= number <= 255");
        case 'h': struct_raise("short format requires -32768 <= number <= 32767");
        case 'H': struct_raise("ushort format requires 0 <= number <= 65535");
        default: break;
    }
    if (it->size == 2) {
        kr_raise_fmt(&kr_type_struct_error, is_signed ? "'%c' format requires -32768 <= number <= 32767"
                                                      : "'%c' format requires 0 <= number <= 65535", c);
    }
    if (it->size == 4 && (is_signed || kr_obj_int_sign(v) >= 0)) {
        if (is_signed) {
            kr_raise_fmt(&kr_type_struct_error, "'%c' format requires -2147483648 <= number <= 2147483647", c);
        }
        kr_raise_fmt(&kr_type_struct_error, "'%c' format requires 0 <= number <= 4294967295", c);
    }
    struct_raise("argument out of range");
}

static void store_ordered(const fmt_t *f, uint8_t *dst, const void *src, size_t n) {
    const uint8_t *s = src;
    if (f->big == NATIVE_BIG) {
        memcpy(dst, s, n);
    } else {
        for (size_t i = 0; i < n; i++) {
            dst[i] = s[n - 1 - i];
        }
    }
}

static void load_ordered(const fmt_t *f, void *dst, const uint8_t *src, size_t n) {
    uint8_t *d = dst;
    if (f->big == NATIVE_BIG) {
        memcpy(d, src, n);
    } else {
        for (size_t i = 0; i < n; i++) {
            d[i] = src[n - 1 - i];
        }
    }
}

/* IEEE 754 binary16 from a double, rounding half to even; false on overflow. */
static bool half_from_double(double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return true;
    }
    if (isinf(x)) {
        *out = sign | 0x7c00;
        return true;
    }
    x = fabs(x);
    if (x == 0.0) {
        *out = sign;
        return true;
    }
    int e;
    double m = frexp(x, &e);       /* x = m * 2**e, 0.5 <= m < 1 */
    int biased = e + 14;
    uint32_t bits;
    if (biased >= 1) {
        double q = rint(ldexp(m, 11));   /* 1024 .. 2048 */
        bits = ((uint32_t)biased << 10) + (uint32_t)q - 1024;
    } else {
        bits = (uint32_t)rint(ldexp(x, 24));
    }
    if (bits >= 0x7c00) {
        return false;
    }
    *out = (uint16_t)(sign | bits);
    return true;
}

static double half_to_double(uint16_t h) {
    int exp = (h >> 10) & 0x1f;
    int mant = h & 0x3ff;
    double r;
    if (exp == 0) {
        r = ldexp(mant, -24);
    } else if (exp == 31) {
        r = mant ? NAN : INFINITY;
    } else {
        r = ldexp(mant + 1024, exp - 25);
    }
    return (h & 0x8000) ? -r : r;
}

/* a number as a double for 'e', 'f', 'd'; as CPython, an int too large for a double is
 * "required argument is not a float" */
static double float_arg(kr_obj_t arg) {
    double d;
    if (kr_obj_is_int(arg)) {
        kr_nlr_buf_t nlr;
        if (kr_nlr_push(&nlr) == 0) {
            d = kr_obj_int_as_double(arg);
            kr_nlr_pop();
            return d;
        }
        struct_raise("required argument is not a float");
    }
    if (!kr_obj_get_float_maybe(arg, &d)) {
        struct_raise("required argument is not a float");
    }
    return d;
}

static void pack_float(const fmt_t *f, char c, kr_obj_t arg, uint8_t *dst) {
    double d = float_arg(arg);
    /* as CPython: an int whose value overflows the format is "int too large to convert" */
    bool from_int = kr_obj_is_int(arg);
    if (c == 'd') {
        store_ordered(f, dst, &d, 8);
    } else if (c == 'f') {
        float x = (float)d;
        if (isinf(x) && !isinf(d)) {
            if (from_int) {
                struct_raise("int too large to convert");
            }
            kr_raise_msg(&kr_type_OverflowError, "float too large to pack with f format");
        }
        store_ordered(f, dst, &x, 4);
    } else {
        uint16_t h;
        if (!half_from_double(d, &h)) {
            if (from_int) {
                struct_raise("int too large to convert");
            }
            kr_raise_msg(&kr_type_OverflowError, "float too large to pack with e format");
        }
        store_ordered(f, dst, &h, 2);
    }
}

static const uint8_t *bytes_arg(kr_obj_t arg, char c, size_t *len) {
    if (KR_IS_OBJ(arg)) {
        const kr_type_t *t = kr_obj_str_native(KR_OBJ_TYPE(arg));
        if (t == &kr_type_bytes || t == &kr_type_bytearray) {
            return kr_obj_str_bytes_data(arg, len);
        }
    } else if (KR_IS_QSTR(arg)) {
        /* a str: fall through to the error */
    }
    if (c == 'c') {
        struct_raise("char format requires a bytes object of length 1");
    }
    kr_raise_fmt(&kr_type_struct_error, "argument for '%c' must be a bytes object", c);
}

/* Pack args into dst (which has room for the whole record, zeroed). */
static void pack_into_buf(kr_obj_t fmt_obj, uint8_t *dst, size_t n_args, const kr_obj_t *args) {
    fmt_t f;
    fmt_item_t it;
    fmt_init(&f, fmt_obj);
    size_t pos = 0, ai = 0;
    while (fmt_next(&f, &it)) {
        pos = align_up(pos, it.align);
        if (it.code == 'x') {
            pos += it.count;
            continue;
        }
        if (it.code == 's' || it.code == 'p') {
            size_t len;
            const uint8_t *d = bytes_arg(args[ai++], it.code, &len);
            if (it.code == 's') {
                memcpy(dst + pos, d, len < it.count ? len : it.count);
            } else if (it.count > 0) {
                size_t n = len < it.count - 1 ? len : it.count - 1;
                if (n > 255) {
                    n = 255;
                }
                dst[pos] = (uint8_t)n;
                memcpy(dst + pos + 1, d, len < it.count - 1 ? len : it.count - 1);
            }
            pos += it.count;
            continue;
        }
        for (size_t k = 0; k < it.count; k++, pos += it.size) {
            kr_obj_t a = args[ai++];
            switch (it.code) {
                case '?':
                    dst[pos] = kr_obj_is_true(a) ? 1 : 0;
                    break;
                case 'c': {
                    size_t len;
                    const uint8_t *d = bytes_arg(a, 'c', &len);
                    if (len != 1) {
                        struct_raise("char format requires a bytes object of length 1");
                    }
                    dst[pos] = d[0];
                    break;
                }
                case 'e': case 'f': case 'd':
                    pack_float(&f, it.code, a, dst + pos);
                    break;
                default:
                    pack_int(&f, &it, a, dst + pos);
                    break;
            }
        }
    }
}

static void check_pack_args(size_t n_values, size_t n_given) {
    if (n_values != n_given) {
        kr_raise_fmt(&kr_type_struct_error, "pack expected %u items for packing (got %u)",
                     (unsigned)n_values, (unsigned)n_given);
    }
}

/* ---------------------------------------------------------------- unpacking */

static kr_obj_t unpack_buf(kr_obj_t fmt_obj, const uint8_t *src, size_t n_values) {
    fmt_t f;
    fmt_item_t it;
    fmt_init(&f, fmt_obj);
    kr_obj_t tuple = kr_obj_new_tuple(n_values, NULL);
    kr_obj_t *out = ((kr_obj_tuple_t *)KR_OBJ_TO_PTR(tuple))->items;
    size_t pos = 0, oi = 0;
    while (fmt_next(&f, &it)) {
        pos = align_up(pos, it.align);
        if (it.code == 'x') {
            pos += it.count;
            continue;
        }
        if (it.code == 's') {
            out[oi++] = kr_obj_new_bytes(src + pos, it.count);
            pos += it.count;
            continue;
        }
        if (it.code == 'p') {
            size_t n = 0;
            if (it.count > 0) {
                n = src[pos];
                if (n > it.count - 1) {
                    n = it.count - 1;
                }
            }
            out[oi++] = kr_obj_new_bytes(src + pos + 1, n);
            pos += it.count;
            continue;
        }
        for (size_t k = 0; k < it.count; k++, pos += it.size) {
            kr_obj_t v;
            switch (it.code) {
                case '?':
                    v = KR_OBJ_BOOL(src[pos] != 0);
                    break;
                case 'c':
                    v = kr_obj_new_bytes(src + pos, 1);
                    break;
                case 'd': {
                    double d;
                    load_ordered(&f, &d, src + pos, 8);
                    v = kr_obj_new_float(d);
                    break;
                }
                case 'f': {
                    float x;
                    load_ordered(&f, &x, src + pos, 4);
                    v = kr_obj_new_float(x);
                    break;
                }
                case 'e': {
                    uint16_t h;
                    load_ordered(&f, &h, src + pos, 2);
                    v = kr_obj_new_float(half_to_double(h));
                    break;
                }
                default: {
                    char c = it.code;
                    bool is_signed = (c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n');
                    v = kr_obj_int_from_bytes(src + pos, it.size, f.big, is_signed);
                    break;
                }
            }
            out[oi++] = v;
        }
    }
    return tuple;
}

/* ---------------------------------------------------------------- module functions */

static kr_obj_t struct_calcsize(kr_obj_t fmt) {
    return kr_obj_new_int_from_uint(fmt_calcsize(fmt, NULL));
}
static KR_DEFINE_FUN_1(struct_calcsize_obj, struct_calcsize);

static kr_obj_t struct_pack(size_t n_args, const kr_obj_t *args) {
    size_t nv;
    size_t size = fmt_calcsize(args[0], &nv);
    check_pack_args(nv, n_args - 1);
    kr_obj_str_t *s = kr_obj_str_alloc(&kr_type_bytes, size);
    pack_into_buf(args[0], (uint8_t *)s->data, n_args - 1, args + 1);
    return kr_obj_str_finish(s);
}
static KR_DEFINE_FUN_VAR(struct_pack_obj, 1, KR_FUN_ARGS_MAX, struct_pack);

/* Resolve a (possibly negative) offset against a buffer of len bytes. */
static size_t resolve_offset(kr_obj_t off_obj, size_t len) {
    kr_int_t off = kr_obj_get_index(off_obj);
    if (off < 0) {
        if ((kr_uint_t)(-off) > len) {
            kr_raise_fmt(&kr_type_struct_error, "offset %ld out of range for %lu-byte buffer",
                         (long)off, (unsigned long)len);
        }
        off += (kr_int_t)len;
    }
    return (size_t)off;
}

static kr_obj_t struct_pack_into(size_t n_args, const kr_obj_t *args) {
    size_t nv;
    size_t size = fmt_calcsize(args[0], &nv);
    check_pack_args(nv, n_args - 3);
    kr_buffer_info_t info;
    if (kr_get_buffer(args[1], &info, KR_BUFFER_WRITE) != 0) {
        kr_raise_fmt(&kr_type_TypeError, "argument must be read-write bytes-like object, not %s",
                     kr_obj_type_name(args[1]));
    }
    size_t off = resolve_offset(args[2], info.len);
    if (off > info.len || info.len - off < size) {
        kr_raise_fmt(&kr_type_struct_error, "pack_into requires a buffer of at least %lu bytes for packing "
                     "%lu bytes at offset %lu (actual buffer size is %lu)", (unsigned long)(size + off),
                     (unsigned long)size, (unsigned long)off, (unsigned long)info.len);
    }
    /* pack into a scratch record first, so that a bad value leaves the buffer alone */
    uint8_t tmp[64];
    uint8_t *rec = size <= sizeof(tmp) ? tmp : kr_gc_alloc(size, KR_GC_FLAG_ATOMIC);
    memset(rec, 0, size);
    kr_nlr_buf_t nlr;
    volatile kr_obj_t exc = KR_OBJ_NULL;
    if (kr_nlr_push(&nlr) == 0) {
        pack_into_buf(args[0], rec, n_args - 3, args + 3);
        kr_nlr_pop();
    } else {
        exc = nlr.ret_val;   /* as CPython: the items packed so far are stored, then the error */
    }
    /* the buffer may have moved or shrunk while __index__ ran */
    if (kr_get_buffer(args[1], &info, KR_BUFFER_WRITE) == 0 && off <= info.len && info.len - off >= size) {
        memcpy((uint8_t *)info.buf + off, rec, size);
    }
    if (exc != KR_OBJ_NULL) {
        kr_raise(exc);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(struct_pack_into_obj, 3, KR_FUN_ARGS_MAX, struct_pack_into);

static kr_obj_t struct_unpack(kr_obj_t fmt, kr_obj_t data) {
    size_t nv;
    size_t size = fmt_calcsize(fmt, &nv);
    kr_buffer_info_t info;
    kr_get_buffer_raise(data, &info, KR_BUFFER_READ);
    if (info.len != size) {
        kr_raise_fmt(&kr_type_struct_error, "unpack requires a buffer of %lu bytes", (unsigned long)size);
    }
    return unpack_buf(fmt, info.buf, nv);
}
static KR_DEFINE_FUN_2(struct_unpack_obj, struct_unpack);

static kr_obj_t struct_unpack_from(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_buffer, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_offset, KR_ARG_OBJ, {.u_obj = KR_ROM_INT(0)} },
    };
    kr_arg_val_t v[2];
    kr_arg_parse_all(n_args - 1, args + 1, kw, 2, allowed, v);
    size_t nv;
    size_t size = fmt_calcsize(args[0], &nv);
    kr_buffer_info_t info;
    kr_get_buffer_raise(v[0].u_obj, &info, KR_BUFFER_READ);
    size_t off = resolve_offset(v[1].u_obj, info.len);
    if (off > info.len || info.len - off < size) {
        kr_raise_fmt(&kr_type_struct_error, "unpack_from requires a buffer of at least %lu bytes for unpacking "
                     "%lu bytes at offset %lu (actual buffer size is %lu)", (unsigned long)(size + off),
                     (unsigned long)size, (unsigned long)off, (unsigned long)info.len);
    }
    return unpack_buf(args[0], (const uint8_t *)info.buf + off, nv);
}
static KR_DEFINE_FUN_KW(struct_unpack_from_obj, 1, 3, struct_unpack_from);

/* ---------------------------------------------------------------- iter_unpack */

typedef struct {
    kr_obj_base_t base;
    kr_obj_t fmt;
    kr_obj_t buffer;
    size_t size, n_values, pos;
} unpack_iter_t;

static kr_obj_t unpack_iter_next(kr_obj_t self) {
    unpack_iter_t *it = KR_OBJ_TO_PTR(self);
    kr_buffer_info_t info;
    kr_get_buffer_raise(it->buffer, &info, KR_BUFFER_READ);
    /* the buffer may have shrunk since the last item */
    if (it->pos > info.len || info.len - it->pos < it->size) {
        return KR_OBJ_NULL;
    }
    kr_obj_t t = unpack_buf(it->fmt, (const uint8_t *)info.buf + it->pos, it->n_values);
    it->pos += it->size;
    return t;
}

static const kr_type_t unpack_iter_type = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF,
    .name = KR_QSTR_unpack_iterator,
    .getiter = kr_obj_iter_getiter_self,
    .iternext = unpack_iter_next,
};

static kr_obj_t struct_iter_unpack(kr_obj_t fmt, kr_obj_t data) {
    size_t nv;
    size_t size = fmt_calcsize(fmt, &nv);
    if (size == 0) {
        struct_raise("cannot iteratively unpack with a struct of length 0");
    }
    kr_buffer_info_t info;
    kr_get_buffer_raise(data, &info, KR_BUFFER_READ);
    if (info.len % size != 0) {
        kr_raise_fmt(&kr_type_struct_error, "iterative unpacking requires a buffer of a multiple of %lu bytes",
                     (unsigned long)size);
    }
    unpack_iter_t *it = kr_gc_alloc(sizeof(unpack_iter_t), 0);
    it->base.type = &unpack_iter_type;
    it->fmt = fmt;
    it->buffer = data;
    it->size = size;
    it->n_values = nv;
    it->pos = 0;
    return KR_OBJ_FROM_PTR(it);
}
static KR_DEFINE_FUN_2(struct_iter_unpack_obj, struct_iter_unpack);

/* ---------------------------------------------------------------- the Struct class */

typedef struct {
    kr_obj_base_t base;
    kr_obj_t fmt;       /* the format as a str */
    size_t size;
} struct_obj_t;

static const kr_type_t struct_type;

static struct_obj_t *struct_ptr(kr_obj_t self) {
    return KR_OBJ_TO_PTR(self);
}

static kr_obj_t struct_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_format, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
    };
    if (n_args + n_kw == 0) {
        kr_raise_msg(&kr_type_TypeError, "Struct() missing required argument 'format' (pos 1)");
    }
    if (n_args + n_kw > 1) {
        kr_raise_fmt(&kr_type_TypeError, "Struct() takes at most 1 argument (%u given)", (unsigned)(n_args + n_kw));
    }
    kr_arg_val_t v[1];
    kr_map_t kw;
    kr_map_init(&kw, n_kw);
    for (size_t i = 0; i < n_kw; i++) {
        kr_map_lookup(&kw, args[n_args + 2 * i], KR_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = args[n_args + 2 * i + 1];
    }
    kr_arg_parse_all(n_args, args, &kw, 1, allowed, v);
    kr_obj_t fmt = v[0].u_obj;
    size_t size = fmt_calcsize(fmt, NULL);
    if (!kr_obj_is_str(fmt)) {
        size_t len;
        const char *d = kr_obj_str_get_data(fmt, &len);
        fmt = kr_obj_new_str(d, len);
    }
    struct_obj_t *o = kr_gc_alloc(sizeof(struct_obj_t), 0);
    o->base.type = type;
    o->fmt = fmt;
    o->size = size;
    return KR_OBJ_FROM_PTR(o);
}

/* call a module function with the Struct's format in place of self (args[0]) */
static kr_obj_t with_format(kr_obj_t (*f)(size_t, const kr_obj_t *, kr_map_t *), size_t n_args,
                            const kr_obj_t *args, kr_map_t *kw) {
    kr_obj_t local[8];
    kr_obj_t *a = n_args <= 8 ? local : kr_gc_alloc(n_args * sizeof(kr_obj_t), 0);
    a[0] = struct_ptr(args[0])->fmt;
    memcpy(a + 1, args + 1, (n_args - 1) * sizeof(kr_obj_t));
    return f(n_args, a, kw);
}

static kr_obj_t pack_kw(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return struct_pack(n_args, args);
}
static kr_obj_t pack_into_kw(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return struct_pack_into(n_args, args);
}
static kr_obj_t unpack_kw(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return struct_unpack(args[0], args[1]);
}
static kr_obj_t iter_unpack_kw(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return struct_iter_unpack(args[0], args[1]);
}

static kr_obj_t struct_m_pack(size_t n_args, const kr_obj_t *args) {
    return with_format(pack_kw, n_args, args, NULL);
}
static KR_DEFINE_FUN_VAR(struct_m_pack_obj, 1, KR_FUN_ARGS_MAX, struct_m_pack);

static kr_obj_t struct_m_pack_into(size_t n_args, const kr_obj_t *args) {
    return with_format(pack_into_kw, n_args, args, NULL);
}
static KR_DEFINE_FUN_VAR(struct_m_pack_into_obj, 3, KR_FUN_ARGS_MAX, struct_m_pack_into);

static kr_obj_t struct_m_unpack(kr_obj_t self, kr_obj_t data) {
    kr_obj_t a[2] = {self, data};
    return with_format(unpack_kw, 2, a, NULL);
}
static KR_DEFINE_FUN_2(struct_m_unpack_obj, struct_m_unpack);

static kr_obj_t struct_m_unpack_from(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return with_format(struct_unpack_from, n_args, args, kw);
}
static KR_DEFINE_FUN_KW(struct_m_unpack_from_obj, 1, 3, struct_m_unpack_from);

static kr_obj_t struct_m_iter_unpack(kr_obj_t self, kr_obj_t data) {
    kr_obj_t a[2] = {self, data};
    return with_format(iter_unpack_kw, 2, a, NULL);
}
static KR_DEFINE_FUN_2(struct_m_iter_unpack_obj, struct_m_iter_unpack);

static void struct_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    if (attr == KR_QSTR_format) {
        dest[0] = struct_ptr(self)->fmt;
    } else if (attr == KR_QSTR_size) {
        dest[0] = kr_obj_new_int_from_uint(struct_ptr(self)->size);
    }
}

static void struct_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_print_str(p, "Struct(");
    kr_obj_print(p, struct_ptr(self)->fmt, KR_PRINT_REPR);
    kr_print_str(p, ")");
}

static const kr_map_elem_t struct_locals_table[] = {
    { KR_ROM_QSTR(iter_unpack), KR_ROM_PTR(&struct_m_iter_unpack_obj) },
    { KR_ROM_QSTR(pack), KR_ROM_PTR(&struct_m_pack_obj) },
    { KR_ROM_QSTR(pack_into), KR_ROM_PTR(&struct_m_pack_into_obj) },
    { KR_ROM_QSTR(unpack), KR_ROM_PTR(&struct_m_unpack_obj) },
    { KR_ROM_QSTR(unpack_from), KR_ROM_PTR(&struct_m_unpack_from_obj) },
};
static KR_DEFINE_CONST_DICT(struct_locals_dict, struct_locals_table);

static const kr_type_t struct_type = {
    .base = {&kr_type_type},
    .name = KR_QSTR_Struct,
    .print = struct_print,
    .make_new = struct_make_new,
    .attr = struct_attr,
    .locals_dict = &struct_locals_dict,
};

static const kr_map_elem_t struct_globals_table[] = {
    { KR_ROM_QSTR(Struct), KR_ROM_PTR(&struct_type) },
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(struct) },
    { KR_ROM_QSTR(calcsize), KR_ROM_PTR(&struct_calcsize_obj) },
    { KR_ROM_QSTR(error), KR_ROM_PTR(&kr_type_struct_error) },
    { KR_ROM_QSTR(iter_unpack), KR_ROM_PTR(&struct_iter_unpack_obj) },
    { KR_ROM_QSTR(pack), KR_ROM_PTR(&struct_pack_obj) },
    { KR_ROM_QSTR(pack_into), KR_ROM_PTR(&struct_pack_into_obj) },
    { KR_ROM_QSTR(unpack), KR_ROM_PTR(&struct_unpack_obj) },
    { KR_ROM_QSTR(unpack_from), KR_ROM_PTR(&struct_unpack_from_obj) },
};
static KR_DEFINE_CONST_DICT(struct_globals, struct_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_struct, struct_globals);

#endif /* KR_MODULE_STRUCT */
