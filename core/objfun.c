/* objfun.c: function objects (Python and builtin), bound methods, cells, and
 * argument binding / parsing with CPython's error messages. */
#include <stdio.h>
#include <string.h>
#include "obj.h"
#include "objmodule.h"
#include "runtime.h"
#include "bytecode.h"
#include "vm.h"
#include "gc.h"
#include "code.h"

static const kr_obj_tuple_t fun_empty_tuple = {{&kr_type_tuple}, 0};

/* ---------------------------------------------------------------- argument binding */

/* Append "'a'", "'a' and 'b'" or "'a', 'b', and 'c'" for the names of the slots in idx. */
static void add_name_list(kr_vstr_t *v, const kr_code_t *code, const size_t *idx, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            if (n == 2) {
                kr_vstr_add_str(v, " and ");
            } else if (i == n - 1) {
                kr_vstr_add_str(v, ", and ");
            } else {
                kr_vstr_add_str(v, ", ");
            }
        }
        kr_vstr_printf(v, "'%s'", kr_qstr_str(KR_QSTR_VALUE(code->arg_names[idx[i]])));
    }
}

_Noreturn static void raise_vstr(const kr_type_t *type, kr_vstr_t *v) {
    kr_obj_t msg = kr_obj_new_str(v->buf, v->len);
    kr_raise(kr_obj_new_exception_arg1(type, msg));
}

_Noreturn static void raise_missing(const kr_code_t *code, kr_obj_t *locals, size_t from, size_t to, const char *kind) {
    size_t idx[to - from + 1];
    size_t n = 0;
    for (size_t j = from; j < to; j++) {
        if (locals[j] == KR_OBJ_NULL) {
            idx[n++] = j;
        }
    }
    kr_vstr_t v;
    kr_vstr_init(&v, 64);
    kr_vstr_printf(&v, "%s() missing %u required %s argument%s: ", kr_qstr_str(kr_code_get_qualname(code)),
                   (unsigned)n, kind, n == 1 ? "" : "s");
    add_name_list(&v, code, idx, n);
    raise_vstr(&kr_type_TypeError, &v);
}

_Noreturn static void raise_too_many(const kr_obj_fun_bc_t *fun, size_t given, kr_obj_t *locals) {
    const kr_code_t *code = fun->code;
    size_t n_def = fun->defaults != KR_OBJ_NULL ? ((kr_obj_tuple_t *)KR_OBJ_TO_PTR(fun->defaults))->len : 0;
    size_t kwonly_given = 0;
    for (size_t j = code->n_pos_args; j < (size_t)code->n_pos_args + code->n_kwonly_args; j++) {
        if (locals[j] != KR_OBJ_NULL) {
            kwonly_given++;
        }
    }
    kr_vstr_t v;
    kr_vstr_init(&v, 80);
    size_t argc = code->n_pos_args;
    bool plural;
    kr_vstr_printf(&v, "%s() takes ", kr_qstr_str(kr_code_get_qualname(code)));
    if (n_def > 0) {
        kr_vstr_printf(&v, "from %u to %u", (unsigned)(argc - n_def), (unsigned)argc);
        plural = true;
    } else {
        kr_vstr_printf(&v, "%u", (unsigned)argc);
        plural = argc != 1;
    }
    kr_vstr_printf(&v, " positional argument%s but %u", plural ? "s" : "", (unsigned)given);
    if (kwonly_given > 0) {
        kr_vstr_printf(&v, " positional argument%s (and %u keyword-only argument%s)", given != 1 ? "s" : "",
                       (unsigned)kwonly_given, kwonly_given != 1 ? "s" : "");
    }
    kr_vstr_printf(&v, " %s given", given == 1 && kwonly_given == 0 ? "was" : "were");
    raise_vstr(&kr_type_TypeError, &v);
}

_Noreturn static void raise_posonly_as_kw(const kr_code_t *code, size_t n_kw, const kr_obj_t *kw) {
    kr_vstr_t v;
    kr_vstr_init(&v, 80);
    kr_vstr_printf(&v, "%s() got some positional-only arguments passed as keyword arguments: '",
                   kr_qstr_str(kr_code_get_qualname(code)));
    bool first = true;
    for (size_t j = 0; j < code->n_posonly_args; j++) {
        for (size_t i = 0; i < n_kw; i++) {
            kr_obj_t key = kw[2 * i];
            if (key == code->arg_names[j] || (!KR_IS_QSTR(key) && kr_obj_is_str(key)
                                              && KR_NEW_QSTR(kr_obj_str_get_qstr(key)) == code->arg_names[j])) {
                kr_vstr_printf(&v, "%s%s", first ? "" : ", ", kr_qstr_str(KR_QSTR_VALUE(code->arg_names[j])));
                first = false;
                break;
            }
        }
    }
    kr_vstr_add_byte(&v, '\'');
    raise_vstr(&kr_type_TypeError, &v);
}

void kr_obj_fun_bc_bind(kr_obj_t self, size_t n_args, size_t n_kw, const kr_obj_t *args, kr_obj_t *locals) {
    const kr_obj_fun_bc_t *fun = KR_OBJ_TO_PTR(self);
    const kr_code_t *code = fun->code;
    size_t n_pos = code->n_pos_args;
    size_t n_params = n_pos + code->n_kwonly_args;
    size_t slot = n_params;
    kr_obj_t *varargs_slot = NULL;
    kr_obj_t *varkw_slot = NULL;
    if (code->flags & KR_CODE_FLAG_VARARGS) {
        varargs_slot = &locals[slot++];
    }
    if (code->flags & KR_CODE_FLAG_VARKW) {
        varkw_slot = &locals[slot++];
    }
    size_t n_copy = n_args < n_pos ? n_args : n_pos;
    if (n_copy > 0) {
        memcpy(locals, args, n_copy * sizeof(kr_obj_t));
    }
    if (varargs_slot != NULL) {
        *varargs_slot = n_args > n_pos ? kr_obj_new_tuple(n_args - n_pos, args + n_pos)
                                       : KR_OBJ_FROM_PTR(&fun_empty_tuple);
    }
    kr_obj_t kwdict = KR_OBJ_NULL;
    if (varkw_slot != NULL) {
        kwdict = kr_obj_new_dict(n_kw);
        *varkw_slot = kwdict;
    }
    const kr_obj_t *kw = args + n_args;
    const kr_obj_t *arg_names = code->arg_names;
    for (size_t i = 0; i < n_kw; i++) {
        kr_obj_t key = kw[2 * i];
        if (!KR_IS_QSTR(key)) {
            if (!kr_obj_is_str(key)) {
                kr_raise_msg(&kr_type_TypeError, "keywords must be strings");
            }
            key = KR_NEW_QSTR(kr_obj_str_get_qstr(key));
        }
        size_t j = 0;
        while (j < n_params && arg_names[j] != key) {
            j++;
        }
        if (j < n_params && j >= code->n_posonly_args) {
            if (locals[j] != KR_OBJ_NULL) {
                kr_raise_fmt(&kr_type_TypeError, "%s() got multiple values for argument '%s'",
                             kr_qstr_str(kr_code_get_qualname(code)), kr_qstr_str(KR_QSTR_VALUE(key)));
            }
            locals[j] = kw[2 * i + 1];
            continue;
        }
        if (kwdict != KR_OBJ_NULL) {
            kr_obj_dict_store(kwdict, key, kw[2 * i + 1]);
            continue;
        }
        if (j < n_params) {
            raise_posonly_as_kw(code, n_kw, kw);
        }
        kr_raise_fmt(&kr_type_TypeError, "%s() got an unexpected keyword argument '%s'",
                     kr_qstr_str(kr_code_get_qualname(code)), kr_qstr_str(KR_QSTR_VALUE(key)));
    }
    if (n_args > n_pos && varargs_slot == NULL) {
        raise_too_many(fun, n_args, locals);
    }
    if (n_args < n_pos) {
        size_t n_def = 0;
        const kr_obj_t *defs = NULL;
        if (fun->defaults != KR_OBJ_NULL) {
            kr_obj_tuple_t *t = KR_OBJ_TO_PTR(fun->defaults);
            n_def = t->len;
            defs = t->items;
        }
        bool missing = false;
        for (size_t j = n_args; j < n_pos; j++) {
            if (locals[j] == KR_OBJ_NULL) {
                if (j + n_def >= n_pos) {
                    locals[j] = defs[j + n_def - n_pos];
                } else {
                    missing = true;
                }
            }
        }
        if (missing) {
            raise_missing(code, locals, 0, n_pos, "positional");
        }
    }
    if (n_params > n_pos) {
        bool missing = false;
        for (size_t j = n_pos; j < n_params; j++) {
            if (locals[j] == KR_OBJ_NULL) {
                kr_obj_t d = KR_OBJ_NULL;
                if (fun->kwdefaults != KR_OBJ_NULL) {
                    d = kr_obj_dict_get(fun->kwdefaults, arg_names[j]);
                }
                if (d != KR_OBJ_NULL) {
                    locals[j] = d;
                } else {
                    missing = true;
                }
            }
        }
        if (missing) {
            raise_missing(code, locals, n_pos, n_params, "keyword-only");
        }
    }
    for (size_t k = 0; k < code->n_cell_slots; k++) {
        size_t s = code->cell_slots[k];
        kr_obj_t v = locals[s];
        locals[s] = kr_obj_new_cell(v == KR_OBJ_NULL ? KR_OBJ_UNBOUND : v);
    }
    if (code->n_free > 0) {
        kr_obj_tuple_t *cl = KR_OBJ_TO_PTR(fun->closure);
        size_t base = (size_t)code->n_locals - code->n_free;
        for (size_t k = 0; k < code->n_free && cl != NULL && k < cl->len; k++) {
            locals[base + k] = cl->items[k];
        }
    }
}

/* ---------------------------------------------------------------- Python functions */

kr_obj_t kr_obj_new_fun_bc(const kr_code_t *code, kr_obj_t globals, kr_obj_t defaults,
                           kr_obj_t kwdefaults, kr_obj_t closure) {
    kr_obj_fun_bc_t *f = kr_gc_alloc(sizeof(kr_obj_fun_bc_t), 0);
    f->base.type = &kr_type_fun_bc;
    f->code = code;
    f->globals = globals;
    f->defaults = defaults == KR_OBJ_NONE ? KR_OBJ_NULL : defaults;
    f->kwdefaults = kwdefaults == KR_OBJ_NONE ? KR_OBJ_NULL : kwdefaults;
    f->closure = closure == KR_OBJ_NONE ? KR_OBJ_NULL : closure;
    f->dict = KR_OBJ_NULL;
    return KR_OBJ_FROM_PTR(f);
}

static void fun_bc_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_obj_fun_bc_t *f = KR_OBJ_TO_PTR(self);
    kr_obj_t name = KR_OBJ_NULL;
    if (f->dict != KR_OBJ_NULL) {
        name = kr_obj_dict_get(f->dict, KR_ROM_QSTR(__qualname__));
    }
    if (name != KR_OBJ_NULL && kr_obj_is_str(name)) {
        size_t len;
        const char *s = kr_obj_str_get_data(name, &len);
        kr_printf(p, "<function %.*s at %p>", (int)len, s, (void *)f);
    } else {
        kr_printf(p, "<function %s at %p>", kr_qstr_str(kr_code_get_qualname(f->code)), (void *)f);
    }
}

static kr_obj_t fun_bc_call(kr_obj_t self, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    return kr_vm_call_fun_bc(self, n_args, n_kw, args);
}

static void fun_bc_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    kr_obj_fun_bc_t *f = KR_OBJ_TO_PTR(self);
    if (dest[0] == KR_OBJ_NULL) {
        if (f->dict != KR_OBJ_NULL) {
            kr_obj_t v = kr_obj_dict_get(f->dict, KR_NEW_QSTR(attr));
            if (v != KR_OBJ_NULL) {
                dest[0] = v;
                return;
            }
        }
        switch (attr) {
            case KR_QSTR___name__:
                dest[0] = KR_NEW_QSTR(f->code->name);
                break;
            case KR_QSTR___qualname__:
                dest[0] = KR_NEW_QSTR(kr_code_get_qualname(f->code));
                break;
            case KR_QSTR___module__: {
                kr_obj_t m = kr_obj_dict_get(f->globals, KR_ROM_QSTR(__name__));
                dest[0] = m != KR_OBJ_NULL ? m : KR_OBJ_NONE;
                break;
            }
            case KR_QSTR___globals__:
                dest[0] = f->globals;
                break;
            case KR_QSTR___defaults__:
                dest[0] = f->defaults != KR_OBJ_NULL ? f->defaults : KR_OBJ_NONE;
                break;
            case KR_QSTR___kwdefaults__:
                dest[0] = f->kwdefaults != KR_OBJ_NULL ? f->kwdefaults : KR_OBJ_NONE;
                break;
            case KR_QSTR___closure__:
                dest[0] = f->closure != KR_OBJ_NULL ? f->closure : KR_OBJ_NONE;
                break;
            case KR_QSTR___code__:
                dest[0] = KR_OBJ_FROM_PTR(f->code);
                break;
            case KR_QSTR___doc__:
                dest[0] = kr_code_get_doc(f->code);
                break;
            case KR_QSTR___dict__:
                if (f->dict == KR_OBJ_NULL) {
                    f->dict = kr_obj_new_dict(0);
                }
                dest[0] = f->dict;
                break;
            default:
                break;
        }
        return;
    }
    if (dest[1] != KR_OBJ_NULL) {
        kr_obj_t v = dest[1];
        switch (attr) {
            case KR_QSTR___defaults__:
                f->defaults = v == KR_OBJ_NONE ? KR_OBJ_NULL : v;
                break;
            case KR_QSTR___kwdefaults__:
                f->kwdefaults = v == KR_OBJ_NONE ? KR_OBJ_NULL : v;
                break;
            case KR_QSTR___dict__:
                f->dict = v;
                break;
            default:
                if (f->dict == KR_OBJ_NULL) {
                    f->dict = kr_obj_new_dict(4);
                }
                kr_obj_dict_store(f->dict, KR_NEW_QSTR(attr), v);
                break;
        }
        dest[0] = KR_OBJ_NULL;
        return;
    }
    if (f->dict != KR_OBJ_NULL
        && kr_map_lookup(kr_obj_dict_get_map(f->dict), KR_NEW_QSTR(attr), KR_MAP_LOOKUP_REMOVE) != NULL) {
        dest[0] = KR_OBJ_NULL;
    }
}

const kr_type_t kr_type_fun_bc = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_function,
    .print = fun_bc_print,
    .call = fun_bc_call,
    .attr = fun_bc_attr,
};

/* closures are plain fun_bc objects with a closure tuple; this type only names them */
const kr_type_t kr_type_closure = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_function,
    .print = fun_bc_print,
    .call = fun_bc_call,
    .attr = fun_bc_attr,
};

/* ---------------------------------------------------------------- builtin functions */

/* The qstr key under which map holds fun, or KR_QSTR_NULL. */
static kr_qstr_t key_of_value(const kr_map_t *m, kr_obj_t fun) {
    for (size_t i = 0; i < m->used; i++) {
        if (m->table[i].value == fun && KR_IS_QSTR(m->table[i].key)) {
            return KR_QSTR_VALUE(m->table[i].key);
        }
    }
    return KR_QSTR_NULL;
}

const char *kr_obj_fun_builtin_name(kr_obj_t fun) {
    const kr_obj_fun_builtin_t *f = KR_OBJ_TO_PTR(fun);
    if (f->name != KR_QSTR_NULL) {
        return kr_qstr_str(f->name);
    }
    kr_qstr_t q = key_of_value(&kr_builtins_dict.map, fun);
    /* a function of a builtin module: find it in the modules' (ROM) globals */
    const kr_map_t *mods = &kr_module_builtin_table.map;
    for (size_t j = 0; q == KR_QSTR_NULL && j < mods->used; j++) {
        kr_obj_t mod = mods->table[j].value;
        if (kr_obj_is_type(mod, &kr_type_module)) {
            q = key_of_value(&((kr_obj_module_t *)KR_OBJ_TO_PTR(mod))->globals->map, fun);
        }
    }
    return q != KR_QSTR_NULL ? kr_qstr_str(q) : "function";
}

static kr_qstr_t method_name_in_type(kr_obj_t fun, const kr_type_t *t);

/* If fun is a method of self's type (found in its locals dicts), its name. */
static kr_qstr_t method_name_of(kr_obj_t fun, kr_obj_t self) {
    for (const kr_type_t *t = kr_obj_get_type(self); t != NULL; t = t->parent) {
        kr_qstr_t q = method_name_in_type(fun, t);
        if (q != KR_QSTR_NULL) {
            return q;
        }
    }
    return KR_QSTR_NULL;
}

_Noreturn static void builtin_count_error(kr_obj_t fun, size_t n_args, const kr_obj_t *args) {
    const kr_obj_fun_builtin_t *f = KR_OBJ_TO_PTR(fun);
    const char *name = kr_obj_fun_builtin_name(fun);
    unsigned n_min = f->n_args_min, n_max = f->n_args_max, given = (unsigned)n_args;
    kr_fun_kind_t kind = (kr_fun_kind_t)f->kind;
    char qual[80];
    const char *qname = name;
    kr_qstr_t mname = n_args > 0 && f->name == KR_QSTR_NULL ? method_name_of(fun, args[0]) : KR_QSTR_NULL;
    if (mname != KR_QSTR_NULL) {
        /* a method: CPython counts the arguments after self */
        name = kr_qstr_str(mname);
        snprintf(qual, sizeof(qual), "%s.%s", kr_obj_type_name(args[0]), name);
        qname = qual;
        n_min = n_min > 0 ? n_min - 1 : 0;
        n_max = n_max > 0 ? n_max - 1 : 0;
        given--;
        if (kind >= KR_FUN_KIND_1 && kind <= KR_FUN_KIND_3) {
            kind = (kr_fun_kind_t)(kind - 1);
        }
    }
    if (kind == KR_FUN_KIND_0) {
        kr_raise_fmt(&kr_type_TypeError, "%s() takes no arguments (%u given)", qname, given);
    }
    if (kind == KR_FUN_KIND_1) {
        kr_raise_fmt(&kr_type_TypeError, "%s() takes exactly one argument (%u given)", qname, given);
    }
    if (n_min == n_max) {
        kr_raise_fmt(&kr_type_TypeError, "%s expected %u argument%s, got %u", name, n_min,
                     n_min == 1 ? "" : "s", given);
    }
    if (given < n_min) {
        kr_raise_fmt(&kr_type_TypeError, "%s expected at least %u argument%s, got %u", name,
                     n_min, n_min == 1 ? "" : "s", given);
    }
    kr_raise_fmt(&kr_type_TypeError, "%s expected at most %u argument%s, got %u", name,
                 n_max, n_max == 1 ? "" : "s", given);
}

kr_obj_t kr_obj_fun_builtin_call(kr_obj_t fun, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    const kr_obj_fun_builtin_t *f = KR_OBJ_TO_PTR(fun);
    switch (f->kind) {
        case KR_FUN_KIND_0:
            if (n_args == 0 && n_kw == 0) {
                return f->fun._0();
            }
            break;
        case KR_FUN_KIND_1:
            if (n_args == 1 && n_kw == 0) {
                return f->fun._1(args[0]);
            }
            break;
        case KR_FUN_KIND_2:
            if (n_args == 2 && n_kw == 0) {
                return f->fun._2(args[0], args[1]);
            }
            break;
        case KR_FUN_KIND_3:
            if (n_args == 3 && n_kw == 0) {
                return f->fun._3(args[0], args[1], args[2]);
            }
            break;
        case KR_FUN_KIND_VAR:
            if (n_args >= f->n_args_min && n_args <= f->n_args_max && n_kw == 0) {
                return f->fun.var(n_args, args);
            }
            break;
        default: {
            if (n_args < f->n_args_min || n_args > f->n_args_max) {
                builtin_count_error(fun, n_args, args);
            }
            kr_map_t kw;
            kr_map_init_fixed_table(&kw, n_kw, (const kr_map_elem_t *)(args + n_args));
            return f->fun.kw(n_args, args, &kw);
        }
    }
    if (n_kw > 0) {
        kr_qstr_t m = n_args > 0 && f->name == KR_QSTR_NULL ? method_name_of(fun, args[0]) : KR_QSTR_NULL;
        if (m != KR_QSTR_NULL) {
            /* a method of a builtin type: CPython names it as type.method */
            kr_raise_fmt(&kr_type_TypeError, "%s.%s() takes no keyword arguments", kr_obj_type_name(args[0]),
                         kr_qstr_str(m));
        }
        kr_raise_fmt(&kr_type_TypeError, "%s() takes no keyword arguments", kr_obj_fun_builtin_name(fun));
    }
    builtin_count_error(fun, n_args, args);
}

/* Builtin types searched to name a method printed on its own ("<method 'x' of 'T' objects>"). */
static const kr_type_t *const method_owner_types[] = {
    &kr_type_list, &kr_type_dict, &kr_type_str, &kr_type_tuple, &kr_type_set, &kr_type_frozenset,
    &kr_type_bytes, &kr_type_bytearray, &kr_type_int, &kr_type_float, &kr_type_object,
};

static kr_qstr_t method_name_in_type(kr_obj_t fun, const kr_type_t *t) {
    if (t->locals_dict != NULL) {
        const kr_map_t *m = &t->locals_dict->map;
        for (size_t i = 0; i < m->used; i++) {
            if (m->table[i].value == fun && KR_IS_QSTR(m->table[i].key)) {
                return KR_QSTR_VALUE(m->table[i].key);
            }
        }
    }
    return KR_QSTR_NULL;
}

static void fun_builtin_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    const kr_obj_fun_builtin_t *f = KR_OBJ_TO_PTR(self);
    if (f->name == KR_QSTR_NULL) {
        for (size_t i = 0; i < sizeof(method_owner_types) / sizeof(method_owner_types[0]); i++) {
            kr_qstr_t q = method_name_in_type(self, method_owner_types[i]);
            if (q != KR_QSTR_NULL) {
                kr_printf(p, "<method '%s' of '%s' objects>", kr_qstr_str(q),
                          kr_qstr_str(method_owner_types[i]->name));
                return;
            }
        }
    }
    kr_printf(p, "<built-in function %s>", kr_obj_fun_builtin_name(self));
}

static void fun_builtin_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    if (attr == KR_QSTR___name__ || attr == KR_QSTR___qualname__) {
        dest[0] = kr_obj_new_str_interned(kr_obj_fun_builtin_name(self), strlen(kr_obj_fun_builtin_name(self)));
    } else if (attr == KR_QSTR___module__) {
        dest[0] = KR_ROM_QSTR(builtins);
    } else if (attr == KR_QSTR___doc__) {
        dest[0] = KR_OBJ_NONE;
    }
}

const kr_type_t kr_type_fun_builtin = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_builtin_function_or_method,
    .print = fun_builtin_print,
    .call = kr_obj_fun_builtin_call,
    .attr = fun_builtin_attr,
};

/* ---------------------------------------------------------------- bound methods */

kr_obj_t kr_obj_new_bound_meth(kr_obj_t meth, kr_obj_t self) {
    kr_obj_bound_meth_t *m = kr_gc_alloc(sizeof(kr_obj_bound_meth_t), 0);
    m->base.type = &kr_type_bound_meth;
    m->meth = meth;
    m->self = self;
    return KR_OBJ_FROM_PTR(m);
}

static kr_obj_t bound_meth_call(kr_obj_t obj, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_obj_bound_meth_t *m = KR_OBJ_TO_PTR(obj);
    size_t n = n_args + 2 * n_kw;
    kr_obj_t buf[n + 1];
    buf[0] = m->self;
    if (n > 0) {
        memcpy(buf + 1, args, n * sizeof(kr_obj_t));
    }
    return kr_call(m->meth, n_args + 1, n_kw, buf);
}

static void bound_meth_print(const kr_print_t *p, kr_obj_t obj, kr_print_kind_t kind) {
    kr_obj_bound_meth_t *m = KR_OBJ_TO_PTR(obj);
    const char *name = "?";
    if (kr_obj_is_type(m->meth, &kr_type_fun_bc)) {
        name = kr_qstr_str(kr_code_get_qualname(((kr_obj_fun_bc_t *)KR_OBJ_TO_PTR(m->meth))->code));
    } else if (kr_obj_is_type(m->meth, &kr_type_fun_builtin)) {
        kr_qstr_t q = KR_QSTR_NULL;
        for (const kr_type_t *t = kr_obj_get_type(m->self); t != NULL && q == KR_QSTR_NULL; t = t->parent) {
            q = method_name_in_type(m->meth, t);
        }
        name = q != KR_QSTR_NULL ? kr_qstr_str(q) : kr_obj_fun_builtin_name(m->meth);
        kr_printf(p, "<built-in method %s of %s object at %p>", name, kr_obj_type_name(m->self),
                  KR_OBJ_TO_PTR(m->self));
        return;
    }
    kr_printf(p, "<bound method %s of ", name);
    kr_obj_print(p, m->self, KR_PRINT_REPR);
    kr_print_str(p, ">");
}

static void bound_meth_attr(kr_obj_t obj, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    kr_obj_bound_meth_t *m = KR_OBJ_TO_PTR(obj);
    if (attr == KR_QSTR___self__) {
        dest[0] = m->self;
    } else if (attr == KR_QSTR___func__) {
        dest[0] = m->meth;
    } else {
        kr_obj_t v = kr_load_attr_maybe(m->meth, attr);
        if (v != KR_OBJ_NULL) {
            dest[0] = v;
        }
    }
}

static kr_obj_t bound_meth_binary_op(kr_binary_op_t op, kr_obj_t lhs, kr_obj_t rhs) {
    if ((op != KR_BINARY_OP_EQUAL && op != KR_BINARY_OP_NOT_EQUAL) || !kr_obj_is_type(rhs, &kr_type_bound_meth)) {
        return KR_OBJ_NULL;
    }
    kr_obj_bound_meth_t *a = KR_OBJ_TO_PTR(lhs), *b = KR_OBJ_TO_PTR(rhs);
    bool eq = a->self == b->self && kr_obj_equal(a->meth, b->meth);
    return KR_OBJ_BOOL(op == KR_BINARY_OP_EQUAL ? eq : !eq);
}

static kr_obj_t bound_meth_unary_op(kr_unary_op_t op, kr_obj_t obj) {
    if (op == KR_UNARY_OP_HASH) {
        kr_obj_bound_meth_t *m = KR_OBJ_TO_PTR(obj);
        return KR_NEW_SMALL_INT((kr_int_t)((m->self >> 3) ^ (m->meth >> 2)) & 0x3fffffff);
    }
    return KR_OBJ_NULL;
}

const kr_type_t kr_type_bound_meth = {
    .base = {&kr_type_type},
    .name = KR_QSTR_method,
    .print = bound_meth_print,
    .call = bound_meth_call,
    .unary_op = bound_meth_unary_op,
    .binary_op = bound_meth_binary_op,
    .attr = bound_meth_attr,
};

/* ---------------------------------------------------------------- cells */

kr_obj_t kr_obj_new_cell(kr_obj_t value) {
    kr_obj_cell_t *c = kr_gc_alloc(sizeof(kr_obj_cell_t), 0);
    c->base.type = &kr_type_cell;
    c->value = value;
    return KR_OBJ_FROM_PTR(c);
}

static void cell_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_obj_cell_t *c = KR_OBJ_TO_PTR(self);
    if (c->value == KR_OBJ_UNBOUND) {
        kr_printf(p, "<cell at %p: empty>", (void *)c);
    } else {
        kr_printf(p, "<cell at %p: %s object at %p>", (void *)c, kr_obj_type_name(c->value),
                  KR_IS_OBJ(c->value) ? KR_OBJ_TO_PTR(c->value) : (void *)c->value);
    }
}

static void cell_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    kr_obj_cell_t *c = KR_OBJ_TO_PTR(self);
    if (attr != KR_QSTR_cell_contents) {
        return;
    }
    if (dest[0] == KR_OBJ_NULL) {
        if (c->value == KR_OBJ_UNBOUND) {
            kr_raise_msg(&kr_type_ValueError, "Cell is empty");
        }
        dest[0] = c->value;
    } else {
        c->value = dest[1] == KR_OBJ_NULL ? KR_OBJ_UNBOUND : dest[1];
        dest[0] = KR_OBJ_NULL;
    }
}

const kr_type_t kr_type_cell = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_cell,
    .print = cell_print,
    .attr = cell_attr,
};

/* ---------------------------------------------------------------- argument parsing for builtins */

static kr_arg_val_t convert_arg(const kr_arg_t *a, kr_obj_t given) {
    kr_arg_val_t r;
    switch (a->flags & KR_ARG_KIND_MASK) {
        case KR_ARG_BOOL:
            r.u_bool = kr_obj_is_true(given);
            break;
        case KR_ARG_INT:
            r.u_int = kr_obj_get_int(given);
            break;
        case KR_ARG_CINT:
            r.u_int = kr_obj_get_c_int(given);
            break;
        default:
            r.u_obj = given;
            break;
    }
    return r;
}

void kr_arg_parse_all(size_t n_pos, const kr_obj_t *pos, kr_map_t *kws, size_t n_allowed,
                      const kr_arg_t *allowed, kr_arg_val_t *out) {
    size_t kws_found = 0;
    bool have_kws = kws != NULL && kws->filled > 0;
    size_t n_pos_allowed = 0;
    while (n_pos_allowed < n_allowed && !(allowed[n_pos_allowed].flags & KR_ARG_KW_ONLY)) {
        n_pos_allowed++;
    }
    if (n_pos > n_pos_allowed) {
        kr_raise_fmt(&kr_type_TypeError, "function takes at most %u positional argument%s (%u given)",
                     (unsigned)n_pos_allowed, n_pos_allowed == 1 ? "" : "s", (unsigned)n_pos);
    }
    for (size_t i = 0; i < n_allowed; i++) {
        const kr_arg_t *a = &allowed[i];
        kr_map_elem_t *e = have_kws ? kr_map_lookup_qstr(kws, a->qst) : NULL;
        if (i < n_pos) {
            if (e != NULL) {
                kr_raise_fmt(&kr_type_TypeError, "argument for function given by name ('%s') and position (%u)",
                             kr_qstr_str(a->qst), (unsigned)(i + 1));
            }
            out[i] = convert_arg(a, pos[i]);
            continue;
        }
        if (e == NULL) {
            if (a->flags & KR_ARG_REQUIRED) {
                kr_raise_fmt(&kr_type_TypeError, "function missing required argument '%s' (pos %u)",
                             kr_qstr_str(a->qst), (unsigned)(i + 1));
            }
            out[i] = a->defval;
            continue;
        }
        kws_found++;
        out[i] = convert_arg(a, e->value);
    }
    if (have_kws && kws_found < kws->filled) {
        for (size_t k = 0; k < kws->used; k++) {
            kr_obj_t key = kws->table[k].key;
            if (key == KR_OBJ_NULL) {
                continue;
            }
            bool known = false;
            for (size_t i = 0; i < n_allowed; i++) {
                if (KR_NEW_QSTR(allowed[i].qst) == key) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                size_t len;
                const char *s = kr_obj_is_str(key) ? kr_obj_str_get_data(key, &len) : (len = 1, "?");
                kr_raise_fmt(&kr_type_TypeError, "'%.*s' is an invalid keyword argument for this function",
                             (int)len, s);
            }
        }
    }
}

void kr_arg_check_num(size_t n_args, size_t n_kw, size_t n_min, size_t n_max, bool takes_kw) {
    if (n_kw > 0 && !takes_kw) {
        kr_raise_msg(&kr_type_TypeError, "function takes no keyword arguments");
    }
    if (n_min == n_max && n_args != n_min) {
        kr_raise_fmt(&kr_type_TypeError, "function takes %u positional argument%s but %u %s given",
                     (unsigned)n_min, n_min == 1 ? "" : "s", (unsigned)n_args, n_args == 1 ? "was" : "were");
    }
    if (n_args < n_min) {
        kr_raise_fmt(&kr_type_TypeError, "function missing %u required positional argument%s",
                     (unsigned)(n_min - n_args), n_min - n_args == 1 ? "" : "s");
    }
    if (n_args > n_max) {
        kr_raise_fmt(&kr_type_TypeError, "function expected at most %u argument%s, got %u",
                     (unsigned)n_max, n_max == 1 ? "" : "s", (unsigned)n_args);
    }
}
