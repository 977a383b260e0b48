/* modbuiltins2.c: the builtin functions that take keyword arguments or touch the VM:
 * print, min/max, sorted, sum, round, pow, eval/exec/compile, dir, vars, globals/locals,
 * input, open and __import__. */
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "state.h"
#include "port.h"
#include "vm.h"
#include "objint.h"
#include "objfloat.h"
#include "objtype.h"
#include "modbuiltins.h"

/* Fetch keyword arguments by name into out[] (KR_OBJ_NULL when absent); unknown names
 * raise TypeError "'x' is an invalid keyword argument for f()". */
static void get_kwargs(kr_map_t *kw, const char *fname, size_t n, const kr_qstr_t *names, kr_obj_t *out) {
    for (size_t i = 0; i < n; i++) {
        out[i] = KR_OBJ_NULL;
    }
    for (size_t k = 0; k < kw->used; k++) {
        kr_obj_t key = kw->table[k].key;
        if (key == KR_OBJ_NULL) {
            continue;
        }
        size_t i;
        for (i = 0; i < n; i++) {
            if (key == KR_NEW_QSTR(names[i])) {
                out[i] = kw->table[k].value;
                break;
            }
        }
        if (i == n) {
            size_t len;
            const char *s = kr_obj_str_get_data(key, &len);
            kr_raise_fmt(&kr_type_TypeError, "'%.*s' is an invalid keyword argument for %s()", (int)len, s, fname);
        }
    }
}

/* ---------------------------------------------------------------- print */

static void check_str_or_none(kr_obj_t o, const char *what) {
    if (o != KR_OBJ_NULL && o != KR_OBJ_NONE && !kr_obj_is_str(o)) {
        kr_raise_fmt(&kr_type_TypeError, "%s must be None or a string, not %s", what, kr_obj_type_name(o));
    }
}

static void file_write(kr_obj_t file, kr_obj_t s) {
    kr_call_method(file, KR_QSTR_write, 1, &s);
}

static kr_obj_t builtin_print(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_qstr_t names[] = { KR_QSTR_sep, KR_QSTR_end, KR_QSTR_file, KR_QSTR_flush };
    kr_obj_t kv[4];
    get_kwargs(kw, "print", 4, names, kv);
    check_str_or_none(kv[0], "sep");
    check_str_or_none(kv[1], "end");
    kr_obj_t sep = kv[0] == KR_OBJ_NULL || kv[0] == KR_OBJ_NONE ? KR_OBJ_NULL : kv[0];
    kr_obj_t end = kv[1] == KR_OBJ_NULL || kv[1] == KR_OBJ_NONE ? KR_OBJ_NULL : kv[1];
    kr_obj_t file = kv[2] == KR_OBJ_NULL ? KR_OBJ_NONE : kv[2];
    if (file == KR_OBJ_NONE) {
        const kr_print_t *p = &kr_print_stdout;
        for (size_t i = 0; i < n_args; i++) {
            if (i > 0) {
                if (sep == KR_OBJ_NULL) {
                    kr_print_strn(p, " ", 1);
                } else {
                    kr_obj_print(p, sep, KR_PRINT_STR);
                }
            }
            kr_obj_print(p, args[i], KR_PRINT_STR);
        }
        if (end == KR_OBJ_NULL) {
            kr_print_strn(p, "\n", 1);
        } else {
            kr_obj_print(p, end, KR_PRINT_STR);
        }
        if (kv[3] != KR_OBJ_NULL && kr_obj_is_true(kv[3])) {
            kr_port_stdout_flush();
        }
        return KR_OBJ_NONE;
    }
    for (size_t i = 0; i < n_args; i++) {
        if (i > 0) {
            file_write(file, sep == KR_OBJ_NULL ? KR_ROM_QSTR(space) : sep);
        }
        file_write(file, kr_obj_str(args[i]));
    }
    file_write(file, end == KR_OBJ_NULL ? KR_NEW_QSTR(KR_QSTR_CHAR('\n')) : end);
    if (kv[3] != KR_OBJ_NULL && kr_obj_is_true(kv[3])) {
        kr_obj_t dest[2];
        kr_load_method_maybe(file, KR_QSTR_flush, dest);
        if (dest[0] != KR_OBJ_NULL) {
            kr_call_method_n_kw(0, 0, dest);
        }
    }
    return KR_OBJ_NONE;
}
KR_DEFINE_FUN_KW(kr_builtin_print_obj, 0, KR_FUN_ARGS_MAX, builtin_print);

/* ---------------------------------------------------------------- min / max */

static kr_obj_t min_max(size_t n_args, const kr_obj_t *args, kr_map_t *kw, bool is_max) {
    static const kr_qstr_t names[] = { KR_QSTR_key, KR_QSTR_default };
    const char *fname = is_max ? "max" : "min";
    kr_obj_t kv[2];
    get_kwargs(kw, fname, 2, names, kv);
    kr_obj_t key = kv[0] == KR_OBJ_NONE ? KR_OBJ_NULL : kv[0];
    if (n_args == 0) {
        kr_raise_fmt(&kr_type_TypeError, "%s expected at least 1 argument, got 0", fname);
    }
    if (n_args > 1 && kv[1] != KR_OBJ_NULL) {
        kr_raise_fmt(&kr_type_TypeError, "Cannot specify a default for %s() with multiple positional arguments",
                     fname);
    }
    kr_binary_op_t op = is_max ? KR_BINARY_OP_MORE : KR_BINARY_OP_LESS;
    kr_obj_t best = KR_OBJ_NULL, best_key = KR_OBJ_NULL;
    kr_obj_t it = n_args == 1 ? kr_getiter(args[0]) : KR_OBJ_NULL;
    for (size_t i = 0;; i++) {
        kr_obj_t x;
        if (it != KR_OBJ_NULL) {
            x = kr_iternext(it);
            if (x == KR_OBJ_NULL) {
                break;
            }
        } else {
            if (i >= n_args) {
                break;
            }
            x = args[i];
        }
        kr_obj_t k = key != KR_OBJ_NULL ? kr_call1(key, x) : x;
        if (best == KR_OBJ_NULL) {
            best = x;
            best_key = k;
            continue;
        }
        bool better;
        if (KR_IS_SMALL_INT(k) && KR_IS_SMALL_INT(best_key)) {
            better = is_max ? (kr_int_t)k > (kr_int_t)best_key : (kr_int_t)k < (kr_int_t)best_key;
        } else {
            better = kr_obj_is_true(kr_binary_op(op, k, best_key));
        }
        if (better) {
            best = x;
            best_key = k;
        }
    }
    if (best == KR_OBJ_NULL) {
        if (kv[1] != KR_OBJ_NULL) {
            return kv[1];
        }
        kr_raise_fmt(&kr_type_ValueError, "%s() arg is an empty sequence", fname);
    }
    return best;
}

static kr_obj_t builtin_max(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return min_max(n_args, args, kw, true);
}
KR_DEFINE_FUN_KW(kr_builtin_max_obj, 0, KR_FUN_ARGS_MAX, builtin_max);

static kr_obj_t builtin_min(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return min_max(n_args, args, kw, false);
}
KR_DEFINE_FUN_KW(kr_builtin_min_obj, 0, KR_FUN_ARGS_MAX, builtin_min);

/* ---------------------------------------------------------------- sorted, sum */

static kr_obj_t builtin_sorted(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_qstr_t names[] = { KR_QSTR_key, KR_QSTR_reverse };
    kr_obj_t kv[2];
    get_kwargs(kw, "sort", 2, names, kv);
    if (n_args != 1) {
        kr_raise_fmt(&kr_type_TypeError, "sorted expected 1 argument, got %u", (unsigned)n_args);
    }
    kr_obj_t list = kr_obj_new_list(0, NULL);
    kr_obj_list_extend(list, args[0]);
    kr_obj_t key = kv[0] == KR_OBJ_NULL ? KR_OBJ_NONE : kv[0];
    kr_obj_list_sort(list, key, kv[1] != KR_OBJ_NULL && kr_obj_is_true(kv[1]));
    return list;
}
KR_DEFINE_FUN_KW(kr_builtin_sorted_obj, 0, KR_FUN_ARGS_MAX, builtin_sorted);

static kr_obj_t builtin_sum(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_qstr_t names[] = { KR_QSTR_start };
    kr_obj_t kv[1];
    get_kwargs(kw, "sum", 1, names, kv);
    if (n_args > 2) {
        kr_raise_fmt(&kr_type_TypeError, "sum() takes at most 2 arguments (%u given)", (unsigned)n_args);
    }
    if (n_args == 0) {
        kr_raise_msg(&kr_type_TypeError, "sum() takes at least 1 positional argument (0 given)");
    }
    kr_obj_t acc = n_args == 2 ? args[1] : kv[0] != KR_OBJ_NULL ? kv[0] : KR_NEW_SMALL_INT(0);
    if (kr_obj_is_str(acc)) {
        kr_raise_msg(&kr_type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (kr_obj_is_type(acc, &kr_type_bytes)) {
        kr_raise_msg(&kr_type_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    }
    if (kr_obj_is_type(acc, &kr_type_bytearray)) {
        kr_raise_msg(&kr_type_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    kr_obj_t it = kr_getiter(args[0]);
    kr_obj_t x;
    while ((x = kr_iternext(it)) != KR_OBJ_NULL) {
        if (KR_IS_SMALL_INT(acc) && KR_IS_SMALL_INT(x)) {
            kr_int_t r = KR_SMALL_INT_VALUE(acc) + KR_SMALL_INT_VALUE(x);
            if (KR_SMALL_INT_FITS(r)) {
                acc = KR_NEW_SMALL_INT(r);
                continue;
            }
        }
        acc = kr_binary_op(KR_BINARY_OP_ADD, acc, x);
    }
    return acc;
}
KR_DEFINE_FUN_KW(kr_builtin_sum_obj, 0, KR_FUN_ARGS_MAX, builtin_sum);

/* ---------------------------------------------------------------- round, pow */


static kr_obj_t builtin_round(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_qstr_t names[] = { KR_QSTR_number, KR_QSTR_ndigits };
    kr_obj_t kv[2];
    get_kwargs(kw, "round", 2, names, kv);
    for (size_t i = 0; i < n_args && i < 2; i++) {
        kv[i] = args[i];
    }
    if (n_args > 2) {
        kr_raise_fmt(&kr_type_TypeError, "round() takes at most 2 arguments (%u given)", (unsigned)n_args);
    }
    if (kv[0] == KR_OBJ_NULL) {
        kr_raise_msg(&kr_type_TypeError, "round() missing required argument 'number' (pos 1)");
    }
    kr_obj_t x = kv[0];
    kr_obj_t nd = kv[1] == KR_OBJ_NULL ? KR_OBJ_NONE : kv[1];
    if (kr_obj_is_int(x)) {
        if (x == KR_OBJ_TRUE || x == KR_OBJ_FALSE) {
            x = KR_NEW_SMALL_INT(x == KR_OBJ_TRUE);
        }
        return kr_obj_int_round(x, nd);
    }
#if KR_FEATURE_FLOAT
    if (KR_IS_OBJ(x) && kr_obj_is_instance(x, &kr_type_float)) {
        return kr_obj_float_round(((kr_obj_float_t *)KR_OBJ_TO_PTR(x))->value, nd);
    }
#endif
    kr_obj_t dest[4];
    kr_load_method_maybe(x, KR_QSTR___round__, dest);
    if (dest[0] == KR_OBJ_NULL) {
        kr_raise_fmt(&kr_type_TypeError, "type %s doesn't define __round__ method", kr_obj_type_name(x));
    }
    if (nd == KR_OBJ_NONE) {
        return kr_call_method_n_kw(0, 0, dest);
    }
    dest[2] = nd;
    return kr_call_method_n_kw(1, 0, dest);
}
KR_DEFINE_FUN_KW(kr_builtin_round_obj, 0, KR_FUN_ARGS_MAX, builtin_round);

static kr_obj_t builtin_pow(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_qstr_t names[] = { KR_QSTR_base, KR_QSTR_exp, KR_QSTR_mod };
    kr_obj_t kv[3];
    get_kwargs(kw, "pow", 3, names, kv);
    if (n_args > 3) {
        kr_raise_fmt(&kr_type_TypeError, "pow() takes at most 3 arguments (%u given)", (unsigned)n_args);
    }
    for (size_t i = 0; i < n_args; i++) {
        kv[i] = args[i];
    }
    if (kv[0] == KR_OBJ_NULL) {
        kr_raise_msg(&kr_type_TypeError, "pow() missing required argument 'base' (pos 1)");
    }
    if (kv[1] == KR_OBJ_NULL) {
        kr_raise_msg(&kr_type_TypeError, "pow() missing required argument 'exp' (pos 2)");
    }
    if (kv[2] == KR_OBJ_NULL || kv[2] == KR_OBJ_NONE) {
        return kr_binary_op(KR_BINARY_OP_POWER, kv[0], kv[1]);
    }
    if (kr_obj_is_int(kv[0]) && kr_obj_is_int(kv[1]) && kr_obj_is_int(kv[2])) {
        return kr_obj_int_pow3(kv[0], kv[1], kv[2]);
    }
    if (kr_type_is_heap(kr_obj_get_type(kv[0]))) {
        kr_obj_t dest[4];
        kr_load_method_maybe(kv[0], KR_QSTR___pow__, dest);
        if (dest[0] != KR_OBJ_NULL) {
            dest[2] = kv[1];
            dest[3] = kv[2];
            return kr_call_method_n_kw(2, 0, dest);
        }
    }
    kr_raise_msg(&kr_type_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
}
KR_DEFINE_FUN_KW(kr_builtin_pow_obj, 0, KR_FUN_ARGS_MAX, builtin_pow);

/* ---------------------------------------------------------------- eval / exec / compile */

static kr_obj_t compile_source(kr_obj_t src, kr_qstr_t filename, kr_parse_mode_t mode, const char *fname) {
    if (kr_obj_is_type(src, &kr_type_code)) {
        return src;
    }
    if (!kr_obj_is_str(src) && !kr_obj_is_type(src, &kr_type_bytes) && !kr_obj_is_type(src, &kr_type_bytearray)) {
        if (mode == KR_PARSE_EVAL) {
            kr_raise_msg(&kr_type_TypeError, "eval() arg 1 must be a string, bytes or code object");
        }
        kr_raise_fmt(&kr_type_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    }
    size_t len;
    const char *s = kr_obj_str_get_data(src, &len);
    if (mode == KR_PARSE_EVAL) {
        while (len > 0 && (*s == ' ' || *s == '\t')) {
            s++;
            len--;
        }
    }
    return kr_compile_str(s, len, filename, mode);
}

static void check_dict_arg(kr_obj_t d, const char *what, const char *fname) {
    if (d != KR_OBJ_NONE && !kr_obj_is_instance(d, &kr_type_dict)) {
        if (what[0] == 'g') {
            kr_raise_fmt(&kr_type_TypeError, "%s() globals must be a dict, not %s", fname, kr_obj_type_name(d));
        }
        kr_raise_fmt(&kr_type_TypeError, "locals must be a mapping");
    }
}

static kr_obj_t eval_exec(size_t n_args, const kr_obj_t *args, kr_map_t *kw, kr_parse_mode_t mode,
                          const char *fname) {
    static const kr_qstr_t names[] = { KR_QSTR_globals, KR_QSTR_locals };
    kr_obj_t kv[2];
    get_kwargs(kw, fname, 2, names, kv);
    kr_obj_t globals = n_args > 1 ? args[1] : kv[0] != KR_OBJ_NULL ? kv[0] : KR_OBJ_NONE;
    kr_obj_t locals = n_args > 2 ? args[2] : kv[1] != KR_OBJ_NULL ? kv[1] : KR_OBJ_NONE;
    check_dict_arg(globals, "globals", fname);
    check_dict_arg(locals, "locals", fname);
    kr_obj_t code = compile_source(args[0], KR_QSTR_lt_string_gt, mode, fname);
    if (globals == KR_OBJ_NONE) {
        globals = kr_vm_current_globals();
        if (locals == KR_OBJ_NONE) {
            locals = kr_vm_current_locals();
        }
    } else if (locals == KR_OBJ_NONE) {
        locals = globals;
    }
    kr_obj_t r = kr_vm_run_code(code, globals, locals);
    return mode == KR_PARSE_EVAL ? r : KR_OBJ_NONE;
}

static kr_obj_t builtin_eval(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return eval_exec(n_args, args, kw, KR_PARSE_EVAL, "eval");
}
KR_DEFINE_FUN_KW(kr_builtin_eval_obj, 1, 3, builtin_eval);

static kr_obj_t builtin_exec(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return eval_exec(n_args, args, kw, KR_PARSE_FILE, "exec");
}
KR_DEFINE_FUN_KW(kr_builtin_exec_obj, 1, 3, builtin_exec);

static kr_obj_t builtin_compile(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_qstr_t names[] = { KR_QSTR_source, KR_QSTR_filename, KR_QSTR_mode, KR_QSTR_flags,
                                       KR_QSTR_dont_inherit, KR_QSTR_optimize };
    kr_obj_t kv[6];
    get_kwargs(kw, "compile", 6, names, kv);
    for (size_t i = 0; i < n_args && i < 6; i++) {
        kv[i] = args[i];
    }
    for (size_t i = 0; i < 3; i++) {
        if (kv[i] == KR_OBJ_NULL) {
            kr_raise_fmt(&kr_type_TypeError, "compile() missing required argument '%s' (pos %u)",
                         kr_qstr_str(names[i]), (unsigned)(i + 1));
        }
    }
    size_t len;
    const char *m = kr_obj_str_get_data(kv[2], &len);
    kr_parse_mode_t mode;
    if (len == 4 && memcmp(m, "exec", 4) == 0) {
        mode = KR_PARSE_FILE;
    } else if (len == 4 && memcmp(m, "eval", 4) == 0) {
        mode = KR_PARSE_EVAL;
    } else if (len == 6 && memcmp(m, "single", 6) == 0) {
        mode = KR_PARSE_SINGLE;
    } else {
        kr_raise_msg(&kr_type_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    }
    kr_qstr_t filename = kr_obj_str_get_qstr(kv[1]);
    return compile_source(kv[0], filename, mode, "compile");
}
KR_DEFINE_FUN_KW(kr_builtin_compile_obj, 0, 6, builtin_compile);

/* ---------------------------------------------------------------- globals, locals, vars, dir */

static kr_obj_t builtin_globals(void) {
    return kr_vm_current_globals();
}
KR_DEFINE_FUN_0(kr_builtin_globals_obj, builtin_globals);

static kr_obj_t builtin_locals(void) {
    return kr_vm_current_locals();
}
KR_DEFINE_FUN_0(kr_builtin_locals_obj, builtin_locals);

static kr_obj_t builtin_vars(size_t n_args, const kr_obj_t *args) {
    if (n_args == 0) {
        return kr_vm_current_locals();
    }
    kr_obj_t d = kr_load_attr_maybe(args[0], KR_QSTR___dict__);
    if (d == KR_OBJ_NULL) {
        kr_raise_msg(&kr_type_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}
KR_DEFINE_FUN_VAR(kr_builtin_vars_obj, 0, 1, builtin_vars);

static void dir_add_map(kr_obj_t set, const kr_map_t *m) {
    for (size_t i = 0; i < m->used; i++) {
        kr_obj_t k = m->table[i].key;
        if (k != KR_OBJ_NULL && kr_obj_is_str(k)) {
            kr_obj_set_store(set, k);
        }
    }
}

static void dir_add_type(kr_obj_t set, const kr_type_t *t) {
    kr_obj_t mro = kr_obj_type_get_mro(t);
    size_t n;
    kr_obj_t *items;
    kr_obj_get_array(mro, &n, &items);
    for (size_t i = 0; i < n; i++) {
        const kr_type_t *ti = KR_OBJ_TO_PTR(items[i]);
        if (ti->locals_dict != NULL) {
            dir_add_map(set, &ti->locals_dict->map);
        }
    }
}

static kr_obj_t builtin_dir(size_t n_args, const kr_obj_t *args) {
    kr_obj_t set = kr_obj_new_set(0, NULL);
    if (n_args == 0) {
        kr_obj_t locals = kr_vm_current_locals();
        dir_add_map(set, kr_obj_dict_get_map(locals));
    } else {
        kr_obj_t o = args[0];
        kr_obj_t meth = kr_obj_instance_lookup_special(kr_obj_get_type(o), KR_QSTR___dir__);
        if (meth != KR_OBJ_NULL) {
            kr_obj_t r = kr_call1(meth, o);
            kr_obj_t list = kr_obj_list_from_iter(r);
            kr_obj_list_sort(list, KR_OBJ_NONE, false);
            return list;
        }
        if (kr_obj_is_type(o, &kr_type_module)) {
            dir_add_map(set, kr_obj_dict_get_map(kr_load_attr(o, KR_QSTR___dict__)));
        } else if (kr_obj_is_instance(o, &kr_type_type)) {
            dir_add_type(set, KR_OBJ_TO_PTR(o));
        } else {
            kr_obj_dict_t *d = kr_obj_instance_get_dict(o);
            if (d != NULL) {
                dir_add_map(set, &d->map);
            } else if (kr_obj_is_exception_instance(o)) {
                kr_obj_exception_t *e = KR_OBJ_TO_PTR(o);
                if (e->dict != NULL) {
                    dir_add_map(set, &e->dict->map);
                }
            }
            dir_add_type(set, kr_obj_get_type(o));
            kr_obj_set_store(set, KR_ROM_QSTR(__class__));
        }
    }
    kr_obj_t list = kr_obj_list_from_iter(set);
    kr_obj_list_sort(list, KR_OBJ_NONE, false);
    return list;
}
KR_DEFINE_FUN_VAR(kr_builtin_dir_obj, 0, 1, builtin_dir);

/* ---------------------------------------------------------------- input, open, __import__ */

static kr_obj_t builtin_input(size_t n_args, const kr_obj_t *args) {
    if (n_args == 1) {
        kr_obj_print(&kr_print_stdout, args[0], KR_PRINT_STR);
    }
    kr_port_stdout_flush();
    kr_vstr_t line;
    kr_vstr_init(&line, 64);
    if (kr_port_read_line(&line) != 0) {
        kr_raise_msg(&kr_type_EOFError, "EOF when reading a line");
    }
    return kr_obj_new_str_from_vstr(&line);
}
KR_DEFINE_FUN_VAR(kr_builtin_input_obj, 0, 1, builtin_input);

#if !KR_MODULE_VFS   /* else modules/fileobj.c defines open() */
static kr_obj_t builtin_open(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    kr_raise_not_implemented("open() is not available in this build");
}
KR_DEFINE_FUN_KW(kr_builtin_open_obj, 0, KR_FUN_ARGS_MAX, builtin_open);
#endif

static kr_obj_t builtin___import__(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_qstr_t names[] = { KR_QSTR_name, KR_QSTR_globals, KR_QSTR_locals, KR_QSTR_fromlist,
                                       KR_QSTR_level };
    kr_obj_t kv[5];
    get_kwargs(kw, "__import__", 5, names, kv);
    for (size_t i = 0; i < n_args && i < 5; i++) {
        kv[i] = args[i];
    }
    if (kv[0] == KR_OBJ_NULL) {
        kr_raise_msg(&kr_type_TypeError, "__import__() missing required argument 'name' (pos 1)");
    }
    if (!kr_obj_is_str(kv[0])) {
        kr_raise_fmt(&kr_type_TypeError, "__import__() argument 1 must be str, not %s", kr_obj_type_name(kv[0]));
    }
    kr_obj_t globals = kv[1] == KR_OBJ_NULL ? KR_OBJ_NONE : kv[1];
    kr_obj_t fromlist = kv[3] == KR_OBJ_NULL ? KR_OBJ_NONE : kv[3];
    int level = kv[4] == KR_OBJ_NULL ? 0 : (int)kr_obj_get_int(kv[4]);
    if (level < 0) {
        kr_raise_msg(&kr_type_ValueError, "level must be >= 0");
    }
    return kr_import_name(kr_obj_str_get_qstr(kv[0]), globals, fromlist, level);
}
KR_DEFINE_FUN_KW(kr_builtin___import___obj, 0, 5, builtin___import__);
