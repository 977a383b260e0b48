/* lexer.h: the tokenizer's interface: Python 3 source text -> a stream of tokens
 * (used by the parser, parse.c). */
#ifndef KRAIT_LEXER_H
#define KRAIT_LEXER_H

#include "obj.h"

typedef enum {
    KR_TOK_END,          /* end of input */
    KR_TOK_NEWLINE,
    KR_TOK_INDENT,
    KR_TOK_DEDENT,
    KR_TOK_NAME,         /* qstr holds the interned name */
    KR_TOK_NUMBER,
    KR_TOK_STRING,       /* str_flags, prefix_len, quote_len describe it */
    KR_TOK_ERRORTOKEN,   /* a character that is no token ($ ? ` or a lone !) */
    /* keywords (soft keywords match/case/_ are plain names) */
    KR_TOK_KW_FALSE,
    KR_TOK_KW_NONE,
    KR_TOK_KW_TRUE,
    KR_TOK_KW_AND,
    KR_TOK_KW_AS,
    KR_TOK_KW_ASSERT,
    KR_TOK_KW_ASYNC,
    KR_TOK_KW_AWAIT,
    KR_TOK_KW_BREAK,
    KR_TOK_KW_CLASS,
    KR_TOK_KW_CONTINUE,
    KR_TOK_KW_DEF,
    KR_TOK_KW_DEL,
    KR_TOK_KW_ELIF,
    KR_TOK_KW_ELSE,
    KR_TOK_KW_EXCEPT,
    KR_TOK_KW_FINALLY,
    KR_TOK_KW_FOR,
    KR_TOK_KW_FROM,
    KR_TOK_KW_GLOBAL,
    KR_TOK_KW_IF,
    KR_TOK_KW_IMPORT,
    KR_TOK_KW_IN,
    KR_TOK_KW_IS,
    KR_TOK_KW_LAMBDA,
    KR_TOK_KW_NONLOCAL,
    KR_TOK_KW_NOT,
    KR_TOK_KW_OR,
    KR_TOK_KW_PASS,
    KR_TOK_KW_RAISE,
    KR_TOK_KW_RETURN,
    KR_TOK_KW_TRY,
    KR_TOK_KW_WHILE,
    KR_TOK_KW_WITH,
    KR_TOK_KW_YIELD,
    /* delimiters and operators */
    KR_TOK_LPAR, KR_TOK_RPAR, KR_TOK_LSQB, KR_TOK_RSQB, KR_TOK_LBRACE, KR_TOK_RBRACE,
    KR_TOK_COLON, KR_TOK_COMMA, KR_TOK_SEMI, KR_TOK_DOT, KR_TOK_ELLIPSIS,
    KR_TOK_EQUAL,        /* = */
    KR_TOK_COLONEQUAL,   /* := */
    KR_TOK_RARROW,       /* -> */
    KR_TOK_AT,           /* @ (decorator or matrix multiply) */
    KR_TOK_TILDE,
    /* binary operators */
    KR_TOK_VBAR, KR_TOK_CIRCUMFLEX, KR_TOK_AMPER, KR_TOK_LEFTSHIFT, KR_TOK_RIGHTSHIFT,
    KR_TOK_PLUS, KR_TOK_MINUS, KR_TOK_STAR, KR_TOK_DOUBLESLASH, KR_TOK_SLASH,
    KR_TOK_PERCENT, KR_TOK_DOUBLESTAR,
    /* augmented assignment: |= ^= &= <<= >>= += -= *= @= //= /= %= **= */
    KR_TOK_VBAREQUAL, KR_TOK_CIRCUMFLEXEQUAL, KR_TOK_AMPEREQUAL, KR_TOK_LEFTSHIFTEQUAL,
    KR_TOK_RIGHTSHIFTEQUAL, KR_TOK_PLUSEQUAL, KR_TOK_MINEQUAL, KR_TOK_STAREQUAL,
    KR_TOK_ATEQUAL, KR_TOK_DOUBLESLASHEQUAL, KR_TOK_SLASHEQUAL, KR_TOK_PERCENTEQUAL,
    KR_TOK_DOUBLESTAREQUAL,
    /* comparisons */
    KR_TOK_LESS, KR_TOK_GREATER, KR_TOK_EQEQUAL, KR_TOK_LESSEQUAL, KR_TOK_GREATEREQUAL,
    KR_TOK_NOTEQUAL,
    KR_TOK_NUM_KINDS
} kr_tok_kind_t;

/* flags of a STRING token */
#define KR_STR_FLAG_RAW   (1)
#define KR_STR_FLAG_BYTES (2)
#define KR_STR_FLAG_FSTR  (4)

typedef struct _kr_token_t {
    uint8_t kind;          /* kr_tok_kind_t */
    uint8_t str_flags;     /* STRING: KR_STR_FLAG_* */
    uint8_t prefix_len;    /* STRING: length of the prefix (r, b, f, rb, ...) */
    uint8_t quote_len;     /* STRING: 1 or 3 */
    uint32_t line;         /* 1-based line of the first character */
    uint32_t col;          /* 0-based byte offset of the first character in its line */
    const char *start;     /* token text (points into the source) */
    size_t len;
    kr_qstr_t qstr;        /* NAME: the interned identifier */
} kr_token_t;

#define KR_LEXER_MAX_PAREN  (200)
#define KR_LEXER_MAX_INDENT (100)

typedef struct _kr_lexer_t {
    const char *src_base;      /* the whole source text (for error line texts) */
    const char *src_end;
    const char *p;             /* scan position */
    const char *end;           /* end of the region being tokenized */
    const char *line_start;    /* start of the current physical line */
    uint32_t line;
    kr_qstr_t filename;
    bool at_bol;               /* at the beginning of a logical line */
    bool line_has_tokens;      /* a token was produced since the last NEWLINE */
    bool no_indent;            /* newlines are whitespace (eval input, f-string expressions) */
    bool fstring;              /* error messages get the "f-string: " prefix */
    int pending_dedents;
    uint32_t nl_line, nl_col;  /* position of the last NEWLINE (END and final DEDENTs use it) */
    int indent_top;
    int paren_depth;
    uint16_t indent_stack[KR_LEXER_MAX_INDENT + 1];
    uint32_t paren_pos[KR_LEXER_MAX_PAREN];   /* offsets of the open brackets in src_base */
    kr_token_t tok;            /* the current token */
} kr_lexer_t;

/* Start tokenizing src[0..len) (the whole text is src_base). The first token is
 * read at once. `no_indent` makes newlines plain whitespace. */
void kr_lexer_init(kr_lexer_t *lex, const char *src, size_t len, kr_qstr_t filename, bool no_indent);
/* Tokenize an f-string expression: a region inside an already checked text; positions
 * are those of the region in the text; the region starts at `line` and `line_start`. */
void kr_lexer_init_region(kr_lexer_t *lex, const char *base, const char *base_end,
                          const char *start, const char *end, uint32_t line,
                          const char *line_start, kr_qstr_t filename);
void kr_lexer_next(kr_lexer_t *lex);   /* advance lex->tok; raises SyntaxError */
/* Raise SyntaxError (or IndentationError...) at a position; fmt is printf-like. */
_Noreturn void kr_lexer_error_at(kr_lexer_t *lex, const kr_type_t *type, uint32_t line, uint32_t col,
                                 const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* Check that text is valid UTF-8 without NUL bytes; raises SyntaxError otherwise. */
void kr_lexer_check_source(kr_lexer_t *lex);
/* Text of a token kind for messages ("'('", "NAME", ...). */
const char *kr_lexer_tok_text(int kind);

#endif /* KRAIT_LEXER_H */
