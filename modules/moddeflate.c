/* moddeflate.c: the deflate module: DeflateIO streams that decompress (raw, zlib, gzip) what they read from, and compress what is written into, another stream. */
#include <errno.h>
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objstr.h"
#include "deflate.h"

#if KR_MODULE_DEFLATE

#define DEFAULT_WBITS (8)   /* 256-byte window: raw streams and compression when wbits is 0 */

typedef struct {
    kr_obj_base_t base;
    kr_obj_t stream;          /* KR_OBJ_NULL once closed */
    kr_obj_t readinto[3];     /* stream.readinto bound (fun, self) and its 1-byte bytearray */
    kr_deflate_inflate_t *rd; /* made at the first read */
    kr_deflate_compress_t *wr;/* made at the first write */
    uint8_t format, wbits;
    bool close_stream;
    bool bad_header;
} deflateio_t;

extern const kr_type_t kr_type_deflate_DeflateIO;

static deflateio_t *open_self(kr_obj_t o) {
    deflateio_t *d = KR_OBJ_TO_PTR(o);
    if (d->stream == KR_OBJ_NULL) {
        kr_raise_oserror(EINVAL);
    }
    return d;
}

/* ---------------------------------------------------------------- reading */

/* one byte of compressed input from stream.readinto; EOFError when the stream has no more */
static uint8_t stream_get_byte(void *ctx) {
    deflateio_t *d = ctx;
    kr_obj_t n = kr_call_method_n_kw(1, 0, d->readinto);
    if (n == KR_OBJ_NONE || kr_obj_get_int(n) < 1) {
        kr_raise_type(&kr_type_EOFError);
    }
    kr_buffer_info_t info;   /* (looked up again: the stream's code may have resized it) */
    kr_get_buffer_raise(d->readinto[2], &info, KR_BUFFER_READ);
    if (info.len < 1) {
        kr_raise_type(&kr_type_EOFError);
    }
    return ((const uint8_t *)info.buf)[0];
}

static kr_deflate_inflate_t *reader(deflateio_t *d) {
    if (d->bad_header) {
        kr_raise_oserror(EINVAL);
    }
    if (d->rd != NULL) {
        return d->rd;
    }
    kr_load_method(d->stream, KR_QSTR_readinto, d->readinto);
    d->readinto[2] = kr_obj_new_bytearray(1, NULL);
    kr_deflate_inflate_t *s = kr_gc_alloc(sizeof(kr_deflate_inflate_t), 0);
    s->get_byte = stream_get_byte;
    s->ctx = d;
    int wbits = d->wbits, format = d->format;
    if (format == KR_DEFLATE_RAW) {
        if (wbits == 0) {
            wbits = DEFAULT_WBITS;
        }
    } else {
        int header_wbits;
        format = kr_deflate_inflate_header(s, format, &header_wbits);
        if (format < 0) {
            d->bad_header = true;
            kr_raise_oserror(EINVAL);
        }
        if (wbits < header_wbits) {
            wbits = header_wbits;   /* a larger wbits given by the caller is kept */
        }
    }
    uint8_t *win = kr_gc_alloc((size_t)1 << wbits, KR_GC_FLAG_ATOMIC);
    kr_deflate_inflate_init(s, format, win, wbits);
    d->rd = s;
    return s;
}

static size_t read_some(deflateio_t *d, uint8_t *out, size_t n) {
    return n == 0 ? 0 : kr_deflate_inflate_read(reader(d), out, n);
}

static kr_obj_t deflateio_read(size_t n_args, const kr_obj_t *args) {
    deflateio_t *d = open_self(args[0]);
    kr_int_t want = n_args > 1 && args[1] != KR_OBJ_NONE ? kr_obj_get_int(args[1]) : -1;
    kr_vstr_t v;
    if (want >= 0) {
        kr_vstr_init(&v, (size_t)want);
        uint8_t *p = (uint8_t *)kr_vstr_extend(&v, (size_t)want);
        size_t got = 0;
        while (got < (size_t)want) {
            size_t k = read_some(d, p + got, (size_t)want - got);
            if (k == 0) {
                break;
            }
            got += k;
        }
        v.len = got;
        return kr_obj_new_bytes_from_vstr(&v);
    }
    kr_vstr_init(&v, 256);
    for (;;) {
        uint8_t *p = (uint8_t *)kr_vstr_extend(&v, 256);
        size_t k = read_some(d, p, 256);
        v.len -= 256 - k;
        if (k == 0) {
            break;
        }
    }
    return kr_obj_new_bytes_from_vstr(&v);
}
static KR_DEFINE_FUN_VAR(deflateio_read_obj, 1, 2, deflateio_read);

/* (decoded through a buffer of our own: the source stream's Python code runs while
 * decoding and could resize the caller's buffer) */
static kr_obj_t deflateio_readinto(size_t n_args, const kr_obj_t *args) {
    deflateio_t *d = open_self(args[0]);
    kr_buffer_info_t info;
    kr_get_buffer_raise(args[1], &info, KR_BUFFER_WRITE);
    size_t n = info.len;
    if (n_args > 2) {
        kr_int_t lim = kr_obj_get_int(args[2]);
        if (lim >= 0 && (size_t)lim < n) {
            n = (size_t)lim;
        }
    }
    size_t got = 0;
    uint8_t tmp[256];
    while (got < n) {
        size_t k = read_some(d, tmp, n - got < sizeof(tmp) ? n - got : sizeof(tmp));
        if (k == 0) {
            break;
        }
        kr_get_buffer_raise(args[1], &info, KR_BUFFER_WRITE);
        if (got + k > info.len) {
            k = got < info.len ? info.len - got : 0;
            n = got + k;   /* the buffer shrank: fill what is left of it */
        }
        memcpy((uint8_t *)info.buf + got, tmp, k);
        got += k;
    }
    return KR_NEW_SMALL_INT(got);
}
static KR_DEFINE_FUN_VAR(deflateio_readinto_obj, 2, 3, deflateio_readinto);

static kr_obj_t deflateio_readline(size_t n_args, const kr_obj_t *args) {
    deflateio_t *d = open_self(args[0]);
    kr_int_t limit = n_args > 1 && args[1] != KR_OBJ_NONE ? kr_obj_get_int(args[1]) : -1;
    kr_vstr_t v;
    kr_vstr_init(&v, 16);
    while (limit < 0 || (kr_int_t)v.len < limit) {
        uint8_t c;
        if (read_some(d, &c, 1) == 0) {
            break;
        }
        kr_vstr_add_byte(&v, c);
        if (c == '\n') {
            break;
        }
    }
    return kr_obj_new_bytes_from_vstr(&v);
}
static KR_DEFINE_FUN_VAR(deflateio_readline_obj, 1, 2, deflateio_readline);

static kr_obj_t deflateio_getiter(kr_obj_t self) {
    return self;
}

static kr_obj_t deflateio_iternext(kr_obj_t self) {
    kr_obj_t line = deflateio_readline(1, &self);
    size_t n;
    kr_obj_str_get_data(line, &n);
    return n == 0 ? KR_OBJ_NULL : line;
}

/* ---------------------------------------------------------------- writing */

static void stream_put(void *ctx, const uint8_t *data, size_t n) {
    deflateio_t *d = ctx;
    kr_obj_t b = kr_obj_new_bytes(data, n);
    kr_call_method(d->stream, KR_QSTR_write, 1, &b);
}

static kr_obj_t deflateio_write(kr_obj_t self, kr_obj_t data) {
    deflateio_t *d = open_self(self);
    kr_buffer_info_t info;
    kr_get_buffer_raise(data, &info, KR_BUFFER_READ);
    if (d->wr == NULL) {
        kr_deflate_compress_t *s = kr_gc_alloc(sizeof(kr_deflate_compress_t), 0);
        s->put = stream_put;
        s->ctx = d;
        kr_deflate_compress_init(s, d->format == KR_DEFLATE_AUTO ? KR_DEFLATE_RAW : d->format,
                                 d->wbits ? d->wbits : DEFAULT_WBITS);
        d->wr = s;
    }
    /* in pieces, the buffer looked up each time: the stream's write may change it */
    size_t len = info.len;
    for (size_t off = 0; off < len;) {
        kr_get_buffer_raise(data, &info, KR_BUFFER_READ);
        if (off >= info.len) {
            break;
        }
        size_t k = info.len - off < 512 ? info.len - off : 512;
        kr_deflate_compress_write(d->wr, (const uint8_t *)info.buf + off, k);
        off += k;
    }
    return KR_NEW_SMALL_INT(len);
}
static KR_DEFINE_FUN_2(deflateio_write_obj, deflateio_write);

static kr_obj_t deflateio_close(kr_obj_t self) {
    deflateio_t *d = KR_OBJ_TO_PTR(self);
    if (d->stream == KR_OBJ_NULL) {
        return KR_OBJ_NONE;
    }
    kr_obj_t stream = d->stream;
    if (d->wr != NULL) {
        kr_deflate_compress_t *wr = d->wr;
        d->wr = NULL;
        kr_deflate_compress_finish(wr);
    }
    d->stream = KR_OBJ_NULL;
    d->rd = NULL;
    if (d->close_stream) {
        kr_call_method(stream, KR_QSTR_close, 0, NULL);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(deflateio_close_obj, deflateio_close);

static kr_obj_t deflateio_enter(kr_obj_t self) {
    return self;
}
static KR_DEFINE_FUN_1(deflateio_enter_obj, deflateio_enter);

static kr_obj_t deflateio_exit(size_t n_args, const kr_obj_t *args) {
    return deflateio_close(args[0]);
}
static KR_DEFINE_FUN_VAR(deflateio_exit_obj, 4, 4, deflateio_exit);

/* DeflateIO(stream, format=AUTO, wbits=0, close=False, /) */
static kr_obj_t deflateio_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_arg_check_num(n_args, n_kw, 1, 4, false);
    kr_int_t format = n_args > 1 ? kr_obj_get_int(args[1]) : KR_DEFLATE_AUTO;
    if (format < KR_DEFLATE_AUTO || format > KR_DEFLATE_GZIP) {
        kr_raise_msg(&kr_type_ValueError, "format");
    }
    kr_int_t wbits = n_args > 2 ? kr_obj_get_int(args[2]) : 0;
    if (wbits != 0 && (wbits < 5 || wbits > 15)) {
        kr_raise_msg(&kr_type_ValueError, "wbits");
    }
    deflateio_t *d = kr_gc_alloc(sizeof(deflateio_t), 0);
    d->base.type = type;
    d->stream = args[0];
    d->format = (uint8_t)format;
    d->wbits = (uint8_t)wbits;
    d->close_stream = n_args > 3 && kr_obj_is_true(args[3]);
    return KR_OBJ_FROM_PTR(d);
}

static const kr_map_elem_t deflateio_locals_table[] = {
    { KR_ROM_QSTR(__enter__), KR_ROM_PTR(&deflateio_enter_obj) },
    { KR_ROM_QSTR(__exit__), KR_ROM_PTR(&deflateio_exit_obj) },
    { KR_ROM_QSTR(close), KR_ROM_PTR(&deflateio_close_obj) },
    { KR_ROM_QSTR(read), KR_ROM_PTR(&deflateio_read_obj) },
    { KR_ROM_QSTR(readinto), KR_ROM_PTR(&deflateio_readinto_obj) },
    { KR_ROM_QSTR(readline), KR_ROM_PTR(&deflateio_readline_obj) },
    { KR_ROM_QSTR(write), KR_ROM_PTR(&deflateio_write_obj) },
};
static KR_DEFINE_CONST_DICT(deflateio_locals_dict, deflateio_locals_table);

const kr_type_t kr_type_deflate_DeflateIO = {
    .base = {&kr_type_type},
    .name = KR_QSTR_DeflateIO,
    .make_new = deflateio_make_new,
    .getiter = deflateio_getiter,
    .iternext = deflateio_iternext,
    .locals_dict = &deflateio_locals_dict,
};

static const kr_map_elem_t deflate_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(deflate) },
    { KR_ROM_QSTR(AUTO), KR_ROM_INT(KR_DEFLATE_AUTO) },
    { KR_ROM_QSTR(DeflateIO), KR_ROM_PTR(&kr_type_deflate_DeflateIO) },
    { KR_ROM_QSTR(GZIP), KR_ROM_INT(KR_DEFLATE_GZIP) },
    { KR_ROM_QSTR(RAW), KR_ROM_INT(KR_DEFLATE_RAW) },
    { KR_ROM_QSTR(ZLIB), KR_ROM_INT(KR_DEFLATE_ZLIB) },
};
static KR_DEFINE_CONST_DICT(deflate_globals, deflate_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_deflate, deflate_globals);

#endif /* KR_MODULE_DEFLATE */
