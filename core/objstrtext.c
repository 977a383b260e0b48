/* objstrtext.c: str/bytes methods about characters: case conversion, is*() tests,
 * padding (center/ljust/rjust/zfill/expandtabs), codecs (encode/decode), hex/fromhex,
 * maketrans/translate. */
#include <string.h>
#include <limits.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objstr.h"
#include "objstrmethods.h"
#include "objbytearray.h"
#include "objexcept.h"

static kr_obj_t result_from_vstr(const kr_strview_t *v, kr_vstr_t *out) {
    if (v->kind == &kr_type_str) {
        return kr_obj_new_str_from_vstr(out);
    }
    if (v->kind == &kr_type_bytes) {
        return kr_obj_new_bytes_from_vstr(out);
    }
    kr_obj_t r = kr_obj_new_bytearray(out->len, (const uint8_t *)out->buf);
    kr_vstr_clear(out);
    return r;
}

/* ---------------------------------------------------------------- case */

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE, CASE_CASEFOLD };

static void add_full_case(kr_vstr_t *out, uint32_t c, kr_unichar_case_t kind) {
    uint32_t m[3];
    size_t n = kr_unichar_full_case(c, kind, m);
    for (size_t i = 0; i < n; i++) {
        kr_vstr_add_char(out, m[i]);
    }
}

/* Greek capital sigma lower-cases to final sigma when it ends a word: a cased letter comes
 * before it and none after it (case-ignorable characters skipped both ways), as CPython. */
static uint32_t lower_sigma(const uint8_t *start, const uint8_t *cur, const uint8_t *next, const uint8_t *end) {
    bool before = false;
    const uint8_t *q = cur;
    while (q > start) {
        do {
            q--;
        } while (q > start && kr_unichar_utf8_is_cont(*q));
        const uint8_t *r = q;
        uint32_t pc = kr_unichar_utf8_get(&r);
        if (!kr_unichar_iscaseignorable(pc)) {
            before = kr_unichar_iscased(pc);
            break;
        }
    }
    if (!before) {
        return 0x3c3;
    }
    const uint8_t *r = next;
    while (r < end) {
        uint32_t nc = kr_unichar_utf8_get(&r);
        if (!kr_unichar_iscaseignorable(nc)) {
            return kr_unichar_iscased(nc) ? 0x3c3 : 0x3c2;
        }
    }
    return 0x3c2;
}

/* lower-case c, which starts at cur and ends at next, in the text [start, end) */
static void add_lower(kr_vstr_t *out, uint32_t c, const uint8_t *start, const uint8_t *cur,
                      const uint8_t *next, const uint8_t *end) {
    if (c == 0x3a3) {
        kr_vstr_add_char(out, lower_sigma(start, cur, next, end));
        return;
    }
    add_full_case(out, c, KR_UNICHAR_LOWER);
}

static kr_obj_t do_case(kr_obj_t self, int op, kr_qstr_t name) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, self, name);
    kr_vstr_t out;
    kr_vstr_init(&out, v.len + 1);
    const uint8_t *p = v.d, *e = v.d + v.len;
    bool prev_cased = false;
    bool first = true;
    while (p < e) {
        const uint8_t *cur = p;
        uint32_t c = (v.is_str && *p >= 0x80) ? kr_unichar_utf8_get(&p) : *p++;
        if (c >= 0x80 && !v.is_str) {
            kr_vstr_add_byte(&out, (uint8_t)c);
            prev_cased = false;
            first = false;
            continue;
        }
        switch (op) {
            case CASE_UPPER:
                add_full_case(&out, c, KR_UNICHAR_UPPER);
                break;
            case CASE_LOWER:
                add_lower(&out, c, v.d, cur, p, e);
                break;
            case CASE_CASEFOLD:
                add_full_case(&out, c, KR_UNICHAR_FOLD);
                break;
            case CASE_SWAP:
                if (kr_unichar_isupper(c)) {
                    add_lower(&out, c, v.d, cur, p, e);
                } else if (kr_unichar_islower(c)) {
                    add_full_case(&out, c, KR_UNICHAR_UPPER);
                } else {
                    kr_vstr_add_char(&out, c);
                }
                break;
            case CASE_CAPITALIZE:
                if (first) {
                    add_full_case(&out, c, KR_UNICHAR_TITLE);
                } else {
                    add_lower(&out, c, v.d, cur, p, e);
                }
                break;
            default: /* CASE_TITLE */
                if (prev_cased) {
                    add_lower(&out, c, v.d, cur, p, e);
                } else {
                    add_full_case(&out, c, KR_UNICHAR_TITLE);
                }
                prev_cased = kr_unichar_iscased(c);
                break;
        }
        first = false;
    }
    return result_from_vstr(&v, &out);
}

static kr_obj_t str_upper(kr_obj_t self) {
    /* ASCII fast path */
    if (kr_obj_str_is_exact(self) || kr_obj_is_type(self, &kr_type_bytes)) {
        size_t len;
        const uint8_t *d = kr_obj_str_fast_data(self, &len);
        bool is_str = kr_obj_str_is_exact(self);
        if (!is_str || kr_obj_str_char_len(self) == len) {
            kr_obj_str_t *s = kr_obj_str_alloc(is_str ? &kr_type_str : &kr_type_bytes, len);
            uint8_t *o = (uint8_t *)s->data;
            for (size_t i = 0; i < len; i++) {
                uint8_t c = d[i];
                o[i] = (c >= 'a' && c <= 'z') ? (uint8_t)(c - 32) : c;
            }
            if (is_str && len > 1) {
                return KR_OBJ_FROM_PTR(s);   /* ASCII: char_len == len */
            }
            return kr_obj_str_finish(s);
        }
    }
    return do_case(self, CASE_UPPER, KR_QSTR_upper);
}
KR_DEFINE_FUN_1(kr_obj_str_upper_obj, str_upper);

static kr_obj_t str_lower(kr_obj_t self) {
    if (kr_obj_str_is_exact(self) || kr_obj_is_type(self, &kr_type_bytes)) {
        size_t len;
        const uint8_t *d = kr_obj_str_fast_data(self, &len);
        bool is_str = kr_obj_str_is_exact(self);
        if (!is_str || kr_obj_str_char_len(self) == len) {
            kr_obj_str_t *s = kr_obj_str_alloc(is_str ? &kr_type_str : &kr_type_bytes, len);
            uint8_t *o = (uint8_t *)s->data;
            for (size_t i = 0; i < len; i++) {
                uint8_t c = d[i];
                o[i] = (c >= 'A' && c <= 'Z') ? (uint8_t)(c + 32) : c;
            }
            if (is_str && len > 1) {
                return KR_OBJ_FROM_PTR(s);   /* ASCII: char_len == len */
            }
            return kr_obj_str_finish(s);
        }
    }
    return do_case(self, CASE_LOWER, KR_QSTR_lower);
}
KR_DEFINE_FUN_1(kr_obj_str_lower_obj, str_lower);

static kr_obj_t str_swapcase(kr_obj_t self) {
    return do_case(self, CASE_SWAP, KR_QSTR_swapcase);
}
KR_DEFINE_FUN_1(kr_obj_str_swapcase_obj, str_swapcase);

static kr_obj_t str_capitalize(kr_obj_t self) {
    return do_case(self, CASE_CAPITALIZE, KR_QSTR_capitalize);
}
KR_DEFINE_FUN_1(kr_obj_str_capitalize_obj, str_capitalize);

static kr_obj_t str_title(kr_obj_t self) {
    return do_case(self, CASE_TITLE, KR_QSTR_title);
}
KR_DEFINE_FUN_1(kr_obj_str_title_obj, str_title);

static kr_obj_t str_casefold(kr_obj_t self) {
    return do_case(self, CASE_CASEFOLD, KR_QSTR_casefold);
}
KR_DEFINE_FUN_1(kr_obj_str_casefold_obj, str_casefold);

/* ---------------------------------------------------------------- is*() */

enum { IS_DIGIT, IS_ALPHA, IS_ALNUM, IS_SPACE, IS_DECIMAL, IS_NUMERIC, IS_PRINTABLE, IS_ASCII };

static bool char_test(int what, uint32_t c, bool is_str) {
    if (!is_str && c >= 0x80) {
        return what == IS_PRINTABLE;
    }
    switch (what) {
        case IS_DIGIT: return kr_unichar_isdigit(c);
        case IS_ALPHA: return kr_unichar_isalpha(c);
        case IS_ALNUM: return kr_unichar_isalpha(c) || kr_unichar_isnumeric(c);
        case IS_SPACE: return is_str ? kr_unichar_isspace(c) : (c == ' ' || (c >= 9 && c <= 13));
        case IS_DECIMAL: return kr_unichar_isdecimal(c);
        case IS_NUMERIC: return kr_unichar_isnumeric(c);
        case IS_PRINTABLE: return kr_unichar_isprintable(c);
        default: return c < 0x80;
    }
}

static kr_obj_t do_is(kr_obj_t self, int what, kr_qstr_t name) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, self, name);
    if (v.len == 0) {
        return KR_OBJ_BOOL(what == IS_PRINTABLE || what == IS_ASCII);
    }
    const uint8_t *p = v.d, *e = v.d + v.len;
    while (p < e) {
        uint32_t c = (v.is_str && *p >= 0x80) ? kr_unichar_utf8_get(&p) : *p++;
        if (!char_test(what, c, v.is_str)) {
            return KR_OBJ_FALSE;
        }
    }
    return KR_OBJ_TRUE;
}

#define DEFINE_IS(name, what) \
    static kr_obj_t str_##name(kr_obj_t self) { return do_is(self, what, KR_QSTR_##name); } \
    KR_DEFINE_FUN_1(kr_obj_str_##name##_obj, str_##name);

DEFINE_IS(isdigit, IS_DIGIT)
DEFINE_IS(isalpha, IS_ALPHA)
DEFINE_IS(isalnum, IS_ALNUM)
DEFINE_IS(isspace, IS_SPACE)
DEFINE_IS(isdecimal, IS_DECIMAL)
DEFINE_IS(isnumeric, IS_NUMERIC)
DEFINE_IS(isprintable, IS_PRINTABLE)
DEFINE_IS(isascii, IS_ASCII)

/* isupper()/islower(): no character of the other case nor titlecase, and one of this case */
static kr_obj_t do_is_case(kr_obj_t self, bool upper, kr_qstr_t name) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, self, name);
    const uint8_t *p = v.d, *e = v.d + v.len;
    bool cased = false;
    while (p < e) {
        uint32_t c = (v.is_str && *p >= 0x80) ? kr_unichar_utf8_get(&p) : *p++;
        if (!v.is_str && c >= 0x80) {
            continue;
        }
        if ((upper ? kr_unichar_islower(c) : kr_unichar_isupper(c)) || kr_unichar_istitle(c)) {
            return KR_OBJ_FALSE;
        }
        if (upper ? kr_unichar_isupper(c) : kr_unichar_islower(c)) {
            cased = true;
        }
    }
    return KR_OBJ_BOOL(cased);
}

static kr_obj_t str_isupper(kr_obj_t self) {
    return do_is_case(self, true, KR_QSTR_isupper);
}
KR_DEFINE_FUN_1(kr_obj_str_isupper_obj, str_isupper);

static kr_obj_t str_islower(kr_obj_t self) {
    return do_is_case(self, false, KR_QSTR_islower);
}
KR_DEFINE_FUN_1(kr_obj_str_islower_obj, str_islower);

static kr_obj_t str_istitle(kr_obj_t self) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, self, KR_QSTR_istitle);
    const uint8_t *p = v.d, *e = v.d + v.len;
    bool cased = false, prev_cased = false;
    while (p < e) {
        uint32_t c = (v.is_str && *p >= 0x80) ? kr_unichar_utf8_get(&p) : *p++;
        if (!v.is_str && c >= 0x80) {
            prev_cased = false;
            continue;
        }
        if (kr_unichar_isupper(c) || kr_unichar_istitle(c)) {
            if (prev_cased) {
                return KR_OBJ_FALSE;
            }
            prev_cased = cased = true;
        } else if (kr_unichar_islower(c)) {
            if (!prev_cased) {
                return KR_OBJ_FALSE;
            }
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return KR_OBJ_BOOL(cased);
}
KR_DEFINE_FUN_1(kr_obj_str_istitle_obj, str_istitle);

static kr_obj_t str_isidentifier(kr_obj_t self) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, self, KR_QSTR_isidentifier);
    if (!v.is_str) {
        kr_raise_msg(&kr_type_AttributeError, "'bytes' object has no attribute 'isidentifier'");
    }
    const uint8_t *p = v.d, *e = v.d + v.len;
    if (p == e) {
        return KR_OBJ_FALSE;
    }
    bool first = true;
    while (p < e) {
        uint32_t c = *p >= 0x80 ? kr_unichar_utf8_get(&p) : *p++;
        if (!(first ? kr_unichar_isidstart(c) : kr_unichar_isidcontinue(c))) {
            return KR_OBJ_FALSE;
        }
        first = false;
    }
    return KR_OBJ_TRUE;
}
KR_DEFINE_FUN_1(kr_obj_str_isidentifier_obj, str_isidentifier);

/* ---------------------------------------------------------------- padding */

/* the fill char argument (as UTF-8 bytes in buf); returns its byte length */
static size_t fill_arg(const kr_strview_t *v, size_t n_args, const kr_obj_t *args, size_t i, uint8_t *buf,
                       const char *meth) {
    if (n_args <= i) {
        buf[0] = ' ';
        return 1;
    }
    kr_obj_t f = args[i];
    size_t len;
    if (v->is_str) {
        if (!kr_obj_is_str(f)) {
            kr_raise_fmt(&kr_type_TypeError, "The fill character must be a unicode character, not %s",
                         kr_obj_type_name(f));
        }
        const uint8_t *d = kr_obj_str_fast_data(f, &len);
        if (kr_obj_str_char_len(f) != 1) {
            kr_raise_msg(&kr_type_TypeError, "The fill character must be exactly one character long");
        }
        memcpy(buf, d, len);
        return len;
    }
    if (!kr_obj_str_is_bytes_like(f)) {
        kr_raise_fmt(&kr_type_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", meth,
                     kr_obj_strmethods_arg_type(f));
    }
    const uint8_t *d = kr_obj_str_bytes_data(f, &len);
    if (len != 1) {
        kr_raise_fmt(&kr_type_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", meth,
                     kr_obj_strmethods_arg_type(f));
    }
    buf[0] = d[0];
    return 1;
}

static kr_obj_t pad(kr_obj_t self, const kr_strview_t *v, size_t left, size_t right, const uint8_t *fill,
                    size_t fl) {
    kr_vstr_t out;
    kr_vstr_init(&out, v->len + (left + right) * fl + 1);
    for (size_t i = 0; i < left; i++) {
        kr_vstr_add_strn(&out, (const char *)fill, fl);
    }
    kr_vstr_add_strn(&out, (const char *)v->d, v->len);
    for (size_t i = 0; i < right; i++) {
        kr_vstr_add_strn(&out, (const char *)fill, fl);
    }
    return result_from_vstr(v, &out);
}

static kr_obj_t do_just(size_t n_args, const kr_obj_t *args, int how, kr_qstr_t name) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, args[0], name);
    kr_int_t width = kr_obj_get_index(args[1]);
    uint8_t fill[4];
    size_t fl = fill_arg(&v, n_args, args, 2, fill, kr_qstr_str(name));
    if (width <= (kr_int_t)v.n) {
        if (!v.exact) {
            return kr_obj_str_new_of_type(v.kind, (const char *)v.d, v.len);
        }
        return args[0];
    }
    size_t marg = (size_t)width - v.n;
    size_t left;
    if (how == 0) {          /* center */
        left = marg / 2 + (marg & (size_t)width & 1);
    } else if (how == 1) {   /* ljust */
        left = 0;
    } else {                 /* rjust */
        left = marg;
    }
    return pad(args[0], &v, left, marg - left, fill, fl);
}

static kr_obj_t str_center(size_t n_args, const kr_obj_t *args) {
    return do_just(n_args, args, 0, KR_QSTR_center);
}
KR_DEFINE_FUN_VAR(kr_obj_str_center_obj, 2, 3, str_center);

static kr_obj_t str_ljust(size_t n_args, const kr_obj_t *args) {
    return do_just(n_args, args, 1, KR_QSTR_ljust);
}
KR_DEFINE_FUN_VAR(kr_obj_str_ljust_obj, 2, 3, str_ljust);

static kr_obj_t str_rjust(size_t n_args, const kr_obj_t *args) {
    return do_just(n_args, args, 2, KR_QSTR_rjust);
}
KR_DEFINE_FUN_VAR(kr_obj_str_rjust_obj, 2, 3, str_rjust);

static kr_obj_t str_zfill(kr_obj_t self, kr_obj_t width_obj) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, self, KR_QSTR_zfill);
    kr_int_t width = kr_obj_get_index(width_obj);
    if (width <= (kr_int_t)v.n) {
        if (!v.exact) {
            return kr_obj_str_new_of_type(v.kind, (const char *)v.d, v.len);
        }
        return self;
    }
    size_t fill = (size_t)width - v.n;
    kr_vstr_t out;
    kr_vstr_init(&out, v.len + fill + 1);
    size_t i = 0;
    if (v.len > 0 && (v.d[0] == '+' || v.d[0] == '-')) {
        kr_vstr_add_byte(&out, v.d[0]);
        i = 1;
    }
    memset(kr_vstr_extend(&out, fill), '0', fill);
    kr_vstr_add_strn(&out, (const char *)v.d + i, v.len - i);
    return result_from_vstr(&v, &out);
}
KR_DEFINE_FUN_2(kr_obj_str_zfill_obj, str_zfill);

static const kr_arg_t expandtabs_args[] = {
    {KR_QSTR_tabsize, KR_ARG_CINT, {.u_int = 8}},
};

static kr_obj_t str_expandtabs(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, args[0], KR_QSTR_expandtabs);
    kr_arg_val_t a[1];
    kr_arg_parse_all(n_args - 1, args + 1, kw, 1, expandtabs_args, a);
    kr_int_t tab = a[0].u_int;
    kr_vstr_t out;
    kr_vstr_init(&out, v.len + 8);
    size_t col = 0;
    const uint8_t *p = v.d, *e = v.d + v.len;
    while (p < e) {
        uint8_t c = *p;
        if (c == '\t') {
            if (tab > 0) {
                size_t n = (size_t)tab - col % (size_t)tab;
                memset(kr_vstr_extend(&out, n), ' ', n);
                col += n;
            }
            p++;
        } else if (c == '\n' || c == '\r') {
            kr_vstr_add_byte(&out, c);
            col = 0;
            p++;
        } else {
            const uint8_t *q = p + 1;
            if (v.is_str) {
                while (q < e && kr_unichar_utf8_is_cont(*q)) {
                    q++;
                }
            }
            kr_vstr_add_strn(&out, (const char *)p, (size_t)(q - p));
            col++;
            p = q;
        }
    }
    return result_from_vstr(&v, &out);
}
KR_DEFINE_FUN_KW(kr_obj_str_expandtabs_obj, 1, 2, str_expandtabs);

/* ---------------------------------------------------------------- codecs */

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 };

static int get_encoding(kr_obj_t enc, const char **name) {
    if (enc == KR_OBJ_NULL) {
        *name = "utf-8";
        return ENC_UTF8;
    }
    if (!kr_obj_is_str(enc)) {
        kr_raise_fmt(&kr_type_TypeError, "argument 'encoding' must be str, not %s", kr_obj_type_name(enc));
    }
    size_t len;
    const char *s = (const char *)kr_obj_str_fast_data(enc, &len);
    char buf[16];
    if (len < sizeof(buf)) {
        for (size_t i = 0; i < len; i++) {
            char c = s[i];
            buf[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c == '_' ? '-' : c;
        }
        buf[len] = 0;
        static const char *const utf8_names[] = {"utf-8", "utf8", "u8", "utf", NULL};
        static const char *const ascii_names[] = {"ascii", "us-ascii", "646", NULL};
        static const char *const latin1_names[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1",
                                                   "latin", "iso-ir-100", "8859", "cp819", NULL};
        for (int i = 0; utf8_names[i]; i++) {
            if (strcmp(buf, utf8_names[i]) == 0) {
                *name = "utf-8";
                return ENC_UTF8;
            }
        }
        for (int i = 0; ascii_names[i]; i++) {
            if (strcmp(buf, ascii_names[i]) == 0) {
                *name = "ascii";
                return ENC_ASCII;
            }
        }
        for (int i = 0; latin1_names[i]; i++) {
            if (strcmp(buf, latin1_names[i]) == 0) {
                *name = "latin-1";
                return ENC_LATIN1;
            }
        }
    }
    kr_raise_fmt(&kr_type_LookupError, "unknown encoding: %.*s", (int)len, s);
}

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_SURROGATEPASS, ERR_SURROGATEESCAPE };

/* surrogateescape: an undecodable byte b (>= 0x80) is U+DC00 + b, and back */
#define IS_ESCAPED_BYTE(c) ((c) >= 0xdc80 && (c) < 0xdd00)

static int get_errors(kr_obj_t errors) {
    if (errors == KR_OBJ_NULL) {
        return ERR_STRICT;
    }
    if (!kr_obj_is_str(errors)) {
        kr_raise_fmt(&kr_type_TypeError, "argument 'errors' must be str, not %s", kr_obj_type_name(errors));
    }
    size_t len;
    const char *s = (const char *)kr_obj_str_fast_data(errors, &len);
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                                        "surrogatepass", "surrogateescape"};
    for (int i = 0; i < (int)(sizeof(names) / sizeof(names[0])); i++) {
        if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0) {
            return i;
        }
    }
    kr_raise_fmt(&kr_type_LookupError, "unknown error handler name '%.*s'", (int)len, s);
}

static void add_hex_escape(kr_vstr_t *out, uint32_t c) {
    if (c < 0x100) {
        kr_vstr_printf(out, "\\x%02x", (unsigned)c);
    } else if (c < 0x10000) {
        kr_vstr_printf(out, "\\u%04x", (unsigned)c);
    } else {
        kr_vstr_printf(out, "\\U%08x", (unsigned)c);
    }
}

/* CPython's error for an encode-only handler used to decode */
static _Noreturn void raise_no_decode_handler(void) {
    kr_raise_msg(&kr_type_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
}

kr_obj_t kr_obj_str_decode(const uint8_t *data, size_t len, kr_obj_t encoding, kr_obj_t errors) {
    if (len == 0) {
        return KR_ROM_QSTR(empty);   /* as CPython: no bytes, no encoding lookup */
    }
    const char *ename;
    int enc = get_encoding(encoding, &ename);
    int err = errors == KR_OBJ_NULL ? ERR_STRICT : -1;
    if (enc == ENC_UTF8) {
        const char *reason;
        size_t bad_len;
        size_t pos = kr_unichar_utf8_check(data, len, &reason, &bad_len);
        if (pos == SIZE_MAX) {
            return kr_obj_new_str((const char *)data, len);
        }
        kr_vstr_t out;
        kr_vstr_init(&out, len + 4);
        size_t done = 0;
        while (pos != SIZE_MAX) {
            if (err < 0) {
                err = get_errors(errors);
            }
            const uint8_t *b = data + done + pos;
            if (err == ERR_SURROGATEPASS && kr_unichar_is_utf8_surrogate(b, len - done - pos)) {
                /* a surrogate code point in UTF-8 form: kept as it is */
                bad_len = 3;
                pos += 3;
                kr_vstr_add_strn(&out, (const char *)data + done, pos);
                done += pos;
                pos = kr_unichar_utf8_check(data + done, len - done, &reason, &bad_len);
                continue;
            }
            if (err == ERR_XMLREF) {
                raise_no_decode_handler();
            }
            if (err == ERR_STRICT || err == ERR_SURROGATEPASS) {
                if (bad_len == 1) {
                    kr_raise_fmt(&kr_type_UnicodeDecodeError, "'utf-8' codec can't decode byte 0x%02x in position %u: %s",
                                 data[done + pos], (unsigned)(done + pos), reason);
                }
                kr_raise_fmt(&kr_type_UnicodeDecodeError, "'utf-8' codec can't decode bytes in position %u-%u: %s",
                             (unsigned)(done + pos), (unsigned)(done + pos + bad_len - 1), reason);
            }
            kr_vstr_add_strn(&out, (const char *)data + done, pos);
            if (err == ERR_REPLACE) {
                kr_vstr_add_char(&out, 0xfffd);
            } else if (err == ERR_BACKSLASH) {
                for (size_t k = 0; k < bad_len; k++) {
                    add_hex_escape(&out, data[done + pos + k]);
                }
            } else if (err == ERR_SURROGATEESCAPE) {
                for (size_t k = 0; k < bad_len; k++) {
                    kr_vstr_add_char(&out, 0xdc00 + data[done + pos + k]);
                }
            }
            done += pos + bad_len;
            pos = kr_unichar_utf8_check(data + done, len - done, &reason, &bad_len);
        }
        kr_vstr_add_strn(&out, (const char *)data + done, len - done);
        return kr_obj_new_str_from_vstr(&out);
    }
    kr_vstr_t out;
    kr_vstr_init(&out, len + 4);
    for (size_t i = 0; i < len; i++) {
        uint8_t c = data[i];
        if (c < 0x80 || enc == ENC_LATIN1) {
            kr_vstr_add_char(&out, c);
            continue;
        }
        if (err < 0) {
            err = get_errors(errors);
        }
        if (err == ERR_XMLREF) {
            raise_no_decode_handler();
        }
        if (err == ERR_STRICT || err == ERR_SURROGATEPASS) {
            kr_raise_fmt(&kr_type_UnicodeDecodeError,
                         "'ascii' codec can't decode byte 0x%02x in position %u: ordinal not in range(128)",
                         c, (unsigned)i);
        }
        if (err == ERR_REPLACE) {
            kr_vstr_add_char(&out, 0xfffd);
        } else if (err == ERR_BACKSLASH) {
            add_hex_escape(&out, c);
        } else if (err == ERR_SURROGATEESCAPE) {
            kr_vstr_add_char(&out, 0xdc00 + c);
        }
    }
    return kr_obj_new_str_from_vstr(&out);
}

#define IS_SURROGATE(c) ((c) >= 0xd800 && (c) < 0xe000)

/* whether UTF-8 text holds a surrogate code point (ED A0..BF xx) */
static bool has_surrogate(const uint8_t *d, size_t len) {
    const uint8_t *p = d, *e = d + len;
    while ((p = memchr(p, 0xed, (size_t)(e - p))) != NULL) {
        if (p + 1 < e && p[1] >= 0xa0) {
            return true;
        }
        p++;
    }
    return false;
}

kr_obj_t kr_obj_str_encode(kr_obj_t s, kr_obj_t encoding, kr_obj_t errors) {
    const char *ename;
    int enc = get_encoding(encoding, &ename);
    size_t len;
    const uint8_t *d = kr_obj_str_fast_data(s, &len);
    if (errors != KR_OBJ_NULL && !kr_obj_is_str(errors)) {
        get_errors(errors);   /* the type is checked at once, the name only when an error needs it */
    }
    if (enc == ENC_UTF8 ? !has_surrogate(d, len) : kr_obj_str_char_len(s) == len) {
        return kr_obj_new_bytes(d, len);
    }
    /* UTF-8 can encode all but the surrogates U+D800..U+DFFF */
    uint32_t limit = enc == ENC_ASCII ? 0x80 : enc == ENC_LATIN1 ? 0x100 : 0x110000;
    int err = -1;
    kr_vstr_t out;
    kr_vstr_init(&out, len);
    const uint8_t *p = d, *e = d + len;
    size_t ci = 0;
    while (p < e) {
        const uint8_t *start = p;
        uint32_t c = kr_unichar_utf8_get(&p);
        if (enc != ENC_UTF8 && c < limit) {
            kr_vstr_add_byte(&out, (uint8_t)c);
            ci++;
            continue;
        }
        if (enc == ENC_UTF8 && !IS_SURROGATE(c)) {
            kr_vstr_add_strn(&out, (const char *)start, (size_t)(p - start));
            ci++;
            continue;
        }
        if (err < 0) {
            err = get_errors(errors);
        }
        if (err == ERR_SURROGATEPASS && enc == ENC_UTF8) {
            kr_vstr_add_strn(&out, (const char *)start, (size_t)(p - start));
            ci++;
            continue;
        }
        if (err == ERR_STRICT || err == ERR_SURROGATEPASS || err == ERR_SURROGATEESCAPE) {
            /* find the run of unencodable characters */
            size_t n = 1;
            bool escaped = IS_ESCAPED_BYTE(c);
            const uint8_t *q = p;
            while (q < e) {
                const uint8_t *r = q;
                uint32_t c2 = kr_unichar_utf8_get(&r);
                if (enc == ENC_UTF8 ? !IS_SURROGATE(c2) : c2 < limit) {
                    break;
                }
                escaped = escaped && IS_ESCAPED_BYTE(c2);
                q = r;
                n++;
            }
            if (err == ERR_SURROGATEESCAPE && escaped) {
                /* as CPython: only a run made wholly of escaped bytes goes back to bytes */
                for (const uint8_t *r = start; r < q;) {
                    kr_vstr_add_byte(&out, (uint8_t)(kr_unichar_utf8_get(&r) - 0xdc00));
                }
                p = q;
                ci += n;
                continue;
            }
            const char *why = enc == ENC_ASCII ? "ordinal not in range(128)"
                              : enc == ENC_LATIN1 ? "ordinal not in range(256)" : "surrogates not allowed";
            if (n == 1) {
                kr_vstr_t ch;
                kr_vstr_init(&ch, 12);
                add_hex_escape(&ch, c);
                kr_raise_fmt(&kr_type_UnicodeEncodeError,
                             "'%s' codec can't encode character '%s' in position %u: %s",
                             ename, kr_vstr_null_terminated(&ch), (unsigned)ci, why);
            }
            kr_raise_fmt(&kr_type_UnicodeEncodeError,
                         "'%s' codec can't encode characters in position %u-%u: %s",
                         ename, (unsigned)ci, (unsigned)(ci + n - 1), why);
        }
        (void)start;
        if (err == ERR_REPLACE) {
            kr_vstr_add_byte(&out, '?');
        } else if (err == ERR_BACKSLASH) {
            add_hex_escape(&out, c);
        } else if (err == ERR_XMLREF) {
            kr_vstr_printf(&out, "&#%u;", (unsigned)c);
        }
        ci++;
    }
    return kr_obj_new_bytes_from_vstr(&out);
}

static const kr_arg_t codec_args[] = {
    {KR_QSTR_encoding, KR_ARG_OBJ, {.u_obj = KR_OBJ_NULL}},
    {KR_QSTR_errors, KR_ARG_OBJ, {.u_obj = KR_OBJ_NULL}},
};

void kr_obj_str_check_codec_args(const char *fname, kr_obj_t encoding, kr_obj_t errors) {
    if (encoding != KR_OBJ_NULL && !kr_obj_is_str(encoding)) {
        kr_raise_fmt(&kr_type_TypeError, "%s() argument 'encoding' must be str, not %s", fname,
                     encoding == KR_OBJ_NONE ? "None" : kr_obj_type_name(encoding));
    }
    if (errors != KR_OBJ_NULL && !kr_obj_is_str(errors)) {
        kr_raise_fmt(&kr_type_TypeError, "%s() argument 'errors' must be str, not %s", fname,
                     errors == KR_OBJ_NONE ? "None" : kr_obj_type_name(errors));
    }
}

static kr_obj_t str_encode(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    if (!kr_obj_is_str(args[0])) {
        kr_raise_fmt(&kr_type_TypeError, "descriptor 'encode' for 'str' objects doesn't apply to a '%s' object",
                     kr_obj_type_name(args[0]));
    }
    kr_arg_val_t a[2];
    kr_arg_parse_all(n_args - 1, args + 1, kw, 2, codec_args, a);
    kr_obj_str_check_codec_args("encode", a[0].u_obj, a[1].u_obj);
    return kr_obj_str_encode(args[0], a[0].u_obj, a[1].u_obj);
}
KR_DEFINE_FUN_KW(kr_obj_str_encode_obj, 1, 3, str_encode);

static kr_obj_t str_decode(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, args[0], KR_QSTR_decode);
    kr_arg_val_t a[2];
    kr_arg_parse_all(n_args - 1, args + 1, kw, 2, codec_args, a);
    kr_obj_str_check_codec_args("decode", a[0].u_obj, a[1].u_obj);
    return kr_obj_str_decode(v.d, v.len, a[0].u_obj, a[1].u_obj);
}
KR_DEFINE_FUN_KW(kr_obj_str_decode_obj, 1, 3, str_decode);

/* ---------------------------------------------------------------- hex / fromhex */

static const kr_arg_t hex_args[] = {
    {KR_QSTR_sep, KR_ARG_OBJ, {.u_obj = KR_OBJ_NULL}},
    {KR_QSTR_bytes_per_sep, KR_ARG_CINT, {.u_int = 1}},
};

static kr_obj_t str_hex(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, args[0], KR_QSTR_hex);
    kr_arg_val_t a[2];
    kr_arg_parse_all(n_args - 1, args + 1, kw, 2, hex_args, a);
    if (v.is_str) {
        kr_raise_msg(&kr_type_AttributeError, "'str' object has no attribute 'hex'");
    }
    char sep = 0;
    if (a[0].u_obj != KR_OBJ_NULL) {
        /* CPython's order: len(sep) == 1, then str or bytes */
        size_t sl;
        const uint8_t *sd;
        if (kr_obj_len(a[0].u_obj) != KR_NEW_SMALL_INT(1)) {
            kr_raise_msg(&kr_type_ValueError, "sep must be length 1.");
        }
        if (kr_obj_is_str(a[0].u_obj)) {
            sd = kr_obj_str_fast_data(a[0].u_obj, &sl);
        } else if (kr_obj_is_type(a[0].u_obj, &kr_type_bytes)) {
            sd = kr_obj_str_bytes_data(a[0].u_obj, &sl);
        } else {
            kr_raise_msg(&kr_type_TypeError, "sep must be str or bytes.");
        }
        if (sd[0] >= 0x80) {
            kr_raise_msg(&kr_type_ValueError, "sep must be ASCII.");
        }
        sep = (char)sd[0];
    }
    kr_int_t per = a[1].u_int;
    size_t group = (size_t)(per < 0 ? -per : per);
    if (v.len == 0) {
        return KR_ROM_QSTR(empty);
    }
    if (!sep || group == 0) {
        sep = 0;
    }
    size_t n_sep = sep ? (v.len - 1) / group : 0;
    kr_obj_str_t *r = kr_obj_str_alloc(&kr_type_str, v.len * 2 + n_sep);   /* ASCII: char_len == len */
    uint8_t *o = (uint8_t *)r->data;
    static const char hd[] = "0123456789abcdef";
    for (size_t i = 0; i < v.len; i++) {
        if (sep && i > 0) {
            /* per > 0: groups counted from the right; per < 0: from the left */
            bool boundary = per > 0 ? ((v.len - i) % group == 0) : (i % group == 0);
            if (boundary) {
                *o++ = (uint8_t)sep;
            }
        }
        *o++ = (uint8_t)hd[v.d[i] >> 4];
        *o++ = (uint8_t)hd[v.d[i] & 15];
    }
    return KR_OBJ_FROM_PTR(r);
}
KR_DEFINE_FUN_KW(kr_obj_str_hex_obj, 1, 3, str_hex);

static int hexval(uint8_t c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

static kr_obj_t str_fromhex(kr_obj_t cls, kr_obj_t s) {
    if (!kr_obj_is_str(s)) {
        kr_raise_fmt(&kr_type_TypeError, "fromhex() argument must be str, not %s", kr_obj_strmethods_arg_type(s));
    }
    size_t len;
    const uint8_t *d = kr_obj_str_fast_data(s, &len);
    kr_vstr_t out;
    kr_vstr_init(&out, len / 2 + 1);
    size_t i = 0;
    for (;;) {
        while (i < len && (d[i] == ' ' || (d[i] >= 9 && d[i] <= 13))) {
            i++;
        }
        if (i >= len) {
            break;
        }
        int hi = hexval(d[i]);
        if (hi < 0) {
            kr_raise_fmt(&kr_type_ValueError, "non-hexadecimal number found in fromhex() arg at position %u",
                         (unsigned)i);
        }
        int lo = i + 1 < len ? hexval(d[i + 1]) : -1;
        if (lo < 0) {
            kr_raise_fmt(&kr_type_ValueError, "non-hexadecimal number found in fromhex() arg at position %u",
                         (unsigned)(i + 1));
        }
        kr_vstr_add_byte(&out, (uint8_t)(hi * 16 + lo));
        i += 2;
    }
    if (cls == KR_OBJ_FROM_PTR(&kr_type_bytearray)) {
        kr_obj_t r = kr_obj_new_bytearray(out.len, (const uint8_t *)out.buf);
        kr_vstr_clear(&out);
        return r;
    }
    return kr_obj_new_bytes_from_vstr(&out);
}
static KR_DEFINE_FUN_2(str_fromhex_fun, str_fromhex);
KR_DEFINE_CONST_CLASSMETHOD(kr_obj_str_fromhex_obj, &str_fromhex_fun);

/* ---------------------------------------------------------------- maketrans / translate */

static kr_obj_t str_maketrans(size_t n_args, const kr_obj_t *args) {
    kr_obj_t d = kr_obj_new_dict(8);
    if (n_args == 1) {
        if (!kr_obj_is_type(args[0], &kr_type_dict)) {
            kr_raise_msg(&kr_type_TypeError, "if you give only one argument to maketrans it must be a dict");
        }
        kr_map_t *m = kr_obj_dict_get_map(args[0]);
        for (size_t i = 0; i < m->used; i++) {
            kr_obj_t k = m->table[i].key;
            if (k == KR_OBJ_NULL) {
                continue;
            }
            if (kr_obj_is_str(k)) {
                if (kr_obj_str_char_len(k) != 1) {
                    kr_raise_msg(&kr_type_ValueError, "string keys in translate table must be of length 1");
                }
                size_t l;
                const uint8_t *p = kr_obj_str_fast_data(k, &l);
                k = KR_NEW_SMALL_INT(kr_unichar_utf8_get(&p));
            } else if (!kr_obj_is_int(k)) {
                kr_raise_msg(&kr_type_TypeError, "keys in translate table must be strings or integers");
            }
            kr_obj_dict_store(d, k, m->table[i].value);
        }
        return d;
    }
    if (!kr_obj_is_str(args[0])) {
        kr_raise_msg(&kr_type_TypeError, "first maketrans argument must be a string if there is a second argument");
    }
    for (size_t i = 1; i < n_args; i++) {
        if (!kr_obj_is_str(args[i])) {
            kr_raise_fmt(&kr_type_TypeError, "maketrans() argument %u must be str, not %s", (unsigned)(i + 1),
                         kr_obj_strmethods_arg_type(args[i]));
        }
    }
    if (kr_obj_str_char_len(args[0]) != kr_obj_str_char_len(args[1])) {
        kr_raise_msg(&kr_type_ValueError, "the first two maketrans arguments must have equal length");
    }
    size_t la, lb;
    const uint8_t *a = kr_obj_str_fast_data(args[0], &la), *ae = a + la;
    const uint8_t *b = kr_obj_str_fast_data(args[1], &lb);
    while (a < ae) {
        uint32_t ca = kr_unichar_utf8_get(&a);
        uint32_t cb = kr_unichar_utf8_get(&b);
        kr_obj_dict_store(d, KR_NEW_SMALL_INT(ca), KR_NEW_SMALL_INT(cb));
    }
    if (n_args > 2) {
        const uint8_t *z = kr_obj_str_fast_data(args[2], &la), *ze = z + la;
        while (z < ze) {
            kr_obj_dict_store(d, KR_NEW_SMALL_INT(kr_unichar_utf8_get(&z)), KR_OBJ_NONE);
        }
    }
    return d;
}
static KR_DEFINE_FUN_VAR(str_maketrans_fun, 1, 3, str_maketrans);
KR_DEFINE_CONST_STATICMETHOD(kr_obj_str_maketrans_obj, &str_maketrans_fun);

static kr_obj_t bytes_maketrans(kr_obj_t from, kr_obj_t to) {
    size_t lf, lt;
    const uint8_t *f = kr_obj_str_bytes_data(from, &lf);
    const uint8_t *t = kr_obj_str_bytes_data(to, &lt);
    if (lf != lt) {
        kr_raise_msg(&kr_type_ValueError, "maketrans arguments must have same length");
    }
    kr_obj_str_t *s = kr_obj_str_alloc(&kr_type_bytes, 256);
    uint8_t *o = (uint8_t *)s->data;
    for (int i = 0; i < 256; i++) {
        o[i] = (uint8_t)i;
    }
    for (size_t i = 0; i < lf; i++) {
        o[f[i]] = t[i];
    }
    return KR_OBJ_FROM_PTR(s);
}
static KR_DEFINE_FUN_2(bytes_maketrans_fun, bytes_maketrans);
KR_DEFINE_CONST_STATICMETHOD(kr_obj_str_bytes_maketrans_obj, &bytes_maketrans_fun);

/* table[c] for str.translate: KR_OBJ_NULL when the table has no entry (LookupError) */
static kr_obj_t trans_lookup(kr_obj_t table, uint32_t c) {
    kr_obj_t key = KR_NEW_SMALL_INT(c);
    if (kr_obj_is_type(table, &kr_type_dict)) {
        return kr_obj_dict_get(table, key);
    }
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_obj_t r = kr_subscr_load(table, key);
        kr_nlr_pop();
        return r;
    }
    if (kr_obj_exception_match((kr_obj_t)nlr.ret_val, KR_OBJ_FROM_PTR(&kr_type_LookupError))) {
        return KR_OBJ_NULL;
    }
    kr_nlr_jump(nlr.ret_val);
}

static kr_obj_t str_translate(size_t n_args, const kr_obj_t *args) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, args[0], KR_QSTR_translate);
    kr_vstr_t out;
    kr_vstr_init(&out, v.len + 1);
    if (!v.is_str) {
        const uint8_t *tab = NULL;
        size_t tl = 0, dl = 0;
        const uint8_t *del = NULL;
        if (args[1] != KR_OBJ_NONE) {
            tab = kr_obj_str_bytes_data(args[1], &tl);
            if (tl != 256) {
                kr_raise_msg(&kr_type_ValueError, "translation table must be 256 characters long");
            }
        }
        if (n_args > 2) {
            del = kr_obj_str_bytes_data(args[2], &dl);
        }
        for (size_t i = 0; i < v.len; i++) {
            uint8_t c = v.d[i];
            if (dl > 0 && memchr(del, c, dl) != NULL) {
                continue;
            }
            kr_vstr_add_byte(&out, tab ? tab[c] : c);
        }
        return result_from_vstr(&v, &out);
    }
    if (n_args > 2) {
        kr_raise_msg(&kr_type_TypeError, "translate() takes exactly one argument (2 given)");
    }
    kr_obj_t table = args[1];
    const uint8_t *p = v.d, *e = v.d + v.len;
    while (p < e) {
        const uint8_t *s = p;
        uint32_t c = kr_unichar_utf8_get(&p);
        kr_obj_t r = trans_lookup(table, c);
        if (r == KR_OBJ_NULL) {
            kr_vstr_add_strn(&out, (const char *)s, (size_t)(p - s));
        } else if (r == KR_OBJ_NONE) {
            /* deleted */
        } else if (kr_obj_is_int(r)) {
            kr_int_t x = kr_obj_get_int(r);
            if (x < 0 || x >= 0x110000) {
                kr_raise_msg(&kr_type_ValueError, "character mapping must be in range(0x110000)");
            }
            kr_vstr_add_char(&out, (uint32_t)x);
        } else if (kr_obj_is_str(r)) {
            size_t l;
            const uint8_t *d = kr_obj_str_fast_data(r, &l);
            kr_vstr_add_strn(&out, (const char *)d, l);
        } else {
            kr_raise_msg(&kr_type_TypeError, "character mapping must return integer, None or str");
        }
    }
    return kr_obj_new_str_from_vstr(&out);
}
KR_DEFINE_FUN_VAR(kr_obj_str_translate_obj, 2, 3, str_translate);
