/* ast.c: the AST arena (chunks on the GC heap, freed as a whole), node creation and a
 * debugging dump of a tree as an S-expression. */
#include <string.h>
#include <stdio.h>
#include "ast.h"
#include "gc.h"
#include "parse.h"
#include "state.h"

#define CHUNK_BYTES (4096)

struct _kr_ast_chunk_t {
    kr_ast_chunk_t *next;
    size_t size;                 /* usable bytes in data */
    uintptr_t data[];
};

void kr_ast_arena_init(kr_ast_arena_t *a) {
    a->chunks = NULL;
    a->used = 0;
}

void *kr_ast_alloc(kr_ast_arena_t *a, size_t n) {
    n = (n + sizeof(uintptr_t) - 1) & ~(sizeof(uintptr_t) - 1);
    kr_ast_chunk_t *c = a->chunks;
    if (c != NULL && a->used + n <= c->size) {
        void *p = (char *)c->data + a->used;
        a->used += n;
        return p;
    }
    if (n > CHUNK_BYTES / 4) {
        /* a large request gets a chunk of its own, kept behind the current one */
        kr_ast_chunk_t *big = kr_gc_alloc(sizeof(kr_ast_chunk_t) + n, 0);
        big->size = n;
        if (c != NULL) {
            big->next = c->next;
            c->next = big;
        } else {
            a->chunks = big;
            a->used = n;
        }
        return big->data;
    }
    kr_ast_chunk_t *nc = kr_gc_alloc(sizeof(kr_ast_chunk_t) + CHUNK_BYTES, 0);
    nc->size = CHUNK_BYTES;
    nc->next = c;
    a->chunks = nc;
    a->used = n;
    return nc->data;
}

void kr_ast_arena_free(kr_ast_arena_t *a) {
    kr_ast_chunk_t *c = a->chunks;
    while (c != NULL) {
        kr_ast_chunk_t *next = c->next;
        kr_gc_free(c);
        c = next;
    }
    a->chunks = NULL;
    a->used = 0;
}

kr_ast_node_t *kr_ast_new(kr_ast_arena_t *a, kr_ast_kind_t kind, uint32_t line, uint32_t col) {
    kr_ast_node_t *n = kr_ast_alloc(a, sizeof(kr_ast_node_t));
    n->kind = (uint8_t)kind;
    n->line = line;
    n->col = col;
    return n;
}

/* ---------------------------------------------------------------- dump */

static const char *const kind_names[KR_AST_NUM_KINDS] = {
    [KR_AST_MODULE] = "Module", [KR_AST_INTERACTIVE] = "Interactive", [KR_AST_EXPRESSION] = "Expression",
    [KR_AST_FUNCTION_DEF] = "FunctionDef", [KR_AST_CLASS_DEF] = "ClassDef", [KR_AST_RETURN] = "Return",
    [KR_AST_DELETE] = "Delete", [KR_AST_ASSIGN] = "Assign", [KR_AST_AUG_ASSIGN] = "AugAssign",
    [KR_AST_ANN_ASSIGN] = "AnnAssign", [KR_AST_FOR] = "For", [KR_AST_WHILE] = "While", [KR_AST_IF] = "If",
    [KR_AST_WITH] = "With", [KR_AST_RAISE] = "Raise", [KR_AST_TRY] = "Try", [KR_AST_ASSERT] = "Assert",
    [KR_AST_IMPORT] = "Import", [KR_AST_IMPORT_FROM] = "ImportFrom", [KR_AST_GLOBAL] = "Global",
    [KR_AST_NONLOCAL] = "Nonlocal", [KR_AST_EXPR] = "Expr", [KR_AST_PASS] = "Pass", [KR_AST_BREAK] = "Break",
    [KR_AST_CONTINUE] = "Continue", [KR_AST_BOOL_OP] = "BoolOp", [KR_AST_NAMED_EXPR] = "NamedExpr",
    [KR_AST_BIN_OP] = "BinOp", [KR_AST_UNARY_OP] = "UnaryOp", [KR_AST_LAMBDA] = "Lambda",
    [KR_AST_IF_EXP] = "IfExp", [KR_AST_DICT] = "Dict", [KR_AST_SET] = "Set", [KR_AST_LIST_COMP] = "ListComp",
    [KR_AST_SET_COMP] = "SetComp", [KR_AST_DICT_COMP] = "DictComp", [KR_AST_GENERATOR_EXP] = "GeneratorExp",
    [KR_AST_AWAIT] = "Await", [KR_AST_YIELD] = "Yield", [KR_AST_YIELD_FROM] = "YieldFrom",
    [KR_AST_COMPARE] = "Compare", [KR_AST_CALL] = "Call", [KR_AST_FORMATTED_VALUE] = "FormattedValue",
    [KR_AST_JOINED_STR] = "JoinedStr", [KR_AST_CONSTANT] = "Constant", [KR_AST_ATTRIBUTE] = "Attribute",
    [KR_AST_SUBSCRIPT] = "Subscript", [KR_AST_STARRED] = "Starred", [KR_AST_NAME] = "Name",
    [KR_AST_LIST] = "List", [KR_AST_TUPLE] = "Tuple", [KR_AST_SLICE] = "Slice",
    [KR_AST_COMPREHENSION] = "comprehension", [KR_AST_EXCEPT_HANDLER] = "ExceptHandler",
    [KR_AST_ARGUMENTS] = "arguments", [KR_AST_ARG] = "arg", [KR_AST_KEYWORD] = "keyword",
    [KR_AST_ALIAS] = "alias", [KR_AST_WITHITEM] = "withitem",
};

static const char *binop_name(int op) {
    if (op >= KR_BINARY_OP_INPLACE_OR && op <= KR_BINARY_OP_INPLACE_POWER) {
        op = op - KR_BINARY_OP_INPLACE_OR + KR_BINARY_OP_OR;
    }
    switch (op) {
        case KR_BINARY_OP_LESS: return "Lt";
        case KR_BINARY_OP_MORE: return "Gt";
        case KR_BINARY_OP_EQUAL: return "Eq";
        case KR_BINARY_OP_LESS_EQUAL: return "LtE";
        case KR_BINARY_OP_MORE_EQUAL: return "GtE";
        case KR_BINARY_OP_NOT_EQUAL: return "NotEq";
        case KR_BINARY_OP_IN: return "In";
        case KR_BINARY_OP_NOT_IN: return "NotIn";
        case KR_BINARY_OP_IS: return "Is";
        case KR_BINARY_OP_IS_NOT: return "IsNot";
        case KR_BINARY_OP_OR: return "BitOr";
        case KR_BINARY_OP_XOR: return "BitXor";
        case KR_BINARY_OP_AND: return "BitAnd";
        case KR_BINARY_OP_LSHIFT: return "LShift";
        case KR_BINARY_OP_RSHIFT: return "RShift";
        case KR_BINARY_OP_ADD: return "Add";
        case KR_BINARY_OP_SUBTRACT: return "Sub";
        case KR_BINARY_OP_MULTIPLY: return "Mult";
        case KR_BINARY_OP_MAT_MULTIPLY: return "MatMult";
        case KR_BINARY_OP_FLOOR_DIVIDE: return "FloorDiv";
        case KR_BINARY_OP_TRUE_DIVIDE: return "Div";
        case KR_BINARY_OP_MODULO: return "Mod";
        case KR_BINARY_OP_POWER: return "Pow";
        default: return "?";
    }
}

static const char *unop_name(int op) {
    switch (op) {
        case KR_UNARY_OP_POSITIVE: return "UAdd";
        case KR_UNARY_OP_NEGATIVE: return "USub";
        case KR_UNARY_OP_INVERT: return "Invert";
        case KR_UNARY_OP_NOT: return "Not";
        default: return "?";
    }
}

static void dump_node(const kr_print_t *p, const kr_ast_node_t *n);

static void dump_qstr(const kr_print_t *p, kr_qstr_t q) {
    kr_print_str(p, " ");
    if (q == KR_QSTR_NULL) {
        kr_print_str(p, "None");
    } else {
        kr_print_str(p, kr_qstr_str(q));
    }
}

static void dump_opt(const kr_print_t *p, const kr_ast_node_t *n) {
    kr_print_str(p, " ");
    if (n == NULL) {
        kr_print_str(p, "None");
    } else {
        dump_node(p, n);
    }
}

static void dump_seq(const kr_print_t *p, const kr_ast_seq_t *s) {
    kr_print_str(p, " [");
    for (size_t i = 0; i < s->n; i++) {
        if (i > 0) {
            kr_print_str(p, " ");
        }
        if (s->items[i] == NULL) {
            kr_print_str(p, "None");
        } else {
            dump_node(p, s->items[i]);
        }
    }
    kr_print_str(p, "]");
}

static void dump_text(const kr_print_t *p, const char *s, size_t len, bool bytes) {
    kr_print_str(p, bytes ? "b'" : "'");
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        char buf[8];
        if (c == '\\' || c == '\'') {
            buf[0] = '\\';
            buf[1] = (char)c;
            kr_print_strn(p, buf, 2);
        } else if (c == '\n') {
            kr_print_str(p, "\\n");
        } else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
            snprintf(buf, sizeof(buf), "\\x%02x", c);
            kr_print_str(p, buf);
        } else {
            kr_print_strn(p, (const char *)&s[i], 1);
        }
    }
    kr_print_str(p, "'");
}

static void dump_constant(const kr_print_t *p, kr_obj_t v) {
    char buf[40];
    if (v == KR_OBJ_NONE) {
        kr_print_str(p, "None");
    } else if (v == KR_OBJ_TRUE) {
        kr_print_str(p, "True");
    } else if (v == KR_OBJ_FALSE) {
        kr_print_str(p, "False");
    } else if (v == KR_OBJ_ELLIPSIS) {
        kr_print_str(p, "Ellipsis");
    } else if (KR_IS_SMALL_INT(v)) {
        snprintf(buf, sizeof(buf), "%ld", (long)KR_SMALL_INT_VALUE(v));
        kr_print_str(p, buf);
    } else if (kr_obj_is_type(v, &kr_type_float)) {
        snprintf(buf, sizeof(buf), "%.17g", kr_obj_float_get(v));
        kr_print_str(p, buf);
#if KR_FEATURE_COMPLEX
    } else if (kr_obj_is_type(v, &kr_type_complex)) {
        double re, im;
        kr_obj_complex_get(v, &re, &im);
        snprintf(buf, sizeof(buf), "%.17gj", im);
        kr_print_str(p, buf);
#endif
    } else if (kr_obj_is_str(v) || kr_obj_is_type(v, &kr_type_bytes)) {
        size_t len;
        const char *s = kr_obj_str_get_data(v, &len);
        dump_text(p, s, len, !kr_obj_is_str(v));
    } else {
        kr_obj_print(p, v, KR_PRINT_REPR);
    }
}

static void dump_node(const kr_print_t *p, const kr_ast_node_t *n) {
    static const char *const ctx_names[] = {"Load", "Store", "Del"};
    kr_stack_check();
    const char *name = n->kind < KR_AST_NUM_KINDS ? kind_names[n->kind] : "?";
    if ((n->kind == KR_AST_FUNCTION_DEF && n->u.def.is_async) || (n->kind == KR_AST_FOR && n->u.loop.is_async)
        || (n->kind == KR_AST_WITH && n->u.with.is_async)) {
        kr_print_str(p, "(Async");
    } else {
        kr_print_str(p, "(");
    }
    kr_print_str(p, name);
    switch (n->kind) {
        case KR_AST_MODULE: case KR_AST_INTERACTIVE:
            dump_seq(p, &n->u.module.body);
            break;
        case KR_AST_EXPRESSION: case KR_AST_EXPR:
            dump_opt(p, n->u.expr.value);
            break;
        case KR_AST_FUNCTION_DEF:
            dump_qstr(p, n->u.def.name);
            dump_opt(p, n->u.def.args);
            dump_seq(p, &n->u.def.body);
            dump_seq(p, &n->u.def.decorators);
            break;
        case KR_AST_CLASS_DEF:
            dump_qstr(p, n->u.cls.name);
            dump_seq(p, &n->u.cls.bases);
            dump_seq(p, &n->u.cls.keywords);
            dump_seq(p, &n->u.cls.body);
            dump_seq(p, &n->u.cls.decorators);
            break;
        case KR_AST_RETURN: case KR_AST_AWAIT: case KR_AST_YIELD: case KR_AST_YIELD_FROM:
            dump_opt(p, n->u.value.value);
            break;
        case KR_AST_STARRED:
            dump_opt(p, n->u.value.value);
            kr_print_str(p, " ");
            kr_print_str(p, ctx_names[n->ctx]);
            break;
        case KR_AST_DELETE:
            dump_seq(p, &n->u.del.targets);
            break;
        case KR_AST_ASSIGN:
            dump_seq(p, &n->u.assign.targets);
            dump_opt(p, n->u.assign.value);
            break;
        case KR_AST_AUG_ASSIGN:
            dump_opt(p, n->u.aug.target);
            kr_print_str(p, " ");
            kr_print_str(p, binop_name(n->u.aug.op));
            dump_opt(p, n->u.aug.value);
            break;
        case KR_AST_ANN_ASSIGN:
            dump_opt(p, n->u.ann.target);
            dump_opt(p, n->u.ann.annotation);
            dump_opt(p, n->u.ann.value);
            kr_print_str(p, n->u.ann.simple ? " 1" : " 0");
            break;
        case KR_AST_FOR:
            dump_opt(p, n->u.loop.target);
            dump_opt(p, n->u.loop.iter);
            dump_seq(p, &n->u.loop.body);
            dump_seq(p, &n->u.loop.orelse);
            break;
        case KR_AST_WHILE:
            dump_opt(p, n->u.loop.iter);
            dump_seq(p, &n->u.loop.body);
            dump_seq(p, &n->u.loop.orelse);
            break;
        case KR_AST_IF:
            dump_opt(p, n->u.if_.test);
            dump_seq(p, &n->u.if_.body);
            dump_seq(p, &n->u.if_.orelse);
            break;
        case KR_AST_WITH:
            dump_seq(p, &n->u.with.items);
            dump_seq(p, &n->u.with.body);
            break;
        case KR_AST_RAISE:
            dump_opt(p, n->u.raise.exc);
            dump_opt(p, n->u.raise.cause);
            break;
        case KR_AST_TRY:
            dump_seq(p, &n->u.try_.body);
            dump_seq(p, &n->u.try_.handlers);
            dump_seq(p, &n->u.try_.orelse);
            dump_seq(p, &n->u.try_.finalbody);
            break;
        case KR_AST_ASSERT:
            dump_opt(p, n->u.assert_.test);
            dump_opt(p, n->u.assert_.msg);
            break;
        case KR_AST_IMPORT:
            dump_seq(p, &n->u.import.names);
            break;
        case KR_AST_IMPORT_FROM: {
            dump_qstr(p, n->u.import.module);
            dump_seq(p, &n->u.import.names);
            char buf[16];
            snprintf(buf, sizeof(buf), " %d", n->u.import.level);
            kr_print_str(p, buf);
            break;
        }
        case KR_AST_GLOBAL: case KR_AST_NONLOCAL:
            kr_print_str(p, " [");
            for (size_t i = 0; i < n->u.names.n; i++) {
                if (i > 0) {
                    kr_print_str(p, " ");
                }
                kr_print_str(p, kr_qstr_str(n->u.names.names[i]));
            }
            kr_print_str(p, "]");
            break;
        case KR_AST_BOOL_OP:
            kr_print_str(p, n->u.boolop.is_or ? " Or" : " And");
            dump_seq(p, &n->u.boolop.values);
            break;
        case KR_AST_NAMED_EXPR:
            dump_opt(p, n->u.named.target);
            dump_opt(p, n->u.named.value);
            break;
        case KR_AST_BIN_OP:
            dump_opt(p, n->u.binop.left);
            kr_print_str(p, " ");
            kr_print_str(p, binop_name(n->u.binop.op));
            dump_opt(p, n->u.binop.right);
            break;
        case KR_AST_UNARY_OP:
            kr_print_str(p, " ");
            kr_print_str(p, unop_name(n->u.unop.op));
            dump_opt(p, n->u.unop.operand);
            break;
        case KR_AST_LAMBDA:
            dump_opt(p, n->u.lambda.args);
            dump_opt(p, n->u.lambda.body);
            break;
        case KR_AST_IF_EXP:
            dump_opt(p, n->u.ifexp.test);
            dump_opt(p, n->u.ifexp.body);
            dump_opt(p, n->u.ifexp.orelse);
            break;
        case KR_AST_DICT:
            dump_seq(p, &n->u.dict.keys);
            dump_seq(p, &n->u.dict.values);
            break;
        case KR_AST_SET: case KR_AST_JOINED_STR:
            dump_seq(p, &n->u.seq.elts);
            break;
        case KR_AST_LIST: case KR_AST_TUPLE:
            dump_seq(p, &n->u.seq.elts);
            kr_print_str(p, " ");
            kr_print_str(p, ctx_names[n->ctx]);
            break;
        case KR_AST_LIST_COMP: case KR_AST_SET_COMP: case KR_AST_GENERATOR_EXP:
            dump_opt(p, n->u.comp.elt);
            dump_seq(p, &n->u.comp.generators);
            break;
        case KR_AST_DICT_COMP:
            dump_opt(p, n->u.comp.key);
            dump_opt(p, n->u.comp.elt);
            dump_seq(p, &n->u.comp.generators);
            break;
        case KR_AST_COMPARE:
            dump_opt(p, n->u.compare.left);
            kr_print_str(p, " [");
            for (size_t i = 0; i < n->u.compare.n; i++) {
                if (i > 0) {
                    kr_print_str(p, " ");
                }
                kr_print_str(p, binop_name(n->u.compare.ops[i]));
            }
            kr_print_str(p, "] [");
            for (size_t i = 0; i < n->u.compare.n; i++) {
                if (i > 0) {
                    kr_print_str(p, " ");
                }
                dump_node(p, n->u.compare.comparators[i]);
            }
            kr_print_str(p, "]");
            break;
        case KR_AST_CALL:
            dump_opt(p, n->u.call.func);
            dump_seq(p, &n->u.call.args);
            dump_seq(p, &n->u.call.keywords);
            break;
        case KR_AST_FORMATTED_VALUE: {
            dump_opt(p, n->u.fvalue.value);
            char buf[16];
            snprintf(buf, sizeof(buf), " %d", n->u.fvalue.conversion);
            kr_print_str(p, buf);
            dump_opt(p, n->u.fvalue.format_spec);
            break;
        }
        case KR_AST_CONSTANT:
            kr_print_str(p, " ");
            dump_constant(p, n->u.constant.value);
            break;
        case KR_AST_ATTRIBUTE:
            dump_opt(p, n->u.attr.value);
            dump_qstr(p, n->u.attr.attr);
            kr_print_str(p, " ");
            kr_print_str(p, ctx_names[n->ctx]);
            break;
        case KR_AST_SUBSCRIPT:
            dump_opt(p, n->u.subscr.value);
            dump_opt(p, n->u.subscr.slice);
            kr_print_str(p, " ");
            kr_print_str(p, ctx_names[n->ctx]);
            break;
        case KR_AST_NAME:
            dump_qstr(p, n->u.name.id);
            kr_print_str(p, " ");
            kr_print_str(p, ctx_names[n->ctx]);
            break;
        case KR_AST_SLICE:
            dump_opt(p, n->u.slice.lower);
            dump_opt(p, n->u.slice.upper);
            dump_opt(p, n->u.slice.step);
            break;
        case KR_AST_COMPREHENSION:
            dump_opt(p, n->u.compfor.target);
            dump_opt(p, n->u.compfor.iter);
            dump_seq(p, &n->u.compfor.ifs);
            kr_print_str(p, n->u.compfor.is_async ? " 1" : " 0");
            break;
        case KR_AST_EXCEPT_HANDLER:
            dump_opt(p, n->u.handler.type);
            dump_qstr(p, n->u.handler.name);
            dump_seq(p, &n->u.handler.body);
            break;
        case KR_AST_ARGUMENTS:
            dump_seq(p, &n->u.arguments.posonlyargs);
            dump_seq(p, &n->u.arguments.args);
            dump_opt(p, n->u.arguments.vararg);
            dump_seq(p, &n->u.arguments.kwonlyargs);
            dump_seq(p, &n->u.arguments.kw_defaults);
            dump_opt(p, n->u.arguments.kwarg);
            dump_seq(p, &n->u.arguments.defaults);
            break;
        case KR_AST_ARG:
            dump_qstr(p, n->u.arg.arg);
            break;
        case KR_AST_KEYWORD:
            dump_qstr(p, n->u.keyword.arg);
            dump_opt(p, n->u.keyword.value);
            break;
        case KR_AST_ALIAS:
            dump_qstr(p, n->u.alias.name);
            dump_qstr(p, n->u.alias.asname);
            break;
        case KR_AST_WITHITEM:
            dump_opt(p, n->u.withitem.context_expr);
            dump_opt(p, n->u.withitem.optional_vars);
            break;
        default:
            break;
    }
    if (kr_ast_dump_positions && n->kind > KR_AST_EXPRESSION && n->kind != KR_AST_COMPREHENSION
        && n->kind != KR_AST_ARGUMENTS && n->kind != KR_AST_WITHITEM) {
        char buf[32];
        snprintf(buf, sizeof(buf), " @%u:%u", (unsigned)n->line, (unsigned)n->col);
        kr_print_str(p, buf);
    }
    kr_print_str(p, ")");
}

bool kr_ast_dump_positions;

void kr_ast_dump(const kr_print_t *p, const kr_ast_node_t *node) {
    if (node == NULL) {
        kr_print_str(p, "None\n");
        return;
    }
    dump_node(p, node);
    kr_print_str(p, "\n");
}
