/* runtime.h: the operations the VM and C code use on any object: calls, attributes,
 * operators, iteration, subscripts, names, imports (runtime.c), and the VM entry points. */
#ifndef KRAIT_RUNTIME_H
#define KRAIT_RUNTIME_H

#include "obj.h"
#include "state.h"

void kr_init(void);          /* (re)initialise the whole interpreter state; heap must be set up */
void kr_deinit(void);

/* ---- calls: args = n_args positionals followed by n_kw (key qstr obj, value) pairs ---- */
kr_obj_t kr_call(kr_obj_t fun, size_t n_args, size_t n_kw, const kr_obj_t *args);
kr_obj_t kr_call0(kr_obj_t fun);
kr_obj_t kr_call1(kr_obj_t fun, kr_obj_t a);
kr_obj_t kr_call2(kr_obj_t fun, kr_obj_t a, kr_obj_t b);
kr_obj_t kr_call3(kr_obj_t fun, kr_obj_t a, kr_obj_t b, kr_obj_t c);
/* args[0] = function, args[1] = self or KR_OBJ_NULL (as filled by kr_load_method), then the
 * n_args positionals and n_kw pairs */
kr_obj_t kr_call_method_n_kw(size_t n_args, size_t n_kw, const kr_obj_t *args);
/* call f(*pos_seq, **kw_dict): pos_seq is any iterable or NULL, kw_dict a mapping or NULL */
kr_obj_t kr_call_ex(kr_obj_t fun, kr_obj_t pos_seq, kr_obj_t kw_dict);
/* call obj.name(args...) */
kr_obj_t kr_call_method(kr_obj_t obj, kr_qstr_t name, size_t n_args, const kr_obj_t *args);

/* ---- attributes ---- */
kr_obj_t kr_load_attr(kr_obj_t base, kr_qstr_t attr);     /* raises AttributeError */
kr_obj_t kr_load_attr_maybe(kr_obj_t base, kr_qstr_t attr);   /* KR_OBJ_NULL if absent */
/* dest[0] = method function, dest[1] = self; or dest[0] = value, dest[1] = KR_OBJ_NULL */
void kr_load_method(kr_obj_t base, kr_qstr_t attr, kr_obj_t *dest);       /* raises AttributeError */
void kr_load_method_maybe(kr_obj_t base, kr_qstr_t attr, kr_obj_t *dest); /* dest[0] = NULL if absent */
void kr_store_attr(kr_obj_t base, kr_qstr_t attr, kr_obj_t value);
void kr_delete_attr(kr_obj_t base, kr_qstr_t attr);
/* Look up attr in a type's locals_dict, its parents and (for classes) its MRO;
 * KR_OBJ_NULL if absent. No descriptor binding. */
kr_obj_t kr_type_lookup(const kr_type_t *type, kr_qstr_t attr);

/* ---- operators ---- */
kr_obj_t kr_unary_op(kr_unary_op_t op, kr_obj_t arg);
kr_obj_t kr_binary_op(kr_binary_op_t op, kr_obj_t lhs, kr_obj_t rhs);

/* ---- subscripts ---- */
kr_obj_t kr_subscr_load(kr_obj_t base, kr_obj_t index);
void kr_subscr_store(kr_obj_t base, kr_obj_t index, kr_obj_t value);
void kr_subscr_delete(kr_obj_t base, kr_obj_t index);

/* ---- iteration ---- */
kr_obj_t kr_getiter(kr_obj_t o);                 /* iter(o); raises TypeError "'x' object is not iterable" */
kr_obj_t kr_iternext(kr_obj_t it);              /* next item or KR_OBJ_NULL when exhausted */
kr_obj_t kr_iternext_allow_raise(kr_obj_t it);  /* same, but may let StopIteration propagate (faster) */

/* ---- names ---- */
kr_obj_t kr_load_global(kr_obj_t globals, kr_qstr_t name);   /* globals then builtins; NameError */
kr_obj_t kr_load_builtin(kr_qstr_t name);                    /* KR_OBJ_NULL if absent */
extern const kr_obj_dict_t kr_builtins_dict;                 /* ROM builtins (modbuiltins.c) */
extern const kr_obj_module_t kr_module_builtins;

/* ---- import ---- */
/* __import__(name, globals, fromlist, level): returns the top package, or the module
 * itself when fromlist is non-empty (as CPython). */
kr_obj_t kr_import_name(kr_qstr_t name, kr_obj_t globals, kr_obj_t fromlist, int level);
kr_obj_t kr_import_from(kr_obj_t module, kr_qstr_t name);   /* ImportError if absent */
void kr_import_all(kr_obj_t module, kr_obj_t dest_dict);    /* from m import * */
kr_obj_t kr_module_new(kr_qstr_t name);                      /* fresh module with __name__ */
void kr_module_register_builtin_table(void);                 /* (runtime.c) */
kr_obj_t kr_module_find_builtin(kr_qstr_t name);             /* KR_OBJ_NULL if none */

/* ---- code objects and execution (compile.c, vm.c) ---- */
typedef enum {
    KR_PARSE_FILE,      /* a module */
    KR_PARSE_SINGLE,    /* one REPL statement: expression statements are echoed */
    KR_PARSE_EVAL,      /* one expression */
} kr_parse_mode_t;

/* Lex, parse and compile source text into a code object; raises SyntaxError. */
kr_obj_t kr_compile_str(const char *src, size_t len, kr_qstr_t filename, kr_parse_mode_t mode);
/* Run a module-level code object with the given globals and locals dicts (locals may
 * equal globals); returns the value (for eval mode) or None. */
kr_obj_t kr_vm_run_code(kr_obj_t code, kr_obj_t globals, kr_obj_t locals);
/* Compile and run source in the given globals (convenience for exec/REPL/files). */
kr_obj_t kr_exec_str(const char *src, size_t len, kr_qstr_t filename, kr_parse_mode_t mode,
                     kr_obj_t globals, kr_obj_t locals);
/* Run a file from the filesystem as __main__ (unix port), raising its exceptions. */
void kr_exec_file(const char *path, kr_obj_t globals);

/* Called by the VM regularly (backward jumps, calls): raises a pending KeyboardInterrupt. */
void kr_handle_pending(void);
/* kr_handle_pending where nothing may raise (a console waiting for a key runs scheduled
 * callbacks, machine.Timer's included): an exception is printed with its traceback. */
void kr_handle_pending_printing(void);
/* Ask the VM to raise exc at the next check (signal-safe) */
void kr_sched_exception(kr_obj_t exc);
/* Queue fun(arg) to run at the next pending check (micropython.schedule); false when the
 * queue (KR_SCHED_DEPTH entries) is full. Allocates only the first time. */
#define KR_SCHED_DEPTH (8)
bool kr_sched_schedule(kr_obj_t fun, kr_obj_t arg);
/* Port hook run at each pending check, before scheduled callbacks (NULL: none). A port's
 * interrupt/signal handlers only set flags and kr_state.sched_pending; the hook, in thread
 * context, turns the flags into kr_sched_schedule calls (machine.Timer, for example). */
extern void (*kr_sched_hook)(void);

#endif /* KRAIT_RUNTIME_H */
