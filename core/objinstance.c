/* objinstance.c: instances of user classes: allocation (incl. builtin bases), the
 * generic type slots that dispatch to special methods, and attribute lookup with
 * descriptors. */
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "state.h"
#include "bytecode.h"
#include "objtype.h"
#include "objint.h"
#include "objstr.h"
#include "objiter.h"

/* ---------------------------------------------------------------- lookup helpers */

kr_obj_t kr_obj_instance_lookup_special(const kr_type_t *type, kr_qstr_t name) {
    if (!kr_type_is_heap(type)) {
        return KR_OBJ_NULL;
    }
    const kr_obj_tuple_t *mro = KR_OBJ_TO_PTR(((const kr_obj_class_t *)type)->mro);
    for (size_t i = 0; i < mro->len; i++) {
        const kr_type_t *t = KR_OBJ_TO_PTR(mro->items[i]);
        if (!kr_type_is_heap(t)) {
            continue;
        }
        kr_map_elem_t *e = kr_map_lookup_qstr((kr_map_t *)&t->locals_dict->map, name);
        if (e != NULL) {
            return e->value;
        }
    }
    return KR_OBJ_NULL;
}

static inline const kr_obj_class_t *class_of(kr_obj_t self) {
    return (const kr_obj_class_t *)KR_OBJ_TYPE(self);
}

static bool is_function(kr_obj_t v) {
    if (!KR_IS_OBJ(v)) {
        return false;
    }
    const kr_type_t *t = KR_OBJ_TYPE(v);
    return t == &kr_type_fun_bc || t == &kr_type_fun_builtin || t == &kr_type_closure;
}

/* Is v a data descriptor (defines __set__ or __delete__)? */
static bool is_data_descriptor(kr_obj_t v) {
    if (!KR_IS_OBJ(v)) {
        return false;
    }
    const kr_type_t *t = KR_OBJ_TYPE(v);
    if (t == &kr_type_property) {
        return true;
    }
    if (kr_type_is_heap(t)) {
        return kr_obj_instance_lookup_special(t, KR_QSTR___set__) != KR_OBJ_NULL
               || kr_obj_instance_lookup_special(t, KR_QSTR___delete__) != KR_OBJ_NULL;
    }
    return false;
}

long kr_obj_instance_fast_index(kr_obj_t o, kr_qstr_t attr, bool store) {
    if (!KR_IS_OBJ(o)) {
        return -1;
    }
    const kr_type_t *t = KR_OBJ_TYPE(o);
    if (!kr_type_is_heap(t) || t->attr != kr_obj_instance_attr) {
        return -1;
    }
    const kr_obj_class_t *c = (const kr_obj_class_t *)t;
    uint16_t bad = KR_CLASS_F_GETATTRIBUTE | (store ? KR_CLASS_F_SETATTR | KR_CLASS_F_SLOTS : 0);
    if (c->native != &kr_type_object || c->dict_offset == 0 || (c->cflags & bad)
        || attr == KR_QSTR___class__ || attr == KR_QSTR___dict__) {
        return -1;
    }
    if (c->cflags & KR_CLASS_F_DATA_DESCR) {
        kr_obj_t v = kr_obj_type_mro_lookup(t, attr);
        if (v != KR_OBJ_NULL && is_data_descriptor(v)) {
            return -1;
        }
    }
    kr_obj_dict_t *d = kr_obj_instance_fast_dict(o);
    if (d == NULL) {
        return -1;
    }
    kr_map_elem_t *e = kr_map_lookup_qstr(&d->map, attr);
    return e != NULL ? (long)(e - d->map.table) : -1;
}

void kr_obj_class_update_flags(kr_obj_class_t *c) {
    kr_obj_type_cache_invalidate();
    uint16_t f = 0;
    const kr_obj_tuple_t *mro = KR_OBJ_TO_PTR(c->mro);
    for (size_t i = 0; i < mro->len; i++) {
        const kr_type_t *t = KR_OBJ_TO_PTR(mro->items[i]);
        if (!kr_type_is_heap(t)) {
            continue;
        }
        const kr_map_t *m = &t->locals_dict->map;
        for (size_t j = 0; j < m->used; j++) {
            kr_obj_t k = m->table[j].key;
            if (k == KR_OBJ_NULL) {
                continue;
            }
            if (k == KR_ROM_QSTR(__getattr__)) {
                f |= KR_CLASS_F_GETATTR;
            } else if (k == KR_ROM_QSTR(__setattr__) || k == KR_ROM_QSTR(__delattr__)) {
                f |= KR_CLASS_F_SETATTR;
            } else if (k == KR_ROM_QSTR(__getattribute__)) {
                f |= KR_CLASS_F_GETATTRIBUTE;
            }
            if (is_data_descriptor(m->table[j].value)) {
                f |= KR_CLASS_F_DATA_DESCR;
            }
        }
    }
    bool all_slots = c->native == &kr_type_object;
    for (size_t i = 0; i < mro->len && all_slots; i++) {
        const kr_type_t *t = KR_OBJ_TO_PTR(mro->items[i]);
        if (!kr_type_is_heap(t)) {
            continue;
        }
        kr_map_elem_t *e = kr_map_lookup_qstr((kr_map_t *)&t->locals_dict->map, KR_QSTR___slots__);
        if (e == NULL) {
            all_slots = false;
        } else if (kr_obj_is_str(e->value)) {
            all_slots = !kr_obj_equal(e->value, KR_ROM_QSTR(__dict__));
        } else if (kr_obj_is_instance(e->value, &kr_type_tuple) || kr_obj_is_instance(e->value, &kr_type_list)) {
            size_t n;
            kr_obj_t *items;
            kr_obj_get_array(e->value, &n, &items);
            for (size_t j = 0; j < n; j++) {
                if (kr_obj_equal(items[j], KR_ROM_QSTR(__dict__))) {
                    all_slots = false;
                }
            }
        }
    }
    if (all_slots) {
        f |= KR_CLASS_F_SLOTS;
    }
    c->cflags = f;
}

/* Call a special method found on the class with self prepended. */
static kr_obj_t call_special(kr_obj_t meth, kr_obj_t self, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (kr_obj_is_type(meth, &kr_type_staticmethod)) {
        return kr_call(((kr_obj_static_class_method_t *)KR_OBJ_TO_PTR(meth))->fun, n_args, n_kw, args);
    }
    if (kr_obj_is_type(meth, &kr_type_classmethod)) {
        meth = ((kr_obj_static_class_method_t *)KR_OBJ_TO_PTR(meth))->fun;
        self = KR_OBJ_FROM_PTR(kr_obj_get_type(self));
    } else if (!is_function(meth)) {
        kr_obj_t dest[2];
        kr_obj_type_bind_attr(meth, self, kr_obj_get_type(self), dest);
        if (dest[1] == KR_OBJ_NULL) {
            return kr_call(dest[0], n_args, n_kw, args);
        }
        meth = dest[0];
    }
    size_t n = n_args + 2 * n_kw;
    kr_obj_t buf[n + 1];
    buf[0] = self;
    if (n > 0) {
        memcpy(buf + 1, args, n * sizeof(kr_obj_t));
    }
    return kr_call(meth, n_args + 1, n_kw, buf);
}

static kr_obj_t call_special1(kr_obj_t meth, kr_obj_t self) {
    return call_special(meth, self, 0, 0, NULL);
}

static kr_obj_t call_special2(kr_obj_t meth, kr_obj_t self, kr_obj_t a) {
    return call_special(meth, self, 1, 0, &a);
}

/* ---------------------------------------------------------------- allocation */

kr_obj_dict_t *kr_obj_instance_get_dict(kr_obj_t o) {
    if (!KR_IS_OBJ(o) || !kr_type_is_heap(KR_OBJ_TYPE(o))) {
        return NULL;
    }
    const kr_obj_class_t *c = class_of(o);
    kr_obj_dict_t **slot;
    if (c->dict_offset != 0) {
        slot = (kr_obj_dict_t **)((char *)KR_OBJ_TO_PTR(o) + c->dict_offset);
    } else {
        size_t n = kr_gc_nbytes(KR_OBJ_TO_PTR(o));
        slot = (kr_obj_dict_t **)((char *)KR_OBJ_TO_PTR(o) + n - sizeof(void *));
    }
    if (*slot == NULL) {
        *slot = KR_OBJ_TO_PTR(kr_obj_new_dict(4));
    }
    return *slot;
}

static bool native_is_mutable(const kr_type_t *n) {
    return n == &kr_type_list || n == &kr_type_dict || n == &kr_type_set || n == &kr_type_bytearray;
}

/* Turn a native object (possibly a small int, qstr or ROM object) into a fresh heap
 * block of the native layout with room for the dict pointer, typed as cls. */
static kr_obj_t adopt_native(const kr_obj_class_t *cls, kr_obj_t obj) {
    const kr_type_t *native = cls->native;
    void *src = NULL;
    size_t n = 0;
    if (native == &kr_type_int && kr_obj_is_int(obj)) {
        kr_mpz_t tmp;
        kr_mpz_dig_t buf[2];
        const kr_mpz_t *z = kr_obj_int_get_mpz(obj, &tmp, buf);
        size_t sz = sizeof(kr_obj_int_t) + z->len * sizeof(kr_mpz_dig_t) + sizeof(void *);
        kr_obj_int_t *io = kr_gc_alloc(sz, 0);
        io->base.type = &cls->type;
        kr_mpz_dig_t *dig = (kr_mpz_dig_t *)(io + 1);
        if (z->len > 0) {
            memcpy(dig, z->dig, z->len * sizeof(kr_mpz_dig_t));
        }
        io->mpz.len = z->len;
        io->mpz.alloc = z->len;
        io->mpz.neg = z->neg;
        io->mpz.fixed = true;
        io->mpz.dig = dig;
        return KR_OBJ_FROM_PTR(io);
    }
    if (native == &kr_type_str && KR_IS_QSTR(obj)) {
        size_t len;
        const char *s = kr_qstr_data(KR_QSTR_VALUE(obj), &len);
        kr_obj_str_t *so = kr_obj_str_alloc(&kr_type_str, len);
        memcpy((char *)so->data, s, len);
        so->char_len = kr_obj_str_char_len(obj);
        so->hash = kr_qstr_hash(KR_QSTR_VALUE(obj));
        obj = KR_OBJ_FROM_PTR(so);
    }
    if (!KR_IS_OBJ(obj)) {
        kr_raise_fmt(&kr_type_TypeError, "cannot create '%s' instances", kr_qstr_str(cls->type.name));
    }
    if (kr_gc_is_heap_ptr(KR_OBJ_TO_PTR(obj))) {
        src = KR_OBJ_TO_PTR(obj);
        n = kr_gc_nbytes(src);
    } else if (native == &kr_type_tuple) {
        src = KR_OBJ_TO_PTR(obj);
        n = sizeof(kr_obj_tuple_t) + ((kr_obj_tuple_t *)src)->len * sizeof(kr_obj_t);
    } else if (native == &kr_type_bytes || native == &kr_type_str) {
        kr_obj_str_t *s = KR_OBJ_TO_PTR(obj);
        kr_obj_str_t *so = kr_obj_str_alloc(native, s->len);
        memcpy((char *)so->data, s->data, s->len);
        so->char_len = s->char_len;
        src = so;
        n = kr_gc_nbytes(src);
    } else if (native == &kr_type_float && kr_obj_is_type(obj, &kr_type_float)) {
        src = KR_OBJ_TO_PTR(obj);   /* a float constant of frozen code, in ROM */
        n = sizeof(kr_obj_float_t);
    } else {
        kr_raise_fmt(&kr_type_TypeError, "cannot create '%s' instances", kr_qstr_str(cls->type.name));
    }
    size_t need = (cls->dict_offset != 0 ? cls->dict_offset : n) + sizeof(void *);
    if (need < n) {
        need = n;
    }
    char *dst = kr_gc_alloc(need, 0);
    memcpy(dst, src, n);
    if (kr_obj_is_type(obj, native) && (native == &kr_type_str || native == &kr_type_bytes)) {
        /* keep the data pointer valid if it pointed inside the old block */
        kr_obj_str_t *ns = (kr_obj_str_t *)dst, *os = src;
        if ((const char *)os->data >= (const char *)src && (const char *)os->data < (const char *)src + n) {
            ns->data = (const uint8_t *)(dst + ((const char *)os->data - (const char *)src));
        }
    }
    if (cls->dict_offset == 0) {
        /* the dict pointer is the last word of the allocation: make sure it is clear */
        size_t total = kr_gc_nbytes(dst);
        *(void **)(dst + total - sizeof(void *)) = NULL;
    } else {
        *(void **)(dst + cls->dict_offset) = NULL;
    }
    ((kr_obj_base_t *)dst)->type = &cls->type;
    if (native == &kr_type_type && kr_type_is_heap((const kr_type_t *)dst)) {
        /* a class made by a metaclass: its MRO starts with itself */
        kr_obj_class_t *nc = (kr_obj_class_t *)dst;
        kr_obj_tuple_t *mro = KR_OBJ_TO_PTR(nc->mro);
        if (mro->len > 0 && mro->items[0] == KR_OBJ_FROM_PTR(src)) {
            mro->items[0] = KR_OBJ_FROM_PTR(dst);
        }
    }
    return KR_OBJ_FROM_PTR(dst);
}

kr_obj_t kr_obj_instance_alloc(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    const kr_obj_class_t *cls = (const kr_obj_class_t *)type;
    const kr_type_t *native = cls->native;
    if (native == &kr_type_object) {
        kr_obj_instance_t *o = kr_gc_alloc(sizeof(kr_obj_instance_t), 0);
        o->base.type = type;
        return KR_OBJ_FROM_PTR(o);
    }
    if (native->flags & KR_TYPE_FLAG_EXCEPTION) {
        return kr_obj_new_exception_args(type, n_args, args);
    }
    if (native->make_new == NULL) {
        kr_raise_fmt(&kr_type_TypeError, "cannot create '%s' instances", kr_qstr_str(type->name));
    }
    kr_obj_t obj;
    if (native_is_mutable(native)) {
        obj = native->make_new(native, 0, 0, NULL);
    } else {
        obj = native->make_new(native, n_args, n_kw, args);
    }
    return adopt_native(cls, obj);
}

/* Run a builtin base's initialiser on an existing instance (list/dict/set/bytearray):
 * what list.__init__(self, iterable) etc. do. */
static void native_init(kr_obj_t self, const kr_type_t *native, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_args == 0 && n_kw == 0) {
        return;
    }
    kr_qstr_t m = native == &kr_type_dict || native == &kr_type_set ? KR_QSTR_update : KR_QSTR_extend;
    kr_obj_t f = kr_type_lookup(native, m);
    if (f == KR_OBJ_NULL) {
        return;
    }
    size_t n = n_args + 2 * n_kw;
    kr_obj_t buf[n + 1];
    buf[0] = self;
    if (n > 0) {
        memcpy(buf + 1, args, n * sizeof(kr_obj_t));
    }
    kr_call(f, n_args + 1, n_kw, buf);
}

kr_obj_t kr_obj_instance_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    const kr_obj_class_t *cls = (const kr_obj_class_t *)type;
    kr_obj_t new_fn = kr_obj_instance_lookup_special(type, KR_QSTR___new__);
    kr_obj_t init_fn = kr_obj_instance_lookup_special(type, KR_QSTR___init__);
    kr_obj_t self;
    if (new_fn != KR_OBJ_NULL) {
        if (kr_obj_is_type(new_fn, &kr_type_staticmethod)) {
            new_fn = ((kr_obj_static_class_method_t *)KR_OBJ_TO_PTR(new_fn))->fun;
        }
        size_t n = n_args + 2 * n_kw;
        kr_obj_t buf[n + 1];
        buf[0] = KR_OBJ_FROM_PTR(type);
        if (n > 0) {
        memcpy(buf + 1, args, n * sizeof(kr_obj_t));
    }
        self = kr_call(new_fn, n_args + 1, n_kw, buf);
        if (!kr_obj_is_instance(self, type)) {
            return self;
        }
    } else {
        if (init_fn == KR_OBJ_NULL && (n_args != 0 || n_kw != 0) && cls->native == &kr_type_object) {
            kr_raise_fmt(&kr_type_TypeError, "%s() takes no arguments", kr_qstr_str(type->name));
        }
        if (init_fn == KR_OBJ_NULL && n_kw != 0 && (cls->native->flags & KR_TYPE_FLAG_EXCEPTION)
            && !kr_type_is_subtype(cls->native, &kr_type_ImportError)) {
            kr_raise_fmt(&kr_type_TypeError, "%s() takes no keyword arguments", kr_qstr_str(type->name));
        }
        self = kr_obj_instance_alloc(type, n_args, n_kw, args);
        if (init_fn == KR_OBJ_NULL && native_is_mutable(cls->native)) {
            native_init(self, cls->native, n_args, n_kw, args);
        }
    }
    if (init_fn != KR_OBJ_NULL) {
        kr_obj_t r = call_special(init_fn, self, n_args, n_kw, args);
        if (r != KR_OBJ_NONE) {
            kr_raise_fmt(&kr_type_TypeError, "__init__() should return None, not '%s'", kr_obj_type_name(r));
        }
    }
    return self;
}

/* ---------------------------------------------------------------- printing */

static const char *module_prefix(const kr_obj_class_t *c, size_t *len) {
    if (c->module == KR_OBJ_NULL || !kr_obj_is_str(c->module)) {
        *len = 0;
        return "";
    }
    const char *m = kr_obj_str_get_data(c->module, len);
    if (*len == 8 && memcmp(m, "builtins", 8) == 0) {
        *len = 0;
        return "";
    }
    return m;
}

static void print_str_result(const kr_print_t *p, kr_obj_t r, const char *what) {
    if (!kr_obj_is_str(r)) {
        kr_raise_fmt(&kr_type_TypeError, "%s returned non-string (type %s)", what, kr_obj_type_name(r));
    }
    kr_obj_print(p, r, KR_PRINT_STR);
}

void kr_obj_instance_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    const kr_obj_class_t *c = class_of(self);
    if (kind == KR_PRINT_STR) {
        kr_obj_t m = kr_obj_instance_lookup_special(&c->type, KR_QSTR___str__);
        if (m != KR_OBJ_NULL) {
            print_str_result(p, call_special1(m, self), "__str__");
            return;
        }
        if (c->native != &kr_type_object && c->native->print != NULL
            && kr_obj_instance_lookup_special(&c->type, KR_QSTR___repr__) == KR_OBJ_NULL) {
            c->native->print(p, self, KR_PRINT_STR);
            return;
        }
        if ((c->native->flags & KR_TYPE_FLAG_EXCEPTION) || c->native == &kr_type_str) {
            c->native->print(p, self, KR_PRINT_STR);
            return;
        }
    }
    kr_obj_t m = kr_obj_instance_lookup_special(&c->type, KR_QSTR___repr__);
    if (m != KR_OBJ_NULL) {
        print_str_result(p, call_special1(m, self), "__repr__");
        return;
    }
    if (c->native != &kr_type_object && c->native->print != NULL) {
        c->native->print(p, self, KR_PRINT_REPR);
        return;
    }
    size_t len;
    const char *mod = module_prefix(c, &len);
    kr_print_str(p, "<");
    if (len > 0) {
        kr_print_strn(p, mod, len);
        kr_print_str(p, ".");
    }
    kr_printf(p, "%s object at %p>", kr_qstr_str(c->qualname), KR_OBJ_TO_PTR(self));
}

/* ---------------------------------------------------------------- operators */

static const uint16_t unary_op_names[KR_UNARY_OP_NUM] = {
    [KR_UNARY_OP_BOOL] = KR_QSTR___bool__,
    [KR_UNARY_OP_LEN] = KR_QSTR___len__,
    [KR_UNARY_OP_HASH] = KR_QSTR___hash__,
    [KR_UNARY_OP_POSITIVE] = KR_QSTR___pos__,
    [KR_UNARY_OP_NEGATIVE] = KR_QSTR___neg__,
    [KR_UNARY_OP_INVERT] = KR_QSTR___invert__,
    [KR_UNARY_OP_ABS] = KR_QSTR___abs__,
    [KR_UNARY_OP_INT] = KR_QSTR___int__,
    [KR_UNARY_OP_FLOAT] = KR_QSTR___float__,
    [KR_UNARY_OP_INDEX] = KR_QSTR___index__,
};

static kr_int_t pointer_hash(kr_obj_t o) {
    kr_uint_t v = (kr_uint_t)o;
    v = (v >> 4) | (v << (sizeof(kr_uint_t) * 8 - 4));
    return (kr_int_t)(v & (kr_uint_t)KR_SMALL_INT_MAX);
}

kr_obj_t kr_obj_instance_unary_op(kr_unary_op_t op, kr_obj_t self) {
    const kr_obj_class_t *c = class_of(self);
    if (op >= KR_UNARY_OP_NUM || unary_op_names[op] == 0) {
        return KR_OBJ_NULL;
    }
    kr_obj_t m = kr_obj_instance_lookup_special(&c->type, unary_op_names[op]);
    if (m == KR_OBJ_NULL) {
        if (c->native != &kr_type_object && c->native->unary_op != NULL) {
            kr_obj_t r = c->native->unary_op(op, self);
            if (r != KR_OBJ_NULL || op != KR_UNARY_OP_HASH) {
                return r;
            }
            if (c->native->binary_op != NULL) {
                kr_raise_fmt(&kr_type_TypeError, "unhashable type: '%s'", kr_qstr_str(c->type.name));
            }
        }
        if (op == KR_UNARY_OP_HASH) {
            if (c->native != &kr_type_object && c->native->binary_op != NULL
                && !(c->native->flags & KR_TYPE_FLAG_EXCEPTION)) {
                kr_raise_fmt(&kr_type_TypeError, "unhashable type: '%s'", kr_qstr_str(c->type.name));
            }
            return KR_NEW_SMALL_INT(pointer_hash(self));
        }
        return KR_OBJ_NULL;
    }
    if (m == KR_OBJ_NONE) {
        if (op == KR_UNARY_OP_HASH) {
            kr_raise_fmt(&kr_type_TypeError, "unhashable type: '%s'", kr_qstr_str(c->type.name));
        }
        kr_raise_fmt(&kr_type_TypeError, "'NoneType' object is not callable");
    }
    kr_obj_t r = call_special1(m, self);
    switch (op) {
        case KR_UNARY_OP_BOOL:
            if (r != KR_OBJ_TRUE && r != KR_OBJ_FALSE) {
                kr_raise_fmt(&kr_type_TypeError, "__bool__ should return bool, returned %s", kr_obj_type_name(r));
            }
            return r;
        case KR_UNARY_OP_LEN: {
            if (!kr_obj_is_int(r)) {
                kr_raise_fmt(&kr_type_TypeError, "'%s' object cannot be interpreted as an integer",
                             kr_obj_type_name(r));
            }
            if (kr_obj_int_sign(r) < 0) {
                kr_raise_msg(&kr_type_ValueError, "__len__() should return >= 0");
            }
            kr_int_t v;
            if (!kr_obj_int_get_checked(r, &v) || !KR_SMALL_INT_FITS(v)) {
                kr_raise_msg(&kr_type_OverflowError, "cannot fit 'int' into an index-sized integer");
            }
            return KR_NEW_SMALL_INT(v);
        }
        case KR_UNARY_OP_HASH: {
            if (!kr_obj_is_int(r)) {
                kr_raise_msg(&kr_type_TypeError, "__hash__ method should return an integer");
            }
            kr_int_t h = kr_obj_hash(r);
            return KR_NEW_SMALL_INT(h);
        }
        case KR_UNARY_OP_INT:
        case KR_UNARY_OP_INDEX:
            if (!kr_obj_is_int(r)) {
                kr_raise_fmt(&kr_type_TypeError, "%s returned non-int (type %s)",
                             op == KR_UNARY_OP_INT ? "__int__" : "__index__", kr_obj_type_name(r));
            }
            return r;
#if KR_FEATURE_FLOAT
        case KR_UNARY_OP_FLOAT:
            if (!kr_obj_is_instance(r, &kr_type_float)) {
                kr_raise_fmt(&kr_type_TypeError, "%s.__float__ returned non-float (type %s)",
                             kr_qstr_str(c->type.name), kr_obj_type_name(r));
            }
            return r;
#endif
        default:
            return r;
    }
}

static const uint16_t binary_op_names[KR_BINARY_OP_REVERSE_DIVMOD + 1] = {
    [KR_BINARY_OP_LESS] = KR_QSTR___lt__,
    [KR_BINARY_OP_MORE] = KR_QSTR___gt__,
    [KR_BINARY_OP_EQUAL] = KR_QSTR___eq__,
    [KR_BINARY_OP_LESS_EQUAL] = KR_QSTR___le__,
    [KR_BINARY_OP_MORE_EQUAL] = KR_QSTR___ge__,
    [KR_BINARY_OP_NOT_EQUAL] = KR_QSTR___ne__,
    [KR_BINARY_OP_CONTAINS] = KR_QSTR___contains__,
    [KR_BINARY_OP_INPLACE_OR] = KR_QSTR___ior__,
    [KR_BINARY_OP_INPLACE_XOR] = KR_QSTR___ixor__,
    [KR_BINARY_OP_INPLACE_AND] = KR_QSTR___iand__,
    [KR_BINARY_OP_INPLACE_LSHIFT] = KR_QSTR___ilshift__,
    [KR_BINARY_OP_INPLACE_RSHIFT] = KR_QSTR___irshift__,
    [KR_BINARY_OP_INPLACE_ADD] = KR_QSTR___iadd__,
    [KR_BINARY_OP_INPLACE_SUBTRACT] = KR_QSTR___isub__,
    [KR_BINARY_OP_INPLACE_MULTIPLY] = KR_QSTR___imul__,
    [KR_BINARY_OP_INPLACE_MAT_MULTIPLY] = KR_QSTR___imatmul__,
    [KR_BINARY_OP_INPLACE_FLOOR_DIVIDE] = KR_QSTR___ifloordiv__,
    [KR_BINARY_OP_INPLACE_TRUE_DIVIDE] = KR_QSTR___itruediv__,
    [KR_BINARY_OP_INPLACE_MODULO] = KR_QSTR___imod__,
    [KR_BINARY_OP_INPLACE_POWER] = KR_QSTR___ipow__,
    [KR_BINARY_OP_OR] = KR_QSTR___or__,
    [KR_BINARY_OP_XOR] = KR_QSTR___xor__,
    [KR_BINARY_OP_AND] = KR_QSTR___and__,
    [KR_BINARY_OP_LSHIFT] = KR_QSTR___lshift__,
    [KR_BINARY_OP_RSHIFT] = KR_QSTR___rshift__,
    [KR_BINARY_OP_ADD] = KR_QSTR___add__,
    [KR_BINARY_OP_SUBTRACT] = KR_QSTR___sub__,
    [KR_BINARY_OP_MULTIPLY] = KR_QSTR___mul__,
    [KR_BINARY_OP_MAT_MULTIPLY] = KR_QSTR___matmul__,
    [KR_BINARY_OP_FLOOR_DIVIDE] = KR_QSTR___floordiv__,
    [KR_BINARY_OP_TRUE_DIVIDE] = KR_QSTR___truediv__,
    [KR_BINARY_OP_MODULO] = KR_QSTR___mod__,
    [KR_BINARY_OP_POWER] = KR_QSTR___pow__,
    [KR_BINARY_OP_DIVMOD] = KR_QSTR___divmod__,
    [KR_BINARY_OP_REVERSE_OR] = KR_QSTR___ror__,
    [KR_BINARY_OP_REVERSE_XOR] = KR_QSTR___rxor__,
    [KR_BINARY_OP_REVERSE_AND] = KR_QSTR___rand__,
    [KR_BINARY_OP_REVERSE_LSHIFT] = KR_QSTR___rlshift__,
    [KR_BINARY_OP_REVERSE_RSHIFT] = KR_QSTR___rrshift__,
    [KR_BINARY_OP_REVERSE_ADD] = KR_QSTR___radd__,
    [KR_BINARY_OP_REVERSE_SUBTRACT] = KR_QSTR___rsub__,
    [KR_BINARY_OP_REVERSE_MULTIPLY] = KR_QSTR___rmul__,
    [KR_BINARY_OP_REVERSE_MAT_MULTIPLY] = KR_QSTR___rmatmul__,
    [KR_BINARY_OP_REVERSE_FLOOR_DIVIDE] = KR_QSTR___rfloordiv__,
    [KR_BINARY_OP_REVERSE_TRUE_DIVIDE] = KR_QSTR___rtruediv__,
    [KR_BINARY_OP_REVERSE_MODULO] = KR_QSTR___rmod__,
    [KR_BINARY_OP_REVERSE_POWER] = KR_QSTR___rpow__,
    [KR_BINARY_OP_REVERSE_DIVMOD] = KR_QSTR___rdivmod__,
};

static kr_obj_t native_binary_op(const kr_obj_class_t *c, kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    if (c->native != &kr_type_object && c->native->binary_op != NULL) {
        return c->native->binary_op(op, self, other);
    }
    return KR_OBJ_NULL;
}

/* CPython tries the reflected comparison of the right operand even when both have the
 * same type (the runtime only does so for different types): other.__gt__ for <, ... */
static kr_obj_t reflected_compare(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    if (!KR_IS_OBJ(other) || KR_OBJ_TYPE(other) != KR_OBJ_TYPE(self)) {
        return KR_OBJ_NULL;
    }
    static const uint8_t swapped[] = {
        [KR_BINARY_OP_LESS] = KR_BINARY_OP_MORE, [KR_BINARY_OP_MORE] = KR_BINARY_OP_LESS,
        [KR_BINARY_OP_EQUAL] = KR_BINARY_OP_EQUAL, [KR_BINARY_OP_LESS_EQUAL] = KR_BINARY_OP_MORE_EQUAL,
        [KR_BINARY_OP_MORE_EQUAL] = KR_BINARY_OP_LESS_EQUAL, [KR_BINARY_OP_NOT_EQUAL] = KR_BINARY_OP_NOT_EQUAL,
    };
    kr_obj_t m = kr_obj_instance_lookup_special(KR_OBJ_TYPE(other), binary_op_names[swapped[op]]);
    bool negate = false;
    if ((m == KR_OBJ_NULL || m == KR_OBJ_NONE) && op == KR_BINARY_OP_NOT_EQUAL) {
        /* no __ne__: object.__ne__ inverts __eq__ */
        m = kr_obj_instance_lookup_special(KR_OBJ_TYPE(other), KR_QSTR___eq__);
        negate = true;
    }
    if (m == KR_OBJ_NULL || m == KR_OBJ_NONE) {
        return KR_OBJ_NULL;
    }
    kr_obj_t r = call_special2(m, other, self);
    if (r == KR_OBJ_NOTIMPLEMENTED) {
        return KR_OBJ_NULL;
    }
    return negate ? KR_OBJ_BOOL(!kr_obj_is_true(r)) : r;
}

kr_obj_t kr_obj_instance_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    const kr_obj_class_t *c = class_of(self);
    if (op > KR_BINARY_OP_REVERSE_DIVMOD) {
        return KR_OBJ_NULL;
    }
    kr_obj_t m = kr_obj_instance_lookup_special(&c->type, binary_op_names[op]);
    if (m == KR_OBJ_NULL || m == KR_OBJ_NONE) {
        if (op == KR_BINARY_OP_NOT_EQUAL) {
            kr_obj_t eq = kr_obj_instance_lookup_special(&c->type, KR_QSTR___eq__);
            if (eq != KR_OBJ_NULL && eq != KR_OBJ_NONE) {
                kr_obj_t r = call_special2(eq, self, other);
                if (r == KR_OBJ_NOTIMPLEMENTED) {
                    return reflected_compare(op, self, other);
                }
                return KR_OBJ_BOOL(!kr_obj_is_true(r));
            }
        } else if (op == KR_BINARY_OP_CONTAINS) {
            kr_obj_t r = native_binary_op(c, op, self, other);
            if (r != KR_OBJ_NULL) {
                return r;
            }
            if (kr_obj_instance_lookup_special(&c->type, KR_QSTR___iter__) == KR_OBJ_NULL
                && kr_obj_instance_lookup_special(&c->type, KR_QSTR___getitem__) == KR_OBJ_NULL
                && (c->native == &kr_type_object || c->native->getiter == NULL)) {
                kr_raise_fmt(&kr_type_TypeError, "argument of type '%s' is not iterable", kr_qstr_str(c->type.name));
            }
            kr_obj_t it = kr_getiter(self);
            kr_obj_t x;
            while ((x = kr_iternext(it)) != KR_OBJ_NULL) {
                if (x == other || kr_obj_equal(x, other)) {
                    return KR_OBJ_TRUE;
                }
            }
            return KR_OBJ_FALSE;
        }
        kr_obj_t r = native_binary_op(c, op, self, other);
        if (r == KR_OBJ_NULL && op <= KR_BINARY_OP_NOT_EQUAL) {
            r = reflected_compare(op, self, other);
        }
        return r;
    }
    kr_obj_t r = call_special2(m, self, other);
    if (r == KR_OBJ_NOTIMPLEMENTED) {
        if (op <= KR_BINARY_OP_NOT_EQUAL) {
            return reflected_compare(op, self, other);
        }
        return KR_OBJ_NULL;
    }
    if (op == KR_BINARY_OP_CONTAINS) {
        return KR_OBJ_BOOL(kr_obj_is_true(r));
    }
    return r;
}

/* ---------------------------------------------------------------- attributes */

void kr_obj_type_bind_attr(kr_obj_t v, kr_obj_t self, const kr_type_t *type, kr_obj_t *dest) {
    if (KR_IS_OBJ(v)) {
        const kr_type_t *vt = KR_OBJ_TYPE(v);
        if (vt == &kr_type_fun_bc || vt == &kr_type_fun_builtin || vt == &kr_type_closure
            || vt == &kr_type_slot_wrapper) {
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
            if (p->fget == KR_OBJ_NONE) {
                kr_raise_msg(&kr_type_AttributeError, "unreadable attribute");
            }
            dest[0] = kr_call1(p->fget, self);
            return;
        }
        if (kr_type_is_heap(vt)) {
            kr_obj_t get = kr_obj_instance_lookup_special(vt, KR_QSTR___get__);
            if (get != KR_OBJ_NULL) {
                kr_obj_t args[2] = { self, KR_OBJ_FROM_PTR(type) };
                dest[0] = call_special(get, v, 2, 0, args);
                return;
            }
        }
    }
    dest[0] = v;
}

/* Look attr up on the class of a heap instance (all of the MRO incl. builtin bases). */
static kr_obj_t class_lookup(const kr_obj_class_t *c, kr_qstr_t attr) {
    return kr_obj_type_mro_lookup(&c->type, attr);
}

static void instance_getattr_generic(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    const kr_obj_class_t *c = class_of(self);
    kr_obj_t v = KR_OBJ_NULL;
    bool looked = false;
    if (attr == KR_QSTR___class__) {
        dest[0] = KR_OBJ_FROM_PTR(&c->type);
        return;
    }
    if (attr == KR_QSTR___dict__ && !(c->cflags & KR_CLASS_F_SLOTS)) {
        dest[0] = KR_OBJ_FROM_PTR(kr_obj_instance_get_dict(self));
        return;
    }
    if (c->cflags & KR_CLASS_F_DATA_DESCR) {
        v = class_lookup(c, attr);
        looked = true;
        if (v != KR_OBJ_NULL && is_data_descriptor(v)) {
            kr_obj_type_bind_attr(v, self, &c->type, dest);
            return;
        }
    }
    if (c->native != &kr_type_object && c->native->attr != NULL) {
        c->native->attr(self, attr, dest);
        if (dest[0] != KR_OBJ_NULL) {
            return;
        }
        dest[1] = KR_OBJ_NULL;
    }
    kr_obj_dict_t *d = kr_obj_instance_get_dict(self);
    kr_map_elem_t *e = kr_map_lookup_qstr(&d->map, attr);
    if (e != NULL) {
        dest[0] = e->value;
        return;
    }
    if (!looked) {
        v = class_lookup(c, attr);
    }
    if (v != KR_OBJ_NULL) {
        if (kr_obj_is_type(v, &kr_type_fun_builtin) && kr_obj_type_attr_in_heap_dict(&c->type, attr)) {
            dest[0] = v;   /* a builtin function (len, math.sqrt) is no descriptor */
            return;
        }
        kr_obj_type_bind_attr(v, self, &c->type, dest);
    }
}

void kr_obj_instance_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    const kr_obj_class_t *c = class_of(self);
    if (dest[0] == KR_OBJ_NULL) {
        if (c->cflags & KR_CLASS_F_GETATTRIBUTE) {
            kr_obj_t ga = kr_obj_instance_lookup_special(&c->type, KR_QSTR___getattribute__);
            if (ga != KR_OBJ_NULL && attr != KR_QSTR___class__) {
                kr_nlr_buf_t nlr;
                if (kr_nlr_push(&nlr) == 0) {
                    dest[0] = call_special2(ga, self, KR_NEW_QSTR(attr));
                    kr_nlr_pop();
                    return;
                }
                if (!(c->cflags & KR_CLASS_F_GETATTR) || !kr_obj_is_instance(nlr.ret_val, &kr_type_AttributeError)) {
                    kr_nlr_jump(nlr.ret_val);
                }
                kr_obj_t gf = kr_obj_instance_lookup_special(&c->type, KR_QSTR___getattr__);
                dest[0] = call_special2(gf, self, KR_NEW_QSTR(attr));
                return;
            }
        }
        if (!(c->cflags & KR_CLASS_F_GETATTR)) {
            instance_getattr_generic(self, attr, dest);
            return;
        }
        /* an AttributeError from the generic lookup (a property's getter, a __get__)
         * also falls back to __getattr__ */
        kr_nlr_buf_t nlr;
        if (kr_nlr_push(&nlr) == 0) {
            instance_getattr_generic(self, attr, dest);
            kr_nlr_pop();
        } else {
            if (!kr_obj_is_instance(nlr.ret_val, &kr_type_AttributeError)) {
                kr_nlr_jump(nlr.ret_val);
            }
            dest[0] = KR_OBJ_NULL;
            dest[1] = KR_OBJ_NULL;
        }
        if (dest[0] == KR_OBJ_NULL) {
            kr_obj_t gf = kr_obj_instance_lookup_special(&c->type, KR_QSTR___getattr__);
            if (gf != KR_OBJ_NULL) {
                dest[0] = call_special2(gf, self, KR_NEW_QSTR(attr));
            }
        }
        return;
    }
    kr_obj_t value = dest[1];
    if (c->cflags & KR_CLASS_F_SETATTR) {
        kr_obj_t m = kr_obj_instance_lookup_special(&c->type, value == KR_OBJ_NULL ? KR_QSTR___delattr__
                                                                                   : KR_QSTR___setattr__);
        if (m != KR_OBJ_NULL) {
            if (value == KR_OBJ_NULL) {
                call_special2(m, self, KR_NEW_QSTR(attr));
            } else {
                kr_obj_t args[2] = { KR_NEW_QSTR(attr), value };
                call_special(m, self, 2, 0, args);
            }
            dest[0] = KR_OBJ_NULL;
            return;
        }
    }
    if (kr_obj_instance_generic_setattr(self, attr, value)) {
        dest[0] = KR_OBJ_NULL;
    }
}

/* Does the __slots__ entry x of class t name attr? A private name (__x) in the slots
 * of class C stands for _C__x, the name the class's methods use. */
static bool slot_name_is(const kr_type_t *t, kr_obj_t x, kr_qstr_t attr) {
    if (kr_obj_equal(x, KR_NEW_QSTR(attr))) {
        return true;
    }
    if (!kr_obj_is_str(x)) {
        return false;
    }
    size_t xl, al, cl;
    const char *xs = kr_obj_str_get_data(x, &xl);
    const char *as = kr_qstr_data(attr, &al);
    const char *cs = kr_qstr_data(t->name, &cl);
    while (cl > 0 && *cs == '_') {
        cs++;
        cl--;
    }
    if (cl == 0 || xl < 3 || xs[0] != '_' || xs[1] != '_' || (xs[xl - 1] == '_' && xs[xl - 2] == '_')) {
        return false;
    }
    return al == 1 + cl + xl && as[0] == '_' && memcmp(as + 1, cs, cl) == 0 && memcmp(as + 1 + cl, xs, xl) == 0;
}

/* Is attr named in the __slots__ of a class of c's MRO? */
static bool slot_allowed(const kr_obj_class_t *c, kr_qstr_t attr) {
    const kr_obj_tuple_t *mro = KR_OBJ_TO_PTR(c->mro);
    for (size_t i = 0; i < mro->len; i++) {
        const kr_type_t *t = KR_OBJ_TO_PTR(mro->items[i]);
        if (!kr_type_is_heap(t)) {
            continue;
        }
        kr_map_elem_t *e = kr_map_lookup_qstr((kr_map_t *)&t->locals_dict->map, KR_QSTR___slots__);
        if (e == NULL) {
            continue;
        }
        if (kr_obj_is_str(e->value)) {
            if (slot_name_is(t, e->value, attr)) {
                return true;
            }
            continue;
        }
        kr_obj_t it = kr_getiter(e->value);
        kr_obj_t x;
        while ((x = kr_iternext(it)) != KR_OBJ_NULL) {
            if (slot_name_is(t, x, attr)) {
                return true;
            }
        }
    }
    return false;
}

bool kr_obj_instance_generic_setattr(kr_obj_t self, kr_qstr_t attr, kr_obj_t value) {
    const kr_obj_class_t *c = class_of(self);
    if (c->cflags & KR_CLASS_F_DATA_DESCR) {
        kr_obj_t v = class_lookup(c, attr);
        if (v != KR_OBJ_NULL && is_data_descriptor(v)) {
            if (kr_obj_is_type(v, &kr_type_property)) {
                kr_obj_property_t *p = KR_OBJ_TO_PTR(v);
                kr_obj_t f = value == KR_OBJ_NULL ? p->fdel : p->fset;
                if (f == KR_OBJ_NONE) {
                    kr_raise_fmt(&kr_type_AttributeError, "property '%s' of '%s' object has no %s",
                                 kr_qstr_str(attr), kr_qstr_str(c->type.name),
                                 value == KR_OBJ_NULL ? "deleter" : "setter");
                }
                if (value == KR_OBJ_NULL) {
                    kr_call1(f, self);
                } else {
                    kr_call2(f, self, value);
                }
                return true;
            }
            const kr_type_t *vt = KR_OBJ_TYPE(v);
            kr_obj_t m = kr_obj_instance_lookup_special(vt, value == KR_OBJ_NULL ? KR_QSTR___delete__ : KR_QSTR___set__);
            if (m == KR_OBJ_NULL) {
                kr_raise_msg(&kr_type_AttributeError, value == KR_OBJ_NULL ? "__delete__" : "__set__");
            }
            if (value == KR_OBJ_NULL) {
                call_special2(m, v, self);
            } else {
                kr_obj_t args[2] = { self, value };
                call_special(m, v, 2, 0, args);
            }
            return true;
        }
    }
    if (attr == KR_QSTR___class__ && value != KR_OBJ_NULL) {
        if (!kr_obj_is_instance(value, &kr_type_type) || !kr_type_is_heap(KR_OBJ_TO_PTR(value))
            || ((const kr_obj_class_t *)KR_OBJ_TO_PTR(value))->native != c->native) {
            kr_raise_msg(&kr_type_TypeError, "__class__ assignment: only for compatible heap types");
        }
        ((kr_obj_base_t *)KR_OBJ_TO_PTR(self))->type = KR_OBJ_TO_PTR(value);
        return true;
    }
    if (c->native != &kr_type_object && c->native->attr != NULL) {
        kr_obj_t dest[2] = { KR_OBJ_SENTINEL, value };
        c->native->attr(self, attr, dest);
        if (dest[0] == KR_OBJ_NULL) {
            return true;
        }
    }
    if ((c->cflags & KR_CLASS_F_SLOTS) && value != KR_OBJ_NULL && !slot_allowed(c, attr)) {
        kr_raise_fmt(&kr_type_AttributeError, "'%s' object has no attribute '%s'", kr_qstr_str(c->type.name),
                     kr_qstr_str(attr));
    }
    kr_obj_dict_t *d = kr_obj_instance_get_dict(self);
    if (value == KR_OBJ_NULL) {
        return kr_map_lookup(&d->map, KR_NEW_QSTR(attr), KR_MAP_LOOKUP_REMOVE) != NULL;
    }
    kr_obj_dict_store(KR_OBJ_FROM_PTR(d), KR_NEW_QSTR(attr), value);
    return true;
}

/* ---------------------------------------------------------------- subscripts, iteration, calls */

kr_obj_t kr_obj_instance_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    const kr_obj_class_t *c = class_of(self);
    kr_qstr_t name = value == KR_OBJ_SENTINEL ? KR_QSTR___getitem__
                     : value == KR_OBJ_NULL ? KR_QSTR___delitem__ : KR_QSTR___setitem__;
    kr_obj_t m = kr_obj_instance_lookup_special(&c->type, name);
    if (m == KR_OBJ_NULL) {
        if (c->native != &kr_type_object && c->native->subscr != NULL) {
            return c->native->subscr(self, index, value);
        }
        return KR_OBJ_NULL;
    }
    if (value == KR_OBJ_SENTINEL) {
        return call_special2(m, self, index);
    }
    if (value == KR_OBJ_NULL) {
        call_special2(m, self, index);
    } else {
        kr_obj_t args[2] = { index, value };
        call_special(m, self, 2, 0, args);
    }
    return KR_OBJ_NONE;
}

kr_obj_t kr_obj_instance_getiter(kr_obj_t self) {
    const kr_obj_class_t *c = class_of(self);
    kr_obj_t m = kr_obj_instance_lookup_special(&c->type, KR_QSTR___iter__);
    if (m != KR_OBJ_NULL && m != KR_OBJ_NONE) {
        kr_obj_t it = call_special1(m, self);
        const kr_type_t *it_t = kr_obj_get_type(it);
        bool ok = kr_type_is_heap(it_t) ? kr_obj_instance_lookup_special(it_t, KR_QSTR___next__) != KR_OBJ_NULL
                                        : it_t->iternext != NULL;
        if (!ok) {
            kr_raise_fmt(&kr_type_TypeError, "iter() returned non-iterator of type '%s'", kr_obj_type_name(it));
        }
        return it;
    }
    if (m == KR_OBJ_NULL) {
        if (c->native != &kr_type_object && c->native->getiter != NULL) {
            return c->native->getiter(self);
        }
        if (kr_obj_instance_lookup_special(&c->type, KR_QSTR___getitem__) != KR_OBJ_NULL) {
            return kr_obj_new_seq_iter(self);
        }
        if (kr_obj_instance_lookup_special(&c->type, KR_QSTR___next__) != KR_OBJ_NULL && c->native == &kr_type_object) {
            /* not iterable itself (CPython requires __iter__) */
        }
    }
    kr_raise_fmt(&kr_type_TypeError, "'%s' object is not iterable", kr_qstr_str(c->type.name));
}

kr_obj_t kr_obj_instance_iternext(kr_obj_t self) {
    const kr_obj_class_t *c = class_of(self);
    kr_obj_t m = kr_obj_instance_lookup_special(&c->type, KR_QSTR___next__);
    if (m == KR_OBJ_NULL) {
        if (c->native != &kr_type_object && c->native->iternext != NULL) {
            return c->native->iternext(self);
        }
        kr_raise_fmt(&kr_type_TypeError, "'%s' object is not an iterator", kr_qstr_str(c->type.name));
    }
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_obj_t r = call_special1(m, self);
        kr_nlr_pop();
        return r;
    }
    if (kr_obj_is_instance(nlr.ret_val, &kr_type_StopIteration)) {
        return KR_OBJ_NULL;
    }
    kr_nlr_jump(nlr.ret_val);
}

kr_obj_t kr_obj_instance_call(kr_obj_t self, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    const kr_obj_class_t *c = class_of(self);
    kr_obj_t m = kr_obj_instance_lookup_special(&c->type, KR_QSTR___call__);
    if (m == KR_OBJ_NULL || m == KR_OBJ_NONE) {
        if (c->native != &kr_type_object && c->native->call != NULL) {
            return c->native->call(self, n_args, n_kw, args);
        }
        if (c->native == &kr_type_type) {
            /* a class whose metaclass is a Python subclass of type */
            const kr_type_t *cls = KR_OBJ_TO_PTR(self);
            if (cls->make_new != NULL) {
                return cls->make_new(cls, n_args, n_kw, args);
            }
        }
        kr_raise_fmt(&kr_type_TypeError, "'%s' object is not callable", kr_qstr_str(c->type.name));
    }
    return call_special(m, self, n_args, n_kw, args);
}

int kr_obj_instance_get_buffer(kr_obj_t self, kr_buffer_info_t *info, unsigned flags) {
    const kr_obj_class_t *c = class_of(self);
    if (c->native->get_buffer != NULL) {
        return c->native->get_buffer(self, info, flags);
    }
    return 1;
}
