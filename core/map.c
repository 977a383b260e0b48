/* map.c: the insertion-ordered hash map behind dicts, globals, instance and class attributes. */
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "map.h"

/* Layout: `table` holds entries densely in insertion order; removed entries have key
 * KR_OBJ_NULL (trailing ones are trimmed at once). Maps with more than SMALL_MAX
 * slots of capacity get an index: one GC block holding a header, the cached 32-bit
 * hash of each table position, and an open-addressing array of slots (entry position
 * + 1, 0 = empty, TOMB = removed) whose size is a power of two >= 1.5 * alloc. */

#define SMALL_MAX (8)

typedef struct _map_index_t {
    size_t mask;        /* slots - 1 */
    size_t hcap;        /* entries in the hash cache (= table alloc) */
    size_t n_taken;     /* slots that are not empty (live + tombstones) */
    size_t width;       /* bytes per slot: 1, 2 or 4 */
} map_index_t;

#define IDX_HASHES(ix) ((uint32_t *)((ix) + 1))
#define IDX_SLOTS(ix) ((void *)(IDX_HASHES(ix) + (ix)->hcap))

static inline size_t slot_tomb(const map_index_t *ix) {
    return ix->width == 1 ? 0xff : ix->width == 2 ? 0xffff : 0xffffffff;
}

static inline size_t slot_get(const map_index_t *ix, size_t i) {
    void *s = IDX_SLOTS(ix);
    switch (ix->width) {
        case 1: return ((uint8_t *)s)[i];
        case 2: return ((uint16_t *)s)[i];
        default: return ((uint32_t *)s)[i];
    }
}

static inline void slot_set(map_index_t *ix, size_t i, size_t v) {
    void *s = IDX_SLOTS(ix);
    switch (ix->width) {
        case 1: ((uint8_t *)s)[i] = (uint8_t)v; break;
        case 2: ((uint16_t *)s)[i] = (uint16_t)v; break;
        default: ((uint32_t *)s)[i] = (uint32_t)v; break;
    }
}

static struct _map_index_t *index_build(size_t alloc, const kr_map_elem_t *table, size_t n,
                                        const uint32_t *hashes);

void kr_map_check_writable(const kr_map_t *map) {
    if (map->is_fixed) {
        kr_raise_msg(&kr_type_TypeError, "'dict' object is read-only");
    }
}

void kr_map_init(kr_map_t *map, size_t n) {
    map->used = 0;
    map->filled = 0;
    map->alloc = 0;
    map->is_fixed = 0;
    map->all_qstr_keys = 1;
    map->table = NULL;
    map->index = NULL;
    if (n > 0) {
        map->table = kr_gc_alloc(n * sizeof(kr_map_elem_t), 0);
        map->alloc = n;
        if (n > SMALL_MAX) {
            map->index = index_build(n, map->table, 0, NULL);
        }
    }
}

void kr_map_init_fixed_table(kr_map_t *map, size_t n, const kr_map_elem_t *table) {
    map->used = n;
    map->alloc = n;
    map->filled = n;
    map->is_fixed = 1;
    map->all_qstr_keys = 1;
    map->table = (kr_map_elem_t *)table;
    map->index = NULL;
}

void kr_map_clear(kr_map_t *map) {
    kr_map_check_writable(map);
    map->used = 0;
    map->filled = 0;
    map->alloc = 0;
    map->all_qstr_keys = 1;
    map->table = NULL;
    map->index = NULL;
}

static inline uint32_t hash32(kr_obj_t key) {
    return (uint32_t)(kr_uint_t)kr_map_hash_key(key);
}

/* Build an index for a table of `alloc` entries holding the first `n` entries of
 * `table`, whose hashes are in `hashes` (or computed when NULL). */
static map_index_t *index_build(size_t alloc, const kr_map_elem_t *table, size_t n,
                                const uint32_t *hashes) {
    size_t size = 16;
    while (size * 2 / 3 < alloc) {
        size <<= 1;
    }
    size_t width = alloc < 0xff ? 1 : alloc < 0xffff ? 2 : 4;
    map_index_t *ix = kr_gc_alloc(sizeof(map_index_t) + alloc * sizeof(uint32_t) + size * width,
                                  KR_GC_FLAG_ATOMIC);
    ix->mask = size - 1;
    ix->hcap = alloc;
    ix->width = width;
    uint32_t *hc = IDX_HASHES(ix);
    for (size_t pos = 0; pos < n; pos++) {
        if (table[pos].key == KR_OBJ_NULL) {
            continue;
        }
        uint32_t h = hashes != NULL ? hashes[pos] : hash32(table[pos].key);
        hc[pos] = h;
        size_t i = h & ix->mask;
        size_t perturb = h;
        while (slot_get(ix, i) != 0) {
            perturb >>= 5;
            i = (i * 5 + 1 + perturb) & ix->mask;
        }
        slot_set(ix, i, pos + 1);
        ix->n_taken++;
    }
    return ix;
}

/* Make room for one more entry at table[used]: compact away removed entries, or grow. */
static void map_make_room(kr_map_t *map) {
    size_t old_used = map->used;
    size_t new_alloc = map->alloc;
    bool compact = map->filled < old_used;
    if (map->filled + 1 > map->alloc * 3 / 4 || map->used - map->filled < map->alloc / 8 + 1) {
        new_alloc = map->alloc < 4 ? 4 : map->alloc * 2;
        if (new_alloc < map->filled + 1) {
            new_alloc = map->filled + 1;
        }
        if (new_alloc > SMALL_MAX) {
            /* use the whole index: alloc = 2/3 of a power of two */
            size_t size = 16;
            while (size * 2 / 3 < new_alloc) {
                size <<= 1;
            }
            new_alloc = size * 2 / 3;
        }
    }
    /* gather the hashes of live entries first (may raise) */
    map_index_t *old_ix = map->index;
    uint32_t *hashes = NULL;
    if (new_alloc > SMALL_MAX) {
        hashes = kr_gc_alloc((map->filled + 1) * sizeof(uint32_t), KR_GC_FLAG_ATOMIC);
        size_t j = 0;
        for (size_t pos = 0; pos < old_used; pos++) {
            kr_obj_t k = map->table[pos].key;
            if (k != KR_OBJ_NULL) {
                hashes[j++] = old_ix != NULL ? IDX_HASHES(old_ix)[pos] : hash32(k);
            }
        }
    }
    kr_map_elem_t *table = map->table;
    if (new_alloc != map->alloc) {
        kr_map_elem_t *nt = kr_gc_alloc(new_alloc * sizeof(kr_map_elem_t), 0);
        size_t j = 0;
        for (size_t pos = 0; pos < old_used; pos++) {
            if (table[pos].key != KR_OBJ_NULL) {
                nt[j++] = table[pos];
            }
        }
        table = nt;
        map->used = j;
    } else if (compact) {
        size_t j = 0;
        for (size_t pos = 0; pos < old_used; pos++) {
            if (table[pos].key != KR_OBJ_NULL) {
                table[j++] = table[pos];
            }
        }
        memset(table + j, 0, (old_used - j) * sizeof(kr_map_elem_t));
        map->used = j;
    }
    map_index_t *ix = NULL;
    if (new_alloc > SMALL_MAX) {
        ix = index_build(new_alloc, table, map->used, hashes);
    }
    map->table = table;
    map->alloc = new_alloc;
    map->index = ix;
    if (hashes != NULL) {
        kr_gc_free(hashes);
    }
}

/* Append a new entry (key, NULL) at table[used]; slot = index slot to use or SIZE_MAX. */
static kr_map_elem_t *map_append(kr_map_t *map, kr_obj_t key, uint32_t h, bool have_h, size_t slot) {
    map_index_t *ix = map->index;
    if (map->used >= map->alloc) {
        map_make_room(map);
        ix = map->index;
        slot = SIZE_MAX;
    }
    if (ix != NULL && !have_h) {
        h = hash32(key);
    }
    size_t pos = map->used++;
    map->filled++;
    kr_map_elem_t *e = &map->table[pos];
    e->key = key;
    e->value = KR_OBJ_NULL;
    if (!KR_IS_QSTR(key)) {
        map->all_qstr_keys = 0;
    }
    if (ix != NULL) {
        IDX_HASHES(ix)[pos] = h;
        if (slot == SIZE_MAX) {
            size_t i = h & ix->mask;
            size_t perturb = h;
            size_t tomb = slot_tomb(ix);
            for (;;) {
                size_t s = slot_get(ix, i);
                if (s == 0 || s == tomb) {
                    break;
                }
                perturb >>= 5;
                i = (i * 5 + 1 + perturb) & ix->mask;
            }
            slot = i;
        }
        if (slot_get(ix, slot) == 0) {
            ix->n_taken++;
        }
        slot_set(ix, slot, pos + 1);
        if (ix->n_taken > (ix->mask + 1) * 3 / 4) {
            /* too many tombstones: rebuild the index in place of this one */
            map->index = index_build(map->alloc, map->table, map->used, IDX_HASHES(ix));
        }
    }
    return e;
}

static kr_map_elem_t removed_elem;

static kr_map_elem_t *map_remove_at(kr_map_t *map, size_t pos) {
    kr_map_elem_t *e = &map->table[pos];
    removed_elem = *e;
    e->key = KR_OBJ_NULL;
    e->value = KR_OBJ_NULL;
    map->filled--;
    while (map->used > 0 && map->table[map->used - 1].key == KR_OBJ_NULL) {
        map->used--;
    }
    if (map->filled == 0) {
        map->all_qstr_keys = 1;
    }
    return &removed_elem;
}

/* Linear search (small and fixed maps). */
static kr_map_elem_t *map_scan(kr_map_t *map, kr_obj_t key, size_t *pos_out) {
    kr_map_elem_t *t = map->table;
    size_t n = map->used;
    if (KR_IS_QSTR(key) && map->all_qstr_keys) {
        for (size_t i = 0; i < n; i++) {
            if (t[i].key == key) {
                *pos_out = i;
                return &t[i];
            }
        }
        return NULL;
    }
    if (map->all_qstr_keys && !map->is_fixed) {
        /* only qstr keys: a heap str can only match its interned twin */
        if (!kr_obj_is_str(key)) {
            if (!KR_IS_SMALL_INT(key)) {
                (void)kr_map_hash_key(key);   /* TypeError if unhashable */
            }
            return NULL;
        }
        size_t len;
        const char *s = kr_obj_str_get_data(key, &len);
        kr_qstr_t q = kr_qstr_find_strn(s, len);
        if (q == KR_QSTR_NULL) {
            return NULL;
        }
        key = KR_NEW_QSTR(q);
        for (size_t i = 0; i < n; i++) {
            if (t[i].key == key) {
                *pos_out = i;
                return &t[i];
            }
        }
        return NULL;
    }
    if (!KR_IS_SMALL_INT(key) && !KR_IS_QSTR(key)) {
        (void)kr_map_hash_key(key);   /* TypeError if unhashable */
    }
    for (size_t i = 0; i < n; i++) {
        kr_obj_t k = t[i].key;
        if (k != KR_OBJ_NULL && kr_map_keys_equal(k, key)) {
            *pos_out = i;
            return &t[i];
        }
    }
    return NULL;
}

static kr_map_elem_t *map_lookup(kr_map_t *map, kr_obj_t key, kr_map_lookup_kind_t kind, unsigned restarts);

kr_map_elem_t *kr_map_lookup(kr_map_t *map, kr_obj_t key, kr_map_lookup_kind_t kind) {
    return map_lookup(map, key, kind, 0);
}

/* A key's __hash__/__eq__ that changed the map makes the lookup start again; one that
 * keeps changing it would recurse forever. */
static kr_map_elem_t *map_restart(kr_map_t *map, kr_obj_t key, kr_map_lookup_kind_t kind, unsigned restarts) {
    if (restarts >= 100) {
        kr_raise_msg(&kr_type_RuntimeError, "dictionary changed size during iteration");
    }
    return map_lookup(map, key, kind, restarts + 1);
}

static kr_map_elem_t *map_lookup(kr_map_t *map, kr_obj_t key, kr_map_lookup_kind_t kind, unsigned restarts) {
    map_index_t *ix = map->index;
    if (ix == NULL) {
        size_t pos = 0;
        kr_map_elem_t *e = map->used > 0 ? map_scan(map, key, &pos) : NULL;
        if (e == NULL && map->used == 0 && !KR_IS_QSTR(key) && !KR_IS_SMALL_INT(key)) {
            (void)kr_map_hash_key(key);   /* TypeError if unhashable */
        }
        if (kind == KR_MAP_LOOKUP) {
            return e;
        }
        if (kind == KR_MAP_LOOKUP_REMOVE) {
            if (e == NULL) {
                return NULL;
            }
            kr_map_check_writable(map);
            return map_remove_at(map, pos);
        }
        if (e != NULL) {
            return e;
        }
        kr_map_check_writable(map);
        return map_append(map, key, 0, false, SIZE_MAX);
    }
    uint32_t h = hash32(key);
    if (map->index != ix) {
        return map_restart(map, key, kind, restarts);   /* the key's __hash__ changed the map */
    }
    size_t i = h & ix->mask;
    size_t perturb = h;
    size_t tomb = slot_tomb(ix);
    size_t free_slot = SIZE_MAX;
    bool word_only = KR_IS_QSTR(key) && map->all_qstr_keys;
    const uint32_t *hc = IDX_HASHES(ix);
    for (;;) {
        size_t s = slot_get(ix, i);
        if (s == 0) {
            break;
        }
        if (s == tomb) {
            if (free_slot == SIZE_MAX) {
                free_slot = i;
            }
        } else {
            kr_obj_t k = map->table[s - 1].key;
            if (k == key || (!word_only && hc[s - 1] == h && kr_map_keys_equal(k, key))) {
                if (map->index != ix || map->table == NULL || map->table[s - 1].key != k) {
                    /* mutated by __eq__: start again */
                    return map_restart(map, key, kind, restarts);
                }
                if (kind == KR_MAP_LOOKUP_REMOVE) {
                    slot_set(ix, i, tomb);
                    return map_remove_at(map, s - 1);
                }
                return &map->table[s - 1];
            }
        }
        if (map->index != ix) {
            return map_restart(map, key, kind, restarts);   /* mutated by __eq__ */
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & ix->mask;
    }
    if (kind != KR_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
        return NULL;
    }
    return map_append(map, key, h, true, free_slot != SIZE_MAX ? free_slot : i);
}

kr_map_elem_t *kr_map_lookup_qstr(kr_map_t *map, kr_qstr_t q) {
    kr_obj_t key = KR_NEW_QSTR(q);
    if (!map->all_qstr_keys) {
        return kr_map_lookup(map, key, KR_MAP_LOOKUP);
    }
    map_index_t *ix = map->index;
    kr_map_elem_t *t = map->table;
    if (ix == NULL) {
        for (size_t i = 0, n = map->used; i < n; i++) {
            if (t[i].key == key) {
                return &t[i];
            }
        }
        return NULL;
    }
    uint32_t h = (uint32_t)kr_map_qstr_hash(q);
    size_t i = h & ix->mask;
    size_t perturb = h;
    size_t tomb = slot_tomb(ix);
    for (;;) {
        size_t s = slot_get(ix, i);
        if (s == 0) {
            return NULL;
        }
        if (s != tomb && t[s - 1].key == key) {
            return &t[s - 1];
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & ix->mask;
    }
}

kr_map_elem_t *kr_map_next(kr_map_t *map, size_t *pos) {
    while (*pos < map->used) {
        kr_map_elem_t *e = &map->table[(*pos)++];
        if (e->key != KR_OBJ_NULL) {
            return e;
        }
    }
    return NULL;
}

bool kr_map_pop_last(kr_map_t *map, kr_map_elem_t *out) {
    if (map->filled == 0) {
        return false;
    }
    kr_map_check_writable(map);
    size_t pos = map->used - 1;   /* trailing removed entries are always trimmed */
    map_index_t *ix = map->index;
    if (ix != NULL) {
        uint32_t h = IDX_HASHES(ix)[pos];
        size_t i = h & ix->mask;
        size_t perturb = h;
        while (slot_get(ix, i) != pos + 1) {
            perturb >>= 5;
            i = (i * 5 + 1 + perturb) & ix->mask;
        }
        slot_set(ix, i, slot_tomb(ix));
    }
    *out = *map_remove_at(map, pos);
    return true;
}

void kr_map_copy(kr_map_t *dest, const kr_map_t *src) {
    size_t n = src->filled;
    kr_map_init(dest, n < 4 ? 4 : n);
    kr_map_elem_t *t = dest->table;
    map_index_t *six = src->index;
    uint32_t *hashes = NULL;
    if (dest->alloc > SMALL_MAX) {
        hashes = kr_gc_alloc(n * sizeof(uint32_t) + 1, KR_GC_FLAG_ATOMIC);
    }
    size_t j = 0;
    for (size_t pos = 0; pos < src->used; pos++) {
        if (src->table[pos].key != KR_OBJ_NULL) {
            if (hashes != NULL) {
                hashes[j] = six != NULL ? IDX_HASHES(six)[pos] : hash32(src->table[pos].key);
            }
            t[j++] = src->table[pos];
        }
    }
    dest->used = dest->filled = j;
    dest->all_qstr_keys = src->all_qstr_keys;
    if (hashes != NULL) {
        dest->index = index_build(dest->alloc, t, j, hashes);
        kr_gc_free(hashes);
    }
}
