/* objstrmethods.c: the searching/splitting methods shared by str, bytes and bytearray
 * (split, join, strip, find, count, replace, startswith, partition, splitlines, ...). */
#include <string.h>
#include <limits.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objstr.h"
#include "objstrmethods.h"
#include "objbytearray.h"

/* ---------------------------------------------------------------- views */

void kr_obj_strmethods_view(kr_strview_t *v, kr_obj_t self, kr_qstr_t meth) {
    if (KR_IS_QSTR(self)) {
        v->d = (const uint8_t *)kr_qstr_data(KR_QSTR_VALUE(self), &v->len);
        v->n = kr_unichar_utf8_char_count(v->d, v->len);
        v->kind = &kr_type_str;
        v->is_str = true;
        v->exact = true;
        return;
    }
    const kr_type_t *t = KR_IS_OBJ(self) ? kr_obj_str_kind(self) : NULL;
    if (t == &kr_type_str || t == &kr_type_bytes) {
        const kr_obj_str_t *s = KR_OBJ_TO_PTR(self);
        v->d = s->data;
        v->len = s->len;
        v->n = s->char_len;
        v->kind = t;
        v->is_str = t == &kr_type_str;
        v->exact = KR_OBJ_TYPE(self) == t;
        return;
    }
    if (t == &kr_type_bytearray) {
        v->d = kr_obj_bytearray_data(self, &v->len);
        v->n = v->len;
        v->kind = t;
        v->is_str = false;
        v->exact = false;
        return;
    }
    kr_raise_fmt(&kr_type_TypeError, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object",
                 kr_qstr_str(meth), kr_obj_type_name(self));
}

/* Data of an argument of the same kind as the view (str for str, bytes-like otherwise) */
const uint8_t *kr_obj_strmethods_arg(const kr_strview_t *v, kr_obj_t arg, size_t *len) {
    if (v->is_str) {
        if (!kr_obj_is_str(arg)) {
            kr_raise_fmt(&kr_type_TypeError, "must be str, not %s", kr_obj_type_name(arg));
        }
        return kr_obj_str_fast_data(arg, len);
    }
    return kr_obj_str_bytes_data(arg, len);
}

static inline size_t sv_off(const kr_strview_t *v, size_t ci) {
    return v->n == v->len ? ci : kr_unichar_utf8_offset(v->d, v->len, v->n, ci);
}

static inline size_t sv_ci(const kr_strview_t *v, size_t off) {
    return v->n == v->len ? off : kr_unichar_utf8_char_count(v->d, off);
}

static inline kr_obj_t sv_new(const kr_strview_t *v, const uint8_t *p, size_t n) {
    if (v->is_str && v->n == v->len) {
        return kr_obj_str_new_with_char_len((const char *)p, n, n);   /* part of ASCII text: no counting */
    }
    return kr_obj_str_new_of_type(v->kind, (const char *)p, n);
}

/* An int-like slice index (None allowed via has_default) */
static kr_int_t slice_index(kr_obj_t o) {
    if (KR_IS_SMALL_INT(o)) {
        return KR_SMALL_INT_VALUE(o);
    }
    if (kr_obj_is_int(o)) {
        kr_int_t r;
        if (kr_obj_int_get_checked(o, &r)) {
            return r;
        }
        return kr_obj_int_sign(o) < 0 ? -KR_SMALL_INT_MAX : KR_SMALL_INT_MAX;
    }
    if (KR_IS_OBJ(o) && (KR_OBJ_TYPE(o)->flags & KR_TYPE_FLAG_HEAP)) {
        return kr_obj_get_index(o);
    }
    kr_raise_msg(&kr_type_TypeError, "slice indices must be integers or None or have an __index__ method");
}

/* Resolve optional start/end args (args[i], args[i+1] if i < n_args) to a byte range.
 * Returns false if the range is empty-invalid (start > len or start > end). */
bool kr_obj_strmethods_range(const kr_strview_t *v, size_t n_args, const kr_obj_t *args, size_t i,
                             size_t *b0, size_t *b1) {
    kr_int_t n = (kr_int_t)v->n;
    kr_int_t start = 0, end = n;
    if (i < n_args && args[i] != KR_OBJ_NONE) {
        start = slice_index(args[i]);
        if (start < 0) {
            start += n;
            if (start < 0) {
                start = 0;
            }
        }
    }
    if (i + 1 < n_args && args[i + 1] != KR_OBJ_NONE) {
        end = slice_index(args[i + 1]);
        if (end < 0) {
            end += n;
            if (end < 0) {
                end = 0;
            }
        } else if (end > n) {
            end = n;
        }
    }
    if (start > n || start > end) {
        *b0 = *b1 = 0;
        return false;
    }
    *b0 = sv_off(v, (size_t)start);
    *b1 = v->n == v->len ? (size_t)end : kr_unichar_utf8_offset(v->d, v->len, v->n, (size_t)end);
    return true;
}

/* ---------------------------------------------------------------- search primitives */

const uint8_t *kr_obj_strmethods_find(const uint8_t *h, size_t hl, const uint8_t *n, size_t nl) {
    if (nl == 0) {
        return h;
    }
    if (nl > hl) {
        return NULL;
    }
    if (nl == 1) {
        return memchr(h, n[0], hl);
    }
    const uint8_t *end = h + hl - nl + 1;
    const uint8_t *p = h;
    while (p < end) {
        p = memchr(p, n[0], (size_t)(end - p));
        if (p == NULL) {
            return NULL;
        }
        if (memcmp(p + 1, n + 1, nl - 1) == 0) {
            return p;
        }
        p++;
    }
    return NULL;
}

static const uint8_t *rfind_sub(const uint8_t *h, size_t hl, const uint8_t *n, size_t nl) {
    if (nl > hl) {
        return NULL;
    }
    const uint8_t *p = h + hl - nl;
    for (;;) {
        if (nl == 0 || (p[0] == n[0] && memcmp(p, n, nl) == 0)) {
            return p;
        }
        if (p == h) {
            return NULL;
        }
        p--;
    }
}

static size_t count_sub(const uint8_t *h, size_t hl, const uint8_t *n, size_t nl, size_t max) {
    size_t c = 0;
    if (nl == 0) {
        return 0;
    }
    const uint8_t *p = h, *end = h + hl;
    while (c < max) {
        const uint8_t *q = kr_obj_strmethods_find(p, (size_t)(end - p), n, nl);
        if (q == NULL) {
            break;
        }
        c++;
        p = q + nl;
    }
    return c;
}

/* ---------------------------------------------------------------- whitespace */

static inline bool byte_isspace(uint8_t c) {
    return c == ' ' || (c >= 9 && c <= 13);
}

/* Is there whitespace at p (end bound e)? Sets *w to its byte length. */
static inline bool ws_at(const kr_strview_t *v, const uint8_t *p, const uint8_t *e, size_t *w) {
    uint8_t c = *p;
    if (c < 0x80 || !v->is_str) {
        *w = 1;
        return v->is_str ? kr_unichar_isspace(c) : byte_isspace(c);
    }
    const uint8_t *q = p;
    uint32_t cp = kr_unichar_utf8_get(&q);
    *w = (size_t)(q - p);
    return kr_unichar_isspace(cp);
}

/* start of the char ending at p (exclusive), i.e. the previous char */
static inline const uint8_t *prev_char(const kr_strview_t *v, const uint8_t *p, const uint8_t *start) {
    p--;
    if (v->is_str) {
        while (p > start && kr_unichar_utf8_is_cont(*p)) {
            p--;
        }
    }
    return p;
}

/* ---------------------------------------------------------------- split */

static kr_obj_t split_ws(const kr_strview_t *v, kr_int_t maxsplit) {
    kr_obj_t list = kr_obj_new_list(0, NULL);
    const uint8_t *p = v->d, *e = v->d + v->len;
    size_t w;
    while (p < e) {
        while (p < e && ws_at(v, p, e, &w)) {
            p += w;
        }
        if (p >= e) {
            break;
        }
        if (maxsplit == 0) {
            kr_obj_list_append(list, sv_new(v, p, (size_t)(e - p)));
            break;
        }
        const uint8_t *s = p;
        while (p < e && !ws_at(v, p, e, &w)) {
            p += w;
        }
        kr_obj_list_append(list, sv_new(v, s, (size_t)(p - s)));
        if (maxsplit > 0) {
            maxsplit--;
        }
    }
    return list;
}

static kr_obj_t rsplit_ws(const kr_strview_t *v, kr_int_t maxsplit) {
    kr_obj_t list = kr_obj_new_list(0, NULL);
    const uint8_t *b = v->d, *p = v->d + v->len, *e = v->d + v->len;
    size_t w;
    while (p > b) {
        const uint8_t *r;
        while (p > b && ws_at(v, (r = prev_char(v, p, b)), e, &w)) {
            p = r;
        }
        if (p <= b) {
            break;
        }
        if (maxsplit == 0) {
            kr_obj_list_append(list, sv_new(v, b, (size_t)(p - b)));
            break;
        }
        const uint8_t *s = p;
        while (p > b && !ws_at(v, (r = prev_char(v, p, b)), e, &w)) {
            p = r;
        }
        kr_obj_list_append(list, sv_new(v, p, (size_t)(s - p)));
        if (maxsplit > 0) {
            maxsplit--;
        }
    }
    /* reverse in place */
    kr_obj_list_t *l = KR_OBJ_TO_PTR(list);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        kr_obj_t t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return list;
}

static kr_obj_t split_sep(const kr_strview_t *v, const uint8_t *sep, size_t sl, kr_int_t maxsplit, bool right) {
    if (sl == 0) {
        kr_raise_msg(&kr_type_ValueError, "empty separator");
    }
    size_t max = maxsplit < 0 ? SIZE_MAX : (size_t)maxsplit;
    size_t nparts = count_sub(v->d, v->len, sep, sl, max) + 1;
    kr_obj_t list = kr_obj_new_list(nparts, NULL);
    kr_obj_list_t *l = KR_OBJ_TO_PTR(list);
    const uint8_t *d = v->d;
    if (!right) {
        const uint8_t *p = d, *e = d + v->len;
        for (size_t i = 0; i + 1 < nparts; i++) {
            const uint8_t *q = kr_obj_strmethods_find(p, (size_t)(e - p), sep, sl);
            l->items[i] = sv_new(v, p, (size_t)(q - p));
            p = q + sl;
        }
        l->items[nparts - 1] = sv_new(v, p, (size_t)(e - p));
    } else {
        const uint8_t *e = d + v->len;
        for (size_t i = nparts - 1; i > 0; i--) {
            const uint8_t *q = rfind_sub(d, (size_t)(e - d), sep, sl);
            l->items[i] = sv_new(v, q + sl, (size_t)(e - (q + sl)));
            e = q;
        }
        l->items[0] = sv_new(v, d, (size_t)(e - d));
    }
    return list;
}

kr_obj_t kr_obj_str_split(kr_obj_t s, kr_obj_t sep, kr_int_t maxsplit) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, s, KR_QSTR_split);
    if (sep == KR_OBJ_NONE) {
        return split_ws(&v, maxsplit);
    }
    size_t sl;
    const uint8_t *sd = kr_obj_strmethods_arg(&v, sep, &sl);
    return split_sep(&v, sd, sl, maxsplit, false);
}

static const kr_arg_t split_args[] = {
    {KR_QSTR_sep, KR_ARG_OBJ, {.u_obj = KR_OBJ_NONE}},
    {KR_QSTR_maxsplit, KR_ARG_INT, {.u_int = -1}},
};

static kr_obj_t do_split(size_t n_args, const kr_obj_t *args, kr_map_t *kw, bool right) {
    kr_arg_val_t a[2];
    kr_strview_t v;
    kr_obj_strmethods_view(&v, args[0], right ? KR_QSTR_rsplit : KR_QSTR_split);
    kr_arg_parse_all(n_args - 1, args + 1, kw, 2, split_args, a);
    if (a[0].u_obj == KR_OBJ_NONE) {
        return right ? rsplit_ws(&v, a[1].u_int) : split_ws(&v, a[1].u_int);
    }
    size_t sl;
    const uint8_t *sd;
    if (v.is_str && !kr_obj_is_str(a[0].u_obj)) {
        kr_raise_fmt(&kr_type_TypeError, "must be str or None, not %s", kr_obj_type_name(a[0].u_obj));
    }
    sd = kr_obj_strmethods_arg(&v, a[0].u_obj, &sl);
    return split_sep(&v, sd, sl, a[1].u_int, right);
}

static kr_obj_t str_split(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return do_split(n_args, args, kw, false);
}
KR_DEFINE_FUN_KW(kr_obj_str_split_obj, 1, 3, str_split);

static kr_obj_t str_rsplit(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return do_split(n_args, args, kw, true);
}
KR_DEFINE_FUN_KW(kr_obj_str_rsplit_obj, 1, 3, str_rsplit);

static const kr_arg_t splitlines_args[] = {
    {KR_QSTR_keepends, KR_ARG_CINT, {.u_int = 0}},   /* an int, as CPython (not any object) */
};

static kr_obj_t str_splitlines(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, args[0], KR_QSTR_splitlines);
    kr_arg_val_t a[1];
    kr_arg_parse_all(n_args - 1, args + 1, kw, 1, splitlines_args, a);
    bool keep = a[0].u_int != 0;
    kr_obj_t list = kr_obj_new_list(0, NULL);
    const uint8_t *p = v.d, *e = v.d + v.len, *s = v.d;
    while (p < e) {
        uint8_t c = *p;
        size_t w = 0;   /* length of the line break at p, 0 if none */
        if (c == '\n') {
            w = 1;
        } else if (c == '\r') {
            w = (p + 1 < e && p[1] == '\n') ? 2 : 1;
        } else if (v.is_str) {
            if (c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e)) {
                w = 1;
            } else if (c == 0xc2 && p + 1 < e && p[1] == 0x85) {
                w = 2;
            } else if (c == 0xe2 && p + 2 < e && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9)) {
                w = 3;
            }
        }
        if (w == 0) {
            p++;
            continue;
        }
        kr_obj_list_append(list, sv_new(&v, s, (size_t)(p - s) + (keep ? w : 0)));
        p += w;
        s = p;
    }
    if (s < e) {
        kr_obj_list_append(list, sv_new(&v, s, (size_t)(e - s)));
    }
    return list;
}
KR_DEFINE_FUN_KW(kr_obj_str_splitlines_obj, 1, 2, str_splitlines);

/* ---------------------------------------------------------------- join */

kr_obj_t kr_obj_str_join(kr_obj_t sep, kr_obj_t iterable) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, sep, KR_QSTR_join);
    size_t n;
    kr_obj_t *items;
    if (!kr_obj_is_type(iterable, &kr_type_list) && !kr_obj_is_type(iterable, &kr_type_tuple)) {
        const kr_type_t *t = kr_obj_get_type(iterable);
        if (t->getiter == NULL && !(t->flags & KR_TYPE_FLAG_HEAP)) {
            kr_raise_msg(&kr_type_TypeError, "can only join an iterable");
        }
        iterable = kr_obj_list_from_iter(iterable);
    }
    kr_obj_get_array(iterable, &n, &items);
    if (n == 0) {
        return sv_new(&v, (const uint8_t *)"", 0);
    }
    if (n == 1 && v.kind != &kr_type_bytearray &&
        (v.is_str ? kr_obj_str_is_exact(items[0]) : kr_obj_is_type(items[0], &kr_type_bytes))) {
        return items[0];
    }
    size_t total = 0, chars = 0;
    for (size_t i = 0; i < n; i++) {
        kr_obj_t it = items[i];
        size_t l;
        if (v.is_str) {
            if (!kr_obj_is_str(it)) {
                kr_raise_fmt(&kr_type_TypeError, "sequence item %u: expected str instance, %s found",
                             (unsigned)i, kr_obj_type_name(it));
            }
            kr_obj_str_fast_data(it, &l);
            chars += kr_obj_str_char_len(it);
        } else {
            if (!kr_obj_str_is_bytes_like(it)) {
                kr_raise_fmt(&kr_type_TypeError, "sequence item %u: expected a bytes-like object, %s found",
                             (unsigned)i, kr_obj_type_name(it));
            }
            kr_obj_str_bytes_data(it, &l);
        }
        total += l;
        if (total < l) {
            kr_raise_memory_error();
        }
    }
    size_t sl = v.len;
    if (sl != 0 && (n - 1) > (SIZE_MAX - total) / sl) {
        kr_raise_memory_error();
    }
    total += (n - 1) * sl;
    chars += (n - 1) * v.n;
    kr_obj_t result;
    uint8_t *dst;
    kr_obj_str_t *s = NULL;
    if (v.kind == &kr_type_bytearray) {
        result = kr_obj_new_bytearray(total, NULL);
        size_t m;
        dst = kr_obj_bytearray_data(result, &m);
    } else {
        s = kr_obj_str_alloc(v.kind, total);
        dst = (uint8_t *)s->data;
        result = KR_OBJ_FROM_PTR(s);
    }
    kr_obj_strmethods_view(&v, sep, KR_QSTR_join);   /* data may have moved (bytearray) */
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && sl > 0) {
            memcpy(dst, v.d, sl);
            dst += sl;
        }
        size_t l;
        const uint8_t *d = v.is_str ? kr_obj_str_fast_data(items[i], &l) : kr_obj_str_bytes_data(items[i], &l);
        if (l > 0) {
            memcpy(dst, d, l);
        }
        dst += l;
    }
    if (s != NULL) {
        if (v.is_str) {
            s->char_len = chars;
            if (total <= 1) {
                return kr_obj_str_finish(s);
            }
            return result;
        }
        return kr_obj_str_finish(s);
    }
    return result;
}

static kr_obj_t str_join(kr_obj_t self, kr_obj_t iterable) {
    return kr_obj_str_join(self, iterable);
}
KR_DEFINE_FUN_2(kr_obj_str_join_obj, str_join);

/* ---------------------------------------------------------------- strip */

static bool char_in_set(const kr_strview_t *v, const uint8_t *p, size_t w, const uint8_t *set, size_t sl) {
    if (w == 1) {
        return sl > 0 && memchr(set, *p, sl) != NULL;
    }
    const uint8_t *f = kr_obj_strmethods_find(set, sl, p, w);
    return f != NULL;
}

static kr_obj_t do_strip(size_t n_args, const kr_obj_t *args, int which, kr_qstr_t name) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, args[0], name);
    const uint8_t *set = NULL;
    size_t sl = 0;
    bool ws = true;
    if (n_args > 1 && args[1] != KR_OBJ_NONE) {
        if (v.is_str && !kr_obj_is_str(args[1])) {
            kr_raise_fmt(&kr_type_TypeError, "%s arg must be None or str", kr_qstr_str(name));
        }
        set = kr_obj_strmethods_arg(&v, args[1], &sl);
        ws = false;
    }
    const uint8_t *b = v.d, *e = v.d + v.len, *end = e;
    size_t w;
    if (which & 1) {
        while (b < e) {
            bool in;
            if (ws) {
                in = ws_at(&v, b, end, &w);
            } else {
                w = 1;
                if (v.is_str && *b >= 0x80) {
                    const uint8_t *q = b;
                    kr_unichar_utf8_get(&q);
                    w = (size_t)(q - b);
                }
                in = char_in_set(&v, b, w, set, sl);
            }
            if (!in) {
                break;
            }
            b += w;
        }
    }
    if (which & 2) {
        while (e > b) {
            const uint8_t *r = prev_char(&v, e, b);
            bool in = ws ? ws_at(&v, r, end, &w) : char_in_set(&v, r, (size_t)(e - r), set, sl);
            if (!in) {
                break;
            }
            e = r;
        }
    }
    if (b == v.d && e == end && v.exact) {
        return args[0];
    }
    return sv_new(&v, b, (size_t)(e - b));
}

static kr_obj_t str_strip(size_t n_args, const kr_obj_t *args) {
    return do_strip(n_args, args, 3, KR_QSTR_strip);
}
KR_DEFINE_FUN_VAR(kr_obj_str_strip_obj, 1, 2, str_strip);

static kr_obj_t str_lstrip(size_t n_args, const kr_obj_t *args) {
    return do_strip(n_args, args, 1, KR_QSTR_lstrip);
}
KR_DEFINE_FUN_VAR(kr_obj_str_lstrip_obj, 1, 2, str_lstrip);

static kr_obj_t str_rstrip(size_t n_args, const kr_obj_t *args) {
    return do_strip(n_args, args, 2, KR_QSTR_rstrip);
}
KR_DEFINE_FUN_VAR(kr_obj_str_rstrip_obj, 1, 2, str_rstrip);

/* ---------------------------------------------------------------- find / count */

/* sub for find/count/index: a str/bytes, or for bytes an int byte */
static const uint8_t *sub_arg(const kr_strview_t *v, kr_obj_t arg, size_t *len, uint8_t *tmp) {
    if (!v->is_str && kr_obj_is_int(arg)) {
        kr_int_t b;
        if (!kr_obj_int_get_checked(arg, &b)) {
            b = -1;
        }
        if (b < 0 || b > 255) {
            kr_raise_msg(&kr_type_ValueError, "byte must be in range(0, 256)");
        }
        *tmp = (uint8_t)b;
        *len = 1;
        return tmp;
    }
    if (v->is_str && !kr_obj_is_str(arg)) {
        kr_raise_fmt(&kr_type_TypeError, "must be str, not %s", kr_obj_type_name(arg));
    }
    if (!v->is_str && !kr_obj_str_is_bytes_like(arg)) {
        kr_raise_fmt(&kr_type_TypeError, "argument should be integer or bytes-like object, not '%s'",
                     kr_obj_type_name(arg));
    }
    return kr_obj_strmethods_arg(v, arg, len);
}

static kr_obj_t do_find(size_t n_args, const kr_obj_t *args, bool right, bool raise, kr_qstr_t name) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, args[0], name);
    size_t sl, b0, b1;
    uint8_t tmp;
    const uint8_t *sub = sub_arg(&v, args[1], &sl, &tmp);
    const uint8_t *f = NULL;
    if (kr_obj_strmethods_range(&v, n_args, args, 2, &b0, &b1)) {
        f = right ? rfind_sub(v.d + b0, b1 - b0, sub, sl) : kr_obj_strmethods_find(v.d + b0, b1 - b0, sub, sl);
    }
    if (f == NULL) {
        if (raise) {
            kr_raise_msg(&kr_type_ValueError, v.is_str ? "substring not found" : "subsection not found");
        }
        return KR_NEW_SMALL_INT(-1);
    }
    return KR_NEW_SMALL_INT((kr_int_t)sv_ci(&v, (size_t)(f - v.d)));
}

static kr_obj_t str_find(size_t n_args, const kr_obj_t *args) {
    return do_find(n_args, args, false, false, KR_QSTR_find);
}
KR_DEFINE_FUN_VAR(kr_obj_str_find_obj, 2, 4, str_find);

static kr_obj_t str_rfind(size_t n_args, const kr_obj_t *args) {
    return do_find(n_args, args, true, false, KR_QSTR_rfind);
}
KR_DEFINE_FUN_VAR(kr_obj_str_rfind_obj, 2, 4, str_rfind);

static kr_obj_t str_index(size_t n_args, const kr_obj_t *args) {
    return do_find(n_args, args, false, true, KR_QSTR_index);
}
KR_DEFINE_FUN_VAR(kr_obj_str_index_obj, 2, 4, str_index);

static kr_obj_t str_rindex(size_t n_args, const kr_obj_t *args) {
    return do_find(n_args, args, true, true, KR_QSTR_rindex);
}
KR_DEFINE_FUN_VAR(kr_obj_str_rindex_obj, 2, 4, str_rindex);

static kr_obj_t str_count(size_t n_args, const kr_obj_t *args) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, args[0], KR_QSTR_count);
    size_t sl, b0, b1;
    uint8_t tmp;
    const uint8_t *sub = sub_arg(&v, args[1], &sl, &tmp);
    if (!kr_obj_strmethods_range(&v, n_args, args, 2, &b0, &b1)) {
        return KR_NEW_SMALL_INT(0);
    }
    if (sl == 0) {
        return KR_NEW_SMALL_INT((kr_int_t)(sv_ci(&v, b1) - sv_ci(&v, b0) + 1));
    }
    return KR_NEW_SMALL_INT((kr_int_t)count_sub(v.d + b0, b1 - b0, sub, sl, SIZE_MAX));
}
KR_DEFINE_FUN_VAR(kr_obj_str_count_obj, 2, 4, str_count);

/* ---------------------------------------------------------------- replace */

static kr_obj_t str_replace(size_t n_args, const kr_obj_t *args) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, args[0], KR_QSTR_replace);
    size_t ol, nl;
    if (v.is_str) {
        for (int i = 1; i <= 2; i++) {
            if (!kr_obj_is_str(args[i])) {
                kr_raise_fmt(&kr_type_TypeError, "replace() argument %d must be str, not %s", i,
                             kr_obj_strmethods_arg_type(args[i]));
            }
        }
    }
    const uint8_t *old = kr_obj_strmethods_arg(&v, args[1], &ol);
    const uint8_t *new = kr_obj_strmethods_arg(&v, args[2], &nl);
    size_t max = SIZE_MAX;
    if (n_args > 3) {
        kr_int_t c = kr_obj_get_index(args[3]);
        if (c >= 0) {
            max = (size_t)c;
        }
    }
    size_t count;
    if (ol == 0) {
        count = v.n + 1 < max ? v.n + 1 : max;
    } else {
        count = count_sub(v.d, v.len, old, ol, max);
    }
    if (count == 0) {
        if (!v.exact) {
            return sv_new(&v, v.d, v.len);
        }
        return args[0];
    }
    size_t total = v.len;
    if (nl >= ol) {
        if (count > (SIZE_MAX / 2 - total) / (nl - ol + 1)) {
            kr_raise_memory_error();
        }
        total += count * (nl - ol);
    } else {
        total -= count * (ol - nl);
    }
    kr_vstr_t out;
    kr_vstr_init(&out, total + 1);
    /* re-read the data: allocation may not move it, but a bytearray arg may alias */
    const uint8_t *p = v.d, *e = v.d + v.len;
    for (size_t i = 0; i < count; i++) {
        const uint8_t *q;
        if (ol == 0) {
            q = p;
            kr_vstr_add_strn(&out, (const char *)new, nl);
            if (p < e) {
                const uint8_t *r = p + 1;
                if (v.is_str) {
                    while (r < e && kr_unichar_utf8_is_cont(*r)) {
                        r++;
                    }
                }
                kr_vstr_add_strn(&out, (const char *)p, (size_t)(r - p));
                p = r;
            }
            continue;
        }
        q = kr_obj_strmethods_find(p, (size_t)(e - p), old, ol);
        kr_vstr_add_strn(&out, (const char *)p, (size_t)(q - p));
        kr_vstr_add_strn(&out, (const char *)new, nl);
        p = q + ol;
    }
    kr_vstr_add_strn(&out, (const char *)p, (size_t)(e - p));
    if (v.kind == &kr_type_bytearray) {
        kr_obj_t r = kr_obj_new_bytearray(out.len, (const uint8_t *)out.buf);
        kr_vstr_clear(&out);
        return r;
    }
    return v.is_str ? kr_obj_new_str_from_vstr(&out) : kr_obj_new_bytes_from_vstr(&out);
}
KR_DEFINE_FUN_VAR(kr_obj_str_replace_obj, 3, 4, str_replace);

/* ---------------------------------------------------------------- startswith / endswith */

static kr_obj_t do_startswith(size_t n_args, const kr_obj_t *args, bool end, kr_qstr_t name) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, args[0], name);
    size_t b0, b1;
    bool ok = kr_obj_strmethods_range(&v, n_args, args, 2, &b0, &b1);
    kr_obj_t pre = args[1];
    size_t n = 1;
    kr_obj_t *items = &pre;
    bool is_tuple = kr_obj_is_type(pre, &kr_type_tuple);
    if (is_tuple) {
        kr_obj_get_array(pre, &n, &items);
    }
    for (size_t i = 0; i < n; i++) {
        kr_obj_t p = items[i];
        bool good = v.is_str ? kr_obj_is_str(p) : kr_obj_str_is_bytes_like(p);
        if (!good) {
            if (is_tuple) {
                if (v.is_str) {
                    kr_raise_fmt(&kr_type_TypeError, "tuple for %s must only contain str, not %s",
                                 kr_qstr_str(name), kr_obj_type_name(p));
                }
                kr_raise_fmt(&kr_type_TypeError, "a bytes-like object is required, not '%s'", kr_obj_type_name(p));
            }
            if (v.is_str) {
                kr_raise_fmt(&kr_type_TypeError, "%s first arg must be str or a tuple of str, not %s",
                             kr_qstr_str(name), kr_obj_type_name(p));
            }
            kr_raise_fmt(&kr_type_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                         kr_qstr_str(name), kr_obj_type_name(p));
        }
        size_t pl;
        const uint8_t *pd = kr_obj_strmethods_arg(&v, p, &pl);
        if (!ok || pl > b1 - b0) {
            continue;
        }
        const uint8_t *at = end ? v.d + b1 - pl : v.d + b0;
        if (pl == 0 || memcmp(at, pd, pl) == 0) {
            return KR_OBJ_TRUE;
        }
    }
    return KR_OBJ_FALSE;
}

static kr_obj_t str_startswith(size_t n_args, const kr_obj_t *args) {
    return do_startswith(n_args, args, false, KR_QSTR_startswith);
}
KR_DEFINE_FUN_VAR(kr_obj_str_startswith_obj, 2, 4, str_startswith);

static kr_obj_t str_endswith(size_t n_args, const kr_obj_t *args) {
    return do_startswith(n_args, args, true, KR_QSTR_endswith);
}
KR_DEFINE_FUN_VAR(kr_obj_str_endswith_obj, 2, 4, str_endswith);

/* ---------------------------------------------------------------- partition */

static kr_obj_t do_partition(kr_obj_t self, kr_obj_t sep, bool right) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, self, right ? KR_QSTR_rpartition : KR_QSTR_partition);
    size_t sl;
    if (v.is_str && !kr_obj_is_str(sep)) {
        kr_raise_fmt(&kr_type_TypeError, "must be str, not %s", kr_obj_type_name(sep));
    }
    const uint8_t *sd = kr_obj_strmethods_arg(&v, sep, &sl);
    if (sl == 0) {
        kr_raise_msg(&kr_type_ValueError, "empty separator");
    }
    kr_obj_t items[3];
    kr_obj_t empty = sv_new(&v, (const uint8_t *)"", 0);
    const uint8_t *f = right ? rfind_sub(v.d, v.len, sd, sl) : kr_obj_strmethods_find(v.d, v.len, sd, sl);
    if (f == NULL) {
        kr_obj_t whole = !v.exact ? sv_new(&v, v.d, v.len) : self;
        if (right) {
            items[0] = empty;
            items[1] = v.kind == &kr_type_bytearray ? sv_new(&v, (const uint8_t *)"", 0) : empty;
            items[2] = whole;
        } else {
            items[0] = whole;
            items[1] = empty;
            items[2] = v.kind == &kr_type_bytearray ? sv_new(&v, (const uint8_t *)"", 0) : empty;
        }
    } else {
        items[0] = sv_new(&v, v.d, (size_t)(f - v.d));
        /* as CPython: the separator object itself (even a bytearray or memoryview), but
         * bytearray.partition returns new bytearrays */
        items[1] = v.kind == &kr_type_bytearray ? sv_new(&v, sd, sl) : sep;
        items[2] = sv_new(&v, f + sl, (size_t)(v.d + v.len - (f + sl)));
    }
    return kr_obj_new_tuple(3, items);
}

static kr_obj_t str_partition(kr_obj_t self, kr_obj_t sep) {
    return do_partition(self, sep, false);
}
KR_DEFINE_FUN_2(kr_obj_str_partition_obj, str_partition);

static kr_obj_t str_rpartition(kr_obj_t self, kr_obj_t sep) {
    return do_partition(self, sep, true);
}
KR_DEFINE_FUN_2(kr_obj_str_rpartition_obj, str_rpartition);

/* ---------------------------------------------------------------- removeprefix / removesuffix */

static kr_obj_t do_remove(kr_obj_t self, kr_obj_t arg, bool suffix) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, self, suffix ? KR_QSTR_removesuffix : KR_QSTR_removeprefix);
    size_t al;
    if (v.is_str && !kr_obj_is_str(arg)) {
        kr_raise_fmt(&kr_type_TypeError, "%s() argument must be str, not %s",
                     suffix ? "removesuffix" : "removeprefix", arg == KR_OBJ_NONE ? "None" : kr_obj_type_name(arg));
    }
    const uint8_t *ad = kr_obj_strmethods_arg(&v, arg, &al);
    if (al > 0 && al <= v.len) {
        const uint8_t *at = suffix ? v.d + v.len - al : v.d;
        if (memcmp(at, ad, al) == 0) {
            return sv_new(&v, suffix ? v.d : v.d + al, v.len - al);
        }
    }
    if (!v.exact) {
        return sv_new(&v, v.d, v.len);
    }
    return self;
}

static kr_obj_t str_removeprefix(kr_obj_t self, kr_obj_t arg) {
    return do_remove(self, arg, false);
}
KR_DEFINE_FUN_2(kr_obj_str_removeprefix_obj, str_removeprefix);

static kr_obj_t str_removesuffix(kr_obj_t self, kr_obj_t arg) {
    return do_remove(self, arg, true);
}
KR_DEFINE_FUN_2(kr_obj_str_removesuffix_obj, str_removesuffix);

/* ---------------------------------------------------------------- format */

static kr_obj_t str_format(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    if (!kr_obj_is_str(args[0])) {
        kr_raise_fmt(&kr_type_TypeError, "descriptor 'format' for 'str' objects doesn't apply to a '%s' object",
                     kr_obj_type_name(args[0]));
    }
    return kr_strformat_format(n_args, args, kw);
}
KR_DEFINE_FUN_KW(kr_obj_str_format_obj, 1, KR_FUN_ARGS_MAX, str_format);

static kr_obj_t str_format_map(kr_obj_t self, kr_obj_t mapping) {
    if (!kr_obj_is_str(self)) {
        kr_raise_fmt(&kr_type_TypeError, "descriptor 'format_map' for 'str' objects doesn't apply to a '%s' object",
                     kr_obj_type_name(self));
    }
    return kr_strformat_format_map(self, mapping);
}
KR_DEFINE_FUN_2(kr_obj_str_format_map_obj, str_format_map);

static kr_obj_t str_mod(kr_obj_t self, kr_obj_t args) {
    return kr_strformat_modulo(self, args);
}
KR_DEFINE_FUN_2(kr_obj_str_mod_obj, str_mod);

/* ---------------------------------------------------------------- special methods */

static kr_obj_t str_m_contains(kr_obj_t self, kr_obj_t x) {
    return kr_obj_str_binary_op(KR_BINARY_OP_CONTAINS, self, x);
}
KR_DEFINE_FUN_2(kr_obj_str_m_contains_obj, str_m_contains);

static kr_obj_t str_m_hash(kr_obj_t self) {
    return kr_obj_new_int(kr_obj_hash(self));
}
KR_DEFINE_FUN_1(kr_obj_str_m_hash_obj, str_m_hash);

static kr_obj_t str_m_str(kr_obj_t self) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, self, KR_QSTR___str__);
    if (v.exact && v.is_str) {
        return self;
    }
    if (v.is_str) {
        return kr_obj_str_new_with_char_len((const char *)v.d, v.len, v.n);
    }
    return kr_obj_str(self);
}
KR_DEFINE_FUN_1(kr_obj_str_m_str_obj, str_m_str);

static kr_obj_t str_m_repr(kr_obj_t self) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, self, KR_QSTR___repr__);
    kr_vstr_t out;
    kr_vstr_init(&out, v.len + 3);
    kr_print_t p;
    kr_print_init_vstr(&p, &out);
    if (v.kind == &kr_type_bytearray) {
        kr_print_str(&p, kr_obj_type_name(self));
        kr_print_str(&p, "(");
    }
    kr_str_print_quoted(&p, v.d, v.len, !v.is_str);
    if (v.kind == &kr_type_bytearray) {
        kr_print_str(&p, ")");
    }
    return kr_obj_new_str_from_vstr(&out);
}
KR_DEFINE_FUN_1(kr_obj_str_m_repr_obj, str_m_repr);

static kr_obj_t str_m_format(kr_obj_t self, kr_obj_t spec) {
    if (!kr_obj_is_str(self)) {
        kr_raise_fmt(&kr_type_TypeError, "descriptor '__format__' for 'str' objects doesn't apply to a '%s' object",
                     kr_obj_type_name(self));
    }
    return kr_strformat_format_native(self, spec);
}
KR_DEFINE_FUN_2(kr_obj_str_m_format_obj, str_m_format);

static kr_obj_t binop_or_notimpl(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    kr_strview_t v;
    kr_obj_strmethods_view(&v, self, KR_QSTR___eq__);
    bool ok = v.is_str ? kr_obj_is_str(other) : kr_obj_str_is_bytes_like(other);
    if (!ok && op != KR_BINARY_OP_MULTIPLY && op != KR_BINARY_OP_REVERSE_MULTIPLY && op != KR_BINARY_OP_MODULO) {
        return KR_OBJ_NOTIMPLEMENTED;
    }
    if ((op == KR_BINARY_OP_MULTIPLY || op == KR_BINARY_OP_REVERSE_MULTIPLY) && !kr_obj_is_int(other)) {
        return KR_OBJ_NOTIMPLEMENTED;
    }
    kr_obj_t r = kr_obj_str_binary_op(op, self, other);
    return r == KR_OBJ_NULL ? KR_OBJ_NOTIMPLEMENTED : r;
}

#define DEFINE_BINOP(name, op) \
    static kr_obj_t str_m_##name(kr_obj_t self, kr_obj_t other) { return binop_or_notimpl(op, self, other); } \
    KR_DEFINE_FUN_2(kr_obj_str_m_##name##_obj, str_m_##name);

DEFINE_BINOP(eq, KR_BINARY_OP_EQUAL)
DEFINE_BINOP(ne, KR_BINARY_OP_NOT_EQUAL)
DEFINE_BINOP(lt, KR_BINARY_OP_LESS)
DEFINE_BINOP(le, KR_BINARY_OP_LESS_EQUAL)
DEFINE_BINOP(gt, KR_BINARY_OP_MORE)
DEFINE_BINOP(ge, KR_BINARY_OP_MORE_EQUAL)
DEFINE_BINOP(add, KR_BINARY_OP_ADD)
DEFINE_BINOP(mul, KR_BINARY_OP_MULTIPLY)
DEFINE_BINOP(rmul, KR_BINARY_OP_REVERSE_MULTIPLY)

#define SPECIAL_METHODS \
    {KR_ROM_QSTR(__contains__), KR_ROM_PTR(&kr_obj_str_m_contains_obj)}, \
    {KR_ROM_QSTR(__hash__), KR_ROM_PTR(&kr_obj_str_m_hash_obj)}, \
    {KR_ROM_QSTR(__str__), KR_ROM_PTR(&kr_obj_str_m_str_obj)}, \
    {KR_ROM_QSTR(__repr__), KR_ROM_PTR(&kr_obj_str_m_repr_obj)}, \
    {KR_ROM_QSTR(__eq__), KR_ROM_PTR(&kr_obj_str_m_eq_obj)}, \
    {KR_ROM_QSTR(__ne__), KR_ROM_PTR(&kr_obj_str_m_ne_obj)}, \
    {KR_ROM_QSTR(__lt__), KR_ROM_PTR(&kr_obj_str_m_lt_obj)}, \
    {KR_ROM_QSTR(__le__), KR_ROM_PTR(&kr_obj_str_m_le_obj)}, \
    {KR_ROM_QSTR(__gt__), KR_ROM_PTR(&kr_obj_str_m_gt_obj)}, \
    {KR_ROM_QSTR(__ge__), KR_ROM_PTR(&kr_obj_str_m_ge_obj)}, \
    {KR_ROM_QSTR(__add__), KR_ROM_PTR(&kr_obj_str_m_add_obj)}, \
    {KR_ROM_QSTR(__mul__), KR_ROM_PTR(&kr_obj_str_m_mul_obj)}, \
    {KR_ROM_QSTR(__rmul__), KR_ROM_PTR(&kr_obj_str_m_rmul_obj)}, \
    {KR_ROM_QSTR(__mod__), KR_ROM_PTR(&kr_obj_str_mod_obj)}

/* ---------------------------------------------------------------- locals tables */

static const kr_map_elem_t str_locals_table[] = {
    {KR_ROM_QSTR(join), KR_ROM_PTR(&kr_obj_str_join_obj)},
    {KR_ROM_QSTR(split), KR_ROM_PTR(&kr_obj_str_split_obj)},
    {KR_ROM_QSTR(format), KR_ROM_PTR(&kr_obj_str_format_obj)},
    {KR_ROM_QSTR(strip), KR_ROM_PTR(&kr_obj_str_strip_obj)},
    {KR_ROM_QSTR(replace), KR_ROM_PTR(&kr_obj_str_replace_obj)},
    {KR_ROM_QSTR(startswith), KR_ROM_PTR(&kr_obj_str_startswith_obj)},
    {KR_ROM_QSTR(endswith), KR_ROM_PTR(&kr_obj_str_endswith_obj)},
    {KR_ROM_QSTR(find), KR_ROM_PTR(&kr_obj_str_find_obj)},
    {KR_ROM_QSTR(upper), KR_ROM_PTR(&kr_obj_str_upper_obj)},
    {KR_ROM_QSTR(lower), KR_ROM_PTR(&kr_obj_str_lower_obj)},
    {KR_ROM_QSTR(encode), KR_ROM_PTR(&kr_obj_str_encode_obj)},
    {KR_ROM_QSTR(rstrip), KR_ROM_PTR(&kr_obj_str_rstrip_obj)},
    {KR_ROM_QSTR(lstrip), KR_ROM_PTR(&kr_obj_str_lstrip_obj)},
    {KR_ROM_QSTR(rsplit), KR_ROM_PTR(&kr_obj_str_rsplit_obj)},
    {KR_ROM_QSTR(splitlines), KR_ROM_PTR(&kr_obj_str_splitlines_obj)},
    {KR_ROM_QSTR(rfind), KR_ROM_PTR(&kr_obj_str_rfind_obj)},
    {KR_ROM_QSTR(index), KR_ROM_PTR(&kr_obj_str_index_obj)},
    {KR_ROM_QSTR(rindex), KR_ROM_PTR(&kr_obj_str_rindex_obj)},
    {KR_ROM_QSTR(count), KR_ROM_PTR(&kr_obj_str_count_obj)},
    {KR_ROM_QSTR(partition), KR_ROM_PTR(&kr_obj_str_partition_obj)},
    {KR_ROM_QSTR(rpartition), KR_ROM_PTR(&kr_obj_str_rpartition_obj)},
    {KR_ROM_QSTR(isdigit), KR_ROM_PTR(&kr_obj_str_isdigit_obj)},
    {KR_ROM_QSTR(isalpha), KR_ROM_PTR(&kr_obj_str_isalpha_obj)},
    {KR_ROM_QSTR(isalnum), KR_ROM_PTR(&kr_obj_str_isalnum_obj)},
    {KR_ROM_QSTR(isspace), KR_ROM_PTR(&kr_obj_str_isspace_obj)},
    {KR_ROM_QSTR(isupper), KR_ROM_PTR(&kr_obj_str_isupper_obj)},
    {KR_ROM_QSTR(islower), KR_ROM_PTR(&kr_obj_str_islower_obj)},
    {KR_ROM_QSTR(isdecimal), KR_ROM_PTR(&kr_obj_str_isdecimal_obj)},
    {KR_ROM_QSTR(isnumeric), KR_ROM_PTR(&kr_obj_str_isnumeric_obj)},
    {KR_ROM_QSTR(isidentifier), KR_ROM_PTR(&kr_obj_str_isidentifier_obj)},
    {KR_ROM_QSTR(isascii), KR_ROM_PTR(&kr_obj_str_isascii_obj)},
    {KR_ROM_QSTR(istitle), KR_ROM_PTR(&kr_obj_str_istitle_obj)},
    {KR_ROM_QSTR(isprintable), KR_ROM_PTR(&kr_obj_str_isprintable_obj)},
    {KR_ROM_QSTR(capitalize), KR_ROM_PTR(&kr_obj_str_capitalize_obj)},
    {KR_ROM_QSTR(title), KR_ROM_PTR(&kr_obj_str_title_obj)},
    {KR_ROM_QSTR(swapcase), KR_ROM_PTR(&kr_obj_str_swapcase_obj)},
    {KR_ROM_QSTR(casefold), KR_ROM_PTR(&kr_obj_str_casefold_obj)},
    {KR_ROM_QSTR(center), KR_ROM_PTR(&kr_obj_str_center_obj)},
    {KR_ROM_QSTR(ljust), KR_ROM_PTR(&kr_obj_str_ljust_obj)},
    {KR_ROM_QSTR(rjust), KR_ROM_PTR(&kr_obj_str_rjust_obj)},
    {KR_ROM_QSTR(zfill), KR_ROM_PTR(&kr_obj_str_zfill_obj)},
    {KR_ROM_QSTR(expandtabs), KR_ROM_PTR(&kr_obj_str_expandtabs_obj)},
    {KR_ROM_QSTR(format_map), KR_ROM_PTR(&kr_obj_str_format_map_obj)},
    {KR_ROM_QSTR(removeprefix), KR_ROM_PTR(&kr_obj_str_removeprefix_obj)},
    {KR_ROM_QSTR(removesuffix), KR_ROM_PTR(&kr_obj_str_removesuffix_obj)},
    {KR_ROM_QSTR(maketrans), KR_ROM_PTR(&kr_obj_str_maketrans_obj)},
    {KR_ROM_QSTR(translate), KR_ROM_PTR(&kr_obj_str_translate_obj)},
    {KR_ROM_QSTR(__format__), KR_ROM_PTR(&kr_obj_str_m_format_obj)},
    SPECIAL_METHODS,
};
KR_DEFINE_CONST_DICT(kr_obj_str_locals_dict, str_locals_table);

static const kr_map_elem_t bytes_locals_table[] = {
    {KR_ROM_QSTR(decode), KR_ROM_PTR(&kr_obj_str_decode_obj)},
    {KR_ROM_QSTR(join), KR_ROM_PTR(&kr_obj_str_join_obj)},
    {KR_ROM_QSTR(split), KR_ROM_PTR(&kr_obj_str_split_obj)},
    {KR_ROM_QSTR(strip), KR_ROM_PTR(&kr_obj_str_strip_obj)},
    {KR_ROM_QSTR(replace), KR_ROM_PTR(&kr_obj_str_replace_obj)},
    {KR_ROM_QSTR(startswith), KR_ROM_PTR(&kr_obj_str_startswith_obj)},
    {KR_ROM_QSTR(endswith), KR_ROM_PTR(&kr_obj_str_endswith_obj)},
    {KR_ROM_QSTR(find), KR_ROM_PTR(&kr_obj_str_find_obj)},
    {KR_ROM_QSTR(hex), KR_ROM_PTR(&kr_obj_str_hex_obj)},
    {KR_ROM_QSTR(fromhex), KR_ROM_PTR(&kr_obj_str_fromhex_obj)},
    {KR_ROM_QSTR(upper), KR_ROM_PTR(&kr_obj_str_upper_obj)},
    {KR_ROM_QSTR(lower), KR_ROM_PTR(&kr_obj_str_lower_obj)},
    {KR_ROM_QSTR(rstrip), KR_ROM_PTR(&kr_obj_str_rstrip_obj)},
    {KR_ROM_QSTR(lstrip), KR_ROM_PTR(&kr_obj_str_lstrip_obj)},
    {KR_ROM_QSTR(rsplit), KR_ROM_PTR(&kr_obj_str_rsplit_obj)},
    {KR_ROM_QSTR(splitlines), KR_ROM_PTR(&kr_obj_str_splitlines_obj)},
    {KR_ROM_QSTR(rfind), KR_ROM_PTR(&kr_obj_str_rfind_obj)},
    {KR_ROM_QSTR(index), KR_ROM_PTR(&kr_obj_str_index_obj)},
    {KR_ROM_QSTR(rindex), KR_ROM_PTR(&kr_obj_str_rindex_obj)},
    {KR_ROM_QSTR(count), KR_ROM_PTR(&kr_obj_str_count_obj)},
    {KR_ROM_QSTR(partition), KR_ROM_PTR(&kr_obj_str_partition_obj)},
    {KR_ROM_QSTR(rpartition), KR_ROM_PTR(&kr_obj_str_rpartition_obj)},
    {KR_ROM_QSTR(isdigit), KR_ROM_PTR(&kr_obj_str_isdigit_obj)},
    {KR_ROM_QSTR(isalpha), KR_ROM_PTR(&kr_obj_str_isalpha_obj)},
    {KR_ROM_QSTR(isalnum), KR_ROM_PTR(&kr_obj_str_isalnum_obj)},
    {KR_ROM_QSTR(isspace), KR_ROM_PTR(&kr_obj_str_isspace_obj)},
    {KR_ROM_QSTR(isupper), KR_ROM_PTR(&kr_obj_str_isupper_obj)},
    {KR_ROM_QSTR(islower), KR_ROM_PTR(&kr_obj_str_islower_obj)},
    {KR_ROM_QSTR(isascii), KR_ROM_PTR(&kr_obj_str_isascii_obj)},
    {KR_ROM_QSTR(istitle), KR_ROM_PTR(&kr_obj_str_istitle_obj)},
    {KR_ROM_QSTR(capitalize), KR_ROM_PTR(&kr_obj_str_capitalize_obj)},
    {KR_ROM_QSTR(title), KR_ROM_PTR(&kr_obj_str_title_obj)},
    {KR_ROM_QSTR(swapcase), KR_ROM_PTR(&kr_obj_str_swapcase_obj)},
    {KR_ROM_QSTR(center), KR_ROM_PTR(&kr_obj_str_center_obj)},
    {KR_ROM_QSTR(ljust), KR_ROM_PTR(&kr_obj_str_ljust_obj)},
    {KR_ROM_QSTR(rjust), KR_ROM_PTR(&kr_obj_str_rjust_obj)},
    {KR_ROM_QSTR(zfill), KR_ROM_PTR(&kr_obj_str_zfill_obj)},
    {KR_ROM_QSTR(expandtabs), KR_ROM_PTR(&kr_obj_str_expandtabs_obj)},
    {KR_ROM_QSTR(removeprefix), KR_ROM_PTR(&kr_obj_str_removeprefix_obj)},
    {KR_ROM_QSTR(removesuffix), KR_ROM_PTR(&kr_obj_str_removesuffix_obj)},
    {KR_ROM_QSTR(maketrans), KR_ROM_PTR(&kr_obj_str_bytes_maketrans_obj)},
    {KR_ROM_QSTR(translate), KR_ROM_PTR(&kr_obj_str_translate_obj)},
    SPECIAL_METHODS,
};
KR_DEFINE_CONST_DICT(kr_obj_bytes_locals_dict, bytes_locals_table);
