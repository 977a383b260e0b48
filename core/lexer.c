/* lexer.c: the tokenizer: Python 3 source text (UTF-8, in memory) -> tokens with line
 * and column, INDENT/DEDENT, implicit line joining inside brackets, continuation lines. */
#include <string.h>
#include <stdarg.h>
#include <stdio.h>
#include "krconfig.h"
#include "lexer.h"
#include "unichar.h"

/* ---------------------------------------------------------------- errors */

_Noreturn void kr_lexer_error_at(kr_lexer_t *lex, const kr_type_t *type, uint32_t line, uint32_t col,
                                 const char *fmt, ...) {
    char msg[320];
    int off = 0;
    if (lex->fstring) {
        off = snprintf(msg, sizeof(msg), "f-string: ");
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg + off, sizeof(msg) - (size_t)off, fmt, ap);
    va_end(ap);
    /* find the text of the line */
    const char *s = lex->src_base, *e = lex->src_end;
    for (uint32_t l = 1; l < line && s < e; l++) {
        const char *nl = memchr(s, '\n', (size_t)(e - s));
        s = nl ? nl + 1 : e;
    }
    const char *le = memchr(s, '\n', (size_t)(e - s));
    if (le == NULL) {
        le = e;
    }
    if (le > s && le[-1] == '\r') {
        le--;
    }
    /* byte column -> character column (1-based) */
    size_t ccol = 1;
    for (const char *q = s; q < s + col && q < le; q++) {
        if ((*q & 0xc0) != 0x80) {
            ccol++;
        }
    }
    if (s + col > le) {
        ccol += (size_t)(s + col - le);
    }
    kr_raise(kr_obj_new_syntax_error(type, msg, lex->filename, line, ccol, s, (size_t)(le - s)));
}

static _Noreturn void error_here(kr_lexer_t *lex, const char *at, const char *msg) {
    kr_lexer_error_at(lex, &kr_type_SyntaxError, lex->line, (uint32_t)(at - lex->line_start), "%s", msg);
}

/* ---------------------------------------------------------------- UTF-8 */

static uint32_t utf8_decode(const char *p, const char *end, int *n) {
    const uint8_t *s = (const uint8_t *)p;
    uint32_t c = s[0];
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    int len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
    if (p + len > end) {
        len = (int)(end - p);
    }
    c &= len == 2 ? 0x1f : len == 3 ? 0x0f : 0x07;
    for (int i = 1; i < len; i++) {
        c = (c << 6) | (s[i] & 0x3f);
    }
    *n = len;
    return c;
}

void kr_lexer_check_source(kr_lexer_t *lex) {
    const uint8_t *s = (const uint8_t *)lex->src_base, *e = (const uint8_t *)lex->src_end;
    uint32_t line = 1;
    const uint8_t *ls = s;
    while (s < e) {
        uint8_t c = *s;
        if (c < 0x80) {
            if (c == 0) {
                kr_lexer_error_at(lex, &kr_type_SyntaxError, line, (uint32_t)(s - ls),
                                  "source code cannot contain null bytes");
            }
            if (c == '\n') {
                line++;
                ls = s + 1;
            }
            s++;
            continue;
        }
        int len = 0;
        uint32_t min = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            len = 2;
            min = 0x80;
        } else if (c >= 0xe0 && c <= 0xef) {
            len = 3;
            min = 0x800;
        } else if (c >= 0xf0 && c <= 0xf4) {
            len = 4;
            min = 0x10000;
        }
        bool ok = len != 0 && s + len <= e;
        uint32_t cp = c & (len == 2 ? 0x1f : len == 3 ? 0x0f : 0x07);
        for (int i = 1; ok && i < len; i++) {
            if ((s[i] & 0xc0) != 0x80) {
                ok = false;
            } else {
                cp = (cp << 6) | (s[i] & 0x3f);
            }
        }
        if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) {
            ok = false;
        }
        if (!ok) {
            kr_lexer_error_at(lex, &kr_type_SyntaxError, line, (uint32_t)(s - ls),
                              "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %u: %s",
                              c, (unsigned)(s - (const uint8_t *)lex->src_base),
                              len == 0 ? "invalid start byte" : "invalid continuation byte");
        }
        s += len;
    }
}

/* Is a non-ASCII code point acceptable in an identifier?  An approximation of
 * XID_Start/XID_Continue: letters of every script are accepted; punctuation,
 * symbols, spaces and emoji are refused. */
#if KR_FEATURE_UNICODE_DB
/* a non-ASCII character in an identifier: XID_Start first, XID_Continue after (CPython's rule) */
static bool is_id_cp(uint32_t c, bool first) {
    return first ? kr_unichar_isidstart(c) : kr_unichar_isidcontinue(c);
}
#else
static bool is_id_cp(uint32_t c, bool first) {
    (void)first;
    if (c < 0xa0) {
        return false;
    }
    if (c <= 0xbf) {
        return c == 0xaa || c == 0xb5 || c == 0xba;
    }
    if (c == 0xd7 || c == 0xf7) {
        return false;
    }
    if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf)
        || (c >= 0x2190 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x3003)
        || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xff01 && c <= 0xff0f)
        || (c >= 0xff1a && c <= 0xff20) || c == 0xfeff
        || (c >= 0x1f000 && c <= 0x1faff) || (c >= 0xe000 && c <= 0xf8ff)) {
        return false;
    }
    return true;
}
#endif

/* ---------------------------------------------------------------- keywords */

typedef struct { const char *text; uint8_t len; uint8_t kind; } keyword_t;

static const keyword_t keywords[] = {
    {"False", 5, KR_TOK_KW_FALSE}, {"None", 4, KR_TOK_KW_NONE}, {"True", 4, KR_TOK_KW_TRUE},
    {"and", 3, KR_TOK_KW_AND}, {"as", 2, KR_TOK_KW_AS}, {"assert", 6, KR_TOK_KW_ASSERT},
    {"async", 5, KR_TOK_KW_ASYNC}, {"await", 5, KR_TOK_KW_AWAIT}, {"break", 5, KR_TOK_KW_BREAK},
    {"class", 5, KR_TOK_KW_CLASS}, {"continue", 8, KR_TOK_KW_CONTINUE}, {"def", 3, KR_TOK_KW_DEF},
    {"del", 3, KR_TOK_KW_DEL}, {"elif", 4, KR_TOK_KW_ELIF}, {"else", 4, KR_TOK_KW_ELSE},
    {"except", 6, KR_TOK_KW_EXCEPT}, {"finally", 7, KR_TOK_KW_FINALLY}, {"for", 3, KR_TOK_KW_FOR},
    {"from", 4, KR_TOK_KW_FROM}, {"global", 6, KR_TOK_KW_GLOBAL}, {"if", 2, KR_TOK_KW_IF},
    {"import", 6, KR_TOK_KW_IMPORT}, {"in", 2, KR_TOK_KW_IN}, {"is", 2, KR_TOK_KW_IS},
    {"lambda", 6, KR_TOK_KW_LAMBDA}, {"nonlocal", 8, KR_TOK_KW_NONLOCAL}, {"not", 3, KR_TOK_KW_NOT},
    {"or", 2, KR_TOK_KW_OR}, {"pass", 4, KR_TOK_KW_PASS}, {"raise", 5, KR_TOK_KW_RAISE},
    {"return", 6, KR_TOK_KW_RETURN}, {"try", 3, KR_TOK_KW_TRY}, {"while", 5, KR_TOK_KW_WHILE},
    {"with", 4, KR_TOK_KW_WITH}, {"yield", 5, KR_TOK_KW_YIELD},
};

static int keyword_kind(const char *s, size_t len) {
    if (len < 2 || len > 8) {
        return KR_TOK_NAME;
    }
    char c = s[0];
    if (!((c >= 'a' && c <= 'y') || c == 'F' || c == 'N' || c == 'T')) {
        return KR_TOK_NAME;
    }
    for (size_t i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++) {
        const keyword_t *k = &keywords[i];
        if (k->len == len && k->text[0] == c && memcmp(k->text, s, len) == 0) {
            return k->kind;
        }
    }
    return KR_TOK_NAME;
}

static const char *const tok_texts[KR_TOK_NUM_KINDS] = {
    [KR_TOK_END] = "end of input", [KR_TOK_NEWLINE] = "NEWLINE", [KR_TOK_INDENT] = "INDENT",
    [KR_TOK_DEDENT] = "DEDENT", [KR_TOK_NAME] = "NAME", [KR_TOK_NUMBER] = "NUMBER",
    [KR_TOK_STRING] = "STRING", [KR_TOK_ERRORTOKEN] = "ERRORTOKEN",
    [KR_TOK_LPAR] = "'('", [KR_TOK_RPAR] = "')'", [KR_TOK_LSQB] = "'['", [KR_TOK_RSQB] = "']'",
    [KR_TOK_LBRACE] = "'{'", [KR_TOK_RBRACE] = "'}'", [KR_TOK_COLON] = "':'", [KR_TOK_COMMA] = "','",
    [KR_TOK_SEMI] = "';'", [KR_TOK_DOT] = "'.'", [KR_TOK_ELLIPSIS] = "'...'", [KR_TOK_EQUAL] = "'='",
    [KR_TOK_COLONEQUAL] = "':='", [KR_TOK_RARROW] = "'->'", [KR_TOK_AT] = "'@'",
    [KR_TOK_KW_IN] = "'in'", [KR_TOK_KW_IMPORT] = "'import'", [KR_TOK_KW_ELSE] = "'else'",
    [KR_TOK_KW_AS] = "'as'",
};

const char *kr_lexer_tok_text(int kind) {
    const char *s = kind >= 0 && kind < KR_TOK_NUM_KINDS ? tok_texts[kind] : NULL;
    return s ? s : "token";
}

/* ---------------------------------------------------------------- set-up */

void kr_lexer_init_region(kr_lexer_t *lex, const char *base, const char *base_end,
                          const char *start, const char *end, uint32_t line,
                          const char *line_start, kr_qstr_t filename) {
    memset(lex, 0, offsetof(kr_lexer_t, indent_stack));
    lex->src_base = base;
    lex->src_end = base_end;
    lex->p = start;
    lex->end = end;
    lex->line = line;
    lex->line_start = line_start;
    lex->filename = filename;
    lex->no_indent = true;
    lex->fstring = true;
    lex->indent_stack[0] = 0;
    kr_lexer_next(lex);
}

void kr_lexer_init(kr_lexer_t *lex, const char *src, size_t len, kr_qstr_t filename, bool no_indent) {
    memset(lex, 0, offsetof(kr_lexer_t, indent_stack));
    lex->src_base = src;
    lex->src_end = src + len;
    lex->p = src;
    lex->end = src + len;
    lex->line = 1;
    lex->line_start = src;
    lex->filename = filename;
    lex->no_indent = no_indent;
    lex->at_bol = !no_indent;
    lex->indent_stack[0] = 0;
    kr_lexer_check_source(lex);
    /* skip a UTF-8 byte order mark */
    if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0) {
        lex->p += 3;
        lex->line_start = lex->p;
    }
    kr_lexer_next(lex);
}

/* ---------------------------------------------------------------- helpers */

static inline bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

static inline bool is_hex(int c) {
    return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

static inline bool is_id_start_ascii(int c) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
}

static inline bool is_id_ascii(int c) {
    return is_id_start_ascii(c) || is_digit(c);
}

static inline int peek(kr_lexer_t *lex, const char *p) {
    return p < lex->end ? (unsigned char)*p : -1;
}

static void new_line(kr_lexer_t *lex, const char *after_nl) {
    lex->line++;
    lex->line_start = after_nl;
}

static void set_tok(kr_lexer_t *lex, int kind, const char *start, size_t len) {
    kr_token_t *t = &lex->tok;
    t->kind = (uint8_t)kind;
    t->start = start;
    t->len = len;
    t->line = lex->line;
    t->col = (uint32_t)(start - lex->line_start);
}

/* ---------------------------------------------------------------- numbers */

/* digits with single underscores between them; p points at a digit */
static const char *scan_digits(kr_lexer_t *lex, const char *p, bool (*ok)(int)) {
    for (;;) {
        while (ok(peek(lex, p))) {
            p++;
        }
        if (peek(lex, p) != '_') {
            return p;
        }
        p++;
        if (!ok(peek(lex, p))) {
            return p - 1;   /* a trailing or doubled underscore: the caller sees '_' */
        }
    }
}

static bool is_dec_digit(int c) {
    return is_digit(c);
}

static bool is_hex_digit(int c) {
    return is_hex(c);
}

static bool is_oct_digit(int c) {
    return c >= '0' && c <= '7';
}

static bool is_bin_digit(int c) {
    return c == '0' || c == '1';
}

/* After a number: a name character right after it is an error, except for the
 * keywords CPython tolerates there (1if x else y). */
static void verify_end_of_number(kr_lexer_t *lex, const char *start, const char *p, const char *kind) {
    int c = peek(lex, p);
    if (c < 0 || !(is_id_ascii(c) || c >= 0x80)) {
        return;
    }
    static const char *const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (size_t i = 0; i < sizeof(kws) / sizeof(kws[0]); i++) {
        size_t n = strlen(kws[i]);
        if ((size_t)(lex->end - p) >= n && memcmp(p, kws[i], n) == 0) {
            return;
        }
    }
    char msg[48];
    snprintf(msg, sizeof(msg), "invalid %s literal", kind);
    error_here(lex, start, msg);
}

static const char *lex_number(kr_lexer_t *lex, const char *s) {
    const char *p = s;
    int pc = peek(lex, p + 1) | 0x20;
    if (*p == '0' && peek(lex, p + 1) > 0 && (pc == 'x' || pc == 'o' || pc == 'b')) {
        int c = peek(lex, p + 1) | 0x20;
        bool (*ok)(int) = c == 'x' ? is_hex_digit : c == 'o' ? is_oct_digit : is_bin_digit;
        const char *kind = c == 'x' ? "hexadecimal" : c == 'o' ? "octal" : "binary";
        p += 2;
        if (peek(lex, p) == '_') {
            p++;
        }
        if (!ok(peek(lex, p))) {
            if (c != 'x' && is_digit(peek(lex, p))) {
                char msg[64];
                snprintf(msg, sizeof(msg), "invalid digit '%c' in %s literal", *p, kind);
                error_here(lex, p, msg);
            }
            char msg[48];
            snprintf(msg, sizeof(msg), "invalid %s literal", kind);
            error_here(lex, p, msg);
        }
        p = scan_digits(lex, p, ok);
        if (peek(lex, p) == '_') {
            char msg[48];
            snprintf(msg, sizeof(msg), "invalid %s literal", kind);
            error_here(lex, p, msg);
        }
        if (c != 'x' && is_digit(peek(lex, p))) {
            char msg[64];
            snprintf(msg, sizeof(msg), "invalid digit '%c' in %s literal", *p, kind);
            error_here(lex, p, msg);
        }
        verify_end_of_number(lex, s, p, kind);
        return p;
    }
    bool is_float = false;
    if (*p != '.') {
        p = scan_digits(lex, p, is_dec_digit);
        if (peek(lex, p) == '_') {
            error_here(lex, p, "invalid decimal literal");
        }
    }
    if (peek(lex, p) == '.') {
        is_float = true;
        p++;
        if (is_digit(peek(lex, p))) {
            p = scan_digits(lex, p, is_dec_digit);
            if (peek(lex, p) == '_') {
                error_here(lex, p, "invalid decimal literal");
            }
        }
    }
    if ((peek(lex, p) | 0x20) == 'e' && peek(lex, p) > 0) {
        const char *e = p;
        p++;
        if (peek(lex, p) == '+' || peek(lex, p) == '-') {
            p++;
        }
        if (!is_digit(peek(lex, p))) {
            if (e + 4 <= lex->end && memcmp(e, "else", 4) == 0) {
                p = e;
                goto int_end;
            }
            error_here(lex, s, "invalid decimal literal");
        }
        is_float = true;
        p = scan_digits(lex, p, is_dec_digit);
        if (peek(lex, p) == '_') {
            error_here(lex, p, "invalid decimal literal");
        }
    }
    if ((peek(lex, p) | 0x20) == 'j' && peek(lex, p) > 0) {
        p++;
        is_float = true;
    }
int_end:
    if (!is_float && *s == '0') {
        for (const char *q = s; q < p; q++) {
            if (*q != '0' && *q != '_') {
                error_here(lex, s, "leading zeros in decimal integer literals are not permitted; "
                                   "use an 0o prefix for octal integers");
            }
        }
    }
    verify_end_of_number(lex, s, p, "decimal");
    return p;
}

/* ---------------------------------------------------------------- strings */

static const char *lex_string(kr_lexer_t *lex, const char *start, const char *q_at, int *qlen_out) {
    const char *p = q_at;
    char q = *p;
    int qlen = 1;
    if (peek(lex, p + 1) == q && peek(lex, p + 2) == q) {
        qlen = 3;
    }
    *qlen_out = qlen;
    uint32_t start_line = lex->line;
    uint32_t start_col = (uint32_t)(start - lex->line_start);
    const char *saved_ls = lex->line_start;
    p += qlen;
    for (;;) {
        if (p >= lex->end) {
            uint32_t det = lex->line;
            if (p > lex->src_base && p[-1] == '\n' && det > start_line) {
                det--;
            }
            lex->line_start = saved_ls;
            lex->line = start_line;
            kr_lexer_error_at(lex, &kr_type_SyntaxError, start_line, start_col,
                              qlen == 3 ? "unterminated triple-quoted string literal (detected at line %u)"
                                        : "unterminated string literal (detected at line %u)", (unsigned)det);
        }
        char c = *p;
        if (c == '\\') {
            p++;
            if (p < lex->end) {
                if (*p == '\r' && peek(lex, p + 1) == '\n') {
                    p++;
                }
                if (*p == '\n') {
                    new_line(lex, p + 1);
                }
                p++;
            }
            continue;
        }
        if (c == '\n') {
            if (qlen == 1) {
                kr_lexer_error_at(lex, &kr_type_SyntaxError, start_line, start_col,
                                  "unterminated string literal (detected at line %u)", (unsigned)lex->line);
            }
            new_line(lex, p + 1);
        } else if (c == q) {
            if (qlen == 1) {
                return p + 1;
            }
            if (peek(lex, p + 1) == q && peek(lex, p + 2) == q) {
                return p + 3;
            }
        }
        p++;
    }
}

/* name characters at start..len form a string prefix? returns flags + 8 (0 = no) */
static int string_prefix(const char *s, size_t len) {
    if (len > 2) {
        return 0;
    }
    int flags = 0;
    bool u = false;
    for (size_t i = 0; i < len; i++) {
        int c = s[i] | 0x20;
        int f = c == 'r' ? KR_STR_FLAG_RAW : c == 'b' ? KR_STR_FLAG_BYTES : c == 'f' ? KR_STR_FLAG_FSTR : 0;
        if (c == 'u') {
            if (len != 1) {
                return 0;
            }
            u = true;
            continue;
        }
        if (f == 0 || (flags & f)) {
            return 0;
        }
        flags |= f;
    }
    if ((flags & KR_STR_FLAG_BYTES) && (flags & KR_STR_FLAG_FSTR)) {
        return 0;
    }
    (void)u;
    return flags + 8;
}

/* ---------------------------------------------------------------- the tokenizer */

static void push_paren(kr_lexer_t *lex, const char *p) {
    if (lex->paren_depth >= KR_LEXER_MAX_PAREN) {
        error_here(lex, p, "too many nested parentheses");
    }
    lex->paren_pos[lex->paren_depth++] = (uint32_t)(p - lex->src_base);
}

/* position (line, col) of a byte offset of the source */
static void offset_pos(kr_lexer_t *lex, uint32_t off, uint32_t *line, uint32_t *col) {
    const char *s = lex->src_base, *target = lex->src_base + off;
    uint32_t l = 1;
    const char *ls = s;
    while (s < target) {
        if (*s == '\n') {
            l++;
            ls = s + 1;
        }
        s++;
    }
    *line = l;
    *col = (uint32_t)(target - ls);
}

static void pop_paren(kr_lexer_t *lex, const char *p) {
    char close = *p;
    if (lex->paren_depth == 0) {
        char msg[32];
        snprintf(msg, sizeof(msg), "unmatched '%c'", close);
        error_here(lex, p, msg);
    }
    uint32_t off = lex->paren_pos[--lex->paren_depth];
    char open = lex->src_base[off];
    if ((open == '(' && close != ')') || (open == '[' && close != ']') || (open == '{' && close != '}')) {
        uint32_t ol, oc;
        offset_pos(lex, off, &ol, &oc);
        if (ol != lex->line) {
            kr_lexer_error_at(lex, &kr_type_SyntaxError, lex->line, (uint32_t)(p - lex->line_start),
                              "closing parenthesis '%c' does not match opening parenthesis '%c' on line %u",
                              close, open, (unsigned)ol);
        }
        kr_lexer_error_at(lex, &kr_type_SyntaxError, lex->line, (uint32_t)(p - lex->line_start),
                          "closing parenthesis '%c' does not match opening parenthesis '%c'", close, open);
    }
}

/* Handle the indentation at the start of a logical line. Returns true if a token
 * (INDENT/DEDENT) was produced, false to go on; may consume blank lines. */
static bool lex_indent(kr_lexer_t *lex) {
    for (;;) {
        const char *p = lex->p;
        unsigned col = 0;
        for (;;) {
            int c = peek(lex, p);
            if (c == ' ') {
                col++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
            } else if (c == '\f') {
                col = 0;
            } else {
                break;
            }
            p++;
        }
        int c = peek(lex, p);
        if (c == '#') {
            while (p < lex->end && *p != '\n') {
                p++;
            }
            c = peek(lex, p);
        }
        if (c == '\r' && peek(lex, p + 1) == '\n') {
            p++;
            c = '\n';
        }
        if (c == '\n') {
            /* blank line */
            lex->p = p + 1;
            new_line(lex, p + 1);
            continue;
        }
        lex->p = p;
        if (c < 0) {
            return false;   /* end of input: dedents come from the EOF handling */
        }
        lex->at_bol = false;
        unsigned top = lex->indent_stack[lex->indent_top];
        if (col == top) {
            return false;
        }
        if (col > top) {
            if (lex->indent_top >= KR_LEXER_MAX_INDENT) {
                kr_lexer_error_at(lex, &kr_type_IndentationError, lex->line, (uint32_t)(p - lex->line_start),
                                  "too many levels of indentation");
            }
            lex->indent_stack[++lex->indent_top] = (uint16_t)(col > 0xffff ? 0xffff : col);
            set_tok(lex, KR_TOK_INDENT, p, 0);
            return true;
        }
        int n = 0;
        while (lex->indent_top > 0 && lex->indent_stack[lex->indent_top] > col) {
            lex->indent_top--;
            n++;
        }
        if (lex->indent_stack[lex->indent_top] != col) {
            const char *le = p;
            while (le < lex->end && *le != '\n') {
                le++;
            }
            kr_lexer_error_at(lex, &kr_type_IndentationError, lex->line, (uint32_t)(le - lex->line_start),
                              "unindent does not match any outer indentation level");
        }
        lex->pending_dedents = n - 1;
        set_tok(lex, KR_TOK_DEDENT, p, 0);
        return true;
    }
}

void kr_lexer_next(kr_lexer_t *lex) {
    kr_token_t *t = &lex->tok;
    t->str_flags = 0;
    if (lex->pending_dedents > 0) {
        lex->pending_dedents--;
        set_tok(lex, KR_TOK_DEDENT, lex->p, 0);
        return;
    }
    if (lex->at_bol && lex->paren_depth == 0) {
        if (lex_indent(lex)) {
            return;
        }
    }
    const char *p = lex->p;
    /* whitespace, comments, line continuations, newlines inside brackets */
    for (;;) {
        int c = peek(lex, p);
        if (c == ' ' || c == '\t' || c == '\f') {
            p++;
        } else if (c == '#') {
            if (lex->fstring) {
                lex->fstring = false;
                error_here(lex, p, "f-string expression part cannot include '#'");
            }
            while (p < lex->end && *p != '\n') {
                p++;
            }
        } else if (c == '\r' && (peek(lex, p + 1) == '\n' || peek(lex, p + 1) < 0)) {
            p++;
        } else if (c == '\\') {
            const char *b = p;
            p++;
            if (peek(lex, p) == '\r' && peek(lex, p + 1) == '\n') {
                p++;
            }
            if (peek(lex, p) == '\n') {
                p++;
                if (p >= lex->end) {
                    error_here(lex, b + 1, "unexpected EOF while parsing");
                }
                new_line(lex, p);
            } else if (p >= lex->end) {
                error_here(lex, p, "unexpected EOF while parsing");
            } else {
                error_here(lex, p, "unexpected character after line continuation character");
            }
        } else if (c == '\n' && (lex->paren_depth > 0 || lex->no_indent)) {
            p++;
            new_line(lex, p);
        } else {
            break;
        }
    }
    lex->p = p;
    int c = peek(lex, p);
    if (c < 0) {
        if (lex->paren_depth > 0) {
            uint32_t off = lex->paren_pos[lex->paren_depth - 1], l, col;
            offset_pos(lex, off, &l, &col);
            kr_lexer_error_at(lex, &kr_type_SyntaxError, l, col, "'%c' was never closed", lex->src_base[off]);
        }
        if (lex->line_has_tokens && !lex->no_indent) {
            lex->line_has_tokens = false;
            set_tok(lex, KR_TOK_NEWLINE, p, 0);
            lex->nl_line = t->line;
            lex->nl_col = t->col;
            return;
        }
        set_tok(lex, lex->indent_top > 0 ? KR_TOK_DEDENT : KR_TOK_END, p, 0);
        if (lex->indent_top > 0) {
            lex->indent_top--;
        }
        if (lex->nl_line != 0) {
            t->line = lex->nl_line;
            t->col = lex->nl_col;
        }
        return;
    }
    if (c == '\n') {
        set_tok(lex, KR_TOK_NEWLINE, p, 1);
        lex->nl_line = t->line;
        lex->nl_col = t->col;
        lex->p = p + 1;
        new_line(lex, p + 1);
        lex->at_bol = true;
        lex->line_has_tokens = false;
        return;
    }
    lex->line_has_tokens = true;
    const char *s = p;
    /* names, keywords, string prefixes */
    if (is_id_start_ascii(c) || c >= 0x80) {
        for (;;) {
            int d = peek(lex, p);
            if (d >= 0 && is_id_ascii(d)) {
                p++;
            } else if (d >= 0x80) {
                int n;
                uint32_t cp = utf8_decode(p, lex->end, &n);
                if (!is_id_cp(cp, p == s)) {
                    if (p == s) {
                        char msg[64];
                        if (cp < 0xa0 || cp == 0xfeff || (cp >= 0x2000 && cp <= 0x200f)) {
                            snprintf(msg, sizeof(msg), "invalid non-printable character U+%04X", (unsigned)cp);
                        } else {
                            snprintf(msg, sizeof(msg), "invalid character '%.*s' (U+%04X)", n, p, (unsigned)cp);
                        }
                        error_here(lex, p, msg);
                    }
                    break;
                }
                p += n;
            } else {
                break;
            }
        }
        int q = peek(lex, p);
        if (q == '\'' || q == '"') {
            int f = string_prefix(s, (size_t)(p - s));
            if (f) {
                set_tok(lex, KR_TOK_STRING, s, 0);
                int qlen;
                const char *e = lex_string(lex, s, p, &qlen);
                t->len = (size_t)(e - s);
                t->str_flags = (uint8_t)(f - 8);
                t->prefix_len = (uint8_t)(p - s);
                t->quote_len = (uint8_t)qlen;
                lex->p = e;
                return;
            }
        }
        size_t len = (size_t)(p - s);
        int kind = keyword_kind(s, len);
        set_tok(lex, kind, s, len);
        if (kind == KR_TOK_NAME) {
            t->qstr = kr_qstr_from_strn(s, len);
        }
        lex->p = p;
        return;
    }
    if (is_digit(c) || (c == '.' && is_digit(peek(lex, p + 1)))) {
        p = lex_number(lex, s);
        set_tok(lex, KR_TOK_NUMBER, s, (size_t)(p - s));
        lex->p = p;
        return;
    }
    if (c == '\'' || c == '"') {
        set_tok(lex, KR_TOK_STRING, s, 0);
        int qlen;
        const char *e = lex_string(lex, s, s, &qlen);
        t->len = (size_t)(e - s);
        t->prefix_len = 0;
        t->quote_len = (uint8_t)qlen;
        lex->p = e;
        return;
    }
    int c1 = peek(lex, p + 1), c2 = peek(lex, p + 2);
    int kind;
    int n = 1;
    switch (c) {
        case '(': push_paren(lex, p); kind = KR_TOK_LPAR; break;
        case '[': push_paren(lex, p); kind = KR_TOK_LSQB; break;
        case '{': push_paren(lex, p); kind = KR_TOK_LBRACE; break;
        case ')': pop_paren(lex, p); kind = KR_TOK_RPAR; break;
        case ']': pop_paren(lex, p); kind = KR_TOK_RSQB; break;
        case '}': pop_paren(lex, p); kind = KR_TOK_RBRACE; break;
        case ',': kind = KR_TOK_COMMA; break;
        case ';': kind = KR_TOK_SEMI; break;
        case '~': kind = KR_TOK_TILDE; break;
        case ':':
            if (c1 == '=') { kind = KR_TOK_COLONEQUAL; n = 2; } else { kind = KR_TOK_COLON; }
            break;
        case '.':
            if (c1 == '.' && c2 == '.') { kind = KR_TOK_ELLIPSIS; n = 3; } else { kind = KR_TOK_DOT; }
            break;
        case '=':
            if (c1 == '=') { kind = KR_TOK_EQEQUAL; n = 2; } else { kind = KR_TOK_EQUAL; }
            break;
        case '!':
            if (c1 == '=') { kind = KR_TOK_NOTEQUAL; n = 2; } else { kind = KR_TOK_ERRORTOKEN; }
            break;
        case '<':
            if (c1 == '<') {
                if (c2 == '=') { kind = KR_TOK_LEFTSHIFTEQUAL; n = 3; } else { kind = KR_TOK_LEFTSHIFT; n = 2; }
            } else if (c1 == '=') {
                kind = KR_TOK_LESSEQUAL; n = 2;
            } else if (c1 == '>') {
                kind = KR_TOK_ERRORTOKEN; n = 2;   /* <> */
            } else {
                kind = KR_TOK_LESS;
            }
            break;
        case '>':
            if (c1 == '>') {
                if (c2 == '=') { kind = KR_TOK_RIGHTSHIFTEQUAL; n = 3; } else { kind = KR_TOK_RIGHTSHIFT; n = 2; }
            } else if (c1 == '=') {
                kind = KR_TOK_GREATEREQUAL; n = 2;
            } else {
                kind = KR_TOK_GREATER;
            }
            break;
        case '+':
            if (c1 == '=') { kind = KR_TOK_PLUSEQUAL; n = 2; } else { kind = KR_TOK_PLUS; }
            break;
        case '-':
            if (c1 == '=') { kind = KR_TOK_MINEQUAL; n = 2; }
            else if (c1 == '>') { kind = KR_TOK_RARROW; n = 2; }
            else { kind = KR_TOK_MINUS; }
            break;
        case '*':
            if (c1 == '*') {
                if (c2 == '=') { kind = KR_TOK_DOUBLESTAREQUAL; n = 3; } else { kind = KR_TOK_DOUBLESTAR; n = 2; }
            } else if (c1 == '=') {
                kind = KR_TOK_STAREQUAL; n = 2;
            } else {
                kind = KR_TOK_STAR;
            }
            break;
        case '/':
            if (c1 == '/') {
                if (c2 == '=') { kind = KR_TOK_DOUBLESLASHEQUAL; n = 3; } else { kind = KR_TOK_DOUBLESLASH; n = 2; }
            } else if (c1 == '=') {
                kind = KR_TOK_SLASHEQUAL; n = 2;
            } else {
                kind = KR_TOK_SLASH;
            }
            break;
        case '%':
            if (c1 == '=') { kind = KR_TOK_PERCENTEQUAL; n = 2; } else { kind = KR_TOK_PERCENT; }
            break;
        case '&':
            if (c1 == '=') { kind = KR_TOK_AMPEREQUAL; n = 2; } else { kind = KR_TOK_AMPER; }
            break;
        case '|':
            if (c1 == '=') { kind = KR_TOK_VBAREQUAL; n = 2; } else { kind = KR_TOK_VBAR; }
            break;
        case '^':
            if (c1 == '=') { kind = KR_TOK_CIRCUMFLEXEQUAL; n = 2; } else { kind = KR_TOK_CIRCUMFLEX; }
            break;
        case '@':
            if (c1 == '=') { kind = KR_TOK_ATEQUAL; n = 2; } else { kind = KR_TOK_AT; }
            break;
        case '$': case '?': case '`':
            kind = KR_TOK_ERRORTOKEN;
            break;
        default: {
            char msg[64];
            snprintf(msg, sizeof(msg), "invalid non-printable character U+%04X", (unsigned)c);
            error_here(lex, p, msg);
        }
    }
    set_tok(lex, kind, s, (size_t)n);
    lex->p = p + n;
}
