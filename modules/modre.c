/* modre.c: the re module (a backtracking regex engine with an explicit stack; CPython's API for the supported syntax). */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objstr.h"
#include "objexcept.h"
#include "unichar.h"

#if KR_MODULE_RE

/* Supported syntax: literals and escapes (\n \t \\ \. ...), . [..] [^..] with ranges and
 * \d \w \s, ^ $ \A \Z \b \B, * + ? {m} {m,} {,n} {m,n} and their lazy forms, | ( )
 * (?:..) (?P<name>..) (?P=name) \1..\99, and the flags I, M, S (also inline at the start).
 * Not supported: lookaround, conditionals, possessive/atomic groups, VERBOSE.
 *
 * A pattern compiles to a program for a small backtracking machine. Alternatives are
 * kept on an explicit stack in the GC heap (never the C stack), so deep or hostile
 * patterns raise an exception instead of crashing: RuntimeError when the backtrack
 * stack passes RE_STACK_MAX entries, and Ctrl-C interrupts a long search. Subjects are
 * matched as bytes; for str, `.` and classes take a whole UTF-8 sequence and positions
 * shown to Python are converted to code points. */

#define FLAG_I (2)
#define FLAG_L (4)
#define FLAG_M (8)
#define FLAG_S (16)
#define FLAG_U (32)
#define FLAG_X (64)
#define FLAG_A (256)

#define RE_STACK_MAX (1 << 20)     /* backtrack entries (3 words each) */
#define RE_PROG_MAX (1 << 16)      /* program words */
#define RE_GROUPS_MAX (100)

KR_DEFINE_EXCEPTION_TYPE(kr_type_re_error, KR_QSTR_error, &kr_type_Exception);

enum {
    OP_CHAR, OP_CHARI, OP_ANY, OP_ANYALL, OP_CLASS, OP_SPLIT, OP_JMP, OP_SAVE, OP_MARK, OP_CHECK,
    OP_BOL, OP_BOLM, OP_EOL, OP_EOLM, OP_BEGIN, OP_END, OP_WORDB, OP_NWORDB, OP_BACKREF, OP_MATCH,
};

/* ---------------------------------------------------------------- parse tree */

enum { N_EMPTY, N_CHAR, N_ANY, N_CLASS, N_CAT, N_ALT, N_GROUP, N_REPEAT, N_ASSERT, N_BACKREF };

typedef struct node {
    uint8_t kind;
    bool greedy;
    int32_t a, b;                 /* CHAR: code point; CLASS: index; GROUP: number (-1 = none);
                                     REPEAT: min, max (-1 = unbounded); ASSERT: opcode; BACKREF: n */
    struct node *child, *next;    /* GROUP/REPEAT: child; CAT/ALT: first item; items linked by next */
} node_t;

/* A character class: ranges of code points plus the \d \w \s kinds (and negations). */
typedef struct {
    uint32_t *ranges;            /* pairs lo, hi */
    size_t n, alloc;
    uint8_t kinds;               /* bits: 1 \d, 2 \D, 4 \w, 8 \W, 16 \s, 32 \S */
    bool negate;
} cls_t;

typedef struct {
    kr_obj_base_t base;
    kr_obj_t pattern;            /* the source (str or bytes) */
    int32_t *prog;
    size_t prog_len;
    cls_t *classes;
    size_t n_classes;
    size_t n_groups;             /* capture groups, not counting group 0 */
    size_t n_regs;               /* loop-progress registers */
    kr_obj_t groupindex;         /* dict name -> number */
    int flags;
    bool is_bytes;
} pattern_t;

typedef struct {
    const uint8_t *p, *end, *start;
    pattern_t *pat;
    int depth;
    size_t classes_alloc;
    uint8_t open[RE_GROUPS_MAX + 2];   /* groups whose ')' has not been seen yet */
} parser_t;

extern const kr_type_t kr_type_re_Pattern, kr_type_re_Match;

_Noreturn static void parse_error(parser_t *ps, const char *msg, const uint8_t *at) {
    size_t pos = (size_t)(at - ps->start);
    if (!ps->pat->is_bytes) {
        pos = kr_unichar_utf8_char_count(ps->start, pos);
    }
    kr_raise_fmt(&kr_type_re_error, "%s at position %lu", msg, (unsigned long)pos);
}

static node_t *new_node(int kind) {
    node_t *n = kr_gc_alloc(sizeof(node_t), 0);
    n->kind = (uint8_t)kind;
    n->greedy = true;
    return n;
}

static uint32_t next_char(parser_t *ps) {
    if (ps->pat->is_bytes || *ps->p < 0x80) {
        return *ps->p++;
    }
    return kr_unichar_utf8_get(&ps->p);
}

static void cls_add(cls_t *c, uint32_t lo, uint32_t hi) {
    if (c->n + 2 > c->alloc) {
        size_t na = c->alloc ? c->alloc * 2 : 8;
        uint32_t *r = kr_gc_alloc(na * sizeof(uint32_t), KR_GC_FLAG_ATOMIC);
        if (c->n) {
            memcpy(r, c->ranges, c->n * sizeof(uint32_t));
        }
        c->ranges = r;
        c->alloc = na;
    }
    c->ranges[c->n++] = lo;
    c->ranges[c->n++] = hi;
}

static int32_t new_class(parser_t *ps) {
    pattern_t *pat = ps->pat;
    if (pat->n_classes == ps->classes_alloc) {
        size_t na = ps->classes_alloc ? ps->classes_alloc * 2 : 4;
        cls_t *c = kr_gc_alloc(na * sizeof(cls_t), 0);
        if (pat->n_classes) {
            memcpy(c, pat->classes, pat->n_classes * sizeof(cls_t));
        }
        pat->classes = c;
        ps->classes_alloc = na;
    }
    memset(&pat->classes[pat->n_classes], 0, sizeof(cls_t));
    return (int32_t)pat->n_classes++;
}

/* An escape after a backslash: returns the code point, or sets *kind for \d \w \s.
 * in_class: \b means backspace. Assertions are handled by the caller. */
static uint32_t parse_escape(parser_t *ps, uint8_t *kind, const uint8_t *bs) {
    if (ps->p >= ps->end) {
        parse_error(ps, "bad escape (end of pattern)", bs);
    }
    uint32_t c = next_char(ps);
    *kind = 0;
    switch (c) {
        case 'd': *kind = 1; return 0;
        case 'D': *kind = 2; return 0;
        case 'w': *kind = 4; return 0;
        case 'W': *kind = 8; return 0;
        case 's': *kind = 16; return 0;
        case 'S': *kind = 32; return 0;
        case 'n': return '\n';
        case 't': return '\t';
        case 'r': return '\r';
        case 'f': return '\f';
        case 'v': return '\v';
        case 'a': return '\a';
        case '0': {
            uint32_t v = 0;
            for (int i = 0; i < 2 && ps->p < ps->end && *ps->p >= '0' && *ps->p <= '7'; i++) {
                v = v * 8 + (uint32_t)(*ps->p++ - '0');
            }
            return v;
        }
        case 'x': case 'u': case 'U': {
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            if (ps->pat->is_bytes && c != 'x') {
                break;
            }
            uint32_t v = 0;
            for (int i = 0; i < digits; i++) {
                int h = ps->p < ps->end ? *ps->p : 0;
                int d = (h >= '0' && h <= '9') ? h - '0' : ((h | 0x20) >= 'a' && (h | 0x20) <= 'f') ? (h | 0x20) - 'a' + 10 : -1;
                if (d < 0) {
                    kr_raise_fmt(&kr_type_re_error, "incomplete escape \\%c%.*s at position %lu", (int)c,
                                 (int)(ps->p - bs - 2), (const char *)bs + 2, (unsigned long)(bs - ps->start));
                }
                v = v * 16 + (uint32_t)d;
                ps->p++;
            }
            return v;
        }
        default:
            break;
    }
    if ((c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) || (c >= '0' && c <= '9')) {
        kr_raise_fmt(&kr_type_re_error, "bad escape \\%c at position %lu", (int)c,
                     (unsigned long)(ps->pat->is_bytes ? (size_t)(bs - ps->start)
                                     : kr_unichar_utf8_char_count(ps->start, (size_t)(bs - ps->start))));
    }
    return c;
}

static node_t *parse_class(parser_t *ps) {
    const uint8_t *open = ps->p - 1;
    int32_t idx = new_class(ps);
    cls_t c = ps->pat->classes[idx];
    if (ps->p < ps->end && *ps->p == '^') {
        c.negate = true;
        ps->p++;
    }
    bool first = true;
    for (;;) {
        if (ps->p >= ps->end) {
            parse_error(ps, "unterminated character set", open);
        }
        if (*ps->p == ']' && !first) {
            ps->p++;
            break;
        }
        first = false;
        const uint8_t *item = ps->p;
        uint32_t lo;
        uint8_t kind = 0;
        if (*ps->p == '\\') {
            ps->p++;
            if (ps->p < ps->end && *ps->p == 'b') {
                ps->p++;
                lo = '\b';
            } else {
                lo = parse_escape(ps, &kind, item);
            }
        } else {
            lo = next_char(ps);
        }
        if (kind) {
            c.kinds |= kind;
            continue;
        }
        uint32_t hi = lo;
        if (ps->p + 1 < ps->end && *ps->p == '-' && ps->p[1] != ']') {
            ps->p++;
            const uint8_t *item2 = ps->p;
            if (*ps->p == '\\') {
                ps->p++;
                hi = parse_escape(ps, &kind, item2);
                if (kind) {
                    kr_raise_fmt(&kr_type_re_error, "bad character range %.*s at position %lu",
                                 (int)(ps->p - item), (const char *)item, (unsigned long)(item - ps->start));
                }
            } else {
                hi = next_char(ps);
            }
            if (hi < lo) {
                kr_raise_fmt(&kr_type_re_error, "bad character range %.*s at position %lu",
                             (int)(ps->p - item), (const char *)item, (unsigned long)(item - ps->start));
            }
        }
        cls_add(&c, lo, hi);
    }
    ps->pat->classes[idx] = c;
    node_t *n = new_node(N_CLASS);
    n->a = idx;
    return n;
}

static node_t *parse_alt(parser_t *ps);

static int parse_int(parser_t *ps, int *out) {
    int v = 0, n = 0;
    while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9') {
        if (v < 100000000) {
            v = v * 10 + (*ps->p - '0');
        }
        ps->p++;
        n++;
    }
    *out = v;
    return n;
}

static node_t *parse_group(parser_t *ps) {
    const uint8_t *open = ps->p - 1;
    node_t *g = new_node(N_GROUP);
    g->a = -1;
    if (ps->p < ps->end && *ps->p == '?') {
        ps->p++;
        if (ps->p < ps->end && *ps->p == ':') {
            ps->p++;
        } else if (ps->p < ps->end && *ps->p == 'P') {
            ps->p++;
            if (ps->p < ps->end && (*ps->p == '<' || *ps->p == '=')) {
                bool define = *ps->p == '<';
                ps->p++;
                const uint8_t *name = ps->p;
                while (ps->p < ps->end && *ps->p != (define ? '>' : ')')) {
                    ps->p++;
                }
                if (ps->p >= ps->end) {
                    parse_error(ps, define ? "missing >, unterminated name" : "missing ), unterminated name", name);
                }
                size_t nl = (size_t)(ps->p - name);
                if (nl == 0) {
                    parse_error(ps, "missing group name", name);
                }
                kr_obj_t key = kr_obj_new_str((const char *)name, nl);
                if (!kr_obj_is_true(kr_call_method(key, KR_QSTR_isidentifier, 0, NULL))) {
                    kr_raise_fmt(&kr_type_re_error, "bad character in group name '%.*s' at position %lu",
                                 (int)nl, (const char *)name, (unsigned long)(name - ps->start));
                }
                ps->p++;
                if (!define) {
                    kr_obj_t num = kr_obj_dict_get(ps->pat->groupindex, key);
                    if (num == KR_OBJ_NULL) {
                        kr_raise_fmt(&kr_type_re_error, "unknown group name '%.*s' at position %lu",
                                     (int)nl, (const char *)name, (unsigned long)(name - ps->start));
                    }
                    node_t *b = new_node(N_BACKREF);
                    b->a = (int32_t)kr_obj_get_int(num);
                    if (ps->open[b->a]) {
                        parse_error(ps, "cannot refer to an open group", open);
                    }
                    return b;
                }
                if (kr_obj_dict_get(ps->pat->groupindex, key) != KR_OBJ_NULL) {
                    kr_raise_fmt(&kr_type_re_error, "redefinition of group name '%.*s' as group %u; was group %ld at position %lu",
                                 (int)nl, (const char *)name, (unsigned)(ps->pat->n_groups + 1),
                                 (long)kr_obj_get_int(kr_obj_dict_get(ps->pat->groupindex, key)),
                                 (unsigned long)(name - ps->start));
                }
                g->a = (int32_t)++ps->pat->n_groups;
                kr_obj_dict_store(ps->pat->groupindex, key, KR_NEW_SMALL_INT(g->a));
            } else {
                char msg[24] = "unknown extension ?P";
                msg[20] = ps->p < ps->end ? (char)*ps->p : 0;
                msg[21] = 0;
                parse_error(ps, msg, open + 1);
            }
        } else if (ps->p < ps->end && (*ps->p == '=' || *ps->p == '!' || *ps->p == '<')) {
            kr_raise_not_implemented("look-around assertions in regular expressions");
        } else {
            char msg[24] = "unknown extension ?";
            msg[19] = ps->p < ps->end ? (char)*ps->p : 0;
            msg[20] = 0;
            parse_error(ps, msg, open + 1);
        }
    } else {
        g->a = (int32_t)++ps->pat->n_groups;
    }
    if (ps->pat->n_groups > RE_GROUPS_MAX) {
        parse_error(ps, "too many groups", open);
    }
    if (g->a >= 0) {
        ps->open[g->a] = 1;
    }
    g->child = parse_alt(ps);
    if (ps->p >= ps->end || *ps->p != ')') {
        parse_error(ps, "missing ), unterminated subpattern", open);
    }
    if (g->a >= 0) {
        ps->open[g->a] = 0;
    }
    ps->p++;
    return g;
}

static node_t *parse_atom(parser_t *ps) {
    const uint8_t *at = ps->p;
    uint32_t c = next_char(ps);
    node_t *n;
    switch (c) {
        case '.':
            return new_node(N_ANY);
        case '[':
            return parse_class(ps);
        case '(':
            if (++ps->depth > 200) {
                parse_error(ps, "too many nested groups", at);
            }
            n = parse_group(ps);
            ps->depth--;
            return n;
        case '^':
            n = new_node(N_ASSERT);
            n->a = (ps->pat->flags & FLAG_M) ? OP_BOLM : OP_BOL;
            return n;
        case '$':
            n = new_node(N_ASSERT);
            n->a = (ps->pat->flags & FLAG_M) ? OP_EOLM : OP_EOL;
            return n;
        case '*': case '+': case '?':
            parse_error(ps, "nothing to repeat", at);
        case '{': {
            /* a valid repeat here has nothing to repeat; anything else is a literal brace */
            const uint8_t *save = ps->p;
            int m;
            parse_int(ps, &m);
            if (ps->p < ps->end && *ps->p == ',') {
                ps->p++;
                parse_int(ps, &m);
            }
            bool is_repeat = ps->p < ps->end && *ps->p == '}' && ps->p > save;
            ps->p = save;
            if (is_repeat) {
                parse_error(ps, "nothing to repeat", at);
            }
            break;
        }
        case '\\': {
            if (ps->p < ps->end) {
                uint8_t e = *ps->p;
                int op = -1;
                switch (e) {
                    case 'A': op = OP_BEGIN; break;
                    case 'Z': op = OP_END; break;
                    case 'b': op = OP_WORDB; break;
                    case 'B': op = OP_NWORDB; break;
                    default: break;
                }
                if (op >= 0) {
                    ps->p++;
                    n = new_node(N_ASSERT);
                    n->a = op;
                    return n;
                }
                if (e >= '1' && e <= '9') {
                    int num;
                    parse_int(ps, &num);
                    if (num > (int)ps->pat->n_groups) {
                        kr_raise_fmt(&kr_type_re_error, "invalid group reference %d at position %lu", num,
                                     (unsigned long)(at - ps->start + 1));
                    }
                    if (ps->open[num]) {
                        parse_error(ps, "cannot refer to an open group", at);
                    }
                    n = new_node(N_BACKREF);
                    n->a = num;
                    return n;
                }
            }
            uint8_t kind;
            c = parse_escape(ps, &kind, at);
            if (kind) {
                int32_t idx = new_class(ps);
                ps->pat->classes[idx].kinds = kind;
                n = new_node(N_CLASS);
                n->a = idx;
                return n;
            }
            break;
        }
        default:
            break;
    }
    n = new_node(N_CHAR);
    n->a = (int32_t)c;
    return n;
}

/* a quantifier after an atom, if any */
static node_t *parse_repeat(parser_t *ps, node_t *atom) {
    for (;;) {
        if (ps->p >= ps->end) {
            return atom;
        }
        const uint8_t *at = ps->p;
        int min, max;
        uint8_t c = *ps->p;
        if (c == '*') {
            min = 0, max = -1;
            ps->p++;
        } else if (c == '+') {
            min = 1, max = -1;
            ps->p++;
        } else if (c == '?') {
            min = 0, max = 1;
            ps->p++;
        } else if (c == '{') {
            ps->p++;
            int lo = 0, hi = -1;
            int nlo = parse_int(ps, &lo);
            bool comma = false;
            int nhi = 0;
            if (ps->p < ps->end && *ps->p == ',') {
                comma = true;
                ps->p++;
                nhi = parse_int(ps, &hi);
            }
            if (ps->p >= ps->end || *ps->p != '}' || (nlo == 0 && !comma)) {
                ps->p = at;   /* not a repeat: a literal '{' follows */
                return atom;
            }
            ps->p++;
            min = lo;
            max = comma ? (nhi ? hi : -1) : lo;
            if (max >= 0 && max < min) {
                parse_error(ps, "min repeat greater than max repeat", at + 1);
            }
            if (min > 65535 || max > 65535) {
                parse_error(ps, "the repetition number is too large", at + 1);
            }
        } else {
            return atom;
        }
        if (atom->kind == N_REPEAT || atom->kind == N_ASSERT || atom->kind == N_EMPTY) {
            if (atom->kind == N_REPEAT) {
                parse_error(ps, "multiple repeat", at);
            }
            parse_error(ps, "nothing to repeat", at);
        }
        node_t *r = new_node(N_REPEAT);
        r->a = min;
        r->b = max;
        r->child = atom;
        if (ps->p < ps->end && *ps->p == '?') {
            r->greedy = false;
            ps->p++;
        }
        atom = r;
    }
}

static node_t *parse_cat(parser_t *ps) {
    node_t *cat = new_node(N_CAT), *last = NULL;
    while (ps->p < ps->end && *ps->p != '|' && *ps->p != ')') {
        node_t *a = parse_repeat(ps, parse_atom(ps));
        if (last == NULL) {
            cat->child = a;
        } else {
            last->next = a;
        }
        last = a;
    }
    return cat;
}

static node_t *parse_alt(parser_t *ps) {
    kr_stack_check();
    node_t *first = parse_cat(ps);
    if (ps->p >= ps->end || *ps->p != '|') {
        return first;
    }
    node_t *alt = new_node(N_ALT), *last = first;
    alt->child = first;
    while (ps->p < ps->end && *ps->p == '|') {
        ps->p++;
        last->next = parse_cat(ps);
        last = last->next;
    }
    return alt;
}

/* ---------------------------------------------------------------- code generation */

typedef struct {
    int32_t *code;
    size_t len, alloc;
    pattern_t *pat;
} gen_t;

static size_t emit(gen_t *g, int32_t w) {
    if (g->len == g->alloc) {
        if (g->alloc >= RE_PROG_MAX) {
            kr_raise_msg(&kr_type_OverflowError, "regular expression code size limit exceeded");
        }
        size_t na = g->alloc ? g->alloc * 2 : 64;
        int32_t *c = kr_gc_alloc(na * sizeof(int32_t), KR_GC_FLAG_ATOMIC);
        if (g->len) {
            memcpy(c, g->code, g->len * sizeof(int32_t));
        }
        g->code = c;
        g->alloc = na;
    }
    g->code[g->len] = w;
    return g->len++;
}

static void gen_node(gen_t *g, node_t *n);

static void gen_char(gen_t *g, uint32_t c) {
    bool icase = (g->pat->flags & FLAG_I) != 0;
    if (g->pat->is_bytes || c < 0x80) {
        if (icase && c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
            emit(g, OP_CHARI);
            emit(g, (int32_t)(c | 0x20));
        } else {
            emit(g, OP_CHAR);
            emit(g, (int32_t)c);
        }
        return;
    }
    uint8_t buf[4];
    size_t n = kr_unichar_utf8_encode(c, buf);
    for (size_t i = 0; i < n; i++) {
        emit(g, OP_CHAR);
        emit(g, buf[i]);
    }
}

static void gen_repeat(gen_t *g, node_t *n) {
    for (int i = 0; i < n->a; i++) {
        gen_node(g, n->child);
    }
    if (n->b < 0) {
        /* L1: SPLIT L2, L3; L2: MARK r; child; CHECK r, L3; JMP L1; L3: */
        int32_t r = (int32_t)g->pat->n_regs++;
        size_t l1 = emit(g, OP_SPLIT);
        emit(g, 0);
        emit(g, 0);
        size_t l2 = g->len;
        emit(g, OP_MARK);
        emit(g, r);
        gen_node(g, n->child);
        size_t chk = emit(g, OP_CHECK);
        emit(g, r);
        emit(g, 0);
        emit(g, OP_JMP);
        emit(g, (int32_t)l1);
        size_t l3 = g->len;
        g->code[chk + 2] = (int32_t)l3;
        g->code[l1 + 1] = (int32_t)(n->greedy ? l2 : l3);
        g->code[l1 + 2] = (int32_t)(n->greedy ? l3 : l2);
        return;
    }
    /* optional copies: SPLIT next, end; child; SPLIT next, end; child; ... end: */
    /* each copy is guarded like the loop: an empty iteration ends the repeat (as CPython) */
    int extra = n->b - n->a;
    if (extra <= 0) {
        return;
    }
    int32_t r = (int32_t)g->pat->n_regs++;
    size_t *fix = kr_gc_alloc((size_t)extra * 2 * sizeof(size_t), KR_GC_FLAG_ATOMIC);
    for (int i = 0; i < extra; i++) {
        fix[2 * i] = emit(g, OP_SPLIT);
        emit(g, 0);
        emit(g, 0);
        size_t body = g->len;
        emit(g, OP_MARK);
        emit(g, r);
        gen_node(g, n->child);
        fix[2 * i + 1] = emit(g, OP_CHECK);
        emit(g, r);
        emit(g, 0);
        g->code[fix[2 * i] + 1] = (int32_t)body;   /* provisional; the other arm is patched below */
    }
    size_t end = g->len;
    for (int i = 0; i < extra; i++) {
        int32_t body = g->code[fix[2 * i] + 1];
        g->code[fix[2 * i] + 1] = n->greedy ? body : (int32_t)end;
        g->code[fix[2 * i] + 2] = n->greedy ? (int32_t)end : body;
        g->code[fix[2 * i + 1] + 2] = (int32_t)end;
    }
}

static void gen_node(gen_t *g, node_t *n) {
    switch (n->kind) {
        case N_EMPTY:
            break;
        case N_CHAR:
            gen_char(g, (uint32_t)n->a);
            break;
        case N_ANY:
            emit(g, (g->pat->flags & FLAG_S) ? OP_ANYALL : OP_ANY);
            break;
        case N_CLASS:
            emit(g, OP_CLASS);
            emit(g, n->a);
            break;
        case N_CAT:
            for (node_t *c = n->child; c != NULL; c = c->next) {
                gen_node(g, c);
            }
            break;
        case N_ALT: {
            /* SPLIT L1, next; L1: a; JMP end; next: SPLIT L2, next2; ... last alternative */
            size_t jumps[256];
            size_t nj = 0;
            node_t *c = n->child;
            while (c->next != NULL) {
                size_t sp = emit(g, OP_SPLIT);
                emit(g, 0);
                emit(g, 0);
                g->code[sp + 1] = (int32_t)g->len;
                gen_node(g, c);
                size_t j = emit(g, OP_JMP);
                emit(g, 0);
                if (nj < 256) {
                    jumps[nj++] = j;
                } else {
                    kr_raise_msg(&kr_type_OverflowError, "regular expression code size limit exceeded");
                }
                g->code[sp + 2] = (int32_t)g->len;
                c = c->next;
            }
            gen_node(g, c);
            for (size_t i = 0; i < nj; i++) {
                g->code[jumps[i] + 1] = (int32_t)g->len;
            }
            break;
        }
        case N_GROUP:
            if (n->a >= 0) {
                emit(g, OP_SAVE);
                emit(g, 2 * n->a);
            }
            gen_node(g, n->child);
            if (n->a >= 0) {
                emit(g, OP_SAVE);
                emit(g, 2 * n->a + 1);
            }
            break;
        case N_REPEAT:
            gen_repeat(g, n);
            break;
        case N_ASSERT:
            emit(g, n->a);
            break;
        case N_BACKREF:
            emit(g, OP_BACKREF);
            emit(g, n->a);
            break;
        default:
            break;
    }
}

/* ---------------------------------------------------------------- compiling */

static int parse_inline_flags(parser_t *ps) {
    int flags = 0;
    while (ps->end - ps->p >= 3 && ps->p[0] == '(' && ps->p[1] == '?' && strchr("aiLmsux", ps->p[2]) != NULL) {
        const uint8_t *q = ps->p + 2;
        int f = 0;
        while (q < ps->end && *q != ')') {
            switch (*q) {
                case 'i': f |= FLAG_I; break;
                case 'm': f |= FLAG_M; break;
                case 's': f |= FLAG_S; break;
                case 'a': f |= FLAG_A; break;
                case 'u': f |= FLAG_U; break;
                case 'L': f |= FLAG_L; break;
                case 'x': kr_raise_not_implemented("re.VERBOSE");
                default: parse_error(ps, "unknown flag", q);
            }
            q++;
        }
        if (q >= ps->end) {
            parse_error(ps, "missing -, : or )", q);
        }
        ps->p = q + 1;
        flags |= f;
    }
    return flags;
}

static kr_obj_t re_compile_obj(kr_obj_t pattern, int flags) {
    if (kr_obj_is_instance(pattern, &kr_type_re_Pattern)) {
        if (flags != 0) {
            kr_raise_msg(&kr_type_ValueError, "cannot process flags argument with a compiled pattern");
        }
        return pattern;
    }
    bool is_bytes;
    if (kr_obj_is_str(pattern)) {
        is_bytes = false;
    } else if (kr_obj_is_instance(pattern, &kr_type_bytes)) {
        is_bytes = true;
    } else {
        kr_raise_msg(&kr_type_TypeError, "first argument must be string or compiled pattern");
    }
    if (flags & FLAG_X) {
        kr_raise_not_implemented("re.VERBOSE");
    }
    pattern_t *pat = kr_gc_alloc(sizeof(pattern_t), 0);
    pat->base.type = &kr_type_re_Pattern;
    pat->pattern = pattern;
    pat->is_bytes = is_bytes;
    pat->groupindex = kr_obj_new_dict(0);
    size_t len;
    parser_t ps;
    ps.start = ps.p = (const uint8_t *)kr_obj_str_get_data(pattern, &len);
    ps.end = ps.start + len;
    ps.pat = pat;
    ps.depth = 0;
    ps.classes_alloc = 0;
    memset(ps.open, 0, sizeof(ps.open));
    flags |= parse_inline_flags(&ps);
    if (!is_bytes && !(flags & FLAG_A)) {
        flags |= FLAG_U;
    }
    pat->flags = flags;
    node_t *root = parse_alt(&ps);
    if (ps.p < ps.end) {
        parse_error(&ps, "unbalanced parenthesis", ps.p);
    }
    gen_t g = { NULL, 0, 0, pat };
    gen_node(&g, root);
    emit(&g, OP_MATCH);
    pat->prog = g.code;
    pat->prog_len = g.len;
    return KR_OBJ_FROM_PTR(pat);
}

/* ---------------------------------------------------------------- the matcher */

typedef struct {
    pattern_t *pat;
    const uint8_t *s;
    size_t len;                /* end of the subject (endpos) */
    size_t full_len;           /* the whole subject, for context */
    int32_t *caps;             /* 2 * (n_groups + 1) byte offsets, -1 = unset */
    int32_t *regs;
    int32_t *stack;
    size_t sp, stack_alloc;
    size_t steps;
} vm_t;

static bool ascii_word(uint32_t c) {
    return (c >= '0' && c <= '9') || c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static bool is_word_char(const vm_t *vm, uint32_t c) {
    if (c < 0x80) {
        return ascii_word(c);
    }
    if (vm->pat->is_bytes || (vm->pat->flags & FLAG_A)) {
        return false;
    }
    return kr_unichar_isalpha(c) || kr_unichar_isdigit(c);
}

static bool word_at(const vm_t *vm, size_t i) {
    if (i >= vm->full_len) {
        return false;
    }
    uint8_t b = vm->s[i];
    if (b < 0x80 || vm->pat->is_bytes) {
        return ascii_word(b);
    }
    const uint8_t *p = vm->s + i;
    return is_word_char(vm, kr_unichar_utf8_get(&p));
}

static bool word_before(const vm_t *vm, size_t i) {
    if (i == 0) {
        return false;
    }
    size_t j = i - 1;
    if (!vm->pat->is_bytes) {
        while (j > 0 && kr_unichar_utf8_is_cont(vm->s[j])) {
            j--;
        }
    }
    return word_at(vm, j);
}

static bool class_has(const vm_t *vm, const cls_t *c, uint32_t ch) {
    bool in = false;
    bool icase = (vm->pat->flags & FLAG_I) != 0;
    uint32_t alt = ch;
    if (icase) {
        alt = kr_unichar_isupper(ch) ? kr_unichar_tolower(ch) : kr_unichar_toupper(ch);
    }
    for (size_t i = 0; i < c->n && !in; i += 2) {
        in = (ch >= c->ranges[i] && ch <= c->ranges[i + 1]) || (alt >= c->ranges[i] && alt <= c->ranges[i + 1]);
    }
    if (!in && c->kinds) {
        bool uni = !vm->pat->is_bytes && !(vm->pat->flags & FLAG_A);
        bool digit = (ch >= '0' && ch <= '9') || (uni && ch >= 0x80 && kr_unichar_isdecimal(ch));
        bool word = ascii_word(ch) || (uni && ch >= 0x80 && (kr_unichar_isalpha(ch) || kr_unichar_isdigit(ch)));
        bool space = (ch == ' ' || (ch >= '\t' && ch <= '\r')) || (uni && ch >= 0x80 && kr_unichar_isspace(ch))
                     || (ch >= 0x1c && ch <= 0x1f && uni);
        in = ((c->kinds & 1) && digit) || ((c->kinds & 2) && !digit) || ((c->kinds & 4) && word)
             || ((c->kinds & 8) && !word) || ((c->kinds & 16) && space) || ((c->kinds & 32) && !space);
    }
    return in != c->negate;
}

static void vm_push(vm_t *vm, int32_t a, int32_t b, int32_t c) {
    if (vm->sp + 3 > vm->stack_alloc) {
        if (vm->stack_alloc >= 3 * (size_t)RE_STACK_MAX) {
            kr_raise_msg(&kr_type_RuntimeError, "maximum recursion depth exceeded");
        }
        size_t na = vm->stack_alloc ? vm->stack_alloc * 2 : 96;
        int32_t *ns = kr_gc_alloc(na * sizeof(int32_t), KR_GC_FLAG_ATOMIC);
        if (vm->sp) {
            memcpy(ns, vm->stack, vm->sp * sizeof(int32_t));
        }
        vm->stack = ns;
        vm->stack_alloc = na;
    }
    vm->stack[vm->sp++] = a;
    vm->stack[vm->sp++] = b;
    vm->stack[vm->sp++] = c;
}

#define BT_BRANCH (0)
#define BT_CAP (1)
#define BT_REG (2)

/* Try to match at byte offset `start`; on success caps hold the groups. reject_empty_at:
 * a match that is empty and starts at this offset is refused (-1 = none). */
static bool vm_run(vm_t *vm, size_t start, bool full, size_t reject_empty_at) {
    const int32_t *prog = vm->pat->prog;
    size_t ncap = 2 * (vm->pat->n_groups + 1);
    for (size_t i = 0; i < ncap; i++) {
        vm->caps[i] = -1;
    }
    vm->sp = 0;
    size_t pc = 0, p = start;
    const uint8_t *s = vm->s;
    size_t end = vm->len;
    bool bytes = vm->pat->is_bytes;
    for (;;) {
        if ((++vm->steps & 0xfff) == 0) {
            kr_handle_pending();
        }
        switch (prog[pc]) {
            case OP_CHAR:
                if (p < end && s[p] == (uint8_t)prog[pc + 1]) {
                    p++;
                    pc += 2;
                    continue;
                }
                goto fail;
            case OP_CHARI:
                if (p < end && (s[p] | 0x20) == (uint8_t)prog[pc + 1]) {
                    p++;
                    pc += 2;
                    continue;
                }
                goto fail;
            case OP_ANY:
            case OP_ANYALL:
                if (p >= end || (prog[pc] == OP_ANY && s[p] == '\n')) {
                    goto fail;
                }
                p++;
                if (!bytes) {
                    while (p < end && kr_unichar_utf8_is_cont(s[p])) {
                        p++;
                    }
                }
                pc++;
                continue;
            case OP_CLASS: {
                if (p >= end) {
                    goto fail;
                }
                uint32_t ch;
                size_t q = p;
                if (bytes || s[p] < 0x80) {
                    ch = s[q++];
                } else {
                    const uint8_t *pp = s + p;
                    ch = kr_unichar_utf8_get(&pp);
                    q = (size_t)(pp - s);
                }
                if (!class_has(vm, &vm->pat->classes[prog[pc + 1]], ch)) {
                    goto fail;
                }
                p = q;
                pc += 2;
                continue;
            }
            case OP_SPLIT:
                vm_push(vm, BT_BRANCH, prog[pc + 2], (int32_t)p);
                pc = (size_t)prog[pc + 1];
                continue;
            case OP_JMP:
                pc = (size_t)prog[pc + 1];
                continue;
            case OP_SAVE: {
                int32_t k = prog[pc + 1];
                vm_push(vm, BT_CAP, k, vm->caps[k]);
                vm->caps[k] = (int32_t)p;
                pc += 2;
                continue;
            }
            case OP_MARK: {
                int32_t k = prog[pc + 1];
                vm_push(vm, BT_REG, k, vm->regs[k]);
                vm->regs[k] = (int32_t)p;
                pc += 2;
                continue;
            }
            case OP_CHECK:
                if (vm->regs[prog[pc + 1]] == (int32_t)p) {
                    pc = (size_t)prog[pc + 2];   /* the body matched empty: leave the loop (as CPython) */
                    continue;
                }
                pc += 3;
                continue;
            case OP_BOL:
                if (p != 0) {
                    goto fail;
                }
                pc++;
                continue;
            case OP_BOLM:
                if (p != 0 && s[p - 1] != '\n') {
                    goto fail;
                }
                pc++;
                continue;
            case OP_EOL:
                if (!(p == end || (p + 1 == end && s[p] == '\n'))) {
                    goto fail;
                }
                pc++;
                continue;
            case OP_EOLM:
                if (p != end && s[p] != '\n') {
                    goto fail;
                }
                pc++;
                continue;
            case OP_BEGIN:
                if (p != 0) {
                    goto fail;
                }
                pc++;
                continue;
            case OP_END:
                if (p != end) {
                    goto fail;
                }
                pc++;
                continue;
            case OP_WORDB:
            case OP_NWORDB: {
                if (vm->full_len == 0 && prog[pc] == OP_NWORDB) {
                    goto fail;   /* as CPython: \B never matches in an empty string */
                }
                bool before = word_before(vm, p), after = p < end && word_at(vm, p);
                if ((before != after) != (prog[pc] == OP_WORDB)) {
                    goto fail;
                }
                pc++;
                continue;
            }
            case OP_BACKREF: {
                int32_t k = prog[pc + 1];
                int32_t a = vm->caps[2 * k], b = vm->caps[2 * k + 1];
                if (a < 0 || b < 0) {
                    goto fail;
                }
                size_t n = (size_t)(b - a);
                if (end - p < n) {
                    goto fail;
                }
                bool ok;
                if (vm->pat->flags & FLAG_I) {
                    ok = true;
                    for (size_t i = 0; i < n && ok; i++) {
                        uint8_t x = s[a + (int32_t)i], y = s[p + i];
                        ok = x == y || (ascii_word(x) && (x | 0x20) == (y | 0x20) && x > '9');
                    }
                } else {
                    ok = memcmp(s + a, s + p, n) == 0;
                }
                if (!ok) {
                    goto fail;
                }
                p += n;
                pc += 2;
                continue;
            }
            case OP_MATCH:
                if ((full && p != end) || (p == start && start == reject_empty_at)) {
                    goto fail;
                }
                vm->caps[0] = (int32_t)start;
                vm->caps[1] = (int32_t)p;
                return true;
            default:
                goto fail;
        }
    fail:
        for (;;) {
            if (vm->sp == 0) {
                return false;
            }
            vm->sp -= 3;
            int32_t kind = vm->stack[vm->sp], a = vm->stack[vm->sp + 1], b = vm->stack[vm->sp + 2];
            if (kind == BT_CAP) {
                vm->caps[a] = b;
            } else if (kind == BT_REG) {
                vm->regs[a] = b;
            } else {
                pc = (size_t)a;
                p = (size_t)b;
                break;
            }
        }
    }
}

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
        if (vm_run(vm, p, full, reject_empty_at)) {
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
    return re_compile_obj(v[0].u_obj, flags_arg(v[1].u_obj));
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
    kr_obj_t pat = re_compile_obj(v[0].u_obj, flags_arg(v[2].u_obj));
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
    kr_obj_t call[2] = { re_compile_obj(v[0].u_obj, flags_arg(v[2].u_obj)), v[1].u_obj };
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
    kr_obj_t call[3] = { re_compile_obj(v[0].u_obj, flags_arg(v[3].u_obj)), v[1].u_obj, v[2].u_obj };
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
    kr_obj_t pat = re_compile_obj(v[0].u_obj, flags_arg(v[4].u_obj));
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
