/* objstr.c: the str and bytes types: construction, hashing, comparison, repr, operators,
 * indexing/slicing and iteration (methods live in objstrmethods.c and objstrcase.c). */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "state.h"
#include "objstr.h"
#include "objbytearray.h"

#define EMPTY_HASH (2166136261u)   /* kr_qstr_hash_bytes("", 0) */
static const kr_obj_str_t empty_bytes_obj = {{&kr_type_bytes}, EMPTY_HASH, 0, 0, (const uint8_t *)""};

/* ---------------------------------------------------------------- construction */

kr_obj_str_t *kr_obj_str_alloc(const kr_type_t *type, size_t len) {
    if (len > (SIZE_MAX >> 2)) {
        kr_raise_memory_error();
    }
    kr_obj_str_t *s;
    if (len <= 256) {
        s = kr_gc_alloc(sizeof(kr_obj_str_t) + len + 1, 0);
        s->data = (const uint8_t *)(s + 1);
    } else {
        uint8_t *d = kr_gc_alloc(len + 1, KR_GC_FLAG_ATOMIC);
        s = kr_gc_alloc(sizeof(kr_obj_str_t), 0);
        s->data = d;
    }
    s->base.type = type;
    s->len = len;
    s->char_len = len;
    return s;
}

kr_obj_t kr_obj_str_finish(kr_obj_str_t *s) {
    if (s->base.type == &kr_type_bytes) {
        if (s->len == 0) {
            return KR_OBJ_FROM_PTR(&empty_bytes_obj);
        }
        return KR_OBJ_FROM_PTR(s);
    }
    if (s->len <= 1 && (s->len == 0 || s->data[0] < 0x80)) {
        return s->len == 0 ? KR_ROM_QSTR(empty) : KR_NEW_QSTR(KR_QSTR_CHAR(s->data[0]));
    }
    s->char_len = kr_unichar_utf8_char_count(s->data, s->len);
    return KR_OBJ_FROM_PTR(s);
}

kr_obj_t kr_obj_str_new_with_char_len(const char *data, size_t len, size_t char_len) {
    if (len <= 1 && (len == 0 || (uint8_t)data[0] < 0x80)) {
        return len == 0 ? KR_ROM_QSTR(empty) : KR_NEW_QSTR(KR_QSTR_CHAR(data[0]));
    }
    kr_obj_str_t *s = kr_obj_str_alloc(&kr_type_str, len);
    memcpy((uint8_t *)s->data, data, len);
    s->char_len = char_len;
    return KR_OBJ_FROM_PTR(s);
}

kr_obj_t kr_obj_new_str(const char *data, size_t len) {
    if (len <= 1 && (len == 0 || (uint8_t)data[0] < 0x80)) {
        return len == 0 ? KR_ROM_QSTR(empty) : KR_NEW_QSTR(KR_QSTR_CHAR(data[0]));
    }
    kr_obj_str_t *s = kr_obj_str_alloc(&kr_type_str, len);
    memcpy((uint8_t *)s->data, data, len);
    s->char_len = kr_unichar_utf8_char_count(s->data, len);
    return KR_OBJ_FROM_PTR(s);
}

kr_obj_t kr_obj_new_bytes(const uint8_t *data, size_t len) {
    if (len == 0) {
        return KR_OBJ_FROM_PTR(&empty_bytes_obj);
    }
    kr_obj_str_t *s = kr_obj_str_alloc(&kr_type_bytes, len);
    memcpy((uint8_t *)s->data, data, len);
    return KR_OBJ_FROM_PTR(s);
}

kr_obj_t kr_obj_str_new_of_type(const kr_type_t *type, const char *data, size_t len) {
    if (type == &kr_type_str) {
        return kr_obj_new_str(data, len);
    }
    if (type == &kr_type_bytearray) {
        return kr_obj_new_bytearray(len, (const uint8_t *)data);
    }
    return kr_obj_new_bytes((const uint8_t *)data, len);
}

static kr_obj_t new_from_vstr(const kr_type_t *type, kr_vstr_t *v) {
    kr_obj_t r;
    if (v->len <= 256 || v->buf == NULL || !kr_gc_is_heap_ptr(v->buf)) {
        r = kr_obj_str_new_of_type(type, v->buf ? v->buf : "", v->len);
        kr_vstr_clear(v);
        return r;
    }
    char *buf = kr_gc_realloc(v->buf, v->len + 1);
    buf[v->len] = 0;
    size_t len = v->len;
    v->buf = NULL;
    v->alloc = 0;
    v->len = 0;
    kr_obj_str_t *s = kr_gc_alloc(sizeof(kr_obj_str_t), 0);
    s->base.type = type;
    s->len = len;
    s->char_len = type == &kr_type_str ? kr_unichar_utf8_char_count((const uint8_t *)buf, len) : len;
    s->data = (const uint8_t *)buf;
    return KR_OBJ_FROM_PTR(s);
}

kr_obj_t kr_obj_new_str_from_vstr(kr_vstr_t *v) {
    return new_from_vstr(&kr_type_str, v);
}

kr_obj_t kr_obj_new_bytes_from_vstr(kr_vstr_t *v) {
    return new_from_vstr(&kr_type_bytes, v);
}

kr_obj_t kr_obj_new_str_interned(const char *data, size_t len) {
    return KR_NEW_QSTR(kr_qstr_from_strn(data, len));
}

kr_obj_t kr_obj_str_from_char(uint32_t c) {
    if (c < 0x80) {
        return KR_NEW_QSTR(KR_QSTR_CHAR(c));
    }
    uint8_t buf[4];
    size_t n = kr_unichar_utf8_encode(c, buf);
    return kr_obj_str_new_with_char_len((const char *)buf, n, 1);
}

/* ---------------------------------------------------------------- access */

bool kr_obj_is_str(kr_obj_t o) {
    return KR_IS_QSTR(o) || (KR_IS_OBJ(o) && kr_obj_str_native(KR_OBJ_TYPE(o)) == &kr_type_str);
}

bool kr_obj_is_str_or_bytes(kr_obj_t o) {
    if (KR_IS_QSTR(o)) {
        return true;
    }
    if (!KR_IS_OBJ(o)) {
        return false;
    }
    const kr_type_t *t = kr_obj_str_native(KR_OBJ_TYPE(o));
    return t == &kr_type_str || t == &kr_type_bytes;
}

const kr_type_t *kr_obj_str_kind(kr_obj_t self) {
    if (KR_IS_QSTR(self)) {
        return &kr_type_str;
    }
    return kr_obj_str_native(KR_OBJ_TYPE(self));
}

static size_t *grow_header(const kr_obj_str_t *s);

const char *kr_obj_str_get_data(kr_obj_t o, size_t *len) {
    if (KR_IS_QSTR(o)) {
        return kr_qstr_data(KR_QSTR_VALUE(o), len);
    }
    if (KR_IS_OBJ(o)) {
        const kr_type_t *t = kr_obj_str_native(KR_OBJ_TYPE(o));
        if (t == &kr_type_str || t == &kr_type_bytes) {
            kr_obj_str_t *s = KR_OBJ_TO_PTR(o);
            *len = s->len;
            if (s->data[s->len] != 0 && grow_header(s) != NULL) {
                /* a longer string extended this one's growable buffer: callers may
                 * want a C string, so give this string its own NUL-terminated copy */
                uint8_t *d = kr_gc_alloc(s->len + 1, KR_GC_FLAG_ATOMIC);
                memcpy(d, s->data, s->len);
                s->data = d;
            }
            return (const char *)s->data;
        }
        if (t == &kr_type_bytearray) {
            return (const char *)kr_obj_bytearray_data(o, len);
        }
    }
    kr_raise_fmt(&kr_type_TypeError, "expected str, bytes or bytearray, not %s", kr_obj_type_name(o));
}

size_t kr_obj_str_char_len(kr_obj_t o) {
    if (KR_IS_QSTR(o)) {
        size_t len;
        const char *d = kr_qstr_data(KR_QSTR_VALUE(o), &len);
        return kr_unichar_utf8_char_count((const uint8_t *)d, len);
    }
    if (KR_IS_OBJ(o) && kr_obj_str_kind(o) == &kr_type_bytearray) {
        return ((kr_obj_bytearray_t *)KR_OBJ_TO_PTR(o))->len;
    }
    return ((const kr_obj_str_t *)KR_OBJ_TO_PTR(o))->char_len;
}

kr_qstr_t kr_obj_str_get_qstr(kr_obj_t o) {
    if (KR_IS_QSTR(o)) {
        return KR_QSTR_VALUE(o);
    }
    const kr_obj_str_t *s = KR_OBJ_TO_PTR(o);
    return kr_qstr_from_strn((const char *)s->data, s->len);
}

uint32_t kr_obj_str_get_hash(kr_obj_t o) {
    if (KR_IS_QSTR(o)) {
        return kr_qstr_hash(KR_QSTR_VALUE(o));
    }
    kr_obj_str_t *s = KR_OBJ_TO_PTR(o);
    if (s->hash == 0) {
        s->hash = kr_qstr_hash_bytes((const char *)s->data, s->len);
    }
    return s->hash;
}

bool kr_obj_str_equal(kr_obj_t a, kr_obj_t b) {
    if (a == b) {
        return true;
    }
    if (KR_IS_QSTR(a) && KR_IS_QSTR(b)) {
        return false;   /* interned strings are unique */
    }
    size_t la, lb;
    const uint8_t *da = kr_obj_str_fast_data(a, &la);
    const uint8_t *db = kr_obj_str_fast_data(b, &lb);
    if (la != lb) {
        return false;
    }
    if (!KR_IS_QSTR(a) && !KR_IS_QSTR(b)) {
        uint32_t ha = ((const kr_obj_str_t *)KR_OBJ_TO_PTR(a))->hash;
        uint32_t hb = ((const kr_obj_str_t *)KR_OBJ_TO_PTR(b))->hash;
        if (ha != 0 && hb != 0 && ha != hb) {
            return false;
        }
    }
    return memcmp(da, db, la) == 0;
}

/* ---------------------------------------------------------------- repr */

static const char hexdig[] = "0123456789abcdef";

static void print_escape(const kr_print_t *p, uint32_t c) {
    char buf[10];
    size_t n;
    buf[0] = '\\';
    if (c < 0x100) {
        buf[1] = 'x';
        buf[2] = hexdig[c >> 4];
        buf[3] = hexdig[c & 15];
        n = 4;
    } else if (c < 0x10000) {
        buf[1] = 'u';
        for (int i = 0; i < 4; i++) {
            buf[2 + i] = hexdig[(c >> (12 - 4 * i)) & 15];
        }
        n = 6;
    } else {
        buf[1] = 'U';
        for (int i = 0; i < 8; i++) {
            buf[2 + i] = hexdig[(c >> (28 - 4 * i)) & 15];
        }
        n = 10;
    }
    kr_print_strn(p, buf, n);
}

void kr_str_print_quoted(const kr_print_t *p, const uint8_t *s, size_t len, bool is_bytes) {
    char q = '\'';
    if (memchr(s, '\'', len) != NULL && memchr(s, '"', len) == NULL) {
        q = '"';
    }
    if (is_bytes) {
        kr_print_strn(p, "b", 1);
    }
    kr_print_strn(p, &q, 1);
    const uint8_t *end = s + len;
    const uint8_t *run = s;
    const uint8_t *cur = s;
    while (cur < end) {
        uint8_t c = *cur;
        if (c >= 0x20 && c < 0x7f && c != '\\' && c != (uint8_t)q) {
            cur++;
            continue;
        }
        uint32_t cp = c;
        const uint8_t *next = cur + 1;
        if (c >= 0x80 && !is_bytes) {
            next = cur;
            cp = kr_unichar_utf8_get(&next);
            if (kr_unichar_isprintable(cp)) {
                cur = next;
                continue;
            }
        }
        kr_print_strn(p, (const char *)run, (size_t)(cur - run));
        switch (cp) {
            case '\\': kr_print_strn(p, "\\\\", 2); break;
            case '\n': kr_print_strn(p, "\\n", 2); break;
            case '\r': kr_print_strn(p, "\\r", 2); break;
            case '\t': kr_print_strn(p, "\\t", 2); break;
            default:
                if (cp == (uint32_t)q) {
                    char e[2] = {'\\', q};
                    kr_print_strn(p, e, 2);
                } else {
                    print_escape(p, cp);
                }
                break;
        }
        cur = next;
        run = cur;
    }
    kr_print_strn(p, (const char *)run, (size_t)(cur - run));
    kr_print_strn(p, &q, 1);
}

kr_obj_t kr_obj_str_repr_ascii(kr_obj_t repr_str) {
    size_t len;
    const uint8_t *s = (const uint8_t *)kr_obj_str_get_data(repr_str, &len);
    size_t i = 0;
    while (i < len && s[i] < 0x80) {
        i++;
    }
    if (i == len) {
        return repr_str;
    }
    kr_vstr_t v;
    kr_vstr_init(&v, len + 16);
    kr_print_t p;
    kr_print_init_vstr(&p, &v);
    kr_vstr_add_strn(&v, (const char *)s, i);
    const uint8_t *cur = s + i, *end = s + len;
    while (cur < end) {
        if (*cur < 0x80) {
            kr_vstr_add_byte(&v, *cur++);
        } else {
            print_escape(&p, kr_unichar_utf8_get(&cur));
        }
    }
    return kr_obj_new_str_from_vstr(&v);
}

static void str_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    size_t len;
    const uint8_t *d = kr_obj_str_fast_data(self, &len);
    if (kind == KR_PRINT_STR) {
        kr_print_strn(p, (const char *)d, len);
    } else {
        kr_str_print_quoted(p, d, len, false);
    }
}

static void bytes_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    size_t len;
    const uint8_t *d = kr_obj_str_fast_data(self, &len);
    kr_str_print_quoted(p, d, len, true);
}

/* ---------------------------------------------------------------- constructors */

bool kr_obj_str_is_bytes_like(kr_obj_t o) {
    if (!KR_IS_OBJ(o)) {
        return false;
    }
    const kr_type_t *t = kr_obj_str_native(KR_OBJ_TYPE(o));
    return t == &kr_type_bytes || t == &kr_type_bytearray || t == &kr_type_memoryview;
}

const uint8_t *kr_obj_str_bytes_data(kr_obj_t o, size_t *len) {
    if (KR_IS_OBJ(o)) {
        const kr_type_t *t = kr_obj_str_native(KR_OBJ_TYPE(o));
        if (t == &kr_type_bytes) {
            return kr_obj_str_fast_data(o, len);
        }
        if (t == &kr_type_bytearray) {
            return kr_obj_bytearray_data(o, len);
        }
        if (t != &kr_type_str) {
            kr_buffer_info_t info;
            if (kr_get_buffer(o, &info, KR_BUFFER_READ) == 0) {
                *len = info.len;
                return info.buf ? info.buf : (const uint8_t *)"";
            }
        }
    }
    kr_raise_fmt(&kr_type_TypeError, "a bytes-like object is required, not '%s'", kr_obj_type_name(o));
}

const uint8_t *kr_obj_str_arg_data(kr_obj_t self, kr_obj_t arg, size_t *len) {
    if (kr_obj_str_kind(self) == &kr_type_str) {
        if (!kr_obj_is_str(arg)) {
            kr_raise_fmt(&kr_type_TypeError, "must be str, not %s", kr_obj_type_name(arg));
        }
        return kr_obj_str_fast_data(arg, len);
    }
    return kr_obj_str_bytes_data(arg, len);
}

static kr_obj_t str_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_obj_t vals[3] = {KR_OBJ_NULL, KR_OBJ_NULL, KR_OBJ_NULL};
    if (n_args > 3) {
        kr_raise_fmt(&kr_type_TypeError, "str() takes at most 3 arguments (%u given)", (unsigned)(n_args + n_kw));
    }
    for (size_t i = 0; i < n_args; i++) {
        vals[i] = args[i];
    }
    for (size_t i = 0; i < n_kw; i++) {
        kr_obj_t key = args[n_args + 2 * i];
        kr_qstr_t k = kr_obj_str_get_qstr(key);
        int slot = k == KR_QSTR_object ? 0 : k == KR_QSTR_encoding ? 1 : k == KR_QSTR_errors ? 2 : -1;
        if (slot < 0) {
            kr_raise_fmt(&kr_type_TypeError, "'%s' is an invalid keyword argument for str()", kr_qstr_str(k));
        }
        vals[slot] = args[n_args + 2 * i + 1];
    }
    if (vals[0] == KR_OBJ_NULL) {
        return KR_ROM_QSTR(empty);
    }
    if (vals[1] == KR_OBJ_NULL && vals[2] == KR_OBJ_NULL) {
        if (kr_obj_str_is_exact(vals[0])) {
            return vals[0];
        }
        return kr_obj_str(vals[0]);
    }
    kr_obj_str_check_codec_args("str", vals[1] ? vals[1] : KR_OBJ_NULL, vals[2] ? vals[2] : KR_OBJ_NULL);
    if (kr_obj_is_str(vals[0])) {
        kr_raise_msg(&kr_type_TypeError, "decoding str is not supported");
    }
    if (!kr_obj_str_is_bytes_like(vals[0])) {
        kr_raise_fmt(&kr_type_TypeError, "decoding to str: need a bytes-like object, %s found",
                     kr_obj_type_name(vals[0]));
    }
    size_t len;
    const uint8_t *d = kr_obj_str_bytes_data(vals[0], &len);
    return kr_obj_str_decode(d, len, vals[1] ? vals[1] : KR_OBJ_NULL, vals[2] ? vals[2] : KR_OBJ_NULL);
}

static uint8_t byte_value(kr_obj_t item) {
    kr_int_t b;
    if (kr_obj_is_int(item)) {
        if (!kr_obj_int_get_checked(item, &b)) {
            b = -1;
        }
    } else {
        b = kr_obj_get_index(item);
    }
    if (b < 0 || b > 255) {
        kr_raise_msg(&kr_type_ValueError, "bytes must be in range(0, 256)");
    }
    return (uint8_t)b;
}

void kr_obj_str_bytes_from_arg(kr_vstr_t *v, kr_obj_t arg) {
    if (kr_obj_is_int(arg) || (KR_IS_OBJ(arg) && (KR_OBJ_TYPE(arg)->flags & KR_TYPE_FLAG_HEAP) &&
                               kr_type_lookup(KR_OBJ_TYPE(arg), KR_QSTR___index__) != KR_OBJ_NULL)) {
        kr_int_t n = kr_obj_get_index(arg);
        if (n < 0) {
            kr_raise_msg(&kr_type_ValueError, "negative count");
        }
        memset(kr_vstr_extend(v, (size_t)n), 0, (size_t)n);
        return;
    }
    if (kr_obj_is_str(arg)) {
        kr_raise_msg(&kr_type_TypeError, "string argument without an encoding");
    }
    if (KR_IS_OBJ(arg)) {
        kr_buffer_info_t info;
        if (KR_OBJ_TYPE(arg) == &kr_type_memoryview) {
            kr_obj_memoryview_to_vstr(arg, v);
            return;
        }
        if (kr_obj_str_kind(arg) == &kr_type_bytes || kr_obj_str_kind(arg) == &kr_type_bytearray) {
            size_t len;
            const uint8_t *d = kr_obj_str_bytes_data(arg, &len);
            kr_vstr_add_strn(v, (const char *)d, len);
            return;
        }
        if (KR_OBJ_TYPE(arg) == &kr_type_list || KR_OBJ_TYPE(arg) == &kr_type_tuple) {
            size_t n;
            kr_obj_t *items;
            kr_obj_get_array(arg, &n, &items);
            char *p = kr_vstr_extend(v, n);
            for (size_t i = 0; i < n; i++) {
                p[i] = (char)byte_value(items[i]);
            }
            return;
        }
        if (KR_OBJ_TYPE(arg)->get_buffer != NULL && kr_get_buffer(arg, &info, KR_BUFFER_READ) == 0) {
            kr_vstr_add_strn(v, info.buf, info.len);
            return;
        }
    }
    const kr_type_t *t = kr_obj_get_type(arg);
    if (t->getiter == NULL && !(t->flags & KR_TYPE_FLAG_HEAP)) {
        kr_raise_fmt(&kr_type_TypeError, "cannot convert '%s' object to %s", kr_qstr_str(t->name),
                     "bytes");
    }
    kr_obj_t it = kr_getiter(arg);
    kr_obj_t item;
    while ((item = kr_iternext(it)) != KR_OBJ_NULL) {
        kr_vstr_add_byte(v, byte_value(item));
    }
}

kr_obj_t kr_obj_str_bytes_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_obj_t vals[3] = {KR_OBJ_NULL, KR_OBJ_NULL, KR_OBJ_NULL};
    const char *tname = type == &kr_type_bytes ? "bytes" : "bytearray";
    if (n_args > 3) {
        kr_raise_fmt(&kr_type_TypeError, "%s() takes at most 3 arguments (%u given)", tname,
                     (unsigned)(n_args + n_kw));
    }
    for (size_t i = 0; i < n_args; i++) {
        vals[i] = args[i];
    }
    for (size_t i = 0; i < n_kw; i++) {
        kr_qstr_t k = kr_obj_str_get_qstr(args[n_args + 2 * i]);
        int slot = k == KR_QSTR_source ? 0 : k == KR_QSTR_encoding ? 1 : k == KR_QSTR_errors ? 2 : -1;
        if (slot < 0) {
            kr_raise_fmt(&kr_type_TypeError, "'%s' is an invalid keyword argument for %s()", kr_qstr_str(k), tname);
        }
        vals[slot] = args[n_args + 2 * i + 1];
    }
    kr_vstr_t v;
    if (vals[0] == KR_OBJ_NULL) {
        if (vals[1] != KR_OBJ_NULL || vals[2] != KR_OBJ_NULL) {
            kr_raise_msg(&kr_type_TypeError, vals[1] != KR_OBJ_NULL ? "encoding without a string argument"
                                                                       : "errors without a string argument");
        }
        return kr_obj_str_new_of_type(type, "", 0);
    }
    if (kr_obj_is_str(vals[0])) {
        if (vals[1] == KR_OBJ_NULL) {
            kr_raise_msg(&kr_type_TypeError, "string argument without an encoding");
        }
        kr_obj_t b = kr_call_method(vals[0], KR_QSTR_encode, vals[2] ? 2 : 1, &vals[1]);
        if (type == &kr_type_bytes) {
            return b;
        }
        size_t len;
        const uint8_t *d = kr_obj_str_fast_data(b, &len);
        return kr_obj_new_bytearray(len, d);
    }
    if (vals[1] != KR_OBJ_NULL || vals[2] != KR_OBJ_NULL) {
        kr_raise_msg(&kr_type_TypeError, vals[1] != KR_OBJ_NULL ? "encoding without a string argument"
                                                                   : "errors without a string argument");
    }
    if (type == &kr_type_bytes) {
        if (KR_IS_OBJ(vals[0]) && KR_OBJ_TYPE(vals[0]) == &kr_type_bytes) {
            return vals[0];
        }
        if (KR_IS_OBJ(vals[0]) && (KR_OBJ_TYPE(vals[0])->flags & KR_TYPE_FLAG_HEAP)) {
            kr_obj_t dest[2];
            kr_load_method_maybe(vals[0], KR_QSTR___bytes__, dest);
            if (dest[0] != KR_OBJ_NULL) {
                kr_obj_t r = kr_call_method_n_kw(0, 0, dest);
                if (!kr_obj_is_type(r, &kr_type_bytes)) {
                    kr_raise_fmt(&kr_type_TypeError, "__bytes__ returned non-bytes (type %s)", kr_obj_type_name(r));
                }
                return r;
            }
        }
    }
    const kr_type_t *at = kr_obj_get_type(vals[0]);
    if (type == &kr_type_bytearray && !kr_obj_is_int(vals[0]) && at->getiter == NULL && at->get_buffer == NULL &&
        !(at->flags & KR_TYPE_FLAG_HEAP)) {
        kr_raise_fmt(&kr_type_TypeError, "cannot convert '%s' object to bytearray", kr_qstr_str(at->name));
    }
    kr_vstr_init(&v, 16);
    kr_obj_str_bytes_from_arg(&v, vals[0]);
    if (type == &kr_type_bytes) {
        return kr_obj_new_bytes_from_vstr(&v);
    }
    kr_obj_t r = kr_obj_new_bytearray(v.len, (const uint8_t *)v.buf);
    kr_vstr_clear(&v);
    return r;
}

/* ---------------------------------------------------------------- operators */

static kr_obj_t str_unary_op(kr_unary_op_t op, kr_obj_t self) {
    switch (op) {
        case KR_UNARY_OP_BOOL: {
            size_t len;
            kr_obj_str_fast_data(self, &len);
            return KR_OBJ_BOOL(len != 0);
        }
        case KR_UNARY_OP_LEN:
            if (KR_IS_QSTR(self)) {
                return KR_NEW_SMALL_INT(kr_obj_str_char_len(self));
            }
            return KR_NEW_SMALL_INT(((const kr_obj_str_t *)KR_OBJ_TO_PTR(self))->char_len);
        case KR_UNARY_OP_HASH:
            return KR_NEW_SMALL_INT((kr_int_t)(kr_obj_str_get_hash(self) & (kr_uint_t)KR_SMALL_INT_MAX));
        default:
            return KR_OBJ_NULL;
    }
}

/* ---- growable buffers: amortised O(n) for repeated `s += x`
 *
 * A long str/bytes made by concatenation keeps its data in a GC block laid out as
 * [size_t used][data ... capacity]. Every string sharing the block starts at its data
 * and is at most `used` bytes long; the bytes past `used` belong to no string. So a
 * string whose length is exactly `used` can be extended in place: the new bytes are
 * written past `used` and a new string object shares the block. No existing string's
 * bytes change; only the NUL after the extended string is overwritten, and
 * kr_obj_str_get_data (the accessor C code uses for C strings) restores it by copying.
 * A block is recognised by its data starting GROW_HDR bytes into a GC allocation:
 * inline data sits further into its str object, other data at an allocation's start. */
#define GROW_HDR (2 * sizeof(size_t))   /* used, capacity */
#define GROW_MIN (256)   /* shorter strings keep their data inline */
_Static_assert(KR_GC_BLOCK_WORDS * sizeof(uintptr_t) > GROW_HDR, "growable str header must be inside a GC block");

/* The header of s's growable buffer, or NULL. */
static size_t *grow_header(const kr_obj_str_t *s) {
    if (s->len < GROW_MIN) {
        return NULL;
    }
    uint8_t *h = (uint8_t *)s->data - GROW_HDR;
    return kr_gc_is_alloc_start(h) ? (size_t *)h : NULL;
}

/* A new string object on a growable buffer holding da + db, with room to spare when
 * `spare` (the result is expected to grow). */
static kr_obj_str_t *grow_new(const kr_type_t *t, const uint8_t *da, size_t la, const uint8_t *db, size_t lb,
                              bool spare) {
    size_t len = la + lb;
    size_t room = len + 1 + (spare ? len / 2 + 16 : 0);
    if (room < len || room > (SIZE_MAX >> 2)) {
        kr_raise_memory_error();
    }
    size_t *h = kr_gc_alloc(GROW_HDR + room, KR_GC_FLAG_ATOMIC);
    uint8_t *d = (uint8_t *)h + GROW_HDR;
    memcpy(d, da, la);
    memcpy(d + la, db, lb);
    h[0] = len;
    h[1] = kr_gc_nbytes(h) - GROW_HDR;   /* the whole block: its rounding is room too */
    kr_obj_str_t *s = kr_gc_alloc(sizeof(kr_obj_str_t), 0);
    s->base.type = t;
    s->len = len;
    s->char_len = len;
    s->data = d;
    return s;
}

/* a + b (a's type t), extending a's growable buffer; NULL if a has none or another
 * string already extends it. */
static kr_obj_str_t *grow_concat(const kr_type_t *t, kr_obj_t a, const uint8_t *db, size_t lb) {
    const kr_obj_str_t *sa = KR_IS_OBJ(a) ? KR_OBJ_TO_PTR(a) : NULL;
    size_t *h = sa != NULL ? grow_header(sa) : NULL;
    if (h == NULL) {
        return NULL;
    }
    size_t la = sa->len;
    if (h[0] != la) {
        return NULL;   /* a longer string already shares this buffer */
    }
    if (lb < h[1] - la) {
        uint8_t *d = (uint8_t *)sa->data;
        memcpy(d + la, db, lb);   /* db cannot overlap: nothing lies past `used` */
        d[la + lb] = 0;
        h[0] = la + lb;
        kr_obj_str_t *s = kr_gc_alloc(sizeof(kr_obj_str_t), 0);
        s->base.type = t;
        s->len = la + lb;
        s->char_len = la + lb;
        s->data = d;
        return s;
    }
    return grow_new(t, sa->data, la, db, lb, true);
}

kr_obj_t kr_obj_str_concat(kr_obj_t a, kr_obj_t b) {
    return kr_obj_str_concat_op(a, b, false);
}

/* a + b; inplace: it is `a += b` (the result will likely grow further). */
kr_obj_t kr_obj_str_concat_op(kr_obj_t a, kr_obj_t b, bool inplace) {
    size_t la, lb;
    const kr_type_t *t = kr_obj_str_kind(a);
    const uint8_t *da = t == &kr_type_str ? kr_obj_str_fast_data(a, &la) : kr_obj_str_bytes_data(a, &la);
    const uint8_t *db = t == &kr_type_str ? kr_obj_str_fast_data(b, &lb) : kr_obj_str_bytes_data(b, &lb);
    if (t == &kr_type_bytearray) {
        kr_obj_t r = kr_obj_new_bytearray(la + lb, NULL);
        size_t n;
        uint8_t *d = kr_obj_bytearray_data(r, &n);
        memcpy(d, da, la);
        memcpy(d + la, db, lb);
        return r;
    }
    if (lb == 0 && kr_obj_str_is_exact_of(a, t)) {
        return a;
    }
    if (la == 0 && kr_obj_str_is_exact_of(b, t)) {
        return b;
    }
    if (la + lb < la) {
        kr_raise_memory_error();
    }
    kr_obj_str_t *s = NULL;
    if (la + lb >= GROW_MIN) {
        s = grow_concat(t, a, db, lb);
        if (s == NULL) {
            s = grow_new(t, da, la, db, lb, inplace);
        }
    } else {
        s = kr_obj_str_alloc(t, la + lb);
        memcpy((uint8_t *)s->data, da, la);
        memcpy((uint8_t *)s->data + la, db, lb);
    }
    if (t == &kr_type_str) {
        s->char_len = kr_obj_str_char_len(a) + kr_obj_str_char_len(b);
        return KR_OBJ_FROM_PTR(s);
    }
    return kr_obj_str_finish(s);
}

static kr_obj_t str_repeat(kr_obj_t self, kr_obj_t n_obj) {
    const kr_type_t *t = kr_obj_str_kind(self);
    kr_int_t n;
    if (KR_IS_SMALL_INT(n_obj)) {
        n = KR_SMALL_INT_VALUE(n_obj);
    } else if (!kr_obj_int_get_checked(n_obj, &n)) {
        kr_raise_msg(&kr_type_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    size_t len;
    const uint8_t *d = t == &kr_type_str ? kr_obj_str_fast_data(self, &len) : kr_obj_str_bytes_data(self, &len);
    if (n <= 0 || len == 0) {
        return kr_obj_str_new_of_type(t, "", 0);
    }
    if (n == 1 && kr_obj_str_is_exact_of(self, t)) {
        return self;
    }
    if ((size_t)n > (size_t)INTPTR_MAX / len) {
        kr_raise_msg(&kr_type_OverflowError, t == &kr_type_str ? "repeated string is too long"
                                                                : "repeated bytes are too long");
    }
    size_t total = len * (size_t)n;
    if (total > kr_gc_mem_total()) {
        kr_raise_memory_error();
    }
    if (t == &kr_type_bytearray) {
        kr_obj_t r = kr_obj_new_bytearray(total, NULL);
        size_t m;
        uint8_t *dst = kr_obj_bytearray_data(r, &m);
        d = kr_obj_str_bytes_data(self, &len);
        for (kr_int_t i = 0; i < n; i++) {
            memcpy(dst + (size_t)i * len, d, len);
        }
        return r;
    }
    size_t char_len = t == &kr_type_str ? kr_obj_str_char_len(self) : len;
    kr_obj_str_t *s = kr_obj_str_alloc(t, total);
    d = kr_obj_str_fast_data(self, &len);   /* qstr data is stable; heap data too */
    uint8_t *dst = (uint8_t *)s->data;
    if (len == 1) {
        memset(dst, d[0], total);
    } else {
        memcpy(dst, d, len);
        size_t done = len;
        while (done < total) {
            size_t chunk = done < total - done ? done : total - done;
            memcpy(dst + done, dst, chunk);
            done += chunk;
        }
    }
    s->char_len = char_len * (size_t)n;
    return KR_OBJ_FROM_PTR(s);
}

static int bytes_cmp(const uint8_t *a, size_t la, const uint8_t *b, size_t lb) {
    size_t n = la < lb ? la : lb;
    int c = n ? memcmp(a, b, n) : 0;
    if (c != 0) {
        return c;
    }
    return la < lb ? -1 : la > lb ? 1 : 0;
}

static bool is_heap_obj(kr_obj_t o) {
    return KR_IS_OBJ(o) && (KR_OBJ_TYPE(o)->flags & KR_TYPE_FLAG_HEAP) != 0;
}

static kr_obj_t cmp_result(kr_binary_op_t op, int c) {
    switch (op) {
        case KR_BINARY_OP_LESS: return KR_OBJ_BOOL(c < 0);
        case KR_BINARY_OP_MORE: return KR_OBJ_BOOL(c > 0);
        case KR_BINARY_OP_EQUAL: return KR_OBJ_BOOL(c == 0);
        case KR_BINARY_OP_LESS_EQUAL: return KR_OBJ_BOOL(c <= 0);
        case KR_BINARY_OP_MORE_EQUAL: return KR_OBJ_BOOL(c >= 0);
        default: return KR_OBJ_BOOL(c != 0);
    }
}

/* a bytes search helper (memmem may not exist on every libc) */
static const uint8_t *find_sub(const uint8_t *h, size_t hl, const uint8_t *n, size_t nl) {
    if (nl == 0) {
        return h;
    }
    if (nl > hl) {
        return NULL;
    }
    const uint8_t *end = h + hl - nl + 1;
    const uint8_t *p = h;
    while (p < end) {
        p = memchr(p, n[0], (size_t)(end - p));
        if (p == NULL) {
            return NULL;
        }
        if (memcmp(p, n, nl) == 0) {
            return p;
        }
        p++;
    }
    return NULL;
}

kr_obj_t kr_obj_str_binary_op(kr_binary_op_t op, kr_obj_t lhs, kr_obj_t rhs) {
    const kr_type_t *t = kr_obj_str_kind(lhs);
    bool is_str = t == &kr_type_str;
    bool inplace = KR_BINARY_OP_IS_INPLACE(op);
    if (inplace) {
        op = KR_BINARY_OP_INPLACE_TO_NORMAL(op);
    }
    switch (op) {
        case KR_BINARY_OP_ADD:
            if (is_str ? kr_obj_is_str(rhs) : kr_obj_str_is_bytes_like(rhs)) {
                return kr_obj_str_concat_op(lhs, rhs, inplace);
            }
            if (is_heap_obj(rhs)) {
                return KR_OBJ_NULL;
            }
            if (is_str) {
                kr_raise_fmt(&kr_type_TypeError, "can only concatenate str (not \"%s\") to str", kr_obj_type_name(rhs));
            }
            kr_raise_fmt(&kr_type_TypeError, "can't concat %s to %s", kr_obj_type_name(rhs), kr_qstr_str(t->name));
        case KR_BINARY_OP_MULTIPLY:
        case KR_BINARY_OP_REVERSE_MULTIPLY:
            if (kr_obj_is_int(rhs)) {
                return str_repeat(lhs, rhs);
            }
            if (is_heap_obj(rhs)) {
                kr_obj_t dest[2];
                kr_load_method_maybe(rhs, KR_QSTR___index__, dest);
                if (dest[0] != KR_OBJ_NULL) {
                    return str_repeat(lhs, kr_obj_new_int(kr_obj_get_index(rhs)));
                }
                return KR_OBJ_NULL;
            }
            kr_raise_fmt(&kr_type_TypeError, "can't multiply sequence by non-int of type '%s'", kr_obj_type_name(rhs));
        case KR_BINARY_OP_MODULO:
            if (t == &kr_type_bytearray) {
                kr_obj_t r = kr_strformat_modulo(lhs, rhs);
                size_t len;
                const uint8_t *d = kr_obj_str_fast_data(r, &len);
                return kr_obj_new_bytearray(len, d);
            }
            return kr_strformat_modulo(lhs, rhs);
        case KR_BINARY_OP_LESS:
        case KR_BINARY_OP_MORE:
        case KR_BINARY_OP_EQUAL:
        case KR_BINARY_OP_LESS_EQUAL:
        case KR_BINARY_OP_MORE_EQUAL:
        case KR_BINARY_OP_NOT_EQUAL: {
            size_t la, lb;
            const uint8_t *da, *db;
            if (is_str) {
                if (!kr_obj_is_str(rhs)) {
                    goto not_comparable;
                }
                if (op == KR_BINARY_OP_EQUAL || op == KR_BINARY_OP_NOT_EQUAL) {
                    return KR_OBJ_BOOL(kr_obj_str_equal(lhs, rhs) == (op == KR_BINARY_OP_EQUAL));
                }
                da = kr_obj_str_fast_data(lhs, &la);
                db = kr_obj_str_fast_data(rhs, &lb);
            } else {
                if (!kr_obj_str_is_bytes_like(rhs)) {
                    goto not_comparable;
                }
                da = kr_obj_str_bytes_data(lhs, &la);
                db = kr_obj_str_bytes_data(rhs, &lb);
                if ((op == KR_BINARY_OP_EQUAL || op == KR_BINARY_OP_NOT_EQUAL) && la != lb) {
                    return KR_OBJ_BOOL(op == KR_BINARY_OP_NOT_EQUAL);
                }
            }
            return cmp_result(op, bytes_cmp(da, la, db, lb));
        not_comparable:
            if ((op == KR_BINARY_OP_EQUAL || op == KR_BINARY_OP_NOT_EQUAL) && !is_heap_obj(rhs)) {
                return KR_OBJ_BOOL(op == KR_BINARY_OP_NOT_EQUAL);
            }
            return KR_OBJ_NULL;
        }
        case KR_BINARY_OP_CONTAINS: {
            size_t hl, nl;
            const uint8_t *h, *n;
            uint8_t byte;
            if (is_str) {
                if (!kr_obj_is_str(rhs)) {
                    kr_raise_fmt(&kr_type_TypeError, "'in <string>' requires string as left operand, not %s",
                                 kr_obj_type_name(rhs));
                }
                h = kr_obj_str_fast_data(lhs, &hl);
                n = kr_obj_str_fast_data(rhs, &nl);
            } else {
                h = kr_obj_str_bytes_data(lhs, &hl);
                if (kr_obj_is_int(rhs)) {
                    kr_int_t b;
                    if (!kr_obj_int_get_checked(rhs, &b)) {
                        b = -1;
                    }
                    if (b < 0 || b > 255) {
                        kr_raise_msg(&kr_type_ValueError, "byte must be in range(0, 256)");
                    }
                    byte = (uint8_t)b;
                    return KR_OBJ_BOOL(hl > 0 && memchr(h, byte, hl) != NULL);
                }
                n = kr_obj_str_bytes_data(rhs, &nl);
            }
            return KR_OBJ_BOOL(find_sub(h, hl, n, nl) != NULL);
        }
        default:
            return KR_OBJ_NULL;
    }
}

/* ---------------------------------------------------------------- subscripts */

static kr_int_t get_seq_index(kr_obj_t index, const kr_type_t *t) {
    if (KR_IS_SMALL_INT(index)) {
        return KR_SMALL_INT_VALUE(index);
    }
    if (kr_obj_is_int(index)) {
        kr_int_t v;
        if (!kr_obj_int_get_checked(index, &v)) {
            kr_raise_msg(&kr_type_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        return v;
    }
    if (is_heap_obj(index)) {
        return kr_obj_get_index(index);
    }
    if (t == &kr_type_str) {
        kr_raise_fmt(&kr_type_TypeError, "string indices must be integers, not '%s'", kr_obj_type_name(index));
    }
    kr_raise_fmt(&kr_type_TypeError, "%s indices must be integers or slices, not %s",
                 t == &kr_type_bytes ? "byte" : "bytearray", kr_obj_type_name(index));
}

/* ---- character index -> byte offset in non-ASCII text
 * The last lookup in a long str is remembered (the str is kept in a root slot, so the
 * pointer cannot be reused by another object), so s[i] in a loop walks only from the
 * previous position: forward or backward, whichever of it and the two ends is nearest. */
static size_t index_char, index_byte;

static size_t walk_chars(const uint8_t *d, size_t len, size_t pos, size_t from, size_t to) {
    while (from < to) {
        pos++;
        while (pos < len && kr_unichar_utf8_is_cont(d[pos])) {
            pos++;
        }
        from++;
    }
    while (from > to) {
        pos--;
        while (pos > 0 && kr_unichar_utf8_is_cont(d[pos])) {
            pos--;
        }
        from--;
    }
    return pos;
}

static size_t char_offset(kr_obj_t self, const uint8_t *d, size_t len, size_t n, size_t i) {
    if (len < 128 || len == n || !KR_IS_OBJ(self) || i >= n) {
        return kr_unichar_utf8_offset(d, len, n, i);
    }
    kr_obj_t *slot = &kr_state.extra_roots[KR_ROOT_STR_INDEX];
    size_t off;
    size_t from_ends = i < n - i ? i : n - i;
    if (*slot == self && (index_char > i ? index_char - i : i - index_char) < from_ends) {
        off = walk_chars(d, len, index_byte, index_char, i);
    } else {
        off = kr_unichar_utf8_offset(d, len, n, i);
    }
    *slot = self;
    index_char = i;
    index_byte = off;
    return off;
}

kr_obj_t kr_obj_str_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    if (value != KR_OBJ_SENTINEL) {
        return KR_OBJ_NULL;
    }
    const kr_type_t *t = kr_obj_str_kind(self);
    size_t len;
    const uint8_t *d = t == &kr_type_str ? kr_obj_str_fast_data(self, &len) : kr_obj_str_bytes_data(self, &len);
    size_t n = t == &kr_type_str ? kr_obj_str_char_len(self) : len;
    if (kr_obj_is_type(index, &kr_type_slice)) {
        kr_int_t start, stop, step;
        size_t slen = kr_obj_slice_indices(index, n, &start, &stop, &step);
        if (step == 1) {
            if (slen == n && kr_obj_str_is_exact_of(self, t)) {
                return self;
            }
            if (n == len) {
                return kr_obj_str_new_of_type(t, (const char *)d + start, slen);
            }
            size_t b0 = char_offset(self, d, len, n, (size_t)start);
            size_t b1 = b0;
            for (size_t k = 0; k < slen; k++) {
                b1++;
                while (b1 < len && kr_unichar_utf8_is_cont(d[b1])) {
                    b1++;
                }
            }
            return kr_obj_str_new_with_char_len((const char *)d + b0, b1 - b0, slen);
        }
        if (n == len) {
            kr_obj_t r;
            uint8_t *dst;
            if (t == &kr_type_bytearray) {
                r = kr_obj_new_bytearray(slen, NULL);
                size_t m;
                dst = kr_obj_bytearray_data(r, &m);
                d = kr_obj_str_bytes_data(self, &len);
                for (size_t k = 0; k < slen; k++) {
                    dst[k] = d[start + (kr_int_t)k * step];
                }
                return r;
            }
            kr_obj_str_t *s = kr_obj_str_alloc(t, slen);
            dst = (uint8_t *)s->data;
            for (size_t k = 0; k < slen; k++) {
                dst[k] = d[start + (kr_int_t)k * step];
            }
            return kr_obj_str_finish(s);
        }
        /* non-ASCII str with a step: offsets of every code point */
        size_t *offs = kr_gc_alloc((n + 1) * sizeof(size_t), KR_GC_FLAG_ATOMIC);
        size_t pos = 0;
        for (size_t k = 0; k <= n; k++) {
            offs[k] = pos;
            if (pos < len) {
                pos++;
                while (pos < len && kr_unichar_utf8_is_cont(d[pos])) {
                    pos++;
                }
            }
        }
        kr_vstr_t v;
        kr_vstr_init(&v, slen * 2);
        for (size_t k = 0; k < slen; k++) {
            size_t ci = (size_t)(start + (kr_int_t)k * step);
            kr_vstr_add_strn(&v, (const char *)d + offs[ci], offs[ci + 1] - offs[ci]);
        }
        kr_gc_free(offs);
        return kr_obj_new_str_from_vstr(&v);
    }
    kr_int_t i = get_seq_index(index, t);
    if (i < 0) {
        i += (kr_int_t)n;
    }
    if (i < 0 || (size_t)i >= n) {
        kr_raise_msg(&kr_type_IndexError, t == &kr_type_str ? "string index out of range"
                                          : t == &kr_type_bytes ? "index out of range"
                                          : "bytearray index out of range");
    }
    if (t != &kr_type_str) {
        return KR_NEW_SMALL_INT(d[i]);
    }
    if (n == len) {
        return KR_NEW_QSTR(KR_QSTR_CHAR(d[i]));
    }
    size_t off = char_offset(self, d, len, n, (size_t)i);
    const uint8_t *p = d + off;
    const uint8_t *q = p;
    kr_unichar_utf8_get(&q);
    if (q - p == 1) {
        return KR_NEW_QSTR(KR_QSTR_CHAR(*p));
    }
    return kr_obj_str_new_with_char_len((const char *)p, (size_t)(q - p), 1);
}

/* ---------------------------------------------------------------- iteration */

typedef struct _str_it_t {
    kr_obj_base_t base;
    kr_obj_t str;
    size_t pos;          /* byte offset */
} str_it_t;

static kr_obj_t it_self(kr_obj_t self) {
    return self;
}

static kr_obj_t str_it_next(kr_obj_t self) {
    str_it_t *it = KR_OBJ_TO_PTR(self);
    size_t len;
    const uint8_t *d = kr_obj_str_fast_data(it->str, &len);
    if (it->pos >= len) {
        return KR_OBJ_NULL;
    }
    const uint8_t *p = d + it->pos;
    if (*p < 0x80) {
        it->pos++;
        return KR_NEW_QSTR(KR_QSTR_CHAR(*p));
    }
    const uint8_t *q = p;
    kr_unichar_utf8_get(&q);
    it->pos += (size_t)(q - p);
    return kr_obj_str_new_with_char_len((const char *)p, (size_t)(q - p), 1);
}

static kr_obj_t bytes_it_next(kr_obj_t self) {
    str_it_t *it = KR_OBJ_TO_PTR(self);
    size_t len;
    const uint8_t *d = kr_obj_str_bytes_data(it->str, &len);
    if (it->pos >= len) {
        return KR_OBJ_NULL;
    }
    return KR_NEW_SMALL_INT(d[it->pos++]);
}

static const kr_type_t str_iterator_type = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF,
    .name = KR_QSTR_str_iterator,
    .getiter = it_self,
    .iternext = str_it_next,
};

static const kr_type_t bytes_iterator_type = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF,
    .name = KR_QSTR_bytes_iterator,
    .getiter = it_self,
    .iternext = bytes_it_next,
};

static kr_obj_t str_getiter(kr_obj_t self) {
    str_it_t *it = kr_gc_alloc(sizeof(str_it_t), 0);
    it->base.type = kr_obj_str_kind(self) == &kr_type_str ? &str_iterator_type : &bytes_iterator_type;
    it->str = self;
    it->pos = 0;
    return KR_OBJ_FROM_PTR(it);
}

/* for bytearray (objbytearray.c) */
kr_obj_t kr_obj_str_bytes_getiter(kr_obj_t self);
kr_obj_t kr_obj_str_bytes_getiter(kr_obj_t self) {
    return str_getiter(self);
}

/* ---------------------------------------------------------------- buffer */

static int str_get_buffer(kr_obj_t self, kr_buffer_info_t *info, unsigned flags) {
    if (flags & KR_BUFFER_WRITE) {
        return 1;
    }
    size_t len;
    info->buf = (void *)kr_obj_str_fast_data(self, &len);
    info->len = len;
    info->typecode = 'B';
    return 0;
}

/* ---------------------------------------------------------------- types */

const kr_type_t kr_type_str = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_str,
    .print = str_print,
    .make_new = str_make_new,
    .unary_op = str_unary_op,
    .binary_op = kr_obj_str_binary_op,
    .subscr = kr_obj_str_subscr,
    .getiter = str_getiter,
    .get_buffer = str_get_buffer,
    .locals_dict = &kr_obj_str_locals_dict,
};

const kr_type_t kr_type_bytes = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_bytes,
    .print = bytes_print,
    .make_new = kr_obj_str_bytes_make_new,
    .unary_op = str_unary_op,
    .binary_op = kr_obj_str_binary_op,
    .subscr = kr_obj_str_subscr,
    .getiter = str_getiter,
    .get_buffer = str_get_buffer,
    .locals_dict = &kr_obj_bytes_locals_dict,
};
