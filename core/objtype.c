/* objtype.c: the type `type` (class objects, class creation, C3 MRO, __build_class__),
 * the type `object` and its default methods, and `super`. */
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "state.h"
#include "bytecode.h"
#include "vm.h"
#include "objtype.h"

static const kr_obj_tuple_t empty_tuple = {{&kr_type_tuple}, 0};

static bool is_type_obj(kr_obj_t o) {
    return KR_IS_OBJ(o) && (KR_OBJ_TYPE(o) == &kr_type_type || kr_type_is_subtype(KR_OBJ_TYPE(o), &kr_type_type));
}

/* ---------------------------------------------------------------- MRO */

kr_obj_t kr_obj_type_get_mro(const kr_type_t *type) {
    if (kr_type_is_heap(type)) {
        return ((const kr_obj_class_t *)type)->mro;
    }
    kr_obj_t items[32];
    size_t n = 0;
    for (const kr_type_t *t = type; t != NULL && n < 31; t = t->parent) {
        items[n++] = KR_OBJ_FROM_PTR(t);
        if (t == &kr_type_object) {
            break;
        }
    }
    if (items[n - 1] != KR_OBJ_FROM_PTR(&kr_type_object)) {
        items[n++] = KR_OBJ_FROM_PTR(&kr_type_object);
    }
    return kr_obj_new_tuple(n, items);
}

/* Lookup cache for heap classes: (class, attr) -> result of the MRO walk (hits and
 * misses). Class dicts change only through type setattr/delattr and class creation,
 * which call kr_obj_type_cache_invalidate; a new version empties the cache. */
#define MRO_CACHE_SIZE (512)
typedef struct {
    const kr_type_t *type;
    kr_qstr_t attr;
    uint32_t version;
    kr_obj_t value;
} mro_cache_entry_t;
static mro_cache_entry_t mro_cache[MRO_CACHE_SIZE];
uint32_t kr_obj_type_cache_version = 1;

void kr_obj_type_cache_invalidate(void) {
    if (++kr_obj_type_cache_version == 0) {
        memset(mro_cache, 0, sizeof(mro_cache));
        kr_obj_type_cache_version = 1;
    }
}

static kr_obj_t mro_walk(const kr_type_t *type, kr_qstr_t attr) {
    const kr_obj_tuple_t *mro = KR_OBJ_TO_PTR(((const kr_obj_class_t *)type)->mro);
    for (size_t i = 0; i < mro->len; i++) {
        const kr_type_t *t = KR_OBJ_TO_PTR(mro->items[i]);
        if (t->locals_dict != NULL) {
            kr_map_elem_t *e = kr_map_lookup_qstr((kr_map_t *)&t->locals_dict->map, attr);
            if (e != NULL) {
                return e->value;
            }
        }
        if (t != &kr_type_object) {
            kr_obj_t v = kr_obj_slot_lookup(t, attr);
            if (v != KR_OBJ_NULL) {
                return v;
            }
        }
    }
    return KR_OBJ_NULL;
}

bool kr_obj_type_attr_in_heap_dict(const kr_type_t *type, kr_qstr_t attr) {
    const kr_obj_tuple_t *mro = KR_OBJ_TO_PTR(((const kr_obj_class_t *)type)->mro);
    for (size_t i = 0; i < mro->len; i++) {
        const kr_type_t *t = KR_OBJ_TO_PTR(mro->items[i]);
        if (!kr_type_is_heap(t)) {
            return false;
        }
        if (t->locals_dict != NULL && kr_map_lookup_qstr((kr_map_t *)&t->locals_dict->map, attr) != NULL) {
            return true;
        }
    }
    return false;
}

kr_obj_t kr_obj_type_mro_lookup(const kr_type_t *type, kr_qstr_t attr) {
    if (kr_type_is_heap(type)) {
        size_t h = (((uintptr_t)type >> 4) ^ ((uintptr_t)attr * 2654435761u)) & (MRO_CACHE_SIZE - 1);
        mro_cache_entry_t *ce = &mro_cache[h];
        if (ce->type == type && ce->attr == attr && ce->version == kr_obj_type_cache_version) {
            return ce->value;
        }
        kr_obj_t v = mro_walk(type, attr);
        ce->type = type;
        ce->attr = attr;
        ce->version = kr_obj_type_cache_version;
        ce->value = v;
        return v;
    }
    for (const kr_type_t *t = type; t != NULL; t = t->parent) {
        if (t->locals_dict != NULL) {
            kr_map_elem_t *e = kr_map_lookup_qstr((kr_map_t *)&t->locals_dict->map, attr);
            if (e != NULL) {
                return e->value;
            }
        }
        if (t == &kr_type_object) {
            return KR_OBJ_NULL;
        }
        kr_obj_t v = kr_obj_slot_lookup(t, attr);
        if (v != KR_OBJ_NULL) {
            return v;
        }
    }
    if (kr_type_object.locals_dict != NULL) {
        kr_map_elem_t *e = kr_map_lookup_qstr((kr_map_t *)&kr_type_object.locals_dict->map, attr);
        if (e != NULL) {
            return e->value;
        }
    }
    return KR_OBJ_NULL;
}

/* C3 linearisation of cls over its bases. */
static kr_obj_t compute_mro(kr_obj_t cls, kr_obj_t bases) {
    kr_obj_tuple_t *b = KR_OBJ_TO_PTR(bases);
    size_t n_seqs = b->len + 1;
    kr_obj_tuple_t *seqs[n_seqs];
    size_t pos[n_seqs];
    size_t total = 1;
    for (size_t i = 0; i < b->len; i++) {
        seqs[i] = KR_OBJ_TO_PTR(kr_obj_type_get_mro(KR_OBJ_TO_PTR(b->items[i])));
        pos[i] = 0;
        total += seqs[i]->len;
    }
    seqs[b->len] = b;
    pos[b->len] = 0;
    kr_obj_t *out = kr_gc_alloc(total * sizeof(kr_obj_t), 0);
    size_t n_out = 0;
    out[n_out++] = cls;
    for (;;) {
        bool any_left = false;
        kr_obj_t cand = KR_OBJ_NULL;
        for (size_t i = 0; i < n_seqs && cand == KR_OBJ_NULL; i++) {
            if (pos[i] >= seqs[i]->len) {
                continue;
            }
            any_left = true;
            kr_obj_t head = seqs[i]->items[pos[i]];
            bool in_tail = false;
            for (size_t j = 0; j < n_seqs && !in_tail; j++) {
                for (size_t k = pos[j] + 1; k < seqs[j]->len; k++) {
                    if (seqs[j]->items[k] == head) {
                        in_tail = true;
                        break;
                    }
                }
            }
            if (!in_tail) {
                cand = head;
            }
        }
        if (!any_left) {
            break;
        }
        if (cand == KR_OBJ_NULL) {
            kr_vstr_t v;
            kr_vstr_init(&v, 64);
            kr_vstr_add_str(&v, "Cannot create a consistent method resolution\norder (MRO) for bases ");
            bool first = true;
            for (size_t i = 0; i < b->len; i++) {
                if (pos[i] < seqs[i]->len) {
                    const kr_type_t *t = KR_OBJ_TO_PTR(seqs[i]->items[pos[i]]);
                    bool dup = false;
                    for (size_t j = 0; j < i; j++) {
                        if (pos[j] < seqs[j]->len && seqs[j]->items[pos[j]] == seqs[i]->items[pos[i]]) {
                            dup = true;
                        }
                    }
                    if (dup) {
                        continue;
                    }
                    kr_vstr_printf(&v, "%s%s", first ? "" : ", ", kr_qstr_str(t->name));
                    first = false;
                }
            }
            kr_raise(kr_obj_new_exception_arg1(&kr_type_TypeError, kr_obj_new_str_from_vstr(&v)));
        }
        out[n_out++] = cand;
        for (size_t i = 0; i < n_seqs; i++) {
            if (pos[i] < seqs[i]->len && seqs[i]->items[pos[i]] == cand) {
                pos[i]++;
            }
        }
    }
    kr_obj_t mro = kr_obj_new_tuple(n_out, out);
    kr_gc_free(out);
    return mro;
}

/* ---------------------------------------------------------------- class creation */

static const kr_type_t *native_of(const kr_type_t *t) {
    if (kr_type_is_heap(t)) {
        return ((const kr_obj_class_t *)t)->native;
    }
    return t;
}

static bool base_ok(const kr_type_t *t) {
    if (kr_type_is_heap(t)) {
        return true;
    }
    return t != &kr_type_bool && t != &kr_type_NoneType && t != &kr_type_ellipsis
           && t != &kr_type_NotImplementedType && t != &kr_type_range && t != &kr_type_slice
           && t != &kr_type_memoryview && t != &kr_type_fun_bc && t != &kr_type_fun_builtin
           && t != &kr_type_bound_meth && t != &kr_type_generator && t != &kr_type_cell
           && t != &kr_type_code && t != &kr_type_module && t != &kr_type_super && t != &kr_type_closure;
}

static size_t dict_offset_for(const kr_type_t *native) {
    if (native == &kr_type_object) {
        return offsetof(kr_obj_instance_t, dict);
    }
    if (native->flags & KR_TYPE_FLAG_EXCEPTION) {
        return offsetof(kr_obj_exception_t, dict);
    }
    if (native == &kr_type_list) {
        return sizeof(kr_obj_list_t);
    }
    if (native == &kr_type_dict) {
        return sizeof(kr_obj_dict_t);
    }
#if KR_FEATURE_FLOAT
    if (native == &kr_type_float) {
        return sizeof(kr_obj_float_t);
    }
#endif
    return 0;   /* variable-size layout: the dict pointer is the last word */
}

static void wrap_implicit(kr_obj_t dict, kr_qstr_t name, const kr_type_t *wrapper) {
    kr_map_elem_t *e = kr_map_lookup_qstr(kr_obj_dict_get_map(dict), name);
    if (e != NULL && (kr_obj_is_type(e->value, &kr_type_fun_bc) || kr_obj_is_type(e->value, &kr_type_closure))) {
        kr_obj_static_class_method_t *m = kr_gc_alloc(sizeof(*m), 0);
        m->base.type = wrapper;
        m->fun = e->value;
        e->value = KR_OBJ_FROM_PTR(m);
    }
}

static kr_obj_t new_class_kw(kr_qstr_t name, kr_obj_t bases, kr_obj_t dict, size_t n_kw, const kr_obj_t *kw) {
    if (bases == KR_OBJ_NULL || ((kr_obj_tuple_t *)KR_OBJ_TO_PTR(bases))->len == 0) {
        kr_obj_t obj = KR_OBJ_FROM_PTR(&kr_type_object);
        bases = kr_obj_new_tuple(1, &obj);
    }
    kr_obj_tuple_t *b = KR_OBJ_TO_PTR(bases);
    const kr_type_t *native = &kr_type_object;
    uint16_t flags = KR_TYPE_FLAG_HEAP | KR_TYPE_FLAG_BASETYPE;
    for (size_t i = 0; i < b->len; i++) {
        if (!is_type_obj(b->items[i])) {
            kr_raise_fmt(&kr_type_TypeError, "bases must be types");
        }
        const kr_type_t *bt = KR_OBJ_TO_PTR(b->items[i]);
        if (!base_ok(bt)) {
            kr_raise_fmt(&kr_type_TypeError, "type '%s' is not an acceptable base type", kr_qstr_str(bt->name));
        }
        for (size_t j = 0; j < i; j++) {
            if (b->items[j] == b->items[i]) {
                kr_raise_fmt(&kr_type_TypeError, "duplicate base class %s", kr_qstr_str(bt->name));
            }
        }
        const kr_type_t *bn = native_of(bt);
        if (bn != &kr_type_object) {
            if (native == &kr_type_object || kr_type_is_subtype(bn, native)) {
                native = bn;
            } else if (!kr_type_is_subtype(native, bn)) {
                kr_raise_msg(&kr_type_TypeError, "multiple bases have instance lay-out conflict");
            }
        }
        flags |= bt->flags & KR_TYPE_FLAG_EXCEPTION;
    }
    kr_obj_class_t *c = kr_gc_alloc(sizeof(kr_obj_class_t), 0);
    c->type.base.type = &kr_type_type;
    c->type.flags = flags;
    c->type.name = name;
    c->type.print = kr_obj_instance_print;
    c->type.make_new = kr_obj_instance_make_new;
    c->type.call = kr_obj_instance_call;
    c->type.unary_op = kr_obj_instance_unary_op;
    c->type.binary_op = kr_obj_instance_binary_op;
    c->type.attr = kr_obj_instance_attr;
    c->type.subscr = kr_obj_instance_subscr;
    c->type.getiter = kr_obj_instance_getiter;
    c->type.iternext = kr_obj_instance_iternext;
    c->type.get_buffer = kr_obj_instance_get_buffer;
    c->type.locals_dict = KR_OBJ_TO_PTR(dict);
    c->type.parent = KR_OBJ_TO_PTR(b->items[0]);
    c->type.protocol = native->protocol;
    c->bases = bases;
    c->native = native;
    c->dict_offset = dict_offset_for(native);
    c->qualname = name;
    kr_map_t *map = kr_obj_dict_get_map(dict);
    kr_map_elem_t *e = kr_map_lookup_qstr(map, KR_QSTR___qualname__);
    if (e != NULL && kr_obj_is_str(e->value)) {
        c->qualname = kr_obj_str_get_qstr(e->value);
        kr_map_lookup(map, KR_ROM_QSTR(__qualname__), KR_MAP_LOOKUP_REMOVE);
    }
    e = kr_map_lookup_qstr(map, KR_QSTR___module__);
    if (e != NULL) {
        c->module = e->value;
    } else {
        kr_obj_t g = kr_vm_current_globals();
        kr_obj_t mod = g != KR_OBJ_NULL ? kr_obj_dict_get(g, KR_ROM_QSTR(__name__)) : KR_OBJ_NULL;
        c->module = mod != KR_OBJ_NULL ? mod : KR_ROM_QSTR(builtins);
        kr_obj_dict_store(dict, KR_ROM_QSTR(__module__), c->module);
    }
    /* __eq__ without __hash__ makes instances unhashable */
    if (kr_map_lookup_qstr(map, KR_QSTR___eq__) != NULL && kr_map_lookup_qstr(map, KR_QSTR___hash__) == NULL) {
        kr_obj_dict_store(dict, KR_ROM_QSTR(__hash__), KR_OBJ_NONE);
    }
    wrap_implicit(dict, KR_QSTR___new__, &kr_type_staticmethod);
    wrap_implicit(dict, KR_QSTR___init_subclass__, &kr_type_classmethod);
    wrap_implicit(dict, KR_QSTR___class_getitem__, &kr_type_classmethod);
    kr_obj_t self = KR_OBJ_FROM_PTR(c);
    c->mro = compute_mro(self, bases);
    kr_obj_class_update_flags(c);
    /* __set_name__ on attributes that define it */
    for (size_t i = 0; i < map->used; i++) {
        kr_obj_t k = map->table[i].key, v = map->table[i].value;
        if (k == KR_OBJ_NULL || !KR_IS_OBJ(v) || !kr_type_is_heap(KR_OBJ_TYPE(v))) {
            continue;
        }
        kr_obj_t dest[4];
        kr_load_method_maybe(v, KR_QSTR___set_name__, dest);
        if (dest[0] != KR_OBJ_NULL) {
            dest[2] = self;
            dest[3] = k;
            kr_call_method_n_kw(2, 0, dest);
        }
    }
    /* __init_subclass__ of the nearest base that defines one */
    kr_obj_tuple_t *mro = KR_OBJ_TO_PTR(c->mro);
    for (size_t i = 1; i < mro->len; i++) {
        const kr_type_t *t = KR_OBJ_TO_PTR(mro->items[i]);
        if (!kr_type_is_heap(t)) {
            continue;
        }
        kr_map_elem_t *is = kr_map_lookup_qstr((kr_map_t *)&t->locals_dict->map, KR_QSTR___init_subclass__);
        if (is != NULL) {
            kr_obj_t f = is->value;
            if (kr_obj_is_type(f, &kr_type_classmethod)) {
                f = ((kr_obj_static_class_method_t *)KR_OBJ_TO_PTR(f))->fun;
            }
            kr_obj_t args[1 + 2 * n_kw];
            args[0] = self;
            if (n_kw > 0) {
                memcpy(args + 1, kw, 2 * n_kw * sizeof(kr_obj_t));
            }
            kr_call(f, 1, n_kw, args);
            n_kw = 0;
            break;
        }
    }
    if (n_kw > 0) {
        kr_raise_fmt(&kr_type_TypeError, "%s.__init_subclass__() takes no keyword arguments", kr_qstr_str(name));
    }
    return self;
}

kr_obj_t kr_obj_type_new_class(kr_qstr_t name, kr_obj_t bases, kr_obj_t dict) {
    return new_class_kw(name, bases, dict, 0, NULL);
}

kr_obj_t kr_obj_type_build_class(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    kr_obj_t body = args[0];
    if (!kr_obj_is_type(body, &kr_type_fun_bc) && !kr_obj_is_type(body, &kr_type_closure)) {
        kr_raise_msg(&kr_type_TypeError, "__build_class__: func must be a function");
    }
    if (!kr_obj_is_str(args[1])) {
        kr_raise_msg(&kr_type_TypeError, "__build_class__: name is not a string");
    }
    kr_qstr_t name = kr_obj_str_get_qstr(args[1]);
    kr_obj_t bases = kr_obj_new_tuple(n_args - 2, args + 2);
    kr_obj_t metaclass = KR_OBJ_NULL;
    size_t n_kw = 0;
    kr_obj_t kwbuf[2 * (kw->used + 1)];
    for (size_t i = 0; i < kw->used; i++) {
        kr_obj_t k = kw->table[i].key;
        if (k == KR_OBJ_NULL) {
            continue;
        }
        if (k == KR_ROM_QSTR(metaclass)) {
            metaclass = kw->table[i].value;
        } else {
            kwbuf[2 * n_kw] = k;
            kwbuf[2 * n_kw + 1] = kw->table[i].value;
            n_kw++;
        }
    }
    if (metaclass == KR_OBJ_NULL) {
        /* the most derived metaclass of the bases (when one is a Python class) */
        for (size_t i = 2; i < n_args; i++) {
            const kr_type_t *mt = kr_obj_get_type(args[i]);
            if (kr_type_is_heap(mt) && (metaclass == KR_OBJ_NULL || kr_type_is_subtype(mt, KR_OBJ_TO_PTR(metaclass)))) {
                metaclass = KR_OBJ_FROM_PTR(mt);
            }
        }
    }
    kr_obj_t ns = KR_OBJ_NULL;
    if (metaclass != KR_OBJ_NULL && metaclass != KR_OBJ_FROM_PTR(&kr_type_type)) {
        kr_obj_t prepare = kr_load_attr_maybe(metaclass, KR_QSTR___prepare__);
        if (prepare != KR_OBJ_NULL) {   /* the namespace the class body fills */
            kr_obj_t pargs[2 + 2 * n_kw];
            pargs[0] = args[1];
            pargs[1] = bases;
            if (n_kw > 0) {
                memcpy(pargs + 2, kwbuf, 2 * n_kw * sizeof(kr_obj_t));
            }
            ns = kr_call(prepare, 2, n_kw, pargs);
        }
    }
    if (ns == KR_OBJ_NULL) {
        ns = kr_obj_new_dict(8);
    }
    kr_obj_t cell = kr_vm_call_with_locals(body, ns);
    kr_obj_t cls;
    if (metaclass != KR_OBJ_NULL && metaclass != KR_OBJ_FROM_PTR(&kr_type_type)) {
        kr_obj_t margs[3 + 2 * n_kw];
        margs[0] = args[1];
        margs[1] = bases;
        margs[2] = ns;
        if (n_kw > 0) {
            memcpy(margs + 3, kwbuf, 2 * n_kw * sizeof(kr_obj_t));
        }
        cls = kr_call(metaclass, 3, n_kw, margs);
    } else {
        cls = new_class_kw(name, bases, ns, n_kw, kwbuf);
    }
    if (kr_obj_is_type(cell, &kr_type_cell)) {
        ((kr_obj_cell_t *)KR_OBJ_TO_PTR(cell))->value = cls;
    }
    return cls;
}

/* ---------------------------------------------------------------- type */

static void type_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    const kr_type_t *t = KR_OBJ_TO_PTR(self);
    if (kr_type_is_heap(t)) {
        const kr_obj_class_t *c = (const kr_obj_class_t *)t;
        kr_print_str(p, "<class '");
        if (c->module != KR_OBJ_NULL && kr_obj_is_str(c->module)) {
            size_t len;
            const char *m = kr_obj_str_get_data(c->module, &len);
            if (!(len == 8 && memcmp(m, "builtins", 8) == 0)) {
                kr_print_strn(p, m, len);
                kr_print_str(p, ".");
            }
        }
        kr_printf(p, "%s'>", kr_qstr_str(c->qualname));
        return;
    }
    kr_printf(p, "<class '%s'>", kr_qstr_str(t->name));
}

static kr_obj_t type_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_args == 1 && n_kw == 0) {
        return KR_OBJ_FROM_PTR(kr_obj_get_type(args[0]));
    }
    if (n_args != 3) {
        kr_raise_msg(&kr_type_TypeError, "type() takes 1 or 3 arguments");
    }
    if (!kr_obj_is_str(args[0])) {
        kr_raise_fmt(&kr_type_TypeError, "type.__new__() argument 1 must be str, not %s", kr_obj_type_name(args[0]));
    }
    if (!kr_obj_is_instance(args[1], &kr_type_tuple)) {
        kr_raise_fmt(&kr_type_TypeError, "type.__new__() argument 2 must be tuple, not %s", kr_obj_type_name(args[1]));
    }
    if (!kr_obj_is_instance(args[2], &kr_type_dict)) {
        kr_raise_fmt(&kr_type_TypeError, "type.__new__() argument 3 must be dict, not %s", kr_obj_type_name(args[2]));
    }
    kr_obj_t dict = kr_obj_dict_copy(args[2]);
    return new_class_kw(kr_obj_str_get_qstr(args[0]), args[1], dict, n_kw, args + 3);
}

static kr_obj_t type_bases(const kr_type_t *t) {
    if (kr_type_is_heap(t)) {
        return ((const kr_obj_class_t *)t)->bases;
    }
    if (t == &kr_type_object) {
        return KR_OBJ_FROM_PTR(&empty_tuple);
    }
    kr_obj_t p = KR_OBJ_FROM_PTR(t->parent != NULL ? t->parent : &kr_type_object);
    return kr_obj_new_tuple(1, &p);
}

static void type_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    const kr_type_t *t = KR_OBJ_TO_PTR(self);
    bool heap = kr_type_is_heap(t);
    kr_obj_class_t *c = heap ? (kr_obj_class_t *)KR_OBJ_TO_PTR(self) : NULL;
    if (dest[0] == KR_OBJ_NULL) {
        switch (attr) {
            case KR_QSTR___name__:
                dest[0] = KR_NEW_QSTR(t->name);
                return;
            case KR_QSTR___qualname__:
                dest[0] = KR_NEW_QSTR(heap ? c->qualname : t->name);
                return;
            case KR_QSTR___module__:
                if (!heap) {
                    dest[0] = KR_ROM_QSTR(builtins);
                    return;
                }
                break;
            case KR_QSTR___bases__:
                dest[0] = type_bases(t);
                return;
            case KR_QSTR___base__: {
                kr_obj_tuple_t *b = KR_OBJ_TO_PTR(type_bases(t));
                dest[0] = b->len > 0 ? b->items[0] : KR_OBJ_NONE;
                return;
            }
            case KR_QSTR___mro__:
                dest[0] = kr_obj_type_get_mro(t);
                return;
            case KR_QSTR___dict__:
                if (t->locals_dict != NULL) {
                    dest[0] = kr_obj_dict_copy(KR_OBJ_FROM_PTR(t->locals_dict));
                } else {
                    dest[0] = kr_obj_new_dict(0);
                }
                return;
            case KR_QSTR___class__:
                dest[0] = KR_OBJ_FROM_PTR(KR_OBJ_TYPE(self));
                return;
            case KR_QSTR___doc__:
                if (!heap || kr_map_lookup_qstr((kr_map_t *)&t->locals_dict->map, KR_QSTR___doc__) == NULL) {
                    dest[0] = KR_OBJ_NONE;
                    return;
                }
                break;
            default:
                break;
        }
        kr_obj_t v = kr_obj_type_mro_lookup(t, attr);
        if (v == KR_OBJ_NULL) {
            return;
        }
        if (KR_IS_OBJ(v)) {
            const kr_type_t *vt = KR_OBJ_TYPE(v);
            if (vt == &kr_type_staticmethod) {
                dest[0] = ((kr_obj_static_class_method_t *)KR_OBJ_TO_PTR(v))->fun;
                return;
            }
            if (vt == &kr_type_classmethod) {
                dest[0] = ((kr_obj_static_class_method_t *)KR_OBJ_TO_PTR(v))->fun;
                dest[1] = self;
                return;
            }
            if (kr_type_is_heap(vt)) {
                kr_obj_t get = kr_obj_instance_lookup_special(vt, KR_QSTR___get__);
                if (get != KR_OBJ_NULL) {
                    kr_obj_t args[3] = { v, KR_OBJ_NONE, self };
                    dest[0] = kr_call(get, 3, 0, args);
                    return;
                }
            }
            if (vt == &kr_type_slot_wrapper || vt == &kr_type_fun_builtin) {
                v = kr_obj_slot_from_class(v, t, attr);
            }
        }
        dest[0] = v;
        return;
    }
    if (!heap) {
        return;   /* the runtime raises TypeError for immutable types */
    }
    kr_obj_t value = dest[1];
    kr_obj_t dict = KR_OBJ_FROM_PTR(t->locals_dict);
    if (value == KR_OBJ_NULL) {
        if (kr_map_lookup(kr_obj_dict_get_map(dict), KR_NEW_QSTR(attr), KR_MAP_LOOKUP_REMOVE) == NULL) {
            return;
        }
    } else if (attr == KR_QSTR___name__ && kr_obj_is_str(value)) {
        c->type.name = kr_obj_str_get_qstr(value);
    } else if (attr == KR_QSTR___qualname__ && kr_obj_is_str(value)) {
        c->qualname = kr_obj_str_get_qstr(value);
    } else {
        if (attr == KR_QSTR___module__) {
            c->module = value;
        }
        kr_obj_dict_store(dict, KR_NEW_QSTR(attr), value);
    }
    kr_obj_class_update_flags(c);
    dest[0] = KR_OBJ_NULL;
}

static kr_obj_t type_mro(kr_obj_t self) {
    return kr_obj_list_from_iter(kr_obj_type_get_mro(KR_OBJ_TO_PTR(self)));
}
static KR_DEFINE_FUN_1(type_mro_obj, type_mro);

static kr_obj_t type_subclasscheck(kr_obj_t self, kr_obj_t sub) {
    return KR_OBJ_BOOL(is_type_obj(sub) && kr_type_is_subtype(KR_OBJ_TO_PTR(sub), KR_OBJ_TO_PTR(self)));
}
static KR_DEFINE_FUN_2(type_subclasscheck_obj, type_subclasscheck);

static kr_obj_t type_instancecheck(kr_obj_t self, kr_obj_t inst) {
    return KR_OBJ_BOOL(kr_obj_is_instance(inst, KR_OBJ_TO_PTR(self)));
}
static KR_DEFINE_FUN_2(type_instancecheck_obj, type_instancecheck);

/* type.__call__(cls, *args, **kw): what calling a class does (used via super() in metaclasses) */
static kr_obj_t type_dunder_call(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    if (!is_type_obj(args[0])) {
        kr_raise_fmt(&kr_type_TypeError, "descriptor '__call__' requires a 'type' object but received a '%s'",
                     kr_obj_type_name(args[0]));
    }
    const kr_type_t *cls = KR_OBJ_TO_PTR(args[0]);
    if (cls->make_new == NULL) {
        kr_raise_fmt(&kr_type_TypeError, "cannot create '%s' instances", kr_qstr_str(cls->name));
    }
    size_t n_kw = kw->filled;
    kr_obj_t buf[n_args + 2 * n_kw];
    if (n_args > 1) {
        memcpy(buf, args + 1, (n_args - 1) * sizeof(kr_obj_t));
    }
    size_t j = n_args - 1;
    for (size_t i = 0; i < kw->used; i++) {
        if (kw->table[i].key != KR_OBJ_NULL) {
            buf[j++] = kw->table[i].key;
            buf[j++] = kw->table[i].value;
        }
    }
    return cls->make_new(cls, n_args - 1, n_kw, buf);
}
static KR_DEFINE_FUN_KW(type_dunder_call_obj, 1, KR_FUN_ARGS_MAX, type_dunder_call);

static const kr_map_elem_t type_locals_table[] = {
    { KR_ROM_QSTR(__call__), KR_ROM_PTR(&type_dunder_call_obj) },
    { KR_ROM_QSTR(mro), KR_ROM_PTR(&type_mro_obj) },
    { KR_ROM_QSTR(__subclasscheck__), KR_ROM_PTR(&type_subclasscheck_obj) },
    { KR_ROM_QSTR(__instancecheck__), KR_ROM_PTR(&type_instancecheck_obj) },
};
static KR_DEFINE_CONST_DICT(type_locals_dict, type_locals_table);

const kr_type_t kr_type_type = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_type,
    .print = type_print,
    .make_new = type_make_new,
    .attr = type_attr,
    .locals_dict = &type_locals_dict,
};

/* ---------------------------------------------------------------- object */

static kr_obj_t object_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_args != 0 || n_kw != 0) {
        kr_raise_msg(&kr_type_TypeError, "object() takes no arguments");
    }
    kr_obj_base_t *o = kr_gc_alloc(sizeof(kr_obj_base_t), 0);
    o->type = &kr_type_object;
    return KR_OBJ_FROM_PTR(o);
}

static kr_obj_t object_init(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_KW(object_init_obj, 1, KR_FUN_ARGS_MAX, object_init);

static kr_obj_t object_new(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    if (!is_type_obj(args[0])) {
        kr_raise_fmt(&kr_type_TypeError, "object.__new__(X): X is not a type object (%s)", kr_obj_type_name(args[0]));
    }
    const kr_type_t *t = KR_OBJ_TO_PTR(args[0]);
    if (kr_type_is_heap(t)) {
        return kr_obj_instance_alloc(t, n_args - 1, 0, args + 1);
    }
    if (t == &kr_type_object) {
        return object_make_new(t, 0, 0, NULL);
    }
    if (t->make_new == NULL) {
        kr_raise_fmt(&kr_type_TypeError, "cannot create '%s' instances", kr_qstr_str(t->name));
    }
    return t->make_new(t, n_args - 1, 0, args + 1);
}
static KR_DEFINE_FUN_KW(object_new_fun_obj, 1, KR_FUN_ARGS_MAX, object_new);
static KR_DEFINE_CONST_STATICMETHOD(object_new_obj, &object_new_fun_obj);

static kr_obj_t object_eq(kr_obj_t self, kr_obj_t other) {
    if (self == other) {
        return KR_OBJ_TRUE;
    }
    const kr_type_t *t = kr_obj_get_type(self);
    if (!kr_type_is_heap(t) && t->binary_op != NULL) {
        kr_obj_t r = t->binary_op(KR_BINARY_OP_EQUAL, self, other);
        if (r != KR_OBJ_NULL) {
            return r;
        }
    }
    return KR_OBJ_NOTIMPLEMENTED;
}
static KR_DEFINE_FUN_2(object_eq_obj, object_eq);

static kr_obj_t object_ne(kr_obj_t self, kr_obj_t other) {
    kr_obj_t r = KR_OBJ_NULL;
    const kr_type_t *t = kr_obj_get_type(self);
    if (kr_type_is_heap(t)) {
        kr_obj_t eq = kr_obj_instance_lookup_special(t, KR_QSTR___eq__);
        if (eq != KR_OBJ_NULL && eq != KR_OBJ_NONE) {
            r = kr_call2(eq, self, other);
        } else {
            r = self == other ? KR_OBJ_TRUE : KR_OBJ_NOTIMPLEMENTED;
        }
    } else {
        r = object_eq(self, other);
    }
    if (r == KR_OBJ_NOTIMPLEMENTED) {
        return r;
    }
    return KR_OBJ_BOOL(!kr_obj_is_true(r));
}
static KR_DEFINE_FUN_2(object_ne_obj, object_ne);

/* object.__lt__ and friends: ordering is left to the other operand */
static kr_obj_t object_order(kr_obj_t self, kr_obj_t other) {
    return KR_OBJ_NOTIMPLEMENTED;
}
static KR_DEFINE_FUN_2(object_order_obj, object_order);

static kr_obj_t object_hash(kr_obj_t self) {
    const kr_type_t *t = kr_obj_get_type(self);
    if (kr_type_is_heap(t)) {
        kr_uint_t v = (kr_uint_t)self;
        v = (v >> 4) | (v << (sizeof(kr_uint_t) * 8 - 4));
        return KR_NEW_SMALL_INT((kr_int_t)(v & (kr_uint_t)KR_SMALL_INT_MAX));
    }
    return kr_obj_new_int(kr_obj_hash(self));
}
static KR_DEFINE_FUN_1(object_hash_obj, object_hash);

static kr_obj_t object_repr(kr_obj_t self) {
    const kr_type_t *t = kr_obj_get_type(self);
    if (kr_type_is_heap(t)) {
        const kr_obj_class_t *c = (const kr_obj_class_t *)t;
        kr_vstr_t v;
        kr_vstr_init(&v, 48);
        kr_vstr_add_byte(&v, '<');
        if (c->module != KR_OBJ_NULL && kr_obj_is_str(c->module)) {
            size_t len;
            const char *m = kr_obj_str_get_data(c->module, &len);
            if (!(len == 8 && memcmp(m, "builtins", 8) == 0)) {
                kr_vstr_add_strn(&v, m, len);
                kr_vstr_add_byte(&v, '.');
            }
        }
        kr_vstr_printf(&v, "%s object at %p>", kr_qstr_str(c->qualname), KR_OBJ_TO_PTR(self));
        return kr_obj_new_str_from_vstr(&v);
    }
    return kr_obj_repr(self);
}
static KR_DEFINE_FUN_1(object_repr_obj, object_repr);

static kr_obj_t object_str(kr_obj_t self) {
    const kr_type_t *t = kr_obj_get_type(self);
    if (kr_type_is_heap(t)) {
        return kr_obj_repr(self);
    }
    return kr_obj_str(self);
}
static KR_DEFINE_FUN_1(object_str_obj, object_str);

static kr_obj_t object_format(kr_obj_t self, kr_obj_t spec) {
    if (!kr_obj_is_str(spec)) {
        kr_raise_fmt(&kr_type_TypeError, "format() argument 2 must be str, not %s", kr_obj_type_name(spec));
    }
    size_t len;
    kr_obj_str_get_data(spec, &len);
    if (len != 0) {
        kr_raise_fmt(&kr_type_TypeError, "unsupported format string passed to %s.__format__", kr_obj_type_name(self));
    }
    return kr_obj_str(self);
}
static KR_DEFINE_FUN_2(object_format_obj, object_format);

static kr_obj_t object_setattr(kr_obj_t self, kr_obj_t name, kr_obj_t value) {
    kr_qstr_t q = kr_obj_str_get_qstr(name);
    if (kr_type_is_heap(kr_obj_get_type(self))) {
        kr_obj_instance_generic_setattr(self, q, value);
        return KR_OBJ_NONE;
    }
    kr_store_attr(self, q, value);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_3(object_setattr_obj, object_setattr);

static kr_obj_t object_delattr(kr_obj_t self, kr_obj_t name) {
    kr_qstr_t q = kr_obj_str_get_qstr(name);
    if (kr_type_is_heap(kr_obj_get_type(self))) {
        if (!kr_obj_instance_generic_setattr(self, q, KR_OBJ_NULL)) {
            kr_raise_fmt(&kr_type_AttributeError, "'%s' object has no attribute '%s'", kr_obj_type_name(self),
                         kr_qstr_str(q));
        }
        return KR_OBJ_NONE;
    }
    kr_delete_attr(self, q);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(object_delattr_obj, object_delattr);

static kr_obj_t object_getattribute(kr_obj_t self, kr_obj_t name) {
    kr_qstr_t q = kr_obj_str_get_qstr(name);
    const kr_type_t *t = kr_obj_get_type(self);
    if (kr_type_is_heap(t)) {
        /* generic lookup without __getattribute__/__getattr__ */
        kr_obj_class_t *c = (kr_obj_class_t *)t;
        uint16_t saved = c->cflags;
        c->cflags &= (uint16_t)~(KR_CLASS_F_GETATTRIBUTE | KR_CLASS_F_GETATTR);
        kr_obj_t dest[2] = { KR_OBJ_NULL, KR_OBJ_NULL };
        kr_nlr_buf_t nlr;
        if (kr_nlr_push(&nlr) == 0) {
            kr_obj_instance_attr(self, q, dest);
            kr_nlr_pop();
            c->cflags = saved;
        } else {
            c->cflags = saved;
            kr_nlr_jump(nlr.ret_val);
        }
        if (dest[0] == KR_OBJ_NULL) {
            kr_raise_fmt(&kr_type_AttributeError, "'%s' object has no attribute '%s'", kr_qstr_str(t->name),
                         kr_qstr_str(q));
        }
        if (dest[1] != KR_OBJ_NULL) {
            return kr_obj_new_bound_meth(dest[0], dest[1]);
        }
        return dest[0];
    }
    return kr_load_attr(self, q);
}
static KR_DEFINE_FUN_2(object_getattribute_obj, object_getattribute);

static kr_obj_t object_init_subclass(kr_obj_t cls) {
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(object_init_subclass_fun_obj, object_init_subclass);
static KR_DEFINE_CONST_CLASSMETHOD(object_init_subclass_obj, &object_init_subclass_fun_obj);

static kr_obj_t object_dir(kr_obj_t self) {
    kr_obj_t dir = kr_load_builtin(KR_QSTR_dir);
    return kr_call1(dir, self);
}
static KR_DEFINE_FUN_1(object_dir_obj, object_dir);

static const kr_map_elem_t object_locals_table[] = {
    { KR_ROM_QSTR(__init__), KR_ROM_PTR(&object_init_obj) },
    { KR_ROM_QSTR(__new__), KR_ROM_PTR(&object_new_obj) },
    { KR_ROM_QSTR(__eq__), KR_ROM_PTR(&object_eq_obj) },
    { KR_ROM_QSTR(__ne__), KR_ROM_PTR(&object_ne_obj) },
    { KR_ROM_QSTR(__lt__), KR_ROM_PTR(&object_order_obj) },
    { KR_ROM_QSTR(__le__), KR_ROM_PTR(&object_order_obj) },
    { KR_ROM_QSTR(__gt__), KR_ROM_PTR(&object_order_obj) },
    { KR_ROM_QSTR(__ge__), KR_ROM_PTR(&object_order_obj) },
    { KR_ROM_QSTR(__hash__), KR_ROM_PTR(&object_hash_obj) },
    { KR_ROM_QSTR(__repr__), KR_ROM_PTR(&object_repr_obj) },
    { KR_ROM_QSTR(__str__), KR_ROM_PTR(&object_str_obj) },
    { KR_ROM_QSTR(__format__), KR_ROM_PTR(&object_format_obj) },
    { KR_ROM_QSTR(__setattr__), KR_ROM_PTR(&object_setattr_obj) },
    { KR_ROM_QSTR(__delattr__), KR_ROM_PTR(&object_delattr_obj) },
    { KR_ROM_QSTR(__getattribute__), KR_ROM_PTR(&object_getattribute_obj) },
    { KR_ROM_QSTR(__init_subclass__), KR_ROM_PTR(&object_init_subclass_obj) },
    { KR_ROM_QSTR(__dir__), KR_ROM_PTR(&object_dir_obj) },
};
static KR_DEFINE_CONST_DICT(object_locals_dict, object_locals_table);

const kr_type_t kr_type_object = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE | KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_object,
    .make_new = object_make_new,
    .locals_dict = &object_locals_dict,
};

/* ---------------------------------------------------------------- super */

typedef struct {
    kr_obj_base_t base;
    kr_obj_t type;     /* the class whose successors are searched */
    kr_obj_t obj;      /* the instance (or class) */
} super_t;

kr_obj_t kr_obj_super_new(kr_obj_t type, kr_obj_t obj) {
    if (!is_type_obj(type)) {
        kr_raise_fmt(&kr_type_TypeError, "super() argument 1 must be a type, not %s", kr_obj_type_name(type));
    }
    const kr_type_t *t = KR_OBJ_TO_PTR(type);
    bool ok = kr_obj_is_instance(obj, t) || (is_type_obj(obj) && kr_type_is_subtype(KR_OBJ_TO_PTR(obj), t));
    if (!ok) {
        kr_raise_msg(&kr_type_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    }
    super_t *s = kr_gc_alloc(sizeof(super_t), 0);
    s->base.type = &kr_type_super;
    s->type = type;
    s->obj = obj;
    return KR_OBJ_FROM_PTR(s);
}

kr_obj_t kr_obj_super_new_from_frame(void) {
    kr_obj_t self, cls;
    if (kr_vm_current_self_and_class == NULL || !kr_vm_current_self_and_class(&self, &cls)) {
        kr_raise_msg(&kr_type_RuntimeError, "super(): no arguments");
    }
    if (!is_type_obj(cls)) {
        kr_raise_msg(&kr_type_RuntimeError, "super(): __class__ is not a type");
    }
    return kr_obj_super_new(cls, self);
}

static kr_obj_t super_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_kw != 0) {
        kr_raise_msg(&kr_type_TypeError, "super() takes no keyword arguments");
    }
    if (n_args == 0) {
        return kr_obj_super_new_from_frame();
    }
    if (n_args == 1) {
        kr_raise_msg(&kr_type_NotImplementedError, "unbound super objects are not supported");
    }
    if (n_args > 2) {
        kr_raise_fmt(&kr_type_TypeError, "super() takes at most 2 arguments (%u given)", (unsigned)n_args);
    }
    return kr_obj_super_new(args[0], args[1]);
}

static void super_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    super_t *s = KR_OBJ_TO_PTR(self);
    kr_print_str(p, "<super: ");
    kr_obj_print(p, s->type, KR_PRINT_REPR);
    kr_print_str(p, ", ");
    if (is_type_obj(s->obj)) {
        kr_obj_print(p, s->obj, KR_PRINT_REPR);
    } else {
        kr_printf(p, "<%s object>", kr_obj_type_name(s->obj));
    }
    kr_print_str(p, ">");
}

/* list/dict/set.__init__ through super(): re-run the native initialiser. */
static kr_obj_t super_native_init(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    kr_obj_t self = args[0];
    const kr_type_t *t = kr_obj_get_type(self);
    const kr_type_t *native = kr_type_is_heap(t) ? ((const kr_obj_class_t *)t)->native : t;
    if (n_args == 1 && kw->filled == 0) {
        return KR_OBJ_NONE;
    }
    kr_qstr_t m = native == &kr_type_list || native == &kr_type_bytearray ? KR_QSTR_extend : KR_QSTR_update;
    kr_obj_t f = kr_type_lookup(native, m);
    if (f == KR_OBJ_NULL) {
        return KR_OBJ_NONE;
    }
    if (native == &kr_type_list) {
        kr_obj_list_t *l = KR_OBJ_TO_PTR(self);
        l->len = 0;
    }
    size_t n_kw = kw->filled;
    kr_obj_t buf[n_args + 2 * n_kw];
    memcpy(buf, args, n_args * sizeof(kr_obj_t));
    size_t j = n_args;
    for (size_t i = 0; i < kw->used; i++) {
        if (kw->table[i].key != KR_OBJ_NULL) {
            buf[j++] = kw->table[i].key;
            buf[j++] = kw->table[i].value;
        }
    }
    kr_call(f, n_args, n_kw, buf);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_KW(super_native_init_obj, 1, KR_FUN_ARGS_MAX, super_native_init);

static void super_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    super_t *s = KR_OBJ_TO_PTR(self);
    if (attr == KR_QSTR___class__) {
        dest[0] = KR_OBJ_FROM_PTR(&kr_type_super);
        return;
    }
    if (attr == KR_QSTR___thisclass__) {
        dest[0] = s->type;
        return;
    }
    if (attr == KR_QSTR___self__) {
        dest[0] = s->obj;
        return;
    }
    bool obj_is_type = is_type_obj(s->obj) && kr_type_is_subtype(KR_OBJ_TO_PTR(s->obj), KR_OBJ_TO_PTR(s->type));
    const kr_type_t *start = obj_is_type ? KR_OBJ_TO_PTR(s->obj) : kr_obj_get_type(s->obj);
    kr_obj_tuple_t *mro = KR_OBJ_TO_PTR(kr_obj_type_get_mro(start));
    size_t i = 0;
    while (i < mro->len && mro->items[i] != s->type) {
        i++;
    }
    for (i++; i < mro->len; i++) {
        const kr_type_t *t = KR_OBJ_TO_PTR(mro->items[i]);
        if (attr == KR_QSTR___init__ && !kr_type_is_heap(t)
            && (t == &kr_type_list || t == &kr_type_dict || t == &kr_type_set || t == &kr_type_bytearray)) {
            dest[0] = KR_OBJ_FROM_PTR(&super_native_init_obj);
            dest[1] = s->obj;
            return;
        }
        kr_map_elem_t *e = NULL;
        if (t->locals_dict != NULL) {
            e = kr_map_lookup_qstr((kr_map_t *)&t->locals_dict->map, attr);
        }
        kr_obj_t v = e != NULL ? e->value : t != &kr_type_object ? kr_obj_slot_lookup(t, attr) : KR_OBJ_NULL;
        if (v == KR_OBJ_NULL) {
            continue;
        }
        if (obj_is_type) {
            if (kr_obj_is_type(v, &kr_type_classmethod)) {
                dest[0] = ((kr_obj_static_class_method_t *)KR_OBJ_TO_PTR(v))->fun;
                dest[1] = s->obj;
            } else if (kr_obj_is_type(v, &kr_type_staticmethod)) {
                dest[0] = ((kr_obj_static_class_method_t *)KR_OBJ_TO_PTR(v))->fun;
            } else {
                dest[0] = v;
            }
            return;
        }
        kr_obj_type_bind_attr(v, s->obj, kr_obj_get_type(s->obj), dest);
        return;
    }
}

const kr_type_t kr_type_super = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_super,
    .print = super_print,
    .make_new = super_make_new,
    .attr = super_attr,
};
