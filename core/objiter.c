/* objiter.c: lazy iterator types: enumerate, zip, map, filter, reversed, and the
 * generic sequence iterator (__getitem__ protocol). */
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "objiter.h"

kr_obj_t kr_obj_iter_getiter_self(kr_obj_t self) {
    return self;
}

/* ---------------------------------------------------------------- sequence iterator */

typedef struct _seq_iter_t {
    kr_obj_base_t base;
    kr_obj_t seq;        /* NULL once exhausted */
    kr_int_t index;
} seq_iter_t;

static kr_obj_t seq_iter_next(kr_obj_t self) {
    seq_iter_t *it = KR_OBJ_TO_PTR(self);
    if (it->seq == KR_OBJ_NULL) {
        return KR_OBJ_NULL;
    }
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_obj_t x = kr_subscr_load(it->seq, kr_obj_new_int(it->index));
        kr_nlr_pop();
        it->index++;
        return x;
    }
    kr_obj_t exc = nlr.ret_val;
    if (kr_obj_is_instance(exc, &kr_type_IndexError) || kr_obj_is_instance(exc, &kr_type_StopIteration)) {
        it->seq = KR_OBJ_NULL;
        return KR_OBJ_NULL;
    }
    kr_nlr_jump(exc);
}

static const kr_type_t seq_iter_type = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF,
    .name = KR_QSTR_iterator,
    .getiter = kr_obj_iter_getiter_self,
    .iternext = seq_iter_next,
};

kr_obj_t kr_obj_new_seq_iter(kr_obj_t seq) {
    seq_iter_t *it = kr_gc_alloc(sizeof(seq_iter_t), 0);
    it->base.type = &seq_iter_type;
    it->seq = seq;
    return KR_OBJ_FROM_PTR(it);
}

/* ---------------------------------------------------------------- enumerate */

typedef struct _enumerate_t {
    kr_obj_base_t base;
    kr_obj_t iter;
    kr_obj_t count;
} enumerate_t;

static kr_obj_t enumerate_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_obj_t iterable = KR_OBJ_NULL, start = KR_NEW_SMALL_INT(0);
    if (n_args > 2) {
        kr_raise_fmt(&kr_type_TypeError, "enumerate() takes at most 2 arguments (%u given)",
                     (unsigned)(n_args + n_kw));
    }
    if (n_args > 0) {
        iterable = args[0];
    }
    if (n_args > 1) {
        start = args[1];
    }
    for (size_t i = 0; i < n_kw; i++) {
        kr_obj_t k = args[n_args + 2 * i], v = args[n_args + 2 * i + 1];
        if (k == KR_ROM_QSTR(iterable) && n_args < 1) {
            iterable = v;
        } else if (k == KR_ROM_QSTR(start) && n_args < 2) {
            start = v;
        } else {
            kr_raise_fmt(&kr_type_TypeError, "'%s' is an invalid keyword argument for enumerate()",
                         kr_qstr_str(KR_QSTR_VALUE(k)));
        }
    }
    if (iterable == KR_OBJ_NULL) {
        kr_raise_msg(&kr_type_TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
    }
    if (!kr_obj_is_int(start)) {
        kr_raise_fmt(&kr_type_TypeError, "'%s' object cannot be interpreted as an integer",
                     kr_obj_type_name(start));
    }
    enumerate_t *e = kr_gc_alloc(sizeof(enumerate_t), 0);
    e->base.type = type;
    e->iter = kr_getiter(iterable);
    e->count = start == KR_OBJ_TRUE ? KR_NEW_SMALL_INT(1) : start == KR_OBJ_FALSE ? KR_NEW_SMALL_INT(0) : start;
    return KR_OBJ_FROM_PTR(e);
}

static kr_obj_t enumerate_iternext(kr_obj_t self) {
    enumerate_t *e = KR_OBJ_TO_PTR(self);
    kr_obj_t x = kr_iternext(e->iter);
    if (x == KR_OBJ_NULL) {
        return KR_OBJ_NULL;
    }
    kr_obj_t pair[2] = {e->count, x};
    kr_obj_t c = e->count;
    if (KR_IS_SMALL_INT(c) && KR_SMALL_INT_VALUE(c) < KR_SMALL_INT_MAX) {
        e->count = KR_NEW_SMALL_INT(KR_SMALL_INT_VALUE(c) + 1);
    } else {
        e->count = kr_binary_op(KR_BINARY_OP_ADD, c, KR_NEW_SMALL_INT(1));
    }
    return kr_obj_new_tuple(2, pair);
}

const kr_type_t kr_type_enumerate = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF | KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_enumerate,
    .make_new = enumerate_make_new,
    .getiter = kr_obj_iter_getiter_self,
    .iternext = enumerate_iternext,
};

/* ---------------------------------------------------------------- zip */

typedef struct _zip_t {
    kr_obj_base_t base;
    size_t n;
    bool strict;
    bool done;
    kr_obj_t iters[];
} zip_t;

static kr_obj_t zip_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    bool strict = false;
    for (size_t i = 0; i < n_kw; i++) {
        kr_obj_t k = args[n_args + 2 * i];
        if (k != KR_ROM_QSTR(strict)) {
            kr_raise_msg(&kr_type_TypeError, "zip() takes at most 1 keyword argument");
        }
        strict = kr_obj_is_true(args[n_args + 2 * i + 1]);
    }
    zip_t *z = kr_gc_alloc(sizeof(zip_t) + n_args * sizeof(kr_obj_t), 0);
    z->base.type = type;
    z->n = n_args;
    z->strict = strict;
    for (size_t i = 0; i < n_args; i++) {
        z->iters[i] = kr_getiter(args[i]);
    }
    return KR_OBJ_FROM_PTR(z);
}

static _Noreturn void zip_strict_error(size_t i, bool longer) {
    const char *what = longer ? "longer" : "shorter";
    if (i == 1) {
        kr_raise_fmt(&kr_type_ValueError, "zip() argument 2 is %s than argument 1", what);
    }
    kr_raise_fmt(&kr_type_ValueError, "zip() argument %u is %s than arguments 1-%u", (unsigned)(i + 1),
                 what, (unsigned)i);
}

static kr_obj_t zip_iternext(kr_obj_t self) {
    zip_t *z = KR_OBJ_TO_PTR(self);
    if (z->n == 0 || z->done) {
        return KR_OBJ_NULL;
    }
    kr_obj_t t = kr_obj_new_tuple(z->n, NULL);
    kr_obj_tuple_t *tp = KR_OBJ_TO_PTR(t);
    for (size_t i = 0; i < z->n; i++) {
        kr_obj_t x = kr_iternext(z->iters[i]);
        if (x == KR_OBJ_NULL) {
            z->done = true;
            if (z->strict) {
                if (i > 0) {
                    zip_strict_error(i, false);
                }
                for (size_t j = 1; j < z->n; j++) {
                    if (kr_iternext(z->iters[j]) != KR_OBJ_NULL) {
                        zip_strict_error(j, true);
                    }
                }
            }
            return KR_OBJ_NULL;
        }
        tp->items[i] = x;
    }
    return t;
}

const kr_type_t kr_type_zip = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF | KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_zip,
    .make_new = zip_make_new,
    .getiter = kr_obj_iter_getiter_self,
    .iternext = zip_iternext,
};

/* ---------------------------------------------------------------- map */

typedef struct _map_iter_t {
    kr_obj_base_t base;
    kr_obj_t fun;
    size_t n;
    kr_obj_t iters[];
} map_iter_t;

static kr_obj_t map_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_kw > 0 && type == &kr_type_map) {
        kr_raise_msg(&kr_type_TypeError, "map() takes no keyword arguments");
    }
    if (n_args < 2) {
        kr_raise_msg(&kr_type_TypeError, "map() must have at least two arguments.");
    }
    map_iter_t *m = kr_gc_alloc(sizeof(map_iter_t) + (n_args - 1) * sizeof(kr_obj_t), 0);
    m->base.type = type;
    m->fun = args[0];
    m->n = n_args - 1;
    for (size_t i = 1; i < n_args; i++) {
        m->iters[i - 1] = kr_getiter(args[i]);
    }
    return KR_OBJ_FROM_PTR(m);
}

static kr_obj_t map_iternext(kr_obj_t self) {
    map_iter_t *m = KR_OBJ_TO_PTR(self);
    if (m->n == 1) {
        kr_obj_t x = kr_iternext(m->iters[0]);
        if (x == KR_OBJ_NULL) {
            return KR_OBJ_NULL;
        }
        return kr_call1(m->fun, x);
    }
    kr_obj_t argv[8];
    kr_obj_t *a = m->n <= 8 ? argv : kr_gc_alloc(m->n * sizeof(kr_obj_t), 0);
    for (size_t i = 0; i < m->n; i++) {
        a[i] = kr_iternext(m->iters[i]);
        if (a[i] == KR_OBJ_NULL) {
            return KR_OBJ_NULL;
        }
    }
    return kr_call(m->fun, m->n, 0, a);
}

const kr_type_t kr_type_map = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF | KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_map,
    .make_new = map_make_new,
    .getiter = kr_obj_iter_getiter_self,
    .iternext = map_iternext,
};

/* ---------------------------------------------------------------- filter */

typedef struct _filter_t {
    kr_obj_base_t base;
    kr_obj_t fun;        /* None = truth test */
    kr_obj_t iter;
} filter_t;

static kr_obj_t filter_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_kw > 0 && type == &kr_type_filter) {
        kr_raise_msg(&kr_type_TypeError, "filter() takes no keyword arguments");
    }
    if (n_args != 2) {
        kr_raise_fmt(&kr_type_TypeError, "filter expected 2 arguments, got %u", (unsigned)n_args);
    }
    filter_t *f = kr_gc_alloc(sizeof(filter_t), 0);
    f->base.type = type;
    f->fun = args[0];
    f->iter = kr_getiter(args[1]);
    return KR_OBJ_FROM_PTR(f);
}

static kr_obj_t filter_iternext(kr_obj_t self) {
    filter_t *f = KR_OBJ_TO_PTR(self);
    kr_obj_t x;
    while ((x = kr_iternext(f->iter)) != KR_OBJ_NULL) {
        kr_obj_t v = f->fun == KR_OBJ_NONE ? x : kr_call1(f->fun, x);
        if (kr_obj_is_true(v)) {
            return x;
        }
    }
    return KR_OBJ_NULL;
}

const kr_type_t kr_type_filter = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF | KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_filter,
    .make_new = filter_make_new,
    .getiter = kr_obj_iter_getiter_self,
    .iternext = filter_iternext,
};

/* ---------------------------------------------------------------- reversed */

typedef struct _reversed_t {
    kr_obj_base_t base;
    kr_obj_t seq;
    kr_int_t index;      /* next index to yield; -1 when exhausted */
} reversed_t;

static kr_obj_t reversed_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_kw > 0 && type == &kr_type_reversed) {
        kr_raise_msg(&kr_type_TypeError, "reversed() takes no keyword arguments");
    }
    if (n_args != 1) {
        kr_raise_fmt(&kr_type_TypeError, "reversed expected 1 argument, got %u", (unsigned)n_args);
    }
    kr_obj_t seq = args[0];
    kr_obj_t dest[2];
    kr_load_method_maybe(seq, KR_QSTR___reversed__, dest);
    if (dest[0] != KR_OBJ_NULL) {
        if (dest[0] == KR_OBJ_NONE) {
            kr_raise_fmt(&kr_type_TypeError, "'%s' object is not reversible", kr_obj_type_name(seq));
        }
        return kr_call_method_n_kw(0, 0, dest);
    }
    const kr_type_t *t = kr_obj_get_type(seq);
    bool has_getitem = t->subscr != NULL || kr_type_lookup(t, KR_QSTR___getitem__) != KR_OBJ_NULL;
    kr_obj_t len = has_getitem && !kr_obj_is_type(seq, &kr_type_dict) ? kr_obj_len_maybe(seq) : KR_OBJ_NULL;
    if (len == KR_OBJ_NULL) {
        kr_raise_fmt(&kr_type_TypeError, "'%s' object is not reversible", kr_obj_type_name(seq));
    }
    reversed_t *r = kr_gc_alloc(sizeof(reversed_t), 0);
    r->base.type = type;
    r->seq = seq;
    r->index = KR_SMALL_INT_VALUE(len) - 1;
    return KR_OBJ_FROM_PTR(r);
}

static kr_obj_t reversed_iternext(kr_obj_t self) {
    reversed_t *r = KR_OBJ_TO_PTR(self);
    if (r->index < 0) {
        return KR_OBJ_NULL;
    }
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_obj_t x = kr_subscr_load(r->seq, KR_NEW_SMALL_INT(r->index));
        kr_nlr_pop();
        r->index--;
        return x;
    }
    kr_obj_t exc = nlr.ret_val;
    if (kr_obj_is_instance(exc, &kr_type_IndexError) || kr_obj_is_instance(exc, &kr_type_StopIteration)) {
        r->index = -1;
        return KR_OBJ_NULL;
    }
    kr_nlr_jump(exc);
}

const kr_type_t kr_type_reversed = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF | KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_reversed,
    .make_new = reversed_make_new,
    .getiter = kr_obj_iter_getiter_self,
    .iternext = reversed_iternext,
};
