/* re_engine.c: the regex engine of the re module: pattern parser, code generator and a backtracking machine with an explicit stack. */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objstr.h"
#include "objexcept.h"
#include "unichar.h"
#include "re_engine.h"

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

KR_DEFINE_EXCEPTION_TYPE(kr_type_re_error, KR_QSTR_error, &kr_type_Exception);

/* ---------------------------------------------------------------- parse tree */

enum { N_EMPTY, N_CHAR, N_ANY, N_CLASS, N_CAT, N_ALT, N_GROUP, N_REPEAT, N_ASSERT, N_BACKREF };

typedef struct node {
    uint8_t kind;
    bool greedy;
    int32_t a, b;                 /* CHAR: code point; CLASS: index; GROUP: number (-1 = none);
                                     REPEAT: min, max (-1 = unbounded); ASSERT: opcode; BACKREF: n */
    struct node *child, *next;    /* GROUP/REPEAT: child; CAT/ALT: first item; items linked by next */
} node_t;


typedef struct {
    const uint8_t *p, *end, *start;
    pattern_t *pat;
    int depth;
    size_t classes_alloc;
    uint8_t open[RE_GROUPS_MAX + 2];   /* groups whose ')' has not been seen yet */
} parser_t;


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

kr_obj_t kr_re_engine_compile(kr_obj_t pattern, int flags) {
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
bool kr_re_engine_run(vm_t *vm, size_t start, bool full, size_t reject_empty_at) {
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

#endif /* KR_MODULE_RE */
