/* objset.c: set and frozenset: a hash table laid out and probed as CPython's, so
 * iteration order (and so printing) matches CPython's. */
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "map.h"
#include "objset.h"
#include "objlist.h"
#include "objdict.h"
#include "objiter.h"

#define SET_MINSIZE (8)
#define LINEAR_PROBES (9)
#define PERTURB_SHIFT (5)
#define DUMMY KR_OBJ_SENTINEL

typedef struct _set_entry_t {
    kr_obj_t key;        /* NULL = never used, DUMMY = removed */
    kr_int_t hash;
} set_entry_t;

typedef struct _kr_obj_set_t {
    kr_obj_base_t base;
    size_t fill;         /* active + dummy entries */
    size_t used;         /* active entries */
    size_t mask;         /* table size - 1 */
    size_t finger;       /* pop() search start */
    kr_int_t hash;       /* frozenset: cached hash, or -1 */
    set_entry_t *table;
} kr_obj_set_t;

static inline kr_obj_set_t *set_ptr(kr_obj_t o) {
    return (kr_obj_set_t *)KR_OBJ_TO_PTR(o);
}

bool kr_obj_set_check_any(kr_obj_t o) {
    if (!KR_IS_OBJ(o)) {
        return false;
    }
    const kr_type_t *t = KR_OBJ_TYPE(o);
    return t == &kr_type_set || t == &kr_type_frozenset || kr_obj_is_instance(o, &kr_type_set)
        || kr_obj_is_instance(o, &kr_type_frozenset);
}

static bool is_frozen(kr_obj_t o) {
    return KR_OBJ_TYPE(o) == &kr_type_frozenset || kr_obj_is_instance(o, &kr_type_frozenset);
}

/* the builtin base type (set or frozenset) of a set object */
static const kr_type_t *base_type(kr_obj_t o) {
    return is_frozen(o) ? &kr_type_frozenset : &kr_type_set;
}

static kr_obj_t set_alloc(const kr_type_t *type) {
    kr_obj_set_t *so = kr_gc_alloc(sizeof(kr_obj_set_t), 0);
    so->base.type = type;
    so->mask = SET_MINSIZE - 1;
    so->hash = -1;
    so->table = kr_gc_alloc(SET_MINSIZE * sizeof(set_entry_t), 0);
    return KR_OBJ_FROM_PTR(so);
}

size_t kr_obj_set_len(kr_obj_t so) {
    return set_ptr(so)->used;
}

/* ---------------------------------------------------------------- the hash table */

static void insert_clean(set_entry_t *table, size_t mask, kr_obj_t key, kr_int_t hash) {
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        set_entry_t *e = &table[i];
        if (e->key == KR_OBJ_NULL) {
            goto found;
        }
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == KR_OBJ_NULL) {
                    goto found;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static void table_resize(kr_obj_set_t *so, size_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        newsize <<= 1;
    }
    set_entry_t *old = so->table;
    size_t oldmask = so->mask;
    set_entry_t *nt = kr_gc_alloc(newsize * sizeof(set_entry_t), 0);
    for (size_t i = 0; i <= oldmask; i++) {
        kr_obj_t k = old[i].key;
        if (k != KR_OBJ_NULL && k != DUMMY) {
            insert_clean(nt, newsize - 1, k, old[i].hash);
        }
    }
    so->table = nt;
    so->mask = newsize - 1;
    so->fill = so->used;
}

static inline bool entry_key_equal(kr_obj_t a, kr_obj_t b) {
    if ((KR_IS_QSTR(a) && KR_IS_QSTR(b)) || (KR_IS_SMALL_INT(a) && KR_IS_SMALL_INT(b))) {
        return false;
    }
    return kr_obj_equal(a, b);
}

/* A key's __eq__ that keeps changing the set would make a lookup start again forever. */
#define MAX_RESTARTS (1000)
static void check_restarts(unsigned *restarts) {
    if (++*restarts > MAX_RESTARTS) {
        kr_raise_msg(&kr_type_RuntimeError, "set changed size during iteration");
    }
}

static void add_entry(kr_obj_set_t *so, kr_obj_t key, kr_int_t hash) {
    unsigned restarts = 0;
restart:;
    size_t mask = so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    set_entry_t *freeslot = NULL;
    set_entry_t *e;
    for (;;) {
        e = &so->table[i];
        size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        for (;;) {
            if (e->key == KR_OBJ_NULL) {
                goto found_unused_or_dummy;
            }
            if (e->key == DUMMY) {
                if (freeslot == NULL) {
                    freeslot = e;
                }
            } else if (e->hash == hash) {
                kr_obj_t startkey = e->key;
                if (startkey == key) {
                    return;
                }
                set_entry_t *table = so->table;
                if (entry_key_equal(startkey, key)) {
                    return;
                }
                if (table != so->table || e->key != startkey) {
                    check_restarts(&restarts);
                    goto restart;
                }
                mask = so->mask;
            }
            if (probes-- == 0) {
                break;
            }
            e++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot != NULL) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return;
    }
    so->fill++;
    so->used++;
    e->key = key;
    e->hash = hash;
    if (so->fill * 5 < mask * 3) {
        return;
    }
    table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

/* The entry holding key, or NULL. */
static set_entry_t *lookkey(kr_obj_set_t *so, kr_obj_t key, kr_int_t hash) {
    unsigned restarts = 0;
restart:;
    size_t mask = so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        set_entry_t *e = &so->table[i];
        size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        for (;;) {
            if (e->key == KR_OBJ_NULL) {
                return NULL;
            }
            if (e->hash == hash && e->key != DUMMY) {
                kr_obj_t startkey = e->key;
                if (startkey == key) {
                    return e;
                }
                set_entry_t *table = so->table;
                if (entry_key_equal(startkey, key)) {
                    return e;
                }
                if (table != so->table || e->key != startkey) {
                    check_restarts(&restarts);
                    goto restart;
                }
                mask = so->mask;
            }
            if (probes-- == 0) {
                break;
            }
            e++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static bool discard_entry(kr_obj_set_t *so, kr_obj_t key, kr_int_t hash) {
    set_entry_t *e = lookkey(so, key, hash);
    if (e == NULL) {
        return false;
    }
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    return true;
}

/* Next active entry at or after *pos; NULL at the end. */
static set_entry_t *set_next(kr_obj_set_t *so, size_t *pos) {
    while (*pos <= so->mask) {
        set_entry_t *e = &so->table[(*pos)++];
        if (e->key != KR_OBJ_NULL && e->key != DUMMY) {
            return e;
        }
    }
    return NULL;
}

static kr_int_t key_hash(kr_obj_t key) {
    return kr_map_hash_key(key);
}

static void set_merge(kr_obj_set_t *so, kr_obj_set_t *other);

/* hash a key for lookups: a set used as key is looked up as a frozenset */
static kr_int_t lookup_hash(kr_obj_t *key) {
    if (KR_IS_OBJ(*key) && kr_obj_set_check_any(*key) && !is_frozen(*key)) {
        kr_obj_t f = set_alloc(&kr_type_frozenset);
        set_merge(set_ptr(f), set_ptr(*key));
        *key = f;
    }
    return key_hash(*key);
}

static void set_merge(kr_obj_set_t *so, kr_obj_set_t *other) {
    if (so == other || other->used == 0) {
        return;
    }
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        table_resize(so, (so->used + other->used) * 2);
    }
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++) {
            so->table[i] = other->table[i];
        }
        so->fill = other->fill;
        so->used = other->used;
        return;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (size_t i = 0; i <= other->mask; i++) {
            kr_obj_t k = other->table[i].key;
            if (k != KR_OBJ_NULL && k != DUMMY) {
                insert_clean(so->table, so->mask, k, other->table[i].hash);
            }
        }
        return;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        set_entry_t *e = &other->table[i];
        if (e->key != KR_OBJ_NULL && e->key != DUMMY) {
            add_entry(so, e->key, e->hash);
        }
    }
}

static void update_internal(kr_obj_set_t *so, kr_obj_t other) {
    if (kr_obj_set_check_any(other)) {
        set_merge(so, set_ptr(other));
        return;
    }
    if (kr_obj_is_type(other, &kr_type_dict)) {
        kr_map_t *map = kr_obj_dict_get_map(other);
        size_t dictsize = map->filled;
        if ((so->fill + dictsize) * 5 >= so->mask * 3) {
            table_resize(so, (so->used + dictsize) * 2);
        }
        for (size_t pos = 0; pos < map->used; pos++) {
            kr_obj_t k = map->table[pos].key;
            if (k != KR_OBJ_NULL) {
                add_entry(so, k, key_hash(k));
            }
        }
        return;
    }
    if (kr_obj_is_type(other, &kr_type_list) || kr_obj_is_type(other, &kr_type_tuple)) {
        size_t n;
        kr_obj_t *items;
        kr_obj_get_array(other, &n, &items);
        for (size_t i = 0; i < n; i++) {
            kr_obj_get_array(other, &n, &items);   /* the list may change under __eq__ */
            if (i >= n) {
                break;
            }
            kr_obj_t k = items[i];
            add_entry(so, k, key_hash(k));
        }
        return;
    }
    kr_obj_t it = kr_getiter(other);
    kr_obj_t k;
    while ((k = kr_iternext(it)) != KR_OBJ_NULL) {
        add_entry(so, k, key_hash(k));
    }
}

static void clear_internal(kr_obj_set_t *so) {
    so->table = kr_gc_alloc(SET_MINSIZE * sizeof(set_entry_t), 0);
    so->mask = SET_MINSIZE - 1;
    so->fill = 0;
    so->used = 0;
    so->finger = 0;
}

/* ---------------------------------------------------------------- C API */

kr_obj_t kr_obj_new_set(size_t n, const kr_obj_t *items) {
    kr_obj_t s = set_alloc(&kr_type_set);
    for (size_t i = 0; i < n; i++) {
        add_entry(set_ptr(s), items[i], key_hash(items[i]));
    }
    return s;
}

kr_obj_t kr_obj_new_frozenset(size_t n, const kr_obj_t *items) {
    kr_obj_t s = set_alloc(&kr_type_frozenset);
    for (size_t i = 0; i < n; i++) {
        add_entry(set_ptr(s), items[i], key_hash(items[i]));
    }
    return s;
}

void kr_obj_set_store(kr_obj_t set, kr_obj_t item) {
    add_entry(set_ptr(set), item, key_hash(item));
}

void kr_obj_set_update(kr_obj_t set, kr_obj_t iterable) {
    kr_obj_set_t *so = set_ptr(set);
    if (so->fill == 0 && kr_obj_is_type(iterable, &kr_type_tuple)
        && ((kr_obj_tuple_t *)KR_OBJ_TO_PTR(iterable))->len > 2) {
        /* A set display of constants: CPython builds it from a frozenset constant
         * (BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE); do the same so that the
         * table layout, and so the iteration order, matches. CPython's constant
         * merging then rebuilds that frozenset from a tuple of its items in
         * iteration order (merge_consts_recursive), so build it twice. */
        kr_obj_t tmp = set_alloc(&kr_type_frozenset);
        update_internal(set_ptr(tmp), iterable);
        kr_obj_t tmp2 = set_alloc(&kr_type_frozenset);
        update_internal(set_ptr(tmp2), kr_obj_tuple_from_iter(tmp));
        set_merge(so, set_ptr(tmp2));
        return;
    }
    update_internal(so, iterable);
}

bool kr_obj_set_contains(kr_obj_t so, kr_obj_t key) {
    kr_int_t h = lookup_hash(&key);
    return lookkey(set_ptr(so), key, h) != NULL;
}

bool kr_obj_set_discard(kr_obj_t so, kr_obj_t key) {
    kr_int_t h = lookup_hash(&key);
    return discard_entry(set_ptr(so), key, h);
}

static kr_obj_t set_copy_as(const kr_type_t *type, kr_obj_t so) {
    kr_obj_t r = set_alloc(type);
    set_merge(set_ptr(r), set_ptr(so));
    return r;
}

static kr_obj_t set_copy(kr_obj_t so) {
    return set_copy_as(base_type(so), so);
}

kr_obj_t kr_obj_set_intersection(kr_obj_t so, kr_obj_t other) {
    if (so == other) {
        return set_copy(so);
    }
    kr_obj_t result = set_alloc(base_type(so));
    if (kr_obj_set_check_any(other)) {
        kr_obj_set_t *a = set_ptr(so), *b = set_ptr(other);
        if (b->used > a->used) {
            kr_obj_set_t *t = a;
            a = b;
            b = t;
        }
        size_t pos = 0;
        set_entry_t *e;
        while ((e = set_next(b, &pos)) != NULL) {
            kr_obj_t k = e->key;
            kr_int_t h = e->hash;
            if (lookkey(a, k, h) != NULL) {
                add_entry(set_ptr(result), k, h);
            }
        }
        return result;
    }
    kr_obj_t it = kr_getiter(other);
    kr_obj_t k;
    while ((k = kr_iternext(it)) != KR_OBJ_NULL) {
        kr_int_t h = key_hash(k);
        if (lookkey(set_ptr(so), k, h) != NULL) {
            add_entry(set_ptr(result), k, h);
        }
    }
    return result;
}

void kr_obj_set_difference_update(kr_obj_t so_obj, kr_obj_t other) {
    kr_obj_set_t *so = set_ptr(so_obj);
    if (so_obj == other) {
        clear_internal(so);
        return;
    }
    if (kr_obj_set_check_any(other)) {
        if ((set_ptr(other)->used >> 3) > so->used) {
            other = kr_obj_set_intersection(so_obj, other);
        }
        kr_obj_set_t *o = set_ptr(other);
        size_t pos = 0;
        set_entry_t *e;
        while ((e = set_next(o, &pos)) != NULL) {
            discard_entry(so, e->key, e->hash);
        }
    } else {
        kr_obj_t it = kr_getiter(other);
        kr_obj_t k;
        while ((k = kr_iternext(it)) != KR_OBJ_NULL) {
            kr_obj_set_discard(so_obj, k);
        }
    }
    if (so->fill - so->used <= so->mask / 4) {
        return;
    }
    table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static kr_obj_t set_difference(kr_obj_t so_obj, kr_obj_t other) {
    kr_obj_set_t *so = set_ptr(so_obj);
    size_t other_size;
    bool other_is_dict = kr_obj_is_type(other, &kr_type_dict);
    if (kr_obj_set_check_any(other)) {
        other_size = set_ptr(other)->used;
    } else if (other_is_dict) {
        other_size = kr_obj_dict_len(other);
    } else {
        kr_obj_t r = set_copy(so_obj);
        kr_obj_set_difference_update(r, other);
        return r;
    }
    if ((so->used >> 2) > other_size) {
        kr_obj_t r = set_copy(so_obj);
        kr_obj_set_difference_update(r, other);
        return r;
    }
    kr_obj_t result = set_alloc(base_type(so_obj));
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(so, &pos)) != NULL) {
        kr_obj_t k = e->key;
        kr_int_t h = e->hash;
        bool found = other_is_dict ? kr_obj_dict_get(other, k) != KR_OBJ_NULL
                                   : lookkey(set_ptr(other), k, h) != NULL;
        if (!found) {
            add_entry(set_ptr(result), k, h);
        }
    }
    return result;
}

void kr_obj_set_symmetric_difference_update(kr_obj_t so_obj, kr_obj_t other) {
    kr_obj_set_t *so = set_ptr(so_obj);
    if (so_obj == other) {
        clear_internal(so);
        return;
    }
    if (kr_obj_is_type(other, &kr_type_dict)) {
        kr_map_t *map = kr_obj_dict_get_map(other);
        for (size_t pos = 0; pos < map->used; pos++) {
            kr_obj_t k = map->table[pos].key;
            if (k != KR_OBJ_NULL) {
                kr_int_t h = key_hash(k);
                if (!discard_entry(so, k, h)) {
                    add_entry(so, k, h);
                }
            }
        }
        return;
    }
    kr_obj_t os = other;
    if (!kr_obj_set_check_any(other)) {
        os = set_alloc(base_type(so_obj));
        update_internal(set_ptr(os), other);
    }
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(set_ptr(os), &pos)) != NULL) {
        kr_obj_t k = e->key;
        kr_int_t h = e->hash;
        if (!discard_entry(so, k, h)) {
            add_entry(so, k, h);
        }
    }
}

static kr_obj_t set_symmetric_difference(kr_obj_t so, kr_obj_t other) {
    kr_obj_t r = set_alloc(base_type(so));
    update_internal(set_ptr(r), other);
    kr_obj_set_symmetric_difference_update(r, so);
    return r;
}

static bool set_issubset(kr_obj_t so, kr_obj_t other) {
    if (!kr_obj_set_check_any(other)) {
        kr_obj_t tmp = set_alloc(&kr_type_set);
        update_internal(set_ptr(tmp), other);
        other = tmp;
    }
    if (set_ptr(so)->used > set_ptr(other)->used) {
        return false;
    }
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(set_ptr(so), &pos)) != NULL) {
        if (lookkey(set_ptr(other), e->key, e->hash) == NULL) {
            return false;
        }
    }
    return true;
}

static bool set_issuperset(kr_obj_t so, kr_obj_t other) {
    if (kr_obj_set_check_any(other)) {
        return set_issubset(other, so);
    }
    kr_obj_t it = kr_getiter(other);
    kr_obj_t k;
    while ((k = kr_iternext(it)) != KR_OBJ_NULL) {
        if (!kr_obj_set_contains(so, k)) {
            return false;
        }
    }
    return true;
}

static bool set_isdisjoint(kr_obj_t so, kr_obj_t other) {
    if (so == other) {
        return set_ptr(so)->used == 0;
    }
    if (kr_obj_set_check_any(other)) {
        kr_obj_t a = so, b = other;
        if (set_ptr(b)->used > set_ptr(a)->used) {
            a = other;
            b = so;
        }
        size_t pos = 0;
        set_entry_t *e;
        while ((e = set_next(set_ptr(b), &pos)) != NULL) {
            if (lookkey(set_ptr(a), e->key, e->hash) != NULL) {
                return false;
            }
        }
        return true;
    }
    kr_obj_t it = kr_getiter(other);
    kr_obj_t k;
    while ((k = kr_iternext(it)) != KR_OBJ_NULL) {
        if (lookkey(set_ptr(so), k, key_hash(k)) != NULL) {
            return false;
        }
    }
    return true;
}

static size_t shuffle_bits(size_t h) {
    return ((h ^ (size_t)89869747UL) ^ (h << 16)) * (size_t)3644798167UL;
}

static kr_int_t frozenset_hash(kr_obj_set_t *so) {
    if (so->hash != -1) {
        return so->hash;
    }
    size_t hash = 0;
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(so, &pos)) != NULL) {
        hash ^= shuffle_bits((size_t)e->hash);
    }
    hash ^= ((size_t)so->used + 1) * (size_t)1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + (size_t)907133923UL;
    if (hash == (size_t)-1) {
        hash = 590923713UL;
    }
    so->hash = (kr_int_t)hash;
    return so->hash;
}

/* ---------------------------------------------------------------- type slots */

static void set_print_body(const kr_print_t *p, kr_obj_t self) {
    kr_obj_set_t *so = set_ptr(self);
    const kr_type_t *t = KR_OBJ_TYPE(self);
    if (so->used == 0) {
        kr_printf(p, "%s()", kr_qstr_str(t->name));
        return;
    }
    if (t != &kr_type_set) {
        kr_printf(p, "%s(", kr_qstr_str(t->name));
    }
    kr_print_str(p, "{");
    size_t pos = 0;
    set_entry_t *e;
    bool first = true;
    while ((e = set_next(so, &pos)) != NULL) {
        if (!first) {
            kr_print_str(p, ", ");
        }
        first = false;
        kr_obj_print(p, e->key, KR_PRINT_REPR);
    }
    kr_print_str(p, "}");
    if (t != &kr_type_set) {
        kr_print_str(p, ")");
    }
}

static void set_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_obj_list_repr_guard(p, self, set_print_body, "...");
}

static kr_obj_t set_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_kw > 0 && (type == &kr_type_set || type == &kr_type_frozenset)) {
        kr_raise_fmt(&kr_type_TypeError, "%s() takes no keyword arguments", kr_qstr_str(type->name));
    }
    if (n_args > 1) {
        kr_raise_fmt(&kr_type_TypeError, "%s expected at most 1 argument, got %u",
                     kr_qstr_str(type->name), (unsigned)n_args);
    }
    if (type == &kr_type_frozenset && n_args == 1 && kr_obj_is_type(args[0], &kr_type_frozenset)) {
        return args[0];
    }
    kr_obj_t s = set_alloc(type);
    if (n_args == 1) {
        update_internal(set_ptr(s), args[0]);
    }
    return s;
}

static kr_obj_t set_unary_op(kr_unary_op_t op, kr_obj_t self) {
    kr_obj_set_t *so = set_ptr(self);
    switch (op) {
        case KR_UNARY_OP_BOOL: return KR_OBJ_BOOL(so->used != 0);
        case KR_UNARY_OP_LEN: return KR_NEW_SMALL_INT(so->used);
        case KR_UNARY_OP_HASH:
            if (is_frozen(self)) {
                return kr_obj_new_int(frozenset_hash(so));
            }
            return KR_OBJ_NULL;
        default: return KR_OBJ_NULL;
    }
}

static kr_obj_t set_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    if (op == KR_BINARY_OP_CONTAINS) {
        return KR_OBJ_BOOL(kr_obj_set_contains(self, other));
    }
    if (!kr_obj_set_check_any(other)) {
        return KR_OBJ_NULL;
    }
    kr_obj_set_t *a = set_ptr(self), *b = set_ptr(other);
    bool frozen = is_frozen(self);
    if (KR_BINARY_OP_IS_INPLACE(op) && frozen) {
        op = KR_BINARY_OP_INPLACE_TO_NORMAL(op);
    }
    switch (op) {
        case KR_BINARY_OP_EQUAL:
        case KR_BINARY_OP_NOT_EQUAL: {
            bool eq;
            if (a->used != b->used) {
                eq = false;
            } else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) {
                eq = false;
            } else {
                eq = set_issubset(self, other);
            }
            return KR_OBJ_BOOL(eq == (op == KR_BINARY_OP_EQUAL));
        }
        case KR_BINARY_OP_LESS_EQUAL: return KR_OBJ_BOOL(set_issubset(self, other));
        case KR_BINARY_OP_MORE_EQUAL: return KR_OBJ_BOOL(set_issuperset(self, other));
        case KR_BINARY_OP_LESS: return KR_OBJ_BOOL(a->used < b->used && set_issubset(self, other));
        case KR_BINARY_OP_MORE: return KR_OBJ_BOOL(a->used > b->used && set_issuperset(self, other));
        case KR_BINARY_OP_OR: {
            kr_obj_t r = set_copy(self);
            if (self != other) {
                update_internal(set_ptr(r), other);
            }
            return r;
        }
        case KR_BINARY_OP_AND: return kr_obj_set_intersection(self, other);
        case KR_BINARY_OP_SUBTRACT: return set_difference(self, other);
        case KR_BINARY_OP_XOR: return set_symmetric_difference(self, other);
        case KR_BINARY_OP_INPLACE_OR:
            update_internal(a, other);
            return self;
        case KR_BINARY_OP_INPLACE_AND: {
            kr_obj_t t = kr_obj_set_intersection(self, other);
            kr_obj_set_t *ts = set_ptr(t);
            a->table = ts->table;
            a->mask = ts->mask;
            a->fill = ts->fill;
            a->used = ts->used;
            return self;
        }
        case KR_BINARY_OP_INPLACE_SUBTRACT:
            kr_obj_set_difference_update(self, other);
            return self;
        case KR_BINARY_OP_INPLACE_XOR:
            kr_obj_set_symmetric_difference_update(self, other);
            return self;
        default:
            return KR_OBJ_NULL;
    }
}

/* ---------------------------------------------------------------- iterator */

typedef struct _set_iter_t {
    kr_obj_base_t base;
    kr_obj_t set;
    size_t pos;
    size_t used;         /* size at creation; SIZE_MAX after a size change */
} set_iter_t;

static kr_obj_t set_iter_next(kr_obj_t self) {
    set_iter_t *it = KR_OBJ_TO_PTR(self);
    kr_obj_set_t *so = set_ptr(it->set);
    if (it->used != so->used) {
        it->used = SIZE_MAX;
        kr_raise_msg(&kr_type_RuntimeError, "Set changed size during iteration");
    }
    set_entry_t *e = set_next(so, &it->pos);
    if (e == NULL) {
        it->pos = SIZE_MAX / 2;
        return KR_OBJ_NULL;
    }
    return e->key;
}

static const kr_type_t set_iter_type = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF,
    .name = KR_QSTR_set_iterator,
    .getiter = kr_obj_iter_getiter_self,
    .iternext = set_iter_next,
};

static kr_obj_t set_getiter(kr_obj_t self) {
    set_iter_t *it = kr_gc_alloc(sizeof(set_iter_t), 0);
    it->base.type = &set_iter_type;
    it->set = self;
    it->used = set_ptr(self)->used;
    return KR_OBJ_FROM_PTR(it);
}

/* ---------------------------------------------------------------- methods */

static kr_obj_t set_m_add(kr_obj_t self, kr_obj_t item) {
    kr_obj_set_store(self, item);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(set_add_obj, set_m_add);

static kr_obj_t set_m_clear(kr_obj_t self) {
    clear_internal(set_ptr(self));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(set_clear_obj, set_m_clear);

static kr_obj_t set_m_copy(kr_obj_t self) {
    if (KR_OBJ_TYPE(self) == &kr_type_frozenset) {
        return self;
    }
    return set_copy(self);
}
static KR_DEFINE_FUN_1(set_copy_obj, set_m_copy);

static kr_obj_t set_m_discard(kr_obj_t self, kr_obj_t item) {
    kr_obj_set_discard(self, item);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(set_discard_obj, set_m_discard);

static kr_obj_t set_m_remove(kr_obj_t self, kr_obj_t item) {
    if (!kr_obj_set_discard(self, item)) {
        kr_raise(kr_obj_new_exception_arg1(&kr_type_KeyError, item));
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(set_remove_obj, set_m_remove);

static kr_obj_t set_m_pop(kr_obj_t self) {
    kr_obj_set_t *so = set_ptr(self);
    if (so->used == 0) {
        kr_raise_msg(&kr_type_KeyError, "pop from an empty set");
    }
    set_entry_t *e = so->table + (so->finger & so->mask);
    set_entry_t *limit = so->table + so->mask;
    while (e->key == KR_OBJ_NULL || e->key == DUMMY) {
        e++;
        if (e > limit) {
            e = so->table;
        }
    }
    kr_obj_t key = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    so->finger = (size_t)(e - so->table) + 1;
    return key;
}
static KR_DEFINE_FUN_1(set_pop_obj, set_m_pop);

static kr_obj_t set_m_update(size_t n_args, const kr_obj_t *args) {
    for (size_t i = 1; i < n_args; i++) {
        update_internal(set_ptr(args[0]), args[i]);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(set_update_obj, 1, KR_FUN_ARGS_MAX, set_m_update);

static kr_obj_t set_m_union(size_t n_args, const kr_obj_t *args) {
    kr_obj_t r = set_copy(args[0]);
    for (size_t i = 1; i < n_args; i++) {
        if (args[i] != args[0]) {
            update_internal(set_ptr(r), args[i]);
        }
    }
    return r;
}
static KR_DEFINE_FUN_VAR(set_union_obj, 1, KR_FUN_ARGS_MAX, set_m_union);

static kr_obj_t intersection_multi(size_t n_args, const kr_obj_t *args) {
    if (n_args == 1) {
        return set_copy(args[0]);
    }
    kr_obj_t r = args[0];
    for (size_t i = 1; i < n_args; i++) {
        r = kr_obj_set_intersection(r, args[i]);
    }
    return r;
}

static kr_obj_t set_m_intersection(size_t n_args, const kr_obj_t *args) {
    return intersection_multi(n_args, args);
}
static KR_DEFINE_FUN_VAR(set_intersection_obj, 1, KR_FUN_ARGS_MAX, set_m_intersection);

static kr_obj_t set_m_intersection_update(size_t n_args, const kr_obj_t *args) {
    kr_obj_t t = intersection_multi(n_args, args);
    kr_obj_set_t *a = set_ptr(args[0]), *ts = set_ptr(t);
    if (t != args[0]) {
        a->table = ts->table;
        a->mask = ts->mask;
        a->fill = ts->fill;
        a->used = ts->used;
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(set_intersection_update_obj, 1, KR_FUN_ARGS_MAX, set_m_intersection_update);

static kr_obj_t set_m_difference(size_t n_args, const kr_obj_t *args) {
    if (n_args == 1) {
        return set_copy(args[0]);
    }
    kr_obj_t r = set_difference(args[0], args[1]);
    for (size_t i = 2; i < n_args; i++) {
        kr_obj_set_difference_update(r, args[i]);
    }
    return r;
}
static KR_DEFINE_FUN_VAR(set_difference_obj, 1, KR_FUN_ARGS_MAX, set_m_difference);

static kr_obj_t set_m_difference_update(size_t n_args, const kr_obj_t *args) {
    for (size_t i = 1; i < n_args; i++) {
        kr_obj_set_difference_update(args[0], args[i]);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(set_difference_update_obj, 1, KR_FUN_ARGS_MAX, set_m_difference_update);

static kr_obj_t set_m_symmetric_difference(kr_obj_t self, kr_obj_t other) {
    return set_symmetric_difference(self, other);
}
static KR_DEFINE_FUN_2(set_symmetric_difference_obj, set_m_symmetric_difference);

static kr_obj_t set_m_symmetric_difference_update(kr_obj_t self, kr_obj_t other) {
    kr_obj_set_symmetric_difference_update(self, other);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(set_symmetric_difference_update_obj, set_m_symmetric_difference_update);

static kr_obj_t set_m_issubset(kr_obj_t self, kr_obj_t other) {
    return KR_OBJ_BOOL(set_issubset(self, other));
}
static KR_DEFINE_FUN_2(set_issubset_obj, set_m_issubset);

static kr_obj_t set_m_issuperset(kr_obj_t self, kr_obj_t other) {
    return KR_OBJ_BOOL(set_issuperset(self, other));
}
static KR_DEFINE_FUN_2(set_issuperset_obj, set_m_issuperset);

static kr_obj_t set_m_isdisjoint(kr_obj_t self, kr_obj_t other) {
    return KR_OBJ_BOOL(set_isdisjoint(self, other));
}
static KR_DEFINE_FUN_2(set_isdisjoint_obj, set_m_isdisjoint);

static kr_obj_t set_m_contains(kr_obj_t self, kr_obj_t item) {
    return KR_OBJ_BOOL(kr_obj_set_contains(self, item));
}
static KR_DEFINE_FUN_2(set_contains_obj, set_m_contains);

static kr_obj_t set_m_len(kr_obj_t self) {
    return KR_NEW_SMALL_INT(set_ptr(self)->used);
}
static KR_DEFINE_FUN_1(set_len_obj, set_m_len);

static KR_DEFINE_FUN_1(set_iter_obj, set_getiter);

static kr_obj_t set_m_init(size_t n_args, const kr_obj_t *args) {
    clear_internal(set_ptr(args[0]));
    if (n_args > 1) {
        update_internal(set_ptr(args[0]), args[1]);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(set_init_obj, 1, 2, set_m_init);

static const kr_map_elem_t set_locals_table[] = {
    { KR_ROM_QSTR(__contains__), KR_ROM_PTR(&set_contains_obj) },
    { KR_ROM_QSTR(__init__), KR_ROM_PTR(&set_init_obj) },
    { KR_ROM_QSTR(__iter__), KR_ROM_PTR(&set_iter_obj) },
    { KR_ROM_QSTR(__len__), KR_ROM_PTR(&set_len_obj) },
    { KR_ROM_QSTR(add), KR_ROM_PTR(&set_add_obj) },
    { KR_ROM_QSTR(clear), KR_ROM_PTR(&set_clear_obj) },
    { KR_ROM_QSTR(copy), KR_ROM_PTR(&set_copy_obj) },
    { KR_ROM_QSTR(difference), KR_ROM_PTR(&set_difference_obj) },
    { KR_ROM_QSTR(difference_update), KR_ROM_PTR(&set_difference_update_obj) },
    { KR_ROM_QSTR(discard), KR_ROM_PTR(&set_discard_obj) },
    { KR_ROM_QSTR(intersection), KR_ROM_PTR(&set_intersection_obj) },
    { KR_ROM_QSTR(intersection_update), KR_ROM_PTR(&set_intersection_update_obj) },
    { KR_ROM_QSTR(isdisjoint), KR_ROM_PTR(&set_isdisjoint_obj) },
    { KR_ROM_QSTR(issubset), KR_ROM_PTR(&set_issubset_obj) },
    { KR_ROM_QSTR(issuperset), KR_ROM_PTR(&set_issuperset_obj) },
    { KR_ROM_QSTR(pop), KR_ROM_PTR(&set_pop_obj) },
    { KR_ROM_QSTR(remove), KR_ROM_PTR(&set_remove_obj) },
    { KR_ROM_QSTR(symmetric_difference), KR_ROM_PTR(&set_symmetric_difference_obj) },
    { KR_ROM_QSTR(symmetric_difference_update), KR_ROM_PTR(&set_symmetric_difference_update_obj) },
    { KR_ROM_QSTR(union), KR_ROM_PTR(&set_union_obj) },
    { KR_ROM_QSTR(update), KR_ROM_PTR(&set_update_obj) },
};
static KR_DEFINE_CONST_DICT(set_locals_dict, set_locals_table);

static const kr_map_elem_t frozenset_locals_table[] = {
    { KR_ROM_QSTR(__contains__), KR_ROM_PTR(&set_contains_obj) },
    { KR_ROM_QSTR(__iter__), KR_ROM_PTR(&set_iter_obj) },
    { KR_ROM_QSTR(__len__), KR_ROM_PTR(&set_len_obj) },
    { KR_ROM_QSTR(copy), KR_ROM_PTR(&set_copy_obj) },
    { KR_ROM_QSTR(difference), KR_ROM_PTR(&set_difference_obj) },
    { KR_ROM_QSTR(intersection), KR_ROM_PTR(&set_intersection_obj) },
    { KR_ROM_QSTR(isdisjoint), KR_ROM_PTR(&set_isdisjoint_obj) },
    { KR_ROM_QSTR(issubset), KR_ROM_PTR(&set_issubset_obj) },
    { KR_ROM_QSTR(issuperset), KR_ROM_PTR(&set_issuperset_obj) },
    { KR_ROM_QSTR(symmetric_difference), KR_ROM_PTR(&set_symmetric_difference_obj) },
    { KR_ROM_QSTR(union), KR_ROM_PTR(&set_union_obj) },
};
static KR_DEFINE_CONST_DICT(frozenset_locals_dict, frozenset_locals_table);

const kr_type_t kr_type_set = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_set,
    .print = set_print,
    .make_new = set_make_new,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals_dict = &set_locals_dict,
};

const kr_type_t kr_type_frozenset = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_frozenset,
    .print = set_print,
    .make_new = set_make_new,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals_dict = &frozenset_locals_dict,
};
