/* emit.c: the bytecode emitter: instruction encoding, labels and jump patching, the
 * line table, stack/block depth tracking, const and name tables, code object output. */
#include <string.h>
#include "compile.h"
#include "gc.h"
#include "state.h"
#include "persistentcode.h"

/* make room for one more element after `used` ones (ptr holds *alloc elements) */
void *kr_compile_grow(void *ptr, size_t *alloc, size_t used, size_t elem, unsigned flags) {
    if (used < *alloc) {
        return ptr;
    }
    size_t n = *alloc ? *alloc * 2 : 8;
    void *p = kr_gc_alloc(n * elem, flags);
    if (ptr != NULL) {
        memcpy(p, ptr, used * elem);
        kr_gc_free(ptr);
    }
    *alloc = n;
    return p;
}

void kr_emit_unit_init(kr_unit_t *u, kr_scope_t *scope, uint32_t first_line) {
    memset(u, 0, sizeof(*u));
    u->scope = scope;
    u->first_line = first_line;
    u->last_line = first_line;
    u->cur_line = first_line;
}

void kr_emit_unit_free(kr_unit_t *u) {
    kr_gc_free(u->code);
    kr_gc_free(u->lines);
    kr_gc_free(u->consts);
    kr_gc_free(u->names);
    kr_gc_free(u->label_pos);
    kr_gc_free(u->label_depth);
    kr_gc_free(u->label_bdepth);
    kr_gc_free(u->fixups);
    kr_gc_free(u->fblocks);
    memset(u, 0, sizeof(*u));
}

static void emit_byte(kr_unit_t *u, uint8_t b) {
    u->code = kr_compile_grow(u->code, &u->code_alloc, u->code_len, 1, KR_GC_FLAG_ATOMIC);
    u->code[u->code_len++] = b;
}

static void emit_uint(kr_unit_t *u, kr_uint_t v) {
    while (v >= 0x80) {
        emit_byte(u, (uint8_t)(v | 0x80));
        v >>= 7;
    }
    emit_byte(u, (uint8_t)v);
}

static kr_uint_t zigzag(kr_int_t v) {
    return v < 0 ? (((kr_uint_t)(-(v + 1))) << 1) | 1 : ((kr_uint_t)v) << 1;
}

static void line_byte(kr_unit_t *u, uint8_t b) {
    u->lines = kr_compile_grow(u->lines, &u->lines_alloc, u->lines_len, 1, KR_GC_FLAG_ATOMIC);
    u->lines[u->lines_len++] = b;
}

static void line_uint(kr_unit_t *u, kr_uint_t v) {
    while (v >= 0x80) {
        line_byte(u, (uint8_t)(v | 0x80));
        v >>= 7;
    }
    line_byte(u, (uint8_t)v);
}

static void mark_line(kr_unit_t *u) {
    if (u->cur_line == u->last_line || u->cur_line == 0) {
        return;
    }
    line_uint(u, u->code_len - u->last_line_offset);
    line_uint(u, zigzag((kr_int_t)u->cur_line - (kr_int_t)u->last_line));
    u->last_line_offset = u->code_len;
    u->last_line = u->cur_line;
}

static void adjust_depth(kr_unit_t *u, int delta) {
    u->depth += delta;
    if (u->depth > u->max_depth) {
        u->max_depth = u->depth;
    }
}

/* stack effect of an instruction when it falls through */
static int stack_effect(kr_opcode_t op, kr_int_t arg) {
    switch (op) {
        case KR_OP_NOP: case KR_OP_ROT_TWO: case KR_OP_ROT_THREE: case KR_OP_ROT_FOUR:
        case KR_OP_DELETE_FAST: case KR_OP_DELETE_DEREF: case KR_OP_DELETE_NAME:
        case KR_OP_DELETE_GLOBAL: case KR_OP_LOAD_ATTR: case KR_OP_UNARY_OP:
        case KR_OP_LIST_TO_TUPLE: case KR_OP_JUMP: case KR_OP_GET_ITER:
        case KR_OP_SETUP_FINALLY: case KR_OP_POP_BLOCK: case KR_OP_YIELD_VALUE:
        case KR_OP_GET_YIELD_FROM_ITER: case KR_OP_GET_AWAITABLE: case KR_OP_GET_AITER:
            return 0;
        case KR_OP_POP_TOP: case KR_OP_STORE_FAST: case KR_OP_STORE_DEREF:
        case KR_OP_STORE_NAME: case KR_OP_STORE_GLOBAL: case KR_OP_DELETE_ATTR:
        case KR_OP_BINARY_OP: case KR_OP_BINARY_SUBSCR: case KR_OP_LIST_APPEND:
        case KR_OP_SET_ADD: case KR_OP_LIST_EXTEND: case KR_OP_SET_UPDATE:
        case KR_OP_DICT_UPDATE: case KR_OP_DICT_MERGE: case KR_OP_POP_JUMP_IF_FALSE:
        case KR_OP_POP_JUMP_IF_TRUE: case KR_OP_JUMP_IF_FALSE_OR_POP:
        case KR_OP_JUMP_IF_TRUE_OR_POP: case KR_OP_RETURN_VALUE: case KR_OP_POP_EXCEPT:
        case KR_OP_RERAISE: case KR_OP_YIELD_FROM: case KR_OP_IMPORT_NAME:
        case KR_OP_IMPORT_STAR: case KR_OP_PRINT_EXPR:
            return -1;
        case KR_OP_DUP_TOP: case KR_OP_LOAD_CONST: case KR_OP_LOAD_SMALL_INT:
        case KR_OP_LOAD_NONE: case KR_OP_LOAD_TRUE: case KR_OP_LOAD_FALSE: case KR_OP_LOAD_NULL:
        case KR_OP_LOAD_FAST: case KR_OP_LOAD_DEREF: case KR_OP_LOAD_CLOSURE:
        case KR_OP_LOAD_NAME: case KR_OP_LOAD_GLOBAL: case KR_OP_LOAD_METHOD:
        case KR_OP_LOAD_BUILD_CLASS: case KR_OP_LOAD_ASSERTION_ERROR: case KR_OP_FOR_ITER:
        case KR_OP_PUSH_EXC_INFO: case KR_OP_BEFORE_WITH: case KR_OP_WITH_EXCEPT_START:
        case KR_OP_GET_ANEXT: case KR_OP_BEFORE_ASYNC_WITH: case KR_OP_IMPORT_FROM:
            return 1;
        case KR_OP_DUP_TOP_TWO:
            return 2;
        case KR_OP_STORE_ATTR: case KR_OP_DELETE_SUBSCR: case KR_OP_MAP_ADD:
        case KR_OP_CALL_FUNCTION_EX: case KR_OP_JUMP_IF_NOT_EXC_MATCH: case KR_OP_END_ASYNC_FOR:
            return -2;
        case KR_OP_STORE_SUBSCR:
            return -3;
        case KR_OP_BUILD_SLICE: case KR_OP_BUILD_TUPLE: case KR_OP_BUILD_LIST:
        case KR_OP_BUILD_SET: case KR_OP_BUILD_STRING:
            return 1 - (int)arg;
        case KR_OP_BUILD_MAP:
            return 1 - 2 * (int)arg;
        case KR_OP_UNPACK_SEQUENCE:
            return (int)arg - 1;
        case KR_OP_UNPACK_EX:
            return (int)(arg & 0xff) + (int)(arg >> 8);
        case KR_OP_FORMAT_VALUE:
            return (arg & 4) ? -1 : 0;
        case KR_OP_CALL_FUNCTION:
            return -(int)((arg & 0xff) + 2 * (arg >> 8));
        case KR_OP_CALL_METHOD:
            return -1 - (int)((arg & 0xff) + 2 * (arg >> 8));
        case KR_OP_MAKE_FUNCTION:
            return -(((arg & 1) != 0) + ((arg & 2) != 0) + ((arg & 8) != 0));
        case KR_OP_RAISE_VARARGS:
            return -(int)arg;
        default:
            return 0;
    }
}

void kr_emit_op_arg(kr_unit_t *u, kr_opcode_t op, kr_int_t arg) {
    mark_line(u);
    emit_byte(u, (uint8_t)op);
    if (kr_opcode_operand[op] == 'U') {
        emit_uint(u, (kr_uint_t)arg);
    } else if (kr_opcode_operand[op] == 'S') {
        emit_uint(u, zigzag(arg));
    }
    adjust_depth(u, stack_effect(op, arg));
    if (op == KR_OP_POP_BLOCK) {
        u->bdepth--;
    }
}

void kr_emit_op(kr_unit_t *u, kr_opcode_t op) {
    kr_emit_op_arg(u, op, 0);
}

int kr_emit_label_new(kr_unit_t *u) {
    size_t a = u->alloc_labels;
    u->label_pos = kr_compile_grow(u->label_pos, &a, u->n_labels, sizeof(int32_t), KR_GC_FLAG_ATOMIC);
    a = u->alloc_labels;
    u->label_depth = kr_compile_grow(u->label_depth, &a, u->n_labels, sizeof(int32_t), KR_GC_FLAG_ATOMIC);
    a = u->alloc_labels;
    u->label_bdepth = kr_compile_grow(u->label_bdepth, &a, u->n_labels, sizeof(int32_t), KR_GC_FLAG_ATOMIC);
    u->alloc_labels = a;
    u->label_pos[u->n_labels] = -1;
    u->label_depth[u->n_labels] = -1;
    u->label_bdepth[u->n_labels] = -1;
    return (int)u->n_labels++;
}

static void label_note(kr_unit_t *u, int label, int depth, int bdepth) {
    if (u->label_depth[label] < 0) {
        u->label_depth[label] = depth;
        u->label_bdepth[label] = bdepth;
    }
}

void kr_emit_jump(kr_unit_t *u, kr_opcode_t op, int label) {
    mark_line(u);
    emit_byte(u, (uint8_t)op);
    u->fixups = kr_compile_grow(u->fixups, &u->alloc_fixups, u->n_fixups, sizeof(uint32_t), KR_GC_FLAG_ATOMIC);
    u->fixups[u->n_fixups++] = (uint32_t)u->code_len;
    u->fixups = kr_compile_grow(u->fixups, &u->alloc_fixups, u->n_fixups, sizeof(uint32_t), KR_GC_FLAG_ATOMIC);
    u->fixups[u->n_fixups++] = (uint32_t)label;
    emit_byte(u, 0);
    emit_byte(u, 0);
    switch (op) {
        case KR_OP_SETUP_FINALLY:
            label_note(u, label, u->depth + 1, u->bdepth);
            u->bdepth++;
            if (u->bdepth > u->max_bdepth) {
                u->max_bdepth = u->bdepth;
            }
            adjust_depth(u, 1);   /* the handler's extra item counts for the maximum */
            adjust_depth(u, -1);
            break;
        case KR_OP_FOR_ITER:
            label_note(u, label, u->depth - 1, u->bdepth);
            adjust_depth(u, 1);
            break;
        case KR_OP_JUMP_IF_FALSE_OR_POP:
        case KR_OP_JUMP_IF_TRUE_OR_POP:
            label_note(u, label, u->depth, u->bdepth);
            adjust_depth(u, -1);
            break;
        case KR_OP_POP_JUMP_IF_FALSE:
        case KR_OP_POP_JUMP_IF_TRUE:
            adjust_depth(u, -1);
            label_note(u, label, u->depth, u->bdepth);
            break;
        case KR_OP_JUMP_IF_NOT_EXC_MATCH:
            adjust_depth(u, -2);
            label_note(u, label, u->depth, u->bdepth);
            break;
        default:
            label_note(u, label, u->depth, u->bdepth);
            break;
    }
}

void kr_emit_label_place(kr_unit_t *u, int label) {
    u->label_pos[label] = (int32_t)u->code_len;
    if (u->label_depth[label] >= 0) {
        u->depth = u->label_depth[label];
        u->bdepth = u->label_bdepth[label];
    } else {
        u->label_depth[label] = u->depth;
        u->label_bdepth[label] = u->bdepth;
    }
}

/* Are two constants interchangeable (same type and value)? */
static bool const_same(kr_obj_t a, kr_obj_t b) {
    if (a == b) {
        return true;
    }
    if (KR_IS_QSTR(a) && KR_IS_QSTR(b)) {
        return false;   /* distinct interned strings */
    }
    if (!KR_IS_OBJ(a) || !KR_IS_OBJ(b)) {
        /* a qstr and a heap str with equal text */
        if ((KR_IS_QSTR(a) && kr_obj_is_type(b, &kr_type_str)) || (KR_IS_QSTR(b) && kr_obj_is_type(a, &kr_type_str))) {
            size_t la, lb;
            const char *da = kr_obj_str_get_data(a, &la), *db = kr_obj_str_get_data(b, &lb);
            return la == lb && memcmp(da, db, la) == 0;
        }
        return false;
    }
    const kr_type_t *t = KR_OBJ_TYPE(a);
    if (t != KR_OBJ_TYPE(b)) {
        return false;
    }
    if (t == &kr_type_str || t == &kr_type_bytes) {
        kr_obj_str_t *sa = KR_OBJ_TO_PTR(a), *sb = KR_OBJ_TO_PTR(b);
        return sa->len == sb->len && memcmp(sa->data, sb->data, sa->len) == 0;
    }
    if (t == &kr_type_int) {
        return kr_obj_equal(a, b);
    }
    if (t == &kr_type_float) {
        double da = kr_obj_float_get(a), db = kr_obj_float_get(b);
        return memcmp(&da, &db, sizeof(double)) == 0;
    }
    return false;
}

size_t kr_emit_const_index(kr_unit_t *u, kr_obj_t value) {
    for (size_t i = 0; i < u->n_consts; i++) {
        if (const_same(u->consts[i], value)) {
            return i;
        }
    }
    u->consts = kr_compile_grow(u->consts, &u->alloc_consts, u->n_consts, sizeof(kr_obj_t), 0);
    u->consts[u->n_consts] = value;
    return u->n_consts++;
}

size_t kr_emit_name_index(kr_unit_t *u, kr_qstr_t name) {
    kr_obj_t o = KR_NEW_QSTR(name);
    for (size_t i = 0; i < u->n_names; i++) {
        if (u->names[i] == o) {
            return i;
        }
    }
    u->names = kr_compile_grow(u->names, &u->alloc_names, u->n_names, sizeof(kr_obj_t), KR_GC_FLAG_ATOMIC);
    u->names[u->n_names] = o;
    return u->n_names++;
}

void kr_emit_load_const(kr_unit_t *u, kr_obj_t value) {
    if (value == KR_OBJ_NONE) {
        kr_emit_op(u, KR_OP_LOAD_NONE);
    } else if (value == KR_OBJ_TRUE) {
        kr_emit_op(u, KR_OP_LOAD_TRUE);
    } else if (value == KR_OBJ_FALSE) {
        kr_emit_op(u, KR_OP_LOAD_FALSE);
    } else if (KR_IS_SMALL_INT(value) && (kr_persistentcode_small_int_bits == 0
               || kr_persistentcode_small_int_bits >= KR_PERSISTENTCODE_NATIVE_SMALL_INT_BITS
               || (KR_SMALL_INT_VALUE(value) >= -((kr_int_t)1 << (kr_persistentcode_small_int_bits - 1))
                   && KR_SMALL_INT_VALUE(value) < ((kr_int_t)1 << (kr_persistentcode_small_int_bits - 1))))) {
        /* (a cross compiler targeting narrower small ints loads wider ones as constants) */
        kr_emit_op_arg(u, KR_OP_LOAD_SMALL_INT, KR_SMALL_INT_VALUE(value));
    } else {
        kr_emit_op_arg(u, KR_OP_LOAD_CONST, (kr_int_t)kr_emit_const_index(u, value));
    }
}

void kr_emit_fblock_push(kr_unit_t *u, kr_fblock_type_t type, int start, int end, kr_ast_node_t *node) {
    u->fblocks = kr_compile_grow(u->fblocks, &u->alloc_fblocks, u->n_fblocks, sizeof(kr_fblock_t), 0);
    kr_fblock_t *f = &u->fblocks[u->n_fblocks++];
    f->type = (uint8_t)type;
    f->start_label = start;
    f->end_label = end;
    f->node = node;
}

void kr_emit_fblock_pop(kr_unit_t *u) {
    u->n_fblocks--;
}

static void *exact_copy(const void *src, size_t n, unsigned flags) {
    if (n == 0) {
        return NULL;
    }
    void *p = kr_gc_alloc(n, flags);
    memcpy(p, src, n);
    return p;
}

kr_obj_t kr_emit_finish(kr_compiler_t *c, kr_unit_t *u) {
    /* patch jumps */
    for (size_t i = 0; i < u->n_fixups; i += 2) {
        uint32_t at = u->fixups[i];
        int32_t target = u->label_pos[u->fixups[i + 1]];
        long rel = (long)target - (long)(at + 2);
        if (target < 0 || rel < -32768 || rel > 32767) {
            kr_scope_t *s = u->scope;
            kr_compile_error(c, s->node, "code too large");
        }
        u->code[at] = (uint8_t)(rel & 0xff);
        u->code[at + 1] = (uint8_t)((rel >> 8) & 0xff);
    }
    kr_scope_t *s = u->scope;
    if (u->n_consts > 0xffff || u->n_names > 0xffff || u->max_depth > 0xffff || u->max_bdepth > 0xffff
        || s->n_locals >= 0xffff) {
        kr_compile_error(c, s->node, "code too large");
    }
    kr_code_t *code = KR_OBJ_TO_PTR(kr_code_new());
    code->flags = 0;
    if (kr_scope_is_function(s)) {
        code->flags |= KR_CODE_FLAG_NEWLOCALS;
    }
    if (s->is_generator) {
        code->flags |= s->is_coroutine ? KR_CODE_FLAG_ASYNC_GEN : KR_CODE_FLAG_GENERATOR;
    } else if (s->is_coroutine) {
        code->flags |= KR_CODE_FLAG_COROUTINE;
    }
    size_t n_args = 0;
    if (s->type == KR_SCOPE_FUNCTION || s->type == KR_SCOPE_LAMBDA) {
        kr_ast_node_t *args = s->type == KR_SCOPE_FUNCTION ? s->node->u.def.args : s->node->u.lambda.args;
        code->n_posonly_args = (uint16_t)args->u.arguments.posonlyargs.n;
        code->n_pos_args = (uint16_t)(args->u.arguments.posonlyargs.n + args->u.arguments.args.n);
        code->n_kwonly_args = (uint16_t)args->u.arguments.kwonlyargs.n;
        if (args->u.arguments.vararg != NULL) {
            code->flags |= KR_CODE_FLAG_VARARGS;
        }
        if (args->u.arguments.kwarg != NULL) {
            code->flags |= KR_CODE_FLAG_VARKW;
        }
        n_args = code->n_pos_args + code->n_kwonly_args;
    } else if (s->type == KR_SCOPE_COMP) {
        code->n_pos_args = 1;
        n_args = 1;
    }
    code->n_locals = s->n_locals;
    code->n_free = s->n_free;
    code->n_cell_slots = s->n_cells;
    code->stack_size = (uint16_t)u->max_depth;
    code->block_depth = (uint16_t)u->max_bdepth;
    code->n_consts = (uint16_t)u->n_consts;
    code->n_names = (uint16_t)u->n_names;
    code->bytecode_len = (uint32_t)u->code_len;
    code->first_line = u->first_line;
    code->line_info_len = (uint32_t)u->lines_len;
    code->name = s->name;
    code->filename = c->filename;
    code->bytecode = exact_copy(u->code, u->code_len, KR_GC_FLAG_ATOMIC);
    code->consts = exact_copy(u->consts, u->n_consts * sizeof(kr_obj_t), 0);
    code->names = exact_copy(u->names, u->n_names * sizeof(kr_obj_t), KR_GC_FLAG_ATOMIC);
    code->line_info = exact_copy(u->lines, u->lines_len, KR_GC_FLAG_ATOMIC);
    /* local names (by slot), arg names and cell slots */
    if (s->n_locals > 0) {
        kr_obj_t *ln = kr_gc_alloc(s->n_locals * sizeof(kr_obj_t), KR_GC_FLAG_ATOMIC);
        uint16_t *cells = s->n_cells ? kr_gc_alloc(s->n_cells * sizeof(uint16_t), KR_GC_FLAG_ATOMIC) : NULL;
        for (size_t i = 0; i < s->n_locals; i++) {
            ln[i] = KR_ROM_QSTR(empty);
        }
        size_t nc = 0;
        for (size_t i = 0; i < s->n_syms; i++) {
            kr_scope_sym_t *sym = &s->syms[i];
            if (s->type == KR_SCOPE_CLASS) {
                if (sym->flags & KR_SYM_PASS || sym->kind == KR_NAME_FREE) {
                    ln[sym->cslot] = KR_NEW_QSTR(sym->name);
                }
                continue;
            }
            if (sym->kind == KR_NAME_LOCAL || sym->kind == KR_NAME_CELL || sym->kind == KR_NAME_FREE) {
                ln[sym->slot] = KR_NEW_QSTR(sym->name);
                if (sym->kind == KR_NAME_CELL && cells != NULL) {
                    cells[nc++] = sym->slot;
                }
            }
        }
        if (s->type == KR_SCOPE_CLASS && s->needs_class_cell) {
            ln[s->class_cell_slot] = KR_ROM_QSTR(__class__);
            cells[nc++] = s->class_cell_slot;
        }
        /* keep cell slots sorted by slot */
        for (size_t i = 1; i < nc; i++) {
            for (size_t j = i; j > 0 && cells[j - 1] > cells[j]; j--) {
                uint16_t t = cells[j];
                cells[j] = cells[j - 1];
                cells[j - 1] = t;
            }
        }
        code->local_names = ln;
        code->cell_slots = cells;
        code->n_cell_slots = (uint16_t)nc;
        if (n_args > 0) {
            code->arg_names = ln;   /* params are the first slots */
        }
    }
    return KR_OBJ_FROM_PTR(code);
}
