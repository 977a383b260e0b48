/* map.h: helpers shared by the hash containers (map.c, objdict.c, objset.c). */
#ifndef KRAIT_MAP_H
#define KRAIT_MAP_H

#include "obj.h"
#include "objint.h"

/* The hash of an interned string as hash() gives it for the same str object (which is a
 * small int: on a 32-bit build the top bits of the 32-bit qstr hash are dropped). */
static inline kr_int_t kr_map_qstr_hash(kr_qstr_t q) {
    return (kr_int_t)(kr_qstr_hash(q) & (kr_uint_t)KR_SMALL_INT_MAX);
}

/* hash(key) with inline fast paths for qstrs and small ints (CPython's int hash:
 * n for |n| < KR_HASH_MODULUS (2**61 - 1; 2**29 - 1 on 32-bit builds), except -1 -> -2);
 * everything else goes to kr_obj_hash. */
static inline kr_int_t kr_map_hash_key(kr_obj_t key) {
    if (KR_IS_SMALL_INT(key)) {
        kr_int_t v = KR_SMALL_INT_VALUE(key);
        if (v >= KR_HASH_MODULUS || v <= -KR_HASH_MODULUS) {
            return kr_obj_hash(key);
        }
        return v == -1 ? -2 : v;
    }
    if (KR_IS_QSTR(key)) {
        return kr_map_qstr_hash(KR_QSTR_VALUE(key));
    }
    return kr_obj_hash(key);
}

/* Key equality as dicts and sets use it, once the hashes are known equal. */
static inline bool kr_map_keys_equal(kr_obj_t a, kr_obj_t b) {
    if (a == b) {
        return true;
    }
    if ((KR_IS_QSTR(a) && KR_IS_QSTR(b)) || (KR_IS_SMALL_INT(a) && KR_IS_SMALL_INT(b))) {
        return false;
    }
    return kr_obj_equal(a, b);
}

/* The entry at position pos of a map's table (for iteration): NULL if deleted. */
kr_map_elem_t *kr_map_next(kr_map_t *map, size_t *pos);
/* Remove and return (in *out) the last live entry; false if empty. */
bool kr_map_pop_last(kr_map_t *map, kr_map_elem_t *out);
/* Copy src into a fresh map dest (same order, compacted). */
void kr_map_copy(kr_map_t *dest, const kr_map_t *src);
/* Raise TypeError if the map is a read-only ROM table. */
void kr_map_check_writable(const kr_map_t *map);

#endif /* KRAIT_MAP_H */
