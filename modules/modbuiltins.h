/* modbuiltins.h: builtin functions shared between modbuiltins.c and modbuiltins2.c. */
#ifndef KRAIT_MODBUILTINS_H
#define KRAIT_MODBUILTINS_H

#include "obj.h"

extern const kr_obj_fun_builtin_t kr_builtin_print_obj, kr_builtin_min_obj, kr_builtin_max_obj,
    kr_builtin_sorted_obj, kr_builtin_sum_obj, kr_builtin_round_obj, kr_builtin_eval_obj,
    kr_builtin_exec_obj, kr_builtin_compile_obj, kr_builtin_dir_obj, kr_builtin_input_obj,
    kr_builtin_globals_obj, kr_builtin_locals_obj, kr_builtin_vars_obj, kr_builtin_open_obj,
    kr_builtin___import___obj, kr_builtin_pow_obj;
/* help() (help.c) */
extern const kr_obj_fun_builtin_t kr_help_obj;

/* The type of iter(callable, sentinel). */
extern const kr_type_t kr_type_callable_iter;

#endif /* KRAIT_MODBUILTINS_H */
