/* runtime.c: generic operations on any object used by the VM and by C code: calls,
 * attributes and methods, operators, subscripts, iteration, global names, pending
 * (asynchronous) exceptions and scheduled callbacks. */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "state.h"
#include "bytecode.h"
#include "vm.h"
#include "objtype.h"
#include "objiter.h"
#include "objgen.h"
#include "gc.h"
#include "code.h"

/* ---------------------------------------------------------------- calls */

static bool is_type_object(kr_obj_t o) {
    if (!KR_IS_OBJ(o)) {
        return false;
    }
    const kr_type_t *t = KR_OBJ_TYPE(o);
    return t == &kr_type_type || kr_type_is_subtype(t, &kr_type_type);
}

kr_obj_t kr_call(kr_obj_t fun, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (KR_IS_OBJ(fun)) {
        const kr_type_t *t = KR_OBJ_TYPE(fun);
        if (t == &kr_type_fun_bc) {
            return kr_vm_call_fun_bc(fun, n_args, n_kw, args);
        }
        if (t == &kr_type_fun_builtin) {
            return kr_obj_fun_builtin_call(fun, n_args, n_kw, args);
        }
        if (t->call != NULL) {
            return t->call(fun, n_args, n_kw, args);
        }
        if (is_type_object(fun)) {
            const kr_type_t *type = KR_OBJ_TO_PTR(fun);
            if (type->make_new != NULL) {
                return type->make_new(type, n_args, n_kw, args);
            }
            kr_raise_fmt(&kr_type_TypeError, "cannot create '%s' instances", kr_qstr_str(type->name));
        }
    }
    kr_raise_fmt(&kr_type_TypeError, "'%s' object is not callable", kr_obj_type_name(fun));
}

kr_obj_t kr_call0(kr_obj_t fun) {
    return kr_call(fun, 0, 0, NULL);
}

kr_obj_t kr_call1(kr_obj_t fun, kr_obj_t a) {
    return kr_call(fun, 1, 0, &a);
}

kr_obj_t kr_call2(kr_obj_t fun, kr_obj_t a, kr_obj_t b) {
    kr_obj_t args[2] = {a, b};
    return kr_call(fun, 2, 0, args);
}

kr_obj_t kr_call3(kr_obj_t fun, kr_obj_t a, kr_obj_t b, kr_obj_t c) {
    kr_obj_t args[3] = {a, b, c};
    return kr_call(fun, 3, 0, args);
}

kr_obj_t kr_call_method_n_kw(size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (args[1] == KR_OBJ_NULL) {
        return kr_call(args[0], n_args, n_kw, args + 2);
    }
    return kr_call(args[0], n_args + 1, n_kw, args + 1);
}

kr_obj_t kr_call_method(kr_obj_t obj, kr_qstr_t name, size_t n_args, const kr_obj_t *args) {
    kr_obj_t buf[n_args + 2];
    kr_load_method(obj, name, buf);
    if (n_args > 0) {
        memcpy(buf + 2, args, n_args * sizeof(kr_obj_t));
    }
    return kr_call_method_n_kw(n_args, 0, buf);
}

/* "f()" / "mod.f()" as CPython names a callable in call-argument errors */
static void describe_callable(kr_vstr_t *v, kr_obj_t fun) {
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
        describe_callable(v, ((kr_obj_bound_meth_t *)KR_OBJ_TO_PTR(fun))->meth);
    } else if (is_type_object(fun)) {
        kr_vstr_printf(v, "%s()", kr_qstr_str(((const kr_type_t *)KR_OBJ_TO_PTR(fun))->name));
    } else {
        kr_vstr_printf(v, "%s object", kr_obj_type_name(fun));
    }
}

_Noreturn static void raise_call_arg_error(kr_obj_t fun, const char *what, kr_obj_t arg) {
    kr_vstr_t v;
    kr_vstr_init(&v, 64);
    describe_callable(&v, fun);
    kr_vstr_printf(&v, " argument after %s, not %s", what, kr_obj_type_name(arg));
    kr_obj_t msg = kr_obj_new_str(v.buf, v.len);
    kr_raise(kr_obj_new_exception_arg1(&kr_type_TypeError, msg));
}

typedef struct {
    kr_obj_t *items;
    size_t len, alloc;
    kr_obj_t local[16];
} arg_buf_t;

static void arg_buf_add(arg_buf_t *b, kr_obj_t o) {
    if (b->len == b->alloc) {
        size_t na = b->alloc * 2;
        kr_obj_t *n = kr_gc_alloc(na * sizeof(kr_obj_t), 0);
        memcpy(n, b->items, b->len * sizeof(kr_obj_t));
        b->items = n;
        b->alloc = na;
    }
    b->items[b->len++] = o;
}

static kr_obj_t kw_key(kr_obj_t key) {
    if (KR_IS_QSTR(key)) {
        return key;
    }
    if (!kr_obj_is_str(key)) {
        kr_raise_msg(&kr_type_TypeError, "keywords must be strings");
    }
    return KR_NEW_QSTR(kr_obj_str_get_qstr(key));
}

kr_obj_t kr_call_ex(kr_obj_t fun, kr_obj_t pos_seq, kr_obj_t kw_dict) {
    arg_buf_t b;
    b.items = b.local;
    b.len = 0;
    b.alloc = 16;
    size_t n_args;
    if (pos_seq != KR_OBJ_NULL && pos_seq != KR_OBJ_NONE) {
        if (kr_obj_is_type(pos_seq, &kr_type_tuple) || kr_obj_is_type(pos_seq, &kr_type_list)) {
            size_t n;
            kr_obj_t *items;
            kr_obj_get_array(pos_seq, &n, &items);
            for (size_t i = 0; i < n; i++) {
                arg_buf_add(&b, items[i]);
            }
        } else {
            const kr_type_t *t = kr_obj_get_type(pos_seq);
            if (t->getiter == NULL && t->iternext == NULL && t->subscr == NULL) {
                raise_call_arg_error(fun, "* must be an iterable", pos_seq);
            }
            kr_obj_t it = kr_getiter(pos_seq);
            kr_obj_t x;
            while ((x = kr_iternext(it)) != KR_OBJ_NULL) {
                arg_buf_add(&b, x);
            }
        }
    }
    n_args = b.len;
    size_t n_kw = 0;
    if (kw_dict != KR_OBJ_NULL && kw_dict != KR_OBJ_NONE) {
        if (kr_obj_is_instance(kw_dict, &kr_type_dict)) {
            kr_map_t *m = kr_obj_dict_get_map(kw_dict);
            for (size_t i = 0; i < m->used; i++) {
                if (m->table[i].key != KR_OBJ_NULL) {
                    arg_buf_add(&b, kw_key(m->table[i].key));
                    arg_buf_add(&b, m->table[i].value);
                    n_kw++;
                }
            }
        } else {
            kr_obj_t keys_meth[2];
            kr_load_method_maybe(kw_dict, KR_QSTR_keys, keys_meth);
            if (keys_meth[0] == KR_OBJ_NULL) {
                raise_call_arg_error(fun, "** must be a mapping", kw_dict);
            }
            kr_obj_t keys = kr_call_method_n_kw(0, 0, keys_meth);
            kr_obj_t it = kr_getiter(keys);
            kr_obj_t k;
            while ((k = kr_iternext(it)) != KR_OBJ_NULL) {
                kr_obj_t v = kr_subscr_load(kw_dict, k);
                arg_buf_add(&b, kw_key(k));
                arg_buf_add(&b, v);
                n_kw++;
            }
        }
    }
    return kr_call(fun, n_args, n_kw, b.items);
}

/* ---------------------------------------------------------------- attributes */

kr_obj_t kr_type_lookup(const kr_type_t *type, kr_qstr_t attr) {
    if (kr_type_is_heap(type)) {
        return kr_obj_type_mro_lookup(type, attr);
    }
    return kr_obj_type_mro_lookup(type, attr);
}

/* Bind a value found in type's dict for access through self (dest protocol). */
static void bind_attr(kr_obj_t v, kr_obj_t self, const kr_type_t *type, kr_obj_t *dest) {
    if (KR_IS_OBJ(v)) {
        const kr_type_t *vt = KR_OBJ_TYPE(v);
        if (vt == &kr_type_fun_builtin || vt == &kr_type_fun_bc || vt == &kr_type_slot_wrapper) {
            dest[0] = v;
            dest[1] = self;
            return;
        }
        if (vt == &kr_type_staticmethod) {
            dest[0] = ((kr_obj_static_class_method_t *)KR_OBJ_TO_PTR(v))->fun;
            return;
        }
        if (vt == &kr_type_classmethod) {
            dest[0] = ((kr_obj_static_class_method_t *)KR_OBJ_TO_PTR(v))->fun;
            dest[1] = KR_OBJ_FROM_PTR(type);
            return;
        }
        if (vt == &kr_type_property) {
            kr_obj_property_t *p = KR_OBJ_TO_PTR(v);
            if (p->fget == KR_OBJ_NONE || p->fget == KR_OBJ_NULL) {
                kr_raise_fmt(&kr_type_AttributeError, "unreadable attribute");
            }
            dest[0] = kr_call1(p->fget, self);
            return;
        }
        if (kr_type_is_heap(vt)) {
            kr_obj_type_bind_attr(v, self, type, dest);
            return;
        }
    }
    dest[0] = v;
}

/* Value found in a type object's own dict, accessed through the type (cls.attr). */
static void bind_class_attr(kr_obj_t v, kr_obj_t cls, kr_obj_t *dest) {
    if (kr_obj_is_type(v, &kr_type_staticmethod)) {
        dest[0] = ((kr_obj_static_class_method_t *)KR_OBJ_TO_PTR(v))->fun;
    } else if (kr_obj_is_type(v, &kr_type_classmethod)) {
        dest[0] = ((kr_obj_static_class_method_t *)KR_OBJ_TO_PTR(v))->fun;
        dest[1] = cls;
    } else {
        dest[0] = v;
    }
}

void kr_load_method_maybe(kr_obj_t base, kr_qstr_t attr, kr_obj_t *dest) {
    dest[0] = KR_OBJ_NULL;
    dest[1] = KR_OBJ_NULL;
    const kr_type_t *type = kr_obj_get_type(base);
    if (type->attr != NULL) {
        type->attr(base, attr, dest);
        if (dest[0] != KR_OBJ_NULL) {
            return;
        }
        dest[1] = KR_OBJ_NULL;
    }
    kr_obj_t v = kr_type_lookup(type, attr);
    if (v != KR_OBJ_NULL) {
        bind_attr(v, base, type, dest);
        return;
    }
    if (attr == KR_QSTR___class__) {
        dest[0] = KR_OBJ_FROM_PTR(type);
        return;
    }
    if (is_type_object(base)) {
        const kr_type_t *cls = KR_OBJ_TO_PTR(base);
        v = kr_type_lookup(cls, attr);
        if (v != KR_OBJ_NULL) {
            bind_class_attr(v, base, dest);
            return;
        }
        if (attr == KR_QSTR___name__ || attr == KR_QSTR___qualname__) {
            dest[0] = KR_NEW_QSTR(cls->name);
        }
    }
}

_Noreturn static void raise_no_attr(kr_obj_t base, kr_qstr_t attr) {
    if (is_type_object(base)) {
        kr_raise_fmt(&kr_type_AttributeError, "type object '%s' has no attribute '%s'",
                     kr_qstr_str(((const kr_type_t *)KR_OBJ_TO_PTR(base))->name), kr_qstr_str(attr));
    }
    if (kr_obj_is_type(base, &kr_type_module)) {
        kr_obj_module_t *m = KR_OBJ_TO_PTR(base);
        kr_map_elem_t *e = kr_map_lookup_qstr(&m->globals->map, KR_QSTR___name__);
        if (e != NULL && kr_obj_is_str(e->value)) {
            size_t len;
            const char *s = kr_obj_str_get_data(e->value, &len);
            kr_raise_fmt(&kr_type_AttributeError, "module '%.*s' has no attribute '%s'", (int)len, s,
                         kr_qstr_str(attr));
        }
    }
    kr_raise_fmt(&kr_type_AttributeError, "'%s' object has no attribute '%s'", kr_obj_type_name(base),
                 kr_qstr_str(attr));
}

void kr_load_method(kr_obj_t base, kr_qstr_t attr, kr_obj_t *dest) {
    kr_load_method_maybe(base, attr, dest);
    if (dest[0] == KR_OBJ_NULL) {
        raise_no_attr(base, attr);
    }
}

kr_obj_t kr_load_attr_maybe(kr_obj_t base, kr_qstr_t attr) {
    kr_obj_t dest[2];
    kr_load_method_maybe(base, attr, dest);
    if (dest[1] != KR_OBJ_NULL) {
        return kr_obj_new_bound_meth(dest[0], dest[1]);
    }
    return dest[0];
}

kr_obj_t kr_load_attr(kr_obj_t base, kr_qstr_t attr) {
    kr_obj_t dest[2];
    kr_load_method_maybe(base, attr, dest);
    if (dest[0] == KR_OBJ_NULL) {
        raise_no_attr(base, attr);
    }
    if (dest[1] != KR_OBJ_NULL) {
        return kr_obj_new_bound_meth(dest[0], dest[1]);
    }
    return dest[0];
}

static void store_or_delete_attr(kr_obj_t base, kr_qstr_t attr, kr_obj_t value) {
    const kr_type_t *type = kr_obj_get_type(base);
    if (type->attr != NULL) {
        kr_obj_t dest[2] = {KR_OBJ_SENTINEL, value};
        type->attr(base, attr, dest);
        if (dest[0] == KR_OBJ_NULL) {
            return;
        }
    }
    if (is_type_object(base) && !kr_type_is_heap((const kr_type_t *)KR_OBJ_TO_PTR(base))) {
        kr_raise_fmt(&kr_type_TypeError, "cannot set '%s' attribute of immutable type '%s'", kr_qstr_str(attr),
                     kr_qstr_str(((const kr_type_t *)KR_OBJ_TO_PTR(base))->name));
    }
    kr_obj_t v = kr_type_lookup(type, attr);
    if (v != KR_OBJ_NULL && kr_obj_is_type(v, &kr_type_property)) {
        kr_obj_property_t *p = KR_OBJ_TO_PTR(v);
        kr_obj_t f = value == KR_OBJ_NULL ? p->fdel : p->fset;
        if (f != KR_OBJ_NONE && f != KR_OBJ_NULL) {
            if (value == KR_OBJ_NULL) {
                kr_call1(f, base);
            } else {
                kr_call2(f, base, value);
            }
            return;
        }
        kr_raise_fmt(&kr_type_AttributeError, "can't %s attribute", value == KR_OBJ_NULL ? "delete" : "set");
    }
    if (v != KR_OBJ_NULL && value != KR_OBJ_NULL && !kr_type_is_heap(type)) {
        kr_raise_fmt(&kr_type_AttributeError, "'%s' object attribute '%s' is read-only", kr_obj_type_name(base),
                     kr_qstr_str(attr));
    }
    raise_no_attr(base, attr);
}

void kr_store_attr(kr_obj_t base, kr_qstr_t attr, kr_obj_t value) {
    store_or_delete_attr(base, attr, value);
}

void kr_delete_attr(kr_obj_t base, kr_qstr_t attr) {
    store_or_delete_attr(base, attr, KR_OBJ_NULL);
}

/* ---------------------------------------------------------------- unary operators */

kr_obj_t kr_unary_op(kr_unary_op_t op, kr_obj_t arg) {
    if (op == KR_UNARY_OP_NOT) {
        return KR_OBJ_BOOL(!kr_obj_is_true(arg));
    }
    if (KR_IS_SMALL_INT(arg)) {
        kr_int_t v = KR_SMALL_INT_VALUE(arg);
        switch (op) {
            case KR_UNARY_OP_BOOL:
                return KR_OBJ_BOOL(v != 0);
            case KR_UNARY_OP_POSITIVE:
            case KR_UNARY_OP_INT:
            case KR_UNARY_OP_INDEX:
                return arg;
            case KR_UNARY_OP_NEGATIVE:
                return kr_obj_new_int(-v);
            case KR_UNARY_OP_INVERT:
                return KR_NEW_SMALL_INT(~v);
            case KR_UNARY_OP_ABS:
                return kr_obj_new_int(v < 0 ? -v : v);
            default:
                break;
        }
    }
    const kr_type_t *t = kr_obj_get_type(arg);
    if (t->unary_op != NULL) {
        kr_obj_t r = t->unary_op(op, arg);
        if (r != KR_OBJ_NULL && r != KR_OBJ_NOTIMPLEMENTED) {
            return r;
        }
    }
    switch (op) {
        case KR_UNARY_OP_BOOL:
            if (t->unary_op != NULL) {
                kr_obj_t r = t->unary_op(KR_UNARY_OP_LEN, arg);
                if (r != KR_OBJ_NULL) {
                    return KR_OBJ_BOOL(r != KR_NEW_SMALL_INT(0));
                }
            }
            return KR_OBJ_TRUE;
        case KR_UNARY_OP_LEN:
            kr_raise_fmt(&kr_type_TypeError, "object of type '%s' has no len()", kr_obj_type_name(arg));
        case KR_UNARY_OP_HASH:
            return KR_NEW_SMALL_INT((kr_int_t)((arg >> 4) & (kr_uint_t)KR_SMALL_INT_MAX));
        case KR_UNARY_OP_POSITIVE:
            kr_raise_fmt(&kr_type_TypeError, "bad operand type for unary +: '%s'", kr_obj_type_name(arg));
        case KR_UNARY_OP_NEGATIVE:
            kr_raise_fmt(&kr_type_TypeError, "bad operand type for unary -: '%s'", kr_obj_type_name(arg));
        case KR_UNARY_OP_INVERT:
            kr_raise_fmt(&kr_type_TypeError, "bad operand type for unary ~: '%s'", kr_obj_type_name(arg));
        case KR_UNARY_OP_ABS:
            kr_raise_fmt(&kr_type_TypeError, "bad operand type for abs(): '%s'", kr_obj_type_name(arg));
        case KR_UNARY_OP_INT:
            kr_raise_fmt(&kr_type_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                         kr_obj_type_name(arg));
        case KR_UNARY_OP_FLOAT:
            kr_raise_fmt(&kr_type_TypeError, "float() argument must be a string or a real number, not '%s'",
                         kr_obj_type_name(arg));
        case KR_UNARY_OP_INDEX:
            kr_raise_fmt(&kr_type_TypeError, "'%s' object cannot be interpreted as an integer",
                         kr_obj_type_name(arg));
        default:
            kr_raise_fmt(&kr_type_TypeError, "bad operand type: '%s'", kr_obj_type_name(arg));
    }
}

/* ---------------------------------------------------------------- binary operators */

static bool contains(kr_obj_t container, kr_obj_t item) {
    const kr_type_t *t = kr_obj_get_type(container);
    if (t->binary_op != NULL) {
        kr_obj_t r = t->binary_op(KR_BINARY_OP_CONTAINS, container, item);
        if (r != KR_OBJ_NULL && r != KR_OBJ_NOTIMPLEMENTED) {
            return r == KR_OBJ_TRUE || (r != KR_OBJ_FALSE && kr_obj_is_true(r));
        }
    }
    if (t->getiter == NULL && t->iternext == NULL && t->subscr == NULL) {
        kr_raise_fmt(&kr_type_TypeError, "argument of type '%s' is not iterable", kr_obj_type_name(container));
    }
    kr_obj_t it = kr_getiter(container);
    kr_obj_t x;
    while ((x = kr_iternext(it)) != KR_OBJ_NULL) {
        if (x == item || kr_obj_equal(x, item)) {
            return true;
        }
    }
    return false;
}

static kr_binary_op_t swap_compare(kr_binary_op_t op) {
    switch (op) {
        case KR_BINARY_OP_LESS: return KR_BINARY_OP_MORE;
        case KR_BINARY_OP_MORE: return KR_BINARY_OP_LESS;
        case KR_BINARY_OP_LESS_EQUAL: return KR_BINARY_OP_MORE_EQUAL;
        case KR_BINARY_OP_MORE_EQUAL: return KR_BINARY_OP_LESS_EQUAL;
        default: return op;
    }
}

static inline bool op_result_ok(kr_obj_t r) {
    return r != KR_OBJ_NULL && r != KR_OBJ_NOTIMPLEMENTED;
}

_Noreturn static void raise_unsupported(kr_binary_op_t op, kr_obj_t lhs, kr_obj_t rhs) {
    if (op <= KR_BINARY_OP_NOT_EQUAL) {
        kr_raise_fmt(&kr_type_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                     kr_binary_op_symbol[op], kr_obj_type_name(lhs), kr_obj_type_name(rhs));
    }
    kr_raise_fmt(&kr_type_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                 kr_binary_op_symbol[op], kr_obj_type_name(lhs), kr_obj_type_name(rhs));
}

/* Try lhs's slot, then rhs's reflected one (rhs first when its type is a proper subtype);
 * KR_OBJ_NULL if neither supports the operands. */
static kr_obj_t binary_op_dispatch(kr_binary_op_t op, kr_obj_t lhs, kr_obj_t rhs) {
    const kr_type_t *lt = kr_obj_get_type(lhs);
    const kr_type_t *rt = kr_obj_get_type(rhs);
    kr_binary_op_t rop;
    bool has_rop = true;
    if (op <= KR_BINARY_OP_NOT_EQUAL) {
        rop = swap_compare(op);
    } else if (op >= KR_BINARY_OP_OR && op <= KR_BINARY_OP_DIVMOD) {
        rop = (kr_binary_op_t)KR_BINARY_OP_TO_REVERSE(op);
    } else {
        rop = op;
        has_rop = false;
    }
    bool try_rhs = has_rop && lt != rt && rt->binary_op != NULL;
    kr_obj_t r;
    if (try_rhs && kr_type_is_subtype(rt, lt)) {
        r = rt->binary_op(rop, rhs, lhs);
        if (op_result_ok(r)) {
            return r;
        }
        try_rhs = false;
    }
    if (lt->binary_op != NULL) {
        r = lt->binary_op(op, lhs, rhs);
        if (op_result_ok(r)) {
            return r;
        }
    }
    if (try_rhs) {
        r = rt->binary_op(rop, rhs, lhs);
        if (op_result_ok(r)) {
            return r;
        }
    }
    return KR_OBJ_NULL;
}

static kr_obj_t small_int_op(kr_binary_op_t op, kr_obj_t lhs, kr_obj_t rhs) {
    kr_int_t a = KR_SMALL_INT_VALUE(lhs);
    kr_int_t b = KR_SMALL_INT_VALUE(rhs);
    kr_int_t r;
    switch (op) {
        case KR_BINARY_OP_LESS: return KR_OBJ_BOOL(a < b);
        case KR_BINARY_OP_MORE: return KR_OBJ_BOOL(a > b);
        case KR_BINARY_OP_EQUAL: return KR_OBJ_BOOL(a == b);
        case KR_BINARY_OP_LESS_EQUAL: return KR_OBJ_BOOL(a <= b);
        case KR_BINARY_OP_MORE_EQUAL: return KR_OBJ_BOOL(a >= b);
        case KR_BINARY_OP_NOT_EQUAL: return KR_OBJ_BOOL(a != b);
        case KR_BINARY_OP_OR: case KR_BINARY_OP_INPLACE_OR: return lhs | rhs;
        case KR_BINARY_OP_XOR: case KR_BINARY_OP_INPLACE_XOR: return KR_NEW_SMALL_INT(a ^ b);
        case KR_BINARY_OP_AND: case KR_BINARY_OP_INPLACE_AND: return lhs & rhs;
        case KR_BINARY_OP_ADD: case KR_BINARY_OP_INPLACE_ADD:
            if (!__builtin_add_overflow(a, b, &r) && KR_SMALL_INT_FITS(r)) {
                return KR_NEW_SMALL_INT(r);
            }
            break;
        case KR_BINARY_OP_SUBTRACT: case KR_BINARY_OP_INPLACE_SUBTRACT:
            if (!__builtin_sub_overflow(a, b, &r) && KR_SMALL_INT_FITS(r)) {
                return KR_NEW_SMALL_INT(r);
            }
            break;
        case KR_BINARY_OP_MULTIPLY: case KR_BINARY_OP_INPLACE_MULTIPLY:
            if (!__builtin_mul_overflow(a, b, &r) && KR_SMALL_INT_FITS(r)) {
                return KR_NEW_SMALL_INT(r);
            }
            break;
        case KR_BINARY_OP_FLOOR_DIVIDE: case KR_BINARY_OP_INPLACE_FLOOR_DIVIDE:
            if (b > 0) {
                kr_int_t q = a / b;
                if ((a % b) != 0 && a < 0) {
                    q--;
                }
                return KR_NEW_SMALL_INT(q);
            }
            break;
        case KR_BINARY_OP_MODULO: case KR_BINARY_OP_INPLACE_MODULO:
            if (b > 0) {
                kr_int_t m = a % b;
                if (m < 0) {
                    m += b;
                }
                return KR_NEW_SMALL_INT(m);
            }
            break;
        default:
            break;
    }
    if (KR_BINARY_OP_IS_INPLACE(op)) {
        op = (kr_binary_op_t)KR_BINARY_OP_INPLACE_TO_NORMAL(op);
    }
    return kr_obj_int_binary_op(op, lhs, rhs);
}

kr_obj_t kr_binary_op(kr_binary_op_t op, kr_obj_t lhs, kr_obj_t rhs) {
    switch (op) {
        case KR_BINARY_OP_IS:
            return KR_OBJ_BOOL(lhs == rhs);
        case KR_BINARY_OP_IS_NOT:
            return KR_OBJ_BOOL(lhs != rhs);
        case KR_BINARY_OP_IN:
            return KR_OBJ_BOOL(contains(rhs, lhs));
        case KR_BINARY_OP_NOT_IN:
            return KR_OBJ_BOOL(!contains(rhs, lhs));
        case KR_BINARY_OP_EXCEPTION_MATCH:
            return KR_OBJ_BOOL(kr_obj_exception_match(lhs, rhs));
        default:
            break;
    }
    if (KR_IS_SMALL_INT(lhs) && KR_IS_SMALL_INT(rhs)) {
        kr_obj_t r = small_int_op(op, lhs, rhs);
        if (r == KR_OBJ_NULL) {
            raise_unsupported(op, lhs, rhs);   /* int @ int */
        }
        return r;
    }
    if ((lhs == KR_OBJ_TRUE || lhs == KR_OBJ_FALSE || KR_IS_SMALL_INT(lhs))
        && (rhs == KR_OBJ_TRUE || rhs == KR_OBJ_FALSE || KR_IS_SMALL_INT(rhs))) {
        /* bools are ints (sum() of bools, flag counting); & | ^ of two bools stay bool */
        kr_binary_op_t base_op = KR_BINARY_OP_IS_INPLACE(op) ? (kr_binary_op_t)KR_BINARY_OP_INPLACE_TO_NORMAL(op) : op;
        bool both_bool = !KR_IS_SMALL_INT(lhs) && !KR_IS_SMALL_INT(rhs);
        kr_obj_t a = KR_IS_SMALL_INT(lhs) ? lhs : KR_NEW_SMALL_INT(lhs == KR_OBJ_TRUE);
        kr_obj_t b = KR_IS_SMALL_INT(rhs) ? rhs : KR_NEW_SMALL_INT(rhs == KR_OBJ_TRUE);
        kr_obj_t r = small_int_op(op, a, b);
        if (r == KR_OBJ_NULL) {
            raise_unsupported(op, lhs, rhs);
        }
        if (both_bool && (base_op == KR_BINARY_OP_AND || base_op == KR_BINARY_OP_OR || base_op == KR_BINARY_OP_XOR)) {
            r = KR_OBJ_BOOL(r != KR_NEW_SMALL_INT(0));
        }
        return r;
    }
    if (KR_IS_QSTR(lhs) && KR_IS_QSTR(rhs)) {
        if (op == KR_BINARY_OP_EQUAL) {
            return KR_OBJ_BOOL(lhs == rhs);
        }
        if (op == KR_BINARY_OP_NOT_EQUAL) {
            return KR_OBJ_BOOL(lhs != rhs);
        }
    }
    kr_binary_op_t orig = op;
    if (KR_BINARY_OP_IS_INPLACE(op)) {
        const kr_type_t *lt = kr_obj_get_type(lhs);
        if (lt->binary_op != NULL) {
            kr_obj_t r = lt->binary_op(op, lhs, rhs);
            if (op_result_ok(r)) {
                return r;
            }
        }
        op = (kr_binary_op_t)KR_BINARY_OP_INPLACE_TO_NORMAL(op);
    }
    kr_obj_t r = binary_op_dispatch(op, lhs, rhs);
    if (r != KR_OBJ_NULL) {
        return r;
    }
    if (op == KR_BINARY_OP_EQUAL) {
        return KR_OBJ_BOOL(lhs == rhs);
    }
    if (op == KR_BINARY_OP_NOT_EQUAL) {
        /* a class's __eq__ was already asked (for its missing __ne__): ask it only once */
        if (kr_obj_instance_lookup_special(kr_obj_get_type(lhs), KR_QSTR___eq__) != KR_OBJ_NULL
            || kr_obj_instance_lookup_special(kr_obj_get_type(rhs), KR_QSTR___eq__) != KR_OBJ_NULL) {
            return KR_OBJ_BOOL(lhs != rhs);
        }
        r = binary_op_dispatch(KR_BINARY_OP_EQUAL, lhs, rhs);
        if (r == KR_OBJ_NULL) {
            return KR_OBJ_BOOL(lhs != rhs);
        }
        return KR_OBJ_BOOL(!kr_obj_is_true(r));
    }
    raise_unsupported(orig, lhs, rhs);
}

/* ---------------------------------------------------------------- subscripts */

kr_obj_t kr_subscr_load(kr_obj_t base, kr_obj_t index) {
    if (KR_IS_OBJ(base) && KR_IS_SMALL_INT(index)) {
        const kr_type_t *t = KR_OBJ_TYPE(base);
        kr_int_t i = KR_SMALL_INT_VALUE(index);
        if (t == &kr_type_list) {
            kr_obj_list_t *l = KR_OBJ_TO_PTR(base);
            if (i < 0) {
                i += (kr_int_t)l->len;
            }
            if (i >= 0 && (size_t)i < l->len) {
                return l->items[i];
            }
        } else if (t == &kr_type_tuple) {
            kr_obj_tuple_t *tu = KR_OBJ_TO_PTR(base);
            if (i < 0) {
                i += (kr_int_t)tu->len;
            }
            if (i >= 0 && (size_t)i < tu->len) {
                return tu->items[i];
            }
        }
    }
    const kr_type_t *t = kr_obj_get_type(base);
    if (t->subscr != NULL) {
        kr_obj_t r = t->subscr(base, index, KR_OBJ_SENTINEL);
        if (r != KR_OBJ_NULL) {
            return r;
        }
    }
    if (is_type_object(base)) {
        kr_obj_t cg = kr_type_lookup((const kr_type_t *)KR_OBJ_TO_PTR(base), KR_QSTR___class_getitem__);
        if (cg != KR_OBJ_NULL) {
            kr_obj_t dest[2] = {KR_OBJ_NULL, KR_OBJ_NULL};
            bind_class_attr(cg, base, dest);
            if (dest[1] == KR_OBJ_NULL) {
                dest[1] = base;
            }
            return kr_call2(dest[0], dest[1], index);
        }
        kr_raise_fmt(&kr_type_TypeError, "type '%s' is not subscriptable",
                     kr_qstr_str(((const kr_type_t *)KR_OBJ_TO_PTR(base))->name));
    }
    kr_raise_fmt(&kr_type_TypeError, "'%s' object is not subscriptable", kr_obj_type_name(base));
}

void kr_subscr_store(kr_obj_t base, kr_obj_t index, kr_obj_t value) {
    if (KR_IS_SMALL_INT(index) && kr_obj_is_type(base, &kr_type_list)) {
        kr_obj_list_t *l = KR_OBJ_TO_PTR(base);
        kr_int_t i = KR_SMALL_INT_VALUE(index);
        if (i < 0) {
            i += (kr_int_t)l->len;
        }
        if (i >= 0 && (size_t)i < l->len) {
            l->items[i] = value;
            return;
        }
    }
    const kr_type_t *t = kr_obj_get_type(base);
    if (t->subscr != NULL && t->subscr(base, index, value) != KR_OBJ_NULL) {
        return;
    }
    kr_raise_fmt(&kr_type_TypeError, "'%s' object does not support item assignment", kr_obj_type_name(base));
}

void kr_subscr_delete(kr_obj_t base, kr_obj_t index) {
    const kr_type_t *t = kr_obj_get_type(base);
    if (t->subscr != NULL && t->subscr(base, index, KR_OBJ_NULL) != KR_OBJ_NULL) {
        return;
    }
    kr_raise_fmt(&kr_type_TypeError, "'%s' object doesn't support item deletion", kr_obj_type_name(base));
}

/* ---------------------------------------------------------------- iteration */

kr_obj_t kr_getiter(kr_obj_t o) {
    const kr_type_t *t = kr_obj_get_type(o);
    if (t->getiter != NULL) {
        return t->getiter(o);
    }
    if (t->iternext != NULL) {
        return o;
    }
    if (t->subscr != NULL && !is_type_object(o)) {
        return kr_obj_new_seq_iter(o);
    }
    kr_raise_fmt(&kr_type_TypeError, "'%s' object is not iterable", kr_obj_type_name(o));
}

kr_obj_t kr_iternext_allow_raise(kr_obj_t it) {
    if (kr_obj_gen_check(it)) {
        /* keep a generator's return value: StopIteration(value) */
        kr_obj_t v;
        kr_gen_result_t r = kr_obj_gen_resume(it, KR_OBJ_NONE, KR_OBJ_NULL, &v);
        if (r == KR_GEN_YIELD) {
            return v;
        }
        if (r == KR_GEN_EXCEPTION) {
            kr_nlr_jump(v);
        }
        if (v == KR_OBJ_NONE) {
            return KR_OBJ_NULL;
        }
        kr_raise(kr_obj_new_exception_arg1(&kr_type_StopIteration, v));
    }
    const kr_type_t *t = kr_obj_get_type(it);
    if (t->iternext == NULL) {
        kr_raise_fmt(&kr_type_TypeError, "'%s' object is not an iterator", kr_obj_type_name(it));
    }
    return t->iternext(it);
}

kr_obj_t kr_iternext(kr_obj_t it) {
    const kr_type_t *t = kr_obj_get_type(it);
    if (t->iternext == NULL) {
        kr_raise_fmt(&kr_type_TypeError, "'%s' object is not an iterator", kr_obj_type_name(it));
    }
    if (!kr_type_is_heap(t)) {
        return t->iternext(it);
    }
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_obj_t r = t->iternext(it);
        kr_nlr_pop();
        return r;
    }
    kr_obj_t exc = (kr_obj_t)nlr.ret_val;
    if (kr_obj_is_instance(exc, &kr_type_StopIteration)) {
        return KR_OBJ_NULL;
    }
    kr_raise(exc);
}

/* ---------------------------------------------------------------- names */

/* The ROM builtins are a linear table: cache lookups by qstr (values are ROM
 * objects and static qstrs, so the cache never goes stale). */
#define BUILTIN_CACHE_SIZE (128)
static struct {
    kr_qstr_t q;
    kr_obj_t v;
} builtin_cache[BUILTIN_CACHE_SIZE];

kr_obj_t kr_load_builtin(kr_qstr_t name) {
    if (kr_state.dict_builtins_ext != KR_OBJ_NULL) {
        kr_map_elem_t *e = kr_map_lookup_qstr(kr_obj_dict_get_map(kr_state.dict_builtins_ext), name);
        if (e != NULL) {
            return e->value;
        }
    }
    size_t h = name & (BUILTIN_CACHE_SIZE - 1);
    if (builtin_cache[h].q == name && name != KR_QSTR_NULL) {
        return builtin_cache[h].v;
    }
    kr_map_elem_t *e = kr_map_lookup_qstr((kr_map_t *)&kr_builtins_dict.map, name);
    if (e == NULL) {
        return KR_OBJ_NULL;
    }
    if (name < KR_QSTR_NUM_STATIC) {
        builtin_cache[h].q = name;
        builtin_cache[h].v = e->value;
    }
    return e->value;
}

kr_obj_t kr_load_global(kr_obj_t globals, kr_qstr_t name) {
    kr_map_elem_t *e = kr_map_lookup_qstr(&((kr_obj_dict_t *)KR_OBJ_TO_PTR(globals))->map, name);
    if (e != NULL) {
        return e->value;
    }
    kr_obj_t v = kr_load_builtin(name);
    if (v != KR_OBJ_NULL) {
        return v;
    }
    kr_raise(kr_obj_new_exception_fmt(&kr_type_NameError, "name '%s' is not defined", kr_qstr_str(name)));
}

/* ---------------------------------------------------------------- pending events */

static bool sched_running;   /* a scheduled callback is running (no nesting) */
void (*kr_sched_hook)(void);

void kr_sched_exception(kr_obj_t exc) {
    kr_state.pending_exc = exc;
    kr_state.sched_pending = 1;
}

void kr_handle_pending_printing(void) {
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_handle_pending();
        kr_nlr_pop();
    } else {
        kr_obj_exception_print_traceback(&kr_print_stderr, (kr_obj_t)nlr.ret_val);
    }
}

void kr_handle_pending(void) {
    if (!kr_state.sched_pending) {
        return;
    }
    kr_state.sched_pending = 0;
    if (kr_sched_hook != NULL) {
        kr_sched_hook();
    }
    kr_obj_t exc = kr_state.pending_exc;
    if (exc != KR_OBJ_NULL) {
        kr_state.pending_exc = KR_OBJ_NULL;
        if (kr_state.sched_queue != KR_OBJ_NULL && ((kr_obj_list_t *)KR_OBJ_TO_PTR(kr_state.sched_queue))->len > 0) {
            kr_state.sched_pending = 1;
        }
        if (kr_obj_is_exception_instance(exc)) {
            kr_obj_exception_clear_traceback(exc);
            kr_obj_exception_t *e = KR_OBJ_TO_PTR(exc);
            e->context = KR_OBJ_NULL;
            e->cause = KR_OBJ_NULL;
        }
        kr_raise(exc);
    }
    if (kr_state.sched_queue != KR_OBJ_NULL && !sched_running) {
        /* callbacks run one at a time, never nested: one scheduled from a callback waits
         * for the next check after the running one has returned */
        kr_obj_list_t *q = KR_OBJ_TO_PTR(kr_state.sched_queue);
        kr_nlr_buf_t nlr;
        sched_running = true;
        if (kr_nlr_push(&nlr) == 0) {
            while (q->len >= 2) {
                kr_obj_t fun = q->items[0];
                kr_obj_t arg = q->items[1];
                memmove(q->items, q->items + 2, (q->len - 2) * sizeof(kr_obj_t));
                q->len -= 2;
                q->items[q->len] = KR_OBJ_NONE;
                q->items[q->len + 1] = KR_OBJ_NONE;
                kr_call1(fun, arg);
            }
            kr_nlr_pop();
            sched_running = false;
        } else {
            /* a callback raised: the rest run at a later check; the exception goes to the
             * code that was interrupted */
            sched_running = false;
            if (q->len >= 2) {
                kr_state.sched_pending = 1;
            }
            kr_nlr_jump(nlr.ret_val);
        }
    } else if (kr_state.sched_queue != KR_OBJ_NULL && ((kr_obj_list_t *)KR_OBJ_TO_PTR(kr_state.sched_queue))->len >= 2) {
        kr_state.sched_pending = 1;   /* inside a callback: keep asking until it returns */
    }
}

/* micropython.schedule: queue fun(arg) in the fixed-size queue (no allocation once the queue
 * exists, so interrupt handlers may call it with the heap locked); false when full. */
bool kr_sched_schedule(kr_obj_t fun, kr_obj_t arg) {
    if (kr_state.sched_queue == KR_OBJ_NULL) {
        kr_state.sched_queue = kr_obj_new_list(2 * KR_SCHED_DEPTH, NULL);
        ((kr_obj_list_t *)KR_OBJ_TO_PTR(kr_state.sched_queue))->len = 0;
    }
    kr_obj_list_t *q = KR_OBJ_TO_PTR(kr_state.sched_queue);
    if (q->len + 2 > q->alloc || q->len >= 2 * KR_SCHED_DEPTH) {
        return false;
    }
    q->items[q->len] = fun;
    q->items[q->len + 1] = arg;
    q->len += 2;
    kr_state.sched_pending = 1;
    return true;
}
