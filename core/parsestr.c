/* parsestr.c: the parser's literals: number tokens -> int/float/complex constants, string
 * tokens -> str/bytes with escapes decoded, implicit concatenation, and f-strings. */
#include <string.h>
#include <stdio.h>
#include "parse.h"
#include "gc.h"

/* ---------------------------------------------------------------- numbers */

#if KR_FEATURE_COMPLEX
/* the value of an imaginary literal (digits without the 'j') */
static kr_obj_t imag_literal(kr_parser_t *ps, const char *s, size_t len) {
    return kr_obj_new_complex(0.0, kr_obj_float_get(kr_obj_float_from_str(s, len)));
}
#else
static kr_obj_t imag_literal(kr_parser_t *ps, const char *s, size_t len) {
    kr_parse_error(ps, "complex values not supported");
}
#endif

kr_obj_t kr_parsestr_number(kr_parser_t *ps) {
    const char *s = ps->lex.tok.start;
    size_t len = ps->lex.tok.len;
    /* fast path: plain decimal that fits a machine word (18 digits on 64-bit, 9 on 32-bit) */
    if (len <= (sizeof(kr_int_t) >= 8 ? 18 : 9)) {
        kr_int_t v = 0;
        size_t i = 0;
        for (; i < len; i++) {
            char c = s[i];
            if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
            } else if (c != '_') {
                break;
            }
        }
        if (i == len) {
            return kr_obj_new_int(v);
        }
    }
    /* copy without underscores */
    char small[64];
    char *buf = len < sizeof(small) ? small : kr_gc_alloc(len + 1, KR_GC_FLAG_ATOMIC);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '_') {
            buf[n++] = s[i];
        }
    }
    buf[n] = 0;
    kr_obj_t r;
    int p = n >= 2 && buf[0] == '0' ? (buf[1] | 0x20) : 0;
    if (p == 'x' || p == 'o' || p == 'b') {
        r = kr_obj_int_from_str(buf + 2, n - 2, p == 'x' ? 16 : p == 'o' ? 8 : 2);
    } else if ((buf[n - 1] | 0x20) == 'j') {
        r = imag_literal(ps, buf, n - 1);
    } else if (memchr(buf, '.', n) || memchr(buf, 'e', n) || memchr(buf, 'E', n)) {
        r = kr_obj_float_from_str(buf, n);
    } else {
        r = kr_obj_int_from_str(buf, n, 10);
    }
    if (buf != small) {
        kr_gc_free(buf);
    }
    return r;
}

/* ---------------------------------------------------------------- escapes */

typedef struct {
    kr_parser_t *ps;
    const char *body;       /* start of the literal's body (after the quote) */
    uint32_t line, col;     /* position of the token */
    const char *tok_start, *tok_end;
} str_ctx_t;

/* CPython reports errors in a literal at the end of its token */
static _Noreturn void str_error_end(str_ctx_t *c, const char *msg) {
    uint32_t line = c->line;
    const char *ls = c->tok_start - c->col;
    for (const char *q = c->tok_start; q < c->tok_end; q++) {
        if (*q == '\n') {
            line++;
            ls = q + 1;
        }
    }
    kr_lexer_error_at(&c->ps->lex, &kr_type_SyntaxError, line, (uint32_t)(c->tok_end - ls), "%s", msg);
}

static _Noreturn void str_error(str_ctx_t *c, const char *fmt, size_t a, size_t b) {
    char msg[200];
    snprintf(msg, sizeof(msg), fmt, a, b);
    str_error_end(c, msg);
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

static void add_cp(kr_vstr_t *v, uint32_t cp) {
    if (cp < 0x80) {
        kr_vstr_add_byte(v, (uint8_t)cp);
    } else if (cp < 0x800) {
        kr_vstr_add_byte(v, (uint8_t)(0xc0 | (cp >> 6)));
        kr_vstr_add_byte(v, (uint8_t)(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
        kr_vstr_add_byte(v, (uint8_t)(0xe0 | (cp >> 12)));
        kr_vstr_add_byte(v, (uint8_t)(0x80 | ((cp >> 6) & 0x3f)));
        kr_vstr_add_byte(v, (uint8_t)(0x80 | (cp & 0x3f)));
    } else {
        kr_vstr_add_byte(v, (uint8_t)(0xf0 | (cp >> 18)));
        kr_vstr_add_byte(v, (uint8_t)(0x80 | ((cp >> 12) & 0x3f)));
        kr_vstr_add_byte(v, (uint8_t)(0x80 | ((cp >> 6) & 0x3f)));
        kr_vstr_add_byte(v, (uint8_t)(0x80 | (cp & 0x3f)));
    }
}

/* Decode the escape at p (p[0] == '\\', p + 1 < end); returns the position after it. */
static const char *decode_escape(str_ctx_t *c, const char *p, const char *end, bool bytes, kr_vstr_t *v) {
    size_t pos = (size_t)(p - c->body);
    char e = p[1];
    const char *q = p + 2;
    switch (e) {
        case '\n': return q;
        case '\r':
            if (q < end && *q == '\n') {
                q++;
            }
            return q;
        case '\\': kr_vstr_add_byte(v, '\\'); return q;
        case '\'': kr_vstr_add_byte(v, '\''); return q;
        case '"': kr_vstr_add_byte(v, '"'); return q;
        case 'a': kr_vstr_add_byte(v, 7); return q;
        case 'b': kr_vstr_add_byte(v, 8); return q;
        case 'f': kr_vstr_add_byte(v, 12); return q;
        case 'n': kr_vstr_add_byte(v, '\n'); return q;
        case 'r': kr_vstr_add_byte(v, '\r'); return q;
        case 't': kr_vstr_add_byte(v, '\t'); return q;
        case 'v': kr_vstr_add_byte(v, 11); return q;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t val = (uint32_t)(e - '0');
            for (int i = 0; i < 2 && q < end && *q >= '0' && *q <= '7'; i++, q++) {
                val = val * 8 + (uint32_t)(*q - '0');
            }
            if (bytes) {
                kr_vstr_add_byte(v, (uint8_t)val);
            } else {
                add_cp(v, val);
            }
            return q;
        }
        case 'x': {
            int hi = q < end ? hexval(*q) : -1;
            int lo = q + 1 < end && hi >= 0 ? hexval(q[1]) : -1;
            if (hi < 0 || lo < 0) {
                if (bytes) {
                    str_error(c, "(value error) invalid \\x escape at position %zu", pos, 0);
                }
                str_error(c, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                             "truncated \\xXX escape", pos, pos + 1 + (hi >= 0));
            }
            uint32_t val = (uint32_t)(hi * 16 + lo);
            if (bytes) {
                kr_vstr_add_byte(v, (uint8_t)val);
            } else {
                add_cp(v, val);
            }
            return q + 2;
        }
        case 'u': case 'U': {
            if (bytes) {
                break;
            }
            int nd = e == 'u' ? 4 : 8;
            uint32_t val = 0;
            int i = 0;
            for (; i < nd && q + i < end && hexval(q[i]) >= 0; i++) {
                val = val * 16 + (uint32_t)hexval(q[i]);
            }
            if (i < nd) {
                str_error(c, e == 'u' ? "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                        "%zu-%zu: truncated \\uXXXX escape"
                                      : "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                        "%zu-%zu: truncated \\UXXXXXXXX escape", pos, pos + 1 + (size_t)i);
            }
            if (val > 0x10ffff) {
                str_error(c, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                             "illegal Unicode character", pos, pos + 1 + (size_t)nd);
            }
            add_cp(v, val);
            return q + nd;
        }
        case 'N': {
            if (bytes) {
                break;
            }
            const char *r = q;
            if (r < end && *r == '{') {
                while (r < end && *r != '}') {
                    r++;
                }
            }
            size_t last = (size_t)((r < end ? r : end - 1) - c->body);
            str_error(c, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                         "unknown Unicode character name", pos, last);
        }
        default:
            break;
    }
    /* unknown escape: kept as it is */
    kr_vstr_add_byte(v, '\\');
    return p + 1;
}

/* Decode a plain (non-f) literal body into v. */
static void decode_plain(str_ctx_t *c, const char *p, const char *end, unsigned flags, kr_vstr_t *v) {
    bool bytes = (flags & KR_STR_FLAG_BYTES) != 0;
    bool raw = (flags & KR_STR_FLAG_RAW) != 0;
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\\' && *p != '\r' && !(bytes && (*p & 0x80))) {
            p++;
        }
        if (p > run) {
            kr_vstr_add_strn(v, run, (size_t)(p - run));
        }
        if (p >= end) {
            break;
        }
        if (*p & 0x80) {
            kr_lexer_error_at(&c->ps->lex, &kr_type_SyntaxError, c->line, c->col,
                              "bytes can only contain ASCII literal characters");
        }
        if (*p == '\r') {
            /* \r\n in the source is \n in the value */
            if (p + 1 >= end || p[1] != '\n') {
                kr_vstr_add_byte(v, '\n');
            }
            p++;
            continue;
        }
        if (raw || p + 1 >= end) {
            kr_vstr_add_byte(v, '\\');
            p++;
            if (raw && p < end) {
                /* a backslash never escapes in raw strings, but keeps the next char with it */
                if (*p == '\r' && p + 1 < end && p[1] == '\n') {
                    p++;
                }
                kr_vstr_add_byte(v, (uint8_t)*p);
                p++;
            }
            continue;
        }
        p = decode_escape(c, p, end, bytes, v);
    }
}

/* ---------------------------------------------------------------- f-strings */

static void flush_const(kr_parser_t *ps, kr_vstr_t *v, uint32_t line, uint32_t col) {
    if (v->len == 0) {
        return;
    }
    kr_ast_node_t *n = kr_parse_new(ps, KR_AST_CONSTANT, line, col);
    n->u.constant.value = kr_obj_new_str(v->buf, v->len);
    kr_vstr_reset(v);
    kr_parse_push(ps, n);
}

typedef struct {
    str_ctx_t sc;
    const char *tok_line_start;   /* start of the line of the token */
    uint32_t outer_line, outer_col;   /* position of the whole literal */
    bool raw;
} fstr_ctx_t;

static _Noreturn void fstr_error(fstr_ctx_t *f, const char *at, const char *msg) {
    bool prefix = strncmp(msg, "f-string", 8) != 0;
    if (prefix) {
        char full[160];
        snprintf(full, sizeof(full), "f-string: %s", msg);
        str_error_end(&f->sc, full);
    }
    /* position of `at` in the source */
    uint32_t line = f->sc.line;
    const char *ls = f->tok_line_start;
    for (const char *q = f->tok_line_start + f->sc.col; q < at; q++) {
        if (*q == '\n') {
            line++;
            ls = q + 1;
        }
    }
    kr_lexer_error_at(&f->sc.ps->lex, &kr_type_SyntaxError, line, (uint32_t)(at - ls), "%s%s",
                      prefix ? "f-string: " : "", msg);
}

static const char *fstring_body(fstr_ctx_t *f, const char *p, const char *end, kr_vstr_t *v, bool in_spec);

/* Parse the expression text [s, e) of a replacement field. */
static kr_ast_node_t *fstring_expr(fstr_ctx_t *f, const char *s, const char *e) {
    kr_parser_t *ps = f->sc.ps;
    const char *q = s;
    while (q < e && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\f')) {
        q++;
    }
    if (q == e) {
        fstr_error(f, e, "empty expression not allowed");
    }
    /* locate s in the source */
    uint32_t line = f->sc.line;
    const char *ls = f->tok_line_start;
    for (const char *r = f->tok_line_start + f->sc.col; r < s; r++) {
        if (*r == '\n') {
            line++;
            ls = r + 1;
        }
    }
    kr_lexer_t *saved = kr_gc_alloc(sizeof(kr_lexer_t), KR_GC_FLAG_ATOMIC);
    memcpy(saved, &ps->lex, sizeof(kr_lexer_t));
    kr_lexer_init_region(&ps->lex, saved->src_base, saved->src_end, s, e, line, ls, saved->filename);
    kr_ast_node_t *n;
    if (KR_TOK == KR_TOK_KW_YIELD) {
        n = kr_parseexpr_yield(ps);
    } else {
        n = kr_parseexpr_star_expressions(ps);
    }
    if (KR_TOK != KR_TOK_END) {
        kr_parseexpr_check_missing_comma(ps, n);
        kr_parse_syntax_error(ps);
    }
    if (n->kind == KR_AST_STARRED) {
        kr_parse_error_at(ps, n, "can't use starred expression here");
    }
    memcpy(&ps->lex, saved, sizeof(kr_lexer_t));
    kr_gc_free(saved);
    return n;
}

/* A replacement field; p is just after '{'. Returns the position after '}'. */
static const char *fstring_field(fstr_ctx_t *f, const char *p, const char *end, kr_vstr_t *v) {
    kr_parser_t *ps = f->sc.ps;
    const char *s = p;
    int depth = 0;
    char quote = 0;
    int qlen = 0;
    for (; p < end; p++) {
        char c = *p;
        if (quote) {
            if (c == quote && (qlen == 1 || (p + 2 < end && p[1] == quote && p[2] == quote))) {
                p += qlen - 1;
                quote = 0;
            }
            continue;
        }
        if (c == '\\') {
            fstr_error(f, p, "f-string expression part cannot include a backslash");
        }
        if (c == '\'' || c == '"') {
            quote = c;
            qlen = (p + 2 < end && p[1] == c && p[2] == c) ? 3 : 1;
            p += qlen - 1;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (++depth >= KR_LEXER_MAX_PAREN) {
                fstr_error(f, p, "too many nested parenthesis");
            }
            continue;
        }
        if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) {
                if (c == '}') {
                    break;
                }
                char msg[32];
                snprintf(msg, sizeof(msg), "unmatched '%c'", c);
                fstr_error(f, p, msg);
            }
            depth--;
            continue;
        }
        if (c == '#') {
            fstr_error(f, p, "f-string expression part cannot include '#'");
        }
        if (depth == 0) {
            char n = p + 1 < end ? p[1] : 0;
            if ((c == '!' || c == '=' || c == '<' || c == '>') && n == '=') {
                p++;
                continue;
            }
            if (c == '!' || c == ':' || c == '=') {
                break;
            }
        }
    }
    if (quote) {
        fstr_error(f, p, "unterminated string");
    }
    if (p >= end) {
        fstr_error(f, p, "expecting '}'");
    }
    const char *expr_end = p;
    kr_ast_node_t *value = fstring_expr(f, s, expr_end);
    uint32_t line = f->outer_line, col = f->outer_col;
    int conversion = -1;
    bool self_doc = false;
    if (*p == '=') {
        /* self-documenting: the text (with whitespace) and '=' become a literal */
        p++;
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n')) {
            p++;
        }
        kr_vstr_add_strn(v, s, (size_t)(p - s));
        self_doc = true;
    }
    flush_const(ps, v, line, col);
    if (p < end && *p == '!') {
        p++;
        if (p >= end) {
            fstr_error(f, p, "expecting '}'");
        }
        if (*p != 's' && *p != 'r' && *p != 'a') {
            fstr_error(f, p, "invalid conversion character: expected 's', 'r', or 'a'");
        }
        conversion = *p++;
        if (p >= end || (*p != ':' && *p != '}')) {
            fstr_error(f, p, "expecting '}'");
        }
    }
    kr_ast_node_t *spec = NULL;
    if (p < end && *p == ':') {
        p++;
        if (ps->fstring_nest >= 1) {
            fstr_error(f, p, "expressions nested too deeply");
        }
        ps->fstring_nest++;
        size_t base = ps->sp;
        kr_vstr_t sv;
        kr_vstr_init(&sv, 16);
        p = fstring_body(f, p, end, &sv, true);
        flush_const(ps, &sv, line, col);
        kr_vstr_clear(&sv);
        spec = kr_parse_new(ps, KR_AST_JOINED_STR, line, col);
        spec->u.seq.elts = kr_parse_pop_seq(ps, base);
        ps->fstring_nest--;
    }
    if (p >= end || *p != '}') {
        fstr_error(f, p, "expecting '}'");
    }
    p++;
    if (self_doc && conversion < 0 && spec == NULL) {
        conversion = 'r';
    }
    kr_ast_node_t *fv = kr_parse_new(ps, KR_AST_FORMATTED_VALUE, line, col);
    fv->u.fvalue.value = value;
    fv->u.fvalue.conversion = conversion;
    fv->u.fvalue.format_spec = spec;
    kr_parse_push(ps, fv);
    return p;
}

/* The literal parts and fields of an f-string body (or of a format spec, which ends
 * at its closing '}'). Constants accumulate in v; nodes are pushed. */
static const char *fstring_body(fstr_ctx_t *f, const char *p, const char *end, kr_vstr_t *v, bool in_spec) {
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '{' && *p != '}' && *p != '\\' && *p != '\r') {
            p++;
        }
        if (p > run) {
            kr_vstr_add_strn(v, run, (size_t)(p - run));
        }
        if (p >= end) {
            break;
        }
        char c = *p;
        if (c == '{') {
            if (!in_spec && p + 1 < end && p[1] == '{') {
                kr_vstr_add_byte(v, '{');
                p += 2;
                continue;
            }
            p = fstring_field(f, p + 1, end, v);
        } else if (c == '}') {
            if (in_spec) {
                return p;
            }
            if (p + 1 < end && p[1] == '}') {
                kr_vstr_add_byte(v, '}');
                p += 2;
                continue;
            }
            fstr_error(f, p, "single '}' is not allowed");
        } else if (c == '\r') {
            if (p + 1 >= end || p[1] != '\n') {
                kr_vstr_add_byte(v, '\n');
            }
            p++;
        } else {
            /* backslash */
            if (f->raw || p + 1 >= end) {
                kr_vstr_add_byte(v, '\\');
                p++;
                if (f->raw && p < end && *p != '{' && *p != '}') {
                    kr_vstr_add_byte(v, (uint8_t)*p);
                    p++;
                }
                continue;
            }
            if (p[1] == 'N' && p + 2 < end && p[2] == '{') {
                (void)decode_escape(&f->sc, p, end, false, v);   /* raises */
            }
            p = decode_escape(&f->sc, p, end, false, v);
        }
    }
    if (in_spec) {
        fstr_error(f, p, "expecting '}'");
    }
    return p;
}

/* ---------------------------------------------------------------- adjacent literals */

static bool is_identifier_like(const char *s, size_t n) {
    if (n == 0 || n > 24) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
            return false;
        }
    }
    return true;
}

kr_ast_node_t *kr_parsestr_strings(kr_parser_t *ps) {
    uint32_t line = ps->lex.tok.line, col = ps->lex.tok.col;
    bool is_bytes = (ps->lex.tok.str_flags & KR_STR_FLAG_BYTES) != 0;
    bool has_f = false;
    size_t base = ps->sp;
    /* the parser's buffer is reused, except inside f-string expressions (nested use) */
    kr_vstr_t local, *vp = &ps->sbuf;
    if (ps->lex.fstring || ps->sbuf.buf == NULL) {
        vp = &local;
        kr_vstr_init(vp, 32);
    }
    kr_vstr_reset(vp);
#define v (*vp)
    while (KR_TOK == KR_TOK_STRING) {
        kr_token_t t = ps->lex.tok;
        if (((t.str_flags & KR_STR_FLAG_BYTES) != 0) != is_bytes) {
            kr_parse_error(ps, "cannot mix bytes and nonbytes literals");
        }
        const char *body = t.start + t.prefix_len + t.quote_len;
        const char *end = t.start + t.len - t.quote_len;
        if (t.str_flags & KR_STR_FLAG_FSTR) {
            has_f = true;
            fstr_ctx_t f;
            f.sc.ps = ps;
            f.sc.body = body;
            f.sc.line = t.line;
            f.sc.col = t.col;
            f.sc.tok_start = t.start;
            f.sc.tok_end = t.start + t.len;
            f.tok_line_start = t.start - t.col;
            f.raw = (t.str_flags & KR_STR_FLAG_RAW) != 0;
            f.outer_line = line;
            f.outer_col = col;
            fstring_body(&f, body, end, &v, false);
        } else {
            str_ctx_t c = {ps, body, t.line, t.col, t.start, t.start + t.len};
            decode_plain(&c, body, end, t.str_flags, &v);
        }
        kr_parse_next(ps);
    }
    kr_ast_node_t *n;
    if (!has_f) {
        n = kr_parse_new(ps, KR_AST_CONSTANT, line, col);
        if (is_bytes) {
            n->u.constant.value = kr_obj_new_bytes((const uint8_t *)v.buf, v.len);
        } else if (is_identifier_like(v.buf, v.len)) {
            n->u.constant.value = kr_obj_new_str_interned(v.buf, v.len);
        } else {
            n->u.constant.value = kr_obj_new_str(v.buf, v.len);
        }
    } else {
        flush_const(ps, &v, line, col);
        n = kr_parse_new(ps, KR_AST_JOINED_STR, line, col);
        n->u.seq.elts = kr_parse_pop_seq(ps, base);
    }
#undef v
    if (vp == &local) {
        if (ps->sbuf.buf == NULL && !ps->lex.fstring) {
            ps->sbuf = local;   /* keep it for the next literals */
        } else {
            kr_vstr_clear(&local);
        }
    }
    return n;
}
