/* ast.h: the abstract syntax tree produced by the parser (parse.c) and consumed by the
 * compiler (compile.c). Nodes live in an arena on the GC heap that is freed as a whole
 * once the module is compiled, so compile-time RAM is transient. */
#ifndef KRAIT_AST_H
#define KRAIT_AST_H

#include "obj.h"
#include "runtime.h"

/* ---- arena (ast.c) ---- */
typedef struct _kr_ast_chunk_t kr_ast_chunk_t;
typedef struct _kr_ast_arena_t {
    kr_ast_chunk_t *chunks;      /* linked list, newest first (reachable for the GC) */
    size_t used;                 /* bytes used in the newest chunk */
} kr_ast_arena_t;

void kr_ast_arena_init(kr_ast_arena_t *a);
void *kr_ast_alloc(kr_ast_arena_t *a, size_t n);    /* zeroed, pointer aligned */
void kr_ast_arena_free(kr_ast_arena_t *a);

typedef struct _kr_ast_node_t kr_ast_node_t;

typedef struct _kr_ast_seq_t {   /* a sequence of nodes */
    size_t n;
    kr_ast_node_t **items;
} kr_ast_seq_t;

typedef enum {
    /* ---- module roots ---- */
    KR_AST_MODULE,         /* body */
    KR_AST_INTERACTIVE,    /* body (REPL: expression statements are echoed) */
    KR_AST_EXPRESSION,     /* expr: value */
    /* ---- statements ---- */
    KR_AST_FUNCTION_DEF,   /* def: name, args, body, decorators, is_async */
    KR_AST_CLASS_DEF,      /* cls: name, bases, keywords, body, decorators */
    KR_AST_RETURN,         /* value (NULL = None) */
    KR_AST_DELETE,         /* targets */
    KR_AST_ASSIGN,         /* assign: targets (a = b = value), value */
    KR_AST_AUG_ASSIGN,     /* aug: target, op (an INPLACE kr_binary_op_t), value */
    KR_AST_ANN_ASSIGN,     /* ann: target, annotation, value (may be NULL), simple */
    KR_AST_FOR,            /* loop: target, iter, body, orelse, is_async */
    KR_AST_WHILE,          /* loop: test (in iter), body, orelse */
    KR_AST_IF,             /* if_: test, body, orelse */
    KR_AST_WITH,           /* with: items (KR_AST_WITHITEM nodes), body, is_async */
    KR_AST_RAISE,          /* raise: exc (may be NULL), cause (may be NULL) */
    KR_AST_TRY,            /* try_: body, handlers (KR_AST_EXCEPT_HANDLER), orelse, finalbody */
    KR_AST_ASSERT,         /* assert_: test, msg (may be NULL) */
    KR_AST_IMPORT,         /* import: names (KR_AST_ALIAS) */
    KR_AST_IMPORT_FROM,    /* import: module (KR_QSTR_NULL for `from . import x`), names, level; a name '*' = star */
    KR_AST_GLOBAL,         /* names: qstrs */
    KR_AST_NONLOCAL,       /* names: qstrs */
    KR_AST_EXPR,           /* expr: value */
    KR_AST_PASS,
    KR_AST_BREAK,
    KR_AST_CONTINUE,
    /* ---- expressions ---- */
    KR_AST_BOOL_OP,        /* boolop: is_or, values */
    KR_AST_NAMED_EXPR,     /* named: target (a NAME), value */
    KR_AST_BIN_OP,         /* binop: left, op (kr_binary_op_t arithmetic), right */
    KR_AST_UNARY_OP,       /* unop: op (kr_unary_op_t: POSITIVE, NEGATIVE, INVERT, NOT), operand */
    KR_AST_LAMBDA,         /* lambda: args, body (an expression) */
    KR_AST_IF_EXP,         /* ifexp: test, body, orelse */
    KR_AST_DICT,           /* dict: keys (NULL key = `**value`), values */
    KR_AST_SET,            /* seq: elts */
    KR_AST_LIST_COMP,      /* comp: elt, generators (KR_AST_COMPREHENSION) */
    KR_AST_SET_COMP,       /* comp: elt, generators */
    KR_AST_DICT_COMP,      /* comp: key, elt (the value), generators */
    KR_AST_GENERATOR_EXP,  /* comp: elt, generators */
    KR_AST_AWAIT,          /* value: value */
    KR_AST_YIELD,          /* value: value (may be NULL) */
    KR_AST_YIELD_FROM,     /* value: value */
    KR_AST_COMPARE,        /* compare: left, ops (kr_binary_op_t incl. IN/NOT_IN/IS/IS_NOT), comparators */
    KR_AST_CALL,           /* call: func, args (may contain STARRED), keywords (KR_AST_KEYWORD; arg NULL = **) */
    KR_AST_FORMATTED_VALUE,/* fvalue: value, conversion (-1, 's', 'r', 'a'), format_spec (JOINED_STR or NULL) */
    KR_AST_JOINED_STR,     /* seq: elts (CONSTANT strs and FORMATTED_VALUEs) */
    KR_AST_CONSTANT,       /* constant: value (any immutable kr_obj_t: int, float, complex, str, bytes, None, bools, Ellipsis) */
    KR_AST_ATTRIBUTE,      /* attr: value, attr; ctx */
    KR_AST_SUBSCRIPT,      /* subscr: value, slice; ctx */
    KR_AST_STARRED,        /* value: value; ctx */
    KR_AST_NAME,           /* name: id; ctx */
    KR_AST_LIST,           /* seq: elts; ctx */
    KR_AST_TUPLE,          /* seq: elts; ctx */
    KR_AST_SLICE,          /* slice: lower, upper, step (each may be NULL) */
    /* ---- helpers ---- */
    KR_AST_COMPREHENSION,  /* compfor: target, iter, ifs, is_async */
    KR_AST_EXCEPT_HANDLER, /* handler: type (may be NULL), name (may be KR_QSTR_NULL), body */
    KR_AST_ARGUMENTS,      /* arguments: see below */
    KR_AST_ARG,            /* arg: arg (qstr) (annotation ignored) */
    KR_AST_KEYWORD,        /* keyword: arg (KR_QSTR_NULL for **), value */
    KR_AST_ALIAS,          /* alias: name (dotted, as one qstr "a.b.c"), asname (may be KR_QSTR_NULL) */
    KR_AST_WITHITEM,       /* withitem: context_expr, optional_vars (may be NULL) */
    KR_AST_NUM_KINDS
} kr_ast_kind_t;

typedef enum { KR_AST_CTX_LOAD, KR_AST_CTX_STORE, KR_AST_CTX_DEL } kr_ast_ctx_t;

struct _kr_ast_node_t {
    uint8_t kind;          /* kr_ast_kind_t */
    uint8_t ctx;           /* kr_ast_ctx_t for NAME, ATTRIBUTE, SUBSCRIPT, STARRED, LIST, TUPLE */
    uint8_t mangled;       /* NAME: id is a private name mangled with the class name */
    uint32_t line;         /* 1-based source line of the node's first token */
    uint32_t col;          /* 0-based column */
    union {
        struct { kr_ast_seq_t body; } module;
        struct { kr_ast_node_t *value; } expr;
        /* name as written (__name__), bind: the variable it is stored in (mangled if private) */
        struct { kr_qstr_t name, bind; kr_ast_node_t *args; kr_ast_seq_t body, decorators; bool is_async; } def;
        struct { kr_qstr_t name, bind; kr_ast_seq_t bases, keywords, body, decorators; } cls;
        struct { kr_ast_seq_t targets; } del;
        struct { kr_ast_seq_t targets; kr_ast_node_t *value; } assign;
        struct { kr_ast_node_t *target; int op; kr_ast_node_t *value; } aug;
        struct { kr_ast_node_t *target, *annotation, *value; bool simple; } ann;
        struct { kr_ast_node_t *target, *iter, *test; kr_ast_seq_t body, orelse; bool is_async; } loop;
        struct { kr_ast_node_t *test; kr_ast_seq_t body, orelse; } if_;
        struct { kr_ast_seq_t items, body; bool is_async; } with;
        struct { kr_ast_node_t *exc, *cause; } raise;
        struct { kr_ast_seq_t body, handlers, orelse, finalbody; } try_;
        struct { kr_ast_node_t *test, *msg; } assert_;
        struct { kr_qstr_t module; kr_ast_seq_t names; int level; } import;
        struct { size_t n; kr_qstr_t *names; } names;     /* GLOBAL, NONLOCAL */
        struct { bool is_or; kr_ast_seq_t values; } boolop;
        struct { kr_ast_node_t *target, *value; } named;
        struct { kr_ast_node_t *left; int op; kr_ast_node_t *right; } binop;
        struct { int op; kr_ast_node_t *operand; } unop;
        struct { kr_ast_node_t *args, *body; } lambda;
        struct { kr_ast_node_t *test, *body, *orelse; } ifexp;
        struct { kr_ast_seq_t keys, values; } dict;
        struct { kr_ast_seq_t elts; } seq;                 /* SET, LIST, TUPLE, JOINED_STR */
        struct { kr_ast_node_t *elt, *key; kr_ast_seq_t generators; } comp;
        struct { kr_ast_node_t *value; } value;            /* AWAIT, YIELD, YIELD_FROM, STARRED */
        struct { kr_ast_node_t *left; size_t n; int *ops; kr_ast_node_t **comparators; } compare;
        struct { kr_ast_node_t *func; kr_ast_seq_t args, keywords; } call;
        struct { kr_ast_node_t *value; int conversion; kr_ast_node_t *format_spec; } fvalue;
        struct { kr_obj_t value; } constant;
        struct { kr_ast_node_t *value; kr_qstr_t attr; } attr;
        struct { kr_ast_node_t *value, *slice; } subscr;
        struct { kr_qstr_t id; } name;
        struct { kr_ast_node_t *lower, *upper, *step; } slice;
        struct { kr_ast_node_t *target, *iter; kr_ast_seq_t ifs; bool is_async; } compfor;
        struct { kr_ast_node_t *type; kr_qstr_t name; kr_ast_seq_t body; } handler;
        /* posonlyargs, args: ARG nodes; defaults: for the last len(defaults) of
         * posonlyargs+args; kwonlyargs: ARG nodes; kw_defaults: same length as
         * kwonlyargs, NULL where none; vararg/kwarg: ARG or NULL */
        struct { kr_ast_seq_t posonlyargs, args, defaults, kwonlyargs, kw_defaults;
                 kr_ast_node_t *vararg, *kwarg; } arguments;
        struct { kr_qstr_t arg; } arg;
        struct { kr_qstr_t arg; kr_ast_node_t *value; } keyword;
        struct { kr_qstr_t name, asname; } alias;
        struct { kr_ast_node_t *context_expr, *optional_vars; } withitem;
    } u;
};

kr_ast_node_t *kr_ast_new(kr_ast_arena_t *a, kr_ast_kind_t kind, uint32_t line, uint32_t col);

/* ---- parser (parse.c) ----
 * Parse a whole source text. Raises SyntaxError / IndentationError with filename,
 * line, column and the source line text, as CPython 3.11 words them where practical
 * ("invalid syntax", "unexpected indent", "expected ':'", "unterminated string literal
 * (detected at line N)", "'(' was never closed", ...). The returned tree is in `arena`. */
kr_ast_node_t *kr_parse(kr_ast_arena_t *arena, const char *src, size_t len, kr_qstr_t filename,
                        kr_parse_mode_t mode);

/* ---- compiler (compile.c) ----
 * Compile a tree from kr_parse into a code object (kr_code_t). Raises SyntaxError for
 * semantic errors ("'return' outside function", "no binding for nonlocal 'x' found", ...). */
kr_obj_t kr_compile_ast(kr_ast_node_t *root, kr_qstr_t filename, kr_parse_mode_t mode);

#endif /* KRAIT_AST_H */
