/* parseexpr.c: the parser's expressions: precedence levels from lambda and if-else down
 * to atoms, displays, comprehensions, calls, subscripts, slices and parameter lists. */
#include <string.h>
#include "parse.h"
#include "state.h"

static kr_ast_node_t *factor(kr_parser_t *ps);
static kr_ast_node_t *atom(kr_parser_t *ps);

/* ---------------------------------------------------------------- helpers */

void kr_parseexpr_enter(kr_parser_t *ps) {
    if (++ps->depth > KR_PARSE_MAX_DEPTH) {
        kr_raise_msg(&kr_type_RecursionError, "maximum recursion depth exceeded during compilation");
    }
    kr_stack_check();
}

static inline void leave(kr_parser_t *ps) {
    ps->depth--;
}

/* a long left-leaning chain makes a deep tree too (the compiler recurses on it) */
static inline void check_chain(kr_parser_t *ps, unsigned chain) {
    if (chain + (unsigned)ps->depth > KR_PARSE_MAX_CHAIN) {
        kr_raise_msg(&kr_type_RecursionError, "maximum recursion depth exceeded during compilation");
    }
}

bool kr_parseexpr_starts_expr(int k) {
    switch (k) {
        case KR_TOK_NAME: case KR_TOK_NUMBER: case KR_TOK_STRING: case KR_TOK_LPAR: case KR_TOK_LSQB:
        case KR_TOK_LBRACE: case KR_TOK_MINUS: case KR_TOK_PLUS: case KR_TOK_TILDE: case KR_TOK_ELLIPSIS:
        case KR_TOK_STAR: case KR_TOK_KW_NOT: case KR_TOK_KW_LAMBDA: case KR_TOK_KW_AWAIT:
        case KR_TOK_KW_TRUE: case KR_TOK_KW_FALSE: case KR_TOK_KW_NONE:
            return true;
        default:
            return false;
    }
}

const char *kr_parseexpr_expr_name(const kr_ast_node_t *n) {
    switch (n->kind) {
        case KR_AST_ATTRIBUTE: return "attribute";
        case KR_AST_SUBSCRIPT: return "subscript";
        case KR_AST_STARRED: return "starred";
        case KR_AST_NAME: return "name";
        case KR_AST_LIST: return "list";
        case KR_AST_TUPLE: return "tuple";
        case KR_AST_LAMBDA: return "lambda";
        case KR_AST_CALL: return "function call";
        case KR_AST_BOOL_OP: case KR_AST_BIN_OP: case KR_AST_UNARY_OP: return "expression";
        case KR_AST_GENERATOR_EXP: return "generator expression";
        case KR_AST_YIELD: case KR_AST_YIELD_FROM: return "yield expression";
        case KR_AST_AWAIT: return "await expression";
        case KR_AST_LIST_COMP: return "list comprehension";
        case KR_AST_SET_COMP: return "set comprehension";
        case KR_AST_DICT_COMP: return "dict comprehension";
        case KR_AST_DICT: return "dict literal";
        case KR_AST_SET: return "set display";
        case KR_AST_JOINED_STR: case KR_AST_FORMATTED_VALUE: return "f-string expression";
        case KR_AST_COMPARE: return "comparison";
        case KR_AST_IF_EXP: return "conditional expression";
        case KR_AST_NAMED_EXPR: return "named expression";
        case KR_AST_CONSTANT: {
            kr_obj_t v = n->u.constant.value;
            return v == KR_OBJ_NONE ? "None" : v == KR_OBJ_TRUE ? "True" : v == KR_OBJ_FALSE ? "False"
                 : v == KR_OBJ_ELLIPSIS ? "ellipsis" : "literal";
        }
        default: return "expression";
    }
}

/* Inside brackets, an element directly followed by the start of another one. */
void kr_parseexpr_check_missing_comma(kr_parser_t *ps, const kr_ast_node_t *elem) {
    switch (KR_TOK) {
        case KR_TOK_NAME: case KR_TOK_NUMBER: case KR_TOK_STRING: case KR_TOK_LBRACE:
        case KR_TOK_KW_TRUE: case KR_TOK_KW_FALSE: case KR_TOK_KW_NONE: case KR_TOK_KW_LAMBDA:
        case KR_TOK_KW_NOT: case KR_TOK_KW_AWAIT:
            if (elem->kind == KR_AST_NAME && KR_TOK == KR_TOK_STRING) {
                return;
            }
            kr_parse_error_at(ps, elem, "invalid syntax. Perhaps you forgot a comma?");
        default:
            return;
    }
}

static void expect_close(kr_parser_t *ps, int kind, const kr_ast_node_t *last) {
    if (KR_TOK != kind) {
        if (last != NULL) {
            kr_parseexpr_check_missing_comma(ps, last);
        }
        kr_parse_syntax_error(ps);
    }
    kr_parse_next(ps);
}

/* Where an expression starts, counting the parentheses around it (as CPython's
 * positions do: `(a) + b` starts at the '('). */
typedef struct { uint32_t line, col; } pos_t;

static pos_t pos_of(kr_parser_t *ps, const kr_ast_node_t *n) {
    pos_t p = {n->line, n->col};
    for (unsigned i = 0; i < 8; i++) {
        unsigned k = (ps->paren_i - 1 - i) & 7;
        if (ps->paren[k].node == n) {
            p.line = ps->paren[k].line;
            p.col = ps->paren[k].col;
            break;
        }
    }
    return p;
}

static void note_paren(kr_parser_t *ps, const kr_ast_node_t *n, uint32_t line, uint32_t col) {
    unsigned k = ps->paren_i++ & 7;
    ps->paren[k].node = n;
    ps->paren[k].line = line;
    ps->paren[k].col = col;
}

static kr_ast_node_t *new_pos(kr_parser_t *ps, kr_ast_kind_t kind, pos_t p) {
    return kr_parse_new(ps, kind, p.line, p.col);
}

static kr_ast_node_t *new_at(kr_parser_t *ps, kr_ast_kind_t kind, const kr_ast_node_t *at) {
    return new_pos(ps, kind, pos_of(ps, at));
}

/* ---------------------------------------------------------------- comprehensions */

static kr_ast_seq_t comp_for(kr_parser_t *ps) {
    size_t base = ps->sp;
    while (KR_TOK == KR_TOK_KW_FOR || KR_TOK == KR_TOK_KW_ASYNC) {
        kr_ast_node_t *c = kr_parse_new_here(ps, KR_AST_COMPREHENSION);
        c->u.compfor.is_async = kr_parse_accept(ps, KR_TOK_KW_ASYNC);
        kr_parse_expect(ps, KR_TOK_KW_FOR);
        kr_ast_node_t *t = kr_parseexpr_targets(ps);
        kr_parse_set_ctx(ps, t, KR_AST_CTX_STORE);
        c->u.compfor.target = t;
        kr_parse_expect(ps, KR_TOK_KW_IN);
        c->u.compfor.iter = kr_parseexpr_disjunction(ps);
        size_t ibase = ps->sp;
        while (kr_parse_accept(ps, KR_TOK_KW_IF)) {
            kr_parse_push(ps, kr_parseexpr_disjunction(ps));
        }
        c->u.compfor.ifs = kr_parse_pop_seq(ps, ibase);
        kr_parse_push(ps, c);
    }
    return kr_parse_pop_seq(ps, base);
}

static kr_ast_node_t *comprehension(kr_parser_t *ps, kr_ast_kind_t kind, uint32_t line, uint32_t col,
                                    kr_ast_node_t *elt) {
    if (elt->kind == KR_AST_STARRED) {
        kr_parse_error_at(ps, elt, "iterable unpacking cannot be used in comprehension");
    }
    kr_ast_node_t *n = kr_parse_new(ps, kind, line, col);
    n->u.comp.elt = elt;
    n->u.comp.generators = comp_for(ps);
    return n;
}

static inline bool at_comp_for(kr_parser_t *ps) {
    return KR_TOK == KR_TOK_KW_FOR || KR_TOK == KR_TOK_KW_ASYNC;
}

/* ---------------------------------------------------------------- top levels */

kr_ast_node_t *kr_parseexpr_yield(kr_parser_t *ps) {
    kr_ast_node_t *n = kr_parse_new_here(ps, KR_AST_YIELD);
    kr_parse_next(ps);
    if (kr_parse_accept(ps, KR_TOK_KW_FROM)) {
        n->kind = KR_AST_YIELD_FROM;
        n->u.value.value = kr_parseexpr_expression(ps);
    } else if (kr_parseexpr_starts_expr(KR_TOK)) {
        n->u.value.value = kr_parseexpr_star_expressions(ps);
    }
    return n;
}

static kr_ast_node_t *parse_lambda(kr_parser_t *ps) {
    kr_ast_node_t *n = kr_parse_new_here(ps, KR_AST_LAMBDA);
    kr_parse_next(ps);
    n->u.lambda.args = kr_parseexpr_params(ps, true, KR_TOK_COLON);
    n->u.lambda.body = kr_parseexpr_expression(ps);
    return n;
}

kr_ast_node_t *kr_parseexpr_expression(kr_parser_t *ps) {
    kr_parseexpr_enter(ps);
    kr_ast_node_t *n;
    if (KR_TOK == KR_TOK_KW_LAMBDA) {
        n = parse_lambda(ps);
    } else {
        n = kr_parseexpr_disjunction(ps);
        if (KR_TOK == KR_TOK_KW_IF) {
            kr_ast_node_t *e = new_at(ps, KR_AST_IF_EXP, n);
            kr_parse_next(ps);
            e->u.ifexp.body = n;
            e->u.ifexp.test = kr_parseexpr_disjunction(ps);
            if (KR_TOK != KR_TOK_KW_ELSE) {
                kr_parse_error_at(ps, n, "expected 'else' after 'if' expression");
            }
            kr_parse_next(ps);
            e->u.ifexp.orelse = kr_parseexpr_expression(ps);
            n = e;
        }
    }
    leave(ps);
    return n;
}

kr_ast_node_t *kr_parseexpr_named(kr_parser_t *ps) {
    kr_ast_node_t *n = kr_parseexpr_expression(ps);
    if (KR_TOK == KR_TOK_COLONEQUAL) {
        if (n->kind != KR_AST_NAME) {
            kr_parse_error_at(ps, n, "cannot use assignment expressions with %s", kr_parseexpr_expr_name(n));
        }
        kr_parse_next(ps);
        kr_ast_node_t *w = new_at(ps, KR_AST_NAMED_EXPR, n);
        n->ctx = KR_AST_CTX_STORE;
        w->u.named.target = n;
        w->u.named.value = kr_parseexpr_expression(ps);
        return w;
    }
    return n;
}

static kr_ast_node_t *starred(kr_parser_t *ps) {
    kr_ast_node_t *n = kr_parse_new_here(ps, KR_AST_STARRED);
    kr_parse_next(ps);
    n->u.value.value = kr_parseexpr_bitor(ps);
    return n;
}

static kr_ast_node_t *star_named(kr_parser_t *ps) {
    if (KR_TOK == KR_TOK_STAR) {
        return starred(ps);
    }
    return kr_parseexpr_named(ps);
}

static kr_ast_node_t *star_expression(kr_parser_t *ps) {
    if (KR_TOK == KR_TOK_STAR) {
        return starred(ps);
    }
    return kr_parseexpr_expression(ps);
}

kr_ast_node_t *kr_parseexpr_star_expressions(kr_parser_t *ps) {
    kr_ast_node_t *first = star_expression(ps);
    if (KR_TOK != KR_TOK_COMMA) {
        return first;
    }
    pos_t p = pos_of(ps, first);
    size_t base = ps->sp;
    kr_parse_push(ps, first);
    while (kr_parse_accept(ps, KR_TOK_COMMA)) {
        if (!kr_parseexpr_starts_expr(KR_TOK)) {
            break;
        }
        kr_parse_push(ps, star_expression(ps));
    }
    kr_ast_node_t *t = new_pos(ps, KR_AST_TUPLE, p);
    t->u.seq.elts = kr_parse_pop_seq(ps, base);
    return t;
}

static kr_ast_node_t *target_elem(kr_parser_t *ps) {
    if (KR_TOK == KR_TOK_STAR) {
        return starred(ps);
    }
    return kr_parseexpr_bitor(ps);
}

kr_ast_node_t *kr_parseexpr_targets(kr_parser_t *ps) {
    kr_ast_node_t *first = target_elem(ps);
    if (KR_TOK != KR_TOK_COMMA) {
        return first;
    }
    pos_t p = pos_of(ps, first);
    size_t base = ps->sp;
    kr_parse_push(ps, first);
    while (kr_parse_accept(ps, KR_TOK_COMMA)) {
        if (!kr_parseexpr_starts_expr(KR_TOK)) {
            break;
        }
        kr_parse_push(ps, target_elem(ps));
    }
    kr_ast_node_t *t = new_pos(ps, KR_AST_TUPLE, p);
    t->u.seq.elts = kr_parse_pop_seq(ps, base);
    return t;
}

/* ---------------------------------------------------------------- boolean, comparison */

static kr_ast_node_t *inversion(kr_parser_t *ps);

static kr_ast_node_t *conjunction(kr_parser_t *ps) {
    kr_ast_node_t *n = inversion(ps);
    if (KR_TOK != KR_TOK_KW_AND) {
        return n;
    }
    pos_t p = pos_of(ps, n);
    size_t base = ps->sp;
    kr_parse_push(ps, n);
    while (kr_parse_accept(ps, KR_TOK_KW_AND)) {
        kr_parse_push(ps, inversion(ps));
    }
    kr_ast_node_t *b = new_pos(ps, KR_AST_BOOL_OP, p);
    b->u.boolop.is_or = false;
    b->u.boolop.values = kr_parse_pop_seq(ps, base);
    return b;
}

kr_ast_node_t *kr_parseexpr_disjunction(kr_parser_t *ps) {
    kr_ast_node_t *n = conjunction(ps);
    if (KR_TOK != KR_TOK_KW_OR) {
        return n;
    }
    pos_t p = pos_of(ps, n);
    size_t base = ps->sp;
    kr_parse_push(ps, n);
    while (kr_parse_accept(ps, KR_TOK_KW_OR)) {
        kr_parse_push(ps, conjunction(ps));
    }
    kr_ast_node_t *b = new_pos(ps, KR_AST_BOOL_OP, p);
    b->u.boolop.is_or = true;
    b->u.boolop.values = kr_parse_pop_seq(ps, base);
    return b;
}

/* returns the comparison operator at the current token (consuming it) or -1 */
static int comp_op(kr_parser_t *ps) {
    int op;
    switch (KR_TOK) {
        case KR_TOK_LESS: op = KR_BINARY_OP_LESS; break;
        case KR_TOK_GREATER: op = KR_BINARY_OP_MORE; break;
        case KR_TOK_EQEQUAL: op = KR_BINARY_OP_EQUAL; break;
        case KR_TOK_LESSEQUAL: op = KR_BINARY_OP_LESS_EQUAL; break;
        case KR_TOK_GREATEREQUAL: op = KR_BINARY_OP_MORE_EQUAL; break;
        case KR_TOK_NOTEQUAL: op = KR_BINARY_OP_NOT_EQUAL; break;
        case KR_TOK_KW_IN: op = KR_BINARY_OP_IN; break;
        case KR_TOK_KW_IS:
            kr_parse_next(ps);
            return kr_parse_accept(ps, KR_TOK_KW_NOT) ? KR_BINARY_OP_IS_NOT : KR_BINARY_OP_IS;
        case KR_TOK_KW_NOT:
            kr_parse_next(ps);
            if (KR_TOK != KR_TOK_KW_IN) {
                kr_parse_syntax_error(ps);
            }
            kr_parse_next(ps);
            return KR_BINARY_OP_NOT_IN;
        default:
            return -1;
    }
    kr_parse_next(ps);
    return op;
}

static kr_ast_node_t *comparison(kr_parser_t *ps) {
    kr_ast_node_t *n = kr_parseexpr_bitor(ps);
    int op = comp_op(ps);
    if (op < 0) {
        return n;
    }
    pos_t p = pos_of(ps, n);
    size_t base = ps->sp;
    do {
        kr_parse_push(ps, (kr_ast_node_t *)(uintptr_t)op);
        kr_parse_push(ps, kr_parseexpr_bitor(ps));
    } while ((op = comp_op(ps)) >= 0);
    size_t cnt = (ps->sp - base) / 2;
    kr_ast_node_t *c = new_pos(ps, KR_AST_COMPARE, p);
    c->u.compare.left = n;
    c->u.compare.n = cnt;
    c->u.compare.ops = kr_ast_alloc(ps->arena, cnt * sizeof(int));
    c->u.compare.comparators = kr_ast_alloc(ps->arena, cnt * sizeof(kr_ast_node_t *));
    for (size_t i = 0; i < cnt; i++) {
        c->u.compare.ops[i] = (int)(uintptr_t)ps->stack[base + 2 * i];
        c->u.compare.comparators[i] = ps->stack[base + 2 * i + 1];
    }
    ps->sp = base;
    return c;
}

static kr_ast_node_t *inversion(kr_parser_t *ps) {
    if (KR_TOK != KR_TOK_KW_NOT) {
        return comparison(ps);
    }
    kr_parseexpr_enter(ps);
    kr_ast_node_t *n = kr_parse_new_here(ps, KR_AST_UNARY_OP);
    kr_parse_next(ps);
    n->u.unop.op = KR_UNARY_OP_NOT;
    n->u.unop.operand = inversion(ps);
    leave(ps);
    return n;
}

/* ---------------------------------------------------------------- arithmetic */

static int binop_prec(int k, int *op) {
    switch (k) {
        case KR_TOK_VBAR: *op = KR_BINARY_OP_OR; return 1;
        case KR_TOK_CIRCUMFLEX: *op = KR_BINARY_OP_XOR; return 2;
        case KR_TOK_AMPER: *op = KR_BINARY_OP_AND; return 3;
        case KR_TOK_LEFTSHIFT: *op = KR_BINARY_OP_LSHIFT; return 4;
        case KR_TOK_RIGHTSHIFT: *op = KR_BINARY_OP_RSHIFT; return 4;
        case KR_TOK_PLUS: *op = KR_BINARY_OP_ADD; return 5;
        case KR_TOK_MINUS: *op = KR_BINARY_OP_SUBTRACT; return 5;
        case KR_TOK_STAR: *op = KR_BINARY_OP_MULTIPLY; return 6;
        case KR_TOK_AT: *op = KR_BINARY_OP_MAT_MULTIPLY; return 6;
        case KR_TOK_SLASH: *op = KR_BINARY_OP_TRUE_DIVIDE; return 6;
        case KR_TOK_DOUBLESLASH: *op = KR_BINARY_OP_FLOOR_DIVIDE; return 6;
        case KR_TOK_PERCENT: *op = KR_BINARY_OP_MODULO; return 6;
        default: return 0;
    }
}

static kr_ast_node_t *binary(kr_parser_t *ps, int min_prec) {
    kr_ast_node_t *left = factor(ps);
    pos_t p = {0, 0};
    unsigned chain = 0;
    for (;;) {
        int op;
        int prec = binop_prec(KR_TOK, &op);
        if (prec == 0 || prec < min_prec) {
            return left;
        }
        if (p.line == 0) {
            p = pos_of(ps, left);
        }
        check_chain(ps, ++chain);
        kr_parse_next(ps);
        kr_ast_node_t *right = prec == 6 ? factor(ps) : binary(ps, prec + 1);
        kr_ast_node_t *b = new_pos(ps, KR_AST_BIN_OP, p);
        b->u.binop.left = left;
        b->u.binop.op = op;
        b->u.binop.right = right;
        left = b;
    }
}

kr_ast_node_t *kr_parseexpr_bitor(kr_parser_t *ps) {
    return binary(ps, 1);
}

static kr_ast_node_t *primary(kr_parser_t *ps);

static kr_ast_node_t *power(kr_parser_t *ps) {
    kr_ast_node_t *n;
    if (KR_TOK == KR_TOK_KW_AWAIT) {
        n = kr_parse_new_here(ps, KR_AST_AWAIT);
        kr_parse_next(ps);
        n->u.value.value = primary(ps);
    } else {
        n = primary(ps);
    }
    if (KR_TOK == KR_TOK_DOUBLESTAR) {
        kr_ast_node_t *b = new_at(ps, KR_AST_BIN_OP, n);
        kr_parse_next(ps);
        b->u.binop.left = n;
        b->u.binop.op = KR_BINARY_OP_POWER;
        b->u.binop.right = factor(ps);
        return b;
    }
    return n;
}

static kr_ast_node_t *factor(kr_parser_t *ps) {
    int op;
    switch (KR_TOK) {
        case KR_TOK_PLUS: op = KR_UNARY_OP_POSITIVE; break;
        case KR_TOK_MINUS: op = KR_UNARY_OP_NEGATIVE; break;
        case KR_TOK_TILDE: op = KR_UNARY_OP_INVERT; break;
        default: return power(ps);
    }
    kr_parseexpr_enter(ps);
    kr_ast_node_t *n = kr_parse_new_here(ps, KR_AST_UNARY_OP);
    kr_parse_next(ps);
    n->u.unop.op = op;
    n->u.unop.operand = factor(ps);
    leave(ps);
    return n;
}

/* ---------------------------------------------------------------- primaries */

static kr_ast_node_t *slice_item(kr_parser_t *ps) {
    uint32_t line = ps->lex.tok.line, col = ps->lex.tok.col;
    kr_ast_node_t *lower = NULL;
    if (KR_TOK != KR_TOK_COLON) {
        if (KR_TOK == KR_TOK_STAR) {
            return starred(ps);
        }
        lower = kr_parseexpr_named(ps);
        if (KR_TOK != KR_TOK_COLON) {
            return lower;
        }
    }
    kr_ast_node_t *s = kr_parse_new(ps, KR_AST_SLICE, line, col);
    s->u.slice.lower = lower;
    kr_parse_next(ps);
    if (KR_TOK != KR_TOK_COLON && KR_TOK != KR_TOK_COMMA && KR_TOK != KR_TOK_RSQB) {
        s->u.slice.upper = kr_parseexpr_expression(ps);
    }
    if (kr_parse_accept(ps, KR_TOK_COLON)) {
        if (KR_TOK != KR_TOK_COMMA && KR_TOK != KR_TOK_RSQB) {
            s->u.slice.step = kr_parseexpr_expression(ps);
        }
    }
    return s;
}

static kr_ast_node_t *slices(kr_parser_t *ps) {
    kr_ast_node_t *first = slice_item(ps);
    if (KR_TOK != KR_TOK_COMMA) {
        expect_close(ps, KR_TOK_RSQB, first);
        return first;
    }
    pos_t p = pos_of(ps, first);
    size_t base = ps->sp;
    kr_parse_push(ps, first);
    kr_ast_node_t *last = first;
    while (kr_parse_accept(ps, KR_TOK_COMMA)) {
        if (KR_TOK == KR_TOK_RSQB) {
            break;
        }
        last = slice_item(ps);
        kr_parse_push(ps, last);
    }
    expect_close(ps, KR_TOK_RSQB, last);
    kr_ast_node_t *t = new_pos(ps, KR_AST_TUPLE, p);
    t->u.seq.elts = kr_parse_pop_seq(ps, base);
    return t;
}

void kr_parseexpr_call_args(kr_parser_t *ps, kr_ast_node_t *call) {
    size_t base = ps->sp;
    uint32_t lpar_line = ps->lpar_line, lpar_col = ps->lpar_col;
    bool seen_kw = false, seen_dstar = false;
    size_t n_pos = 0;
    kr_ast_node_t *last = NULL;
    while (KR_TOK != KR_TOK_RPAR) {
        if (KR_TOK == KR_TOK_STAR) {
            kr_ast_node_t *s = kr_parse_new_here(ps, KR_AST_STARRED);
            kr_parse_next(ps);
            s->u.value.value = kr_parseexpr_expression(ps);
            if (seen_dstar) {
                kr_parse_error_at(ps, s, "iterable argument unpacking follows keyword argument unpacking");
            }
            kr_parse_push(ps, s);
            n_pos++;
            last = s;
        } else if (KR_TOK == KR_TOK_DOUBLESTAR) {
            kr_ast_node_t *k = kr_parse_new_here(ps, KR_AST_KEYWORD);
            kr_parse_next(ps);
            k->u.keyword.value = kr_parseexpr_expression(ps);
            seen_dstar = true;
            kr_parse_push(ps, k);
            last = k->u.keyword.value;
        } else {
            kr_ast_node_t *e = kr_parseexpr_named(ps);
            if (KR_TOK == KR_TOK_EQUAL) {
                if (e->kind != KR_AST_NAME) {
                    kr_obj_t v = e->kind == KR_AST_CONSTANT ? e->u.constant.value : KR_OBJ_NULL;
                    if (v == KR_OBJ_TRUE || v == KR_OBJ_FALSE || v == KR_OBJ_NONE) {
                        kr_parse_error_at(ps, e, "cannot assign to %s", kr_parseexpr_expr_name(e));
                    }
                    kr_parse_error_at(ps, e, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                kr_parse_next(ps);
                kr_qstr_t kw = kr_parse_unmangle(ps, e);   /* keyword names are not mangled */
                for (size_t i = base; i < ps->sp; i++) {
                    kr_ast_node_t *o = ps->stack[i];
                    if (o->kind == KR_AST_KEYWORD && o->u.keyword.arg == kw) {
                        kr_parse_error_at(ps, e, "keyword argument repeated: %s", kr_qstr_str(kw));
                    }
                }
                kr_ast_node_t *k = new_at(ps, KR_AST_KEYWORD, e);
                k->u.keyword.arg = kw;
                k->u.keyword.value = kr_parseexpr_expression(ps);
                seen_kw = true;
                kr_parse_push(ps, k);
                last = k->u.keyword.value;
            } else if (at_comp_for(ps)) {
                kr_ast_node_t *g = comprehension(ps, KR_AST_GENERATOR_EXP, lpar_line, lpar_col, e);
                if (ps->sp != base || KR_TOK != KR_TOK_RPAR) {
                    kr_parse_error_at(ps, e, "Generator expression must be parenthesized");
                }
                kr_parse_push(ps, g);
                n_pos++;
                last = NULL;
            } else {
                if (seen_dstar) {
                    kr_parse_error_at(ps, e, "positional argument follows keyword argument unpacking");
                }
                if (seen_kw) {
                    kr_parse_error_at(ps, e, "positional argument follows keyword argument");
                }
                kr_parse_push(ps, e);
                n_pos++;
                last = e;
            }
        }
        if (!kr_parse_accept(ps, KR_TOK_COMMA)) {
            break;
        }
        last = NULL;
    }
    expect_close(ps, KR_TOK_RPAR, last);
    /* split into positionals and keywords, keeping the order of each */
    size_t n = ps->sp - base;
    kr_ast_seq_t args = {n_pos, NULL}, kws = {n - n_pos, NULL};
    if (n_pos > 0) {
        args.items = kr_ast_alloc(ps->arena, n_pos * sizeof(kr_ast_node_t *));
    }
    if (n > n_pos) {
        kws.items = kr_ast_alloc(ps->arena, (n - n_pos) * sizeof(kr_ast_node_t *));
    }
    size_t ia = 0, ik = 0;
    for (size_t i = base; i < ps->sp; i++) {
        kr_ast_node_t *o = ps->stack[i];
        if (o->kind == KR_AST_KEYWORD) {
            kws.items[ik++] = o;
        } else {
            args.items[ia++] = o;
        }
    }
    ps->sp = base;
    call->u.call.args = args;
    call->u.call.keywords = kws;
}

static kr_ast_node_t *primary(kr_parser_t *ps) {
    kr_ast_node_t *n = atom(ps);
    if (KR_TOK != KR_TOK_DOT && KR_TOK != KR_TOK_LPAR && KR_TOK != KR_TOK_LSQB) {
        return n;
    }
    pos_t p = pos_of(ps, n);
    unsigned chain = 0;
    for (;;) {
        check_chain(ps, ++chain);
        switch (KR_TOK) {
            case KR_TOK_DOT: {
                kr_parse_next(ps);
                if (KR_TOK != KR_TOK_NAME) {
                    kr_parse_syntax_error(ps);
                }
                kr_ast_node_t *a = new_pos(ps, KR_AST_ATTRIBUTE, p);
                a->u.attr.value = n;
                a->u.attr.attr = kr_parse_mangle(ps, ps->lex.tok.qstr);
                kr_parse_next(ps);
                n = a;
                break;
            }
            case KR_TOK_LPAR: {
                kr_parseexpr_enter(ps);
                ps->lpar_line = ps->lex.tok.line;
                ps->lpar_col = ps->lex.tok.col;
                kr_parse_next(ps);
                kr_ast_node_t *c = new_pos(ps, KR_AST_CALL, p);
                c->u.call.func = n;
                kr_parseexpr_call_args(ps, c);
                leave(ps);
                n = c;
                break;
            }
            case KR_TOK_LSQB: {
                kr_parseexpr_enter(ps);
                kr_parse_next(ps);
                kr_ast_node_t *s = new_pos(ps, KR_AST_SUBSCRIPT, p);
                s->u.subscr.value = n;
                s->u.subscr.slice = slices(ps);
                leave(ps);
                n = s;
                break;
            }
            default:
                return n;
        }
    }
}

/* ---------------------------------------------------------------- atoms */

/* elements of a tuple/list/set display after the first, up to the closing token */
static kr_ast_seq_t display_elts(kr_parser_t *ps, kr_ast_node_t *first, int close) {
    size_t base = ps->sp;
    kr_parse_push(ps, first);
    kr_ast_node_t *last = first;
    while (kr_parse_accept(ps, KR_TOK_COMMA)) {
        if (KR_TOK == close) {
            last = NULL;
            break;
        }
        last = star_named(ps);
        kr_parse_push(ps, last);
    }
    expect_close(ps, close, last);
    return kr_parse_pop_seq(ps, base);
}

static kr_ast_node_t *paren_atom(kr_parser_t *ps) {
    uint32_t line = ps->lex.tok.line, col = ps->lex.tok.col;
    kr_parse_next(ps);
    if (KR_TOK == KR_TOK_RPAR) {
        kr_parse_next(ps);
        return kr_parse_new(ps, KR_AST_TUPLE, line, col);
    }
    if (KR_TOK == KR_TOK_KW_YIELD) {
        kr_ast_node_t *y = kr_parseexpr_yield(ps);
        kr_parse_expect(ps, KR_TOK_RPAR);
        note_paren(ps, y, line, col);
        return y;
    }
    kr_ast_node_t *first = star_named(ps);
    if (at_comp_for(ps)) {
        kr_ast_node_t *g = comprehension(ps, KR_AST_GENERATOR_EXP, line, col, first);
        expect_close(ps, KR_TOK_RPAR, NULL);
        return g;
    }
    if (KR_TOK == KR_TOK_COMMA) {
        kr_ast_node_t *t = kr_parse_new(ps, KR_AST_TUPLE, line, col);
        t->u.seq.elts = display_elts(ps, first, KR_TOK_RPAR);
        return t;
    }
    if (first->kind == KR_AST_STARRED) {
        kr_parse_error_at(ps, first, "cannot use starred expression here");
    }
    expect_close(ps, KR_TOK_RPAR, first);
    note_paren(ps, first, line, col);
    return first;
}

static kr_ast_node_t *list_atom(kr_parser_t *ps) {
    uint32_t line = ps->lex.tok.line, col = ps->lex.tok.col;
    kr_parse_next(ps);
    if (KR_TOK == KR_TOK_RSQB) {
        kr_parse_next(ps);
        return kr_parse_new(ps, KR_AST_LIST, line, col);
    }
    kr_ast_node_t *first = star_named(ps);
    if (at_comp_for(ps)) {
        kr_ast_node_t *c = comprehension(ps, KR_AST_LIST_COMP, line, col, first);
        expect_close(ps, KR_TOK_RSQB, NULL);
        return c;
    }
    kr_ast_node_t *l = kr_parse_new(ps, KR_AST_LIST, line, col);
    l->u.seq.elts = display_elts(ps, first, KR_TOK_RSQB);
    return l;
}

static kr_ast_node_t *dict_items(kr_parser_t *ps, kr_ast_node_t *d, kr_ast_node_t *key, kr_ast_node_t *value) {
    size_t base = ps->sp;
    kr_parse_push(ps, key);
    kr_parse_push(ps, value);
    kr_ast_node_t *last = value;
    while (kr_parse_accept(ps, KR_TOK_COMMA)) {
        if (KR_TOK == KR_TOK_RBRACE) {
            last = NULL;
            break;
        }
        if (kr_parse_accept(ps, KR_TOK_DOUBLESTAR)) {
            kr_parse_push(ps, NULL);
            last = kr_parseexpr_bitor(ps);
            kr_parse_push(ps, last);
            continue;
        }
        kr_ast_node_t *k = kr_parseexpr_expression(ps);
        if (KR_TOK != KR_TOK_COLON) {
            if (KR_TOK == KR_TOK_COMMA || KR_TOK == KR_TOK_RBRACE) {
                kr_parse_error_at(ps, k, "':' expected after dictionary key");
            }
            kr_parse_syntax_error(ps);
        }
        kr_parse_next(ps);
        kr_parse_push(ps, k);
        last = kr_parseexpr_expression(ps);
        kr_parse_push(ps, last);
    }
    expect_close(ps, KR_TOK_RBRACE, last);
    size_t n = (ps->sp - base) / 2;
    d->u.dict.keys.n = n;
    d->u.dict.values.n = n;
    d->u.dict.keys.items = kr_ast_alloc(ps->arena, n * sizeof(kr_ast_node_t *));
    d->u.dict.values.items = kr_ast_alloc(ps->arena, n * sizeof(kr_ast_node_t *));
    for (size_t i = 0; i < n; i++) {
        d->u.dict.keys.items[i] = ps->stack[base + 2 * i];
        d->u.dict.values.items[i] = ps->stack[base + 2 * i + 1];
    }
    ps->sp = base;
    return d;
}

static kr_ast_node_t *brace_atom(kr_parser_t *ps) {
    uint32_t line = ps->lex.tok.line, col = ps->lex.tok.col;
    kr_parse_next(ps);
    if (KR_TOK == KR_TOK_RBRACE) {
        kr_parse_next(ps);
        return kr_parse_new(ps, KR_AST_DICT, line, col);
    }
    if (kr_parse_accept(ps, KR_TOK_DOUBLESTAR)) {
        kr_ast_node_t *d = kr_parse_new(ps, KR_AST_DICT, line, col);
        kr_ast_node_t *v = kr_parseexpr_bitor(ps);
        return dict_items(ps, d, NULL, v);
    }
    kr_ast_node_t *first = star_named(ps);
    if (KR_TOK == KR_TOK_COLON && first->kind != KR_AST_STARRED) {
        kr_parse_next(ps);
        kr_ast_node_t *v = kr_parseexpr_expression(ps);
        if (at_comp_for(ps)) {
            kr_ast_node_t *c = comprehension(ps, KR_AST_DICT_COMP, line, col, v);
            c->u.comp.key = first;
            expect_close(ps, KR_TOK_RBRACE, NULL);
            return c;
        }
        kr_ast_node_t *d = kr_parse_new(ps, KR_AST_DICT, line, col);
        return dict_items(ps, d, first, v);
    }
    if (at_comp_for(ps)) {
        kr_ast_node_t *c = comprehension(ps, KR_AST_SET_COMP, line, col, first);
        expect_close(ps, KR_TOK_RBRACE, NULL);
        return c;
    }
    kr_ast_node_t *s = kr_parse_new(ps, KR_AST_SET, line, col);
    s->u.seq.elts = display_elts(ps, first, KR_TOK_RBRACE);
    return s;
}

static kr_ast_node_t *constant_here(kr_parser_t *ps, kr_obj_t v) {
    kr_ast_node_t *n = kr_parse_new_here(ps, KR_AST_CONSTANT);
    n->u.constant.value = v;
    kr_parse_next(ps);
    return n;
}

static kr_ast_node_t *atom(kr_parser_t *ps) {
    switch (KR_TOK) {
        case KR_TOK_NAME: {
            kr_ast_node_t *n = kr_parse_new_here(ps, KR_AST_NAME);
            n->u.name.id = kr_parse_mangle(ps, ps->lex.tok.qstr);
            n->mangled = n->u.name.id != ps->lex.tok.qstr;
            kr_parse_next(ps);
            return n;
        }
        case KR_TOK_KW_TRUE: return constant_here(ps, KR_OBJ_TRUE);
        case KR_TOK_KW_FALSE: return constant_here(ps, KR_OBJ_FALSE);
        case KR_TOK_KW_NONE: return constant_here(ps, KR_OBJ_NONE);
        case KR_TOK_ELLIPSIS: return constant_here(ps, KR_OBJ_ELLIPSIS);
        case KR_TOK_NUMBER: return constant_here(ps, kr_parsestr_number(ps));
        case KR_TOK_STRING: return kr_parsestr_strings(ps);
        case KR_TOK_LPAR: case KR_TOK_LSQB: case KR_TOK_LBRACE: {
            kr_parseexpr_enter(ps);
            kr_ast_node_t *n = KR_TOK == KR_TOK_LPAR ? paren_atom(ps)
                             : KR_TOK == KR_TOK_LSQB ? list_atom(ps) : brace_atom(ps);
            leave(ps);
            return n;
        }
        default:
            kr_parse_syntax_error(ps);
    }
}

/* ---------------------------------------------------------------- parameters */

static kr_ast_node_t *param(kr_parser_t *ps, bool is_lambda) {
    if (KR_TOK != KR_TOK_NAME) {
        kr_parse_syntax_error(ps);
    }
    kr_ast_node_t *a = kr_parse_new_here(ps, KR_AST_ARG);
    a->u.arg.arg = kr_parse_mangle(ps, ps->lex.tok.qstr);
    kr_parse_next(ps);
    if (!is_lambda && kr_parse_accept(ps, KR_TOK_COLON)) {
        if (KR_TOK == KR_TOK_STAR) {
            (void)starred(ps);
        } else {
            (void)kr_parseexpr_expression(ps);   /* annotation: ignored */
        }
    }
    return a;
}

static void check_dup(kr_parser_t *ps, size_t base, kr_ast_node_t *a, kr_ast_node_t *v, kr_ast_node_t *k) {
    kr_qstr_t q = a->u.arg.arg;
    bool dup = (v != NULL && v->u.arg.arg == q) || (k != NULL && k->u.arg.arg == q);
    for (size_t i = base; i < ps->sp && !dup; i += 2) {
        dup = ps->stack[i]->u.arg.arg == q;
    }
    if (dup) {
        kr_parse_error_at(ps, a, "duplicate argument '%s' in function definition", kr_qstr_str(q));
    }
}

kr_ast_node_t *kr_parseexpr_params(kr_parser_t *ps, bool is_lambda, int close) {
    kr_ast_node_t *args = kr_parse_new_here(ps, KR_AST_ARGUMENTS);
    size_t base = ps->sp;          /* pairs (ARG, default or NULL) */
    size_t n_pos = 0, n_kw = 0, first_default = SIZE_MAX;
    long slash_at = -1;
    bool star_seen = false;
    kr_ast_node_t *vararg = NULL, *kwarg = NULL;
    uint32_t star_line = 0, star_col = 0;
    while (KR_TOK != close) {
        if (kwarg != NULL) {
            kr_parse_error(ps, "arguments cannot follow var-keyword argument");
        }
        if (KR_TOK == KR_TOK_SLASH) {
            if (slash_at >= 0) {
                kr_parse_error(ps, "/ may appear only once");
            }
            if (star_seen) {
                kr_parse_error(ps, "/ must be ahead of *");
            }
            if (n_pos == 0) {
                kr_parse_syntax_error(ps);
            }
            slash_at = (long)n_pos;
            kr_parse_next(ps);
        } else if (KR_TOK == KR_TOK_STAR) {
            if (star_seen) {
                kr_parse_error(ps, "* argument may appear only once");
            }
            star_seen = true;
            star_line = ps->lex.tok.line;
            star_col = ps->lex.tok.col;
            kr_parse_next(ps);
            if (KR_TOK == KR_TOK_NAME) {
                kr_ast_node_t *a = param(ps, is_lambda);
                check_dup(ps, base, a, NULL, NULL);
                vararg = a;
                if (KR_TOK == KR_TOK_EQUAL) {
                    kr_parse_error(ps, "var-positional argument cannot have default value");
                }
            } else if (KR_TOK != KR_TOK_COMMA && KR_TOK != close) {
                kr_parse_syntax_error(ps);
            }
        } else if (KR_TOK == KR_TOK_DOUBLESTAR) {
            kr_parse_next(ps);
            kr_ast_node_t *a = param(ps, is_lambda);
            check_dup(ps, base, a, vararg, NULL);
            if (KR_TOK == KR_TOK_EQUAL) {
                kr_parse_error(ps, "var-keyword argument cannot have default value");
            }
            kwarg = a;
        } else {
            kr_ast_node_t *a = param(ps, is_lambda);
            check_dup(ps, base, a, vararg, NULL);
            kr_ast_node_t *def = NULL;
            if (kr_parse_accept(ps, KR_TOK_EQUAL)) {
                def = kr_parseexpr_expression(ps);
            }
            if (!star_seen) {
                if (def != NULL) {
                    if (first_default == SIZE_MAX) {
                        first_default = n_pos;
                    }
                } else if (first_default != SIZE_MAX) {
                    kr_parse_error_at(ps, a, "non-default argument follows default argument");
                }
                n_pos++;
            } else {
                n_kw++;
            }
            kr_parse_push(ps, a);
            kr_parse_push(ps, def);
        }
        if (!kr_parse_accept(ps, KR_TOK_COMMA)) {
            break;
        }
    }
    if (star_seen && vararg == NULL && n_kw == 0) {
        kr_lexer_error_at(&ps->lex, &kr_type_SyntaxError, star_line, star_col, "named arguments must follow bare *");
    }
    if (KR_TOK != close) {
        if (close == KR_TOK_COLON) {
            kr_parse_error(ps, "expected ':'");
        }
        kr_parse_syntax_error(ps);
    }
    kr_parse_next(ps);
    size_t n_posonly = slash_at >= 0 ? (size_t)slash_at : 0;
    kr_ast_node_t **st = ps->stack + base;
    size_t n_def = first_default == SIZE_MAX ? 0 : n_pos - first_default;
    kr_ast_seq_t *posonly = &args->u.arguments.posonlyargs, *pargs = &args->u.arguments.args;
    kr_ast_seq_t *defs = &args->u.arguments.defaults, *kwonly = &args->u.arguments.kwonlyargs;
    kr_ast_seq_t *kwdefs = &args->u.arguments.kw_defaults;
    posonly->n = n_posonly;
    pargs->n = n_pos - n_posonly;
    defs->n = n_def;
    kwonly->n = n_kw;
    kwdefs->n = n_kw;
    if (n_posonly) {
        posonly->items = kr_ast_alloc(ps->arena, n_posonly * sizeof(kr_ast_node_t *));
    }
    if (pargs->n) {
        pargs->items = kr_ast_alloc(ps->arena, pargs->n * sizeof(kr_ast_node_t *));
    }
    if (n_def) {
        defs->items = kr_ast_alloc(ps->arena, n_def * sizeof(kr_ast_node_t *));
    }
    if (n_kw) {
        kwonly->items = kr_ast_alloc(ps->arena, n_kw * sizeof(kr_ast_node_t *));
        kwdefs->items = kr_ast_alloc(ps->arena, n_kw * sizeof(kr_ast_node_t *));
    }
    for (size_t i = 0; i < n_pos; i++) {
        if (i < n_posonly) {
            posonly->items[i] = st[2 * i];
        } else {
            pargs->items[i - n_posonly] = st[2 * i];
        }
        if (n_def && i >= first_default) {
            defs->items[i - first_default] = st[2 * i + 1];
        }
    }
    for (size_t i = 0; i < n_kw; i++) {
        kwonly->items[i] = st[2 * (n_pos + i)];
        kwdefs->items[i] = st[2 * (n_pos + i) + 1];
    }
    ps->sp = base;
    args->u.arguments.vararg = vararg;
    args->u.arguments.kwarg = kwarg;
    return args;
}
