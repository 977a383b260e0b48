/* objmisc.c: the small builtin types: NoneType, bool, ellipsis, NotImplementedType,
 * staticmethod, classmethod and property. */
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "objtype.h"

/* ---------------------------------------------------------------- NoneType */

static void none_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_print_str(p, "None");
}

static kr_obj_t none_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_args != 0 || n_kw != 0) {
        kr_raise_msg(&kr_type_TypeError, "NoneType takes no arguments");
    }
    return KR_OBJ_NONE;
}

static kr_obj_t none_unary_op(kr_unary_op_t op, kr_obj_t self) {
    if (op == KR_UNARY_OP_BOOL) {
        return KR_OBJ_FALSE;
    }
    if (op == KR_UNARY_OP_HASH) {
        return KR_NEW_SMALL_INT(0x5a5a);
    }
    return KR_OBJ_NULL;
}

const kr_type_t kr_type_NoneType = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_NoneType,
    .print = none_print,
    .make_new = none_make_new,
    .unary_op = none_unary_op,
};

/* ---------------------------------------------------------------- bool */

static void bool_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_print_str(p, self == KR_OBJ_TRUE ? "True" : "False");
}

static kr_obj_t bool_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_kw != 0) {
        kr_raise_msg(&kr_type_TypeError, "bool() takes no keyword arguments");
    }
    if (n_args > 1) {
        kr_raise_fmt(&kr_type_TypeError, "bool expected at most 1 argument, got %u", (unsigned)n_args);
    }
    return n_args == 0 ? KR_OBJ_FALSE : KR_OBJ_BOOL(kr_obj_is_true(args[0]));
}

static kr_obj_t bool_unary_op(kr_unary_op_t op, kr_obj_t self) {
    kr_int_t v = self == KR_OBJ_TRUE;
    switch (op) {
        case KR_UNARY_OP_BOOL:
            return self;
        case KR_UNARY_OP_HASH:
        case KR_UNARY_OP_POSITIVE:
        case KR_UNARY_OP_ABS:
        case KR_UNARY_OP_INT:
        case KR_UNARY_OP_INDEX:
            return KR_NEW_SMALL_INT(v);
        case KR_UNARY_OP_NEGATIVE:
            return KR_NEW_SMALL_INT(-v);
        case KR_UNARY_OP_INVERT:
            return KR_NEW_SMALL_INT(~v);
#if KR_FEATURE_FLOAT
        case KR_UNARY_OP_FLOAT:
            return kr_obj_new_float((double)v);
#endif
        default:
            return KR_OBJ_NULL;
    }
}

static kr_obj_t bool_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    bool other_bool = other == KR_OBJ_TRUE || other == KR_OBJ_FALSE;
    kr_binary_op_t base = op;
    if (KR_BINARY_OP_IS_INPLACE(op)) {
        base = KR_BINARY_OP_INPLACE_TO_NORMAL(op);
    } else if (KR_BINARY_OP_IS_REVERSE(op)) {
        base = KR_BINARY_OP_REVERSE_TO_NORMAL(op);
    }
    if (other_bool && (base == KR_BINARY_OP_AND || base == KR_BINARY_OP_OR || base == KR_BINARY_OP_XOR)) {
        bool a = self == KR_OBJ_TRUE, b = other == KR_OBJ_TRUE;
        switch (base) {
            case KR_BINARY_OP_AND: return KR_OBJ_BOOL(a && b);
            case KR_BINARY_OP_OR: return KR_OBJ_BOOL(a || b);
            default: return KR_OBJ_BOOL(a != b);
        }
    }
    kr_obj_t iself = KR_NEW_SMALL_INT(self == KR_OBJ_TRUE);
    if (KR_BINARY_OP_IS_REVERSE(op)) {
        if (!kr_obj_is_int(other)) {
            return KR_OBJ_NULL;
        }
        if (other == KR_OBJ_TRUE || other == KR_OBJ_FALSE) {
            other = KR_NEW_SMALL_INT(other == KR_OBJ_TRUE);
        }
        return kr_obj_int_binary_op(base, other, iself);
    }
    return kr_obj_int_binary_op(op, iself, other);
}

const kr_type_t kr_type_bool = {
    .base = {&kr_type_type},
    .name = KR_QSTR_bool,
    .print = bool_print,
    .make_new = bool_make_new,
    .unary_op = bool_unary_op,
    .binary_op = bool_binary_op,
    .parent = &kr_type_int,
};

/* ---------------------------------------------------------------- Ellipsis, NotImplemented */

static void ellipsis_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_print_str(p, self == KR_OBJ_ELLIPSIS ? "Ellipsis" : "NotImplemented");
}

static kr_obj_t ellipsis_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_args != 0 || n_kw != 0) {
        kr_raise_fmt(&kr_type_TypeError, "%s takes no arguments", kr_qstr_str(type->name));
    }
    return type == &kr_type_ellipsis ? KR_OBJ_ELLIPSIS : KR_OBJ_NOTIMPLEMENTED;
}

const kr_type_t kr_type_ellipsis = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_ellipsis,
    .print = ellipsis_print,
    .make_new = ellipsis_make_new,
};

const kr_type_t kr_type_NotImplementedType = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_NotImplementedType,
    .print = ellipsis_print,
    .make_new = ellipsis_make_new,
};

/* ---------------------------------------------------------------- staticmethod, classmethod */

static void static_class_method_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_obj_static_class_method_t *m = KR_OBJ_TO_PTR(self);
    kr_printf(p, "<%s(", kr_qstr_str(m->base.type->name));
    kr_obj_print(p, m->fun, KR_PRINT_REPR);
    kr_print_str(p, ")>");
}

static kr_obj_t static_class_method_make_new(const kr_type_t *type, size_t n_args, size_t n_kw,
                                             const kr_obj_t *args) {
    if (n_kw != 0) {
        kr_raise_fmt(&kr_type_TypeError, "%s() takes no keyword arguments", kr_qstr_str(type->name));
    }
    if (n_args != 1) {
        kr_raise_fmt(&kr_type_TypeError, "%s expected 1 argument, got %u", kr_qstr_str(type->name),
                     (unsigned)n_args);
    }
    kr_obj_static_class_method_t *m = kr_gc_alloc(sizeof(*m), 0);
    m->base.type = type;
    m->fun = args[0];
    return KR_OBJ_FROM_PTR(m);
}

static void static_class_method_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    kr_obj_static_class_method_t *m = KR_OBJ_TO_PTR(self);
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    if (attr == KR_QSTR___func__ || attr == KR_QSTR___wrapped__) {
        dest[0] = m->fun;
    } else if (attr == KR_QSTR___name__ || attr == KR_QSTR___qualname__ || attr == KR_QSTR___doc__) {
        dest[0] = kr_load_attr_maybe(m->fun, attr);
        if (dest[0] == KR_OBJ_NULL && attr == KR_QSTR___doc__) {
            dest[0] = KR_OBJ_NONE;
        }
    }
}

static kr_obj_t staticmethod_call(kr_obj_t self, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_obj_static_class_method_t *m = KR_OBJ_TO_PTR(self);
    return kr_call(m->fun, n_args, n_kw, args);
}

const kr_type_t kr_type_staticmethod = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_staticmethod,
    .print = static_class_method_print,
    .make_new = static_class_method_make_new,
    .call = staticmethod_call,
    .attr = static_class_method_attr,
};

const kr_type_t kr_type_classmethod = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_classmethod,
    .print = static_class_method_print,
    .make_new = static_class_method_make_new,
    .attr = static_class_method_attr,
};

/* ---------------------------------------------------------------- property */

static kr_obj_t property_new(const kr_type_t *type, kr_obj_t fget, kr_obj_t fset, kr_obj_t fdel, kr_obj_t doc) {
    kr_obj_property_t *p = kr_gc_alloc(sizeof(*p), 0);
    p->base.type = type;
    p->fget = fget;
    p->fset = fset;
    p->fdel = fdel;
    p->doc = doc;
    return KR_OBJ_FROM_PTR(p);
}

static kr_obj_t property_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_fget, KR_ARG_OBJ, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_fset, KR_ARG_OBJ, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_fdel, KR_ARG_OBJ, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_doc, KR_ARG_OBJ, {.u_obj = KR_OBJ_NONE} },
    };
    kr_arg_val_t vals[4];
    kr_map_t kw;
    kr_map_init(&kw, n_kw);
    for (size_t i = 0; i < n_kw; i++) {
        kr_map_lookup(&kw, args[n_args + 2 * i], KR_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = args[n_args + 2 * i + 1];
    }
    kr_arg_parse_all(n_args, args, &kw, 4, allowed, vals);
    return property_new(type, vals[0].u_obj, vals[1].u_obj, vals[2].u_obj, vals[3].u_obj);
}

static kr_obj_t property_getter(kr_obj_t self, kr_obj_t f) {
    kr_obj_property_t *p = KR_OBJ_TO_PTR(self);
    return property_new(p->base.type, f, p->fset, p->fdel, p->doc);
}
static KR_DEFINE_FUN_2(property_getter_obj, property_getter);

static kr_obj_t property_setter(kr_obj_t self, kr_obj_t f) {
    kr_obj_property_t *p = KR_OBJ_TO_PTR(self);
    return property_new(p->base.type, p->fget, f, p->fdel, p->doc);
}
static KR_DEFINE_FUN_2(property_setter_obj, property_setter);

static kr_obj_t property_deleter(kr_obj_t self, kr_obj_t f) {
    kr_obj_property_t *p = KR_OBJ_TO_PTR(self);
    return property_new(p->base.type, p->fget, p->fset, f, p->doc);
}
static KR_DEFINE_FUN_2(property_deleter_obj, property_deleter);

static kr_obj_t property_dunder_get(size_t n_args, const kr_obj_t *args) {
    kr_obj_property_t *p = KR_OBJ_TO_PTR(args[0]);
    if (args[1] == KR_OBJ_NONE) {
        return args[0];
    }
    if (p->fget == KR_OBJ_NONE) {
        kr_raise_msg(&kr_type_AttributeError, "unreadable attribute");
    }
    return kr_call1(p->fget, args[1]);
}
static KR_DEFINE_FUN_VAR(property_dunder_get_obj, 2, 3, property_dunder_get);

static kr_obj_t property_dunder_set(kr_obj_t self, kr_obj_t obj, kr_obj_t value) {
    kr_obj_property_t *p = KR_OBJ_TO_PTR(self);
    if (p->fset == KR_OBJ_NONE) {
        kr_raise_msg(&kr_type_AttributeError, "can't set attribute");
    }
    kr_call2(p->fset, obj, value);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_3(property_dunder_set_obj, property_dunder_set);

static const kr_map_elem_t property_locals_table[] = {
    { KR_ROM_QSTR(getter), KR_ROM_PTR(&property_getter_obj) },
    { KR_ROM_QSTR(setter), KR_ROM_PTR(&property_setter_obj) },
    { KR_ROM_QSTR(deleter), KR_ROM_PTR(&property_deleter_obj) },
    { KR_ROM_QSTR(__get__), KR_ROM_PTR(&property_dunder_get_obj) },
    { KR_ROM_QSTR(__set__), KR_ROM_PTR(&property_dunder_set_obj) },
};
static KR_DEFINE_CONST_DICT(property_locals_dict, property_locals_table);

static void property_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    kr_obj_property_t *p = KR_OBJ_TO_PTR(self);
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    if (attr == KR_QSTR_fget) {
        dest[0] = p->fget;
    } else if (attr == KR_QSTR_fset) {
        dest[0] = p->fset;
    } else if (attr == KR_QSTR_fdel) {
        dest[0] = p->fdel;
    } else if (attr == KR_QSTR___doc__) {
        dest[0] = p->doc;
        if (p->doc == KR_OBJ_NONE && p->fget != KR_OBJ_NONE) {
            kr_obj_t d = kr_load_attr_maybe(p->fget, KR_QSTR___doc__);
            dest[0] = d == KR_OBJ_NULL ? KR_OBJ_NONE : d;
        }
    }
}

const kr_type_t kr_type_property = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_property,
    .make_new = property_make_new,
    .attr = property_attr,
    .locals_dict = &property_locals_dict,
};
