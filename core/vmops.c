/* vmops.c: out-of-line helpers for the VM's less frequent opcodes: names, unpacking,
 * f-strings, ** merging, with-statements, raise, async iteration, frame introspection. */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "state.h"
#include "bytecode.h"
#include "vm.h"
#include "vmops.h"
#include "objgen.h"
#include "objstr.h"
#include "objdict.h"
#include "code.h"

bool kr_vmops_slot_is_cell(const kr_code_t *code, size_t slot) {
    if (slot >= (size_t)code->n_locals - code->n_free) {
        return true;
    }
    for (size_t k = 0; k < code->n_cell_slots; k++) {
        if (code->cell_slots[k] == slot) {
            return true;
        }
    }
    return false;
}


_Noreturn void kr_vmops_raise_unbound_local(const kr_code_t *code, size_t slot) {
    const char *name = code->local_names != NULL ? kr_qstr_str(KR_QSTR_VALUE(code->local_names[slot])) : "?";
    kr_raise(kr_obj_new_exception_fmt(&kr_type_UnboundLocalError,
                                      "cannot access local variable '%s' where it is not associated with a value",
                                      name));
}

_Noreturn void kr_vmops_raise_unbound_deref(const kr_code_t *code, size_t slot) {
    if (slot >= (size_t)code->n_locals - code->n_free) {
        const char *name = code->local_names != NULL ? kr_qstr_str(KR_QSTR_VALUE(code->local_names[slot])) : "?";
        kr_raise(kr_obj_new_exception_fmt(&kr_type_NameError,
                                          "cannot access free variable '%s' where it is not associated with a value"
                                          " in enclosing scope", name));
    }
    kr_vmops_raise_unbound_local(code, slot);
}

_Noreturn void kr_vmops_raise_name_error(kr_qstr_t q) {
    kr_raise(kr_obj_new_exception_fmt(&kr_type_NameError, "name '%s' is not defined", kr_qstr_str(q)));
}

/* The exception instance to raise for `raise x`. */
static kr_obj_t make_exception(kr_obj_t x, bool is_cause) {
    if (kr_obj_is_exception_instance(x)) {
        return x;
    }
    if (kr_obj_is_exception_type(x)) {
        kr_obj_t e = kr_call0(x);
        if (!kr_obj_is_exception_instance(e)) {
            kr_raise_fmt(&kr_type_TypeError, "calling %s should have returned an instance of BaseException, not %s",
                         kr_qstr_str(((const kr_type_t *)KR_OBJ_TO_PTR(x))->name), kr_obj_type_name(e));
        }
        return e;
    }
    if (is_cause) {
        kr_raise_msg(&kr_type_TypeError, "exception causes must derive from BaseException");
    }
    kr_raise_msg(&kr_type_TypeError, "exceptions must derive from BaseException");
}

kr_obj_t kr_vmops_load_name(kr_frame_t *f, kr_qstr_t q) {
    if (f->locals_dict != KR_OBJ_NULL) {
        if (kr_obj_is_type(f->locals_dict, &kr_type_dict)) {
            kr_map_elem_t *e = kr_map_lookup_qstr(kr_obj_dict_get_map(f->locals_dict), q);
            if (e != KR_OBJ_NULL) {
                return e->value;
            }
        } else {
            kr_nlr_buf_t nlr;
            if (kr_nlr_push(&nlr) == 0) {
                kr_obj_t v = kr_subscr_load(f->locals_dict, KR_NEW_QSTR(q));
                kr_nlr_pop();
                return v;
            }
            if (!kr_obj_is_instance((kr_obj_t)nlr.ret_val, &kr_type_KeyError)) {
                kr_raise((kr_obj_t)nlr.ret_val);
            }
        }
    }
    return kr_load_global(f->globals, q);
}

void kr_vmops_store_name(kr_frame_t *f, kr_qstr_t q, kr_obj_t v) {
    kr_obj_t d = f->locals_dict != KR_OBJ_NULL ? f->locals_dict : f->globals;
    if (kr_obj_is_type(d, &kr_type_dict)) {
        kr_obj_dict_store(d, KR_NEW_QSTR(q), v);
    } else {
        kr_subscr_store(d, KR_NEW_QSTR(q), v);
    }
}

void kr_vmops_delete_name(kr_obj_t d, kr_qstr_t q) {
    if (kr_obj_is_type(d, &kr_type_dict)) {
        if (kr_map_lookup(kr_obj_dict_get_map(d), KR_NEW_QSTR(q), KR_MAP_LOOKUP_REMOVE) == NULL) {
            kr_vmops_raise_name_error(q);
        }
        return;
    }
    kr_subscr_delete(d, KR_NEW_QSTR(q));
}

bool kr_vmops_is_iterable(kr_obj_t o) {
    const kr_type_t *t = kr_obj_get_type(o);
    return t->getiter != NULL || t->iternext != NULL || t->subscr != NULL;
}

void kr_vmops_unpack_sequence(kr_obj_t seq, size_t n, kr_obj_t *dest) {
    /* dest[0] receives the last item (deepest), dest[n-1] the first (top of stack) */
    if (kr_obj_is_type(seq, &kr_type_tuple) || kr_obj_is_type(seq, &kr_type_list)) {
        size_t len;
        kr_obj_t *items;
        kr_obj_get_array(seq, &len, &items);
        if (len < n) {
            kr_raise_fmt(&kr_type_ValueError, "not enough values to unpack (expected %u, got %u)",
                         (unsigned)n, (unsigned)len);
        }
        if (len > n) {
            kr_raise_fmt(&kr_type_ValueError, "too many values to unpack (expected %u)", (unsigned)n);
        }
        for (size_t i = 0; i < n; i++) {
            dest[n - 1 - i] = items[i];
        }
        return;
    }
    if (!kr_vmops_is_iterable(seq)) {
        kr_raise_fmt(&kr_type_TypeError, "cannot unpack non-iterable %s object", kr_obj_type_name(seq));
    }
    kr_obj_t it = kr_getiter(seq);
    for (size_t i = 0; i < n; i++) {
        kr_obj_t x = kr_iternext(it);
        if (x == KR_OBJ_NULL) {
            kr_raise_fmt(&kr_type_ValueError, "not enough values to unpack (expected %u, got %u)",
                         (unsigned)n, (unsigned)i);
        }
        dest[n - 1 - i] = x;
    }
    if (kr_iternext(it) != KR_OBJ_NULL) {
        kr_raise_fmt(&kr_type_ValueError, "too many values to unpack (expected %u)", (unsigned)n);
    }
}

/* UNPACK_EX: fills dest[0..before+after] (dest[before+after] is the top of stack) */
void kr_vmops_unpack_ex(kr_obj_t seq, size_t before, size_t after, kr_obj_t *dest) {
    if (!kr_vmops_is_iterable(seq)) {
        kr_raise_fmt(&kr_type_TypeError, "cannot unpack non-iterable %s object", kr_obj_type_name(seq));
    }
    kr_obj_t list = kr_obj_list_from_iter(seq);
    kr_obj_list_t *l = KR_OBJ_TO_PTR(list);
    size_t n = l->len;
    if (n < before + after) {
        kr_raise_fmt(&kr_type_ValueError, "not enough values to unpack (expected at least %u, got %u)",
                     (unsigned)(before + after), (unsigned)n);
    }
    size_t k = before + after;   /* index of the top slot */
    for (size_t p = 0; p < before; p++) {
        dest[k - p] = l->items[p];
    }
    for (size_t j = 0; j < after; j++) {
        dest[after - 1 - j] = l->items[n - after + j];
    }
    dest[after] = kr_obj_new_list(n - before - after, l->items + before);
}

kr_obj_t kr_vmops_format_value(kr_obj_t v, size_t flags, kr_obj_t spec) {
    switch (flags & 3) {
        case 1:
            v = kr_obj_str(v);
            break;
        case 2:
            v = kr_obj_repr(v);
            break;
        case 3:
            v = kr_obj_str_repr_ascii(kr_obj_repr(v));
            break;
        default:
            break;
    }
    if (spec != KR_OBJ_NULL) {
        return kr_obj_format(v, spec);
    }
    if (kr_obj_str_is_exact(v)) {
        return v;
    }
    if (KR_IS_SMALL_INT(v) || kr_obj_is_type(v, &kr_type_float)) {
        return kr_obj_str(v);
    }
    return kr_obj_format(v, KR_ROM_QSTR(empty));
}

kr_obj_t kr_vmops_build_string(size_t n, const kr_obj_t *items) {
    if (n == 1) {
        return items[0];
    }
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len;
        kr_obj_str_get_data(items[i], &len);
        total += len;
    }
    kr_vstr_t v;
    kr_vstr_init(&v, total + 1);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *s = kr_obj_str_get_data(items[i], &len);
        kr_vstr_add_strn(&v, s, len);
    }
    return kr_obj_new_str_from_vstr(&v);
}

static void describe_fun(kr_vstr_t *v, kr_obj_t fun) {
    if (kr_obj_is_type(fun, &kr_type_fun_bc)) {
        kr_obj_fun_bc_t *f = KR_OBJ_TO_PTR(fun);
        kr_obj_t mod = kr_obj_dict_get(f->globals, KR_ROM_QSTR(__name__));
        if (mod != KR_OBJ_NULL && kr_obj_is_str(mod)) {
            size_t l;
            const char *s = kr_obj_str_get_data(mod, &l);
            kr_vstr_add_strn(v, s, l);
            kr_vstr_add_byte(v, '.');
        }
        kr_vstr_printf(v, "%s()", kr_qstr_str(kr_code_get_qualname(f->code)));
    } else if (kr_obj_is_type(fun, &kr_type_fun_builtin)) {
        kr_vstr_printf(v, "%s()", kr_obj_fun_builtin_name(fun));
    } else if (kr_obj_is_type(fun, &kr_type_bound_meth)) {
        describe_fun(v, ((kr_obj_bound_meth_t *)KR_OBJ_TO_PTR(fun))->meth);
    } else {
        kr_vstr_printf(v, "%s object", kr_obj_type_name(fun));
    }
}

_Noreturn static void raise_vstr(const kr_type_t *type, kr_vstr_t *v) {
    kr_raise(kr_obj_new_exception_arg1(type, kr_obj_new_str(v->buf, v->len)));
}

/* DICT_MERGE: d.update(m) refusing duplicate keys (f(**a, **b)); fun is for messages */
void kr_vmops_dict_merge(kr_obj_t d, kr_obj_t m, kr_obj_t fun) {
    kr_obj_t keys;
    bool is_dict = kr_obj_dict_check(m);
    if (is_dict) {
        keys = m;
    } else {
        kr_obj_t km[2];
        kr_load_method_maybe(m, KR_QSTR_keys, km);
        if (km[0] == KR_OBJ_NULL) {
            kr_vstr_t v;
            kr_vstr_init(&v, 64);
            describe_fun(&v, fun);
            kr_vstr_printf(&v, " argument after ** must be a mapping, not %s", kr_obj_type_name(m));
            raise_vstr(&kr_type_TypeError, &v);
        }
        keys = kr_call_method_n_kw(0, 0, km);
    }
    kr_obj_t it = kr_getiter(keys);
    kr_obj_t k;
    while ((k = kr_iternext(it)) != KR_OBJ_NULL) {
        if (!kr_obj_is_str(k)) {
            kr_raise_msg(&kr_type_TypeError, "keywords must be strings");
        }
        if (kr_obj_dict_get(d, k) != KR_OBJ_NULL) {
            kr_vstr_t v;
            kr_vstr_init(&v, 64);
            describe_fun(&v, fun);
            size_t l;
            const char *s = kr_obj_str_get_data(k, &l);
            kr_vstr_printf(&v, " got multiple values for keyword argument '%.*s'", (int)l, s);
            raise_vstr(&kr_type_TypeError, &v);
        }
        kr_obj_dict_store(d, k, is_dict ? kr_obj_dict_get(m, k) : kr_subscr_load(m, k));
    }
}

kr_obj_t kr_vmops_before_with(kr_obj_t mgr, kr_obj_t *exit_out, bool is_async) {
    kr_obj_t enter[2];
    kr_load_method_maybe(mgr, is_async ? KR_QSTR___aenter__ : KR_QSTR___enter__, enter);
    if (enter[0] == KR_OBJ_NULL) {
        kr_raise_fmt(&kr_type_TypeError, "'%s' object does not support the %scontext manager protocol",
                     kr_obj_type_name(mgr), is_async ? "asynchronous " : "");
    }
    kr_obj_t ex = kr_load_attr_maybe(mgr, is_async ? KR_QSTR___aexit__ : KR_QSTR___exit__);
    if (ex == KR_OBJ_NULL) {
        kr_raise_fmt(&kr_type_TypeError,
                     "'%s' object does not support the %scontext manager protocol (missed %s method)",
                     kr_obj_type_name(mgr), is_async ? "asynchronous " : "", is_async ? "__aexit__" : "__exit__");
    }
    *exit_out = ex;
    return kr_call_method_n_kw(0, 0, enter);
}

void kr_vmops_print_expr(kr_obj_t v) {
    if (v == KR_OBJ_NONE) {
        return;
    }
    kr_obj_print(&kr_print_stdout, v, KR_PRINT_REPR);
    kr_print_str(&kr_print_stdout, "\n");
    if (kr_state.dict_builtins_ext == KR_OBJ_NULL) {
        kr_state.dict_builtins_ext = kr_obj_new_dict(1);
    }
    kr_obj_dict_store(kr_state.dict_builtins_ext, KR_NEW_QSTR(KR_QSTR_CHAR('_')), v);
}

kr_obj_t kr_vmops_raise_varargs(size_t n, kr_obj_t *sp, kr_frame_t *f) {
    if (n == 0) {
        kr_obj_t cur = kr_state.cur_exc;
        if (cur == KR_OBJ_NULL || cur == KR_OBJ_NONE) {
            kr_raise_msg(&kr_type_RuntimeError, "No active exception to reraise");
        }
        f->reraise = 1;
        return cur;
    }
    if (n == 1) {
        return make_exception(sp[0], false);
    }
    kr_obj_t exc = make_exception(sp[-1], false);
    kr_obj_t cause = sp[0];
    kr_obj_exception_t *e = KR_OBJ_TO_PTR(exc);
    if (cause == KR_OBJ_NONE) {
        e->cause = KR_OBJ_NULL;
    } else {
        e->cause = make_exception(cause, true);
    }
    e->suppress_context = true;
    return exc;
}

kr_obj_t kr_vmops_get_aiter(kr_obj_t o) {
    kr_obj_t m[2];
    kr_load_method_maybe(o, KR_QSTR___aiter__, m);
    if (m[0] == KR_OBJ_NULL) {
        kr_raise_fmt(&kr_type_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                     kr_obj_type_name(o));
    }
    return kr_call_method_n_kw(0, 0, m);
}

kr_obj_t kr_vmops_get_anext(kr_obj_t o) {
    kr_obj_t m[2];
    kr_load_method_maybe(o, KR_QSTR___anext__, m);
    if (m[0] == KR_OBJ_NULL) {
        kr_raise_fmt(&kr_type_TypeError, "'async for' received an object from __aiter__ that does not implement "
                     "__anext__: %s", kr_obj_type_name(o));
    }
    return kr_obj_gen_get_awaitable(kr_call_method_n_kw(0, 0, m));
}

bool kr_vmops_current_self_and_class(kr_obj_t *self, kr_obj_t *cls) {
    kr_frame_t *f = kr_vm_current_frame();
    if (f == NULL || f->code->local_names == NULL) {
        return false;
    }
    const kr_code_t *code = f->code;
    if (code->n_pos_args == 0 && !(code->flags & KR_CODE_FLAG_VARARGS)) {
        return false;
    }
    kr_obj_t s = f->state[0];
    if (code->n_pos_args == 0) {
        /* def f(*args): self is args[0] */
        kr_obj_t t = f->state[code->n_kwonly_args];
        if (!kr_obj_is_type(t, &kr_type_tuple) || ((kr_obj_tuple_t *)KR_OBJ_TO_PTR(t))->len == 0) {
            return false;
        }
        s = ((kr_obj_tuple_t *)KR_OBJ_TO_PTR(t))->items[0];
    } else if (kr_vmops_slot_is_cell(code, 0) && kr_obj_is_type(s, &kr_type_cell)) {
        s = ((kr_obj_cell_t *)KR_OBJ_TO_PTR(s))->value;
    }
    if (s == KR_OBJ_NULL || s == KR_OBJ_UNBOUND) {
        return false;
    }
    for (size_t i = 0; i < code->n_locals; i++) {
        if (code->local_names[i] == KR_ROM_QSTR(__class__)) {
            kr_obj_t c = f->state[i];
            if (kr_obj_is_type(c, &kr_type_cell)) {
                c = ((kr_obj_cell_t *)KR_OBJ_TO_PTR(c))->value;
            }
            if (c == KR_OBJ_NULL || c == KR_OBJ_UNBOUND) {
                return false;
            }
            *self = s;
            *cls = c;
            return true;
        }
    }
    return false;
}

/* LIST_EXTEND of a non-iterable: f(*x) names the function (the list being built for the
 * call is at lp, the function just below it), displays say "Value after *". */
_Noreturn void kr_vmops_raise_star_error(kr_obj_t *lp, kr_obj_t it, bool is_call) {
    kr_obj_list_t *l = KR_OBJ_TO_PTR(lp[0]);
    if (is_call && l->len == 0) {
        kr_vstr_t v;
        kr_vstr_init(&v, 64);
        describe_fun(&v, lp[-1]);
        kr_vstr_printf(&v, " argument after * must be an iterable, not %s", kr_obj_type_name(it));
        raise_vstr(&kr_type_TypeError, &v);
    }
    kr_raise_fmt(&kr_type_TypeError, "Value after * must be an iterable, not %s", kr_obj_type_name(it));
}
