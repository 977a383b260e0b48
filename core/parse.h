/* parse.h: the parser's internal interface shared by parse.c (statements),
 * parseexpr.c (expressions) and parsestr.c (literals), plus the AST dump (ast.c). */
#ifndef KRAIT_PARSE_H
#define KRAIT_PARSE_H

#include "ast.h"
#include "lexer.h"

/* Print a tree as an S-expression, one line (debugging, `-X ast`). */
void kr_ast_dump(const kr_print_t *p, const kr_ast_node_t *node);
extern bool kr_ast_dump_positions;   /* also print @line:col of each node */

#define KR_PARSE_MAX_DEPTH (400)     /* nested expressions before RecursionError */
#define KR_PARSE_MAX_CHAIN (2000)    /* a+b+c..., a.b.c..., f()()... operands in one chain */

typedef struct _kr_parser_t {
    kr_lexer_t lex;
    kr_ast_arena_t *arena;
    kr_ast_node_t **stack;           /* scratch stack of nodes for building sequences */
    size_t sp, alloc;
    int depth;                       /* expression nesting */
    int fstring_nest;                /* f-strings inside f-string format specs */
    kr_vstr_t sbuf;                  /* reused buffer for decoding string literals */
    uint32_t lpar_line, lpar_col;    /* the '(' of the call whose arguments are being parsed */
    unsigned paren_i;                /* recently parenthesised expressions and where their '(' is */
    struct { const kr_ast_node_t *node; uint32_t line, col; } paren[8];
    kr_qstr_t class_name;            /* innermost enclosing class (private names are mangled) */
} kr_parser_t;

/* ---- parse.c ---- */
#define KR_TOK (ps->lex.tok.kind)
void kr_parse_next(kr_parser_t *ps);
kr_ast_node_t *kr_parse_new(kr_parser_t *ps, kr_ast_kind_t kind, uint32_t line, uint32_t col);
kr_ast_node_t *kr_parse_new_here(kr_parser_t *ps, kr_ast_kind_t kind);   /* at the current token */
void kr_parse_push(kr_parser_t *ps, kr_ast_node_t *node);
kr_ast_seq_t kr_parse_pop_seq(kr_parser_t *ps, size_t base);   /* stack[base..sp) -> seq */
_Noreturn void kr_parse_error(kr_parser_t *ps, const char *msg);   /* at the current token */
_Noreturn void kr_parse_error_at(kr_parser_t *ps, const kr_ast_node_t *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
_Noreturn void kr_parse_syntax_error(kr_parser_t *ps);   /* "invalid syntax" at the current token */
void kr_parse_expect(kr_parser_t *ps, int kind);
/* A private name (__x) used inside a class C becomes _C__x (as CPython). */
kr_qstr_t kr_parse_mangle(kr_parser_t *ps, kr_qstr_t name);
/* The name as written, if n is a NAME node whose id kr_parse_mangle changed. */
kr_qstr_t kr_parse_unmangle(kr_parser_t *ps, const kr_ast_node_t *n);
bool kr_parse_accept(kr_parser_t *ps, int kind);
/* Set the context of an assignment/deletion target, raising SyntaxError when it is
 * not a valid target. */
void kr_parse_set_ctx(kr_parser_t *ps, kr_ast_node_t *node, kr_ast_ctx_t ctx);

/* ---- parseexpr.c ---- */
void kr_parseexpr_enter(kr_parser_t *ps);
kr_ast_node_t *kr_parseexpr_expression(kr_parser_t *ps);        /* expression (incl. lambda, if-else) */
kr_ast_node_t *kr_parseexpr_named(kr_parser_t *ps);             /* named_expression (walrus) */
kr_ast_node_t *kr_parseexpr_star_expressions(kr_parser_t *ps);  /* a, *b, c -> tuple */
kr_ast_node_t *kr_parseexpr_disjunction(kr_parser_t *ps);
kr_ast_node_t *kr_parseexpr_bitor(kr_parser_t *ps);
kr_ast_node_t *kr_parseexpr_yield(kr_parser_t *ps);             /* at 'yield' */
kr_ast_node_t *kr_parseexpr_targets(kr_parser_t *ps);           /* for-loop targets (before 'in') */
/* parameters of def (close = ')') or lambda (close = ':'); the opening token is consumed */
kr_ast_node_t *kr_parseexpr_params(kr_parser_t *ps, bool is_lambda, int close);
/* call arguments after '(' (consumed) up to and including ')': fills call->u.call */
void kr_parseexpr_call_args(kr_parser_t *ps, kr_ast_node_t *call);
bool kr_parseexpr_starts_expr(int kind);
/* inside brackets: raise "invalid syntax. Perhaps you forgot a comma?" if an expression follows elem */
void kr_parseexpr_check_missing_comma(kr_parser_t *ps, const kr_ast_node_t *elem);
const char *kr_parseexpr_expr_name(const kr_ast_node_t *node);  /* "literal", "function call", ... */

/* ---- parsestr.c ---- */
kr_ast_node_t *kr_parsestr_strings(kr_parser_t *ps);            /* adjacent STRING tokens */
kr_obj_t kr_parsestr_number(kr_parser_t *ps);                   /* the current NUMBER token */

#endif /* KRAIT_PARSE_H */
