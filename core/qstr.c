/* qstr.c: interned strings: lookup in the build-time const table, and the runtime
 * pool (on the GC heap, reachable from kr_state) for strings interned while running. */
#include <string.h>
#include "qstr.h"
#include "qstrtable.h"
#include "state.h"
#include "gc.h"

/* Runtime pool: entries for qstrs numbered KR_QSTR_NUM_STATIC + i. */
typedef struct _qstr_pool_t {
    size_t len;
    size_t alloc;
    size_t bytes;               /* heap bytes used by string data */
    size_t index_size;          /* power of two, 0 = no index yet */
    uint32_t *index;            /* open addressing: qstr number or 0 */
    kr_qstr_entry_t entries[];
} qstr_pool_t;

#define POOL() ((qstr_pool_t *)kr_state.qstr_pool)

uint32_t kr_qstr_hash_bytes(const char *data, size_t len) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= (uint8_t)data[i];
        h *= 16777619u;
    }
    return h ? h : 1;
}

void kr_qstr_init(void) {
    kr_state.qstr_pool = 0;
    kr_state.qstr_index = 0;
}

static const kr_qstr_entry_t *qstr_entry(kr_qstr_t q) {
    if (q < KR_QSTR_NUM_STATIC) {
        return &kr_qstr_static_table[q];
    }
    return &POOL()->entries[q - KR_QSTR_NUM_STATIC];
}

static kr_qstr_t find_hashed(const char *str, size_t len, uint32_t h) {
    size_t mask = kr_qstr_static_index_size - 1;
    for (size_t pos = h & mask;; pos = (pos + 1) & mask) {
        uint16_t q = kr_qstr_static_index[pos];
        if (q == 0) {
            break;
        }
        const kr_qstr_entry_t *e = &kr_qstr_static_table[q];
        if (e->hash == h && e->len == len && memcmp(e->str, str, len) == 0) {
            return q;
        }
    }
    qstr_pool_t *pool = POOL();
    if (pool == NULL || pool->index_size == 0) {
        return KR_QSTR_NULL;
    }
    mask = pool->index_size - 1;
    for (size_t pos = h & mask;; pos = (pos + 1) & mask) {
        uint32_t q = pool->index[pos];
        if (q == 0) {
            return KR_QSTR_NULL;
        }
        const kr_qstr_entry_t *e = &pool->entries[q - KR_QSTR_NUM_STATIC];
        if (e->hash == h && e->len == len && memcmp(e->str, str, len) == 0) {
            return q;
        }
    }
}

kr_qstr_t kr_qstr_find_strn(const char *str, size_t len) {
    if (len == 1 && (uint8_t)str[0] < 128) {
        return KR_QSTR_CHAR(str[0]);
    }
    return find_hashed(str, len, kr_qstr_hash_bytes(str, len));
}

static void index_insert(qstr_pool_t *pool, kr_qstr_t q, uint32_t h) {
    size_t mask = pool->index_size - 1;
    size_t pos = h & mask;
    while (pool->index[pos] != 0) {
        pos = (pos + 1) & mask;
    }
    pool->index[pos] = q;
}

kr_qstr_t kr_qstr_from_strn(const char *str, size_t len) {
    if (len == 1 && (uint8_t)str[0] < 128) {
        return KR_QSTR_CHAR(str[0]);
    }
    uint32_t h = kr_qstr_hash_bytes(str, len);
    kr_qstr_t q = find_hashed(str, len, h);
    if (q != KR_QSTR_NULL) {
        return q;
    }
    /* copy the string first (may collect; pool stays reachable from kr_state) */
    char *data = kr_gc_alloc(len + 1, KR_GC_FLAG_ATOMIC);
    memcpy(data, str, len);
    data[len] = 0;
    qstr_pool_t *pool = POOL();
    if (pool == NULL || pool->len == pool->alloc) {
        size_t new_alloc = pool ? pool->alloc * 2 : 32;
        qstr_pool_t *np = kr_gc_realloc(pool, sizeof(qstr_pool_t) + new_alloc * sizeof(kr_qstr_entry_t));
        if (pool == NULL) {
            np->len = 0;
            np->bytes = 0;
            np->index_size = 0;
            np->index = NULL;
        }
        np->alloc = new_alloc;
        pool = np;
        kr_state.qstr_pool = (kr_obj_t)pool;
    }
    if ((pool->len + 1) * 2 > pool->index_size) {
        size_t new_size = pool->index_size ? pool->index_size * 2 : 64;
        uint32_t *idx = kr_gc_alloc(new_size * sizeof(uint32_t), KR_GC_FLAG_ATOMIC);
        kr_gc_free(pool->index);
        pool->index = idx;
        kr_state.qstr_index = (kr_obj_t)idx;
        pool->index_size = new_size;
        for (size_t i = 0; i < pool->len; i++) {
            index_insert(pool, (kr_qstr_t)(KR_QSTR_NUM_STATIC + i), pool->entries[i].hash);
        }
    }
    q = (kr_qstr_t)(KR_QSTR_NUM_STATIC + pool->len);
    kr_qstr_entry_t *e = &pool->entries[pool->len++];
    e->hash = h;
    e->len = (uint32_t)len;
    e->str = data;
    pool->bytes += len + 1;
    index_insert(pool, q, h);
    return q;
}

kr_qstr_t kr_qstr_from_str(const char *str) {
    return kr_qstr_from_strn(str, strlen(str));
}

const char *kr_qstr_str(kr_qstr_t q) {
    return qstr_entry(q)->str;
}

const char *kr_qstr_data(kr_qstr_t q, size_t *len) {
    const kr_qstr_entry_t *e = qstr_entry(q);
    *len = e->len;
    return e->str;
}

size_t kr_qstr_len(kr_qstr_t q) {
    return qstr_entry(q)->len;
}

uint32_t kr_qstr_hash(kr_qstr_t q) {
    return qstr_entry(q)->hash;
}

size_t kr_qstr_total(void) {
    return KR_QSTR_NUM_STATIC + (POOL() ? POOL()->len : 0);
}

size_t kr_qstr_pool_bytes(void) {
    return POOL() ? POOL()->bytes : 0;
}
