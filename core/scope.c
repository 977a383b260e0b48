/* scope.c: symbol-table analysis: builds the scope tree of a module (functions, lambdas,
 * comprehensions, classes), collects bindings and uses, applies global/nonlocal, resolves
 * every name to local/cell/free/global/name access and assigns local slots. */
#include <string.h>
#include "compile.h"
#include "gc.h"
#include "state.h"

bool kr_scope_is_function(const kr_scope_t *s) {
    return s->type == KR_SCOPE_FUNCTION || s->type == KR_SCOPE_LAMBDA || s->type == KR_SCOPE_COMP;
}

kr_scope_sym_t *kr_scope_find(kr_scope_t *s, kr_qstr_t name) {
    for (size_t i = 0; i < s->n_syms; i++) {
        if (s->syms[i].name == name) {
            return &s->syms[i];
        }
    }
    return NULL;
}

static kr_scope_sym_t *sym_get(kr_scope_t *s, kr_qstr_t name) {
    kr_scope_sym_t *sym = kr_scope_find(s, name);
    if (sym == NULL) {
        s->syms = kr_compile_grow(s->syms, &s->alloc_syms, s->n_syms, sizeof(kr_scope_sym_t), KR_GC_FLAG_ATOMIC);
        sym = &s->syms[s->n_syms++];
        memset(sym, 0, sizeof(*sym));
        sym->name = name;
        sym->kind = KR_NAME_NAME;
    }
    return sym;
}

kr_scope_t *kr_scope_child(kr_scope_t *parent, kr_ast_node_t *node) {
    for (size_t i = 0; i < parent->n_children; i++) {
        if (parent->children[i]->node == node) {
            return parent->children[i];
        }
    }
    /* a node the first pass did not visit: cannot happen for trees from kr_parse */
    kr_raise_msg(&kr_type_RuntimeError, "compiler: unknown scope");
}

void kr_scope_free(kr_scope_t *s) {
    if (s == NULL) {
        return;
    }
    for (size_t i = 0; i < s->n_children; i++) {
        kr_scope_free(s->children[i]);
    }
    kr_gc_free(s->children);
    kr_gc_free(s->syms);
    kr_gc_free(s);
}

static kr_qstr_t make_qualname(kr_scope_t *parent, kr_qstr_t name) {
    if (parent == NULL || parent->type == KR_SCOPE_MODULE) {
        return name;
    }
    kr_scope_sym_t *sym = kr_scope_find(parent, name);
    if (sym != NULL && (sym->flags & KR_SYM_GLOBAL)) {
        return name;
    }
    kr_vstr_t v;
    kr_vstr_init(&v, 32);
    kr_vstr_add_str(&v, kr_qstr_str(parent->qualname));
    if (parent->type == KR_SCOPE_CLASS) {
        kr_vstr_add_str(&v, ".");
    } else {
        kr_vstr_add_str(&v, ".<locals>.");
    }
    kr_vstr_add_str(&v, kr_qstr_str(name));
    kr_qstr_t q = kr_qstr_from_strn(v.buf, v.len);
    kr_vstr_clear(&v);
    return q;
}

static kr_scope_t *scope_new(kr_scope_type_t type, kr_ast_node_t *node, kr_scope_t *parent, kr_qstr_t name) {
    kr_scope_t *s = kr_gc_alloc(sizeof(kr_scope_t), 0);
    s->type = (uint8_t)type;
    s->node = node;
    s->parent = parent;
    s->name = name;
    s->qualname = make_qualname(parent, name);
    if (parent != NULL) {
        parent->children = kr_compile_grow(parent->children, &parent->alloc_children, parent->n_children,
            sizeof(kr_scope_t *), 0);
        parent->children[parent->n_children++] = s;
    }
    return s;
}

/* ---------------------------------------------------------------- pass 1: collect */

static void visit_expr(kr_compiler_t *c, kr_scope_t *s, kr_ast_node_t *e);
static void visit_stmts(kr_compiler_t *c, kr_scope_t *s, kr_ast_seq_t *body);

static void add_use(kr_scope_t *s, kr_qstr_t name) {
    sym_get(s, name)->flags |= KR_SYM_USED;
}

static void add_bound(kr_scope_t *s, kr_qstr_t name) {
    sym_get(s, name)->flags |= KR_SYM_BOUND;
}

static void add_param(kr_compiler_t *c, kr_scope_t *s, kr_ast_node_t *arg) {
    if (arg == NULL) {
        return;
    }
    kr_scope_sym_t *sym = kr_scope_find(s, arg->u.arg.arg);
    if (sym != NULL) {
        kr_compile_error_fmt(c, arg, "duplicate argument '%s' in function definition", kr_qstr_str(arg->u.arg.arg));
    }
    sym = sym_get(s, arg->u.arg.arg);
    sym->flags |= KR_SYM_PARAM | KR_SYM_BOUND;
    s->n_params++;
}

static void add_params(kr_compiler_t *c, kr_scope_t *s, kr_ast_node_t *args) {
    for (size_t i = 0; i < args->u.arguments.posonlyargs.n; i++) {
        add_param(c, s, args->u.arguments.posonlyargs.items[i]);
    }
    for (size_t i = 0; i < args->u.arguments.args.n; i++) {
        add_param(c, s, args->u.arguments.args.items[i]);
    }
    for (size_t i = 0; i < args->u.arguments.kwonlyargs.n; i++) {
        add_param(c, s, args->u.arguments.kwonlyargs.items[i]);
    }
    add_param(c, s, args->u.arguments.vararg);
    add_param(c, s, args->u.arguments.kwarg);
}

static void visit_defaults(kr_compiler_t *c, kr_scope_t *s, kr_ast_node_t *args) {
    for (size_t i = 0; i < args->u.arguments.defaults.n; i++) {
        visit_expr(c, s, args->u.arguments.defaults.items[i]);
    }
    for (size_t i = 0; i < args->u.arguments.kw_defaults.n; i++) {
        if (args->u.arguments.kw_defaults.items[i] != NULL) {
            visit_expr(c, s, args->u.arguments.kw_defaults.items[i]);
        }
    }
}

static void visit_exprs(kr_compiler_t *c, kr_scope_t *s, kr_ast_seq_t *seq) {
    for (size_t i = 0; i < seq->n; i++) {
        if (seq->items[i] != NULL) {
            visit_expr(c, s, seq->items[i]);
        }
    }
}

static const char *comp_kind_name(kr_ast_node_t *e) {
    switch (e->kind) {
        case KR_AST_LIST_COMP: return "list comprehension";
        case KR_AST_SET_COMP: return "set comprehension";
        case KR_AST_DICT_COMP: return "dict comprehension";
        default: return "generator expression";
    }
}

static void visit_comp(kr_compiler_t *c, kr_scope_t *s, kr_ast_node_t *e) {
    kr_ast_seq_t *gens = &e->u.comp.generators;
    visit_expr(c, s, gens->items[0]->u.compfor.iter);
    kr_qstr_t name;
    switch (e->kind) {
        case KR_AST_LIST_COMP: name = KR_QSTR_lt_listcomp_gt; break;
        case KR_AST_SET_COMP: name = KR_QSTR_lt_setcomp_gt; break;
        case KR_AST_DICT_COMP: name = KR_QSTR_lt_dictcomp_gt; break;
        default: name = KR_QSTR_lt_genexpr_gt; break;
    }
    kr_scope_t *cs = scope_new(KR_SCOPE_COMP, e, s, name);
    kr_scope_sym_t *p = sym_get(cs, KR_QSTR_dot_0);
    p->flags |= KR_SYM_PARAM | KR_SYM_BOUND;
    cs->n_params = 1;
    if (e->kind == KR_AST_GENERATOR_EXP) {
        cs->is_generator = true;
    }
    for (size_t i = 0; i < gens->n; i++) {
        kr_ast_node_t *g = gens->items[i];
        if (i > 0) {
            visit_expr(c, cs, g->u.compfor.iter);
        }
        visit_expr(c, cs, g->u.compfor.target);
        visit_exprs(c, cs, &g->u.compfor.ifs);
        if (g->u.compfor.is_async) {
            cs->is_coroutine = true;
        }
    }
    if (e->u.comp.key != NULL) {
        visit_expr(c, cs, e->u.comp.key);
    }
    visit_expr(c, cs, e->u.comp.elt);
}

static void visit_named_target(kr_compiler_t *c, kr_scope_t *s, kr_ast_node_t *e) {
    kr_qstr_t name = e->u.named.target->u.name.id;
    if (s->type != KR_SCOPE_COMP) {
        add_bound(s, name);
        return;
    }
    kr_scope_t *p = s;
    while (p->type == KR_SCOPE_COMP) {
        kr_scope_sym_t *sym = kr_scope_find(p, name);
        if (sym != NULL && (sym->flags & KR_SYM_BOUND) && !(sym->flags & KR_SYM_NONLOCAL)) {
            kr_compile_error_fmt(c, e, "assignment expression cannot rebind comprehension iteration variable '%s'",
                kr_qstr_str(name));
        }
        p = p->parent;
    }
    if (p->type == KR_SCOPE_CLASS) {
        kr_compile_error(c, e, "assignment expression within a comprehension cannot be used in a class body");
    }
    kr_scope_sym_t *sym = sym_get(s, name);
    if (p->type == KR_SCOPE_MODULE) {
        sym->flags |= KR_SYM_GLOBAL;
        add_bound(p, name);
    } else {
        kr_scope_sym_t *psym = kr_scope_find(p, name);
        if (psym == NULL || !(psym->flags & KR_SYM_GLOBAL)) {
            sym->flags |= KR_SYM_NONLOCAL;
            if (psym == NULL || !(psym->flags & KR_SYM_NONLOCAL)) {
                add_bound(p, name);
            }
        } else {
            sym->flags |= KR_SYM_GLOBAL;
        }
    }
}

static void check_yield(kr_compiler_t *c, kr_scope_t *s, kr_ast_node_t *e, bool is_await) {
    if (is_await) {
        if (s->type == KR_SCOPE_MODULE || s->type == KR_SCOPE_CLASS) {
            kr_compile_error(c, e, "'await' outside function");
        }
        if (s->type == KR_SCOPE_COMP) {
            kr_scope_t *p = s;
            while (p->type == KR_SCOPE_COMP) {
                p = p->parent;
            }
            if (p->type != KR_SCOPE_FUNCTION || !p->is_coroutine) {
                kr_compile_error(c, e, "asynchronous comprehension outside of an asynchronous function");
            }
            s->is_coroutine = true;
            return;
        }
        if (!s->is_coroutine) {
            kr_compile_error(c, e, "'await' outside async function");
        }
        return;
    }
    if (s->type == KR_SCOPE_MODULE || s->type == KR_SCOPE_CLASS) {
        kr_compile_error(c, e, "'yield' outside function");
    }
    if (s->type == KR_SCOPE_COMP) {
        kr_compile_error_fmt(c, e, "'yield' inside %s", comp_kind_name(s->node));
    }
    s->is_generator = true;
}

static void visit_expr(kr_compiler_t *c, kr_scope_t *s, kr_ast_node_t *e) {
    if (e == NULL) {
        return;
    }
    kr_stack_check();
    switch (e->kind) {
        case KR_AST_NAME:
            if (e->ctx == KR_AST_CTX_LOAD) {
                add_use(s, e->u.name.id);
                if (e->u.name.id == KR_QSTR_super && kr_scope_is_function(s)) {
                    add_use(s, KR_QSTR___class__);
                }
            } else {
                add_bound(s, e->u.name.id);
            }
            break;
        case KR_AST_BOOL_OP:
            visit_exprs(c, s, &e->u.boolop.values);
            break;
        case KR_AST_NAMED_EXPR:
            visit_expr(c, s, e->u.named.value);
            visit_named_target(c, s, e);
            break;
        case KR_AST_BIN_OP:
            visit_expr(c, s, e->u.binop.left);
            visit_expr(c, s, e->u.binop.right);
            break;
        case KR_AST_UNARY_OP:
            visit_expr(c, s, e->u.unop.operand);
            break;
        case KR_AST_LAMBDA: {
            visit_defaults(c, s, e->u.lambda.args);
            kr_scope_t *ls = scope_new(KR_SCOPE_LAMBDA, e, s, KR_QSTR_lt_lambda_gt);
            add_params(c, ls, e->u.lambda.args);
            visit_expr(c, ls, e->u.lambda.body);
            break;
        }
        case KR_AST_IF_EXP:
            visit_expr(c, s, e->u.ifexp.test);
            visit_expr(c, s, e->u.ifexp.body);
            visit_expr(c, s, e->u.ifexp.orelse);
            break;
        case KR_AST_DICT:
            for (size_t i = 0; i < e->u.dict.values.n; i++) {
                if (e->u.dict.keys.items[i] != NULL) {
                    visit_expr(c, s, e->u.dict.keys.items[i]);
                }
                visit_expr(c, s, e->u.dict.values.items[i]);
            }
            break;
        case KR_AST_SET:
        case KR_AST_LIST:
        case KR_AST_TUPLE:
        case KR_AST_JOINED_STR:
            visit_exprs(c, s, &e->u.seq.elts);
            break;
        case KR_AST_LIST_COMP:
        case KR_AST_SET_COMP:
        case KR_AST_DICT_COMP:
        case KR_AST_GENERATOR_EXP:
            visit_comp(c, s, e);
            break;
        case KR_AST_AWAIT:
            check_yield(c, s, e, true);
            visit_expr(c, s, e->u.value.value);
            break;
        case KR_AST_YIELD:
        case KR_AST_YIELD_FROM:
            check_yield(c, s, e, false);
            if (e->kind == KR_AST_YIELD_FROM && s->is_coroutine && s->type == KR_SCOPE_FUNCTION) {
                kr_compile_error(c, e, "'yield from' inside async function");
            }
            visit_expr(c, s, e->u.value.value);
            break;
        case KR_AST_COMPARE:
            visit_expr(c, s, e->u.compare.left);
            for (size_t i = 0; i < e->u.compare.n; i++) {
                visit_expr(c, s, e->u.compare.comparators[i]);
            }
            break;
        case KR_AST_CALL:
            visit_expr(c, s, e->u.call.func);
            visit_exprs(c, s, &e->u.call.args);
            for (size_t i = 0; i < e->u.call.keywords.n; i++) {
                visit_expr(c, s, e->u.call.keywords.items[i]->u.keyword.value);
            }
            break;
        case KR_AST_FORMATTED_VALUE:
            visit_expr(c, s, e->u.fvalue.value);
            visit_expr(c, s, e->u.fvalue.format_spec);
            break;
        case KR_AST_ATTRIBUTE:
            visit_expr(c, s, e->u.attr.value);
            break;
        case KR_AST_SUBSCRIPT:
            visit_expr(c, s, e->u.subscr.value);
            visit_expr(c, s, e->u.subscr.slice);
            break;
        case KR_AST_STARRED:
            visit_expr(c, s, e->u.value.value);
            break;
        case KR_AST_SLICE:
            visit_expr(c, s, e->u.slice.lower);
            visit_expr(c, s, e->u.slice.upper);
            visit_expr(c, s, e->u.slice.step);
            break;
        default:
            break;
    }
}

static void declare(kr_compiler_t *c, kr_scope_t *s, kr_ast_node_t *st, bool is_global) {
    const char *what = is_global ? "global" : "nonlocal";
    if (!is_global && s->type == KR_SCOPE_MODULE) {
        kr_compile_error(c, st, "nonlocal declaration not allowed at module level");
    }
    for (size_t i = 0; i < st->u.names.n; i++) {
        kr_qstr_t name = st->u.names.names[i];
        const char *n = kr_qstr_str(name);
        kr_scope_sym_t *sym = kr_scope_find(s, name);
        if (sym != NULL) {
            uint16_t f = sym->flags;
            if (f & KR_SYM_PARAM) {
                kr_compile_error_fmt(c, st, "name '%s' is parameter and %s", n, what);
            }
            if ((is_global && (f & KR_SYM_NONLOCAL)) || (!is_global && (f & KR_SYM_GLOBAL))) {
                kr_compile_error_fmt(c, st, "name '%s' is nonlocal and global", n);
            }
            if (!(f & (KR_SYM_GLOBAL | KR_SYM_NONLOCAL))) {
                if (f & KR_SYM_ANNOT) {
                    kr_compile_error_fmt(c, st, "annotated name '%s' can't be %s", n, what);
                }
                if (f & KR_SYM_BOUND) {
                    kr_compile_error_fmt(c, st, "name '%s' is assigned to before %s declaration", n, what);
                }
                if (f & KR_SYM_USED) {
                    kr_compile_error_fmt(c, st, "name '%s' is used prior to %s declaration", n, what);
                }
            }
        }
        sym = sym_get(s, name);
        sym->flags |= is_global ? KR_SYM_GLOBAL : KR_SYM_NONLOCAL;
        sym->decl = st;
    }
}

static kr_qstr_t first_component(kr_qstr_t dotted) {
    size_t len;
    const char *d = kr_qstr_data(dotted, &len);
    const char *dot = memchr(d, '.', len);
    if (dot == NULL) {
        return dotted;
    }
    return kr_qstr_from_strn(d, (size_t)(dot - d));
}

static void visit_stmt(kr_compiler_t *c, kr_scope_t *s, kr_ast_node_t *st) {
    switch (st->kind) {
        case KR_AST_FUNCTION_DEF: {
            visit_exprs(c, s, &st->u.def.decorators);
            visit_defaults(c, s, st->u.def.args);
            add_bound(s, st->u.def.bind);
            kr_scope_t *fs = scope_new(KR_SCOPE_FUNCTION, st, s, st->u.def.name);
            fs->is_coroutine = st->u.def.is_async;
            add_params(c, fs, st->u.def.args);
            visit_stmts(c, fs, &st->u.def.body);
            break;
        }
        case KR_AST_CLASS_DEF: {
            visit_exprs(c, s, &st->u.cls.decorators);
            visit_exprs(c, s, &st->u.cls.bases);
            for (size_t i = 0; i < st->u.cls.keywords.n; i++) {
                visit_expr(c, s, st->u.cls.keywords.items[i]->u.keyword.value);
            }
            add_bound(s, st->u.cls.bind);
            kr_scope_t *cs = scope_new(KR_SCOPE_CLASS, st, s, st->u.cls.name);
            visit_stmts(c, cs, &st->u.cls.body);
            break;
        }
        case KR_AST_RETURN:
            visit_expr(c, s, st->u.expr.value);
            break;
        case KR_AST_DELETE:
            visit_exprs(c, s, &st->u.del.targets);
            break;
        case KR_AST_ASSIGN:
            visit_expr(c, s, st->u.assign.value);
            visit_exprs(c, s, &st->u.assign.targets);
            break;
        case KR_AST_AUG_ASSIGN:
            visit_expr(c, s, st->u.aug.value);
            if (st->u.aug.target->kind == KR_AST_NAME) {
                add_use(s, st->u.aug.target->u.name.id);
                add_bound(s, st->u.aug.target->u.name.id);
            } else {
                visit_expr(c, s, st->u.aug.target);
            }
            break;
        case KR_AST_ANN_ASSIGN:
            if (st->u.ann.target->kind == KR_AST_NAME) {
                kr_scope_sym_t *sym = kr_scope_find(s, st->u.ann.target->u.name.id);
                if (sym != NULL && (sym->flags & (KR_SYM_GLOBAL | KR_SYM_NONLOCAL)) && st->u.ann.simple) {
                    kr_compile_error_fmt(c, st, "annotated name '%s' can't be %s", kr_qstr_str(sym->name),
                        (sym->flags & KR_SYM_GLOBAL) ? "global" : "nonlocal");
                }
                sym = sym_get(s, st->u.ann.target->u.name.id);
                sym->flags |= KR_SYM_BOUND | KR_SYM_ANNOT;
            } else {
                visit_expr(c, s, st->u.ann.target);
            }
            if (!kr_scope_is_function(s) && st->u.ann.simple && st->u.ann.target->kind == KR_AST_NAME) {
                visit_expr(c, s, st->u.ann.annotation);
            }
            visit_expr(c, s, st->u.ann.value);
            break;
        case KR_AST_FOR:
            visit_expr(c, s, st->u.loop.iter);
            visit_expr(c, s, st->u.loop.target);
            if (st->u.loop.is_async && !(s->type == KR_SCOPE_FUNCTION && s->is_coroutine)) {
                kr_compile_error(c, st, "'async for' outside async function");
            }
            visit_stmts(c, s, &st->u.loop.body);
            visit_stmts(c, s, &st->u.loop.orelse);
            break;
        case KR_AST_WHILE:
            visit_expr(c, s, st->u.loop.test);
            visit_stmts(c, s, &st->u.loop.body);
            visit_stmts(c, s, &st->u.loop.orelse);
            break;
        case KR_AST_IF:
            visit_expr(c, s, st->u.if_.test);
            visit_stmts(c, s, &st->u.if_.body);
            visit_stmts(c, s, &st->u.if_.orelse);
            break;
        case KR_AST_WITH:
            if (st->u.with.is_async && !(s->type == KR_SCOPE_FUNCTION && s->is_coroutine)) {
                kr_compile_error(c, st, "'async with' outside async function");
            }
            for (size_t i = 0; i < st->u.with.items.n; i++) {
                kr_ast_node_t *it = st->u.with.items.items[i];
                visit_expr(c, s, it->u.withitem.context_expr);
                visit_expr(c, s, it->u.withitem.optional_vars);
            }
            visit_stmts(c, s, &st->u.with.body);
            break;
        case KR_AST_RAISE:
            visit_expr(c, s, st->u.raise.exc);
            visit_expr(c, s, st->u.raise.cause);
            break;
        case KR_AST_TRY:
            visit_stmts(c, s, &st->u.try_.body);
            for (size_t i = 0; i < st->u.try_.handlers.n; i++) {
                kr_ast_node_t *h = st->u.try_.handlers.items[i];
                visit_expr(c, s, h->u.handler.type);
                if (h->u.handler.name != KR_QSTR_NULL) {
                    add_bound(s, h->u.handler.name);
                }
                visit_stmts(c, s, &h->u.handler.body);
            }
            visit_stmts(c, s, &st->u.try_.orelse);
            visit_stmts(c, s, &st->u.try_.finalbody);
            break;
        case KR_AST_ASSERT:
            visit_expr(c, s, st->u.assert_.test);
            visit_expr(c, s, st->u.assert_.msg);
            break;
        case KR_AST_IMPORT:
            for (size_t i = 0; i < st->u.import.names.n; i++) {
                kr_ast_node_t *a = st->u.import.names.items[i];
                add_bound(s, a->u.alias.asname != KR_QSTR_NULL ? a->u.alias.asname : first_component(a->u.alias.name));
            }
            break;
        case KR_AST_IMPORT_FROM:
            for (size_t i = 0; i < st->u.import.names.n; i++) {
                kr_ast_node_t *a = st->u.import.names.items[i];
                if (a->u.alias.name == KR_QSTR_star) {
                    if (s->type != KR_SCOPE_MODULE) {
                        kr_compile_error(c, st, "import * only allowed at module level");
                    }
                    continue;
                }
                add_bound(s, a->u.alias.asname != KR_QSTR_NULL ? a->u.alias.asname : a->u.alias.name);
            }
            break;
        case KR_AST_GLOBAL:
            declare(c, s, st, true);
            break;
        case KR_AST_NONLOCAL:
            declare(c, s, st, false);
            break;
        case KR_AST_EXPR:
            visit_expr(c, s, st->u.expr.value);
            break;
        default:
            break;
    }
}

static void visit_stmts(kr_compiler_t *c, kr_scope_t *s, kr_ast_seq_t *body) {
    for (size_t i = 0; i < body->n; i++) {
        visit_stmt(c, s, body->items[i]);
    }
}

/* ---------------------------------------------------------------- pass 2: resolve */

/* Is name bound in an enclosing function scope (visible to an inner scope)? */
static kr_scope_t *lookup_enclosing(kr_scope_t *a, kr_qstr_t name) {
    for (; a != NULL; a = a->parent) {
        if (a->type == KR_SCOPE_MODULE) {
            return NULL;
        }
        if (a->type == KR_SCOPE_CLASS) {
            if (name == KR_QSTR___class__) {
                return a;
            }
            continue;
        }
        kr_scope_sym_t *sym = kr_scope_find(a, name);
        if (sym != NULL) {
            if (sym->flags & KR_SYM_GLOBAL) {
                return NULL;
            }
            if (sym->flags & (KR_SYM_BOUND | KR_SYM_PARAM | KR_SYM_NONLOCAL)) {
                return a;
            }
        }
    }
    return NULL;
}

/* name is free in s and provided by `provider`: make the provider's variable a cell and
 * pass the name through every scope in between */
static void make_free_path(kr_scope_t *s, kr_qstr_t name, kr_scope_t *provider) {
    for (kr_scope_t *a = s->parent; a != provider; a = a->parent) {
        kr_scope_sym_t *sym = kr_scope_find(a, name);
        if (a->type == KR_SCOPE_CLASS) {
            sym = sym_get(a, name);
            if (sym->kind != KR_NAME_FREE) {
                sym->flags |= KR_SYM_PASS;
            }
        } else if (sym == NULL || sym->kind != KR_NAME_FREE) {
            sym = sym_get(a, name);
            sym->kind = KR_NAME_FREE;
        }
    }
    if (provider->type == KR_SCOPE_CLASS) {
        provider->needs_class_cell = true;
    } else {
        kr_scope_sym_t *sym = kr_scope_find(provider, name);
        if (sym->kind == KR_NAME_LOCAL) {
            sym->kind = KR_NAME_CELL;
        }
    }
}

static void analyze(kr_compiler_t *c, kr_scope_t *s) {
    bool fn = kr_scope_is_function(s);
    for (size_t i = 0; i < s->n_syms; i++) {
        kr_scope_sym_t *sym = &s->syms[i];
        uint16_t f = sym->flags;
        if (f & KR_SYM_GLOBAL) {
            sym->kind = KR_NAME_GLOBAL_EXPLICIT;
        } else if (s->type == KR_SCOPE_MODULE) {
            sym->kind = KR_NAME_NAME;
        } else if (f & KR_SYM_NONLOCAL) {
            kr_scope_t *p = lookup_enclosing(s->parent, sym->name);
            if (p == NULL) {
                kr_compile_error_fmt(c, sym->decl != NULL ? sym->decl : s->node, "no binding for nonlocal '%s' found", kr_qstr_str(sym->name));
            }
            sym->kind = KR_NAME_FREE;
            make_free_path(s, sym->name, p);
        } else if (f & (KR_SYM_BOUND | KR_SYM_PARAM)) {
            sym->kind = fn ? KR_NAME_LOCAL : KR_NAME_NAME;
        } else {
            kr_scope_t *p = lookup_enclosing(s->parent, sym->name);
            if (p != NULL) {
                sym->kind = KR_NAME_FREE;
                make_free_path(s, sym->name, p);
            } else {
                sym->kind = fn ? KR_NAME_GLOBAL_IMPLICIT : KR_NAME_NAME;
            }
        }
    }
    for (size_t i = 0; i < s->n_children; i++) {
        analyze(c, s->children[i]);
    }
}

static void assign_slots(kr_scope_t *s) {
    uint16_t next = 0;
    s->n_free = 0;
    s->n_cells = 0;
    if (s->type == KR_SCOPE_CLASS) {
        if (s->needs_class_cell) {
            s->class_cell_slot = next++;
            s->n_cells = 1;
        }
        for (size_t i = 0; i < s->n_syms; i++) {
            kr_scope_sym_t *sym = &s->syms[i];
            if (sym->kind == KR_NAME_FREE || (sym->flags & KR_SYM_PASS)) {
                sym->slot = sym->cslot = next++;
                s->n_free++;
            }
        }
    } else if (s->type != KR_SCOPE_MODULE) {
        for (size_t i = 0; i < s->n_syms; i++) {
            kr_scope_sym_t *sym = &s->syms[i];
            if (sym->kind == KR_NAME_LOCAL || sym->kind == KR_NAME_CELL) {
                sym->slot = sym->cslot = next++;
                if (sym->kind == KR_NAME_CELL) {
                    s->n_cells++;
                }
            }
        }
        for (size_t i = 0; i < s->n_syms; i++) {
            kr_scope_sym_t *sym = &s->syms[i];
            if (sym->kind == KR_NAME_FREE) {
                sym->slot = sym->cslot = next++;
                s->n_free++;
            }
        }
    }
    s->n_locals = next;
    for (size_t i = 0; i < s->n_children; i++) {
        assign_slots(s->children[i]);
    }
}

kr_scope_t *kr_scope_build(kr_compiler_t *c, kr_ast_node_t *root) {
    kr_scope_t *m = scope_new(KR_SCOPE_MODULE, root, NULL, KR_QSTR_lt_module_gt);
    c->module_scope = m;
    if (root->kind == KR_AST_EXPRESSION) {
        visit_expr(c, m, root->u.expr.value);
    } else {
        visit_stmts(c, m, &root->u.module.body);
    }
    analyze(c, m);
    assign_slots(m);
    return m;
}
