/* bytecode.h: the bytecode format shared by the compiler (emitter) and the VM:
 * opcodes with their operands and stack effects, the code object, function objects.
 *
 * Encoding: one opcode byte, then its operand if it has one:
 *   U  unsigned varint: 7 bits per byte, least significant group first, high bit
 *      set on every byte but the last (ULEB128).
 *   S  signed varint: zigzag-encoded (0,-1,1,-2.. -> 0,1,2,3..) then U.
 *   J  jump offset: signed 16-bit little-endian, relative to the address just after
 *      the operand (the compiler raises SyntaxError "code too large" if out of range).
 * Bytecode is position independent: names and constants are indices into the code
 * object's `names` and `consts` tables, so code can run in place from flash.
 *
 * Stack notation: [... a, b] means b is TOS (top of stack).
 */
#ifndef KRAIT_BYTECODE_H
#define KRAIT_BYTECODE_H

#include "obj.h"

#define KR_OPCODES(X) \
    /* ---- stack and constants ---- */ \
    X(NOP,                0) /* */ \
    X(POP_TOP,            0) /* [a] -> [] */ \
    X(ROT_TWO,            0) /* [a, b] -> [b, a] */ \
    X(ROT_THREE,          0) /* [a, b, c] -> [c, a, b] */ \
    X(ROT_FOUR,           0) /* [a, b, c, d] -> [d, a, b, c] */ \
    X(DUP_TOP,            0) /* [a] -> [a, a] */ \
    X(DUP_TOP_TWO,        0) /* [a, b] -> [a, b, a, b] */ \
    X(LOAD_CONST,         'U') /* push consts[U] */ \
    X(LOAD_SMALL_INT,     'S') /* push the small int S */ \
    X(LOAD_NONE,          0) \
    X(LOAD_TRUE,          0) \
    X(LOAD_FALSE,         0) \
    X(LOAD_NULL,          0) /* push KR_OBJ_NULL (placeholder, e.g. "no kwargs dict") */ \
    /* ---- names ---- */ \
    X(LOAD_FAST,          'U') /* push locals[U]; UnboundLocalError if unbound */ \
    X(STORE_FAST,         'U') /* locals[U] = pop */ \
    X(DELETE_FAST,        'U') /* unbind locals[U]; UnboundLocalError if unbound */ \
    X(LOAD_DEREF,         'U') /* push the contents of the cell in locals[U] (NameError/UnboundLocalError if empty) */ \
    X(STORE_DEREF,        'U') /* cell in locals[U] := pop */ \
    X(DELETE_DEREF,       'U') \
    X(LOAD_CLOSURE,       'U') /* push the cell object in locals[U] itself */ \
    X(LOAD_NAME,          'U') /* name = names[U]: frame locals dict, then globals, then builtins */ \
    X(STORE_NAME,         'U') /* frame locals dict[names[U]] = pop */ \
    X(DELETE_NAME,        'U') \
    X(LOAD_GLOBAL,        'U') /* globals, then builtins; NameError "name 'x' is not defined" */ \
    X(STORE_GLOBAL,       'U') \
    X(DELETE_GLOBAL,      'U') \
    X(LOAD_ATTR,          'U') /* [obj] -> [obj.names[U]] */ \
    X(STORE_ATTR,         'U') /* [value, obj] -> []: obj.names[U] = value */ \
    X(DELETE_ATTR,        'U') /* [obj] -> [] */ \
    X(LOAD_METHOD,        'U') /* [obj] -> [fun, self] or [callable, NULL] (see kr_load_method) */ \
    X(LOAD_BUILD_CLASS,   0) /* push builtins.__build_class__ */ \
    X(LOAD_ASSERTION_ERROR, 0) /* push AssertionError (the type) */ \
    /* ---- operators ---- */ \
    X(UNARY_OP,           'U') /* [a] -> [op a]: U is kr_unary_op_t (POSITIVE, NEGATIVE, INVERT, NOT) */ \
    X(BINARY_OP,          'U') /* [a, b] -> [a op b]: U is kr_binary_op_t (arith, inplace, compare, IN, NOT_IN, IS, IS_NOT, EXCEPTION_MATCH) */ \
    X(BINARY_SUBSCR,      0) /* [obj, index] -> [obj[index]] */ \
    X(STORE_SUBSCR,       0) /* [value, obj, index] -> []: obj[index] = value */ \
    X(DELETE_SUBSCR,      0) /* [obj, index] -> [] */ \
    X(BUILD_SLICE,        'U') /* U=2: [start, stop] -> [slice]; U=3: [start, stop, step] -> [slice] */ \
    /* ---- building ---- */ \
    X(BUILD_TUPLE,        'U') /* [x1..xU] -> [tuple] */ \
    X(BUILD_LIST,         'U') \
    X(BUILD_SET,          'U') \
    X(BUILD_MAP,          'U') /* [k1, v1, .. kU, vU] -> [dict] */ \
    X(LIST_APPEND,        'U') /* [list, (U-1 items), v] -> [list, (U-1 items)]: list.append(v) */ \
    X(SET_ADD,            'U') /* same shape as LIST_APPEND */ \
    X(MAP_ADD,            'U') /* [map, (U-1 items), k, v] -> [map, (U-1 items)]: map[k] = v */ \
    X(LIST_EXTEND,        'U') /* [list, (U-1 items), iterable] -> [list, (U-1 items)] */ \
    X(SET_UPDATE,         'U') \
    X(DICT_UPDATE,        'U') /* [d, (U-1 items), mapping] -> [d, ..]: d.update(mapping) ({**m}) */ \
    X(DICT_MERGE,         'U') /* as DICT_UPDATE, but TypeError on duplicate keys (f(**a, **b)) */ \
    X(LIST_TO_TUPLE,      0) /* [list] -> [tuple] */ \
    X(UNPACK_SEQUENCE,    'U') /* [seq] -> [xU .. x1] (x1 on top); ValueError on wrong count */ \
    X(UNPACK_EX,          'U') /* U = before | (after << 8): [seq] -> [x_last.., list, .. x1] (x1 on top) */ \
    X(FORMAT_VALUE,       'U') /* U&3: 0 none, 1 str(), 2 repr(), 3 ascii(); U&4: format spec on TOS. [v(, spec)] -> [str] */ \
    X(BUILD_STRING,       'U') /* [s1..sU] -> [s1+..+sU] */ \
    /* ---- control flow ---- */ \
    X(JUMP,               'J') \
    X(POP_JUMP_IF_FALSE,  'J') /* pop; jump if false */ \
    X(POP_JUMP_IF_TRUE,   'J') \
    X(JUMP_IF_FALSE_OR_POP, 'J') /* if TOS false: jump (keep it), else pop */ \
    X(JUMP_IF_TRUE_OR_POP,  'J') \
    X(GET_ITER,           0) /* [obj] -> [iter(obj)] */ \
    X(FOR_ITER,           'J') /* [it] -> [it, next(it)], or when exhausted: [] and jump */ \
    X(RETURN_VALUE,       0) /* return pop (also ends a generator: StopIteration(value)) */ \
    X(CALL_FUNCTION,      'U') /* U = n_pos | (n_kw << 8): [f, pos.., k1, v1, ..] -> [result]; k = qstr const */ \
    X(CALL_METHOD,        'U') /* U as above: [f, self_or_NULL, pos.., kw pairs..] -> [result] */ \
    X(CALL_FUNCTION_EX,   0) /* [f, args_tuple, kwargs_dict_or_NULL] -> [result] */ \
    X(MAKE_FUNCTION,      'U') /* U flags: 1 defaults tuple, 2 kwdefaults dict, 8 closure tuple of cells: */ \
                               /* [defaults?, kwdefaults?, closure?, code] -> [function] */ \
    /* ---- exceptions ---- */ \
    /* Block stack: SETUP_FINALLY pushes a handler (target, current stack depth). When an */ \
    /* exception is raised, the VM pops the innermost block of the frame, truncates the */ \
    /* value stack to the block's depth, pushes the exception instance and jumps to the */ \
    /* target. With no block left, the frame is left and the exception propagates. */ \
    X(SETUP_FINALLY,      'J') /* push block (handler = J) */ \
    X(POP_BLOCK,          0) /* pop the innermost block */ \
    X(PUSH_EXC_INFO,      0) /* [exc] -> [prev, exc]; prev = current handled exc (or None); current := exc */ \
    X(POP_EXCEPT,         0) /* [prev] -> []; current handled exc := prev (None = no exception) */ \
    X(RERAISE,            0) /* [exc] -> raise exc again, keeping its traceback (no new entry) */ \
    X(RAISE_VARARGS,      'U') /* 0: re-raise current handled exc; 1: [exc]; 2: [exc, cause] (raise exc from cause) */ \
    X(JUMP_IF_NOT_EXC_MATCH, 'J') /* [exc, type] -> []; jump if exc doesn't match type (class or tuple) */ \
    X(BEFORE_WITH,        0) /* [mgr] -> [mgr.__exit__ (bound), mgr.__enter__()] */ \
    X(WITH_EXCEPT_START,  0) /* [exit, prev, exc] -> [exit, prev, exc, exit(type(exc), exc, tb)] */ \
    /* ---- generators and coroutines ---- */ \
    X(YIELD_VALUE,        0) /* [v] -> suspend yielding v; on resume [sent] */ \
    X(GET_YIELD_FROM_ITER, 0) /* [x] -> [iter(x)] unless x is a generator/coroutine */ \
    X(YIELD_FROM,         0) /* [subiter, v] -> send v into subiter; if it yields y: suspend yielding y */ \
                             /* and re-run YIELD_FROM with the next sent value; when it returns r: [r] */ \
    X(GET_AWAITABLE,      0) /* [x] -> [awaitable iterator of x] (coroutine, or x.__await__()) */ \
    X(GET_AITER,          0) /* [x] -> [x.__aiter__()] */ \
    X(GET_ANEXT,          0) /* [ait] -> [ait, awaitable of ait.__anext__()] */ \
    X(END_ASYNC_FOR,      0) /* [ait, exc]: if exc is StopAsyncIteration -> [] else re-raise exc */ \
    X(BEFORE_ASYNC_WITH,  0) /* [mgr] -> [mgr.__aexit__ (bound), awaitable of mgr.__aenter__()] */ \
    /* ---- modules ---- */ \
    X(IMPORT_NAME,        'U') /* [level, fromlist] -> [module]: __import__(names[U], globals, fromlist, level) */ \
    X(IMPORT_FROM,        'U') /* [module] -> [module, module.names[U]] (ImportError if absent) */ \
    X(IMPORT_STAR,        0) /* [module] -> []: copy public names into the frame's locals/globals */ \
    X(PRINT_EXPR,         0) /* REPL: [v] -> []; if v is not None: print repr(v), builtins._ = v */

typedef enum {
#define KR_OPCODE_ENUM(name, operand) KR_OP_##name,
    KR_OPCODES(KR_OPCODE_ENUM)
#undef KR_OPCODE_ENUM
    KR_OP_NUM
} kr_opcode_t;

extern const char *const kr_opcode_names[KR_OP_NUM];   /* for the disassembler (code.c) */
extern const uint8_t kr_opcode_operand[KR_OP_NUM];     /* 0, 'U', 'S' or 'J' */

/* Code object flags */
#define KR_CODE_FLAG_VARARGS    (0x01)  /* has *args (slot after the positional and kw-only params) */
#define KR_CODE_FLAG_VARKW      (0x02)  /* has **kwargs (slot after *args, if any) */
#define KR_CODE_FLAG_GENERATOR  (0x04)
#define KR_CODE_FLAG_COROUTINE  (0x08)
#define KR_CODE_FLAG_ASYNC_GEN  (0x10)
#define KR_CODE_FLAG_NEWLOCALS  (0x20)  /* a function: locals in slots; else (module, class, */
                                        /* exec) names go through LOAD_NAME/STORE_NAME */
#define KR_CODE_FLAG_FROZEN     (0x40)  /* lives in ROM (never freed, not on the heap) */

/* A compiled function body / module body / class body.
 * Local slot layout: [positional params][kw-only params][*args][**kwargs][other locals]
 * [free variables: n_free slots filled from the function's closure tuple, in order].
 * cell_slots lists the slots that are cell variables: at frame entry the VM replaces
 * each such slot's value (the argument, or unbound) with a new cell holding it. */
typedef struct _kr_code_t {
    kr_obj_base_t base;           /* &kr_type_code */
    uint16_t flags;               /* KR_CODE_FLAG_* */
    uint16_t n_pos_args;          /* positional params, including positional-only ones */
    uint16_t n_posonly_args;
    uint16_t n_kwonly_args;
    uint16_t n_locals;            /* all slots, including params, cells and free vars */
    uint16_t n_free;              /* trailing slots filled from the closure */
    uint16_t n_cell_slots;
    uint16_t stack_size;          /* max value-stack depth */
    uint16_t block_depth;         /* max SETUP_FINALLY nesting */
    uint16_t n_consts;
    uint16_t n_names;
    uint32_t bytecode_len;
    uint32_t first_line;
    uint32_t line_info_len;
    kr_qstr_t name;               /* function name, "<module>", "<lambda>", "<listcomp>"... */
    kr_qstr_t filename;           /* source file */
    const uint8_t *bytecode;
    const kr_obj_t *consts;       /* ints, floats, strs, bytes, tuples, nested code objects */
    const kr_obj_t *names;        /* qstr objs used by *_NAME, *_GLOBAL, *_ATTR, IMPORT_* */
    const kr_obj_t *arg_names;    /* qstr objs: n_pos_args + n_kwonly_args (for keyword binding) */
    const kr_obj_t *local_names;  /* qstr objs: n_locals (for error messages, locals()) */
    const uint16_t *cell_slots;
    /* Line table: a sequence of pairs (U bytecode-offset delta, S line delta); the
     * line of the instruction at offset o is first_line plus the line deltas of all
     * pairs whose cumulative offset is <= o. */
    const uint8_t *line_info;
} kr_code_t;

kr_obj_t kr_code_new(void);                      /* zeroed code object on the heap (code.c) */
size_t kr_code_line_for_offset(const kr_code_t *code, size_t offset);
void kr_code_disassemble(const kr_print_t *p, const kr_code_t *code);   /* debugging aid */

/* A Python function: created by MAKE_FUNCTION (objfun.c). */
typedef struct _kr_obj_fun_bc_t {
    kr_obj_base_t base;           /* &kr_type_fun_bc */
    const kr_code_t *code;
    kr_obj_t globals;             /* dict */
    kr_obj_t defaults;            /* tuple or KR_OBJ_NULL */
    kr_obj_t kwdefaults;          /* dict or KR_OBJ_NULL */
    kr_obj_t closure;             /* tuple of cells or KR_OBJ_NULL */
    kr_obj_t dict;                /* function attributes (f.x = 1) or KR_OBJ_NULL */
} kr_obj_fun_bc_t;

typedef struct _kr_obj_bound_meth_t {
    kr_obj_base_t base;           /* &kr_type_bound_meth */
    kr_obj_t meth;
    kr_obj_t self;
} kr_obj_bound_meth_t;

kr_obj_t kr_obj_new_fun_bc(const kr_code_t *code, kr_obj_t globals, kr_obj_t defaults,
                           kr_obj_t kwdefaults, kr_obj_t closure);
kr_obj_t kr_obj_new_bound_meth(kr_obj_t meth, kr_obj_t self);

#endif /* KRAIT_BYTECODE_H */
