/* modre.c: the re module (compile/match/search/fullmatch/findall/finditer/split/sub/subn/escape, Pattern and Match objects as CPython's). */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objstr.h"
#include "objexcept.h"
#include "unichar.h"
#include "re_engine.h"

#if KR_MODULE_RE

/* The engine (modules/re_engine.c) matches bytes; for str subjects the positions shown to
 * Python are converted between UTF-8 byte offsets and code points here. */

/* ---------------------------------------------------------------- match objects */

typedef struct {
    kr_obj_base_t base;
    pattern_t *pat;
    kr_obj_t string;
    size_t pos, endpos;          /* as given (code points for str) */
    size_t n_caps;
    int32_t caps[];              /* byte offsets */
} match_t;

static pattern_t *pattern_ptr(kr_obj_t o) {
    return KR_OBJ_TO_PTR(o);
}

static const uint8_t *subject_data(pattern_t *pat, kr_obj_t string, size_t *len) {
    if (pat->is_bytes) {
        if (kr_obj_is_str(string)) {
            kr_raise_msg(&kr_type_TypeError, "cannot use a bytes pattern on a string-like object");
        }
        kr_buffer_info_t info;
        kr_get_buffer_raise(string, &info, KR_BUFFER_READ);
        *len = info.len;
        return info.buf;
    }
    if (!kr_obj_is_str(string)) {
        if (kr_get_buffer(string, &(kr_buffer_info_t){0}, KR_BUFFER_READ) == 0) {
            kr_raise_msg(&kr_type_TypeError, "cannot use a string pattern on a bytes-like object");
        }
        kr_raise_fmt(&kr_type_TypeError, "expected string or bytes-like object, got '%s'", kr_obj_type_name(string));
    }
    return (const uint8_t *)kr_obj_str_get_data(string, len);
}

/* byte offset -> position seen from Python */
static size_t to_pos(const match_t *m, int32_t off) {
    if (m->pat->is_bytes || off <= 0) {
        return (size_t)off;
    }
    size_t len;
    const uint8_t *d = (const uint8_t *)kr_obj_str_get_data(m->string, &len);
    return kr_unichar_utf8_char_count(d, (size_t)off);
}

static kr_obj_t new_match(vm_t *vm, kr_obj_t string, size_t pos, size_t endpos) {
    size_t n = 2 * (vm->pat->n_groups + 1);
    match_t *m = kr_gc_alloc(sizeof(match_t) + n * sizeof(int32_t), 0);
    m->base.type = &kr_type_re_Match;
    m->pat = vm->pat;
    m->string = string;
    m->pos = pos;
    m->endpos = endpos;
    m->n_caps = n;
    memcpy(m->caps, vm->caps, n * sizeof(int32_t));
    for (size_t g = 1; 2 * g < n; g++) {
        if (m->caps[2 * g] < 0 || m->caps[2 * g + 1] < 0) {
            m->caps[2 * g] = m->caps[2 * g + 1] = -1;
        }
    }
    return KR_OBJ_FROM_PTR(m);
}

/* A prepared search over one subject. */
typedef struct {
    vm_t vm;
    size_t begin;        /* byte offset of pos */
    size_t pos, endpos;  /* as seen from Python */
} search_t;

static void search_init(search_t *st, pattern_t *pat, kr_obj_t string, kr_obj_t pos_obj, kr_obj_t endpos_obj) {
    size_t len;
    const uint8_t *d = subject_data(pat, string, &len);
    size_t clen = pat->is_bytes ? len : kr_obj_str_char_len(string);
    kr_int_t pos = pos_obj == KR_OBJ_NULL ? 0 : kr_obj_get_index(pos_obj);
    kr_int_t endpos = endpos_obj == KR_OBJ_NULL || endpos_obj == KR_OBJ_NONE ? (kr_int_t)clen : kr_obj_get_index(endpos_obj);
    if (pos < 0) {
        pos = 0;
    }
    if ((size_t)pos > clen) {
        pos = (kr_int_t)clen;
    }
    if (endpos < 0) {
        endpos = 0;
    }
    if ((size_t)endpos > clen) {
        endpos = (kr_int_t)clen;
    }
    vm_t *vm = &st->vm;
    memset(vm, 0, sizeof(*vm));
    vm->pat = pat;
    vm->s = d;
    vm->full_len = len;
    if (pat->is_bytes || clen == len) {
        st->begin = (size_t)pos;
        vm->len = (size_t)endpos;
    } else {
        st->begin = kr_unichar_utf8_offset(d, len, clen, (size_t)pos);
        vm->len = kr_unichar_utf8_offset(d, len, clen, (size_t)endpos);
    }
    if (len > 0x7fffffff) {
        kr_raise_msg(&kr_type_OverflowError, "string too long for the regular expression engine");
    }
    st->pos = (size_t)pos;
    st->endpos = (size_t)endpos;
    vm->caps = kr_gc_alloc(2 * (pat->n_groups + 1) * sizeof(int32_t), KR_GC_FLAG_ATOMIC);
    vm->regs = kr_gc_alloc((pat->n_regs + 1) * sizeof(int32_t), KR_GC_FLAG_ATOMIC);
}

/* Find the next match at or after byte offset `from`; anchored = only at `from`. */
static bool search_at(search_t *st, size_t from, bool anchored, bool full, size_t reject_empty_at) {
    vm_t *vm = &st->vm;
    for (size_t p = from; p <= vm->len; p++) {
        if (!vm->pat->is_bytes && p < vm->len && kr_unichar_utf8_is_cont(vm->s[p])) {
            continue;
        }
        if (kr_re_engine_run(vm, p, full, reject_empty_at)) {
            return true;
        }
        if (anchored) {
            return false;
        }
    }
    return false;
}

/* ---------------------------------------------------------------- Pattern methods */

static pattern_t *self_pattern(kr_obj_t o) {
    if (!kr_obj_is_instance(o, &kr_type_re_Pattern)) {
        kr_raise_msg(&kr_type_TypeError, "descriptor requires a 're.Pattern' object");
    }
    return pattern_ptr(o);
}

typedef enum { MODE_MATCH, MODE_SEARCH, MODE_FULL } mode_t_;

static kr_obj_t do_match(kr_obj_t self, mode_t_ mode, size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_string, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_pos, KR_ARG_OBJ, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_endpos, KR_ARG_OBJ, {.u_obj = KR_OBJ_NULL} },
    };
    kr_arg_val_t v[3];
    kr_arg_parse_all(n_args, args, kw, 3, allowed, v);
    search_t st;
    search_init(&st, self_pattern(self), v[0].u_obj, v[1].u_obj, v[2].u_obj);
    if (!search_at(&st, st.begin, mode != MODE_SEARCH, mode == MODE_FULL, SIZE_MAX)) {
        return KR_OBJ_NONE;
    }
    return new_match(&st.vm, v[0].u_obj, st.pos, st.endpos);
}

static kr_obj_t pattern_match(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return do_match(args[0], MODE_MATCH, n_args - 1, args + 1, kw);
}
static KR_DEFINE_FUN_KW(pattern_match_obj, 1, 4, pattern_match);

static kr_obj_t pattern_search(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return do_match(args[0], MODE_SEARCH, n_args - 1, args + 1, kw);
}
static KR_DEFINE_FUN_KW(pattern_search_obj, 1, 4, pattern_search);

static kr_obj_t pattern_fullmatch(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return do_match(args[0], MODE_FULL, n_args - 1, args + 1, kw);
}
static KR_DEFINE_FUN_KW(pattern_fullmatch_obj, 1, 4, pattern_fullmatch);

/* Call fn(ctx, vm) for each successive match (CPython 3.7+ rules for empty matches);
 * stops after `limit` matches (0 = no limit). Returns the number of matches. */
typedef bool (*each_fn_t)(void *ctx, search_t *st);

static size_t for_each_match(search_t *st, size_t limit, each_fn_t fn, void *ctx) {
    size_t count = 0, p = st->begin, reject = SIZE_MAX;
    while (p <= st->vm.len && (limit == 0 || count < limit)) {
        if (!search_at(st, p, false, false, reject)) {
            break;
        }
        count++;
        size_t ms = (size_t)st->vm.caps[0], me = (size_t)st->vm.caps[1];
        if (!fn(ctx, st)) {
            break;
        }
        p = me;
        reject = ms == me ? me : SIZE_MAX;
    }
    return count;
}

/* group g of the current match as a str/bytes (or `dflt` when unmatched) */
static kr_obj_t vm_group(search_t *st, size_t g, kr_obj_t dflt) {
    int32_t a = st->vm.caps[2 * g], b = st->vm.caps[2 * g + 1];
    if (a < 0 || b < 0) {
        return dflt;
    }
    if (st->vm.pat->is_bytes) {
        return kr_obj_new_bytes(st->vm.s + a, (size_t)(b - a));
    }
    return kr_obj_new_str((const char *)st->vm.s + a, (size_t)(b - a));
}

static kr_obj_t empty_of(pattern_t *pat) {
    return pat->is_bytes ? kr_obj_new_bytes((const uint8_t *)"", 0) : kr_obj_new_str("", 0);
}

typedef struct {
    kr_obj_t list;
} list_ctx_t;

static bool findall_cb(void *ctx, search_t *st) {
    list_ctx_t *c = ctx;
    pattern_t *pat = st->vm.pat;
    kr_obj_t item;
    if (pat->n_groups == 0) {
        item = vm_group(st, 0, KR_OBJ_NONE);
    } else if (pat->n_groups == 1) {
        item = vm_group(st, 1, empty_of(pat));
    } else {
        item = kr_obj_new_tuple(pat->n_groups, NULL);
        kr_obj_tuple_t *t = KR_OBJ_TO_PTR(item);
        for (size_t g = 1; g <= pat->n_groups; g++) {
            t->items[g - 1] = vm_group(st, g, empty_of(pat));
        }
    }
    kr_obj_list_append(c->list, item);
    return true;
}

typedef struct {
    kr_obj_t list;
    kr_obj_t string;
} iter_ctx_t;

static bool finditer_cb(void *ctx, search_t *st) {
    iter_ctx_t *c = ctx;
    kr_obj_list_append(c->list, new_match(&st->vm, c->string, st->pos, st->endpos));
    return true;
}

static void parse_search_args(size_t n_args, const kr_obj_t *args, kr_map_t *kw, kr_arg_val_t *v) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_string, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_pos, KR_ARG_OBJ, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_endpos, KR_ARG_OBJ, {.u_obj = KR_OBJ_NULL} },
    };
    kr_arg_parse_all(n_args, args, kw, 3, allowed, v);
}

static kr_obj_t pattern_findall(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    kr_arg_val_t v[3];
    parse_search_args(n_args - 1, args + 1, kw, v);
    search_t st;
    search_init(&st, self_pattern(args[0]), v[0].u_obj, v[1].u_obj, v[2].u_obj);
    list_ctx_t c = { kr_obj_new_list(0, NULL) };
    for_each_match(&st, 0, findall_cb, &c);
    return c.list;
}
static KR_DEFINE_FUN_KW(pattern_findall_obj, 1, 4, pattern_findall);

static kr_obj_t pattern_finditer(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    kr_arg_val_t v[3];
    parse_search_args(n_args - 1, args + 1, kw, v);
    search_t st;
    search_init(&st, self_pattern(args[0]), v[0].u_obj, v[1].u_obj, v[2].u_obj);
    iter_ctx_t c = { kr_obj_new_list(0, NULL), v[0].u_obj };
    for_each_match(&st, 0, finditer_cb, &c);
    return kr_getiter(c.list);
}
static KR_DEFINE_FUN_KW(pattern_finditer_obj, 1, 4, pattern_finditer);

/* ---- split ---- */

typedef struct {
    kr_obj_t list;
    size_t last;       /* byte offset after the previous match */
} split_ctx_t;

static kr_obj_t slice_of(search_t *st, size_t a, size_t b) {
    if (st->vm.pat->is_bytes) {
        return kr_obj_new_bytes(st->vm.s + a, b - a);
    }
    return kr_obj_new_str((const char *)st->vm.s + a, b - a);
}

static bool split_cb(void *ctx, search_t *st) {
    split_ctx_t *c = ctx;
    size_t ms = (size_t)st->vm.caps[0], me = (size_t)st->vm.caps[1];
    kr_obj_list_append(c->list, slice_of(st, c->last, ms));
    for (size_t g = 1; g <= st->vm.pat->n_groups; g++) {
        kr_obj_list_append(c->list, vm_group(st, g, KR_OBJ_NONE));
    }
    c->last = me;
    return true;
}

static kr_obj_t pattern_split(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_string, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_maxsplit, KR_ARG_INT, {.u_int = 0} },
    };
    kr_arg_val_t v[2];
    kr_arg_parse_all(n_args - 1, args + 1, kw, 2, allowed, v);
    search_t st;
    search_init(&st, self_pattern(args[0]), v[0].u_obj, KR_OBJ_NULL, KR_OBJ_NULL);
    split_ctx_t c = { kr_obj_new_list(0, NULL), 0 };
    if (v[1].u_int >= 0) {
        for_each_match(&st, (size_t)v[1].u_int, split_cb, &c);
    }
    kr_obj_list_append(c.list, slice_of(&st, c.last, st.vm.full_len));
    return c.list;
}
static KR_DEFINE_FUN_KW(pattern_split_obj, 1, 3, pattern_split);

/* ---- sub ---- */

typedef struct {
    kr_vstr_t out;
    size_t last;
    kr_obj_t repl;          /* callable, or NULL when the template is used */
    const uint8_t *tmpl;
    size_t tmpl_len;
    kr_obj_t string;
} sub_ctx_t;

_Noreturn static void template_error(sub_ctx_t *c, const char *msg, size_t at) {
    kr_raise_fmt(&kr_type_re_error, "%s at position %lu", msg, (unsigned long)at);
}

static void add_group(sub_ctx_t *c, search_t *st, size_t g, size_t at) {
    if (g > st->vm.pat->n_groups) {
        kr_raise_fmt(&kr_type_re_error, "invalid group reference %u at position %lu", (unsigned)g, (unsigned long)at);
    }
    int32_t a = st->vm.caps[2 * g], b = st->vm.caps[2 * g + 1];
    if (a >= 0 && b >= 0) {
        kr_vstr_add_strn(&c->out, (const char *)st->vm.s + a, (size_t)(b - a));
    }
}

/* expand the replacement template for the current match */
static void expand_template(sub_ctx_t *c, search_t *st) {
    const uint8_t *t = c->tmpl;
    size_t n = c->tmpl_len;
    for (size_t i = 0; i < n; i++) {
        if (t[i] != '\\') {
            kr_vstr_add_byte(&c->out, t[i]);
            continue;
        }
        if (i + 1 >= n) {
            template_error(c, "bad escape (end of pattern)", i);
        }
        uint8_t e = t[++i];
        if (e >= '0' && e <= '9') {
            size_t g = (size_t)(e - '0');
            if (i + 1 < n && t[i + 1] >= '0' && t[i + 1] <= '9' && e != '0') {
                g = g * 10 + (size_t)(t[++i] - '0');
            }
            if (e == '0') {
                kr_vstr_add_byte(&c->out, 0);
                continue;
            }
            add_group(c, st, g, g >= 10 ? i - 1 : i);
            continue;
        }
        if (e == 'g') {
            size_t start = i + 2;
            if (i + 1 >= n || t[i + 1] != '<') {
                template_error(c, "missing <", i + 1);
            }
            size_t j = i + 2;
            while (j < n && t[j] != '>') {
                j++;
            }
            if (j >= n) {
                template_error(c, "missing >, unterminated name", i + 2);
            }
            const uint8_t *name = t + i + 2;
            size_t nl = j - (i + 2);
            size_t g = 0;
            bool numeric = nl > 0;
            for (size_t k = 0; k < nl; k++) {
                if (name[k] < '0' || name[k] > '9') {
                    numeric = false;
                    break;
                }
                g = g * 10 + (size_t)(name[k] - '0');
            }
            if (!numeric) {
                kr_obj_t num = nl ? kr_obj_dict_get(st->vm.pat->groupindex, kr_obj_new_str((const char *)name, nl)) : KR_OBJ_NULL;
                if (num == KR_OBJ_NULL) {
                    if (nl == 0) {
                        template_error(c, "missing group name", i + 2);
                    }
                    kr_raise(kr_obj_new_exception_fmt(&kr_type_IndexError, "unknown group name '%.*s'", (int)nl,
                                                      (const char *)name));
                }
                g = (size_t)kr_obj_get_int(num);
            }
            add_group(c, st, g, start);
            i = j;
            continue;
        }
        const char *simple = NULL;
        switch (e) {
            case 'n': simple = "\n"; break;
            case 't': simple = "\t"; break;
            case 'r': simple = "\r"; break;
            case 'f': simple = "\f"; break;
            case 'v': simple = "\v"; break;
            case 'a': simple = "\a"; break;
            case 'b': simple = "\b"; break;
            case '\\': simple = "\\"; break;
            default: break;
        }
        if (simple != NULL) {
            kr_vstr_add_byte(&c->out, (uint8_t)simple[0]);
            continue;
        }
        if (e < 0x80 && ((e | 0x20) >= 'a' && (e | 0x20) <= 'z')) {
            kr_raise_fmt(&kr_type_re_error, "bad escape \\%c at position %lu", e, (unsigned long)(i - 1));
        }
        kr_vstr_add_byte(&c->out, '\\');
        kr_vstr_add_byte(&c->out, e);
    }
}

static bool sub_cb(void *ctx, search_t *st) {
    sub_ctx_t *c = ctx;
    size_t ms = (size_t)st->vm.caps[0], me = (size_t)st->vm.caps[1];
    kr_vstr_add_strn(&c->out, (const char *)st->vm.s + c->last, ms - c->last);
    if (c->repl != KR_OBJ_NULL) {
        /* the callable may run another search: give it its own copy of the match */
        kr_obj_t m = new_match(&st->vm, c->string, st->pos, st->endpos);
        kr_obj_t r = kr_call1(c->repl, m);
        size_t rl;
        const char *rd;
        if (st->vm.pat->is_bytes) {
            rd = (const char *)kr_obj_str_bytes_data(r, &rl);
        } else {
            if (!kr_obj_is_str(r)) {
                kr_raise_fmt(&kr_type_TypeError, "sequence item 0: expected str instance, %s found", kr_obj_type_name(r));
            }
            rd = kr_obj_str_get_data(r, &rl);
        }
        kr_vstr_add_strn(&c->out, rd, rl);
    } else {
        expand_template(c, st);
    }
    c->last = me;
    return true;
}

static kr_obj_t do_sub(kr_obj_t self, kr_obj_t repl, kr_obj_t string, kr_int_t count, bool want_n) {
    pattern_t *pat = self_pattern(self);
    search_t st;
    search_init(&st, pat, string, KR_OBJ_NULL, KR_OBJ_NULL);
    sub_ctx_t c;
    kr_vstr_init(&c.out, st.vm.full_len + 16);
    c.last = 0;
    c.string = string;
    c.repl = KR_OBJ_NULL;
    if (kr_obj_is_callable(repl)) {
        c.repl = repl;
    } else {
        if (pat->is_bytes) {
            c.tmpl = kr_obj_str_bytes_data(repl, &c.tmpl_len);
        } else {
            if (!kr_obj_is_str(repl)) {
                kr_raise_fmt(&kr_type_TypeError, "decoding to str: need a bytes-like object, %s found", kr_obj_type_name(repl));
            }
            c.tmpl = (const uint8_t *)kr_obj_str_get_data(repl, &c.tmpl_len);
        }
    }
    size_t n = 0;
    if (count >= 0) {
        n = for_each_match(&st, (size_t)count, sub_cb, &c);
    }
    kr_vstr_add_strn(&c.out, (const char *)st.vm.s + c.last, st.vm.full_len - c.last);
    kr_obj_t r = pat->is_bytes ? kr_obj_new_bytes_from_vstr(&c.out) : kr_obj_new_str_from_vstr(&c.out);
    if (want_n) {
        kr_obj_t t[2] = { r, kr_obj_new_int((kr_int_t)n) };
        return kr_obj_new_tuple(2, t);
    }
    return r;
}

static kr_obj_t pattern_sub_common(size_t n_args, const kr_obj_t *args, kr_map_t *kw, bool want_n) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_repl, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_string, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_count, KR_ARG_INT, {.u_int = 0} },
    };
    kr_arg_val_t v[3];
    kr_arg_parse_all(n_args - 1, args + 1, kw, 3, allowed, v);
    return do_sub(args[0], v[0].u_obj, v[1].u_obj, v[2].u_int, want_n);
}

static kr_obj_t pattern_sub(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return pattern_sub_common(n_args, args, kw, false);
}
static KR_DEFINE_FUN_KW(pattern_sub_obj, 1, 4, pattern_sub);

static kr_obj_t pattern_subn(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return pattern_sub_common(n_args, args, kw, true);
}
static KR_DEFINE_FUN_KW(pattern_subn_obj, 1, 4, pattern_subn);

static void print_flags(const kr_print_t *p, int flags) {
    static const struct { int bit; const char *name; } names[] = {
        { FLAG_I, "re.IGNORECASE" }, { FLAG_L, "re.LOCALE" }, { FLAG_M, "re.MULTILINE" },
        { FLAG_S, "re.DOTALL" }, { FLAG_A, "re.ASCII" },
    };
    bool first = true;
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        if (flags & names[i].bit) {
            kr_printf(p, "%s%s", first ? "" : "|", names[i].name);
            first = false;
        }
    }
}

static void pattern_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    pattern_t *pat = pattern_ptr(self);
    kr_print_str(p, "re.compile(");
    kr_obj_print(p, pat->pattern, KR_PRINT_REPR);
    int shown = pat->flags & ~FLAG_U;
    if (shown) {
        kr_print_str(p, ", ");
        print_flags(p, shown);
    }
    kr_print_str(p, ")");
}

static void pattern_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    pattern_t *pat = pattern_ptr(self);
    switch (attr) {
        case KR_QSTR_pattern: dest[0] = pat->pattern; break;
        case KR_QSTR_flags: dest[0] = KR_NEW_SMALL_INT(pat->flags); break;
        case KR_QSTR_groups: dest[0] = KR_NEW_SMALL_INT(pat->n_groups); break;
        case KR_QSTR_groupindex: dest[0] = kr_obj_dict_copy(pat->groupindex); break;
        default: break;
    }
}

static kr_obj_t pattern_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    if ((op == KR_BINARY_OP_EQUAL || op == KR_BINARY_OP_NOT_EQUAL) && kr_obj_is_instance(other, &kr_type_re_Pattern)) {
        pattern_t *a = pattern_ptr(self), *b = pattern_ptr(other);
        bool eq = a->flags == b->flags && a->is_bytes == b->is_bytes && kr_obj_equal(a->pattern, b->pattern);
        return KR_OBJ_BOOL(eq == (op == KR_BINARY_OP_EQUAL));
    }
    return KR_OBJ_NULL;
}

static const kr_map_elem_t pattern_locals_table[] = {
    { KR_ROM_QSTR(findall), KR_ROM_PTR(&pattern_findall_obj) },
    { KR_ROM_QSTR(finditer), KR_ROM_PTR(&pattern_finditer_obj) },
    { KR_ROM_QSTR(fullmatch), KR_ROM_PTR(&pattern_fullmatch_obj) },
    { KR_ROM_QSTR(match), KR_ROM_PTR(&pattern_match_obj) },
    { KR_ROM_QSTR(search), KR_ROM_PTR(&pattern_search_obj) },
    { KR_ROM_QSTR(split), KR_ROM_PTR(&pattern_split_obj) },
    { KR_ROM_QSTR(sub), KR_ROM_PTR(&pattern_sub_obj) },
    { KR_ROM_QSTR(subn), KR_ROM_PTR(&pattern_subn_obj) },
};
static KR_DEFINE_CONST_DICT(pattern_locals_dict, pattern_locals_table);

const kr_type_t kr_type_re_Pattern = {
    .base = {&kr_type_type},
    .name = KR_QSTR_Pattern,
    .print = pattern_print,
    .binary_op = pattern_binary_op,
    .attr = pattern_attr,
    .locals_dict = &pattern_locals_dict,
};

/* ---------------------------------------------------------------- Match methods */

static match_t *match_ptr(kr_obj_t o) {
    return KR_OBJ_TO_PTR(o);
}

static size_t group_index(match_t *m, kr_obj_t g) {
    kr_int_t i;
    if (kr_obj_is_int(g) && kr_obj_get_int_maybe(g, &i)) {
        if (i >= 0 && (size_t)i <= m->pat->n_groups) {
            return (size_t)i;
        }
    } else if (kr_obj_is_str(g)) {
        kr_obj_t num = kr_obj_dict_get(m->pat->groupindex, g);
        if (num != KR_OBJ_NULL) {
            return (size_t)kr_obj_get_int(num);
        }
    }
    kr_raise_msg(&kr_type_IndexError, "no such group");
}

static kr_obj_t match_group_value(match_t *m, size_t g, kr_obj_t dflt) {
    int32_t a = m->caps[2 * g], b = m->caps[2 * g + 1];
    if (a < 0 || b < 0) {
        return dflt;
    }
    size_t len;
    const char *d;
    if (m->pat->is_bytes) {
        kr_buffer_info_t info;
        kr_get_buffer_raise(m->string, &info, KR_BUFFER_READ);
        d = info.buf;
        len = info.len;
        if ((size_t)b > len) {
            return dflt;
        }
        return kr_obj_new_bytes((const uint8_t *)d + a, (size_t)(b - a));
    }
    d = kr_obj_str_get_data(m->string, &len);
    return kr_obj_new_str(d + a, (size_t)(b - a));
}

static kr_obj_t match_group(size_t n_args, const kr_obj_t *args) {
    match_t *m = match_ptr(args[0]);
    if (n_args == 1) {
        return match_group_value(m, 0, KR_OBJ_NONE);
    }
    if (n_args == 2) {
        return match_group_value(m, group_index(m, args[1]), KR_OBJ_NONE);
    }
    kr_obj_t t = kr_obj_new_tuple(n_args - 1, NULL);
    kr_obj_tuple_t *tp = KR_OBJ_TO_PTR(t);
    for (size_t i = 1; i < n_args; i++) {
        tp->items[i - 1] = match_group_value(m, group_index(m, args[i]), KR_OBJ_NONE);
    }
    return t;
}
static KR_DEFINE_FUN_VAR(match_group_obj, 1, KR_FUN_ARGS_MAX, match_group);

static kr_obj_t match_groups(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_default, KR_ARG_OBJ, {.u_obj = KR_OBJ_NONE} },
    };
    kr_arg_val_t v[1];
    kr_arg_parse_all(n_args - 1, args + 1, kw, 1, allowed, v);
    match_t *m = match_ptr(args[0]);
    size_t n = m->pat->n_groups;
    kr_obj_t t = kr_obj_new_tuple(n, NULL);
    kr_obj_tuple_t *tp = KR_OBJ_TO_PTR(t);
    for (size_t g = 1; g <= n; g++) {
        tp->items[g - 1] = match_group_value(m, g, v[0].u_obj);
    }
    return t;
}
static KR_DEFINE_FUN_KW(match_groups_obj, 1, 2, match_groups);

static kr_obj_t match_groupdict(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_default, KR_ARG_OBJ, {.u_obj = KR_OBJ_NONE} },
    };
    kr_arg_val_t v[1];
    kr_arg_parse_all(n_args - 1, args + 1, kw, 1, allowed, v);
    match_t *m = match_ptr(args[0]);
    kr_obj_t d = kr_obj_new_dict(0);
    kr_map_t *map = kr_obj_dict_get_map(m->pat->groupindex);
    for (size_t i = 0; i < map->used; i++) {
        if (map->table[i].key != KR_OBJ_NULL) {
            size_t g = (size_t)kr_obj_get_int(map->table[i].value);
            kr_obj_dict_store(d, map->table[i].key, match_group_value(m, g, v[0].u_obj));
        }
    }
    return d;
}
static KR_DEFINE_FUN_KW(match_groupdict_obj, 1, 2, match_groupdict);

static void match_span_of(match_t *m, size_t n_args, const kr_obj_t *args, kr_int_t *a, kr_int_t *b) {
    size_t g = n_args > 1 ? group_index(m, args[1]) : 0;
    int32_t x = m->caps[2 * g], y = m->caps[2 * g + 1];
    if (x < 0 || y < 0) {
        *a = *b = -1;
        return;
    }
    *a = (kr_int_t)to_pos(m, x);
    *b = (kr_int_t)to_pos(m, y);
}

static kr_obj_t match_start(size_t n_args, const kr_obj_t *args) {
    kr_int_t a, b;
    match_span_of(match_ptr(args[0]), n_args, args, &a, &b);
    return kr_obj_new_int(a);
}
static KR_DEFINE_FUN_VAR(match_start_obj, 1, 2, match_start);

static kr_obj_t match_end(size_t n_args, const kr_obj_t *args) {
    kr_int_t a, b;
    match_span_of(match_ptr(args[0]), n_args, args, &a, &b);
    return kr_obj_new_int(b);
}
static KR_DEFINE_FUN_VAR(match_end_obj, 1, 2, match_end);

static kr_obj_t match_span(size_t n_args, const kr_obj_t *args) {
    kr_int_t a, b;
    match_span_of(match_ptr(args[0]), n_args, args, &a, &b);
    kr_obj_t t[2] = { kr_obj_new_int(a), kr_obj_new_int(b) };
    return kr_obj_new_tuple(2, t);
}
static KR_DEFINE_FUN_VAR(match_span_obj, 1, 2, match_span);

static kr_obj_t match_expand(kr_obj_t self, kr_obj_t tmpl) {
    match_t *m = match_ptr(self);
    /* rebuild a search state that sees this match */
    search_t st;
    search_init(&st, m->pat, m->string, KR_OBJ_NULL, KR_OBJ_NULL);
    memcpy(st.vm.caps, m->caps, m->n_caps * sizeof(int32_t));
    sub_ctx_t c;
    kr_vstr_init(&c.out, 16);
    if (m->pat->is_bytes) {
        c.tmpl = kr_obj_str_bytes_data(tmpl, &c.tmpl_len);
    } else {
        c.tmpl = (const uint8_t *)kr_obj_str_get_data(tmpl, &c.tmpl_len);
    }
    expand_template(&c, &st);
    return m->pat->is_bytes ? kr_obj_new_bytes_from_vstr(&c.out) : kr_obj_new_str_from_vstr(&c.out);
}
static KR_DEFINE_FUN_2(match_expand_obj, match_expand);

static kr_obj_t match_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    if (value != KR_OBJ_SENTINEL) {
        return KR_OBJ_NULL;
    }
    match_t *m = match_ptr(self);
    return match_group_value(m, group_index(m, index), KR_OBJ_NONE);
}

static void match_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    match_t *m = match_ptr(self);
    kr_printf(p, "<re.Match object; span=(%lu, %lu), match=", (unsigned long)to_pos(m, m->caps[0]),
              (unsigned long)to_pos(m, m->caps[1]));
    kr_obj_print(p, match_group_value(m, 0, KR_OBJ_NONE), KR_PRINT_REPR);
    kr_print_str(p, ">");
}

static void match_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    match_t *m = match_ptr(self);
    switch (attr) {
        case KR_QSTR_string: dest[0] = m->string; break;
        case KR_QSTR_re: dest[0] = KR_OBJ_FROM_PTR(m->pat); break;
        case KR_QSTR_pos: dest[0] = kr_obj_new_int((kr_int_t)m->pos); break;
        case KR_QSTR_endpos: dest[0] = kr_obj_new_int((kr_int_t)m->endpos); break;
        case KR_QSTR_lastindex: {
            /* the group that closed last: the one with the highest end, outermost on ties */
            kr_obj_t r = KR_OBJ_NONE;
            int32_t best = -1;
            for (size_t g = 1; g <= m->pat->n_groups; g++) {
                if (m->caps[2 * g + 1] >= 0 && m->caps[2 * g + 1] > best) {
                    best = m->caps[2 * g + 1];
                    r = KR_NEW_SMALL_INT(g);
                }
            }
            dest[0] = r;
            break;
        }
        default: break;
    }
}

static const kr_map_elem_t match_locals_table[] = {
    { KR_ROM_QSTR(end), KR_ROM_PTR(&match_end_obj) },
    { KR_ROM_QSTR(expand), KR_ROM_PTR(&match_expand_obj) },
    { KR_ROM_QSTR(group), KR_ROM_PTR(&match_group_obj) },
    { KR_ROM_QSTR(groupdict), KR_ROM_PTR(&match_groupdict_obj) },
    { KR_ROM_QSTR(groups), KR_ROM_PTR(&match_groups_obj) },
    { KR_ROM_QSTR(span), KR_ROM_PTR(&match_span_obj) },
    { KR_ROM_QSTR(start), KR_ROM_PTR(&match_start_obj) },
};
static KR_DEFINE_CONST_DICT(match_locals_dict, match_locals_table);

const kr_type_t kr_type_re_Match = {
    .base = {&kr_type_type},
    .name = KR_QSTR_Match,
    .print = match_print,
    .attr = match_attr,
    .subscr = match_subscr,
    .locals_dict = &match_locals_dict,
};

/* ---------------------------------------------------------------- module functions */

static int flags_arg(kr_obj_t f) {
    return f == KR_OBJ_NULL ? 0 : (int)kr_obj_get_int(f);
}

static kr_obj_t re_compile(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_pattern, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_flags, KR_ARG_OBJ, {.u_obj = KR_OBJ_NULL} },
    };
    kr_arg_val_t v[2];
    kr_arg_parse_all(n_args, args, kw, 2, allowed, v);
    return kr_re_engine_compile(v[0].u_obj, flags_arg(v[1].u_obj));
}
static KR_DEFINE_FUN_KW(re_compile_obj_fun, 0, 2, re_compile);

/* module-level f(pattern, string, flags=0) -> Pattern.f(string) */
static kr_obj_t module_call(size_t n_args, const kr_obj_t *args, kr_map_t *kw, mode_t_ mode) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_pattern, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_string, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_flags, KR_ARG_OBJ, {.u_obj = KR_OBJ_NULL} },
    };
    kr_arg_val_t v[3];
    kr_arg_parse_all(n_args, args, kw, 3, allowed, v);
    kr_obj_t pat = kr_re_engine_compile(v[0].u_obj, flags_arg(v[2].u_obj));
    kr_map_t empty;
    kr_map_init(&empty, 0);
    return do_match(pat, mode, 1, &v[1].u_obj, &empty);
}

static kr_obj_t re_match(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return module_call(n_args, args, kw, MODE_MATCH);
}
static KR_DEFINE_FUN_KW(re_match_obj, 0, 3, re_match);

static kr_obj_t re_search(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return module_call(n_args, args, kw, MODE_SEARCH);
}
static KR_DEFINE_FUN_KW(re_search_obj, 0, 3, re_search);

static kr_obj_t re_fullmatch(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return module_call(n_args, args, kw, MODE_FULL);
}
static KR_DEFINE_FUN_KW(re_fullmatch_obj, 0, 3, re_fullmatch);

static kr_obj_t module_list_call(size_t n_args, const kr_obj_t *args, kr_map_t *kw, bool iter) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_pattern, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_string, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_flags, KR_ARG_OBJ, {.u_obj = KR_OBJ_NULL} },
    };
    kr_arg_val_t v[3];
    kr_arg_parse_all(n_args, args, kw, 3, allowed, v);
    kr_obj_t call[2] = { kr_re_engine_compile(v[0].u_obj, flags_arg(v[2].u_obj)), v[1].u_obj };
    kr_map_t empty;
    kr_map_init(&empty, 0);
    return iter ? pattern_finditer(2, call, &empty) : pattern_findall(2, call, &empty);
}

static kr_obj_t re_findall(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return module_list_call(n_args, args, kw, false);
}
static KR_DEFINE_FUN_KW(re_findall_obj, 0, 3, re_findall);

static kr_obj_t re_finditer(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return module_list_call(n_args, args, kw, true);
}
static KR_DEFINE_FUN_KW(re_finditer_obj, 0, 3, re_finditer);

static kr_obj_t re_split(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_pattern, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_string, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_maxsplit, KR_ARG_OBJ, {.u_obj = KR_ROM_INT(0)} },
        { KR_QSTR_flags, KR_ARG_OBJ, {.u_obj = KR_OBJ_NULL} },
    };
    kr_arg_val_t v[4];
    kr_arg_parse_all(n_args, args, kw, 4, allowed, v);
    kr_obj_t call[3] = { kr_re_engine_compile(v[0].u_obj, flags_arg(v[3].u_obj)), v[1].u_obj, v[2].u_obj };
    kr_map_t empty;
    kr_map_init(&empty, 0);
    return pattern_split(3, call, &empty);
}
static KR_DEFINE_FUN_KW(re_split_obj, 0, 4, re_split);

static kr_obj_t module_sub(size_t n_args, const kr_obj_t *args, kr_map_t *kw, bool want_n) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_pattern, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_repl, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_string, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_count, KR_ARG_INT, {.u_int = 0} },
        { KR_QSTR_flags, KR_ARG_OBJ, {.u_obj = KR_OBJ_NULL} },
    };
    kr_arg_val_t v[5];
    kr_arg_parse_all(n_args, args, kw, 5, allowed, v);
    kr_obj_t pat = kr_re_engine_compile(v[0].u_obj, flags_arg(v[4].u_obj));
    return do_sub(pat, v[1].u_obj, v[2].u_obj, v[3].u_int, want_n);
}

static kr_obj_t re_sub(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return module_sub(n_args, args, kw, false);
}
static KR_DEFINE_FUN_KW(re_sub_obj, 0, 5, re_sub);

static kr_obj_t re_subn(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return module_sub(n_args, args, kw, true);
}
static KR_DEFINE_FUN_KW(re_subn_obj, 0, 5, re_subn);

static kr_obj_t re_escape(kr_obj_t pattern) {
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    bool is_bytes = !kr_obj_is_str(pattern);
    size_t len;
    const char *d = is_bytes ? (const char *)kr_obj_str_bytes_data(pattern, &len) : kr_obj_str_get_data(pattern, &len);
    kr_vstr_t out;
    kr_vstr_init(&out, len + 8);
    for (size_t i = 0; i < len; i++) {
        if (d[i] != 0 && strchr(special, d[i]) != NULL) {
            kr_vstr_add_byte(&out, '\\');
        }
        kr_vstr_add_byte(&out, (uint8_t)d[i]);
    }
    return is_bytes ? kr_obj_new_bytes_from_vstr(&out) : kr_obj_new_str_from_vstr(&out);
}
static KR_DEFINE_FUN_1(re_escape_obj, re_escape);

static const kr_map_elem_t re_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(re) },
    { KR_ROM_QSTR(A), KR_ROM_INT(FLAG_A) },
    { KR_ROM_QSTR(ASCII), KR_ROM_INT(FLAG_A) },
    { KR_ROM_QSTR(DOTALL), KR_ROM_INT(FLAG_S) },
    { KR_ROM_QSTR(I), KR_ROM_INT(FLAG_I) },
    { KR_ROM_QSTR(IGNORECASE), KR_ROM_INT(FLAG_I) },
    { KR_ROM_QSTR(M), KR_ROM_INT(FLAG_M) },
    { KR_ROM_QSTR(MULTILINE), KR_ROM_INT(FLAG_M) },
    { KR_ROM_QSTR(Match), KR_ROM_PTR(&kr_type_re_Match) },
    { KR_ROM_QSTR(Pattern), KR_ROM_PTR(&kr_type_re_Pattern) },
    { KR_ROM_QSTR(S), KR_ROM_INT(FLAG_S) },
    { KR_ROM_QSTR(U), KR_ROM_INT(FLAG_U) },
    { KR_ROM_QSTR(UNICODE), KR_ROM_INT(FLAG_U) },
    { KR_ROM_QSTR(compile), KR_ROM_PTR(&re_compile_obj_fun) },
    { KR_ROM_QSTR(error), KR_ROM_PTR(&kr_type_re_error) },
    { KR_ROM_QSTR(escape), KR_ROM_PTR(&re_escape_obj) },
    { KR_ROM_QSTR(findall), KR_ROM_PTR(&re_findall_obj) },
    { KR_ROM_QSTR(finditer), KR_ROM_PTR(&re_finditer_obj) },
    { KR_ROM_QSTR(fullmatch), KR_ROM_PTR(&re_fullmatch_obj) },
    { KR_ROM_QSTR(match), KR_ROM_PTR(&re_match_obj) },
    { KR_ROM_QSTR(search), KR_ROM_PTR(&re_search_obj) },
    { KR_ROM_QSTR(split), KR_ROM_PTR(&re_split_obj) },
    { KR_ROM_QSTR(sub), KR_ROM_PTR(&re_sub_obj) },
    { KR_ROM_QSTR(subn), KR_ROM_PTR(&re_subn_obj) },
};
static KR_DEFINE_CONST_DICT(re_globals, re_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_re, re_globals);

#endif /* KR_MODULE_RE */
