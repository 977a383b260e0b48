/* compile.c: the compiler driver and statements: AST -> code objects (see bytecode.h),
 * with break/continue/return unwinding through loops, try/except/finally and with. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "compile.h"
#include "code.h"
#include "gc.h"
#include "state.h"

/* ---------------------------------------------------------------- errors */

_Noreturn void kr_compile_error(kr_compiler_t *c, kr_ast_node_t *node, const char *msg) {
    size_t line = node != NULL ? node->line : 1;
    size_t col = node != NULL ? node->col + 1 : 1;
    const char *text = NULL;
    size_t text_len = 0;
    if (c->src != NULL) {
        const char *p = c->src, *end = c->src + c->src_len;
        for (size_t l = 1; l < line && p < end; p++) {
            if (*p == '\n') {
                l++;
            }
        }
        const char *e = p;
        while (e < end && *e != '\n') {
            e++;
        }
        text = p;
        text_len = (size_t)(e - p);
    }
    kr_raise(kr_obj_new_syntax_error(&kr_type_SyntaxError, msg, c->filename, line, col, text, text_len));
}

_Noreturn void kr_compile_error_fmt(kr_compiler_t *c, kr_ast_node_t *node, const char *fmt, ...) {
    char buf[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    kr_compile_error(c, node, buf);
}

void kr_compile_set_line(kr_compiler_t *c, kr_ast_node_t *node) {
    if (node->line != 0) {
        c->u->cur_line = node->line;
    }
}

/* ---------------------------------------------------------------- names */

bool kr_compile_lookup_const(kr_compiler_t *c, kr_qstr_t name, kr_obj_t *value) {
    if (c->n_const == 0) {
        return false;
    }
    kr_scope_t *s = c->u->scope;
    kr_scope_sym_t *sym = kr_scope_find(s, name);
    if (sym != NULL && s->type != KR_SCOPE_MODULE && sym->kind != KR_NAME_GLOBAL_EXPLICIT
        && sym->kind != KR_NAME_GLOBAL_IMPLICIT) {
        return false;
    }
    for (size_t i = 0; i < c->n_const; i++) {
        if (c->const_names[i] == name) {
            *value = c->const_values[i];
            return true;
        }
    }
    return false;
}

static void add_const_name(kr_compiler_t *c, kr_qstr_t name, kr_obj_t value) {
    for (size_t i = 0; i < c->n_const; i++) {
        if (c->const_names[i] == name) {
            c->const_values[i] = value;
            return;
        }
    }
    size_t a = c->alloc_const;
    c->const_names = kr_compile_grow(c->const_names, &a, c->n_const, sizeof(kr_qstr_t), KR_GC_FLAG_ATOMIC);
    a = c->alloc_const;
    c->const_values = kr_compile_grow(c->const_values, &a, c->n_const, sizeof(kr_obj_t), 0);
    c->alloc_const = a;
    c->const_names[c->n_const] = name;
    c->const_values[c->n_const++] = value;
}

void kr_compile_name_op(kr_compiler_t *c, kr_qstr_t name, int ctx, kr_ast_node_t *node) {
    kr_unit_t *u = c->u;
    kr_scope_t *s = u->scope;
    if (ctx == KR_AST_CTX_LOAD && name == KR_QSTR___debug__) {
        kr_emit_op(u, c->opt_level == 0 ? KR_OP_LOAD_TRUE : KR_OP_LOAD_FALSE);
        return;
    }
    kr_scope_sym_t *sym = kr_scope_find(s, name);
    int kind = sym != NULL ? sym->kind : (kr_scope_is_function(s) ? KR_NAME_GLOBAL_IMPLICIT : KR_NAME_NAME);
    kr_obj_t cv;
    if (ctx == KR_AST_CTX_LOAD && kind != KR_NAME_LOCAL && kind != KR_NAME_CELL && kind != KR_NAME_FREE
        && kr_compile_lookup_const(c, name, &cv)) {
        kr_emit_load_const(u, cv);
        return;
    }
    static const uint8_t ops[4][3] = {
        { KR_OP_LOAD_FAST, KR_OP_STORE_FAST, KR_OP_DELETE_FAST },
        { KR_OP_LOAD_DEREF, KR_OP_STORE_DEREF, KR_OP_DELETE_DEREF },
        { KR_OP_LOAD_GLOBAL, KR_OP_STORE_GLOBAL, KR_OP_DELETE_GLOBAL },
        { KR_OP_LOAD_NAME, KR_OP_STORE_NAME, KR_OP_DELETE_NAME },
    };
    switch (kind) {
        case KR_NAME_LOCAL:
            kr_emit_op_arg(u, ops[0][ctx], sym->slot);
            break;
        case KR_NAME_CELL:
        case KR_NAME_FREE:
            kr_emit_op_arg(u, ops[1][ctx], sym->slot);
            break;
        case KR_NAME_GLOBAL_EXPLICIT:
        case KR_NAME_GLOBAL_IMPLICIT:
            kr_emit_op_arg(u, ops[2][ctx], (kr_int_t)kr_emit_name_index(u, name));
            break;
        default:
            kr_emit_op_arg(u, ops[3][ctx], (kr_int_t)kr_emit_name_index(u, name));
            break;
    }
}

/* ---------------------------------------------------------------- functions and classes */

static uint16_t closure_slot(kr_scope_t *parent, kr_qstr_t name) {
    if (parent->type == KR_SCOPE_CLASS && name == KR_QSTR___class__ && parent->needs_class_cell) {
        kr_scope_sym_t *sym = kr_scope_find(parent, name);
        if (sym == NULL || !(sym->kind == KR_NAME_FREE || (sym->flags & KR_SYM_PASS))) {
            return parent->class_cell_slot;
        }
    }
    kr_scope_sym_t *sym = kr_scope_find(parent, name);
    return sym != NULL ? sym->cslot : 0;
}

void kr_compile_make_closure(kr_compiler_t *c, kr_scope_t *child, kr_obj_t code, int flags) {
    kr_unit_t *u = c->u;
    if (child->n_free > 0) {
        for (size_t i = 0; i < child->n_syms; i++) {
            kr_scope_sym_t *sym = &child->syms[i];
            bool is_free = sym->kind == KR_NAME_FREE
                || (child->type == KR_SCOPE_CLASS && (sym->flags & KR_SYM_PASS));
            if (is_free) {
                kr_emit_op_arg(u, KR_OP_LOAD_CLOSURE, closure_slot(u->scope, sym->name));
            }
        }
        kr_emit_op_arg(u, KR_OP_BUILD_TUPLE, child->n_free);
        flags |= 8;
    }
    kr_emit_op_arg(u, KR_OP_LOAD_CONST, (kr_int_t)kr_emit_const_index(u, code));
    kr_emit_op_arg(u, KR_OP_MAKE_FUNCTION, flags);
}

static bool is_docstring(kr_ast_seq_t *body) {
    if (body->n == 0) {
        return false;
    }
    kr_ast_node_t *st = body->items[0];
    return st->kind == KR_AST_EXPR && st->u.expr.value->kind == KR_AST_CONSTANT
        && kr_obj_is_str(st->u.expr.value->u.constant.value);
}

/* does a body (not looking into nested scopes) contain simple annotations? */
static bool find_annotations(kr_ast_seq_t *body) {
    for (size_t i = 0; i < body->n; i++) {
        kr_ast_node_t *st = body->items[i];
        switch (st->kind) {
            case KR_AST_ANN_ASSIGN:
                if (st->u.ann.simple && st->u.ann.target->kind == KR_AST_NAME) {
                    return true;
                }
                break;
            case KR_AST_FOR:
            case KR_AST_WHILE:
                if (find_annotations(&st->u.loop.body) || find_annotations(&st->u.loop.orelse)) {
                    return true;
                }
                break;
            case KR_AST_IF:
                if (find_annotations(&st->u.if_.body) || find_annotations(&st->u.if_.orelse)) {
                    return true;
                }
                break;
            case KR_AST_WITH:
                if (find_annotations(&st->u.with.body)) {
                    return true;
                }
                break;
            case KR_AST_TRY:
                if (find_annotations(&st->u.try_.body) || find_annotations(&st->u.try_.orelse)
                    || find_annotations(&st->u.try_.finalbody)) {
                    return true;
                }
                for (size_t j = 0; j < st->u.try_.handlers.n; j++) {
                    if (find_annotations(&st->u.try_.handlers.items[j]->u.handler.body)) {
                        return true;
                    }
                }
                break;
            default:
                break;
        }
    }
    return false;
}

static void setup_annotations(kr_compiler_t *c, kr_ast_seq_t *body) {
    if (find_annotations(body)) {
        kr_emit_op_arg(c->u, KR_OP_BUILD_MAP, 0);
        kr_compile_name_op(c, KR_QSTR___annotations__, KR_AST_CTX_STORE, NULL);
    }
}

static uint32_t def_first_line(kr_ast_node_t *node) {
    kr_ast_seq_t *decos = NULL;
    if (node->kind == KR_AST_FUNCTION_DEF) {
        decos = &node->u.def.decorators;
    } else if (node->kind == KR_AST_CLASS_DEF) {
        decos = &node->u.cls.decorators;
    }
    if (decos != NULL && decos->n > 0 && decos->items[0]->line < node->line) {
        return decos->items[0]->line;
    }
    return node->line ? node->line : 1;
}

kr_obj_t kr_compile_scope_code(kr_compiler_t *c, kr_scope_t *s) {
    kr_unit_t unit;
    kr_ast_node_t *node = s->node;
    kr_emit_unit_init(&unit, s, s->type == KR_SCOPE_MODULE ? 1 : def_first_line(node));
    unit.prev = c->u;
    c->u = &unit;
    kr_unit_t *u = &unit;
    uint16_t extra_flags = 0;
    switch (s->type) {
        case KR_SCOPE_MODULE:
            if (node->kind == KR_AST_EXPRESSION) {
                kr_compileexpr_expr(c, node->u.expr.value);
                kr_emit_op(u, KR_OP_RETURN_VALUE);
                break;
            }
            if (node->kind == KR_AST_MODULE && c->mode != KR_PARSE_SINGLE && is_docstring(&node->u.module.body)) {
                kr_ast_node_t *doc = node->u.module.body.items[0];
                kr_compile_set_line(c, doc);
                kr_compileexpr_expr(c, doc->u.expr.value);
                kr_compile_name_op(c, KR_QSTR___doc__, KR_AST_CTX_STORE, doc);
            }
            setup_annotations(c, &node->u.module.body);
            kr_compile_stmts(c, &node->u.module.body);
            kr_emit_op(u, KR_OP_LOAD_NONE);
            kr_emit_op(u, KR_OP_RETURN_VALUE);
            break;
        case KR_SCOPE_FUNCTION:
            if (is_docstring(&node->u.def.body)) {
                kr_emit_const_index(u, node->u.def.body.items[0]->u.expr.value->u.constant.value);
                extra_flags |= KR_CODE_FLAG_HAS_DOC;
            }
            if (s->qualname != s->name) {
                kr_emit_const_index(u, KR_NEW_QSTR(s->qualname));
                extra_flags |= KR_CODE_FLAG_HAS_QUALNAME;
            }
            kr_compile_stmts(c, &node->u.def.body);
            kr_emit_op(u, KR_OP_LOAD_NONE);
            kr_emit_op(u, KR_OP_RETURN_VALUE);
            break;
        case KR_SCOPE_LAMBDA:
            if (s->qualname != s->name) {
                kr_emit_const_index(u, KR_NEW_QSTR(s->qualname));
                extra_flags |= KR_CODE_FLAG_HAS_QUALNAME;
            }
            kr_compileexpr_expr(c, node->u.lambda.body);
            if (s->is_generator) {
                kr_emit_op(u, KR_OP_POP_TOP);
                kr_emit_op(u, KR_OP_LOAD_NONE);
            }
            kr_emit_op(u, KR_OP_RETURN_VALUE);
            break;
        case KR_SCOPE_COMP:
            kr_compileexpr_comp_body(c, s);
            break;
        case KR_SCOPE_CLASS: {
            kr_compile_name_op(c, KR_QSTR___name__, KR_AST_CTX_LOAD, node);
            kr_compile_name_op(c, KR_QSTR___module__, KR_AST_CTX_STORE, node);
            kr_emit_load_const(u, KR_NEW_QSTR(s->qualname));
            kr_compile_name_op(c, KR_QSTR___qualname__, KR_AST_CTX_STORE, node);
            if (is_docstring(&node->u.cls.body)) {
                kr_ast_node_t *doc = node->u.cls.body.items[0];
                kr_compile_set_line(c, doc);
                kr_compileexpr_expr(c, doc->u.expr.value);
                kr_compile_name_op(c, KR_QSTR___doc__, KR_AST_CTX_STORE, doc);
            }
            setup_annotations(c, &node->u.cls.body);
            kr_compile_stmts(c, &node->u.cls.body);
            if (s->needs_class_cell) {
                kr_emit_op_arg(u, KR_OP_LOAD_CLOSURE, s->class_cell_slot);
            } else {
                kr_emit_op(u, KR_OP_LOAD_NONE);
            }
            kr_emit_op(u, KR_OP_RETURN_VALUE);
            break;
        }
    }
    kr_obj_t code = kr_emit_finish(c, u);
    ((kr_code_t *)KR_OBJ_TO_PTR(code))->flags |= extra_flags;
    c->u = unit.prev;
    kr_emit_unit_free(&unit);
    return code;
}

static void compile_funcdef(kr_compiler_t *c, kr_ast_node_t *st) {
    kr_unit_t *u = c->u;
    kr_scope_t *child = kr_scope_child(u->scope, st);
    for (size_t i = 0; i < st->u.def.decorators.n; i++) {
        kr_compileexpr_expr(c, st->u.def.decorators.items[i]);
    }
    kr_compile_set_line(c, st);
    int flags = kr_compileexpr_defaults(c, st->u.def.args);
    kr_obj_t code = kr_compile_scope_code(c, child);
    kr_compile_set_line(c, st);
    kr_compile_make_closure(c, child, code, flags);
    for (size_t i = st->u.def.decorators.n; i > 0; i--) {
        kr_compile_set_line(c, st->u.def.decorators.items[i - 1]);
        kr_emit_op_arg(u, KR_OP_CALL_FUNCTION, 1);
    }
    kr_compile_name_op(c, st->u.def.bind, KR_AST_CTX_STORE, st);
}

static void compile_classdef(kr_compiler_t *c, kr_ast_node_t *st) {
    kr_unit_t *u = c->u;
    kr_scope_t *child = kr_scope_child(u->scope, st);
    for (size_t i = 0; i < st->u.cls.decorators.n; i++) {
        kr_compileexpr_expr(c, st->u.cls.decorators.items[i]);
    }
    kr_compile_set_line(c, st);
    kr_emit_op(u, KR_OP_LOAD_BUILD_CLASS);
    kr_obj_t code = kr_compile_scope_code(c, child);
    kr_compile_set_line(c, st);
    kr_compile_make_closure(c, child, code, 0);
    kr_emit_load_const(u, KR_NEW_QSTR(st->u.cls.name));
    /* reuse the call machinery: (body_fn, name, *bases, **keywords) */
    kr_ast_node_t call;
    memset(&call, 0, sizeof(call));
    call.kind = KR_AST_CALL;
    call.line = st->line;
    call.col = st->col;
    call.u.call.func = NULL;
    call.u.call.args = st->u.cls.bases;
    call.u.call.keywords = st->u.cls.keywords;
    kr_compileexpr_call_body(c, &call, 2);
    for (size_t i = st->u.cls.decorators.n; i > 0; i--) {
        kr_compile_set_line(c, st->u.cls.decorators.items[i - 1]);
        kr_emit_op_arg(u, KR_OP_CALL_FUNCTION, 1);
    }
    kr_compile_name_op(c, st->u.cls.bind, KR_AST_CTX_STORE, st);
}

/* ---------------------------------------------------------------- unwinding */

static void emit_exit_call(kr_compiler_t *c, bool is_async) {
    kr_unit_t *u = c->u;
    kr_emit_op(u, KR_OP_LOAD_NONE);
    kr_emit_op(u, KR_OP_LOAD_NONE);
    kr_emit_op(u, KR_OP_LOAD_NONE);
    kr_emit_op_arg(u, KR_OP_CALL_FUNCTION, 3);
    if (is_async) {
        kr_emit_op(u, KR_OP_GET_AWAITABLE);
        kr_emit_op(u, KR_OP_LOAD_NONE);
        kr_emit_op(u, KR_OP_YIELD_FROM);
    }
    kr_emit_op(u, KR_OP_POP_TOP);
}

static void clear_handler_name(kr_compiler_t *c, kr_ast_node_t *h) {
    kr_emit_op(c->u, KR_OP_LOAD_NONE);
    kr_compile_name_op(c, h->u.handler.name, KR_AST_CTX_STORE, h);
    kr_compile_name_op(c, h->u.handler.name, KR_AST_CTX_DEL, h);
}

/* Emit the code leaving fblock index i (which is on the unit's block stack). */
static void unwind_fblock(kr_compiler_t *c, size_t i, bool preserve) {
    kr_unit_t *u = c->u;
    kr_fblock_t fb = u->fblocks[i];
    switch (fb.type) {
        case KR_FB_WHILE:
            break;
        case KR_FB_FOR:
            if (preserve) {
                kr_emit_op(u, KR_OP_ROT_TWO);
            }
            kr_emit_op(u, KR_OP_POP_TOP);
            break;
        case KR_FB_TRY_EXCEPT:
            kr_emit_op(u, KR_OP_POP_BLOCK);
            break;
        case KR_FB_FINALLY_TRY: {
            kr_emit_op(u, KR_OP_POP_BLOCK);
            /* run the finally body with only the outer blocks active */
            size_t saved_n = u->n_fblocks;
            size_t n_save = saved_n - i;
            kr_fblock_t *save = kr_gc_alloc(n_save * sizeof(kr_fblock_t), 0);
            memcpy(save, &u->fblocks[i], n_save * sizeof(kr_fblock_t));
            u->n_fblocks = i;
            uint32_t line = u->cur_line;
            if (preserve) {
                kr_emit_fblock_push(u, KR_FB_POP_VALUE, -1, -1, NULL);
            }
            kr_compile_stmts(c, &fb.node->u.try_.finalbody);
            u->n_fblocks = i;
            u->fblocks = kr_compile_grow(u->fblocks, &u->alloc_fblocks, saved_n, sizeof(kr_fblock_t), 0);
            memcpy(&u->fblocks[i], save, n_save * sizeof(kr_fblock_t));
            u->n_fblocks = saved_n;
            kr_gc_free(save);
            u->cur_line = line;
            break;
        }
        case KR_FB_FINALLY_END:
            kr_emit_op(u, KR_OP_POP_BLOCK);
            if (preserve) {
                kr_emit_op(u, KR_OP_ROT_THREE);
            }
            kr_emit_op(u, KR_OP_POP_TOP);
            kr_emit_op(u, KR_OP_POP_EXCEPT);
            break;
        case KR_FB_HANDLER:
            kr_emit_op(u, KR_OP_POP_BLOCK);
            if (preserve) {
                kr_emit_op(u, KR_OP_ROT_TWO);
            }
            kr_emit_op(u, KR_OP_POP_EXCEPT);
            break;
        case KR_FB_HANDLER_NAME:
            kr_emit_op(u, KR_OP_POP_BLOCK);
            clear_handler_name(c, fb.node);
            break;
        case KR_FB_WITH:
        case KR_FB_ASYNC_WITH:
            kr_emit_op(u, KR_OP_POP_BLOCK);
            if (preserve) {
                kr_emit_op(u, KR_OP_ROT_TWO);
            }
            emit_exit_call(c, fb.type == KR_FB_ASYNC_WITH);
            break;
        case KR_FB_POP_VALUE:
            if (preserve) {
                kr_emit_op(u, KR_OP_ROT_TWO);
            }
            kr_emit_op(u, KR_OP_POP_TOP);
            break;
    }
}

/* Unwind blocks down to (not including) the innermost loop, or all of them when
 * to_loop is false. Returns the loop's index, or -1. */
static long unwind_to(kr_compiler_t *c, bool to_loop, bool preserve) {
    kr_unit_t *u = c->u;
    for (size_t i = u->n_fblocks; i > 0; i--) {
        kr_fblock_t *fb = &u->fblocks[i - 1];
        if (to_loop && (fb->type == KR_FB_WHILE || fb->type == KR_FB_FOR)) {
            return (long)(i - 1);
        }
        unwind_fblock(c, i - 1, preserve);
    }
    return -1;
}

static bool has_loop(kr_unit_t *u) {
    for (size_t i = 0; i < u->n_fblocks; i++) {
        if (u->fblocks[i].type == KR_FB_WHILE || u->fblocks[i].type == KR_FB_FOR) {
            return true;
        }
    }
    return false;
}

static void compile_break_continue(kr_compiler_t *c, kr_ast_node_t *st, bool is_break) {
    kr_unit_t *u = c->u;
    if (!has_loop(u)) {
        kr_compile_error(c, st, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    }
    int depth = u->depth, bdepth = u->bdepth;
    long li = unwind_to(c, true, false);
    kr_fblock_t loop = u->fblocks[li];
    if (is_break) {
        unwind_fblock(c, (size_t)li, false);
        kr_emit_jump(u, KR_OP_JUMP, loop.end_label);
    } else {
        kr_emit_jump(u, KR_OP_JUMP, loop.start_label);
    }
    u->depth = depth;
    u->bdepth = bdepth;
}

static bool is_const_node(kr_ast_node_t *e) {
    return e == NULL || e->kind == KR_AST_CONSTANT;
}

static void compile_return(kr_compiler_t *c, kr_ast_node_t *st) {
    kr_unit_t *u = c->u;
    kr_scope_t *s = u->scope;
    if (s->type != KR_SCOPE_FUNCTION) {
        kr_compile_error(c, st, "'return' outside function");
    }
    kr_ast_node_t *v = st->u.expr.value;
    if (v != NULL && s->is_generator && s->is_coroutine) {
        kr_compile_error(c, st, "'return' with value in async generator");
    }
    int depth = u->depth, bdepth = u->bdepth;
    if (is_const_node(v)) {
        unwind_to(c, false, false);
        kr_compile_set_line(c, st);
        kr_emit_load_const(u, v == NULL ? KR_OBJ_NONE : v->u.constant.value);
    } else {
        kr_compileexpr_expr(c, v);
        unwind_to(c, false, true);
    }
    kr_compile_set_line(c, st);
    kr_emit_op(u, KR_OP_RETURN_VALUE);
    u->depth = depth;
    u->bdepth = bdepth;
}

/* ---------------------------------------------------------------- loops and conditionals */

static bool const_truth(kr_compiler_t *c, kr_ast_node_t *e, bool *truth) {
    if (e->kind == KR_AST_CONSTANT) {
        kr_obj_t v = e->u.constant.value;
        if (v == KR_OBJ_NONE || v == KR_OBJ_FALSE) {
            *truth = false;
        } else if (v == KR_OBJ_TRUE || v == KR_OBJ_ELLIPSIS) {
            *truth = true;
        } else if (KR_IS_SMALL_INT(v)) {
            *truth = KR_SMALL_INT_VALUE(v) != 0;
        } else if (kr_obj_is_str_or_bytes(v)) {
            size_t len;
            kr_obj_str_get_data(v, &len);
            *truth = len != 0;
        } else {
            return false;
        }
        return true;
    }
    if (e->kind == KR_AST_NAME && e->ctx == KR_AST_CTX_LOAD && e->u.name.id == KR_QSTR___debug__) {
        *truth = c->opt_level == 0;
        return true;
    }
    return false;
}

static void compile_if(kr_compiler_t *c, kr_ast_node_t *st) {
    kr_unit_t *u = c->u;
    bool truth;
    if (const_truth(c, st->u.if_.test, &truth)) {
        kr_compile_stmts(c, truth ? &st->u.if_.body : &st->u.if_.orelse);
        return;
    }
    int l_else = kr_emit_label_new(u);
    kr_compileexpr_jump_if(c, st->u.if_.test, false, l_else);
    kr_compile_stmts(c, &st->u.if_.body);
    if (st->u.if_.orelse.n > 0) {
        int l_end = kr_emit_label_new(u);
        kr_emit_jump(u, KR_OP_JUMP, l_end);
        kr_emit_label_place(u, l_else);
        kr_compile_stmts(c, &st->u.if_.orelse);
        kr_emit_label_place(u, l_end);
    } else {
        kr_emit_label_place(u, l_else);
    }
}

static void compile_while(kr_compiler_t *c, kr_ast_node_t *st) {
    kr_unit_t *u = c->u;
    kr_ast_node_t *test = st->u.loop.test;
    int l_end = kr_emit_label_new(u);
    int l_else = kr_emit_label_new(u);
    bool truth;
    if (const_truth(c, test, &truth)) {
        if (!truth) {
            kr_compile_stmts(c, &st->u.loop.orelse);
            return;
        }
        int l_start = kr_emit_label_new(u);
        kr_emit_label_place(u, l_start);
        kr_emit_fblock_push(u, KR_FB_WHILE, l_start, l_end, st);
        kr_compile_stmts(c, &st->u.loop.body);
        kr_emit_fblock_pop(u);
        kr_emit_jump(u, KR_OP_JUMP, l_start);
    } else {
        int l_body = kr_emit_label_new(u);
        int l_cont = kr_emit_label_new(u);
        kr_compileexpr_jump_if(c, test, false, l_else);
        kr_emit_label_place(u, l_body);
        kr_emit_fblock_push(u, KR_FB_WHILE, l_cont, l_end, st);
        kr_compile_stmts(c, &st->u.loop.body);
        kr_emit_fblock_pop(u);
        kr_emit_label_place(u, l_cont);
        kr_compile_set_line(c, st);
        kr_compileexpr_jump_if(c, test, true, l_body);
    }
    kr_emit_label_place(u, l_else);
    kr_compile_stmts(c, &st->u.loop.orelse);
    kr_emit_label_place(u, l_end);
}

static void compile_for(kr_compiler_t *c, kr_ast_node_t *st) {
    kr_unit_t *u = c->u;
    int l_start = kr_emit_label_new(u);
    int l_else = kr_emit_label_new(u);
    int l_end = kr_emit_label_new(u);
    kr_compileexpr_expr(c, st->u.loop.iter);
    kr_compile_set_line(c, st);
    if (st->u.loop.is_async) {
        int l_except = kr_emit_label_new(u);
        kr_emit_op(u, KR_OP_GET_AITER);
        kr_emit_label_place(u, l_start);
        kr_emit_jump(u, KR_OP_SETUP_FINALLY, l_except);
        kr_emit_op(u, KR_OP_GET_ANEXT);
        kr_emit_op(u, KR_OP_LOAD_NONE);
        kr_emit_op(u, KR_OP_YIELD_FROM);
        kr_emit_op(u, KR_OP_POP_BLOCK);
        kr_compileexpr_store(c, st->u.loop.target);
        kr_emit_fblock_push(u, KR_FB_FOR, l_start, l_end, st);
        kr_compile_stmts(c, &st->u.loop.body);
        kr_emit_fblock_pop(u);
        kr_emit_jump(u, KR_OP_JUMP, l_start);
        kr_emit_label_place(u, l_except);
        kr_compile_set_line(c, st);
        kr_emit_op(u, KR_OP_END_ASYNC_FOR);
        kr_emit_label_place(u, l_else);
    } else {
        kr_emit_op(u, KR_OP_GET_ITER);
        kr_emit_label_place(u, l_start);
        kr_compile_set_line(c, st);
        kr_emit_jump(u, KR_OP_FOR_ITER, l_else);
        kr_compileexpr_store(c, st->u.loop.target);
        kr_emit_fblock_push(u, KR_FB_FOR, l_start, l_end, st);
        kr_compile_stmts(c, &st->u.loop.body);
        kr_emit_fblock_pop(u);
        kr_emit_jump(u, KR_OP_JUMP, l_start);
        kr_emit_label_place(u, l_else);
    }
    kr_compile_stmts(c, &st->u.loop.orelse);
    kr_emit_label_place(u, l_end);
}

/* ---------------------------------------------------------------- try and with */

/* The exception path ends here: [prev, exc] -> restore prev, re-raise exc */
static void emit_cleanup_reraise(kr_unit_t *u) {
    kr_emit_op(u, KR_OP_ROT_TWO);
    kr_emit_op(u, KR_OP_POP_EXCEPT);
    kr_emit_op(u, KR_OP_RERAISE);
}

static void compile_try_except(kr_compiler_t *c, kr_ast_node_t *st) {
    kr_unit_t *u = c->u;
    int l_handler = kr_emit_label_new(u);
    int l_cleanup = kr_emit_label_new(u);
    int l_end = kr_emit_label_new(u);
    kr_emit_jump(u, KR_OP_SETUP_FINALLY, l_handler);
    kr_emit_fblock_push(u, KR_FB_TRY_EXCEPT, -1, -1, st);
    kr_compile_stmts(c, &st->u.try_.body);
    kr_emit_fblock_pop(u);
    kr_emit_op(u, KR_OP_POP_BLOCK);
    kr_compile_stmts(c, &st->u.try_.orelse);
    kr_emit_jump(u, KR_OP_JUMP, l_end);

    /* [exc] */
    kr_emit_label_place(u, l_handler);
    kr_compile_set_line(c, st->u.try_.handlers.items[0]);
    kr_emit_jump(u, KR_OP_SETUP_FINALLY, l_cleanup);
    kr_emit_op(u, KR_OP_PUSH_EXC_INFO);
    bool bare = false;
    for (size_t i = 0; i < st->u.try_.handlers.n; i++) {
        kr_ast_node_t *h = st->u.try_.handlers.items[i];
        kr_compile_set_line(c, h);
        if (h->u.handler.type == NULL && i + 1 < st->u.try_.handlers.n) {
            kr_compile_error(c, h, "default 'except:' must be last");
        }
        int l_next = kr_emit_label_new(u);
        /* [prev, exc] */
        if (h->u.handler.type != NULL) {
            kr_emit_op(u, KR_OP_DUP_TOP);
            kr_compileexpr_expr(c, h->u.handler.type);
            kr_compile_set_line(c, h);
            kr_emit_jump(u, KR_OP_JUMP_IF_NOT_EXC_MATCH, l_next);
        } else {
            bare = true;
        }
        if (h->u.handler.name != KR_QSTR_NULL) {
            int l_name_cleanup = kr_emit_label_new(u);
            kr_compile_name_op(c, h->u.handler.name, KR_AST_CTX_STORE, h);
            /* [prev] */
            kr_emit_jump(u, KR_OP_SETUP_FINALLY, l_name_cleanup);
            kr_emit_fblock_push(u, KR_FB_HANDLER, -1, -1, h);
            kr_emit_fblock_push(u, KR_FB_HANDLER_NAME, -1, -1, h);
            kr_compile_stmts(c, &h->u.handler.body);
            kr_emit_fblock_pop(u);
            kr_emit_fblock_pop(u);
            kr_emit_op(u, KR_OP_POP_BLOCK);
            clear_handler_name(c, h);
            kr_emit_op(u, KR_OP_POP_BLOCK);
            kr_emit_op(u, KR_OP_POP_EXCEPT);
            kr_emit_jump(u, KR_OP_JUMP, l_end);
            /* [prev, exc2] */
            kr_emit_label_place(u, l_name_cleanup);
            clear_handler_name(c, h);
            kr_emit_op(u, KR_OP_RERAISE);
        } else {
            kr_emit_op(u, KR_OP_POP_TOP);
            kr_emit_fblock_push(u, KR_FB_HANDLER, -1, -1, h);
            kr_compile_stmts(c, &h->u.handler.body);
            kr_emit_fblock_pop(u);
            kr_emit_op(u, KR_OP_POP_BLOCK);
            kr_emit_op(u, KR_OP_POP_EXCEPT);
            kr_emit_jump(u, KR_OP_JUMP, l_end);
        }
        kr_emit_label_place(u, l_next);
    }
    if (!bare) {
        /* no handler matched: [prev, exc] */
        kr_emit_op(u, KR_OP_RERAISE);
    }
    /* [prev, exc2] */
    kr_emit_label_place(u, l_cleanup);
    emit_cleanup_reraise(u);
    kr_emit_label_place(u, l_end);
}

static void compile_try_finally(kr_compiler_t *c, kr_ast_node_t *st) {
    kr_unit_t *u = c->u;
    int l_finally = kr_emit_label_new(u);
    int l_cleanup = kr_emit_label_new(u);
    int l_end = kr_emit_label_new(u);
    kr_emit_jump(u, KR_OP_SETUP_FINALLY, l_finally);
    kr_emit_fblock_push(u, KR_FB_FINALLY_TRY, -1, -1, st);
    if (st->u.try_.handlers.n > 0) {
        compile_try_except(c, st);
    } else {
        kr_compile_stmts(c, &st->u.try_.body);
    }
    kr_emit_fblock_pop(u);
    kr_emit_op(u, KR_OP_POP_BLOCK);
    kr_compile_stmts(c, &st->u.try_.finalbody);
    kr_emit_jump(u, KR_OP_JUMP, l_end);

    /* [exc] */
    kr_emit_label_place(u, l_finally);
    kr_emit_jump(u, KR_OP_SETUP_FINALLY, l_cleanup);
    kr_emit_op(u, KR_OP_PUSH_EXC_INFO);
    /* [prev, exc] */
    kr_emit_fblock_push(u, KR_FB_FINALLY_END, -1, -1, st);
    kr_compile_stmts(c, &st->u.try_.finalbody);
    kr_emit_fblock_pop(u);
    kr_emit_op(u, KR_OP_POP_BLOCK);
    kr_emit_label_place(u, l_cleanup);
    emit_cleanup_reraise(u);
    kr_emit_label_place(u, l_end);
}

static void compile_with(kr_compiler_t *c, kr_ast_node_t *st, size_t item) {
    kr_unit_t *u = c->u;
    bool is_async = st->u.with.is_async;
    kr_ast_node_t *it = st->u.with.items.items[item];
    int l_exc = kr_emit_label_new(u);
    int l_cleanup = kr_emit_label_new(u);
    int l_suppress = kr_emit_label_new(u);
    int l_end = kr_emit_label_new(u);
    kr_compileexpr_expr(c, it->u.withitem.context_expr);
    kr_compile_set_line(c, it);
    if (is_async) {
        kr_emit_op(u, KR_OP_BEFORE_ASYNC_WITH);
        kr_emit_op(u, KR_OP_LOAD_NONE);
        kr_emit_op(u, KR_OP_YIELD_FROM);
    } else {
        kr_emit_op(u, KR_OP_BEFORE_WITH);
    }
    /* [exit, value] */
    if (it->u.withitem.optional_vars != NULL) {
        kr_compileexpr_store(c, it->u.withitem.optional_vars);
    } else {
        kr_emit_op(u, KR_OP_POP_TOP);
    }
    /* [exit] */
    kr_emit_jump(u, KR_OP_SETUP_FINALLY, l_exc);
    kr_emit_fblock_push(u, is_async ? KR_FB_ASYNC_WITH : KR_FB_WITH, -1, -1, st);
    if (item + 1 < st->u.with.items.n) {
        compile_with(c, st, item + 1);
    } else {
        kr_compile_stmts(c, &st->u.with.body);
    }
    kr_emit_fblock_pop(u);
    kr_emit_op(u, KR_OP_POP_BLOCK);
    kr_compile_set_line(c, it);
    emit_exit_call(c, is_async);
    kr_emit_jump(u, KR_OP_JUMP, l_end);

    /* [exit, exc] */
    kr_emit_label_place(u, l_exc);
    kr_compile_set_line(c, it);
    kr_emit_jump(u, KR_OP_SETUP_FINALLY, l_cleanup);
    kr_emit_op(u, KR_OP_PUSH_EXC_INFO);
    /* [exit, prev, exc] */
    kr_emit_op(u, KR_OP_WITH_EXCEPT_START);
    if (is_async) {
        kr_emit_op(u, KR_OP_GET_AWAITABLE);
        kr_emit_op(u, KR_OP_LOAD_NONE);
        kr_emit_op(u, KR_OP_YIELD_FROM);
    }
    kr_emit_jump(u, KR_OP_POP_JUMP_IF_TRUE, l_suppress);
    kr_emit_op(u, KR_OP_RERAISE);
    /* [exit, prev, exc2] */
    kr_emit_label_place(u, l_cleanup);
    emit_cleanup_reraise(u);
    /* [exit, prev, exc] */
    kr_emit_label_place(u, l_suppress);
    kr_emit_op(u, KR_OP_POP_BLOCK);
    kr_emit_op(u, KR_OP_POP_TOP);
    kr_emit_op(u, KR_OP_POP_EXCEPT);
    kr_emit_op(u, KR_OP_POP_TOP);
    kr_emit_label_place(u, l_end);
}

/* ---------------------------------------------------------------- imports */

static void compile_import(kr_compiler_t *c, kr_ast_node_t *st) {
    kr_unit_t *u = c->u;
    for (size_t i = 0; i < st->u.import.names.n; i++) {
        kr_ast_node_t *a = st->u.import.names.items[i];
        kr_qstr_t name = a->u.alias.name;
        kr_emit_op_arg(u, KR_OP_LOAD_SMALL_INT, 0);
        kr_emit_op(u, KR_OP_LOAD_NONE);
        kr_emit_op_arg(u, KR_OP_IMPORT_NAME, (kr_int_t)kr_emit_name_index(u, name));
        size_t len;
        const char *d = kr_qstr_data(name, &len);
        const char *dot = memchr(d, '.', len);
        if (a->u.alias.asname == KR_QSTR_NULL) {
            kr_qstr_t first = dot == NULL ? name : kr_qstr_from_strn(d, (size_t)(dot - d));
            kr_compile_name_op(c, first, KR_AST_CTX_STORE, st);
        } else if (dot == NULL) {
            kr_compile_name_op(c, a->u.alias.asname, KR_AST_CTX_STORE, st);
        } else {
            /* import a.b.c as d: walk the attributes from the top package */
            const char *p = dot + 1, *end = d + len;
            while (true) {
                const char *q = memchr(p, '.', (size_t)(end - p));
                kr_qstr_t part = kr_qstr_from_strn(p, (size_t)((q ? q : end) - p));
                kr_emit_op_arg(u, KR_OP_IMPORT_FROM, (kr_int_t)kr_emit_name_index(u, part));
                if (q == NULL) {
                    break;
                }
                kr_emit_op(u, KR_OP_ROT_TWO);
                kr_emit_op(u, KR_OP_POP_TOP);
                p = q + 1;
            }
            kr_compile_name_op(c, a->u.alias.asname, KR_AST_CTX_STORE, st);
            kr_emit_op(u, KR_OP_POP_TOP);
        }
    }
}

static void compile_import_from(kr_compiler_t *c, kr_ast_node_t *st) {
    kr_unit_t *u = c->u;
    size_t n = st->u.import.names.n;
    kr_obj_t fromlist = kr_obj_new_tuple(n, NULL);
    kr_obj_tuple_t *t = KR_OBJ_TO_PTR(fromlist);
    bool star = false;
    for (size_t i = 0; i < n; i++) {
        kr_ast_node_t *a = st->u.import.names.items[i];
        t->items[i] = KR_NEW_QSTR(a->u.alias.name);
        if (a->u.alias.name == KR_QSTR_star) {
            star = true;
        }
    }
    kr_emit_op_arg(u, KR_OP_LOAD_SMALL_INT, st->u.import.level);
    kr_emit_op_arg(u, KR_OP_LOAD_CONST, (kr_int_t)kr_emit_const_index(u, fromlist));
    kr_qstr_t mod = st->u.import.module == KR_QSTR_NULL ? KR_QSTR_empty : st->u.import.module;
    kr_emit_op_arg(u, KR_OP_IMPORT_NAME, (kr_int_t)kr_emit_name_index(u, mod));
    if (star) {
        kr_emit_op(u, KR_OP_IMPORT_STAR);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        kr_ast_node_t *a = st->u.import.names.items[i];
        kr_emit_op_arg(u, KR_OP_IMPORT_FROM, (kr_int_t)kr_emit_name_index(u, a->u.alias.name));
        kr_compile_name_op(c, a->u.alias.asname != KR_QSTR_NULL ? a->u.alias.asname : a->u.alias.name,
            KR_AST_CTX_STORE, st);
    }
    kr_emit_op(u, KR_OP_POP_TOP);
}

/* ---------------------------------------------------------------- assignments */

/* True when the argument of const() can never be a constant (MicroPython's SyntaxError
 * "not a constant"): a name that is no constant, a call, a container display other than a
 * tuple, an attribute or subscript, or integer arithmetic MicroPython does not fold (@, /,
 * negative powers and shifts, division by zero).  What merely overflows, and floats, strs
 * and tuples, are left to the run-time const(). */
static bool const_impossible(kr_compiler_t *c, kr_ast_node_t *e) {
    kr_obj_t v, w;
    switch (e->kind) {
        case KR_AST_NAME:
            return !kr_compile_lookup_const(c, e->u.name.id, &v);
        case KR_AST_CALL:
            if (e->u.call.func->kind == KR_AST_NAME && e->u.call.func->u.name.id == KR_QSTR_const
                && e->u.call.args.n == 1 && e->u.call.keywords.n == 0) {
                return const_impossible(c, e->u.call.args.items[0]);
            }
            return true;
        case KR_AST_LIST: case KR_AST_DICT: case KR_AST_SET: case KR_AST_LIST_COMP:
        case KR_AST_SET_COMP: case KR_AST_DICT_COMP: case KR_AST_GENERATOR_EXP: case KR_AST_LAMBDA:
        case KR_AST_ATTRIBUTE: case KR_AST_SUBSCRIPT: case KR_AST_NAMED_EXPR: case KR_AST_AWAIT:
        case KR_AST_YIELD: case KR_AST_YIELD_FROM: case KR_AST_STARRED: case KR_AST_JOINED_STR:
            return true;
        case KR_AST_UNARY_OP:
            return const_impossible(c, e->u.unop.operand);
        case KR_AST_TUPLE:
            for (size_t i = 0; i < e->u.seq.elts.n; i++) {
                if (const_impossible(c, e->u.seq.elts.items[i])) {
                    return true;
                }
            }
            return false;
        case KR_AST_BIN_OP: {
            if (const_impossible(c, e->u.binop.left) || const_impossible(c, e->u.binop.right)) {
                return true;
            }
            if (!kr_compileexpr_fold(c, e->u.binop.left, &v) || !kr_compileexpr_fold(c, e->u.binop.right, &w)
                || !KR_IS_SMALL_INT(v) || !KR_IS_SMALL_INT(w)) {
                return false;
            }
            kr_int_t y = KR_SMALL_INT_VALUE(w);
            switch (e->u.binop.op) {
                case KR_BINARY_OP_MAT_MULTIPLY: case KR_BINARY_OP_TRUE_DIVIDE:
                    return true;
                case KR_BINARY_OP_POWER: case KR_BINARY_OP_LSHIFT: case KR_BINARY_OP_RSHIFT:
                    return y < 0;
                case KR_BINARY_OP_FLOOR_DIVIDE: case KR_BINARY_OP_MODULO:
                    return y == 0;
                default:
                    return false;
            }
        }
        default:
            return false;
    }
}

/* NAME = const(expr) at module level (micropython.const) */
static bool try_const_assign(kr_compiler_t *c, kr_ast_node_t *st) {
    if (c->u->scope->type != KR_SCOPE_MODULE || st->u.assign.targets.n != 1) {
        return false;
    }
    kr_ast_node_t *t = st->u.assign.targets.items[0], *v = st->u.assign.value;
    if (t->kind != KR_AST_NAME || v->kind != KR_AST_CALL || v->u.call.args.n != 1 || v->u.call.keywords.n != 0) {
        return false;
    }
    kr_ast_node_t *f = v->u.call.func;
    bool is_const = (f->kind == KR_AST_NAME && f->u.name.id == KR_QSTR_const)
        || (f->kind == KR_AST_ATTRIBUTE && f->u.attr.attr == KR_QSTR_const && f->u.attr.value->kind == KR_AST_NAME
            && f->u.attr.value->u.name.id == KR_QSTR_micropython);
    kr_obj_t value;
    if (!is_const) {
        return false;
    }
    if (kr_compile_lookup_const(c, t->u.name.id, &value)) {
        kr_compile_error(c, st, "constant redefined");
    }
    if (const_impossible(c, v->u.call.args.items[0])) {
        kr_compile_error(c, v->u.call.args.items[0], "not a constant");
    }
    if (!kr_compileexpr_fold(c, v->u.call.args.items[0], &value)) {
        return false;
    }
    add_const_name(c, t->u.name.id, value);
    const char *name = kr_qstr_str(t->u.name.id);
    if (name[0] != '_') {
        kr_emit_load_const(c->u, value);
        kr_compile_name_op(c, t->u.name.id, KR_AST_CTX_STORE, t);
    }
    return true;
}

static bool plain_tuple(kr_ast_node_t *e, size_t n) {
    if ((e->kind != KR_AST_TUPLE && e->kind != KR_AST_LIST) || e->u.seq.elts.n != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (e->u.seq.elts.items[i]->kind == KR_AST_STARRED) {
            return false;
        }
    }
    return true;
}

static void compile_assign(kr_compiler_t *c, kr_ast_node_t *st) {
    kr_unit_t *u = c->u;
    if (try_const_assign(c, st)) {
        return;
    }
    kr_ast_seq_t *targets = &st->u.assign.targets;
    kr_ast_node_t *v = st->u.assign.value;
    /* a, b = b, a without building a tuple */
    if (targets->n == 1 && v->kind == KR_AST_TUPLE) {
        kr_ast_node_t *t = targets->items[0];
        size_t n = v->u.seq.elts.n;
        if ((n == 2 || n == 3) && plain_tuple(t, n) && plain_tuple(v, n)) {
            for (size_t i = 0; i < n; i++) {
                kr_compileexpr_expr(c, v->u.seq.elts.items[i]);
            }
            if (n == 3) {
                kr_emit_op(u, KR_OP_ROT_THREE);
            }
            kr_emit_op(u, KR_OP_ROT_TWO);
            for (size_t i = 0; i < n; i++) {
                kr_compileexpr_store(c, t->u.seq.elts.items[i]);
            }
            return;
        }
    }
    kr_compileexpr_expr(c, v);
    for (size_t i = 0; i < targets->n; i++) {
        if (i + 1 < targets->n) {
            kr_emit_op(u, KR_OP_DUP_TOP);
        }
        kr_compileexpr_store(c, targets->items[i]);
    }
}

static void compile_aug_assign(kr_compiler_t *c, kr_ast_node_t *st) {
    kr_unit_t *u = c->u;
    kr_ast_node_t *t = st->u.aug.target;
    switch (t->kind) {
        case KR_AST_NAME:
            kr_compile_name_op(c, t->u.name.id, KR_AST_CTX_LOAD, t);
            kr_compileexpr_expr(c, st->u.aug.value);
            kr_compile_set_line(c, st);
            kr_emit_op_arg(u, KR_OP_BINARY_OP, st->u.aug.op);
            kr_compile_name_op(c, t->u.name.id, KR_AST_CTX_STORE, t);
            break;
        case KR_AST_ATTRIBUTE: {
            size_t idx = kr_emit_name_index(u, t->u.attr.attr);
            kr_compileexpr_expr(c, t->u.attr.value);
            kr_emit_op(u, KR_OP_DUP_TOP);
            kr_compile_set_line(c, t);
            kr_emit_op_arg(u, KR_OP_LOAD_ATTR, (kr_int_t)idx);
            kr_compileexpr_expr(c, st->u.aug.value);
            kr_compile_set_line(c, st);
            kr_emit_op_arg(u, KR_OP_BINARY_OP, st->u.aug.op);
            kr_emit_op(u, KR_OP_ROT_TWO);
            kr_emit_op_arg(u, KR_OP_STORE_ATTR, (kr_int_t)idx);
            break;
        }
        case KR_AST_SUBSCRIPT:
            kr_compileexpr_expr(c, t->u.subscr.value);
            kr_compileexpr_expr(c, t->u.subscr.slice);
            kr_emit_op(u, KR_OP_DUP_TOP_TWO);
            kr_compile_set_line(c, t);
            kr_emit_op(u, KR_OP_BINARY_SUBSCR);
            kr_compileexpr_expr(c, st->u.aug.value);
            kr_compile_set_line(c, st);
            kr_emit_op_arg(u, KR_OP_BINARY_OP, st->u.aug.op);
            kr_emit_op(u, KR_OP_ROT_THREE);
            kr_emit_op(u, KR_OP_STORE_SUBSCR);
            break;
        default:
            kr_compile_error(c, t, "'expression' is an illegal expression for augmented assignment");
    }
}

static void compile_ann_assign(kr_compiler_t *c, kr_ast_node_t *st) {
    kr_unit_t *u = c->u;
    kr_ast_node_t *t = st->u.ann.target;
    if (st->u.ann.value != NULL) {
        kr_compileexpr_expr(c, st->u.ann.value);
        kr_compileexpr_store(c, t);
    }
    if (!kr_scope_is_function(u->scope) && st->u.ann.simple && t->kind == KR_AST_NAME) {
        kr_compileexpr_expr(c, st->u.ann.annotation);
        kr_compile_name_op(c, KR_QSTR___annotations__, KR_AST_CTX_LOAD, st);
        kr_emit_load_const(u, KR_NEW_QSTR(t->u.name.id));
        kr_emit_op(u, KR_OP_STORE_SUBSCR);
    }
}

/* ---------------------------------------------------------------- statements */

static void compile_stmt(kr_compiler_t *c, kr_ast_node_t *st) {
    kr_unit_t *u = c->u;
    kr_stack_check();
    kr_compile_set_line(c, st);
    switch (st->kind) {
        case KR_AST_FUNCTION_DEF:
            compile_funcdef(c, st);
            break;
        case KR_AST_CLASS_DEF:
            compile_classdef(c, st);
            break;
        case KR_AST_RETURN:
            compile_return(c, st);
            break;
        case KR_AST_DELETE:
            for (size_t i = 0; i < st->u.del.targets.n; i++) {
                kr_compileexpr_delete(c, st->u.del.targets.items[i]);
            }
            break;
        case KR_AST_ASSIGN:
            compile_assign(c, st);
            break;
        case KR_AST_AUG_ASSIGN:
            compile_aug_assign(c, st);
            break;
        case KR_AST_ANN_ASSIGN:
            compile_ann_assign(c, st);
            break;
        case KR_AST_FOR:
            compile_for(c, st);
            break;
        case KR_AST_WHILE:
            compile_while(c, st);
            break;
        case KR_AST_IF:
            compile_if(c, st);
            break;
        case KR_AST_WITH:
            compile_with(c, st, 0);
            break;
        case KR_AST_RAISE: {
            int n = 0;
            if (st->u.raise.exc != NULL) {
                kr_compileexpr_expr(c, st->u.raise.exc);
                n = 1;
                if (st->u.raise.cause != NULL) {
                    kr_compileexpr_expr(c, st->u.raise.cause);
                    n = 2;
                }
            }
            kr_compile_set_line(c, st);
            kr_emit_op_arg(u, KR_OP_RAISE_VARARGS, n);
            break;
        }
        case KR_AST_TRY:
            if (st->u.try_.finalbody.n > 0) {
                compile_try_finally(c, st);
            } else {
                compile_try_except(c, st);
            }
            break;
        case KR_AST_ASSERT:
            if (c->opt_level == 0) {
                int l_end = kr_emit_label_new(u);
                kr_compileexpr_jump_if(c, st->u.assert_.test, true, l_end);
                kr_compile_set_line(c, st);
                kr_emit_op(u, KR_OP_LOAD_ASSERTION_ERROR);
                if (st->u.assert_.msg != NULL) {
                    kr_compileexpr_expr(c, st->u.assert_.msg);
                    kr_compile_set_line(c, st);
                    kr_emit_op_arg(u, KR_OP_CALL_FUNCTION, 1);
                }
                kr_emit_op_arg(u, KR_OP_RAISE_VARARGS, 1);
                kr_emit_label_place(u, l_end);
            }
            break;
        case KR_AST_IMPORT:
            compile_import(c, st);
            break;
        case KR_AST_IMPORT_FROM:
            compile_import_from(c, st);
            break;
        case KR_AST_EXPR: {
            kr_ast_node_t *v = st->u.expr.value;
            if (c->mode == KR_PARSE_SINGLE && u->scope->type == KR_SCOPE_MODULE) {
                kr_compileexpr_expr(c, v);
                kr_emit_op(u, KR_OP_PRINT_EXPR);
            } else if (v->kind != KR_AST_CONSTANT) {
                kr_compileexpr_expr(c, v);
                kr_emit_op(u, KR_OP_POP_TOP);
            }
            break;
        }
        case KR_AST_BREAK:
            compile_break_continue(c, st, true);
            break;
        case KR_AST_CONTINUE:
            compile_break_continue(c, st, false);
            break;
        default:   /* PASS, GLOBAL, NONLOCAL */
            break;
    }
}

void kr_compile_stmts(kr_compiler_t *c, kr_ast_seq_t *body) {
    for (size_t i = 0; i < body->n; i++) {
        compile_stmt(c, body->items[i]);
    }
}

/* ---------------------------------------------------------------- entry points */

kr_obj_t kr_compile_ast_src(kr_ast_node_t *root, kr_qstr_t filename, kr_parse_mode_t mode,
                            const char *src, size_t src_len) {
    kr_compiler_t c;
    memset(&c, 0, sizeof(c));
    c.filename = filename;
    c.src = src;
    c.src_len = src_len;
    c.mode = root->kind == KR_AST_INTERACTIVE ? KR_PARSE_SINGLE : mode;
    c.opt_level = kr_state.opt_level;
    kr_scope_t *m = kr_scope_build(&c, root);
    kr_obj_t code = kr_compile_scope_code(&c, m);
    kr_scope_free(m);
    kr_gc_free(c.const_names);
    kr_gc_free(c.const_values);
    return code;
}

kr_obj_t kr_compile_ast(kr_ast_node_t *root, kr_qstr_t filename, kr_parse_mode_t mode) {
    return kr_compile_ast_src(root, filename, mode, NULL, 0);
}
