/* code.c: the code object type, opcode tables, line lookup, the disassembler, and the
 * source-to-code entry points (kr_compile_str, kr_exec_str). */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "bytecode.h"
#include "ast.h"
#include "compile.h"
#include "code.h"
#include "gc.h"

const char *const kr_opcode_names[KR_OP_NUM] = {
#define KR_OPCODE_NAME(name, operand) #name,
    KR_OPCODES(KR_OPCODE_NAME)
#undef KR_OPCODE_NAME
};

const uint8_t kr_opcode_operand[KR_OP_NUM] = {
#define KR_OPCODE_OPERAND(name, operand) operand,
    KR_OPCODES(KR_OPCODE_OPERAND)
#undef KR_OPCODE_OPERAND
};

static void code_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    const kr_code_t *code = KR_OBJ_TO_PTR(self);
    kr_printf(p, "<code object %s at %p, file \"%s\", line %u>", kr_qstr_str(code->name), (void *)code,
              kr_qstr_str(code->filename), (unsigned)code->first_line);
}

static void code_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    const kr_code_t *code = KR_OBJ_TO_PTR(self);
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    if (attr == KR_QSTR_co_name) {
        dest[0] = KR_NEW_QSTR(code->name);
    } else if (attr == KR_QSTR_co_filename) {
        dest[0] = KR_NEW_QSTR(code->filename);
    } else if (attr == KR_QSTR_co_firstlineno) {
        dest[0] = KR_NEW_SMALL_INT(code->first_line);
    } else if (attr == KR_QSTR_co_argcount) {
        dest[0] = KR_NEW_SMALL_INT(code->n_pos_args);
    } else if (attr == KR_QSTR_co_flags) {
        dest[0] = KR_NEW_SMALL_INT(code->flags);
    } else if (attr == KR_QSTR_co_varnames) {
        dest[0] = kr_obj_new_tuple(code->n_locals - code->n_free, code->local_names);
    }
}

const kr_type_t kr_type_code = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_code,
    .print = code_print,
    .attr = code_attr,
};

kr_obj_t kr_code_get_doc(const kr_code_t *code) {
    if ((code->flags & KR_CODE_FLAG_HAS_DOC) && code->n_consts > 0) {
        return code->consts[0];
    }
    return KR_OBJ_NONE;
}

kr_qstr_t kr_code_get_qualname(const kr_code_t *code) {
    size_t i = (code->flags & KR_CODE_FLAG_HAS_DOC) ? 1 : 0;
    if ((code->flags & KR_CODE_FLAG_HAS_QUALNAME) && code->n_consts > i && KR_IS_QSTR(code->consts[i])) {
        return KR_QSTR_VALUE(code->consts[i]);
    }
    return code->name;
}

kr_obj_t kr_code_new(void) {
    kr_code_t *code = kr_gc_alloc(sizeof(kr_code_t), 0);
    code->base.type = &kr_type_code;
    return KR_OBJ_FROM_PTR(code);
}

static kr_uint_t read_uint(const uint8_t **pp) {
    const uint8_t *p = *pp;
    kr_uint_t v = 0;
    unsigned shift = 0;
    uint8_t b;
    do {
        b = *p++;
        v |= (kr_uint_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    *pp = p;
    return v;
}

static kr_int_t read_sint(const uint8_t **pp) {
    kr_uint_t z = read_uint(pp);
    return (z & 1) ? -(kr_int_t)(z >> 1) - 1 : (kr_int_t)(z >> 1);
}

size_t kr_code_line_for_offset(const kr_code_t *code, size_t offset) {
    const uint8_t *p = code->line_info, *end = p + code->line_info_len;
    size_t off = 0;
    kr_int_t line = code->first_line;
    while (p < end) {
        off += read_uint(&p);
        kr_int_t delta = read_sint(&p);
        if (off > offset) {
            break;
        }
        line += delta;
    }
    return (size_t)line;
}

static void disasm(const kr_print_t *p, const kr_code_t *code, int indent) {
    kr_printf(p, "%*s== code %s (file %s, line %u): flags=0x%x args=%u/%u/%u locals=%u free=%u cells=%u stack=%u blocks=%u\n",
              indent, "", kr_qstr_str(code->name), kr_qstr_str(code->filename), (unsigned)code->first_line,
              code->flags, code->n_pos_args, code->n_posonly_args, code->n_kwonly_args, code->n_locals, code->n_free,
              code->n_cell_slots, code->stack_size, code->block_depth);
    if (code->n_locals > 0 && code->local_names != NULL) {
        kr_printf(p, "%*s   locals:", indent, "");
        for (size_t i = 0; i < code->n_locals; i++) {
            kr_printf(p, " %s", kr_qstr_str(KR_QSTR_VALUE(code->local_names[i])));
        }
        if (code->n_cell_slots > 0) {
            kr_printf(p, "  cells:");
            for (size_t i = 0; i < code->n_cell_slots; i++) {
                kr_printf(p, " %u", code->cell_slots[i]);
            }
        }
        kr_printf(p, "\n");
    }
    const uint8_t *bc = code->bytecode, *ip = bc, *end = bc + code->bytecode_len;
    size_t last_line = 0;
    while (ip < end) {
        size_t off = (size_t)(ip - bc);
        uint8_t op = *ip++;
        size_t line = kr_code_line_for_offset(code, off);
        if (line != last_line) {
            kr_printf(p, "%*s%4u ", indent, "", (unsigned)line);
            last_line = line;
        } else {
            kr_printf(p, "%*s     ", indent, "");
        }
        if (op >= KR_OP_NUM) {
            kr_printf(p, "%5u <bad opcode %u>\n", (unsigned)off, op);
            return;
        }
        kr_printf(p, "%5u %s", (unsigned)off, kr_opcode_names[op]);
        switch (kr_opcode_operand[op]) {
            case 'U': {
                kr_uint_t u = read_uint(&ip);
                kr_printf(p, " %lu", (unsigned long)u);
                if (op == KR_OP_LOAD_CONST && u < code->n_consts) {
                    kr_print_str(p, " (");
                    kr_obj_t v = code->consts[u];
                    if (kr_obj_is_type(v, &kr_type_code)) {
                        kr_printf(p, "code %s", kr_qstr_str(((kr_code_t *)KR_OBJ_TO_PTR(v))->name));
                    } else {
                        kr_obj_print(p, v, KR_PRINT_REPR);
                    }
                    kr_print_str(p, ")");
                } else if ((op == KR_OP_LOAD_NAME || op == KR_OP_STORE_NAME || op == KR_OP_DELETE_NAME
                            || op == KR_OP_LOAD_GLOBAL || op == KR_OP_STORE_GLOBAL || op == KR_OP_DELETE_GLOBAL
                            || op == KR_OP_LOAD_ATTR || op == KR_OP_STORE_ATTR || op == KR_OP_DELETE_ATTR
                            || op == KR_OP_LOAD_METHOD || op == KR_OP_IMPORT_NAME || op == KR_OP_IMPORT_FROM)
                           && u < code->n_names) {
                    kr_printf(p, " (%s)", kr_qstr_str(KR_QSTR_VALUE(code->names[u])));
                } else if ((op == KR_OP_LOAD_FAST || op == KR_OP_STORE_FAST || op == KR_OP_DELETE_FAST
                            || op == KR_OP_LOAD_DEREF || op == KR_OP_STORE_DEREF || op == KR_OP_DELETE_DEREF
                            || op == KR_OP_LOAD_CLOSURE) && u < code->n_locals && code->local_names != NULL) {
                    kr_printf(p, " (%s)", kr_qstr_str(KR_QSTR_VALUE(code->local_names[u])));
                }
                break;
            }
            case 'S':
                kr_printf(p, " %ld", (long)read_sint(&ip));
                break;
            case 'J': {
                int16_t rel = (int16_t)(ip[0] | (ip[1] << 8));
                ip += 2;
                kr_printf(p, " %ld (to %ld)", (long)rel, (long)(ip - bc) + rel);
                break;
            }
            default:
                break;
        }
        kr_print_str(p, "\n");
    }
    for (size_t i = 0; i < code->n_consts; i++) {
        if (kr_obj_is_type(code->consts[i], &kr_type_code)) {
            disasm(p, KR_OBJ_TO_PTR(code->consts[i]), indent + 2);
        }
    }
}

void kr_code_disassemble(const kr_print_t *p, const kr_code_t *code) {
    disasm(p, code, 0);
}

kr_obj_t kr_compile_str(const char *src, size_t len, kr_qstr_t filename, kr_parse_mode_t mode) {
    kr_ast_arena_t arena;
    kr_ast_arena_init(&arena);
    kr_ast_node_t *root = kr_parse(&arena, src, len, filename, mode);
    kr_obj_t code = kr_compile_ast_src(root, filename, mode, src, len);
    kr_ast_arena_free(&arena);
    return code;
}

kr_obj_t kr_exec_str(const char *src, size_t len, kr_qstr_t filename, kr_parse_mode_t mode,
                     kr_obj_t globals, kr_obj_t locals) {
    kr_obj_t code = kr_compile_str(src, len, filename, mode);
    return kr_vm_run_code(code, globals, locals);
}
