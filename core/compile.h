/* compile.h: internal interfaces of the compiler (compile.c, compileexpr.c, scope.c,
 * emit.c): scopes and symbols, the per-code-object emitter unit, the compiler state. */
#ifndef KRAIT_COMPILE_H
#define KRAIT_COMPILE_H

#include "obj.h"
#include "ast.h"
#include "bytecode.h"

/* ---------------------------------------------------------------- scopes (scope.c) */

typedef enum {
    KR_SCOPE_MODULE,
    KR_SCOPE_FUNCTION,
    KR_SCOPE_LAMBDA,
    KR_SCOPE_COMP,        /* list/set/dict comprehension or generator expression */
    KR_SCOPE_CLASS,
} kr_scope_type_t;

/* symbol flags collected by the first pass */
#define KR_SYM_BOUND     (0x01)   /* assigned, imported, def/class name, del, for/with/except target */
#define KR_SYM_PARAM     (0x02)
#define KR_SYM_GLOBAL    (0x04)   /* declared global (or walrus in a module-level comprehension) */
#define KR_SYM_NONLOCAL  (0x08)   /* declared nonlocal (or walrus target in a comprehension) */
#define KR_SYM_USED      (0x10)
#define KR_SYM_ANNOT     (0x20)   /* annotated */
#define KR_SYM_PASS      (0x40)   /* class scope only: also has a free slot passing the name down */

/* how a name is accessed (second pass) */
typedef enum {
    KR_NAME_LOCAL,            /* LOAD_FAST slot */
    KR_NAME_CELL,             /* LOAD_DEREF slot (a local captured by an inner scope) */
    KR_NAME_FREE,             /* LOAD_DEREF slot (from the closure) */
    KR_NAME_GLOBAL_EXPLICIT,  /* LOAD_GLOBAL (declared global) */
    KR_NAME_GLOBAL_IMPLICIT,  /* LOAD_GLOBAL (function scope, not bound anywhere enclosing) */
    KR_NAME_NAME,             /* LOAD_NAME (module and class bodies) */
} kr_name_kind_t;

typedef struct _kr_scope_sym_t {
    kr_qstr_t name;
    uint16_t flags;           /* KR_SYM_* */
    uint8_t kind;             /* kr_name_kind_t */
    uint16_t slot;            /* LOCAL/CELL/FREE: the local slot */
    uint16_t cslot;           /* slot of the cell to hand to inner closures (CELL, FREE, class pass) */
    kr_ast_node_t *decl;      /* the nonlocal statement (for error messages) */
} kr_scope_sym_t;

typedef struct _kr_scope_t {
    uint8_t type;             /* kr_scope_type_t */
    bool is_generator;
    bool is_coroutine;
    bool needs_class_cell;    /* class scope: a method uses __class__ / super */
    bool has_class_cell_use;
    kr_ast_node_t *node;      /* the def/lambda/class/comprehension/module node */
    struct _kr_scope_t *parent;
    struct _kr_scope_t **children;
    size_t n_children, alloc_children;
    kr_scope_sym_t *syms;
    size_t n_syms, alloc_syms;
    kr_qstr_t name;           /* function/class name, <lambda>, <listcomp>.. */
    kr_qstr_t qualname;
    /* slot layout (after analysis) */
    uint16_t n_params;        /* pos + kwonly + *args + **kwargs */
    uint16_t n_locals;
    uint16_t n_free;
    uint16_t n_cells;
    uint16_t class_cell_slot; /* class scope with needs_class_cell */
} kr_scope_t;

struct _kr_compiler_t;
/* Build the scope tree of a module and resolve every name; raises SyntaxError. */
kr_scope_t *kr_scope_build(struct _kr_compiler_t *c, kr_ast_node_t *root);
kr_scope_t *kr_scope_child(kr_scope_t *parent, kr_ast_node_t *node);   /* the scope made by node */
kr_scope_sym_t *kr_scope_find(kr_scope_t *s, kr_qstr_t name);          /* NULL if none */
void kr_scope_free(kr_scope_t *s);
bool kr_scope_is_function(const kr_scope_t *s);   /* function, lambda or comprehension */

/* ---------------------------------------------------------------- emitter (emit.c) */

/* compile-time block (for break/continue/return unwinding) */
typedef enum {
    KR_FB_WHILE,          /* no stack */
    KR_FB_FOR,            /* iterator on the stack */
    KR_FB_TRY_EXCEPT,     /* body of try/except: SETUP_FINALLY block */
    KR_FB_FINALLY_TRY,    /* body of try/finally: SETUP_FINALLY block; run finalbody */
    KR_FB_FINALLY_END,    /* finally body on the exception path: [prev, exc], cleanup block */
    KR_FB_HANDLER,        /* except handler body: [prev], cleanup block */
    KR_FB_HANDLER_NAME,   /* except handler body with a name: block; clear the name */
    KR_FB_WITH,           /* with body: [exit], block */
    KR_FB_ASYNC_WITH,
    KR_FB_POP_VALUE,      /* a value to drop (return value inside an inlined finally) */
} kr_fblock_type_t;

typedef struct _kr_fblock_t {
    uint8_t type;
    int start_label;      /* loops: continue target */
    int end_label;        /* loops: break target */
    kr_ast_node_t *node;  /* FINALLY_TRY: the try node; HANDLER_NAME: the handler node */
} kr_fblock_t;

typedef struct _kr_unit_t {
    kr_scope_t *scope;
    struct _kr_unit_t *prev;
    uint8_t *code;
    size_t code_len, code_alloc;
    uint8_t *lines;
    size_t lines_len, lines_alloc;
    size_t last_line_offset;
    uint32_t last_line;
    uint32_t first_line;
    uint32_t cur_line;
    kr_obj_t *consts;
    size_t n_consts, alloc_consts;
    kr_obj_t *names;
    size_t n_names, alloc_names;
    int32_t *label_pos;          /* -1 until placed */
    int32_t *label_depth;        /* stack depth at the label, -1 unknown */
    int32_t *label_bdepth;
    size_t n_labels, alloc_labels;
    uint32_t *fixups;            /* pairs (operand offset, label) */
    size_t n_fixups, alloc_fixups;
    int depth, max_depth;
    int bdepth, max_bdepth;
    kr_fblock_t *fblocks;
    size_t n_fblocks, alloc_fblocks;
} kr_unit_t;

void kr_emit_unit_init(kr_unit_t *u, kr_scope_t *scope, uint32_t first_line);
void kr_emit_unit_free(kr_unit_t *u);
void kr_emit_op(kr_unit_t *u, kr_opcode_t op);
void kr_emit_op_arg(kr_unit_t *u, kr_opcode_t op, kr_int_t arg);   /* U or S operand */
void kr_emit_jump(kr_unit_t *u, kr_opcode_t op, int label);
int kr_emit_label_new(kr_unit_t *u);
void kr_emit_label_place(kr_unit_t *u, int label);
size_t kr_emit_const_index(kr_unit_t *u, kr_obj_t value);
size_t kr_emit_name_index(kr_unit_t *u, kr_qstr_t name);
void kr_emit_load_const(kr_unit_t *u, kr_obj_t value);   /* picks LOAD_NONE/SMALL_INT/... */
void kr_emit_fblock_push(kr_unit_t *u, kr_fblock_type_t type, int start, int end, kr_ast_node_t *node);
void kr_emit_fblock_pop(kr_unit_t *u);
/* Build the code object; raises SyntaxError "code too large". */
kr_obj_t kr_emit_finish(struct _kr_compiler_t *c, kr_unit_t *u);

/* ---------------------------------------------------------------- compiler (compile.c, compileexpr.c) */

typedef struct _kr_compiler_t {
    kr_qstr_t filename;
    const char *src;           /* source text for SyntaxError lines (may be NULL) */
    size_t src_len;
    kr_parse_mode_t mode;
    uint8_t opt_level;
    kr_scope_t *module_scope;
    kr_unit_t *u;              /* current unit */
    /* micropython.const() names at module level */
    kr_qstr_t *const_names;
    kr_obj_t *const_values;
    size_t n_const, alloc_const;
} kr_compiler_t;

/* raise SyntaxError(msg) at node's position */
_Noreturn void kr_compile_error(kr_compiler_t *c, kr_ast_node_t *node, const char *msg);
_Noreturn void kr_compile_error_fmt(kr_compiler_t *c, kr_ast_node_t *node, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *kr_compile_grow(void *ptr, size_t *alloc, size_t used, size_t elem, unsigned flags);
void kr_compile_set_line(kr_compiler_t *c, kr_ast_node_t *node);
void kr_compile_stmts(kr_compiler_t *c, kr_ast_seq_t *body);
void kr_compile_name_op(kr_compiler_t *c, kr_qstr_t name, int ctx, kr_ast_node_t *node);
/* make a function object of a child scope on the stack (defaults etc. already pushed) */
void kr_compile_make_closure(kr_compiler_t *c, kr_scope_t *child, kr_obj_t code, int flags);
kr_obj_t kr_compile_scope_code(kr_compiler_t *c, kr_scope_t *s);
/* kr_compile_ast with the source text (for SyntaxError lines) */
kr_obj_t kr_compile_ast_src(kr_ast_node_t *root, kr_qstr_t filename, kr_parse_mode_t mode,
                            const char *src, size_t src_len);
bool kr_compile_lookup_const(kr_compiler_t *c, kr_qstr_t name, kr_obj_t *value);

void kr_compileexpr_expr(kr_compiler_t *c, kr_ast_node_t *e);
void kr_compileexpr_store(kr_compiler_t *c, kr_ast_node_t *target);
void kr_compileexpr_delete(kr_compiler_t *c, kr_ast_node_t *target);
void kr_compileexpr_jump_if(kr_compiler_t *c, kr_ast_node_t *e, bool cond, int label);
/* emit the arguments and the call; the callable and n_pre positional args are on the stack */
void kr_compileexpr_call_body(kr_compiler_t *c, kr_ast_node_t *call, size_t n_pre);
void kr_compileexpr_comp_body(kr_compiler_t *c, kr_scope_t *s);
/* fold a constant expression (ints, const() names); true on success */
bool kr_compileexpr_fold(kr_compiler_t *c, kr_ast_node_t *e, kr_obj_t *out);
int kr_compileexpr_defaults(kr_compiler_t *c, kr_ast_node_t *args);

#endif /* KRAIT_COMPILE_H */
