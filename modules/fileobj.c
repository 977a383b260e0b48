/* fileobj.c: file objects (binary FileIO and text TextIOWrapper) over a backend's
 * read/write/seek/flush/close functions, open() mode parsing and the builtin open(). */
#include <string.h>
#include <errno.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objstr.h"
#include "objexcept.h"
#include "unichar.h"
#include "vfs.h"

#if KR_MODULE_VFS

KR_DEFINE_EXCEPTION_TYPE(kr_type_UnsupportedOperation, KR_QSTR_UnsupportedOperation, &kr_type_OSError);

/* ---------------------------------------------------------------- modes */

unsigned kr_fileobj_parse_mode(kr_obj_t mode_obj) {
    size_t len;
    const char *m = kr_obj_str_get_data(mode_obj, &len);
    unsigned flags = 0;
    int kinds = 0, plus = 0, text = 0, binary = 0;
    for (size_t i = 0; i < len; i++) {
        const char *dup = memchr(m, m[i], i);
        if (dup != NULL) {
            goto invalid;
        }
        switch (m[i]) {
            case 'r': flags |= KR_FILE_READ; kinds++; break;
            case 'w': flags |= KR_FILE_WRITE | KR_FILE_CREATE | KR_FILE_TRUNC; kinds++; break;
            case 'a': flags |= KR_FILE_WRITE | KR_FILE_CREATE | KR_FILE_APPEND; kinds++; break;
            case 'x': flags |= KR_FILE_WRITE | KR_FILE_CREATE | KR_FILE_EXCL; kinds++; break;
            case '+': plus++; break;
            case 't': text++; break;
            case 'b': binary++; break;
            default: goto invalid;
        }
    }
    if (text && binary) {
        kr_raise_msg(&kr_type_ValueError, "can't have text and binary mode at once");
    }
    if (kinds != 1) {
        if (kinds == 0 && !plus) {
            kr_raise_msg(&kr_type_ValueError,
                         "Must have exactly one of create/read/write/append mode and at most one plus");
        }
        kr_raise_msg(&kr_type_ValueError, "must have exactly one of create/read/write/append mode");
    }
    if (plus) {
        flags |= KR_FILE_READ | KR_FILE_WRITE;
    }
    if (!binary) {
        flags |= KR_FILE_TEXT;
    }
    return flags;
invalid:
    kr_raise_fmt(&kr_type_ValueError, "invalid mode: '%.*s'", (int)len, m);
}

kr_file_t *kr_fileobj_new(const kr_file_ops_t *ops, kr_obj_t name, kr_obj_t mode, unsigned flags) {
    kr_file_t *f = kr_gc_alloc(sizeof(kr_file_t), 0);
    f->base.type = (flags & KR_FILE_TEXT) ? &kr_type_textio : &kr_type_fileio;
    f->ops = ops;
    f->name = name;
    f->mode = mode;
    f->flags = flags & ~KR_FILE_CLOSED;
    f->fd = -1;
    return f;
}

/* ---------------------------------------------------------------- helpers */

static kr_file_t *file_get(kr_obj_t self) {
    kr_file_t *f = KR_OBJ_TO_PTR(self);
    if (f->flags & KR_FILE_CLOSED) {
        kr_raise_msg(&kr_type_ValueError, "I/O operation on closed file.");
    }
    return f;
}

static kr_file_t *file_readable(kr_obj_t self) {
    kr_file_t *f = file_get(self);
    if (!(f->flags & KR_FILE_READ)) {
        kr_raise_msg(&kr_type_UnsupportedOperation, "not readable");
    }
    return f;
}

static kr_file_t *file_writable(kr_obj_t self) {
    kr_file_t *f = file_get(self);
    if (!(f->flags & KR_FILE_WRITE)) {
        kr_raise_msg(&kr_type_UnsupportedOperation, "not writable");
    }
    return f;
}

static void file_check(long r) {
    if (r < 0) {
        kr_vfs_raise((int)-r);
    }
}

static bool file_is_text(kr_file_t *f) {
    return (f->flags & KR_FILE_TEXT) != 0;
}

/* Append up to n bytes (n < 0: to EOF) to v; returns bytes added. */
static size_t file_read_bytes(kr_file_t *f, kr_vstr_t *v, long n) {
    size_t total = 0;
    while (n != 0) {
        size_t want = n < 0 || n > 4096 ? 4096 : (size_t)n;
        char *dst = kr_vstr_extend(v, want);
        long got = f->ops->read(f, (uint8_t *)dst, want);
        v->len -= want;
        file_check(got);
        if (got == 0) {
            break;
        }
        v->len += (size_t)got;
        total += (size_t)got;
        if (n > 0) {
            n -= got;
        }
    }
    return total;
}

static size_t utf8_count_chars(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (((uint8_t)s[i] & 0xc0) != 0x80) {
            n++;
        }
    }
    return n;
}

/* Bytes missing to complete the last UTF-8 sequence in s. */
static size_t utf8_missing(const char *s, size_t len) {
    size_t i = len;
    size_t back = 0;
    while (i > 0 && back < 4) {
        uint8_t c = (uint8_t)s[i - 1];
        back++;
        if ((c & 0xc0) != 0x80) {
            size_t need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
            return need > back ? need - back : 0;
        }
        i--;
    }
    return 0;
}

static kr_obj_t file_result(kr_file_t *f, kr_vstr_t *v) {
    if (file_is_text(f)) {
        kr_obj_t s = kr_obj_str_decode((const uint8_t *)v->buf, v->len, KR_OBJ_NULL, KR_OBJ_NULL);
        kr_vstr_clear(v);
        return s;
    }
    return kr_obj_new_bytes_from_vstr(v);
}

/* Universal newlines (text files opened with newline=None, as CPython): "\r\n" and "\r"
 * read as "\n". Translates v[start:] in place; a final "\r" peeks at the next byte. */
static void file_translate(kr_file_t *f, kr_vstr_t *v, size_t start) {
    if (!(f->flags & KR_FILE_NLTRANS) || v->len == start) {
        return;
    }
    if (v->buf[v->len - 1] == '\r') {
        uint8_t c;
        long got = f->ops->read(f, &c, 1);
        file_check(got);
        if (got == 1) {
            if (c == '\n') {
                kr_vstr_add_byte(v, c);
            } else {
                int64_t r = f->ops->seek(f, -1, 1);
                if (r < 0) {
                    kr_vfs_raise((int)-r);
                }
            }
        }
    }
    size_t o = start;
    for (size_t i = start; i < v->len; i++) {
        char c = v->buf[i];
        if (c == '\r') {
            c = '\n';
            if (i + 1 < v->len && v->buf[i + 1] == '\n') {
                i++;
            }
        }
        v->buf[o++] = c;
    }
    v->len = o;
}

/* Text mode: n characters. */
static void file_read_chars(kr_file_t *f, kr_vstr_t *v, long n) {
    long chars = 0;
    while (chars < n) {
        size_t start = v->len;
        if (file_read_bytes(f, v, n - chars) == 0) {
            break;
        }
        size_t miss = utf8_missing(v->buf, v->len);
        if (miss > 0) {
            file_read_bytes(f, v, (long)miss);
        }
        file_translate(f, v, start);
        chars += (long)utf8_count_chars(v->buf + start, v->len - start);
    }
}

/* One line (up to limit bytes/chars, < 0 = no limit) appended to v; false at EOF.
 * *collapsed = 1 when the line ended in "\r\n" read as "\n". */
static bool file_read_line(kr_file_t *f, kr_vstr_t *v, long limit, int *collapsed) {
    size_t start = v->len;
    bool universal = (f->flags & KR_FILE_NLTRANS) != 0;
    char chunk[256];
    *collapsed = 0;
    for (;;) {
        size_t want = sizeof(chunk);
        if (limit >= 0) {
            long left = limit - (long)(v->len - start);
            if (left <= 0) {
                break;
            }
            if ((size_t)left < want) {
                want = (size_t)left;
            }
        }
        long got = f->ops->read(f, (uint8_t *)chunk, want);
        file_check(got);
        if (got == 0) {
            break;
        }
        char *nl = memchr(chunk, '\n', (size_t)got);
        if (universal) {
            char *cr = memchr(chunk, '\r', nl ? (size_t)(nl - chunk) : (size_t)got);
            if (cr != NULL) {
                nl = cr;
            }
        }
        size_t take = nl ? (size_t)(nl - chunk) + 1 : (size_t)got;
        bool crlf = false;
        if (nl != NULL && *nl == '\r' && take < (size_t)got && chunk[take] == '\n') {
            take++;
            crlf = true;
        }
        if (take < (size_t)got) {
            /* give back what follows the newline */
            int64_t r = f->ops->seek(f, -(int64_t)((size_t)got - take), 1);
            if (r < 0) {
                kr_vfs_raise((int)-r);
            }
        }
        kr_vstr_add_strn(v, chunk, take);
        if (nl != NULL) {
            if (*nl == '\r') {
                if (!crlf) {
                    /* the "\n" of a "\r\n" may start the next chunk */
                    uint8_t c;
                    long g = f->ops->read(f, &c, 1);
                    file_check(g);
                    if (g == 1 && c == '\n') {
                        crlf = true;
                    } else if (g == 1) {
                        int64_t r = f->ops->seek(f, -1, 1);
                        if (r < 0) {
                            kr_vfs_raise((int)-r);
                        }
                    }
                    v->buf[v->len - 1] = '\n';
                } else {
                    v->len--;
                    v->buf[v->len - 1] = '\n';
                }
                *collapsed = crlf ? 1 : 0;
            }
            break;
        }
    }
    if (file_is_text(f)) {
        size_t miss = utf8_missing(v->buf + start, v->len - start);
        if (miss > 0) {
            file_read_bytes(f, v, (long)miss);
        }
    }
    return v->len > start;
}

static long opt_size(size_t n_args, const kr_obj_t *args) {
    if (n_args < 2 || args[1] == KR_OBJ_NONE) {
        return -1;
    }
    kr_int_t n = kr_obj_get_int(args[1]);
    return n < 0 ? -1 : (long)n;
}

/* ---------------------------------------------------------------- methods */

static kr_obj_t file_read(size_t n_args, const kr_obj_t *args) {
    kr_file_t *f = file_readable(args[0]);
    long n = opt_size(n_args, args);
    kr_vstr_t v;
    kr_vstr_init(&v, n >= 0 && n < 4096 ? (size_t)n + 1 : 4096);
    if (file_is_text(f) && n >= 0) {
        file_read_chars(f, &v, n);
    } else {
        file_read_bytes(f, &v, n);
        file_translate(f, &v, 0);
    }
    return file_result(f, &v);
}
static KR_DEFINE_FUN_VAR(file_read_obj, 1, 2, file_read);

static kr_obj_t file_readinto(size_t n_args, const kr_obj_t *args) {
    kr_file_t *f = file_readable(args[0]);
    kr_buffer_info_t info;
    kr_get_buffer_raise(args[1], &info, KR_BUFFER_WRITE);
    size_t n = info.len;
    if (n_args > 2) {
        kr_int_t m = kr_obj_get_int(args[2]);
        if (m >= 0 && (size_t)m < n) {
            n = (size_t)m;
        }
    }
    size_t total = 0;
    while (total < n) {
        long got = f->ops->read(f, (uint8_t *)info.buf + total, n - total);
        file_check(got);
        if (got == 0) {
            break;
        }
        total += (size_t)got;
    }
    return KR_NEW_SMALL_INT((kr_int_t)total);
}
static KR_DEFINE_FUN_VAR(file_readinto_obj, 2, 3, file_readinto);

static kr_obj_t file_readline(size_t n_args, const kr_obj_t *args) {
    kr_file_t *f = file_readable(args[0]);
    long limit = opt_size(n_args, args);
    kr_vstr_t v;
    kr_vstr_init(&v, 64);
    if (file_is_text(f) && limit >= 0) {
        /* limit in characters: read the bytes, then trim to the limit */
        int collapsed;
        file_read_line(f, &v, limit * 4, &collapsed);
        size_t chars = 0, i = 0;
        while (i < v.len) {
            if (((uint8_t)v.buf[i] & 0xc0) != 0x80) {
                if (chars == (size_t)limit) {
                    break;
                }
                chars++;
            }
            i++;
        }
        if (i < v.len) {
            int64_t r = f->ops->seek(f, -(int64_t)(v.len - i + (size_t)collapsed), 1);
            if (r < 0) {
                kr_vfs_raise((int)-r);
            }
            v.len = i;
        }
    } else {
        int collapsed;
        file_read_line(f, &v, limit, &collapsed);
    }
    return file_result(f, &v);
}
static KR_DEFINE_FUN_VAR(file_readline_obj, 1, 2, file_readline);

static kr_obj_t file_readlines(size_t n_args, const kr_obj_t *args) {
    kr_file_t *f = file_readable(args[0]);
    long hint = opt_size(n_args, args);
    if (hint == 0) {
        hint = -1;
    }
    kr_obj_t list = kr_obj_new_list(0, NULL);
    long total = 0;
    for (;;) {
        kr_vstr_t v;
        kr_vstr_init(&v, 64);
        int collapsed;
        if (!file_read_line(f, &v, -1, &collapsed)) {
            break;
        }
        total += (long)v.len;
        kr_obj_list_append(list, file_result(f, &v));
        if (hint > 0 && total >= hint) {
            break;
        }
    }
    return list;
}
static KR_DEFINE_FUN_VAR(file_readlines_obj, 1, 2, file_readlines);

static void file_write_all(kr_file_t *f, const uint8_t *d, size_t len) {
    if (f->flags & KR_FILE_APPEND) {
        int64_t r = f->ops->seek(f, 0, 2);
        if (r < 0) {
            kr_vfs_raise((int)-r);
        }
    }
    while (len > 0) {
        long w = f->ops->write(f, d, len);
        file_check(w);
        if (w == 0) {
            kr_vfs_raise(ENOSPC);
        }
        d += w;
        len -= (size_t)w;
    }
}

static kr_obj_t file_write(kr_obj_t self, kr_obj_t data) {
    kr_file_t *f = file_writable(self);
    if (file_is_text(f)) {
        if (!kr_obj_is_str(data)) {
            kr_raise_fmt(&kr_type_TypeError, "write() argument must be str, not %s", kr_obj_type_name(data));
        }
        size_t len;
        const char *d = kr_obj_str_get_data(data, &len);
        if ((f->flags & (KR_FILE_NL_CR | KR_FILE_NL_CRLF)) && memchr(d, '\n', len) != NULL) {
            kr_vstr_t v;
            kr_vstr_init(&v, len + 16);
            for (size_t i = 0; i < len; i++) {
                if (d[i] != '\n') {
                    kr_vstr_add_byte(&v, (uint8_t)d[i]);
                } else {
                    kr_vstr_add_strn(&v, (f->flags & KR_FILE_NL_CRLF) ? "\r\n" : "\r", (f->flags & KR_FILE_NL_CRLF) ? 2 : 1);
                }
            }
            file_write_all(f, (const uint8_t *)v.buf, v.len);
            kr_vstr_clear(&v);
        } else {
            file_write_all(f, (const uint8_t *)d, len);
        }
        return KR_NEW_SMALL_INT((kr_int_t)kr_obj_str_char_len(data));
    }
    kr_buffer_info_t info;
    if (kr_obj_is_str(data) || kr_get_buffer(data, &info, KR_BUFFER_READ) != 0) {
        kr_raise_fmt(&kr_type_TypeError, "a bytes-like object is required, not '%s'", kr_obj_type_name(data));
    }
    file_write_all(f, info.buf, info.len);
    return KR_NEW_SMALL_INT((kr_int_t)info.len);
}
static KR_DEFINE_FUN_2(file_write_obj, file_write);

static kr_obj_t file_writelines(kr_obj_t self, kr_obj_t lines) {
    kr_obj_t it = kr_getiter(lines);
    kr_obj_t line;
    while ((line = kr_iternext(it)) != KR_OBJ_NULL) {
        file_write(self, line);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(file_writelines_obj, file_writelines);

static kr_obj_t file_seek(size_t n_args, const kr_obj_t *args) {
    kr_file_t *f = file_get(args[0]);
    kr_int_t off = kr_obj_get_int(args[1]);
    kr_int_t whence = n_args > 2 ? kr_obj_get_int(args[2]) : 0;
    if (whence < 0 || whence > 2) {
        if (file_is_text(f)) {
            kr_raise_fmt(&kr_type_ValueError, "invalid whence (%d, should be 0, 1 or 2)", (int)whence);
        }
        kr_raise_fmt(&kr_type_ValueError, "whence value %d unsupported", (int)whence);
    }
    if (file_is_text(f)) {
        if (whence == 1 && off != 0) {
            kr_raise_msg(&kr_type_UnsupportedOperation, "can't do nonzero cur-relative seeks");
        }
        if (whence == 2 && off != 0) {
            kr_raise_msg(&kr_type_UnsupportedOperation, "can't do nonzero end-relative seeks");
        }
    }
    if (whence == 0 && off < 0) {
        kr_raise_fmt(&kr_type_ValueError, "negative seek position %ld", (long)off);
    }
    int64_t r = f->ops->seek(f, off, (int)whence);
    if (r < 0) {
        kr_vfs_raise((int)-r);
    }
    return kr_obj_new_int_from_ll(r);
}
static KR_DEFINE_FUN_VAR(file_seek_obj, 2, 3, file_seek);

static kr_obj_t file_tell(kr_obj_t self) {
    kr_file_t *f = file_get(self);
    int64_t r = f->ops->seek(f, 0, 1);
    if (r < 0) {
        kr_vfs_raise((int)-r);
    }
    return kr_obj_new_int_from_ll(r);
}
static KR_DEFINE_FUN_1(file_tell_obj, file_tell);

static kr_obj_t file_flush(kr_obj_t self) {
    kr_file_t *f = file_get(self);
    file_check(f->ops->flush(f));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(file_flush_obj, file_flush);

static kr_obj_t file_close(kr_obj_t self) {
    kr_file_t *f = KR_OBJ_TO_PTR(self);
    if (f->flags & KR_FILE_CLOSED) {
        return KR_OBJ_NONE;
    }
    f->flags |= KR_FILE_CLOSED;
    kr_gc_remove_finaliser(f);
    file_check(f->ops->close(f));
    return KR_OBJ_NONE;
}

/* A file the program forgot to close: closed when collected and at soft reset. */
static void file_finalise(void *obj) {
    kr_file_t *f = obj;
    if (!(f->flags & KR_FILE_CLOSED)) {
        f->flags |= KR_FILE_CLOSED;
        f->ops->close(f);
    }
}
static KR_DEFINE_FUN_1(file_close_obj, file_close);

static kr_obj_t file_enter(kr_obj_t self) {
    file_get(self);
    return self;
}
static KR_DEFINE_FUN_1(file_enter_obj, file_enter);

static kr_obj_t file_exit(size_t n_args, const kr_obj_t *args) {
    return file_close(args[0]);
}
static KR_DEFINE_FUN_VAR(file_exit_obj, 1, 4, file_exit);

static kr_obj_t file_readable_m(kr_obj_t self) {
    return KR_OBJ_BOOL(file_get(self)->flags & KR_FILE_READ);
}
static KR_DEFINE_FUN_1(file_readable_obj, file_readable_m);

static kr_obj_t file_writable_m(kr_obj_t self) {
    return KR_OBJ_BOOL(file_get(self)->flags & KR_FILE_WRITE);
}
static KR_DEFINE_FUN_1(file_writable_obj, file_writable_m);

static kr_obj_t file_seekable(kr_obj_t self) {
    kr_file_t *f = file_get(self);
    return KR_OBJ_BOOL(f->ops->seek(f, 0, 1) >= 0);
}
static KR_DEFINE_FUN_1(file_seekable_obj, file_seekable);

static kr_obj_t file_fileno(kr_obj_t self) {
    kr_file_t *f = file_get(self);
    if (f->fd < 0) {
        kr_raise_msg(&kr_type_UnsupportedOperation, "fileno");
    }
    return KR_NEW_SMALL_INT(f->fd);
}
static KR_DEFINE_FUN_1(file_fileno_obj, file_fileno);

static kr_obj_t file_getiter(kr_obj_t self) {
    file_get(self);
    return self;
}

static kr_obj_t file_iternext(kr_obj_t self) {
    kr_file_t *f = file_readable(self);
    kr_vstr_t v;
    kr_vstr_init(&v, 64);
    int collapsed;
    if (!file_read_line(f, &v, -1, &collapsed)) {
        kr_vstr_clear(&v);
        return KR_OBJ_NULL;
    }
    return file_result(f, &v);
}

static void file_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    kr_file_t *f = KR_OBJ_TO_PTR(self);
    if (attr == KR_QSTR_name) {
        dest[0] = f->name;
    } else if (attr == KR_QSTR_mode) {
        dest[0] = f->mode;
    } else if (attr == KR_QSTR_closed) {
        dest[0] = KR_OBJ_BOOL(f->flags & KR_FILE_CLOSED);
    } else if (attr == KR_QSTR_encoding && file_is_text(f)) {
        dest[0] = kr_obj_new_str("UTF-8", 5);
    }
}

static void file_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_file_t *f = KR_OBJ_TO_PTR(self);
    kr_printf(p, "<_io.%s name=", file_is_text(f) ? "TextIOWrapper" : "FileIO");
    kr_obj_print(p, f->name, KR_PRINT_REPR);
    kr_print_str(p, " mode=");
    kr_obj_print(p, f->mode, KR_PRINT_REPR);
    if (file_is_text(f)) {
        kr_print_str(p, " encoding='UTF-8'");
    }
    kr_print_str(p, ">");
}

static const kr_map_elem_t file_locals_table[] = {
    { KR_ROM_QSTR(read), KR_ROM_PTR(&file_read_obj) },
    { KR_ROM_QSTR(readinto), KR_ROM_PTR(&file_readinto_obj) },
    { KR_ROM_QSTR(readline), KR_ROM_PTR(&file_readline_obj) },
    { KR_ROM_QSTR(readlines), KR_ROM_PTR(&file_readlines_obj) },
    { KR_ROM_QSTR(write), KR_ROM_PTR(&file_write_obj) },
    { KR_ROM_QSTR(writelines), KR_ROM_PTR(&file_writelines_obj) },
    { KR_ROM_QSTR(seek), KR_ROM_PTR(&file_seek_obj) },
    { KR_ROM_QSTR(tell), KR_ROM_PTR(&file_tell_obj) },
    { KR_ROM_QSTR(flush), KR_ROM_PTR(&file_flush_obj) },
    { KR_ROM_QSTR(close), KR_ROM_PTR(&file_close_obj) },
    { KR_ROM_QSTR(readable), KR_ROM_PTR(&file_readable_obj) },
    { KR_ROM_QSTR(writable), KR_ROM_PTR(&file_writable_obj) },
    { KR_ROM_QSTR(seekable), KR_ROM_PTR(&file_seekable_obj) },
    { KR_ROM_QSTR(fileno), KR_ROM_PTR(&file_fileno_obj) },
    { KR_ROM_QSTR(__enter__), KR_ROM_PTR(&file_enter_obj) },
    { KR_ROM_QSTR(__exit__), KR_ROM_PTR(&file_exit_obj) },
};
static KR_DEFINE_CONST_DICT(file_locals_dict, file_locals_table);

const kr_type_t kr_type_fileio = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF,
    .name = KR_QSTR_FileIO,
    .print = file_print,
    .attr = file_attr,
    .getiter = file_getiter,
    .iternext = file_iternext,
    .locals_dict = &file_locals_dict,
};

const kr_type_t kr_type_textio = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF,
    .name = KR_QSTR_TextIOWrapper,
    .print = file_print,
    .attr = file_attr,
    .getiter = file_getiter,
    .iternext = file_iternext,
    .locals_dict = &file_locals_dict,
};

/* ---------------------------------------------------------------- open() */

kr_obj_t kr_fileobj_open(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_file, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_mode, KR_ARG_OBJ, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_buffering, KR_ARG_OBJ, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_encoding, KR_ARG_OBJ, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_errors, KR_ARG_OBJ, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_newline, KR_ARG_OBJ, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_closefd, KR_ARG_OBJ, {.u_obj = KR_OBJ_TRUE} },
        { KR_QSTR_opener, KR_ARG_OBJ, {.u_obj = KR_OBJ_NONE} },
    };
    kr_arg_val_t v[8];
    kr_arg_parse_all(n_args, args, kw, 8, allowed, v);
    kr_obj_t file = v[0].u_obj;
    kr_obj_t mode = v[1].u_obj == KR_OBJ_NULL ? KR_NEW_QSTR(KR_QSTR_CHAR('r')) : v[1].u_obj;
    if (!kr_obj_is_str(mode)) {
        kr_raise_fmt(&kr_type_TypeError, "open() argument 'mode' must be str, not %s", kr_obj_type_name(mode));
    }
    unsigned flags = kr_fileobj_parse_mode(mode);
    if (!(flags & KR_FILE_TEXT)) {
        if (v[3].u_obj != KR_OBJ_NONE) {
            kr_raise_msg(&kr_type_ValueError, "binary mode doesn't take an encoding argument");
        }
        if (v[4].u_obj != KR_OBJ_NONE) {
            kr_raise_msg(&kr_type_ValueError, "binary mode doesn't take an errors argument");
        }
        if (v[5].u_obj != KR_OBJ_NONE) {
            kr_raise_msg(&kr_type_ValueError, "binary mode doesn't take a newline argument");
        }
    } else if (v[2].u_obj == KR_NEW_SMALL_INT(0)) {
        kr_raise_msg(&kr_type_ValueError, "can't have unbuffered text I/O");
    }
    if (v[5].u_obj != KR_OBJ_NONE) {
        size_t nl_len;
        const char *nl = kr_obj_str_get_data(v[5].u_obj, &nl_len);
        if (!(nl_len == 0 || (nl_len == 1 && (nl[0] == '\n' || nl[0] == '\r')) || (nl_len == 2 && nl[0] == '\r' && nl[1] == '\n'))) {
            kr_raise_fmt(&kr_type_ValueError, "illegal newline value: %.*s", (int)nl_len, nl);
        }
    }
    if (kr_obj_is_int(file)) {
#if KR_VFS_POSIX
        return kr_vfsposix_open_fd(file, mode);
#else
        kr_vfs_raise(EBADF);
#endif
    }
    if (!kr_obj_is_str(file) && !kr_obj_is_instance(file, &kr_type_bytes)) {
        kr_raise_fmt(&kr_type_TypeError, "expected str, bytes or os.PathLike object, not %s",
                     kr_obj_type_name(file));
    }
    kr_obj_t f = kr_vfs_call_path(KR_QSTR_open, file, 1, &mode);
    if (kr_obj_is_type(f, &kr_type_textio) || kr_obj_is_type(f, &kr_type_fileio)) {
        kr_file_t *fo = KR_OBJ_TO_PTR(f);
        fo->name = file;   /* the path as given, not as the filesystem saw it */
        if (kr_obj_is_type(f, &kr_type_textio)) {
            if (v[5].u_obj == KR_OBJ_NONE) {
                fo->flags |= KR_FILE_NLTRANS;
            } else {
                size_t nl_len;
                const char *nl = kr_obj_str_get_data(v[5].u_obj, &nl_len);
                if (nl_len == 2) {
                    fo->flags |= KR_FILE_NL_CRLF;
                } else if (nl_len == 1 && nl[0] == '\r') {
                    fo->flags |= KR_FILE_NL_CR;
                }
            }
        }
        kr_gc_add_finaliser(fo, file_finalise);
    }
    return f;
}
KR_DEFINE_FUN_KW(kr_fileobj_open_obj, 0, 8, kr_fileobj_open);
KR_DEFINE_FUN_KW(kr_builtin_open_obj, 0, 8, kr_fileobj_open);   /* the builtin open (modbuiltins.c) */

#endif /* KR_MODULE_VFS */
