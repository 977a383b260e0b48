/* compileexpr.c: the compiler's expressions: operators, calls, displays, comprehensions,
 * f-strings, lambdas, yield/await, assignment targets and constant folding. */
#include <string.h>
#include "compile.h"
#include "gc.h"
#include "state.h"

#define DISPLAY_CHUNK (30)   /* items pushed at once before switching to append/extend */

/* ---------------------------------------------------------------- constant folding */

static bool fold_int(kr_obj_t o, kr_int_t *v) {
    if (KR_IS_SMALL_INT(o)) {
        *v = KR_SMALL_INT_VALUE(o);
        return true;
    }
    return false;
}

static bool fold_binary(int op, kr_int_t a, kr_int_t b, kr_int_t *r) {
    long long x = a, y = b, res;
    switch (op) {
        case KR_BINARY_OP_ADD:
            if (__builtin_add_overflow(x, y, &res)) return false;
            break;
        case KR_BINARY_OP_SUBTRACT:
            if (__builtin_sub_overflow(x, y, &res)) return false;
            break;
        case KR_BINARY_OP_MULTIPLY:
            if (__builtin_mul_overflow(x, y, &res)) return false;
            break;
        case KR_BINARY_OP_AND: res = x & y; break;
        case KR_BINARY_OP_OR: res = x | y; break;
        case KR_BINARY_OP_XOR: res = x ^ y; break;
        case KR_BINARY_OP_LSHIFT:
            if (y < 0 || y >= 62) return false;
            if (x > (KR_SMALL_INT_MAX >> y) || x < (KR_SMALL_INT_MIN >> y)) return false;
            res = (long long)((unsigned long long)x << y);
            break;
        case KR_BINARY_OP_RSHIFT:
            if (y < 0) return false;
            res = y >= 63 ? (x < 0 ? -1 : 0) : (x >> y);
            break;
        case KR_BINARY_OP_FLOOR_DIVIDE:
            if (y == 0) return false;
            res = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) res--;
            break;
        case KR_BINARY_OP_MODULO:
            if (y == 0) return false;
            res = x % y;
            if (res != 0 && ((res < 0) != (y < 0))) res += y;
            break;
        case KR_BINARY_OP_POWER:
            if (y < 0 || y > 64) return false;
            res = 1;
            for (long long i = 0; i < y; i++) {
                if (__builtin_mul_overflow(res, x, &res)) return false;
            }
            break;
        default:
            return false;
    }
    if (!KR_SMALL_INT_FITS(res)) {
        return false;
    }
    *r = (kr_int_t)res;
    return true;
}

/* A tuple display of constants (nested ones too) as one constant tuple: loading it then
 * allocates nothing, as in MicroPython. */
static bool fold_tuple(kr_compiler_t *c, kr_ast_seq_t *elts, kr_obj_t *out) {
    if (elts->n == 0) {
        return false;
    }
    kr_obj_t t = kr_obj_new_tuple(elts->n, NULL);
    kr_obj_tuple_t *tp = KR_OBJ_TO_PTR(t);
    for (size_t i = 0; i < elts->n; i++) {
        if (!kr_compileexpr_fold(c, elts->items[i], &tp->items[i])) {
            return false;
        }
    }
    *out = t;
    return true;
}

bool kr_compileexpr_fold(kr_compiler_t *c, kr_ast_node_t *e, kr_obj_t *out) {
    switch (e->kind) {
        case KR_AST_CONSTANT:
            *out = e->u.constant.value;
            return true;
        case KR_AST_TUPLE:
            return e->ctx == KR_AST_CTX_LOAD && fold_tuple(c, &e->u.seq.elts, out);
        case KR_AST_NAME:
            return e->ctx == KR_AST_CTX_LOAD && kr_compile_lookup_const(c, e->u.name.id, out);
        case KR_AST_UNARY_OP: {
            kr_obj_t v;
            kr_int_t i;
            if (!kr_compileexpr_fold(c, e->u.unop.operand, &v)) {
                return false;
            }
            if (fold_int(v, &i)) {
                switch (e->u.unop.op) {
                    case KR_UNARY_OP_POSITIVE: *out = v; return true;
                    case KR_UNARY_OP_NEGATIVE:
                        if (!KR_SMALL_INT_FITS(-i)) return false;
                        *out = KR_NEW_SMALL_INT(-i);
                        return true;
                    case KR_UNARY_OP_INVERT: *out = KR_NEW_SMALL_INT(~i); return true;
                    default: return false;
                }
            }
#if KR_FEATURE_FLOAT
            if (kr_obj_is_type(v, &kr_type_float) && e->u.unop.op == KR_UNARY_OP_NEGATIVE) {
                *out = kr_obj_new_float(-kr_obj_float_get(v));
                return true;
            }
#endif
            return false;
        }
        case KR_AST_BIN_OP: {
            kr_obj_t a, b;
            kr_int_t x, y, r;
            if (kr_compileexpr_fold(c, e->u.binop.left, &a) && kr_compileexpr_fold(c, e->u.binop.right, &b)
                && fold_int(a, &x) && fold_int(b, &y) && fold_binary(e->u.binop.op, x, y, &r)) {
                *out = KR_NEW_SMALL_INT(r);
                return true;
            }
            return false;
        }
        case KR_AST_CALL: {
            kr_ast_node_t *f = e->u.call.func;
            if (f->kind == KR_AST_NAME && f->u.name.id == KR_QSTR_const && e->u.call.args.n == 1
                && e->u.call.keywords.n == 0) {
                return kr_compileexpr_fold(c, e->u.call.args.items[0], out);
            }
            return false;
        }
        default:
            return false;
    }
}

/* ---------------------------------------------------------------- helpers */

static void expr(kr_compiler_t *c, kr_ast_node_t *e) {
    kr_compileexpr_expr(c, e);
}

static bool has_starred(kr_ast_seq_t *elts) {
    for (size_t i = 0; i < elts->n; i++) {
        if (elts->items[i]->kind == KR_AST_STARRED) {
            return true;
        }
    }
    return false;
}

/* True when every element folds to a constant (as CPython's AST optimiser
 * folds -1 or 2*3), so the display can be loaded as one constant tuple. */
static bool all_const(kr_compiler_t *c, kr_ast_seq_t *elts) {
    kr_obj_t v;
    for (size_t i = 0; i < elts->n; i++) {
        if (!kr_compileexpr_fold(c, elts->items[i], &v)) {
            return false;
        }
    }
    return true;
}

static kr_obj_t const_tuple(kr_compiler_t *c, kr_ast_seq_t *elts) {
    kr_obj_t t = KR_OBJ_NULL;
    fold_tuple(c, elts, &t);
    return t;
}

int kr_compileexpr_defaults(kr_compiler_t *c, kr_ast_node_t *args) {
    kr_unit_t *u = c->u;
    int flags = 0;
    kr_ast_seq_t *d = &args->u.arguments.defaults;
    if (d->n > 0) {
        for (size_t i = 0; i < d->n; i++) {
            expr(c, d->items[i]);
        }
        kr_emit_op_arg(u, KR_OP_BUILD_TUPLE, (kr_int_t)d->n);
        flags |= 1;
    }
    kr_ast_seq_t *kd = &args->u.arguments.kw_defaults;
    size_t n = 0;
    for (size_t i = 0; i < kd->n; i++) {
        if (kd->items[i] != NULL) {
            kr_emit_load_const(u, KR_NEW_QSTR(args->u.arguments.kwonlyargs.items[i]->u.arg.arg));
            expr(c, kd->items[i]);
            n++;
        }
    }
    if (n > 0) {
        kr_emit_op_arg(u, KR_OP_BUILD_MAP, (kr_int_t)n);
        flags |= 2;
    }
    return flags;
}

/* ---------------------------------------------------------------- calls */

static void check_keywords(kr_compiler_t *c, kr_ast_seq_t *kws) {
    for (size_t i = 0; i < kws->n; i++) {
        kr_qstr_t a = kws->items[i]->u.keyword.arg;
        if (a == KR_QSTR_NULL) {
            continue;
        }
        for (size_t j = i + 1; j < kws->n; j++) {
            if (kws->items[j]->u.keyword.arg == a) {
                kr_compile_error_fmt(c, kws->items[j], "keyword argument repeated: %s", kr_qstr_str(a));
            }
        }
    }
}

static bool call_is_simple(kr_ast_node_t *call, size_t n_pre) {
    kr_ast_seq_t *args = &call->u.call.args, *kws = &call->u.call.keywords;
    if (has_starred(args) || args->n + n_pre > 255 || kws->n > 255) {
        return false;
    }
    for (size_t i = 0; i < kws->n; i++) {
        if (kws->items[i]->u.keyword.arg == KR_QSTR_NULL) {
            return false;
        }
    }
    return true;
}

void kr_compileexpr_call_body(kr_compiler_t *c, kr_ast_node_t *call, size_t n_pre) {
    kr_unit_t *u = c->u;
    kr_ast_seq_t *args = &call->u.call.args, *kws = &call->u.call.keywords;
    check_keywords(c, kws);
    if (call_is_simple(call, n_pre)) {
        for (size_t i = 0; i < args->n; i++) {
            expr(c, args->items[i]);
        }
        for (size_t i = 0; i < kws->n; i++) {
            kr_emit_load_const(u, KR_NEW_QSTR(kws->items[i]->u.keyword.arg));
            expr(c, kws->items[i]->u.keyword.value);
        }
        kr_compile_set_line(c, call);
        kr_emit_op_arg(u, KR_OP_CALL_FUNCTION, (kr_int_t)((args->n + n_pre) | (kws->n << 8)));
        return;
    }
    /* positional arguments as a tuple */
    size_t lead = 0;
    while (lead < args->n && lead + n_pre < DISPLAY_CHUNK && args->items[lead]->kind != KR_AST_STARRED) {
        expr(c, args->items[lead]);
        lead++;
    }
    kr_emit_op_arg(u, KR_OP_BUILD_LIST, (kr_int_t)(n_pre + lead));
    for (size_t i = lead; i < args->n; i++) {
        kr_ast_node_t *a = args->items[i];
        if (a->kind == KR_AST_STARRED) {
            expr(c, a->u.value.value);
            kr_emit_op_arg(u, KR_OP_LIST_EXTEND, 1);
        } else {
            expr(c, a);
            kr_emit_op_arg(u, KR_OP_LIST_APPEND, 1);
        }
    }
    kr_emit_op(u, KR_OP_LIST_TO_TUPLE);
    /* keyword arguments as a dict */
    if (kws->n == 0) {
        kr_emit_op(u, KR_OP_LOAD_NULL);
    } else {
        bool have_map = false;
        size_t run = 0;
        for (size_t i = 0; i <= kws->n; i++) {
            kr_ast_node_t *k = i < kws->n ? kws->items[i] : NULL;
            if (k != NULL && k->u.keyword.arg != KR_QSTR_NULL && run < DISPLAY_CHUNK) {
                kr_emit_load_const(u, KR_NEW_QSTR(k->u.keyword.arg));
                expr(c, k->u.keyword.value);
                run++;
                continue;
            }
            if (run > 0) {
                kr_emit_op_arg(u, KR_OP_BUILD_MAP, (kr_int_t)run);
                if (have_map) {
                    kr_emit_op_arg(u, KR_OP_DICT_MERGE, 1);
                }
                have_map = true;
                run = 0;
            }
            if (k == NULL) {
                break;
            }
            if (k->u.keyword.arg == KR_QSTR_NULL) {
                if (!have_map) {
                    kr_emit_op_arg(u, KR_OP_BUILD_MAP, 0);
                    have_map = true;
                }
                expr(c, k->u.keyword.value);
                kr_emit_op_arg(u, KR_OP_DICT_MERGE, 1);
            } else {
                i--;   /* chunk was full: reprocess this keyword in a new run */
            }
        }
    }
    kr_compile_set_line(c, call);
    kr_emit_op(u, KR_OP_CALL_FUNCTION_EX);
}

static void compile_call(kr_compiler_t *c, kr_ast_node_t *e) {
    kr_unit_t *u = c->u;
    kr_ast_node_t *f = e->u.call.func;
    if (f->kind == KR_AST_ATTRIBUTE && call_is_simple(e, 1)) {
        expr(c, f->u.attr.value);
        kr_compile_set_line(c, f);
        kr_emit_op_arg(u, KR_OP_LOAD_METHOD, (kr_int_t)kr_emit_name_index(u, f->u.attr.attr));
        kr_ast_seq_t *args = &e->u.call.args, *kws = &e->u.call.keywords;
        check_keywords(c, kws);
        for (size_t i = 0; i < args->n; i++) {
            expr(c, args->items[i]);
        }
        for (size_t i = 0; i < kws->n; i++) {
            kr_emit_load_const(u, KR_NEW_QSTR(kws->items[i]->u.keyword.arg));
            expr(c, kws->items[i]->u.keyword.value);
        }
        kr_compile_set_line(c, f);   /* CPython reports a method call at the method name's line */
        kr_emit_op_arg(u, KR_OP_CALL_METHOD, (kr_int_t)(args->n | (kws->n << 8)));
        return;
    }
    expr(c, f);
    kr_compileexpr_call_body(c, e, 0);
}

/* ---------------------------------------------------------------- displays */

static void compile_sequence(kr_compiler_t *c, kr_ast_node_t *e) {
    kr_unit_t *u = c->u;
    kr_ast_seq_t *elts = &e->u.seq.elts;
    size_t n = elts->n;
    bool star = has_starred(elts);
    kr_opcode_t build = e->kind == KR_AST_SET ? KR_OP_BUILD_SET : e->kind == KR_AST_LIST ? KR_OP_BUILD_LIST
        : KR_OP_BUILD_TUPLE;
    if (e->kind == KR_AST_TUPLE && !star && n > 0 && all_const(c, elts)) {
        kr_emit_op_arg(u, KR_OP_LOAD_CONST, (kr_int_t)kr_emit_const_index(u, const_tuple(c, elts)));
        return;
    }
    if (!star && n <= DISPLAY_CHUNK && !(n > 2 && all_const(c, elts) && e->kind != KR_AST_TUPLE)) {
        for (size_t i = 0; i < n; i++) {
            expr(c, elts->items[i]);
        }
        kr_compile_set_line(c, e);
        kr_emit_op_arg(u, build, (kr_int_t)n);
        return;
    }
    bool is_set = e->kind == KR_AST_SET;
    kr_opcode_t extend = is_set ? KR_OP_SET_UPDATE : KR_OP_LIST_EXTEND;
    kr_opcode_t append = is_set ? KR_OP_SET_ADD : KR_OP_LIST_APPEND;
    if (!star && all_const(c, elts)) {
        kr_emit_op_arg(u, is_set ? KR_OP_BUILD_SET : KR_OP_BUILD_LIST, 0);
        kr_emit_op_arg(u, KR_OP_LOAD_CONST, (kr_int_t)kr_emit_const_index(u, const_tuple(c, elts)));
        kr_emit_op_arg(u, extend, 1);
    } else {
        size_t lead = 0;
        while (lead < n && lead < DISPLAY_CHUNK && elts->items[lead]->kind != KR_AST_STARRED) {
            expr(c, elts->items[lead]);
            lead++;
        }
        kr_emit_op_arg(u, is_set ? KR_OP_BUILD_SET : KR_OP_BUILD_LIST, (kr_int_t)lead);
        for (size_t i = lead; i < n; i++) {
            kr_ast_node_t *a = elts->items[i];
            if (a->kind == KR_AST_STARRED) {
                expr(c, a->u.value.value);
                kr_emit_op_arg(u, extend, 1);
            } else {
                expr(c, a);
                kr_emit_op_arg(u, append, 1);
            }
        }
    }
    if (e->kind == KR_AST_TUPLE) {
        kr_emit_op(u, KR_OP_LIST_TO_TUPLE);
    }
}

static void compile_dict(kr_compiler_t *c, kr_ast_node_t *e) {
    kr_unit_t *u = c->u;
    size_t n = e->u.dict.values.n;
    size_t lead = 0;
    while (lead < n && lead < DISPLAY_CHUNK && e->u.dict.keys.items[lead] != NULL) {
        expr(c, e->u.dict.keys.items[lead]);
        expr(c, e->u.dict.values.items[lead]);
        lead++;
    }
    kr_compile_set_line(c, e);
    kr_emit_op_arg(u, KR_OP_BUILD_MAP, (kr_int_t)lead);
    for (size_t i = lead; i < n; i++) {
        kr_ast_node_t *k = e->u.dict.keys.items[i];
        if (k == NULL) {
            expr(c, e->u.dict.values.items[i]);
            kr_emit_op_arg(u, KR_OP_DICT_UPDATE, 1);
        } else {
            expr(c, k);
            expr(c, e->u.dict.values.items[i]);
            kr_emit_op_arg(u, KR_OP_MAP_ADD, 1);
        }
    }
}

/* ---------------------------------------------------------------- comprehensions */

static void comp_loop(kr_compiler_t *c, kr_ast_node_t *e, size_t gi) {
    kr_unit_t *u = c->u;
    kr_ast_seq_t *gens = &e->u.comp.generators;
    kr_ast_node_t *g = gens->items[gi];
    bool is_async = g->u.compfor.is_async;
    int l_start = kr_emit_label_new(u);
    int l_end = kr_emit_label_new(u);
    if (gi == 0) {
        kr_emit_op_arg(u, KR_OP_LOAD_FAST, 0);   /* .0: the outermost iterator */
    } else {
        expr(c, g->u.compfor.iter);
        kr_emit_op(u, is_async ? KR_OP_GET_AITER : KR_OP_GET_ITER);
    }
    kr_emit_label_place(u, l_start);
    kr_compile_set_line(c, g);
    if (is_async) {
        kr_emit_jump(u, KR_OP_SETUP_FINALLY, l_end);
        kr_emit_op(u, KR_OP_GET_ANEXT);
        kr_emit_op(u, KR_OP_LOAD_NONE);
        kr_emit_op(u, KR_OP_YIELD_FROM);
        kr_emit_op(u, KR_OP_POP_BLOCK);
    } else {
        kr_emit_jump(u, KR_OP_FOR_ITER, l_end);
    }
    kr_compileexpr_store(c, g->u.compfor.target);
    for (size_t i = 0; i < g->u.compfor.ifs.n; i++) {
        kr_compileexpr_jump_if(c, g->u.compfor.ifs.items[i], false, l_start);
    }
    if (gi + 1 < gens->n) {
        comp_loop(c, e, gi + 1);
    } else {
        kr_int_t depth = (kr_int_t)gens->n + 1;
        switch (e->kind) {
            case KR_AST_LIST_COMP:
                expr(c, e->u.comp.elt);
                kr_emit_op_arg(u, KR_OP_LIST_APPEND, depth);
                break;
            case KR_AST_SET_COMP:
                expr(c, e->u.comp.elt);
                kr_emit_op_arg(u, KR_OP_SET_ADD, depth);
                break;
            case KR_AST_DICT_COMP:
                expr(c, e->u.comp.key);
                expr(c, e->u.comp.elt);
                kr_emit_op_arg(u, KR_OP_MAP_ADD, depth);
                break;
            default:
                expr(c, e->u.comp.elt);
                kr_emit_op(u, KR_OP_YIELD_VALUE);
                kr_emit_op(u, KR_OP_POP_TOP);
                break;
        }
    }
    kr_emit_jump(u, KR_OP_JUMP, l_start);
    kr_emit_label_place(u, l_end);
    if (is_async) {
        kr_emit_op(u, KR_OP_END_ASYNC_FOR);
    }
}

void kr_compileexpr_comp_body(kr_compiler_t *c, kr_scope_t *s) {
    kr_unit_t *u = c->u;
    kr_ast_node_t *e = s->node;
    kr_compile_set_line(c, e);
    switch (e->kind) {
        case KR_AST_LIST_COMP: kr_emit_op_arg(u, KR_OP_BUILD_LIST, 0); break;
        case KR_AST_SET_COMP: kr_emit_op_arg(u, KR_OP_BUILD_SET, 0); break;
        case KR_AST_DICT_COMP: kr_emit_op_arg(u, KR_OP_BUILD_MAP, 0); break;
        default: break;
    }
    comp_loop(c, e, 0);
    if (e->kind == KR_AST_GENERATOR_EXP) {
        kr_emit_op(u, KR_OP_LOAD_NONE);
    }
    kr_emit_op(u, KR_OP_RETURN_VALUE);
}

static void compile_comprehension(kr_compiler_t *c, kr_ast_node_t *e) {
    kr_unit_t *u = c->u;
    kr_scope_t *child = kr_scope_child(u->scope, e);
    kr_obj_t code = kr_compile_scope_code(c, child);
    kr_compile_set_line(c, e);
    kr_compile_make_closure(c, child, code, 0);
    kr_ast_node_t *g = e->u.comp.generators.items[0];
    expr(c, g->u.compfor.iter);
    kr_compile_set_line(c, e);
    kr_emit_op(u, g->u.compfor.is_async ? KR_OP_GET_AITER : KR_OP_GET_ITER);
    kr_emit_op_arg(u, KR_OP_CALL_FUNCTION, 1);
    if (child->is_coroutine && e->kind != KR_AST_GENERATOR_EXP) {
        kr_emit_op(u, KR_OP_GET_AWAITABLE);
        kr_emit_op(u, KR_OP_LOAD_NONE);
        kr_emit_op(u, KR_OP_YIELD_FROM);
    }
}

/* ---------------------------------------------------------------- other expressions */

static void compile_compare(kr_compiler_t *c, kr_ast_node_t *e) {
    kr_unit_t *u = c->u;
    size_t n = e->u.compare.n;
    expr(c, e->u.compare.left);
    if (n == 1) {
        expr(c, e->u.compare.comparators[0]);
        kr_compile_set_line(c, e);
        kr_emit_op_arg(u, KR_OP_BINARY_OP, e->u.compare.ops[0]);
        return;
    }
    int l_cleanup = kr_emit_label_new(u);
    int l_end = kr_emit_label_new(u);
    for (size_t i = 0; i < n - 1; i++) {
        expr(c, e->u.compare.comparators[i]);
        kr_compile_set_line(c, e);
        kr_emit_op(u, KR_OP_DUP_TOP);
        kr_emit_op(u, KR_OP_ROT_THREE);
        kr_emit_op_arg(u, KR_OP_BINARY_OP, e->u.compare.ops[i]);
        kr_emit_jump(u, KR_OP_JUMP_IF_FALSE_OR_POP, l_cleanup);
    }
    expr(c, e->u.compare.comparators[n - 1]);
    kr_compile_set_line(c, e);
    kr_emit_op_arg(u, KR_OP_BINARY_OP, e->u.compare.ops[n - 1]);
    kr_emit_jump(u, KR_OP_JUMP, l_end);
    kr_emit_label_place(u, l_cleanup);
    kr_emit_op(u, KR_OP_ROT_TWO);
    kr_emit_op(u, KR_OP_POP_TOP);
    kr_emit_label_place(u, l_end);
}

static void compile_fvalue(kr_compiler_t *c, kr_ast_node_t *e) {
    int flags = 0;
    switch (e->u.fvalue.conversion) {
        case 's': flags = 1; break;
        case 'r': flags = 2; break;
        case 'a': flags = 3; break;
        default: break;
    }
    expr(c, e->u.fvalue.value);
    if (e->u.fvalue.format_spec != NULL) {
        expr(c, e->u.fvalue.format_spec);
        flags |= 4;
    }
    kr_compile_set_line(c, e);
    kr_emit_op_arg(c->u, KR_OP_FORMAT_VALUE, flags);
}

static void compile_joined(kr_compiler_t *c, kr_ast_node_t *e) {
    kr_ast_seq_t *elts = &e->u.seq.elts;
    if (elts->n == 0) {
        kr_emit_load_const(c->u, KR_ROM_QSTR(empty));
        return;
    }
    for (size_t i = 0; i < elts->n; i++) {
        expr(c, elts->items[i]);
    }
    if (elts->n > 1) {
        kr_emit_op_arg(c->u, KR_OP_BUILD_STRING, (kr_int_t)elts->n);
    } else if (elts->items[0]->kind == KR_AST_CONSTANT && !kr_obj_is_str(elts->items[0]->u.constant.value)) {
        kr_emit_op_arg(c->u, KR_OP_BUILD_STRING, 1);
    }
}

static void compile_lambda(kr_compiler_t *c, kr_ast_node_t *e) {
    kr_scope_t *child = kr_scope_child(c->u->scope, e);
    int flags = kr_compileexpr_defaults(c, e->u.lambda.args);
    kr_obj_t code = kr_compile_scope_code(c, child);
    kr_compile_set_line(c, e);
    kr_compile_make_closure(c, child, code, flags);
}

void kr_compileexpr_expr(kr_compiler_t *c, kr_ast_node_t *e) {
    kr_unit_t *u = c->u;
    kr_stack_check();
    kr_compile_set_line(c, e);
    switch (e->kind) {
        case KR_AST_CONSTANT:
            kr_emit_load_const(u, e->u.constant.value);
            break;
        case KR_AST_NAME:
            kr_compile_name_op(c, e->u.name.id, KR_AST_CTX_LOAD, e);
            break;
        case KR_AST_BOOL_OP: {
            int l_end = kr_emit_label_new(u);
            kr_ast_seq_t *vals = &e->u.boolop.values;
            for (size_t i = 0; i < vals->n; i++) {
                expr(c, vals->items[i]);
                if (i + 1 < vals->n) {
                    kr_emit_jump(u, e->u.boolop.is_or ? KR_OP_JUMP_IF_TRUE_OR_POP : KR_OP_JUMP_IF_FALSE_OR_POP, l_end);
                }
            }
            kr_emit_label_place(u, l_end);
            break;
        }
        case KR_AST_NAMED_EXPR:
            expr(c, e->u.named.value);
            kr_emit_op(u, KR_OP_DUP_TOP);
            kr_compileexpr_store(c, e->u.named.target);
            break;
        case KR_AST_BIN_OP: {
            kr_obj_t v;
            if (kr_compileexpr_fold(c, e, &v)) {
                kr_emit_load_const(u, v);
                break;
            }
            expr(c, e->u.binop.left);
            expr(c, e->u.binop.right);
            kr_compile_set_line(c, e);
            kr_emit_op_arg(u, KR_OP_BINARY_OP, e->u.binop.op);
            break;
        }
        case KR_AST_UNARY_OP: {
            kr_obj_t v;
            if (e->u.unop.op != KR_UNARY_OP_NOT && kr_compileexpr_fold(c, e, &v)) {
                kr_emit_load_const(u, v);
                break;
            }
            expr(c, e->u.unop.operand);
            kr_compile_set_line(c, e);
            kr_emit_op_arg(u, KR_OP_UNARY_OP, e->u.unop.op);
            break;
        }
        case KR_AST_LAMBDA:
            compile_lambda(c, e);
            break;
        case KR_AST_IF_EXP: {
            int l_else = kr_emit_label_new(u);
            int l_end = kr_emit_label_new(u);
            kr_compileexpr_jump_if(c, e->u.ifexp.test, false, l_else);
            expr(c, e->u.ifexp.body);
            kr_emit_jump(u, KR_OP_JUMP, l_end);
            kr_emit_label_place(u, l_else);
            expr(c, e->u.ifexp.orelse);
            kr_emit_label_place(u, l_end);
            break;
        }
        case KR_AST_DICT:
            compile_dict(c, e);
            break;
        case KR_AST_SET:
        case KR_AST_LIST:
        case KR_AST_TUPLE:
            if (e->ctx != KR_AST_CTX_LOAD) {
                kr_compile_error(c, e, "invalid target context");
            }
            compile_sequence(c, e);
            break;
        case KR_AST_LIST_COMP:
        case KR_AST_SET_COMP:
        case KR_AST_DICT_COMP:
        case KR_AST_GENERATOR_EXP:
            compile_comprehension(c, e);
            break;
        case KR_AST_AWAIT:
            expr(c, e->u.value.value);
            kr_compile_set_line(c, e);
            kr_emit_op(u, KR_OP_GET_AWAITABLE);
            kr_emit_op(u, KR_OP_LOAD_NONE);
            kr_emit_op(u, KR_OP_YIELD_FROM);
            break;
        case KR_AST_YIELD:
            if (e->u.value.value != NULL) {
                expr(c, e->u.value.value);
            } else {
                kr_emit_op(u, KR_OP_LOAD_NONE);
            }
            kr_compile_set_line(c, e);
            kr_emit_op(u, KR_OP_YIELD_VALUE);
            break;
        case KR_AST_YIELD_FROM:
            expr(c, e->u.value.value);
            kr_compile_set_line(c, e);
            kr_emit_op(u, KR_OP_GET_YIELD_FROM_ITER);
            kr_emit_op(u, KR_OP_LOAD_NONE);
            kr_emit_op(u, KR_OP_YIELD_FROM);
            break;
        case KR_AST_COMPARE:
            compile_compare(c, e);
            break;
        case KR_AST_CALL:
            compile_call(c, e);
            break;
        case KR_AST_FORMATTED_VALUE:
            compile_fvalue(c, e);
            break;
        case KR_AST_JOINED_STR:
            compile_joined(c, e);
            break;
        case KR_AST_ATTRIBUTE:
            expr(c, e->u.attr.value);
            kr_compile_set_line(c, e);
            kr_emit_op_arg(u, KR_OP_LOAD_ATTR, (kr_int_t)kr_emit_name_index(u, e->u.attr.attr));
            break;
        case KR_AST_SUBSCRIPT:
            expr(c, e->u.subscr.value);
            expr(c, e->u.subscr.slice);
            kr_compile_set_line(c, e);
            kr_emit_op(u, KR_OP_BINARY_SUBSCR);
            break;
        case KR_AST_STARRED:
            kr_compile_error(c, e, "can't use starred expression here");
        case KR_AST_SLICE: {
            int n = 2;
            if (e->u.slice.lower != NULL) {
                expr(c, e->u.slice.lower);
            } else {
                kr_emit_op(u, KR_OP_LOAD_NONE);
            }
            if (e->u.slice.upper != NULL) {
                expr(c, e->u.slice.upper);
            } else {
                kr_emit_op(u, KR_OP_LOAD_NONE);
            }
            if (e->u.slice.step != NULL) {
                expr(c, e->u.slice.step);
                n = 3;
            }
            kr_emit_op_arg(u, KR_OP_BUILD_SLICE, n);
            break;
        }
        default:
            kr_compile_error(c, e, "invalid syntax");
    }
}

/* ---------------------------------------------------------------- conditional jumps */

void kr_compileexpr_jump_if(kr_compiler_t *c, kr_ast_node_t *e, bool cond, int label) {
    kr_unit_t *u = c->u;
    switch (e->kind) {
        case KR_AST_UNARY_OP:
            if (e->u.unop.op == KR_UNARY_OP_NOT) {
                kr_compileexpr_jump_if(c, e->u.unop.operand, !cond, label);
                return;
            }
            break;
        case KR_AST_BOOL_OP: {
            kr_ast_seq_t *vals = &e->u.boolop.values;
            bool is_or = e->u.boolop.is_or;
            if (is_or == cond) {
                /* or/true: any true jumps; and/false: any false jumps */
                for (size_t i = 0; i < vals->n; i++) {
                    kr_compileexpr_jump_if(c, vals->items[i], cond, label);
                }
            } else {
                int l_next = kr_emit_label_new(u);
                for (size_t i = 0; i + 1 < vals->n; i++) {
                    kr_compileexpr_jump_if(c, vals->items[i], !cond, l_next);
                }
                kr_compileexpr_jump_if(c, vals->items[vals->n - 1], cond, label);
                kr_emit_label_place(u, l_next);
            }
            return;
        }
        case KR_AST_CONSTANT: {
            kr_obj_t v = e->u.constant.value;
            int truth = -1;
            if (v == KR_OBJ_NONE || v == KR_OBJ_FALSE) {
                truth = 0;
            } else if (v == KR_OBJ_TRUE) {
                truth = 1;
            } else if (KR_IS_SMALL_INT(v)) {
                truth = KR_SMALL_INT_VALUE(v) != 0;
            }
            if (truth >= 0) {
                if ((truth != 0) == cond) {
                    kr_emit_jump(u, KR_OP_JUMP, label);
                }
                return;
            }
            break;
        }
        default:
            break;
    }
    expr(c, e);
    kr_emit_jump(u, cond ? KR_OP_POP_JUMP_IF_TRUE : KR_OP_POP_JUMP_IF_FALSE, label);
}

/* ---------------------------------------------------------------- targets */

void kr_compileexpr_store(kr_compiler_t *c, kr_ast_node_t *t) {
    kr_unit_t *u = c->u;
    switch (t->kind) {
        case KR_AST_NAME:
            kr_compile_name_op(c, t->u.name.id, KR_AST_CTX_STORE, t);
            break;
        case KR_AST_ATTRIBUTE:
            expr(c, t->u.attr.value);
            kr_compile_set_line(c, t);
            kr_emit_op_arg(u, KR_OP_STORE_ATTR, (kr_int_t)kr_emit_name_index(u, t->u.attr.attr));
            break;
        case KR_AST_SUBSCRIPT:
            expr(c, t->u.subscr.value);
            expr(c, t->u.subscr.slice);
            kr_compile_set_line(c, t);
            kr_emit_op(u, KR_OP_STORE_SUBSCR);
            break;
        case KR_AST_TUPLE:
        case KR_AST_LIST: {
            kr_ast_seq_t *elts = &t->u.seq.elts;
            size_t n = elts->n, star = n;
            for (size_t i = 0; i < n; i++) {
                if (elts->items[i]->kind == KR_AST_STARRED) {
                    if (star != n) {
                        kr_compile_error(c, elts->items[i], "multiple starred expressions in assignment");
                    }
                    star = i;
                }
            }
            kr_compile_set_line(c, t);
            if (star == n) {
                kr_emit_op_arg(u, KR_OP_UNPACK_SEQUENCE, (kr_int_t)n);
            } else {
                size_t after = n - star - 1;
                if (star > 255 || after > 255) {
                    kr_compile_error(c, t, "too many expressions in star-unpacking assignment");
                }
                kr_emit_op_arg(u, KR_OP_UNPACK_EX, (kr_int_t)(star | (after << 8)));
            }
            for (size_t i = 0; i < n; i++) {
                kr_ast_node_t *el = elts->items[i];
                kr_compileexpr_store(c, el->kind == KR_AST_STARRED ? el->u.value.value : el);
            }
            break;
        }
        case KR_AST_STARRED:
            kr_compile_error(c, t, "starred assignment target must be in a list or tuple");
        default:
            kr_compile_error(c, t, "cannot assign to expression");
    }
}

void kr_compileexpr_delete(kr_compiler_t *c, kr_ast_node_t *t) {
    kr_unit_t *u = c->u;
    kr_compile_set_line(c, t);
    switch (t->kind) {
        case KR_AST_NAME:
            kr_compile_name_op(c, t->u.name.id, KR_AST_CTX_DEL, t);
            break;
        case KR_AST_ATTRIBUTE:
            expr(c, t->u.attr.value);
            kr_compile_set_line(c, t);
            kr_emit_op_arg(u, KR_OP_DELETE_ATTR, (kr_int_t)kr_emit_name_index(u, t->u.attr.attr));
            break;
        case KR_AST_SUBSCRIPT:
            expr(c, t->u.subscr.value);
            expr(c, t->u.subscr.slice);
            kr_compile_set_line(c, t);
            kr_emit_op(u, KR_OP_DELETE_SUBSCR);
            break;
        case KR_AST_TUPLE:
        case KR_AST_LIST:
            for (size_t i = 0; i < t->u.seq.elts.n; i++) {
                kr_compileexpr_delete(c, t->u.seq.elts.items[i]);
            }
            break;
        default:
            kr_compile_error(c, t, "cannot delete expression");
    }
}
