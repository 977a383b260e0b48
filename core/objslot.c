/* objslot.c: slot wrappers, the operator slots of builtin types reachable as special
 * methods (int.__add__, [].__len__, super().__getitem__ in a list subclass). */
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "objtype.h"
#include "objint.h"
#include "objiter.h"
#include "objdict.h"

enum { SK_UNARY, SK_BINARY, SK_GETITEM, SK_SETITEM, SK_DELITEM, SK_ITER, SK_NEXT, SK_CALL };

/* Bit numbers of the slot methods (the index in slot_table). The binary ones follow
 * kr_binary_op_t from LESS to REVERSE_DIVMOD, so bit = S_BINARY + op. */
enum {
    S_BOOL, S_LEN, S_POS, S_NEG, S_INVERT, S_ABS, S_INT, S_FLOAT, S_INDEX,
    S_BINARY,
    S_GETITEM = S_BINARY + KR_BINARY_OP_REVERSE_DIVMOD + 1,
    S_SETITEM, S_DELITEM, S_ITER, S_NEXT, S_CALL,
    S_NUM
};

typedef struct {
    kr_obj_base_t base;
    uint16_t name;               /* qstr */
    uint8_t kind;                /* SK_* */
    uint8_t op;                  /* kr_unary_op_t / kr_binary_op_t */
} slot_t;

/* A slot wrapper or builtin method taken from its class (int.__add__, list.append):
 * checks that its first argument is an instance of the class, then calls target. */
typedef struct {
    kr_obj_base_t base;
    kr_obj_t target;
    const kr_type_t *owner;
    kr_qstr_t name;
} descr_t;

#define SLOT(n, k, o) {{&kr_type_slot_wrapper}, KR_QSTR_##n, k, o}
#define UN(n, o) SLOT(n, SK_UNARY, KR_UNARY_OP_##o)
#define BIN(n, o) SLOT(n, SK_BINARY, KR_BINARY_OP_##o)

static const slot_t slot_table[S_NUM] = {
    UN(__bool__, BOOL), UN(__len__, LEN), UN(__pos__, POSITIVE), UN(__neg__, NEGATIVE),
    UN(__invert__, INVERT), UN(__abs__, ABS), UN(__int__, INT), UN(__float__, FLOAT), UN(__index__, INDEX),
    BIN(__lt__, LESS), BIN(__gt__, MORE), BIN(__eq__, EQUAL), BIN(__le__, LESS_EQUAL),
    BIN(__ge__, MORE_EQUAL), BIN(__ne__, NOT_EQUAL), BIN(__contains__, CONTAINS),
    BIN(__ior__, INPLACE_OR), BIN(__ixor__, INPLACE_XOR), BIN(__iand__, INPLACE_AND),
    BIN(__ilshift__, INPLACE_LSHIFT), BIN(__irshift__, INPLACE_RSHIFT), BIN(__iadd__, INPLACE_ADD),
    BIN(__isub__, INPLACE_SUBTRACT), BIN(__imul__, INPLACE_MULTIPLY), BIN(__imatmul__, INPLACE_MAT_MULTIPLY),
    BIN(__ifloordiv__, INPLACE_FLOOR_DIVIDE), BIN(__itruediv__, INPLACE_TRUE_DIVIDE),
    BIN(__imod__, INPLACE_MODULO), BIN(__ipow__, INPLACE_POWER),
    BIN(__or__, OR), BIN(__xor__, XOR), BIN(__and__, AND), BIN(__lshift__, LSHIFT), BIN(__rshift__, RSHIFT),
    BIN(__add__, ADD), BIN(__sub__, SUBTRACT), BIN(__mul__, MULTIPLY), BIN(__matmul__, MAT_MULTIPLY),
    BIN(__floordiv__, FLOOR_DIVIDE), BIN(__truediv__, TRUE_DIVIDE), BIN(__mod__, MODULO),
    BIN(__pow__, POWER), BIN(__divmod__, DIVMOD),
    BIN(__ror__, REVERSE_OR), BIN(__rxor__, REVERSE_XOR), BIN(__rand__, REVERSE_AND),
    BIN(__rlshift__, REVERSE_LSHIFT), BIN(__rrshift__, REVERSE_RSHIFT), BIN(__radd__, REVERSE_ADD),
    BIN(__rsub__, REVERSE_SUBTRACT), BIN(__rmul__, REVERSE_MULTIPLY), BIN(__rmatmul__, REVERSE_MAT_MULTIPLY),
    BIN(__rfloordiv__, REVERSE_FLOOR_DIVIDE), BIN(__rtruediv__, REVERSE_TRUE_DIVIDE),
    BIN(__rmod__, REVERSE_MODULO), BIN(__rpow__, REVERSE_POWER), BIN(__rdivmod__, REVERSE_DIVMOD),
    SLOT(__getitem__, SK_GETITEM, 0), SLOT(__setitem__, SK_SETITEM, 0), SLOT(__delitem__, SK_DELITEM, 0),
    SLOT(__iter__, SK_ITER, 0), SLOT(__next__, SK_NEXT, 0), SLOT(__call__, SK_CALL, 0),
};

/* ---------------------------------------------------------------- which type has which */

#define B(s) ((uint64_t)1 << (s))
#define BOP(o) B(S_BINARY + KR_BINARY_OP_##o)
#define BOP2(o) (BOP(o) | BOP(REVERSE_##o))
#define M_ORDER (BOP(LESS) | BOP(MORE) | BOP(LESS_EQUAL) | BOP(MORE_EQUAL))
#define M_EQ (BOP(EQUAL) | BOP(NOT_EQUAL))
#define M_ARITH (BOP2(ADD) | BOP2(SUBTRACT) | BOP2(MULTIPLY) | BOP2(TRUE_DIVIDE) | BOP2(FLOOR_DIVIDE) \
                 | BOP2(MODULO) | BOP2(POWER) | BOP2(DIVMOD))
#define M_BITS (BOP2(OR) | BOP2(XOR) | BOP2(AND) | BOP2(LSHIFT) | BOP2(RSHIFT) | B(S_INVERT))
#define M_NUM (M_ORDER | M_EQ | B(S_BOOL) | B(S_POS) | B(S_NEG) | B(S_ABS))
#define M_SEQ (BOP(ADD) | BOP(MULTIPLY) | BOP(REVERSE_MULTIPLY) | M_ORDER | M_EQ | BOP(CONTAINS) \
               | B(S_LEN) | B(S_GETITEM) | B(S_ITER))
#define M_MUTSEQ (M_SEQ | BOP(INPLACE_ADD) | BOP(INPLACE_MULTIPLY) | B(S_SETITEM) | B(S_DELITEM))
#define M_SET (M_ORDER | M_EQ | BOP(CONTAINS) | B(S_LEN) | B(S_ITER) \
               | BOP2(OR) | BOP2(AND) | BOP2(XOR) | BOP2(SUBTRACT))
#define M_SETINPLACE (BOP(INPLACE_OR) | BOP(INPLACE_AND) | BOP(INPLACE_XOR) | BOP(INPLACE_SUBTRACT))

static const struct {
    const kr_type_t *type;
    uint64_t mask;
} type_masks[] = {
    { &kr_type_int, M_NUM | M_ARITH | M_BITS | B(S_INT) | B(S_FLOAT) | B(S_INDEX) },
#if KR_FEATURE_FLOAT
    { &kr_type_float, M_NUM | M_ARITH | B(S_INT) | B(S_FLOAT) },
#endif
#if KR_FEATURE_COMPLEX
    { &kr_type_complex, M_EQ | B(S_BOOL) | B(S_POS) | B(S_NEG) | B(S_ABS) | BOP2(ADD) | BOP2(SUBTRACT)
                        | BOP2(MULTIPLY) | BOP2(TRUE_DIVIDE) | BOP2(POWER) },
#endif
    { &kr_type_str, M_SEQ | BOP2(MODULO) },
    { &kr_type_bytes, M_SEQ | BOP2(MODULO) },
    { &kr_type_bytearray, M_MUTSEQ | BOP2(MODULO) },
    { &kr_type_list, M_MUTSEQ },
    { &kr_type_tuple, M_SEQ },
    { &kr_type_dict, M_EQ | BOP(CONTAINS) | B(S_LEN) | B(S_GETITEM) | B(S_SETITEM) | B(S_DELITEM) | B(S_ITER)
                     | BOP2(OR) | BOP(INPLACE_OR) },
    { &kr_type_set, M_SET | M_SETINPLACE },
    { &kr_type_frozenset, M_SET },
    { &kr_type_range, M_EQ | BOP(CONTAINS) | B(S_LEN) | B(S_GETITEM) | B(S_ITER) | B(S_BOOL) },
    { &kr_type_dict_view, M_SET },
    { &kr_type_dict_items, M_SET },
    { &kr_type_dict_values, B(S_LEN) | B(S_ITER) },
    { &kr_type_NoneType, B(S_BOOL) },
    { &kr_type_type, 0 },
    { &kr_type_object, 0 },
};

/* Types not listed: what their slots tell (item access, iteration, calls, length). */
static uint64_t default_mask(const kr_type_t *t) {
    uint64_t m = 0;
    if (t->subscr != NULL) {
        m |= B(S_GETITEM) | B(S_SETITEM) | B(S_DELITEM);
    }
    if (t->getiter != NULL || t->iternext != NULL) {
        m |= B(S_ITER);
    }
    if (t->iternext != NULL) {
        m |= B(S_NEXT);
    }
    if (t->call != NULL) {
        m |= B(S_CALL);
    }
    if (t->unary_op != NULL && (t->subscr != NULL || t->getiter != NULL) && t->iternext == NULL) {
        m |= B(S_LEN);
    }
    return m;
}

static uint64_t type_mask(const kr_type_t *t) {
    for (size_t i = 0; i < sizeof(type_masks) / sizeof(type_masks[0]); i++) {
        if (type_masks[i].type == t) {
            return type_masks[i].mask;
        }
    }
    return default_mask(t);
}

kr_obj_t kr_obj_slot_lookup(const kr_type_t *t, kr_qstr_t attr) {
    if (kr_type_is_heap(t)) {
        return KR_OBJ_NULL;
    }
    const char *s = kr_qstr_str(attr);
    if (s[0] != '_' || s[1] != '_') {
        return KR_OBJ_NULL;
    }
    for (size_t i = 0; i < S_NUM; i++) {
        if (slot_table[i].name == attr) {
            if (type_mask(t) & B(i)) {
                return KR_OBJ_FROM_PTR(&slot_table[i]);
            }
            return KR_OBJ_NULL;
        }
    }
    return KR_OBJ_NULL;
}

/* The builtin type along cls's MRO whose dict (or slots) gave v for attr. */
static const kr_type_t *find_owner(const kr_type_t *cls, kr_qstr_t attr, kr_obj_t v) {
    kr_obj_tuple_t *mro = KR_OBJ_TO_PTR(kr_obj_type_get_mro(cls));
    for (size_t i = 0; i < mro->len; i++) {
        const kr_type_t *t = KR_OBJ_TO_PTR(mro->items[i]);
        if (kr_type_is_heap(t) || t == &kr_type_object) {
            continue;
        }
        if (t->locals_dict != NULL) {
            kr_map_elem_t *e = kr_map_lookup_qstr((kr_map_t *)&t->locals_dict->map, attr);
            if (e != NULL) {
                return e->value == v ? t : NULL;
            }
        }
        if (kr_obj_slot_lookup(t, attr) == v) {
            return t;
        }
    }
    return NULL;
}

kr_obj_t kr_obj_slot_from_class(kr_obj_t v, const kr_type_t *cls, kr_qstr_t attr) {
    if (!KR_IS_OBJ(v) || attr == KR_QSTR___new__) {
        return v;
    }
    const kr_type_t *vt = KR_OBJ_TYPE(v);
    if (vt != &kr_type_slot_wrapper && vt != &kr_type_fun_builtin) {
        return v;
    }
    const kr_type_t *owner = find_owner(cls, attr, v);
    if (owner == NULL) {
        return v;
    }
    descr_t *d = kr_gc_alloc(sizeof(descr_t), 0);
    d->base.type = &kr_type_method_descriptor;
    d->target = v;
    d->owner = owner;
    d->name = attr;
    return KR_OBJ_FROM_PTR(d);
}

/* ---------------------------------------------------------------- calling */

static kr_obj_t not_impl_or(kr_obj_t r) {
    return r == KR_OBJ_NULL ? KR_OBJ_NOTIMPLEMENTED : r;
}

static kr_obj_t call_binary(const slot_t *w, const kr_type_t *native, kr_obj_t self, size_t n, const kr_obj_t *args) {
    kr_binary_op_t op = (kr_binary_op_t)w->op;
    if (n == 2 && op == KR_BINARY_OP_POWER) {
        return kr_obj_int_pow3(self, args[0], args[1]);
    }
    if (n != 1) {
        kr_raise_fmt(&kr_type_TypeError, "expected 1 argument, got %u", (unsigned)n);
    }
    kr_obj_t other = args[0];
    if (kr_type_is_subtype(native, &kr_type_int) && !kr_obj_is_int(other) && op != KR_BINARY_OP_CONTAINS) {
        /* int's methods take ints only (1 + 1.5 is float.__radd__) */
        return KR_OBJ_NOTIMPLEMENTED;
    }
    kr_obj_t r = native->binary_op != NULL ? native->binary_op(op, self, other) : KR_OBJ_NULL;
    if (r == KR_OBJ_NOTIMPLEMENTED) {
        r = KR_OBJ_NULL;
    }
    if (r == KR_OBJ_NULL && KR_BINARY_OP_IS_REVERSE(op) && native->binary_op != NULL
        && kr_obj_is_instance(other, native)) {
        /* types leave the reflected op out when both operands are theirs: other OP self */
        r = native->binary_op((kr_binary_op_t)KR_BINARY_OP_REVERSE_TO_NORMAL(op), other, self);
        if (r == KR_OBJ_NOTIMPLEMENTED) {
            r = KR_OBJ_NULL;
        }
    }
    switch (op) {
        case KR_BINARY_OP_EQUAL:
            if (r == KR_OBJ_NULL && self == other) {
                return KR_OBJ_TRUE;
            }
            return not_impl_or(r);
        case KR_BINARY_OP_NOT_EQUAL:
            if (r != KR_OBJ_NULL) {
                return r;
            }
            r = native->binary_op != NULL ? native->binary_op(KR_BINARY_OP_EQUAL, self, other) : KR_OBJ_NULL;
            if (r == KR_OBJ_NULL || r == KR_OBJ_NOTIMPLEMENTED) {
                return self == other ? KR_OBJ_FALSE : KR_OBJ_NOTIMPLEMENTED;
            }
            return KR_OBJ_BOOL(!kr_obj_is_true(r));
        case KR_BINARY_OP_CONTAINS:
            if (r == KR_OBJ_NULL) {
                if (kr_type_is_heap(kr_obj_get_type(self))) {
                    kr_raise_fmt(&kr_type_TypeError, "argument of type '%s' is not iterable", kr_obj_type_name(self));
                }
                return kr_binary_op(KR_BINARY_OP_IN, other, self);
            }
            return KR_OBJ_BOOL(kr_obj_is_true(r));
        default:
            return not_impl_or(r);
    }
}

static kr_obj_t call_unary(const slot_t *w, const kr_type_t *native, kr_obj_t self) {
    static const char *const sym[] = {
        [KR_UNARY_OP_POSITIVE] = "+", [KR_UNARY_OP_NEGATIVE] = "-", [KR_UNARY_OP_INVERT] = "~",
        [KR_UNARY_OP_ABS] = "abs()", [KR_UNARY_OP_NUM] = NULL,
    };
    kr_unary_op_t op = (kr_unary_op_t)w->op;
    kr_obj_t r = native->unary_op != NULL ? native->unary_op(op, self) : KR_OBJ_NULL;
    if (r != KR_OBJ_NULL) {
        return r;
    }
    if (op == KR_UNARY_OP_BOOL) {
        return KR_OBJ_TRUE;
    }
    if (sym[op] != NULL) {
        kr_raise_fmt(&kr_type_TypeError, "bad operand type for unary %s: '%s'", sym[op], kr_obj_type_name(self));
    }
    kr_raise_fmt(&kr_type_TypeError, "'%s' object does not support %s", kr_obj_type_name(self), kr_qstr_str(w->name));
}

static kr_obj_t slot_call(kr_obj_t fn, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    const slot_t *w = KR_OBJ_TO_PTR(fn);
    if (n_args == 0) {
        kr_raise_fmt(&kr_type_TypeError, "descriptor '%s' of 'object' object needs an argument", kr_qstr_str(w->name));
    }
    kr_obj_t self = args[0];
    const kr_type_t *native = kr_obj_get_type(self);
    if (kr_type_is_heap(native)) {
        native = ((const kr_obj_class_t *)native)->native;
    }
    size_t n = n_args - 1;
    if (w->kind == SK_CALL) {
        if (native->call == NULL) {
            kr_raise_fmt(&kr_type_TypeError, "'%s' object is not callable", kr_obj_type_name(self));
        }
        return native->call(self, n, n_kw, args + 1);
    }
    if (n_kw != 0) {
        kr_raise_fmt(&kr_type_TypeError, "%s() takes no keyword arguments", kr_qstr_str(w->name));
    }
    size_t want = w->kind == SK_UNARY || w->kind == SK_ITER || w->kind == SK_NEXT ? 0
                  : w->kind == SK_SETITEM ? 2 : 1;
    if (w->kind != SK_BINARY && n != want) {
        kr_raise_fmt(&kr_type_TypeError, "expected %u argument%s, got %u", (unsigned)want, want == 1 ? "" : "s",
                     (unsigned)n);
    }
    kr_obj_t r;
    switch (w->kind) {
        case SK_UNARY:
            return call_unary(w, native, self);
        case SK_BINARY:
            return call_binary(w, native, self, n, args + 1);
        case SK_GETITEM:
            r = native->subscr != NULL ? native->subscr(self, args[1], KR_OBJ_SENTINEL) : KR_OBJ_NULL;
            if (r == KR_OBJ_NULL) {
                kr_raise_fmt(&kr_type_TypeError, "'%s' object is not subscriptable", kr_obj_type_name(self));
            }
            return r;
        case SK_SETITEM:
        case SK_DELITEM:
            r = native->subscr != NULL ? native->subscr(self, args[1], w->kind == SK_SETITEM ? args[2] : KR_OBJ_NULL)
                                       : KR_OBJ_NULL;
            if (r == KR_OBJ_NULL) {
                kr_raise_fmt(&kr_type_TypeError, "'%s' object does not support item %s", kr_obj_type_name(self),
                             w->kind == SK_SETITEM ? "assignment" : "deletion");
            }
            return KR_OBJ_NONE;
        case SK_ITER:
            if (native->getiter != NULL) {
                return native->getiter(self);
            }
            if (native->iternext != NULL) {
                return self;
            }
            return kr_obj_new_seq_iter(self);
        default:   /* SK_NEXT */
            r = native->iternext != NULL ? native->iternext(self) : KR_OBJ_NULL;
            if (r == KR_OBJ_NULL) {
                kr_raise(kr_obj_new_exception(&kr_type_StopIteration));
            }
            return r;
    }
}

static void slot_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    const slot_t *w = KR_OBJ_TO_PTR(self);
    kr_printf(p, "<slot wrapper '%s'>", kr_qstr_str(w->name));
}

static void slot_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    const slot_t *w = KR_OBJ_TO_PTR(self);
    if (dest[0] == KR_OBJ_NULL && (attr == KR_QSTR___name__ || attr == KR_QSTR___qualname__)) {
        dest[0] = KR_NEW_QSTR(w->name);
    }
}

const kr_type_t kr_type_slot_wrapper = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_wrapper_descriptor,
    .print = slot_print,
    .call = slot_call,
    .attr = slot_attr,
};

/* ---------------------------------------------------------------- methods taken from the class */

static kr_obj_t descr_call(kr_obj_t fn, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    const descr_t *d = KR_OBJ_TO_PTR(fn);
    const char *name = kr_qstr_str(d->name);
    /* CPython's wording for slot wrappers (its __getitem__ is a method) */
    bool slot = name[0] == '_' && name[1] == '_' && d->name != KR_QSTR___getitem__;
    if (n_args == 0) {
        kr_raise_fmt(&kr_type_TypeError, slot ? "descriptor '%s' of '%s' object needs an argument"
                                              : "unbound method %s.%s() needs an argument",
                     slot ? kr_qstr_str(d->name) : kr_qstr_str(d->owner->name),
                     slot ? kr_qstr_str(d->owner->name) : kr_qstr_str(d->name));
    }
    if (!kr_obj_is_instance(args[0], d->owner)) {
        if (slot) {
            kr_raise_fmt(&kr_type_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                         kr_qstr_str(d->name), kr_qstr_str(d->owner->name), kr_obj_type_name(args[0]));
        }
        kr_raise_fmt(&kr_type_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                     kr_qstr_str(d->name), kr_qstr_str(d->owner->name), kr_obj_type_name(args[0]));
    }
    return kr_call(d->target, n_args, n_kw, args);
}

static void descr_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    const descr_t *d = KR_OBJ_TO_PTR(self);
    kr_printf(p, kr_obj_is_type(d->target, &kr_type_slot_wrapper) ? "<slot wrapper '%s' of '%s' objects>"
                                                                   : "<method '%s' of '%s' objects>",
              kr_qstr_str(d->name), kr_qstr_str(d->owner->name));
}

static void descr_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    const descr_t *d = KR_OBJ_TO_PTR(self);
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    if (attr == KR_QSTR___name__) {
        dest[0] = KR_NEW_QSTR(d->name);
    } else if (attr == KR_QSTR___qualname__) {
        kr_vstr_t v;
        kr_vstr_init(&v, 24);
        kr_vstr_printf(&v, "%s.%s", kr_qstr_str(d->owner->name), kr_qstr_str(d->name));
        dest[0] = kr_obj_new_str_from_vstr(&v);
    } else if (attr == KR_QSTR___objclass__) {
        dest[0] = KR_OBJ_FROM_PTR(d->owner);
    }
}

const kr_type_t kr_type_method_descriptor = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_method_descriptor,
    .print = descr_print,
    .call = descr_call,
    .attr = descr_attr,
};
