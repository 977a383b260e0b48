/* vm.h: the bytecode interpreter's frames and its entry points beyond runtime.h. */
#ifndef KRAIT_VM_H
#define KRAIT_VM_H

#include "obj.h"
#include "bytecode.h"

/* A frame: the state of one running (or suspended) code object. Frames of plain calls
 * live on the C stack; generator frames live on the GC heap inside the generator.
 * state[] holds n_locals local slots, then stack_size value-stack slots, then
 * 2 * block_depth words of block stack (handler offset, stack depth).
 * An unbound local slot holds KR_OBJ_NULL; an empty cell holds KR_OBJ_UNBOUND. */
typedef struct _kr_frame_t {
    const kr_code_t *code;
    kr_obj_t globals;            /* dict */
    kr_obj_t locals_dict;        /* namespace for LOAD_NAME/STORE_NAME, or KR_OBJ_NULL */
    kr_obj_t fun;                /* the function object, or KR_OBJ_NULL (module code) */
    const uint8_t *ip;           /* the current instruction (valid when not running) */
    kr_obj_t *sp;                /* top of the value stack (points at TOS) when suspended */
    struct _kr_frame_t *back;    /* calling frame (while running) */
    kr_obj_t exc_entry;          /* kr_state.cur_exc when the frame was entered or resumed */
    kr_obj_t gen_exc;            /* generators: handled exception saved across a yield */
    uint16_t n_blocks;
    uint8_t reraise;             /* set by RERAISE: no new traceback entry */
    uint8_t yield_from;          /* the last suspension was in YIELD_FROM (an await), not YIELD_VALUE */
    kr_obj_t state[];
} kr_frame_t;

#define KR_FRAME_HEADER_WORDS ((sizeof(kr_frame_t) + sizeof(kr_obj_t) - 1) / sizeof(kr_obj_t))
#define KR_FRAME_STATE_WORDS(code) \
    ((size_t)(code)->n_locals + (size_t)(code)->stack_size + 2 * (size_t)(code)->block_depth + 1)

typedef enum {
    KR_VM_RETURN,
    KR_VM_YIELD,
    KR_VM_EXCEPTION,
} kr_vm_result_t;

/* Run (or resume) a frame until it returns, yields or raises. throw_exc: when not NULL,
 * raise it at the current instruction first (generator.throw). *ret receives the
 * returned/yielded value or the exception instance. */
kr_vm_result_t kr_vm_execute(kr_frame_t *f, kr_obj_t throw_exc, kr_obj_t *ret);

/* Initialise a frame for fun's code (globals, locals zeroed, stack empty). */
void kr_vm_frame_init(kr_frame_t *f, const kr_code_t *code, kr_obj_t fun, kr_obj_t globals);

/* Call a Python function (its code need not be a generator). */
kr_obj_t kr_vm_call_fun_bc(kr_obj_t fun, size_t n_args, size_t n_kw, const kr_obj_t *args);

/* Bind arguments into a frame's local slots (objfun.c): parameters, defaults, *args,
 * **kwargs, then cells and free variables. locals must be n_locals zeroed words. */
void kr_obj_fun_bc_bind(kr_obj_t fun, size_t n_args, size_t n_kw, const kr_obj_t *args, kr_obj_t *locals);

/* The innermost running Python frame, or NULL. */
kr_frame_t *kr_vm_current_frame(void);
/* globals() of the innermost Python frame (kr_state.dict_main when none). */
kr_obj_t kr_vm_current_globals(void);
/* locals() of the innermost Python frame: its namespace dict, or (functions) a new dict
 * of its bound local variables. */
kr_obj_t kr_vm_current_locals(void);

/* Name of a builtin function for error messages ("function" when unknown). */
const char *kr_obj_fun_builtin_name(kr_obj_t fun);
/* Call a builtin function object (no type checks on fun). */
kr_obj_t kr_obj_fun_builtin_call(kr_obj_t fun, size_t n_args, size_t n_kw, const kr_obj_t *args);

#endif /* KRAIT_VM_H */
