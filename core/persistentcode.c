/* persistentcode.c: saving code objects to .kpy files and loading them back, with
 * header compatibility checks, a CRC over the body, and a bytecode verifier. */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "bytecode.h"
#include "gc.h"
#include "objint.h"
#include "unichar.h"
#include "code.h"
#include "persistentcode.h"

/* constant tags */
enum {
    PC_CONST_NONE, PC_CONST_FALSE, PC_CONST_TRUE, PC_CONST_ELLIPSIS,
    PC_CONST_INT,        /* zigzag varint (fits 64 bits) */
    PC_CONST_BIGINT,     /* decimal text */
    PC_CONST_FLOAT,      /* 8 bytes, IEEE 754 double, little-endian */
    PC_CONST_COMPLEX,    /* two doubles */
    PC_CONST_STR,        /* vuint len, UTF-8 bytes */
    PC_CONST_QSTR,       /* vuint index into the file's string table */
    PC_CONST_BYTES,      /* vuint len, bytes */
    PC_CONST_TUPLE,      /* vuint n, n constants */
    PC_CONST_FROZENSET,  /* vuint n, n constants */
    PC_CONST_CODE,       /* a nested code object */
    PC_CONST_NUM
};

uint8_t kr_persistentcode_small_int_bits;

#define PC_MAX_DEPTH (48)   /* nesting of tuples and code objects in a file */

uint32_t kr_persistentcode_crc32(uint32_t crc, const uint8_t *data, size_t len) {
    /* four bits at a time (the deflate module checksums whole gzip streams with this) */
    static const uint32_t nibble[16] = {
        0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
        0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
    };
    crc = ~crc;
    for (size_t i = 0; i < len; i++) {
        crc ^= data[i];
        crc = (crc >> 4) ^ nibble[crc & 15];
        crc = (crc >> 4) ^ nibble[crc & 15];
    }
    return ~crc;
}

/* ---------------------------------------------------------------- writing */

typedef struct _pc_writer_t {
    kr_vstr_t body;          /* the code objects */
    kr_qstr_t *qstrs;        /* the string table, in order of first use */
    size_t n_qstrs, alloc_qstrs;
    bool strip_lines;
    unsigned small_int_bits;
} pc_writer_t;

static void w_uint(kr_vstr_t *v, uint64_t x) {
    while (x >= 0x80) {
        kr_vstr_add_byte(v, (uint8_t)(x | 0x80));
        x >>= 7;
    }
    kr_vstr_add_byte(v, (uint8_t)x);
}

static void w_bytes(kr_vstr_t *v, const void *data, size_t len) {
    w_uint(v, len);
    kr_vstr_add_strn(v, data, len);
}

static void w_double(kr_vstr_t *v, double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof(u));
    for (int i = 0; i < 8; i++) {
        kr_vstr_add_byte(v, (uint8_t)(u >> (8 * i)));
    }
}

static void w_qstr(pc_writer_t *w, kr_qstr_t q) {
    size_t i;
    for (i = 0; i < w->n_qstrs; i++) {
        if (w->qstrs[i] == q) {
            break;
        }
    }
    if (i == w->n_qstrs) {
        if (w->n_qstrs == w->alloc_qstrs) {
            w->alloc_qstrs = w->alloc_qstrs ? w->alloc_qstrs * 2 : 64;
            w->qstrs = kr_gc_realloc(w->qstrs, w->alloc_qstrs * sizeof(kr_qstr_t));
        }
        w->qstrs[w->n_qstrs++] = q;
    }
    w_uint(&w->body, i);
}

static void w_code(pc_writer_t *w, const kr_code_t *code, int depth);

static void w_const(pc_writer_t *w, kr_obj_t o, int depth) {
    kr_vstr_t *v = &w->body;
    if (depth > PC_MAX_DEPTH) {
        kr_raise_msg(&kr_type_ValueError, "constant nested too deeply for a .kpy file");
    }
    if (o == KR_OBJ_NONE || o == KR_OBJ_FALSE || o == KR_OBJ_TRUE || o == KR_OBJ_ELLIPSIS) {
        kr_vstr_add_byte(v, o == KR_OBJ_NONE ? PC_CONST_NONE : o == KR_OBJ_FALSE ? PC_CONST_FALSE
                         : o == KR_OBJ_TRUE ? PC_CONST_TRUE : PC_CONST_ELLIPSIS);
    } else if (KR_IS_QSTR(o)) {
        kr_vstr_add_byte(v, PC_CONST_QSTR);
        w_qstr(w, KR_QSTR_VALUE(o));
    } else if (KR_IS_SMALL_INT(o) || kr_obj_is_type(o, &kr_type_int)) {
        kr_int_t x;
        if (kr_obj_int_get_checked(o, &x)) {
            kr_vstr_add_byte(v, PC_CONST_INT);
            uint64_t z = x < 0 ? ((uint64_t)(-(x + 1)) << 1) | 1 : (uint64_t)x << 1;
            w_uint(v, z);
        } else {
            kr_vstr_add_byte(v, PC_CONST_BIGINT);
            kr_vstr_t t;
            kr_vstr_init(&t, 32);
            kr_obj_int_format(&t, o, 10, "", false);
            w_bytes(v, t.buf, t.len);
            kr_vstr_clear(&t);
        }
    } else if (kr_obj_is_type(o, &kr_type_float)) {
        kr_vstr_add_byte(v, PC_CONST_FLOAT);
        w_double(v, kr_obj_float_get(o));
#if KR_FEATURE_COMPLEX
    } else if (kr_obj_is_type(o, &kr_type_complex)) {
        double re, im;
        kr_obj_complex_get(o, &re, &im);
        kr_vstr_add_byte(v, PC_CONST_COMPLEX);
        w_double(v, re);
        w_double(v, im);
#endif
    } else if (kr_obj_is_type(o, &kr_type_str) || kr_obj_is_type(o, &kr_type_bytes)) {
        const kr_obj_str_t *s = KR_OBJ_TO_PTR(o);
        kr_vstr_add_byte(v, kr_obj_is_type(o, &kr_type_str) ? PC_CONST_STR : PC_CONST_BYTES);
        w_bytes(v, s->data, s->len);
    } else if (kr_obj_is_type(o, &kr_type_tuple) || kr_obj_is_type(o, &kr_type_frozenset)) {
        bool is_tuple = kr_obj_is_type(o, &kr_type_tuple);
        kr_obj_t items = is_tuple ? o : kr_obj_tuple_from_iter(o);
        const kr_obj_tuple_t *t = KR_OBJ_TO_PTR(items);
        kr_vstr_add_byte(v, is_tuple ? PC_CONST_TUPLE : PC_CONST_FROZENSET);
        w_uint(v, t->len);
        for (size_t i = 0; i < t->len; i++) {
            w_const(w, t->items[i], depth + 1);
        }
    } else if (kr_obj_is_type(o, &kr_type_code)) {
        kr_vstr_add_byte(v, PC_CONST_CODE);
        w_code(w, KR_OBJ_TO_PTR(o), depth + 1);
    } else {
        kr_raise_fmt(&kr_type_ValueError, "can't save constant of type '%s' in a .kpy file", kr_obj_type_name(o));
    }
}

static void w_code(pc_writer_t *w, const kr_code_t *code, int depth) {
    kr_vstr_t *v = &w->body;
    if (depth > PC_MAX_DEPTH) {
        kr_raise_msg(&kr_type_ValueError, "code nested too deeply for a .kpy file");
    }
    w_uint(v, code->flags & ~KR_CODE_FLAG_FROZEN);
    w_uint(v, code->n_pos_args);
    w_uint(v, code->n_posonly_args);
    w_uint(v, code->n_kwonly_args);
    w_uint(v, code->n_locals);
    w_uint(v, code->n_free);
    w_uint(v, code->n_cell_slots);
    w_uint(v, code->stack_size);
    w_uint(v, code->block_depth);
    w_uint(v, code->first_line);
    w_qstr(w, code->name);
    w_qstr(w, code->filename);
    w_bytes(v, code->bytecode, code->bytecode_len);
    if (w->strip_lines) {
        w_uint(v, 0);
    } else {
        w_bytes(v, code->line_info, code->line_info_len);
    }
    w_uint(v, code->n_names);
    for (size_t i = 0; i < code->n_names; i++) {
        w_qstr(w, KR_QSTR_VALUE(code->names[i]));
    }
    for (size_t i = 0; i < code->n_locals; i++) {
        w_qstr(w, code->local_names ? KR_QSTR_VALUE(code->local_names[i]) : KR_QSTR_empty);
    }
    for (size_t i = 0; i < code->n_cell_slots; i++) {
        w_uint(v, code->cell_slots[i]);
    }
    w_uint(v, code->n_consts);
    for (size_t i = 0; i < code->n_consts; i++) {
        w_const(w, code->consts[i], depth);
    }
}

void kr_persistentcode_save(const kr_code_t *code, kr_vstr_t *out, unsigned small_int_bits,
                            unsigned opt_level, bool strip_lines) {
    pc_writer_t w;
    memset(&w, 0, sizeof(w));
    kr_vstr_init(&w.body, 256);
    w.strip_lines = strip_lines;
    w.small_int_bits = small_int_bits;
    w_code(&w, code, 0);
    /* body = string table + code */
    kr_vstr_t body;
    kr_vstr_init(&body, w.body.len + 16 * w.n_qstrs + 8);
    w_uint(&body, w.n_qstrs);
    for (size_t i = 0; i < w.n_qstrs; i++) {
        size_t len;
        const char *s = kr_qstr_data(w.qstrs[i], &len);
        w_bytes(&body, s, len);
    }
    kr_vstr_add_strn(&body, w.body.buf, w.body.len);
    kr_vstr_clear(&w.body);
    kr_gc_free(w.qstrs);
    uint8_t hdr[KR_PERSISTENTCODE_HEADER_SIZE];
    memcpy(hdr, KR_PERSISTENTCODE_MAGIC, 3);
    hdr[3] = KR_PERSISTENTCODE_VERSION;
    hdr[4] = strip_lines ? KR_PERSISTENTCODE_FLAG_NO_LINES : 0;
    hdr[5] = (uint8_t)small_int_bits;
    hdr[6] = (uint8_t)opt_level;
    hdr[7] = (uint8_t)KR_OP_NUM;
    uint32_t blen = (uint32_t)body.len;
    uint32_t crc = kr_persistentcode_crc32(0, (const uint8_t *)body.buf, body.len);
    for (int i = 0; i < 4; i++) {
        hdr[8 + i] = (uint8_t)(blen >> (8 * i));
        hdr[12 + i] = (uint8_t)(crc >> (8 * i));
    }
    kr_vstr_add_strn(out, (const char *)hdr, sizeof(hdr));
    kr_vstr_add_strn(out, body.buf, body.len);
    kr_vstr_clear(&body);
}

/* ---------------------------------------------------------------- reading */

typedef struct _pc_reader_t {
    const uint8_t *p, *end;
    kr_qstr_t *qstrs;
    size_t n_qstrs;
} pc_reader_t;

_Noreturn static void corrupt(void) {
    kr_raise_msg(&kr_type_ValueError, "corrupt .kpy file");
}

/* str data is UTF-8 as Krait keeps it: lone surrogates in their 3-byte form are allowed. */
static bool str_data_ok(const uint8_t *d, size_t len) {
    size_t off = 0;
    while (off < len) {
        const char *reason;
        size_t bad_len;
        size_t pos = kr_unichar_utf8_check(d + off, len - off, &reason, &bad_len);
        if (pos == SIZE_MAX) {
            return true;
        }
        off += pos;
        if (!kr_unichar_is_utf8_surrogate(d + off, len - off)) {
            return false;
        }
        off += 3;
    }
    return true;
}

static uint64_t r_uint(pc_reader_t *r) {
    uint64_t v = 0;
    unsigned shift = 0;
    for (;;) {
        if (r->p >= r->end || shift > 63) {
            corrupt();
        }
        uint8_t b = *r->p++;
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            return v;
        }
        shift += 7;
    }
}

/* a count or size that must fit both the remaining data (one byte per item at least) and a limit */
static size_t r_count(pc_reader_t *r, size_t limit) {
    uint64_t v = r_uint(r);
    if (v > limit || v > (uint64_t)(r->end - r->p)) {
        corrupt();
    }
    return (size_t)v;
}

static const uint8_t *r_data(pc_reader_t *r, size_t len) {
    if ((size_t)(r->end - r->p) < len) {
        corrupt();
    }
    const uint8_t *d = r->p;
    r->p += len;
    return d;
}

static double r_double(pc_reader_t *r) {
    const uint8_t *d = r_data(r, 8);
    uint64_t u = 0;
    for (int i = 0; i < 8; i++) {
        u |= (uint64_t)d[i] << (8 * i);
    }
    double x;
    memcpy(&x, &u, sizeof(x));
    return x;
}

static kr_qstr_t r_qstr(pc_reader_t *r) {
    uint64_t i = r_uint(r);
    if (i >= r->n_qstrs) {
        corrupt();
    }
    return r->qstrs[i];
}

static uint16_t r_u16(pc_reader_t *r) {
    uint64_t v = r_uint(r);
    if (v > 0xffff) {
        corrupt();
    }
    return (uint16_t)v;
}

static void *r_copy(const void *src, size_t n, unsigned flags) {
    if (n == 0) {
        return NULL;
    }
    void *p = kr_gc_alloc(n, flags);
    memcpy(p, src, n);
    return p;
}

static kr_obj_t r_code(pc_reader_t *r, int depth);

static kr_obj_t r_const(pc_reader_t *r, int depth) {
    if (depth > PC_MAX_DEPTH) {
        corrupt();
    }
    uint8_t tag = *r_data(r, 1);
    switch (tag) {
        case PC_CONST_NONE:
            return KR_OBJ_NONE;
        case PC_CONST_FALSE:
            return KR_OBJ_FALSE;
        case PC_CONST_TRUE:
            return KR_OBJ_TRUE;
        case PC_CONST_ELLIPSIS:
            return KR_OBJ_ELLIPSIS;
        case PC_CONST_INT: {
            uint64_t z = r_uint(r);
            long long x = (z & 1) ? -(long long)(z >> 1) - 1 : (long long)(z >> 1);
            return kr_obj_new_int_from_ll(x);
        }
        case PC_CONST_BIGINT: {
            size_t len = r_count(r, 1 << 20);
            const uint8_t *d = r_data(r, len);
            if (len == 0) {
                corrupt();
            }
            for (size_t i = 0; i < len; i++) {
                if (!((d[i] >= '0' && d[i] <= '9') || (i == 0 && d[i] == '-' && len > 1))) {
                    corrupt();
                }
            }
            return kr_obj_int_from_str((const char *)d, len, 10);
        }
        case PC_CONST_FLOAT:
            return kr_obj_new_float(r_double(r));
#if KR_FEATURE_COMPLEX
        case PC_CONST_COMPLEX: {
            double re = r_double(r);
            double im = r_double(r);
            return kr_obj_new_complex(re, im);
        }
#endif
        case PC_CONST_STR:
        case PC_CONST_BYTES: {
            size_t len = r_count(r, SIZE_MAX);
            const uint8_t *d = r_data(r, len);
            if (tag == PC_CONST_BYTES) {
                return kr_obj_new_bytes(d, len);
            }
            if (!str_data_ok(d, len)) {
                corrupt();
            }
            return kr_obj_new_str((const char *)d, len);
        }
        case PC_CONST_QSTR:
            return KR_NEW_QSTR(r_qstr(r));
        case PC_CONST_TUPLE:
        case PC_CONST_FROZENSET: {
            size_t n = r_count(r, 0xffffff);
            kr_obj_t t = kr_obj_new_tuple(n, NULL);
            kr_obj_tuple_t *tp = KR_OBJ_TO_PTR(t);
            for (size_t i = 0; i < n; i++) {
                tp->items[i] = r_const(r, depth + 1);
            }
            if (tag == PC_CONST_FROZENSET) {
                for (size_t i = 0; i < n; i++) {
                    kr_obj_hash(tp->items[i]);   /* hashable constants only */
                }
                return kr_obj_new_frozenset(n, tp->items);
            }
            return t;
        }
        case PC_CONST_CODE:
            return r_code(r, depth + 1);
        default:
            corrupt();
    }
}

static kr_obj_t r_code(pc_reader_t *r, int depth) {
    if (depth > PC_MAX_DEPTH) {
        corrupt();
    }
    kr_code_t *code = KR_OBJ_TO_PTR(kr_code_new());
    code->flags = r_u16(r);
    if (code->flags & KR_CODE_FLAG_FROZEN) {
        corrupt();
    }
    code->n_pos_args = r_u16(r);
    code->n_posonly_args = r_u16(r);
    code->n_kwonly_args = r_u16(r);
    code->n_locals = r_u16(r);
    code->n_free = r_u16(r);
    code->n_cell_slots = r_u16(r);
    code->stack_size = r_u16(r);
    code->block_depth = r_u16(r);
    uint64_t first_line = r_uint(r);
    if (first_line > 0x7fffffff) {
        corrupt();
    }
    code->first_line = (uint32_t)first_line;
    code->name = r_qstr(r);
    code->filename = r_qstr(r);
    size_t bc_len = r_count(r, 0x7fffffff);
    code->bytecode = r_copy(r_data(r, bc_len), bc_len, KR_GC_FLAG_ATOMIC);
    code->bytecode_len = (uint32_t)bc_len;
    size_t li_len = r_count(r, 0x7fffffff);
    code->line_info = r_copy(r_data(r, li_len), li_len, KR_GC_FLAG_ATOMIC);
    code->line_info_len = (uint32_t)li_len;
    code->n_names = (uint16_t)r_count(r, 0xffff);
    if (code->n_names > 0) {
        kr_obj_t *names = kr_gc_alloc(code->n_names * sizeof(kr_obj_t), KR_GC_FLAG_ATOMIC);
        for (size_t i = 0; i < code->n_names; i++) {
            names[i] = KR_NEW_QSTR(r_qstr(r));
        }
        code->names = names;
    }
    if (code->n_locals > 0) {
        kr_obj_t *ln = kr_gc_alloc(code->n_locals * sizeof(kr_obj_t), KR_GC_FLAG_ATOMIC);
        for (size_t i = 0; i < code->n_locals; i++) {
            ln[i] = KR_NEW_QSTR(r_qstr(r));
        }
        code->local_names = ln;
        if (code->n_pos_args + code->n_kwonly_args > 0) {
            code->arg_names = ln;
        }
    }
    if (code->n_cell_slots > 0) {
        uint16_t *cells = kr_gc_alloc(code->n_cell_slots * sizeof(uint16_t), KR_GC_FLAG_ATOMIC);
        for (size_t i = 0; i < code->n_cell_slots; i++) {
            cells[i] = r_u16(r);
        }
        code->cell_slots = cells;
    }
    code->n_consts = (uint16_t)r_count(r, 0xffff);
    if (code->n_consts > 0) {
        kr_obj_t *consts = kr_gc_alloc(code->n_consts * sizeof(kr_obj_t), 0);
        code->consts = consts;
        for (size_t i = 0; i < code->n_consts; i++) {
            consts[i] = r_const(r, depth);
        }
    }
    kr_persistentcode_verify(code);
    return KR_OBJ_FROM_PTR(code);
}

kr_obj_t kr_persistentcode_load(const uint8_t *data, size_t len) {
    if (len < 4 || memcmp(data, KR_PERSISTENTCODE_MAGIC, 3) != 0) {
        kr_raise_msg(&kr_type_ValueError, "incompatible .kpy file");
    }
    if (len < KR_PERSISTENTCODE_HEADER_SIZE) {
        corrupt();
    }
    if (data[3] != KR_PERSISTENTCODE_VERSION || (data[4] & ~KR_PERSISTENTCODE_FLAGS_KNOWN) != 0
        || data[5] > KR_PERSISTENTCODE_NATIVE_SMALL_INT_BITS || data[5] < 15 || data[7] != KR_OP_NUM) {
        kr_raise_msg(&kr_type_ValueError, "incompatible .kpy file");
    }
    uint32_t blen = 0, crc = 0;
    for (int i = 0; i < 4; i++) {
        blen |= (uint32_t)data[8 + i] << (8 * i);
        crc |= (uint32_t)data[12 + i] << (8 * i);
    }
    const uint8_t *body = data + KR_PERSISTENTCODE_HEADER_SIZE;
    if (blen != len - KR_PERSISTENTCODE_HEADER_SIZE || kr_persistentcode_crc32(0, body, blen) != crc) {
        corrupt();
    }
    pc_reader_t r = {body, body + blen, NULL, 0};
    r.n_qstrs = r_count(&r, 0xffffff);
    r.qstrs = kr_gc_alloc((r.n_qstrs ? r.n_qstrs : 1) * sizeof(kr_qstr_t), KR_GC_FLAG_ATOMIC);
    for (size_t i = 0; i < r.n_qstrs; i++) {
        size_t slen = r_count(&r, 0xffff);
        const uint8_t *s = r_data(&r, slen);
        if (!str_data_ok(s, slen)) {
            corrupt();
        }
        r.qstrs[i] = kr_qstr_from_strn((const char *)s, slen);
    }
    kr_obj_t code = r_code(&r, 0);
    if (r.p != r.end) {
        corrupt();
    }
    kr_gc_free(r.qstrs);
    return code;
}

/* ---------------------------------------------------------------- verifier */

static bool is_cell_or_free(const kr_code_t *code, kr_uint_t slot) {
    if (slot >= (kr_uint_t)(code->n_locals - code->n_free) && slot < code->n_locals) {
        return true;
    }
    for (size_t i = 0; i < code->n_cell_slots; i++) {
        if (code->cell_slots[i] == slot) {
            return true;
        }
    }
    return false;
}

_Noreturn static void bad_code(void) {
    kr_raise_msg(&kr_type_ValueError, "corrupt .kpy file");
}

void kr_persistentcode_verify(const kr_code_t *code) {
    size_t n_params = (size_t)code->n_pos_args + code->n_kwonly_args
        + ((code->flags & KR_CODE_FLAG_VARARGS) ? 1 : 0) + ((code->flags & KR_CODE_FLAG_VARKW) ? 1 : 0);
    if (code->n_posonly_args > code->n_pos_args || n_params > code->n_locals || code->n_free > code->n_locals
        || code->n_cell_slots > code->n_locals || code->bytecode_len == 0) {
        bad_code();
    }
    for (size_t i = 0; i < code->n_cell_slots; i++) {
        if (code->cell_slots[i] >= code->n_locals) {
            bad_code();
        }
    }
    size_t need = ((code->flags & KR_CODE_FLAG_HAS_DOC) ? 1 : 0) + ((code->flags & KR_CODE_FLAG_HAS_QUALNAME) ? 1 : 0);
    if (code->n_consts < need) {
        bad_code();
    }
    /* the line table: pairs of varints, entirely inside the table */
    const uint8_t *lp = code->line_info, *lend = lp + code->line_info_len;
    int n_varints = 0;
    while (lp < lend) {
        const uint8_t *start = lp;
        while (lp < lend && (*lp & 0x80)) {
            lp++;
        }
        if (lp >= lend || lp - start >= 9) {
            bad_code();
        }
        lp++;
        n_varints++;
    }
    if (n_varints & 1) {
        bad_code();
    }
    const uint8_t *bc = code->bytecode, *ip = bc, *end = bc + code->bytecode_len;
    while (ip < end) {
        uint8_t op = *ip++;
        if (op >= KR_OP_NUM) {
            bad_code();
        }
        kr_uint_t u = 0;
        switch (kr_opcode_operand[op]) {
            case 'U':
            case 'S': {
                unsigned shift = 0;
                uint8_t b;
                do {
                    if (ip >= end || shift >= sizeof(kr_uint_t) * 8) {
                        bad_code();
                    }
                    b = *ip++;
                    u |= (kr_uint_t)(b & 0x7f) << shift;
                    shift += 7;
                } while (b & 0x80);
                if (kr_opcode_operand[op] == 'S') {
                    /* zigzag value must be a small int: |v| < 2**(bits-1) */
                    if ((u >> 1) > (kr_uint_t)KR_SMALL_INT_MAX) {
                        bad_code();
                    }
                }
                break;
            }
            case 'J': {
                if (end - ip < 2) {
                    bad_code();
                }
                int16_t rel = (int16_t)(ip[0] | (ip[1] << 8));
                ip += 2;
                long target = (long)(ip - bc) + rel;
                if (target < 0 || target > (long)code->bytecode_len) {
                    bad_code();
                }
                break;
            }
            default:
                break;
        }
        switch (op) {
            case KR_OP_UNARY_OP:
                if (u >= KR_UNARY_OP_NUM) {
                    bad_code();
                }
                break;
            case KR_OP_BINARY_OP:
                if (u >= KR_BINARY_OP_NUM) {
                    bad_code();
                }
                break;
            case KR_OP_LOAD_CONST:
                if (u >= code->n_consts) {
                    bad_code();
                }
                break;
            case KR_OP_LOAD_NAME: case KR_OP_STORE_NAME: case KR_OP_DELETE_NAME:
            case KR_OP_LOAD_GLOBAL: case KR_OP_STORE_GLOBAL: case KR_OP_DELETE_GLOBAL:
            case KR_OP_LOAD_ATTR: case KR_OP_STORE_ATTR: case KR_OP_DELETE_ATTR:
            case KR_OP_LOAD_METHOD: case KR_OP_IMPORT_NAME: case KR_OP_IMPORT_FROM:
                if (u >= code->n_names) {
                    bad_code();
                }
                break;
            case KR_OP_LOAD_FAST: case KR_OP_STORE_FAST: case KR_OP_DELETE_FAST:
                if (u >= code->n_locals) {
                    bad_code();
                }
                break;
            case KR_OP_LOAD_DEREF: case KR_OP_STORE_DEREF: case KR_OP_DELETE_DEREF: case KR_OP_LOAD_CLOSURE:
                if (u >= code->n_locals || !is_cell_or_free(code, u)) {
                    bad_code();
                }
                break;
            default:
                break;
        }
    }
}
