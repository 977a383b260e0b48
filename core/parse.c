/* parse.c: the recursive-descent parser's statements and entry point (kr_parse):
 * tokens -> AST (ast.h); expressions are in parseexpr.c, literals in parsestr.c. */
#include <string.h>
#include <stdarg.h>
#include <stdio.h>
#include "parse.h"
#include "gc.h"
#include "state.h"

/* ---------------------------------------------------------------- utilities */

void kr_parse_next(kr_parser_t *ps) {
    kr_lexer_next(&ps->lex);
}

kr_ast_node_t *kr_parse_new(kr_parser_t *ps, kr_ast_kind_t kind, uint32_t line, uint32_t col) {
    return kr_ast_new(ps->arena, kind, line, col);
}

kr_ast_node_t *kr_parse_new_here(kr_parser_t *ps, kr_ast_kind_t kind) {
    return kr_ast_new(ps->arena, kind, ps->lex.tok.line, ps->lex.tok.col);
}

void kr_parse_push(kr_parser_t *ps, kr_ast_node_t *node) {
    if (ps->sp == ps->alloc) {
        size_t n = ps->alloc ? ps->alloc * 2 : 64;
        ps->stack = ps->stack ? kr_gc_realloc(ps->stack, n * sizeof(*ps->stack))
                              : kr_gc_alloc(n * sizeof(*ps->stack), 0);
        ps->alloc = n;
    }
    ps->stack[ps->sp++] = node;
}

kr_ast_seq_t kr_parse_pop_seq(kr_parser_t *ps, size_t base) {
    kr_ast_seq_t s;
    s.n = ps->sp - base;
    if (s.n == 0) {
        s.items = NULL;
    } else {
        s.items = kr_ast_alloc(ps->arena, s.n * sizeof(kr_ast_node_t *));
        memcpy(s.items, ps->stack + base, s.n * sizeof(kr_ast_node_t *));
    }
    ps->sp = base;
    return s;
}

_Noreturn void kr_parse_error(kr_parser_t *ps, const char *msg) {
    kr_lexer_error_at(&ps->lex, &kr_type_SyntaxError, ps->lex.tok.line, ps->lex.tok.col, "%s", msg);
}

_Noreturn void kr_parse_error_at(kr_parser_t *ps, const kr_ast_node_t *at, const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    kr_lexer_error_at(&ps->lex, &kr_type_SyntaxError, at->line, at->col, "%s", msg);
}

_Noreturn void kr_parse_syntax_error(kr_parser_t *ps) {
    int k = KR_TOK;
    if (k == KR_TOK_INDENT) {
        kr_lexer_error_at(&ps->lex, &kr_type_IndentationError, ps->lex.tok.line,
                          ps->lex.tok.col ? ps->lex.tok.col - 1 : 0, "unexpected indent");
    }
    if (k == KR_TOK_DEDENT) {
        kr_lexer_error_at(&ps->lex, &kr_type_IndentationError, ps->lex.tok.line, ps->lex.tok.col,
                          "unindent does not match any outer indentation level");
    }
    kr_parse_error(ps, "invalid syntax");
}

void kr_parse_expect(kr_parser_t *ps, int kind) {
    if (KR_TOK != kind) {
        if (kind == KR_TOK_COLON) {
            kr_parse_error(ps, "expected ':'");
        }
        kr_parse_syntax_error(ps);
    }
    kr_parse_next(ps);
}

bool kr_parse_accept(kr_parser_t *ps, int kind) {
    if (KR_TOK == kind) {
        kr_parse_next(ps);
        return true;
    }
    return false;
}

static kr_qstr_t expect_name(kr_parser_t *ps) {
    if (KR_TOK != KR_TOK_NAME) {
        kr_parse_syntax_error(ps);
    }
    kr_qstr_t q = ps->lex.tok.qstr;
    kr_parse_next(ps);
    return q;
}

/* The class name without its leading underscores (NULL if nothing is left). */
static const char *mangle_prefix(kr_parser_t *ps, size_t *len) {
    if (ps->class_name == KR_QSTR_NULL) {
        return NULL;
    }
    const char *c = kr_qstr_data(ps->class_name, len);
    while (*len > 0 && *c == '_') {
        c++;
        (*len)--;
    }
    return *len > 0 ? c : NULL;
}

kr_qstr_t kr_parse_mangle(kr_parser_t *ps, kr_qstr_t name) {
    size_t clen, len;
    const char *c = mangle_prefix(ps, &clen);
    if (c == NULL) {
        return name;
    }
    const char *s = kr_qstr_data(name, &len);
    if (len < 3 || s[0] != '_' || s[1] != '_' || (s[len - 1] == '_' && s[len - 2] == '_')) {
        return name;
    }
    kr_vstr_t v;
    kr_vstr_init(&v, 1 + clen + len);
    kr_vstr_add_byte(&v, '_');
    kr_vstr_add_strn(&v, c, clen);
    kr_vstr_add_strn(&v, s, len);
    kr_qstr_t q = kr_qstr_from_strn(v.buf, v.len);
    kr_vstr_clear(&v);
    return q;
}

kr_qstr_t kr_parse_unmangle(kr_parser_t *ps, const kr_ast_node_t *n) {
    size_t clen, len;
    const char *c = mangle_prefix(ps, &clen);
    kr_qstr_t id = n->u.name.id;
    if (c == NULL || !n->mangled) {
        return id;
    }
    const char *s = kr_qstr_data(id, &len);
    return kr_qstr_from_strn(s + 1 + clen, len - 1 - clen);
}

/* ---------------------------------------------------------------- targets */

void kr_parse_set_ctx(kr_parser_t *ps, kr_ast_node_t *n, kr_ast_ctx_t ctx) {
    switch (n->kind) {
        case KR_AST_NAME:
            if (ctx == KR_AST_CTX_STORE && n->u.name.id == KR_QSTR___debug__) {
                kr_parse_error_at(ps, n, "cannot assign to __debug__");
            }
            n->ctx = (uint8_t)ctx;
            return;
        case KR_AST_ATTRIBUTE:
        case KR_AST_SUBSCRIPT:
            n->ctx = (uint8_t)ctx;
            return;
        case KR_AST_STARRED:
            if (ctx == KR_AST_CTX_DEL) {
                kr_parse_error_at(ps, n, "cannot delete starred");
            }
            n->ctx = (uint8_t)ctx;
            kr_parse_set_ctx(ps, n->u.value.value, ctx);
            return;
        case KR_AST_TUPLE:
        case KR_AST_LIST:
            n->ctx = (uint8_t)ctx;
            for (size_t i = 0; i < n->u.seq.elts.n; i++) {
                kr_parse_set_ctx(ps, n->u.seq.elts.items[i], ctx);
            }
            return;
        default:
            kr_parse_error_at(ps, n, ctx == KR_AST_CTX_DEL ? "cannot delete %s" : "cannot assign to %s",
                              kr_parseexpr_expr_name(n));
    }
}

/* A whole left-hand side of `a = b`: CPython's wording differs for some targets. */
static void set_assign_target(kr_parser_t *ps, kr_ast_node_t *n, bool single, bool first) {
    switch (n->kind) {
        case KR_AST_NAME: case KR_AST_ATTRIBUTE: case KR_AST_SUBSCRIPT: case KR_AST_TUPLE: case KR_AST_LIST:
            kr_parse_set_ctx(ps, n, KR_AST_CTX_STORE);
            return;
        case KR_AST_STARRED:
            kr_parse_error_at(ps, n, "starred assignment target must be in a list or tuple");
        case KR_AST_YIELD: case KR_AST_YIELD_FROM:
            if (!first) {
                kr_parse_error_at(ps, n, "assignment to yield expression not possible");
            }
            break;
        case KR_AST_CONSTANT: {
            kr_obj_t v = n->u.constant.value;
            if (v == KR_OBJ_TRUE || v == KR_OBJ_FALSE || v == KR_OBJ_NONE) {
                kr_parse_set_ctx(ps, n, KR_AST_CTX_STORE);
            }
            break;
        }
        case KR_AST_COMPARE: case KR_AST_IF_EXP: case KR_AST_LAMBDA: case KR_AST_BOOL_OP:
        case KR_AST_NAMED_EXPR: case KR_AST_GENERATOR_EXP:
            kr_parse_set_ctx(ps, n, KR_AST_CTX_STORE);
            return;
        case KR_AST_UNARY_OP:
            if (n->u.unop.op == KR_UNARY_OP_NOT) {
                kr_parse_set_ctx(ps, n, KR_AST_CTX_STORE);
            }
            break;
        default:
            break;
    }
    if (single) {
        kr_parse_error_at(ps, n, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                          kr_parseexpr_expr_name(n));
    }
    kr_parse_set_ctx(ps, n, KR_AST_CTX_STORE);
}

/* ---------------------------------------------------------------- simple statements */

static bool is_augassign(int k) {
    return k >= KR_TOK_VBAREQUAL && k <= KR_TOK_DOUBLESTAREQUAL;
}

static const uint8_t augassign_ops[] = {
    KR_BINARY_OP_INPLACE_OR, KR_BINARY_OP_INPLACE_XOR, KR_BINARY_OP_INPLACE_AND,
    KR_BINARY_OP_INPLACE_LSHIFT, KR_BINARY_OP_INPLACE_RSHIFT, KR_BINARY_OP_INPLACE_ADD,
    KR_BINARY_OP_INPLACE_SUBTRACT, KR_BINARY_OP_INPLACE_MULTIPLY, KR_BINARY_OP_INPLACE_MAT_MULTIPLY,
    KR_BINARY_OP_INPLACE_FLOOR_DIVIDE, KR_BINARY_OP_INPLACE_TRUE_DIVIDE, KR_BINARY_OP_INPLACE_MODULO,
    KR_BINARY_OP_INPLACE_POWER,
};

static kr_ast_node_t *yield_or_star_expressions(kr_parser_t *ps) {
    if (KR_TOK == KR_TOK_KW_YIELD) {
        return kr_parseexpr_yield(ps);
    }
    return kr_parseexpr_star_expressions(ps);
}

static kr_ast_node_t *parse_expr_stmt(kr_parser_t *ps) {
    uint32_t line = ps->lex.tok.line, col = ps->lex.tok.col;
    bool starts_paren = KR_TOK == KR_TOK_LPAR;
    kr_ast_node_t *e = yield_or_star_expressions(ps);
    int k = KR_TOK;
    if (k == KR_TOK_EQUAL) {
        size_t base = ps->sp;
        kr_parse_push(ps, e);
        while (kr_parse_accept(ps, KR_TOK_EQUAL)) {
            kr_parse_push(ps, yield_or_star_expressions(ps));
        }
        size_t n = ps->sp - base;
        kr_ast_node_t *value = ps->stack[--ps->sp];
        for (size_t i = 0; i + 1 < n; i++) {
            set_assign_target(ps, ps->stack[base + i], n == 2, i == 0);
        }
        kr_ast_node_t *s = kr_parse_new(ps, KR_AST_ASSIGN, line, col);
        s->u.assign.targets = kr_parse_pop_seq(ps, base);
        s->u.assign.value = value;
        return s;
    }
    if (is_augassign(k)) {
        if (e->kind != KR_AST_NAME && e->kind != KR_AST_ATTRIBUTE && e->kind != KR_AST_SUBSCRIPT) {
            kr_parse_error_at(ps, e, "'%s' is an illegal expression for augmented assignment",
                              kr_parseexpr_expr_name(e));
        }
        kr_parse_set_ctx(ps, e, KR_AST_CTX_STORE);
        kr_parse_next(ps);
        kr_ast_node_t *s = kr_parse_new(ps, KR_AST_AUG_ASSIGN, line, col);
        s->u.aug.target = e;
        s->u.aug.op = augassign_ops[k - KR_TOK_VBAREQUAL];
        s->u.aug.value = yield_or_star_expressions(ps);
        return s;
    }
    if (k == KR_TOK_COLON) {
        if (e->kind == KR_AST_TUPLE) {
            kr_parse_error_at(ps, e, "only single target (not tuple) can be annotated");
        }
        if (e->kind == KR_AST_LIST) {
            kr_parse_error_at(ps, e, "only single target (not list) can be annotated");
        }
        if (e->kind != KR_AST_NAME && e->kind != KR_AST_ATTRIBUTE && e->kind != KR_AST_SUBSCRIPT) {
            kr_parse_error_at(ps, e, "illegal target for annotation");
        }
        kr_parse_set_ctx(ps, e, KR_AST_CTX_STORE);
        kr_parse_next(ps);
        kr_ast_node_t *s = kr_parse_new(ps, KR_AST_ANN_ASSIGN, line, col);
        s->u.ann.target = e;
        s->u.ann.annotation = kr_parseexpr_expression(ps);
        if (kr_parse_accept(ps, KR_TOK_EQUAL)) {
            s->u.ann.value = yield_or_star_expressions(ps);
        }
        s->u.ann.simple = e->kind == KR_AST_NAME && !starts_paren;
        return s;
    }
    if (k != KR_TOK_NEWLINE && k != KR_TOK_SEMI && k != KR_TOK_END && e->kind == KR_AST_NAME
        && (e->u.name.id == KR_QSTR_print || e->u.name.id == KR_QSTR_exec) && kr_parseexpr_starts_expr(k)) {
        const char *nm = kr_qstr_str(e->u.name.id);
        kr_parse_error_at(ps, e, "Missing parentheses in call to '%s'. Did you mean %s(...)?", nm, nm);
    }
    kr_ast_node_t *s = kr_parse_new(ps, KR_AST_EXPR, line, col);
    s->u.expr.value = e;
    return s;
}

/* dotted name a.b.c as one qstr */
static kr_qstr_t parse_dotted_name(kr_parser_t *ps) {
    if (KR_TOK != KR_TOK_NAME) {
        kr_parse_syntax_error(ps);
    }
    const char *start = ps->lex.tok.start;
    kr_qstr_t q = ps->lex.tok.qstr;
    kr_parse_next(ps);
    if (KR_TOK != KR_TOK_DOT) {
        return q;
    }
    kr_vstr_t v;
    kr_vstr_init(&v, 32);
    kr_vstr_add_str(&v, kr_qstr_str(q));
    (void)start;
    while (kr_parse_accept(ps, KR_TOK_DOT)) {
        if (KR_TOK != KR_TOK_NAME) {
            kr_parse_syntax_error(ps);
        }
        kr_vstr_add_byte(&v, '.');
        kr_vstr_add_str(&v, kr_qstr_str(ps->lex.tok.qstr));
        kr_parse_next(ps);
    }
    q = kr_qstr_from_strn(v.buf, v.len);
    kr_vstr_clear(&v);
    return q;
}

static kr_ast_node_t *parse_import(kr_parser_t *ps, uint32_t line, uint32_t col) {
    kr_parse_next(ps);
    size_t base = ps->sp;
    do {
        kr_ast_node_t *a = kr_parse_new_here(ps, KR_AST_ALIAS);
        a->u.alias.name = parse_dotted_name(ps);
        if (kr_parse_accept(ps, KR_TOK_KW_AS)) {
            a->u.alias.asname = kr_parse_mangle(ps, expect_name(ps));
        } else if (strchr(kr_qstr_str(a->u.alias.name), '.') == NULL
                   && kr_parse_mangle(ps, a->u.alias.name) != a->u.alias.name) {
            a->u.alias.asname = kr_parse_mangle(ps, a->u.alias.name);
        }
        kr_parse_push(ps, a);
    } while (kr_parse_accept(ps, KR_TOK_COMMA));
    kr_ast_node_t *s = kr_parse_new(ps, KR_AST_IMPORT, line, col);
    s->u.import.names = kr_parse_pop_seq(ps, base);
    return s;
}

static kr_ast_node_t *parse_from_import(kr_parser_t *ps, uint32_t line, uint32_t col) {
    kr_parse_next(ps);
    int level = 0;
    for (;;) {
        if (KR_TOK == KR_TOK_DOT) {
            level++;
        } else if (KR_TOK == KR_TOK_ELLIPSIS) {
            level += 3;
        } else {
            break;
        }
        kr_parse_next(ps);
    }
    kr_qstr_t module = KR_QSTR_NULL;
    if (level == 0 || KR_TOK != KR_TOK_KW_IMPORT) {
        module = parse_dotted_name(ps);
    }
    kr_parse_expect(ps, KR_TOK_KW_IMPORT);
    kr_ast_node_t *s = kr_parse_new(ps, KR_AST_IMPORT_FROM, line, col);
    s->u.import.module = module;
    s->u.import.level = level;
    size_t base = ps->sp;
    if (KR_TOK == KR_TOK_STAR) {
        kr_ast_node_t *a = kr_parse_new_here(ps, KR_AST_ALIAS);
        a->u.alias.name = KR_QSTR_star;
        kr_parse_next(ps);
        kr_parse_push(ps, a);
    } else {
        bool paren = kr_parse_accept(ps, KR_TOK_LPAR);
        for (;;) {
            kr_ast_node_t *a = kr_parse_new_here(ps, KR_AST_ALIAS);
            a->u.alias.name = expect_name(ps);
            if (kr_parse_accept(ps, KR_TOK_KW_AS)) {
                a->u.alias.asname = kr_parse_mangle(ps, expect_name(ps));
            } else if (kr_parse_mangle(ps, a->u.alias.name) != a->u.alias.name) {
                a->u.alias.asname = kr_parse_mangle(ps, a->u.alias.name);
            }
            kr_parse_push(ps, a);
            if (!kr_parse_accept(ps, KR_TOK_COMMA)) {
                break;
            }
            if (paren && KR_TOK == KR_TOK_RPAR) {
                break;
            }
            if (!paren && KR_TOK != KR_TOK_NAME) {
                kr_parse_error(ps, "trailing comma not allowed without surrounding parentheses");
            }
        }
        if (paren) {
            kr_parse_expect(ps, KR_TOK_RPAR);
        }
    }
    s->u.import.names = kr_parse_pop_seq(ps, base);
    return s;
}

static kr_ast_node_t *parse_global(kr_parser_t *ps, kr_ast_kind_t kind, uint32_t line, uint32_t col) {
    kr_parse_next(ps);
    kr_qstr_t buf[16];
    kr_vstr_t more;
    size_t n = 0;
    more.buf = NULL;
    do {
        kr_qstr_t q = kr_parse_mangle(ps, expect_name(ps));
        if (n < 16) {
            buf[n] = q;
        } else {
            if (more.buf == NULL) {
                kr_vstr_init(&more, 64);
            }
            kr_vstr_add_strn(&more, (const char *)&q, sizeof(q));
        }
        n++;
    } while (kr_parse_accept(ps, KR_TOK_COMMA));
    kr_ast_node_t *s = kr_parse_new(ps, kind, line, col);
    s->u.names.n = n;
    s->u.names.names = kr_ast_alloc(ps->arena, n * sizeof(kr_qstr_t));
    memcpy(s->u.names.names, buf, (n < 16 ? n : 16) * sizeof(kr_qstr_t));
    if (n > 16) {
        memcpy(s->u.names.names + 16, more.buf, (n - 16) * sizeof(kr_qstr_t));
        kr_vstr_clear(&more);
    }
    return s;
}

static kr_ast_node_t *parse_small_stmt(kr_parser_t *ps) {
    uint32_t line = ps->lex.tok.line, col = ps->lex.tok.col;
    kr_ast_node_t *s;
    switch (KR_TOK) {
        case KR_TOK_KW_PASS:
            kr_parse_next(ps);
            return kr_parse_new(ps, KR_AST_PASS, line, col);
        case KR_TOK_KW_BREAK:
            kr_parse_next(ps);
            return kr_parse_new(ps, KR_AST_BREAK, line, col);
        case KR_TOK_KW_CONTINUE:
            kr_parse_next(ps);
            return kr_parse_new(ps, KR_AST_CONTINUE, line, col);
        case KR_TOK_KW_RETURN:
            kr_parse_next(ps);
            s = kr_parse_new(ps, KR_AST_RETURN, line, col);
            if (KR_TOK != KR_TOK_NEWLINE && KR_TOK != KR_TOK_SEMI && KR_TOK != KR_TOK_END) {
                s->u.value.value = kr_parseexpr_star_expressions(ps);
            }
            return s;
        case KR_TOK_KW_RAISE:
            kr_parse_next(ps);
            s = kr_parse_new(ps, KR_AST_RAISE, line, col);
            if (KR_TOK != KR_TOK_NEWLINE && KR_TOK != KR_TOK_SEMI && KR_TOK != KR_TOK_END) {
                s->u.raise.exc = kr_parseexpr_expression(ps);
                if (kr_parse_accept(ps, KR_TOK_KW_FROM)) {
                    s->u.raise.cause = kr_parseexpr_expression(ps);
                }
            }
            return s;
        case KR_TOK_KW_GLOBAL:
            return parse_global(ps, KR_AST_GLOBAL, line, col);
        case KR_TOK_KW_NONLOCAL:
            return parse_global(ps, KR_AST_NONLOCAL, line, col);
        case KR_TOK_KW_DEL: {
            kr_parse_next(ps);
            size_t base = ps->sp;
            for (;;) {
                kr_ast_node_t *t = KR_TOK == KR_TOK_STAR ? kr_parseexpr_star_expressions(ps)
                                                         : kr_parseexpr_bitor(ps);
                kr_parse_set_ctx(ps, t, KR_AST_CTX_DEL);
                kr_parse_push(ps, t);
                if (!kr_parse_accept(ps, KR_TOK_COMMA)) {
                    break;
                }
                if (!kr_parseexpr_starts_expr(KR_TOK)) {
                    break;
                }
            }
            s = kr_parse_new(ps, KR_AST_DELETE, line, col);
            s->u.del.targets = kr_parse_pop_seq(ps, base);
            return s;
        }
        case KR_TOK_KW_ASSERT:
            kr_parse_next(ps);
            s = kr_parse_new(ps, KR_AST_ASSERT, line, col);
            s->u.assert_.test = kr_parseexpr_expression(ps);
            if (kr_parse_accept(ps, KR_TOK_COMMA)) {
                s->u.assert_.msg = kr_parseexpr_expression(ps);
            }
            return s;
        case KR_TOK_KW_IMPORT:
            return parse_import(ps, line, col);
        case KR_TOK_KW_FROM:
            return parse_from_import(ps, line, col);
        default:
            return parse_expr_stmt(ps);
    }
}

/* simple_stmt (';' simple_stmt)* [';'] NEWLINE: pushes the statements */
static void parse_simple_stmts(kr_parser_t *ps) {
    for (;;) {
        kr_parse_push(ps, parse_small_stmt(ps));
        if (kr_parse_accept(ps, KR_TOK_SEMI)) {
            if (KR_TOK == KR_TOK_NEWLINE || KR_TOK == KR_TOK_END) {
                break;
            }
            continue;
        }
        break;
    }
    if (KR_TOK == KR_TOK_END && ps->lex.no_indent) {
        return;
    }
    if (KR_TOK != KR_TOK_NEWLINE) {
        kr_parse_syntax_error(ps);
    }
    kr_parse_next(ps);
}

/* ---------------------------------------------------------------- compound statements */

static void parse_statement(kr_parser_t *ps);

/* ':' then an indented block or simple statements on the same line */
static kr_ast_seq_t parse_block(kr_parser_t *ps, const char *what, uint32_t what_line) {
    kr_parse_expect(ps, KR_TOK_COLON);
    size_t base = ps->sp;
    if (KR_TOK == KR_TOK_NEWLINE) {
        kr_parse_next(ps);
        if (KR_TOK != KR_TOK_INDENT) {
            kr_lexer_error_at(&ps->lex, &kr_type_IndentationError, ps->lex.tok.line, ps->lex.tok.col,
                              "expected an indented block after %s on line %u", what, (unsigned)what_line);
        }
        kr_parse_next(ps);
        while (KR_TOK != KR_TOK_DEDENT && KR_TOK != KR_TOK_END) {
            parse_statement(ps);
        }
        kr_parse_accept(ps, KR_TOK_DEDENT);
    } else {
        parse_simple_stmts(ps);
    }
    return kr_parse_pop_seq(ps, base);
}

static kr_ast_node_t *parse_if(kr_parser_t *ps, bool elif) {
    kr_stack_check();
    uint32_t line = ps->lex.tok.line, col = ps->lex.tok.col;
    kr_parse_next(ps);
    kr_ast_node_t *s = kr_parse_new(ps, KR_AST_IF, line, col);
    s->u.if_.test = kr_parseexpr_named(ps);
    s->u.if_.body = parse_block(ps, elif ? "'elif' statement" : "'if' statement", line);
    if (KR_TOK == KR_TOK_KW_ELIF) {
        size_t base = ps->sp;
        kr_parse_push(ps, parse_if(ps, true));
        s->u.if_.orelse = kr_parse_pop_seq(ps, base);
    } else if (KR_TOK == KR_TOK_KW_ELSE) {
        uint32_t el = ps->lex.tok.line;
        kr_parse_next(ps);
        s->u.if_.orelse = parse_block(ps, "'else' statement", el);
    }
    return s;
}

static void parse_else(kr_parser_t *ps, kr_ast_seq_t *orelse) {
    if (KR_TOK == KR_TOK_KW_ELSE) {
        uint32_t el = ps->lex.tok.line;
        kr_parse_next(ps);
        *orelse = parse_block(ps, "'else' statement", el);
    }
}

static kr_ast_node_t *parse_while(kr_parser_t *ps) {
    uint32_t line = ps->lex.tok.line, col = ps->lex.tok.col;
    kr_parse_next(ps);
    kr_ast_node_t *s = kr_parse_new(ps, KR_AST_WHILE, line, col);
    s->u.loop.iter = kr_parseexpr_named(ps);
    s->u.loop.test = s->u.loop.iter;
    s->u.loop.body = parse_block(ps, "'while' statement", line);
    parse_else(ps, &s->u.loop.orelse);
    return s;
}

static kr_ast_node_t *parse_for(kr_parser_t *ps, bool is_async, uint32_t line, uint32_t col) {
    kr_parse_next(ps);
    kr_ast_node_t *s = kr_parse_new(ps, KR_AST_FOR, line, col);
    s->u.loop.is_async = is_async;
    kr_ast_node_t *t = kr_parseexpr_targets(ps);
    kr_parse_set_ctx(ps, t, KR_AST_CTX_STORE);
    s->u.loop.target = t;
    kr_parse_expect(ps, KR_TOK_KW_IN);
    s->u.loop.iter = kr_parseexpr_star_expressions(ps);
    s->u.loop.body = parse_block(ps, "'for' statement", line);
    parse_else(ps, &s->u.loop.orelse);
    return s;
}

static kr_ast_node_t *parse_try(kr_parser_t *ps) {
    uint32_t line = ps->lex.tok.line, col = ps->lex.tok.col;
    kr_parse_next(ps);
    kr_ast_node_t *s = kr_parse_new(ps, KR_AST_TRY, line, col);
    s->u.try_.body = parse_block(ps, "'try' statement", line);
    size_t base = ps->sp;
    kr_ast_node_t *bare = NULL;
    while (KR_TOK == KR_TOK_KW_EXCEPT) {
        if (bare != NULL) {
            kr_parse_error_at(ps, bare, "default 'except:' must be last");
        }
        uint32_t hl = ps->lex.tok.line;
        kr_ast_node_t *h = kr_parse_new_here(ps, KR_AST_EXCEPT_HANDLER);
        kr_parse_next(ps);
        if (KR_TOK == KR_TOK_STAR) {
            kr_parse_error(ps, "except* is not supported");
        }
        if (KR_TOK != KR_TOK_COLON) {
            h->u.handler.type = kr_parseexpr_expression(ps);
            if (KR_TOK == KR_TOK_COMMA) {
                kr_parse_error_at(ps, h->u.handler.type, "multiple exception types must be parenthesized");
            }
            if (kr_parse_accept(ps, KR_TOK_KW_AS)) {
                h->u.handler.name = kr_parse_mangle(ps, expect_name(ps));
            }
        } else {
            bare = h;
        }
        h->u.handler.body = parse_block(ps, "'except' statement", hl);
        kr_parse_push(ps, h);
    }
    s->u.try_.handlers = kr_parse_pop_seq(ps, base);
    if (s->u.try_.handlers.n > 0) {
        parse_else(ps, &s->u.try_.orelse);
    }
    if (KR_TOK == KR_TOK_KW_FINALLY) {
        uint32_t fl = ps->lex.tok.line;
        kr_parse_next(ps);
        s->u.try_.finalbody = parse_block(ps, "'finally' statement", fl);
    } else if (s->u.try_.handlers.n == 0) {
        kr_parse_error(ps, "expected 'except' or 'finally' block");
    }
    return s;
}

static kr_ast_node_t *parse_with_item(kr_parser_t *ps) {
    kr_ast_node_t *w = kr_parse_new_here(ps, KR_AST_WITHITEM);
    w->u.withitem.context_expr = kr_parseexpr_expression(ps);
    if (kr_parse_accept(ps, KR_TOK_KW_AS)) {
        kr_ast_node_t *t = kr_parseexpr_bitor(ps);
        kr_parse_set_ctx(ps, t, KR_AST_CTX_STORE);
        w->u.withitem.optional_vars = t;
    }
    return w;
}

/* with '(' items ')' ':' -- is the parenthesis the parenthesised form of the items? */
static bool with_parenthesised_items(kr_parser_t *ps) {
    kr_lexer_t *look = kr_gc_alloc(sizeof(kr_lexer_t), KR_GC_FLAG_ATOMIC);
    memcpy(look, &ps->lex, sizeof(kr_lexer_t));
    int depth = 0;
    bool result = false;
    for (;;) {
        int k = look->tok.kind;
        if (k == KR_TOK_LPAR || k == KR_TOK_LSQB || k == KR_TOK_LBRACE) {
            depth++;
        } else if (k == KR_TOK_RPAR || k == KR_TOK_RSQB || k == KR_TOK_RBRACE) {
            if (--depth == 0) {
                kr_lexer_next(look);
                result = look->tok.kind == KR_TOK_COLON;
                break;
            }
        } else if (k == KR_TOK_END || k == KR_TOK_NEWLINE) {
            break;
        }
        kr_lexer_next(look);
    }
    kr_gc_free(look);
    return result;
}

static kr_ast_node_t *parse_with(kr_parser_t *ps, bool is_async, uint32_t line, uint32_t col) {
    kr_parse_next(ps);
    kr_ast_node_t *s = kr_parse_new(ps, KR_AST_WITH, line, col);
    s->u.with.is_async = is_async;
    size_t base = ps->sp;
    if (KR_TOK == KR_TOK_LPAR && with_parenthesised_items(ps)) {
        kr_parse_next(ps);
        for (;;) {
            kr_parse_push(ps, parse_with_item(ps));
            if (!kr_parse_accept(ps, KR_TOK_COMMA) || KR_TOK == KR_TOK_RPAR) {
                break;
            }
        }
        kr_parse_expect(ps, KR_TOK_RPAR);
    } else {
        do {
            kr_parse_push(ps, parse_with_item(ps));
        } while (kr_parse_accept(ps, KR_TOK_COMMA));
    }
    s->u.with.items = kr_parse_pop_seq(ps, base);
    s->u.with.body = parse_block(ps, "'with' statement", line);
    return s;
}

static kr_ast_node_t *parse_funcdef(kr_parser_t *ps, bool is_async, uint32_t line, uint32_t col) {
    kr_parse_next(ps);   /* def */
    kr_ast_node_t *s = kr_parse_new(ps, KR_AST_FUNCTION_DEF, line, col);
    s->u.def.is_async = is_async;
    s->u.def.name = expect_name(ps);
    s->u.def.bind = kr_parse_mangle(ps, s->u.def.name);
    if (KR_TOK != KR_TOK_LPAR) {
        kr_parse_error(ps, "expected '('");
    }
    kr_parse_next(ps);
    s->u.def.args = kr_parseexpr_params(ps, false, KR_TOK_RPAR);
    if (kr_parse_accept(ps, KR_TOK_RARROW)) {
        (void)kr_parseexpr_expression(ps);   /* return annotation: ignored */
    }
    s->u.def.body = parse_block(ps, "function definition", line);
    return s;
}

static kr_ast_node_t *parse_classdef(kr_parser_t *ps) {
    uint32_t line = ps->lex.tok.line, col = ps->lex.tok.col;
    kr_parse_next(ps);
    kr_ast_node_t *s = kr_parse_new(ps, KR_AST_CLASS_DEF, line, col);
    kr_qstr_t raw_name = expect_name(ps);
    s->u.cls.name = raw_name;
    s->u.cls.bind = kr_parse_mangle(ps, raw_name);
    if (KR_TOK == KR_TOK_LPAR) {
        ps->lpar_line = ps->lex.tok.line;
        ps->lpar_col = ps->lex.tok.col;
        kr_parse_next(ps);
        kr_ast_node_t call;
        memset(&call, 0, sizeof(call));
        kr_parseexpr_call_args(ps, &call);
        s->u.cls.bases = call.u.call.args;
        s->u.cls.keywords = call.u.call.keywords;
    }
    kr_qstr_t outer = ps->class_name;
    ps->class_name = raw_name;
    s->u.cls.body = parse_block(ps, "class definition", line);
    ps->class_name = outer;
    return s;
}

static kr_ast_node_t *parse_async(kr_parser_t *ps) {
    uint32_t line = ps->lex.tok.line, col = ps->lex.tok.col;
    kr_parse_next(ps);
    switch (KR_TOK) {
        case KR_TOK_KW_DEF: return parse_funcdef(ps, true, line, col);
        case KR_TOK_KW_FOR: return parse_for(ps, true, line, col);
        case KR_TOK_KW_WITH: return parse_with(ps, true, line, col);
        default: kr_parse_syntax_error(ps);
    }
}

static kr_ast_node_t *parse_decorated(kr_parser_t *ps) {
    size_t base = ps->sp;
    while (KR_TOK == KR_TOK_AT) {
        kr_parse_next(ps);
        kr_parse_push(ps, kr_parseexpr_named(ps));
        if (KR_TOK != KR_TOK_NEWLINE) {
            kr_parse_syntax_error(ps);
        }
        kr_parse_next(ps);
    }
    kr_ast_node_t *s;
    uint32_t line = ps->lex.tok.line, col = ps->lex.tok.col;
    if (KR_TOK == KR_TOK_KW_DEF) {
        s = parse_funcdef(ps, false, line, col);
    } else if (KR_TOK == KR_TOK_KW_CLASS) {
        s = parse_classdef(ps);
    } else if (KR_TOK == KR_TOK_KW_ASYNC) {
        kr_parse_next(ps);
        if (KR_TOK != KR_TOK_KW_DEF) {
            kr_parse_syntax_error(ps);
        }
        s = parse_funcdef(ps, true, line, col);
    } else {
        kr_parse_syntax_error(ps);
    }
    kr_ast_seq_t decos = kr_parse_pop_seq(ps, base);
    if (s->kind == KR_AST_CLASS_DEF) {
        s->u.cls.decorators = decos;
    } else {
        s->u.def.decorators = decos;
    }
    return s;
}

/* one statement: pushes one node (compound) or several (simple statements) */
static void parse_statement(kr_parser_t *ps) {
    kr_stack_check();
    switch (KR_TOK) {
        case KR_TOK_KW_IF:
            kr_parse_push(ps, parse_if(ps, false));
            return;
        case KR_TOK_KW_WHILE:
            kr_parse_push(ps, parse_while(ps));
            return;
        case KR_TOK_KW_FOR:
            kr_parse_push(ps, parse_for(ps, false, ps->lex.tok.line, ps->lex.tok.col));
            return;
        case KR_TOK_KW_TRY:
            kr_parse_push(ps, parse_try(ps));
            return;
        case KR_TOK_KW_WITH:
            kr_parse_push(ps, parse_with(ps, false, ps->lex.tok.line, ps->lex.tok.col));
            return;
        case KR_TOK_KW_DEF:
            kr_parse_push(ps, parse_funcdef(ps, false, ps->lex.tok.line, ps->lex.tok.col));
            return;
        case KR_TOK_KW_CLASS:
            kr_parse_push(ps, parse_classdef(ps));
            return;
        case KR_TOK_KW_ASYNC:
            kr_parse_push(ps, parse_async(ps));
            return;
        case KR_TOK_AT:
            kr_parse_push(ps, parse_decorated(ps));
            return;
        case KR_TOK_INDENT: case KR_TOK_DEDENT: case KR_TOK_KW_ELSE: case KR_TOK_KW_ELIF:
        case KR_TOK_KW_EXCEPT: case KR_TOK_KW_FINALLY: case KR_TOK_NEWLINE:
            kr_parse_syntax_error(ps);
        default:
            parse_simple_stmts(ps);
            return;
    }
}

/* ---------------------------------------------------------------- entry point */

kr_ast_node_t *kr_parse(kr_ast_arena_t *arena, const char *src, size_t len, kr_qstr_t filename,
                        kr_parse_mode_t mode) {
    /* universal newlines: \r\n and a lone \r are read as \n */
    char *normalised = NULL;
    if (memchr(src, '\r', len) != NULL) {
        normalised = kr_gc_alloc(len + 1, KR_GC_FLAG_ATOMIC);
        size_t n = 0;
        for (size_t i = 0; i < len; i++) {
            if (src[i] == '\r') {
                normalised[n++] = '\n';
                if (i + 1 < len && src[i + 1] == '\n') {
                    i++;
                }
            } else {
                normalised[n++] = src[i];
            }
        }
        src = normalised;
        len = n;
    }
    kr_parser_t *ps = kr_gc_alloc(sizeof(kr_parser_t), 0);
    ps->arena = arena;
    kr_lexer_init(&ps->lex, src, len, filename, mode == KR_PARSE_EVAL);
    kr_ast_node_t *root;
    if (mode == KR_PARSE_EVAL) {
        root = kr_parse_new(ps, KR_AST_EXPRESSION, 1, 0);
        if (KR_TOK == KR_TOK_END) {
            kr_parse_syntax_error(ps);
        }
        kr_ast_node_t *e = kr_parseexpr_star_expressions(ps);
        if (KR_TOK != KR_TOK_END) {
            kr_parse_syntax_error(ps);
        }
        root->u.expr.value = e;
    } else {
        root = kr_parse_new(ps, mode == KR_PARSE_SINGLE ? KR_AST_INTERACTIVE : KR_AST_MODULE, 1, 0);
        size_t base = ps->sp;
        while (KR_TOK != KR_TOK_END) {
            if (KR_TOK == KR_TOK_NEWLINE) {
                kr_parse_next(ps);
                continue;
            }
            parse_statement(ps);
            if (mode == KR_PARSE_SINGLE) {
                while (KR_TOK == KR_TOK_NEWLINE) {
                    kr_parse_next(ps);
                }
                if (KR_TOK != KR_TOK_END) {
                    kr_parse_error(ps, "multiple statements found while compiling a single statement");
                }
            }
        }
        root->u.module.body = kr_parse_pop_seq(ps, base);
    }
    if (ps->stack != NULL) {
        kr_gc_free(ps->stack);
    }
    if (ps->sbuf.buf != NULL) {
        kr_vstr_clear(&ps->sbuf);
    }
    kr_gc_free(ps);
    if (normalised != NULL) {
        kr_gc_free(normalised);
    }
    return root;
}
