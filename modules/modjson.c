/* modjson.c: the json module (dumps/dump with CPython's output, loads/load with CPython's JSONDecodeError). */
#include <math.h>
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "objstr.h"
#include "objfloat.h"
#include "objexcept.h"
#include "unichar.h"

#if KR_MODULE_JSON

KR_DEFINE_EXCEPTION_TYPE(kr_type_json_JSONDecodeError, KR_QSTR_JSONDecodeError, &kr_type_ValueError);

/* ---------------------------------------------------------------- encoding */

#define ENC_STACK_MAX (64)

typedef struct {
    kr_vstr_t out;
    const char *item_sep, *key_sep;
    size_t item_sep_len, key_sep_len;
    kr_obj_t active[ENC_STACK_MAX];   /* containers being encoded (circular reference check) */
    size_t depth;
    const char *indent;               /* NULL: all on one line */
    size_t indent_len;
    bool sort_keys;
} encoder_t;

/* with indent: a newline and the indentation of the given nesting level */
static void enc_newline(encoder_t *e, size_t level) {
    kr_vstr_add_byte(&e->out, '\n');
    for (size_t i = 0; i < level; i++) {
        kr_vstr_add_strn(&e->out, e->indent, e->indent_len);
    }
}

static void enc_string(encoder_t *e, const uint8_t *s, size_t len) {
    static const char hex[] = "0123456789abcdef";
    kr_vstr_t *v = &e->out;
    kr_vstr_add_byte(v, '"');
    const uint8_t *end = s + len;
    while (s < end) {
        uint32_t c = *s;
        if (c < 0x80) {
            s++;
            switch (c) {
                case '"': kr_vstr_add_strn(v, "\\\"", 2); continue;
                case '\\': kr_vstr_add_strn(v, "\\\\", 2); continue;
                case '\n': kr_vstr_add_strn(v, "\\n", 2); continue;
                case '\r': kr_vstr_add_strn(v, "\\r", 2); continue;
                case '\t': kr_vstr_add_strn(v, "\\t", 2); continue;
                case '\b': kr_vstr_add_strn(v, "\\b", 2); continue;
                case '\f': kr_vstr_add_strn(v, "\\f", 2); continue;
                default: break;
            }
            if (c >= 0x20 && c < 0x7f) {
                kr_vstr_add_byte(v, (uint8_t)c);
                continue;
            }
        } else {
            /* decode one UTF-8 sequence (the str is valid UTF-8) */
            int n = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
            c &= 0x3f >> n;
            s++;
            for (int i = 0; i < n && s < end; i++, s++) {
                c = (c << 6) | (*s & 0x3f);
            }
        }
        if (c >= 0x10000) {
            uint32_t hi = 0xd800 + ((c - 0x10000) >> 10), lo = 0xdc00 + ((c - 0x10000) & 0x3ff);
            char b[12] = { '\\', 'u', hex[hi >> 12], hex[(hi >> 8) & 15], hex[(hi >> 4) & 15], hex[hi & 15],
                           '\\', 'u', hex[lo >> 12], hex[(lo >> 8) & 15], hex[(lo >> 4) & 15], hex[lo & 15] };
            kr_vstr_add_strn(v, b, 12);
        } else {
            char b[6] = { '\\', 'u', hex[c >> 12], hex[(c >> 8) & 15], hex[(c >> 4) & 15], hex[c & 15] };
            kr_vstr_add_strn(v, b, 6);
        }
    }
    kr_vstr_add_byte(v, '"');
}

static void enc_float(encoder_t *e, double d) {
    if (isnan(d)) {
        kr_vstr_add_str(&e->out, "NaN");
    } else if (isinf(d)) {
        kr_vstr_add_str(&e->out, d > 0 ? "Infinity" : "-Infinity");
    } else {
        kr_float_repr(&e->out, d);
    }
}

static void enc_int(encoder_t *e, kr_obj_t o) {
    if (KR_IS_SMALL_INT(o)) {
        kr_vstr_printf(&e->out, "%ld", (long)KR_SMALL_INT_VALUE(o));
    } else {
        kr_obj_int_format(&e->out, o, 10, "", false);
    }
}

/* A scalar (str, int, float, bool, None); false if o is none of them. */
static bool enc_scalar(encoder_t *e, kr_obj_t o, bool as_key) {
    if (o == KR_OBJ_NONE) {
        kr_vstr_add_str(&e->out, as_key ? "\"null\"" : "null");
    } else if (o == KR_OBJ_TRUE) {
        kr_vstr_add_str(&e->out, as_key ? "\"true\"" : "true");
    } else if (o == KR_OBJ_FALSE) {
        kr_vstr_add_str(&e->out, as_key ? "\"false\"" : "false");
    } else if (kr_obj_is_str(o)) {
        size_t len;
        const char *s = kr_obj_str_get_data(o, &len);
        enc_string(e, (const uint8_t *)s, len);
    } else if (kr_obj_is_int(o)) {
        if (as_key) {
            kr_vstr_add_byte(&e->out, '"');
        }
        enc_int(e, o);
        if (as_key) {
            kr_vstr_add_byte(&e->out, '"');
        }
    } else if (kr_obj_is_instance(o, &kr_type_float)) {
        if (as_key) {
            kr_vstr_add_byte(&e->out, '"');
        }
        enc_float(e, kr_obj_float_get(o));
        if (as_key) {
            kr_vstr_add_byte(&e->out, '"');
        }
    } else {
        return false;
    }
    return true;
}

static void enc_push(encoder_t *e, kr_obj_t o) {
    kr_stack_check();
    size_t n = e->depth < ENC_STACK_MAX ? e->depth : ENC_STACK_MAX;
    for (size_t i = 0; i < n; i++) {
        if (e->active[i] == o) {
            kr_raise_msg(&kr_type_ValueError, "Circular reference detected");
        }
    }
    if (e->depth < ENC_STACK_MAX) {
        e->active[e->depth] = o;
    } else if (e->depth > 100000) {
        kr_raise_recursion_error();   /* deeper than this must be a cycle */
    }
    e->depth++;
}

static void enc_value(encoder_t *e, kr_obj_t o) {
    if (enc_scalar(e, o, false)) {
        return;
    }
    if (kr_obj_is_instance(o, &kr_type_list) || kr_obj_is_instance(o, &kr_type_tuple)) {
        enc_push(e, o);
        kr_vstr_add_byte(&e->out, '[');
        size_t n;
        kr_obj_t *items;
        kr_obj_get_array(o, &n, &items);
        size_t level = e->depth;
        for (size_t i = 0; ; i++) {
            kr_obj_get_array(o, &n, &items);   /* the list may change while encoding */
            if (i >= n) {
                if (i > 0 && e->indent != NULL) {
                    enc_newline(e, level - 1);
                }
                break;
            }
            if (i > 0) {
                kr_vstr_add_strn(&e->out, e->item_sep, e->item_sep_len);
            }
            if (e->indent != NULL) {
                enc_newline(e, level);
            }
            enc_value(e, items[i]);
        }
        kr_vstr_add_byte(&e->out, ']');
        e->depth--;
        return;
    }
    if (kr_obj_is_instance(o, &kr_type_dict)) {
        enc_push(e, o);
        kr_vstr_add_byte(&e->out, '{');
        kr_map_t *map = kr_obj_dict_get_map(o);
        size_t level = e->depth;
        kr_obj_t sorted = KR_OBJ_NULL;
        if (e->sort_keys && map->filled > 1) {
            /* the (key, value) pairs in key order */
            sorted = kr_obj_new_list(0, NULL);
            for (size_t i = 0; i < map->used; i++) {
                if (map->table[i].key != KR_OBJ_NULL) {
                    kr_obj_list_append(sorted, kr_obj_new_tuple(2, &map->table[i].key));
                }
            }
            size_t n;
            kr_obj_t *items;
            kr_obj_get_array(sorted, &n, &items);
            /* insertion sort on the keys with Python's < (stable, raises TypeError as CPython) */
            for (size_t i = 1; i < n; i++) {
                kr_obj_t x = items[i];
                kr_obj_t xk = ((kr_obj_tuple_t *)KR_OBJ_TO_PTR(x))->items[0];
                size_t j = i;
                while (j > 0 && kr_obj_is_true(kr_binary_op(KR_BINARY_OP_LESS, xk,
                                                            ((kr_obj_tuple_t *)KR_OBJ_TO_PTR(items[j - 1]))->items[0]))) {
                    items[j] = items[j - 1];
                    j--;
                }
                items[j] = x;
            }
        }
        size_t count = sorted != KR_OBJ_NULL ? ((kr_obj_list_t *)KR_OBJ_TO_PTR(sorted))->len : map->used;
        bool first = true;
        for (size_t i = 0; i < count; i++) {
            kr_obj_t k, val;
            if (sorted != KR_OBJ_NULL) {
                kr_obj_tuple_t *kv = KR_OBJ_TO_PTR(((kr_obj_list_t *)KR_OBJ_TO_PTR(sorted))->items[i]);
                k = kv->items[0];
                val = kv->items[1];
            } else {
                k = map->table[i].key;
                if (k == KR_OBJ_NULL) {
                    continue;
                }
                val = map->table[i].value;
            }
            if (!first) {
                kr_vstr_add_strn(&e->out, e->item_sep, e->item_sep_len);
            }
            first = false;
            if (e->indent != NULL) {
                enc_newline(e, level);
            }
            if (!enc_scalar(e, k, true)) {
                kr_raise_fmt(&kr_type_TypeError, "keys must be str, int, float, bool or None, not %s",
                             kr_obj_type_name(k));
            }
            kr_vstr_add_strn(&e->out, e->key_sep, e->key_sep_len);
            enc_value(e, val);
        }
        if (!first && e->indent != NULL) {
            enc_newline(e, level - 1);
        }
        kr_vstr_add_byte(&e->out, '}');
        e->depth--;
        return;
    }
    kr_raise_fmt(&kr_type_TypeError, "Object of type %s is not JSON serializable", kr_obj_type_name(o));
}

static const kr_arg_t dump_args[] = {
    { KR_QSTR_separators, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_NONE} },
    { KR_QSTR_indent, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_NONE} },
    { KR_QSTR_sort_keys, KR_ARG_BOOL | KR_ARG_KW_ONLY, {.u_bool = false} },
};
#define N_DUMP_ARGS (sizeof(dump_args) / sizeof(dump_args[0]))

static kr_obj_t encode(kr_obj_t obj, kr_map_t *kw) {
    kr_arg_val_t a[N_DUMP_ARGS];
    for (size_t i = 0; i < kw->used; i++) {
        kr_obj_t k = kw->table[i].key;
        kr_qstr_t kq = k != KR_OBJ_NULL ? kr_obj_str_get_qstr(k) : KR_QSTR_NULL;
        if (k != KR_OBJ_NULL && kq != KR_QSTR_separators && kq != KR_QSTR_indent && kq != KR_QSTR_sort_keys) {
            size_t n;
            const char *name = kr_obj_str_get_data(k, &n);
            kr_raise_fmt(&kr_type_TypeError, "JSONEncoder.__init__() got an unexpected keyword argument '%.*s'",
                         (int)n, name);
        }
    }
    kr_arg_parse_all(0, NULL, kw, N_DUMP_ARGS, dump_args, a);
    encoder_t e;
    e.item_sep = ", ";
    e.key_sep = ": ";
    e.item_sep_len = e.key_sep_len = 2;
    e.depth = 0;
    e.indent = NULL;
    e.indent_len = 0;
    e.sort_keys = a[2].u_bool;
    kr_obj_t indent = a[1].u_obj;
    if (indent != KR_OBJ_NONE) {
        if (kr_obj_is_str(indent)) {
            e.indent = kr_obj_str_get_data(indent, &e.indent_len);
        } else {
            /* an int: that many spaces (none for 0 or less) */
            kr_int_t n = kr_obj_get_int(indent);
            kr_vstr_t sp;
            kr_vstr_init(&sp, 8);
            for (kr_int_t i = 0; i < n; i++) {
                kr_vstr_add_byte(&sp, ' ');
            }
            e.indent_len = sp.len;
            e.indent = kr_vstr_null_terminated(&sp);
        }
        e.item_sep = ",";   /* CPython drops the trailing space when indenting */
        e.item_sep_len = 1;
    }
    if (a[0].u_obj != KR_OBJ_NONE) {
        kr_obj_t *seps;
        kr_obj_get_array_fixed_n(a[0].u_obj, 2, &seps);
        e.item_sep = kr_obj_str_get_data(seps[0], &e.item_sep_len);
        e.key_sep = kr_obj_str_get_data(seps[1], &e.key_sep_len);
        if (!kr_obj_is_str(seps[0]) || !kr_obj_is_str(seps[1])) {
            kr_raise_msg(&kr_type_TypeError, "separators must be strings");
        }
    }
    kr_vstr_init(&e.out, 16);
    enc_value(&e, obj);
    return kr_obj_new_str_from_vstr(&e.out);
}

static kr_obj_t json_dumps(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return encode(args[0], kw);
}
static KR_DEFINE_FUN_KW(json_dumps_obj, 1, 1, json_dumps);

static kr_obj_t json_dump(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    kr_obj_t s = encode(args[0], kw);
    kr_call_method(args[1], KR_QSTR_write, 1, &s);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_KW(json_dump_obj, 2, 2, json_dump);

/* ---------------------------------------------------------------- decoding */

typedef struct {
    const uint8_t *start, *p, *end;
    kr_vstr_t buf;       /* scratch for strings */
} decoder_t;

_Noreturn static void dec_error(decoder_t *d, const char *msg, const uint8_t *at) {
    /* positions are in code points, lines/columns count from 1 */
    size_t pos = 0, line = 1, col_start = 0;
    for (const uint8_t *q = d->start; q < at; q++) {
        if ((*q & 0xc0) != 0x80) {
            if (*q == '\n') {
                line++;
                col_start = pos + 1;
            }
            pos++;
        }
    }
    size_t col = pos - col_start + 1;
    kr_vstr_t v;
    kr_vstr_init(&v, 64);
    kr_vstr_printf(&v, "%s: line %lu column %lu (char %lu)", msg, (unsigned long)line, (unsigned long)col,
                   (unsigned long)pos);
    kr_obj_t text = kr_obj_new_str_from_vstr(&v);
    kr_obj_t exc = kr_obj_new_exception_arg1(&kr_type_json_JSONDecodeError, text);
    kr_store_attr(exc, KR_QSTR_msg, kr_obj_new_str(msg, strlen(msg)));
    kr_store_attr(exc, KR_QSTR_pos, kr_obj_new_int((kr_int_t)pos));
    kr_store_attr(exc, KR_QSTR_lineno, kr_obj_new_int((kr_int_t)line));
    kr_store_attr(exc, KR_QSTR_colno, kr_obj_new_int((kr_int_t)col));
    kr_raise(exc);
}

static void dec_ws(decoder_t *d) {
    while (d->p < d->end && (*d->p == ' ' || *d->p == '\t' || *d->p == '\n' || *d->p == '\r')) {
        d->p++;
    }
}

static bool dec_word(decoder_t *d, const char *w) {
    size_t n = strlen(w);
    if ((size_t)(d->end - d->p) >= n && memcmp(d->p, w, n) == 0) {
        d->p += n;
        return true;
    }
    return false;
}

static int hex4(const uint8_t *p, const uint8_t *end) {
    if (end - p < 4) {
        return -1;
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
        int c = p[i], h;
        if (c >= '0' && c <= '9') {
            h = c - '0';
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
            h = (c | 0x20) - 'a' + 10;
        } else {
            return -1;
        }
        v = v * 16 + h;
    }
    return v;
}

/* d->p is just after the opening quote */
static kr_obj_t dec_string(decoder_t *d) {
    const uint8_t *begin = d->p - 1;
    kr_vstr_t *v = &d->buf;
    kr_vstr_reset(v);
    for (;;) {
        if (d->p >= d->end) {
            dec_error(d, "Unterminated string starting at", begin);
        }
        uint8_t c = *d->p;
        if (c == '"') {
            d->p++;
            break;
        }
        if (c < 0x20) {
            dec_error(d, "Invalid control character at", d->p);
        }
        if (c != '\\') {
            kr_vstr_add_byte(v, c);
            d->p++;
            continue;
        }
        if (d->p + 1 >= d->end) {
            dec_error(d, "Unterminated string starting at", begin);
        }
        uint8_t esc = d->p[1];
        const char *simple = NULL;
        switch (esc) {
            case '"': simple = "\""; break;
            case '\\': simple = "\\"; break;
            case '/': simple = "/"; break;
            case 'b': simple = "\b"; break;
            case 'f': simple = "\f"; break;
            case 'n': simple = "\n"; break;
            case 'r': simple = "\r"; break;
            case 't': simple = "\t"; break;
            case 'u': break;
            default: dec_error(d, "Invalid \\escape", d->p);
        }
        if (simple != NULL) {
            kr_vstr_add_byte(v, (uint8_t)simple[0]);
            d->p += 2;
            continue;
        }
        int u = hex4(d->p + 2, d->end);
        if (u < 0) {
            dec_error(d, "Invalid \\uXXXX escape", d->p + 1);
        }
        d->p += 6;
        uint32_t cp = (uint32_t)u;
        if (cp >= 0xd800 && cp < 0xdc00 && d->end - d->p >= 2 && d->p[0] == '\\' && d->p[1] == 'u') {
            int lo = hex4(d->p + 2, d->end);
            if (lo < 0) {
                dec_error(d, "Invalid \\uXXXX escape", d->p + 1);
            }
            if (lo >= 0xdc00 && lo < 0xe000) {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (uint32_t)(lo - 0xdc00);
                d->p += 6;
            }
        }
        kr_vstr_add_char(v, cp);
    }
    return kr_obj_new_str(v->buf, v->len);
}

static kr_obj_t dec_number(decoder_t *d) {
    const uint8_t *s = d->p, *q = d->p;
    if (q < d->end && *q == '-') {
        q++;
    }
    if (q >= d->end || *q < '0' || *q > '9') {
        return KR_OBJ_NULL;
    }
    if (*q == '0') {
        q++;
    } else {
        while (q < d->end && *q >= '0' && *q <= '9') {
            q++;
        }
    }
    bool is_float = false;
    if (q + 1 < d->end && *q == '.' && q[1] >= '0' && q[1] <= '9') {
        is_float = true;
        q += 2;
        while (q < d->end && *q >= '0' && *q <= '9') {
            q++;
        }
    }
    if (q < d->end && (*q == 'e' || *q == 'E')) {
        const uint8_t *r = q + 1;
        if (r < d->end && (*r == '+' || *r == '-')) {
            r++;
        }
        if (r < d->end && *r >= '0' && *r <= '9') {
            while (r < d->end && *r >= '0' && *r <= '9') {
                r++;
            }
            is_float = true;
            q = r;
        }
    }
    d->p = q;
    if (is_float) {
        return kr_obj_float_from_str((const char *)s, (size_t)(q - s));
    }
    return kr_obj_int_from_str((const char *)s, (size_t)(q - s), 10);
}

static kr_obj_t dec_value(decoder_t *d);

static kr_obj_t dec_array(decoder_t *d) {
    kr_obj_t list = kr_obj_new_list(0, NULL);
    dec_ws(d);
    if (d->p < d->end && *d->p == ']') {
        d->p++;
        return list;
    }
    for (;;) {
        kr_obj_list_append(list, dec_value(d));
        dec_ws(d);
        if (d->p < d->end && *d->p == ']') {
            d->p++;
            return list;
        }
        if (d->p >= d->end || *d->p != ',') {
            dec_error(d, "Expecting ',' delimiter", d->p);
        }
        d->p++;
    }
}

static kr_obj_t dec_object(decoder_t *d) {
    kr_obj_t dict = kr_obj_new_dict(0);
    dec_ws(d);
    if (d->p < d->end && *d->p == '}') {
        d->p++;
        return dict;
    }
    for (;;) {
        if (d->p >= d->end || *d->p != '"') {
            dec_error(d, "Expecting property name enclosed in double quotes", d->p);
        }
        d->p++;
        kr_obj_t key = dec_string(d);
        dec_ws(d);
        if (d->p >= d->end || *d->p != ':') {
            dec_error(d, "Expecting ':' delimiter", d->p);
        }
        d->p++;
        kr_obj_t val = dec_value(d);
        kr_obj_dict_store(dict, key, val);
        dec_ws(d);
        if (d->p < d->end && *d->p == '}') {
            d->p++;
            return dict;
        }
        if (d->p >= d->end || *d->p != ',') {
            dec_error(d, "Expecting ',' delimiter", d->p);
        }
        d->p++;
        dec_ws(d);
    }
}

static kr_obj_t dec_value(decoder_t *d) {
    kr_stack_check();
    dec_ws(d);
    if (d->p >= d->end) {
        dec_error(d, "Expecting value", d->p);
    }
    switch (*d->p) {
        case '"': d->p++; return dec_string(d);
        case '[': d->p++; return dec_array(d);
        case '{': d->p++; return dec_object(d);
        case 'n': if (dec_word(d, "null")) { return KR_OBJ_NONE; } break;
        case 't': if (dec_word(d, "true")) { return KR_OBJ_TRUE; } break;
        case 'f': if (dec_word(d, "false")) { return KR_OBJ_FALSE; } break;
        case 'N': if (dec_word(d, "NaN")) { return kr_obj_new_float(NAN); } break;
        case 'I': if (dec_word(d, "Infinity")) { return kr_obj_new_float(INFINITY); } break;
        case '-':
            if (dec_word(d, "-Infinity")) {
                return kr_obj_new_float(-INFINITY);
            }
            break;
        default: break;
    }
    kr_obj_t n = dec_number(d);
    if (n == KR_OBJ_NULL) {
        dec_error(d, "Expecting value", d->p);
    }
    return n;
}

static kr_obj_t decode(kr_obj_t text) {
    decoder_t d;
    size_t len;
    if (kr_obj_is_str(text)) {
        d.start = (const uint8_t *)kr_obj_str_get_data(text, &len);
    } else if (kr_obj_is_instance(text, &kr_type_bytes) || kr_obj_is_instance(text, &kr_type_bytearray)) {
        const uint8_t *b = kr_obj_str_bytes_data(text, &len);
        text = kr_obj_str_decode(b, len, KR_OBJ_NULL, KR_OBJ_NULL);   /* validates UTF-8 */
        d.start = (const uint8_t *)kr_obj_str_get_data(text, &len);
    } else {
        kr_raise_fmt(&kr_type_TypeError, "the JSON object must be str, bytes or bytearray, not %s",
                     kr_obj_type_name(text));
    }
    d.p = d.start;
    d.end = d.start + len;
    kr_vstr_init(&d.buf, 16);
    kr_obj_t v = dec_value(&d);
    dec_ws(&d);
    if (d.p != d.end) {
        dec_error(&d, "Extra data", d.p);
    }
    return v;
}

static kr_obj_t json_loads(kr_obj_t s) {
    return decode(s);
}
static KR_DEFINE_FUN_1(json_loads_obj, json_loads);

static kr_obj_t json_load(kr_obj_t stream) {
    return decode(kr_call_method(stream, KR_QSTR_read, 0, NULL));
}
static KR_DEFINE_FUN_1(json_load_obj, json_load);

static const kr_map_elem_t json_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(json) },
    { KR_ROM_QSTR(JSONDecodeError), KR_ROM_PTR(&kr_type_json_JSONDecodeError) },
    { KR_ROM_QSTR(dump), KR_ROM_PTR(&json_dump_obj) },
    { KR_ROM_QSTR(dumps), KR_ROM_PTR(&json_dumps_obj) },
    { KR_ROM_QSTR(load), KR_ROM_PTR(&json_load_obj) },
    { KR_ROM_QSTR(loads), KR_ROM_PTR(&json_loads_obj) },
};
static KR_DEFINE_CONST_DICT(json_globals, json_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_json, json_globals);

#endif /* KR_MODULE_JSON */
