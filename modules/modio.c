/* modio.c: the io module (in-memory streams StringIO and BytesIO, with CPython's methods and errors). */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objstr.h"
#include "objiter.h"
#include "objlist.h"
#include "modbuiltins.h"

#if KR_MODULE_IO

/* Both stream types keep their contents as bytes (UTF-8 for StringIO). `pos` is a byte
 * offset; for StringIO, positions seen from Python are code points and are converted. */
typedef struct {
    kr_obj_base_t base;
    uint8_t *buf;
    size_t len, alloc, pos;
    bool closed;
    bool text;
} iobuf_t;

extern const kr_type_t kr_type_io_StringIO, kr_type_io_BytesIO, kr_type_io_IOBase;

static iobuf_t *io_ptr(kr_obj_t o) {
    return KR_OBJ_TO_PTR(o);
}

static iobuf_t *io_open(kr_obj_t o) {
    iobuf_t *s = io_ptr(o);
    if (s->closed) {
        /* (CPython's two messages differ by the final period) */
        kr_raise_msg(&kr_type_ValueError, s->text ? "I/O operation on closed file" : "I/O operation on closed file.");
    }
    return s;
}

static void io_reserve(iobuf_t *s, size_t n) {
    if (n > s->alloc) {
        size_t a = s->alloc ? s->alloc : 16;
        while (a < n) {
            a *= 2;
        }
        uint8_t *nb = kr_gc_alloc(a, KR_GC_FLAG_ATOMIC);
        if (s->len > 0) {
            memcpy(nb, s->buf, s->len);
        }
        s->buf = nb;
        s->alloc = a;
    }
}

/* write data at pos, padding with zero bytes if pos is past the end */
static void io_write_bytes(iobuf_t *s, const uint8_t *data, size_t n) {
    if (n == 0) {
        return;   /* as CPython: an empty write past the end does not pad */
    }
    size_t end = s->pos + n;
    io_reserve(s, end);
    if (s->pos > s->len) {
        memset(s->buf + s->len, 0, s->pos - s->len);
    }
    memmove(s->buf + s->pos, data, n);
    s->pos = end;
    if (end > s->len) {
        s->len = end;
    }
}

/* code points in buf[a, b) */
static size_t utf8_count(const uint8_t *p, size_t a, size_t b) {
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        n += (p[i] & 0xc0) != 0x80;
    }
    return n;
}

/* byte offset after advancing n code points from byte offset a (clamped at len) */
static size_t utf8_advance(const uint8_t *p, size_t a, size_t len, size_t n) {
    while (a < len && n > 0) {
        a++;
        while (a < len && (p[a] & 0xc0) == 0x80) {
            a++;
        }
        n--;
    }
    return a;
}

static kr_obj_t io_make_result(iobuf_t *s, size_t a, size_t b) {
    const uint8_t *d = b > a ? s->buf + a : (const uint8_t *)"";
    if (s->text) {
        return kr_obj_new_str((const char *)d, b - a);
    }
    return kr_obj_new_bytes(d, b - a);
}

static kr_obj_t io_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    bool text = kr_type_is_subtype(type, &kr_type_io_StringIO) || type == &kr_type_io_StringIO;
    if (n_args + n_kw > 2 || (!text && n_args + n_kw > 1)) {
        kr_raise_fmt(&kr_type_TypeError, "%s() takes at most %d arguments (%u given)", text ? "StringIO" : "BytesIO",
                     text ? 2 : 1, (unsigned)(n_args + n_kw));
    }
    kr_obj_t init = KR_OBJ_NONE;
    if (n_args > 0) {
        init = args[0];
    }
    for (size_t i = 0; i < n_kw; i++) {
        kr_qstr_t k = kr_obj_str_get_qstr(args[n_args + 2 * i]);
        if (k == KR_QSTR_initial_value || k == KR_QSTR_initial_bytes) {
            init = args[n_args + 2 * i + 1];
        } else if (!(text && k == KR_QSTR_newline)) {
            kr_raise_fmt(&kr_type_TypeError, "'%s' is an invalid keyword argument for %s()", kr_qstr_str(k),
                         text ? "StringIO" : "BytesIO");
        }
    }
    iobuf_t *s = kr_gc_alloc(sizeof(iobuf_t), 0);
    s->base.type = type;
    s->text = text;
    if (init == KR_OBJ_NONE) {
        return KR_OBJ_FROM_PTR(s);
    }
    if (KR_IS_SMALL_INT(init) && KR_SMALL_INT_VALUE(init) >= 0) {
        io_reserve(s, (size_t)KR_SMALL_INT_VALUE(init));   /* MicroPython: preallocate */
        return KR_OBJ_FROM_PTR(s);
    }
    size_t n;
    const uint8_t *d;
    if (text) {
        if (!kr_obj_is_str(init)) {
            kr_raise_fmt(&kr_type_TypeError, "initial_value must be str or None, not %s", kr_obj_type_name(init));
        }
        d = (const uint8_t *)kr_obj_str_get_data(init, &n);
    } else {
        d = kr_obj_str_bytes_data(init, &n);
    }
    io_write_bytes(s, d, n);
    s->pos = 0;
    return KR_OBJ_FROM_PTR(s);
}

static void io_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_printf(p, "<_io.%s object>", kr_qstr_str(kr_obj_get_type(self)->name));
}

/* size argument: None or negative = all */
static bool io_size_arg(size_t n_args, const kr_obj_t *args, size_t *size) {
    if (n_args < 2 || args[1] == KR_OBJ_NONE) {
        return false;
    }
    kr_int_t n = kr_obj_get_index(args[1]);
    if (n < 0) {
        return false;
    }
    *size = (size_t)n;
    return true;
}

static kr_obj_t io_read(size_t n_args, const kr_obj_t *args) {
    iobuf_t *s = io_open(args[0]);
    size_t size = 0, start = s->pos < s->len ? s->pos : s->len, end = s->len;
    if (io_size_arg(n_args, args, &size)) {
        end = s->text ? utf8_advance(s->buf, start, s->len, size) : (size < s->len - start ? start + size : s->len);
    }
    if (s->pos < s->len) {
        s->pos = end;
    }
    return io_make_result(s, start, end);
}
static KR_DEFINE_FUN_VAR(io_read_obj, 1, 2, io_read);

static kr_obj_t io_readline(size_t n_args, const kr_obj_t *args) {
    iobuf_t *s = io_open(args[0]);
    size_t size = 0, start = s->pos < s->len ? s->pos : s->len, end = start;
    bool limited = io_size_arg(n_args, args, &size);
    size_t count = 0;
    while (end < s->len && (!limited || count < size)) {
        uint8_t c = s->buf[end++];
        if (s->text) {
            while (end < s->len && (s->buf[end] & 0xc0) == 0x80) {
                end++;
            }
        }
        count++;
        if (c == '\n') {
            break;
        }
    }
    if (s->pos < s->len) {
        s->pos = end;
    }
    return io_make_result(s, start, end);
}
static KR_DEFINE_FUN_VAR(io_readline_obj, 1, 2, io_readline);

static kr_obj_t io_readlines(size_t n_args, const kr_obj_t *args) {
    io_open(args[0]);
    kr_obj_t list = kr_obj_new_list(0, NULL);
    size_t hint = 0, total = 0;
    bool limited = io_size_arg(n_args, args, &hint) && hint > 0;
    for (;;) {
        kr_obj_t line = io_readline(1, args);
        size_t n;
        kr_obj_str_get_data(line, &n);
        if (n == 0) {
            break;
        }
        kr_obj_list_append(list, line);
        total += n;
        if (limited && total >= hint) {
            break;
        }
    }
    return list;
}
static KR_DEFINE_FUN_VAR(io_readlines_obj, 1, 2, io_readlines);

static kr_obj_t io_readinto(kr_obj_t self, kr_obj_t buf) {
    iobuf_t *s = io_open(self);
    kr_buffer_info_t info;
    if (kr_get_buffer(buf, &info, KR_BUFFER_WRITE) != 0) {
        kr_raise_fmt(&kr_type_TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                     kr_obj_type_name(buf));
    }
    size_t avail = s->pos < s->len ? s->len - s->pos : 0;
    size_t n = info.len < avail ? info.len : avail;
    if (n > 0) {
        memcpy(info.buf, s->buf + s->pos, n);
        s->pos += n;
    }
    return KR_NEW_SMALL_INT(n);
}
static KR_DEFINE_FUN_2(io_readinto_obj, io_readinto);

static kr_obj_t io_write(kr_obj_t self, kr_obj_t data) {
    iobuf_t *s = io_open(self);
    size_t n;
    const uint8_t *d;
    if (s->text) {
        if (!kr_obj_is_str(data)) {
            kr_raise_fmt(&kr_type_TypeError, "string argument expected, got '%s'", kr_obj_type_name(data));
        }
        d = (const uint8_t *)kr_obj_str_get_data(data, &n);
        size_t chars = utf8_count(d, 0, n);
        if (s->pos < s->len) {
            /* overwrite whole code points: replace as many as are written */
            size_t end = utf8_advance(s->buf, s->pos, s->len, chars);
            size_t tail = s->len - end;
            uint8_t *rest = NULL;
            if (tail > 0) {
                rest = kr_gc_alloc(tail, KR_GC_FLAG_ATOMIC);
                memcpy(rest, s->buf + end, tail);
            }
            s->len = s->pos;
            io_write_bytes(s, d, n);
            size_t keep = s->pos;
            if (tail > 0) {
                io_write_bytes(s, rest, tail);
            }
            s->pos = keep;
        } else {
            io_write_bytes(s, d, n);
        }
        return KR_NEW_SMALL_INT(chars);
    }
    kr_buffer_info_t info;
    if (kr_get_buffer(data, &info, KR_BUFFER_READ) != 0) {
        kr_raise_fmt(&kr_type_TypeError, "a bytes-like object is required, not '%s'", kr_obj_type_name(data));
    }
    io_write_bytes(s, info.buf, info.len);
    return KR_NEW_SMALL_INT(info.len);
}
static KR_DEFINE_FUN_2(io_write_obj, io_write);

static kr_obj_t io_writelines(kr_obj_t self, kr_obj_t lines) {
    io_open(self);
    kr_obj_t it = kr_getiter(lines), x;
    while ((x = kr_iternext(it)) != KR_OBJ_NULL) {
        io_write(self, x);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(io_writelines_obj, io_writelines);

static kr_obj_t io_getvalue(kr_obj_t self) {
    iobuf_t *s = io_open(self);
    return io_make_result(s, 0, s->len);
}
static KR_DEFINE_FUN_1(io_getvalue_obj, io_getvalue);

static kr_obj_t io_tell_value(iobuf_t *s) {
    if (!s->text) {
        return kr_obj_new_int_from_uint(s->pos);
    }
    if (s->pos <= s->len) {
        return kr_obj_new_int_from_uint(utf8_count(s->buf, 0, s->pos));
    }
    return kr_obj_new_int_from_uint(utf8_count(s->buf, 0, s->len) + (s->pos - s->len));
}

static kr_obj_t io_tell(kr_obj_t self) {
    return io_tell_value(io_open(self));
}
static KR_DEFINE_FUN_1(io_tell_obj, io_tell);

static kr_obj_t io_seek(size_t n_args, const kr_obj_t *args) {
    iobuf_t *s = io_open(args[0]);
    kr_int_t off = kr_obj_get_index(args[1]);
    kr_int_t whence = n_args > 2 ? kr_obj_get_int(args[2]) : 0;
    if (whence < 0 || whence > 2) {
        kr_raise_fmt(&kr_type_ValueError, "%s whence (%ld, should be 0, 1 or 2)", s->text ? "Invalid" : "invalid",
                     (long)whence);
    }
    if (s->text) {
        if (whence != 0 && off != 0) {
            kr_raise_msg(&kr_type_OSError, "Can't do nonzero cur-relative seeks");   /* as CPython 3.11 */
        }
        if (whence == 0 && off < 0) {
            kr_raise_fmt(&kr_type_ValueError, "Negative seek position %ld", (long)off);
        }
        if (whence == 2) {
            s->pos = s->len;
        } else if (whence == 0) {
            size_t chars = utf8_count(s->buf, 0, s->len);
            if ((size_t)off <= chars) {
                s->pos = utf8_advance(s->buf, 0, s->len, (size_t)off);
            } else {
                s->pos = s->len + ((size_t)off - chars);
            }
        }
        return io_tell_value(s);
    }
    kr_int_t base = whence == 0 ? 0 : whence == 1 ? (kr_int_t)s->pos : (kr_int_t)s->len;
    if (whence == 0 && off < 0) {
        kr_raise_fmt(&kr_type_ValueError, "negative seek value %ld", (long)off);
    }
    kr_int_t np = base + off;
    s->pos = np < 0 ? 0 : (size_t)np;
    return kr_obj_new_int_from_uint(s->pos);
}
static KR_DEFINE_FUN_VAR(io_seek_obj, 2, 3, io_seek);

static kr_obj_t io_truncate(size_t n_args, const kr_obj_t *args) {
    iobuf_t *s = io_open(args[0]);
    size_t size;
    if (n_args < 2 || args[1] == KR_OBJ_NONE) {
        size = s->pos;
    } else {
        kr_int_t n = kr_obj_get_index(args[1]);
        if (n < 0) {
            kr_raise_fmt(&kr_type_ValueError, "negative size value %ld", (long)n);
        }
        size = s->text ? utf8_advance(s->buf, 0, s->len, (size_t)n) : (size_t)n;
    }
    if (size < s->len) {
        if (s->text && s->pos > size) {
            /* keep the position in code points: the bytes past the end count one each */
            size_t chars = (size_t)kr_obj_get_int(io_tell_value(s));
            s->len = size;
            s->pos = size + (chars - utf8_count(s->buf, 0, size));
        }
        s->len = size;
    }
    return s->text ? kr_obj_new_int_from_uint(utf8_count(s->buf, 0, s->len)) : kr_obj_new_int_from_uint(s->len);
}
static KR_DEFINE_FUN_VAR(io_truncate_obj, 1, 2, io_truncate);

static kr_obj_t io_close(kr_obj_t self) {
    iobuf_t *s = io_ptr(self);
    s->closed = true;
    s->buf = NULL;
    s->len = s->alloc = s->pos = 0;
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(io_close_obj, io_close);

static kr_obj_t io_flush(kr_obj_t self) {
    io_open(self);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(io_flush_obj, io_flush);

static kr_obj_t io_true(kr_obj_t self) {
    io_open(self);
    return KR_OBJ_TRUE;
}
static KR_DEFINE_FUN_1(io_true_obj, io_true);

static kr_obj_t io_enter(kr_obj_t self) {
    io_open(self);
    return self;
}
static KR_DEFINE_FUN_1(io_enter_obj, io_enter);

static kr_obj_t io_exit(size_t n_args, const kr_obj_t *args) {
    return io_close(args[0]);
}
static KR_DEFINE_FUN_VAR(io_exit_obj, 1, 4, io_exit);

static kr_obj_t io_getiter(kr_obj_t self) {
    io_open(self);
    return self;
}

static kr_obj_t io_iternext(kr_obj_t self) {
    kr_obj_t line = io_readline(1, &self);
    size_t n;
    kr_obj_str_get_data(line, &n);
    return n == 0 ? KR_OBJ_NULL : line;
}

static void io_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] == KR_OBJ_NULL && attr == KR_QSTR_closed) {
        dest[0] = KR_OBJ_BOOL(io_ptr(self)->closed);
    }
}

static const kr_map_elem_t io_locals_table[] = {
    { KR_ROM_QSTR(__enter__), KR_ROM_PTR(&io_enter_obj) },
    { KR_ROM_QSTR(__exit__), KR_ROM_PTR(&io_exit_obj) },
    { KR_ROM_QSTR(close), KR_ROM_PTR(&io_close_obj) },
    { KR_ROM_QSTR(flush), KR_ROM_PTR(&io_flush_obj) },
    { KR_ROM_QSTR(getvalue), KR_ROM_PTR(&io_getvalue_obj) },
    { KR_ROM_QSTR(read), KR_ROM_PTR(&io_read_obj) },
    { KR_ROM_QSTR(readable), KR_ROM_PTR(&io_true_obj) },
    { KR_ROM_QSTR(readinto), KR_ROM_PTR(&io_readinto_obj) },
    { KR_ROM_QSTR(readline), KR_ROM_PTR(&io_readline_obj) },
    { KR_ROM_QSTR(readlines), KR_ROM_PTR(&io_readlines_obj) },
    { KR_ROM_QSTR(seek), KR_ROM_PTR(&io_seek_obj) },
    { KR_ROM_QSTR(seekable), KR_ROM_PTR(&io_true_obj) },
    { KR_ROM_QSTR(tell), KR_ROM_PTR(&io_tell_obj) },
    { KR_ROM_QSTR(truncate), KR_ROM_PTR(&io_truncate_obj) },
    { KR_ROM_QSTR(writable), KR_ROM_PTR(&io_true_obj) },
    { KR_ROM_QSTR(write), KR_ROM_PTR(&io_write_obj) },
    { KR_ROM_QSTR(writelines), KR_ROM_PTR(&io_writelines_obj) },
};
static KR_DEFINE_CONST_DICT(io_locals_dict, io_locals_table);

const kr_type_t kr_type_io_StringIO = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_StringIO,
    .print = io_print,
    .make_new = io_make_new,
    .attr = io_attr,
    .getiter = io_getiter,
    .iternext = io_iternext,
    .locals_dict = &io_locals_dict,
};

const kr_type_t kr_type_io_BytesIO = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_BytesIO,
    .print = io_print,
    .make_new = io_make_new,
    .attr = io_attr,
    .getiter = io_getiter,
    .iternext = io_iternext,
    .locals_dict = &io_locals_dict,
};

/* ---------------------------------------------------------------- IOBase */

/* io.IOBase: the base of stream classes written in Python. The subclass supplies
 * readinto(buf) and/or write(buf) (and, as in MicroPython, optionally ioctl(op, arg));
 * IOBase builds read, readline, readlines, writelines, close, iteration and the context
 * manager on them. */
typedef struct {
    kr_obj_base_t base;
    bool closed;
} iobase_t;

#define IOBASE_IOCTL_FLUSH (1)
#define IOBASE_IOCTL_CLOSE (4)

static kr_obj_t iobase_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    iobase_t *o = kr_gc_alloc(sizeof(iobase_t), 0);
    o->base.type = type;
    o->closed = false;
    return KR_OBJ_FROM_PTR(o);
}

static iobase_t *iobase_check(kr_obj_t self) {
    iobase_t *o = KR_OBJ_TO_PTR(self);
    if (o->closed) {
        kr_raise_msg(&kr_type_ValueError, "I/O operation on closed file.");
    }
    return o;
}

/* call self.ioctl(op, 0) if the subclass has one */
static void iobase_ioctl(kr_obj_t self, int op) {
    kr_obj_t m[4];
    kr_load_method_maybe(self, KR_QSTR_ioctl, m);
    if (m[0] != KR_OBJ_NULL) {
        m[2] = KR_NEW_SMALL_INT(op);
        m[3] = KR_NEW_SMALL_INT(0);
        kr_call_method_n_kw(2, 0, m);
    }
}

/* one readinto() of up to n bytes into v: the count read, or -1 for None (would block) */
static kr_int_t iobase_readinto_some(kr_obj_t self, kr_vstr_t *v, size_t n) {
    kr_obj_t buf = kr_obj_new_bytearray(n, NULL);
    kr_obj_t r = kr_call_method(self, KR_QSTR_readinto, 1, &buf);
    if (r == KR_OBJ_NONE) {
        return -1;
    }
    kr_int_t got = kr_obj_get_int(r);
    if (got < 0 || (size_t)got > n) {
        kr_raise_fmt(&kr_type_ValueError, "readinto returned %ld outside buffer size %lu", (long)got,
                     (unsigned long)n);
    }
    kr_buffer_info_t info;
    kr_get_buffer_raise(buf, &info, KR_BUFFER_READ);
    kr_vstr_add_strn(v, info.buf, (size_t)got);
    return got;
}

static kr_obj_t iobase_read(size_t n_args, const kr_obj_t *args) {
    kr_int_t size = n_args > 1 && args[1] != KR_OBJ_NONE ? kr_obj_get_int(args[1]) : -1;
    kr_vstr_t v;
    kr_vstr_init(&v, size > 0 ? (size_t)size : 64);
    if (size >= 0) {
        if (size > 0 && iobase_readinto_some(args[0], &v, (size_t)size) < 0) {
            return KR_OBJ_NONE;
        }
    } else {
        for (;;) {
            kr_int_t got = iobase_readinto_some(args[0], &v, 256);
            if (got < 0) {
                if (v.len == 0) {
                    return KR_OBJ_NONE;
                }
                break;
            }
            if (got == 0) {
                break;
            }
        }
    }
    return kr_obj_new_bytes_from_vstr(&v);
}
static KR_DEFINE_FUN_VAR(iobase_read_obj, 1, 2, iobase_read);

static kr_obj_t iobase_readline(size_t n_args, const kr_obj_t *args) {
    kr_int_t size = n_args > 1 && args[1] != KR_OBJ_NONE ? kr_obj_get_int(args[1]) : -1;
    kr_vstr_t v;
    kr_vstr_init(&v, 64);
    bool text = false;
    kr_obj_t one = KR_NEW_SMALL_INT(1);
    while (size < 0 || v.len < (size_t)size) {
        kr_obj_t b = kr_call_method(args[0], KR_QSTR_read, 1, &one);
        if (b == KR_OBJ_NONE) {
            break;
        }
        if (!kr_obj_is_str(b) && !kr_obj_is_type(b, &kr_type_bytes)) {
            kr_raise_fmt(&kr_type_OSError, "read() should have returned a bytes object, not '%s'",
                         kr_obj_type_name(b));
        }
        size_t n;
        const char *d = kr_obj_str_get_data(b, &n);
        if (n == 0) {
            break;
        }
        text = kr_obj_is_str(b);
        kr_vstr_add_strn(&v, d, n);
        if (d[n - 1] == '\n') {
            break;
        }
    }
    return text ? kr_obj_new_str_from_vstr(&v) : kr_obj_new_bytes_from_vstr(&v);
}
static KR_DEFINE_FUN_VAR(iobase_readline_obj, 1, 2, iobase_readline);

static kr_obj_t iobase_readlines(size_t n_args, const kr_obj_t *args) {
    kr_int_t hint = n_args > 1 && args[1] != KR_OBJ_NONE ? kr_obj_get_int(args[1]) : -1;
    kr_obj_t list = kr_obj_new_list(0, NULL);
    size_t total = 0;
    for (;;) {
        kr_obj_t line = kr_call_method(args[0], KR_QSTR_readline, 0, NULL);
        size_t n;
        kr_obj_str_get_data(line, &n);
        if (n == 0) {
            break;
        }
        kr_obj_list_append(list, line);
        total += n;
        if (hint > 0 && total >= (size_t)hint) {
            break;
        }
    }
    return list;
}
static KR_DEFINE_FUN_VAR(iobase_readlines_obj, 1, 2, iobase_readlines);

static kr_obj_t iobase_writelines(kr_obj_t self, kr_obj_t lines) {
    iobase_check(self);
    kr_obj_t it = kr_getiter(lines), x;
    while ((x = kr_iternext(it)) != KR_OBJ_NULL) {
        kr_call_method(self, KR_QSTR_write, 1, &x);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(iobase_writelines_obj, iobase_writelines);

static kr_obj_t iobase_flush(kr_obj_t self) {
    iobase_check(self);
    iobase_ioctl(self, IOBASE_IOCTL_FLUSH);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(iobase_flush_obj, iobase_flush);

static kr_obj_t iobase_close(kr_obj_t self) {
    iobase_t *o = KR_OBJ_TO_PTR(self);
    if (!o->closed) {
        kr_call_method(self, KR_QSTR_flush, 0, NULL);
        o->closed = true;
        iobase_ioctl(self, IOBASE_IOCTL_CLOSE);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(iobase_close_obj, iobase_close);

static kr_obj_t iobase_false(kr_obj_t self) {
    iobase_check(self);
    return KR_OBJ_FALSE;
}
static KR_DEFINE_FUN_1(iobase_false_obj, iobase_false);

static kr_obj_t iobase_enter(kr_obj_t self) {
    iobase_check(self);
    return self;
}
static KR_DEFINE_FUN_1(iobase_enter_obj, iobase_enter);

static kr_obj_t iobase_exit(size_t n_args, const kr_obj_t *args) {
    kr_call_method(args[0], KR_QSTR_close, 0, NULL);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(iobase_exit_obj, 1, 4, iobase_exit);

static kr_obj_t iobase_getiter(kr_obj_t self) {
    iobase_check(self);
    return self;
}

static kr_obj_t iobase_iternext(kr_obj_t self) {
    kr_obj_t line = kr_call_method(self, KR_QSTR_readline, 0, NULL);
    size_t n;
    kr_obj_str_get_data(line, &n);
    return n == 0 ? KR_OBJ_NULL : line;
}

static void iobase_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] == KR_OBJ_NULL && attr == KR_QSTR_closed) {
        dest[0] = KR_OBJ_BOOL(((iobase_t *)KR_OBJ_TO_PTR(self))->closed);
    }
}

static const kr_map_elem_t iobase_locals_table[] = {
    { KR_ROM_QSTR(__enter__), KR_ROM_PTR(&iobase_enter_obj) },
    { KR_ROM_QSTR(__exit__), KR_ROM_PTR(&iobase_exit_obj) },
    { KR_ROM_QSTR(close), KR_ROM_PTR(&iobase_close_obj) },
    { KR_ROM_QSTR(flush), KR_ROM_PTR(&iobase_flush_obj) },
    { KR_ROM_QSTR(isatty), KR_ROM_PTR(&iobase_false_obj) },
    { KR_ROM_QSTR(read), KR_ROM_PTR(&iobase_read_obj) },
    { KR_ROM_QSTR(readable), KR_ROM_PTR(&iobase_false_obj) },
    { KR_ROM_QSTR(readline), KR_ROM_PTR(&iobase_readline_obj) },
    { KR_ROM_QSTR(readlines), KR_ROM_PTR(&iobase_readlines_obj) },
    { KR_ROM_QSTR(seekable), KR_ROM_PTR(&iobase_false_obj) },
    { KR_ROM_QSTR(writable), KR_ROM_PTR(&iobase_false_obj) },
    { KR_ROM_QSTR(writelines), KR_ROM_PTR(&iobase_writelines_obj) },
};
static KR_DEFINE_CONST_DICT(iobase_locals_dict, iobase_locals_table);

const kr_type_t kr_type_io_IOBase = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_IOBase,
    .make_new = iobase_make_new,
    .attr = iobase_attr,
    .getiter = iobase_getiter,
    .iternext = iobase_iternext,
    .locals_dict = &iobase_locals_dict,
};

static const kr_map_elem_t io_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(io) },
    { KR_ROM_QSTR(IOBase), KR_ROM_PTR(&kr_type_io_IOBase) },
    { KR_ROM_QSTR(open), KR_ROM_PTR(&kr_builtin_open_obj) },
    { KR_ROM_QSTR(BytesIO), KR_ROM_PTR(&kr_type_io_BytesIO) },
    { KR_ROM_QSTR(StringIO), KR_ROM_PTR(&kr_type_io_StringIO) },
};
static KR_DEFINE_CONST_DICT(io_globals, io_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_io, io_globals);

#endif /* KR_MODULE_IO */
