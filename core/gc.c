/* gc.c: the garbage-collected heap: block allocator with a 2-bit allocation table,
 * conservative mark (roots, C stack, registers, heap words) and sweep. */
#include <string.h>
#include <setjmp.h>
#include "gc.h"
#include "obj.h"
#include "state.h"
#include "nlr.h"

#define BYTES_PER_BLOCK (KR_GC_BLOCK_WORDS * sizeof(uintptr_t))
#define BLOCKS_PER_ATB (4)           /* 2 bits per block */

#define AT_FREE (0)
#define AT_HEAD (1)
#define AT_TAIL (2)
#define AT_MARK (3)

#define MARK_STACK_SIZE (KR_GC_MARK_STACK_SIZE)

typedef struct _gc_heap_t {
    uint8_t *atb;          /* allocation table: 2 bits per block */
    uint8_t *ftb;          /* flags table: 1 bit per block: atomic (no pointers) */
    uint8_t *pool;         /* first block */
    uint8_t *pool_end;
    size_t n_blocks;
    size_t first_free;     /* hint: no free block before this one */
    size_t multi_free;     /* next-fit start for multi-block requests (>= first_free) */
    size_t lock_depth;
    size_t alloc_since_collect;   /* bytes */
    size_t budget;         /* collect once alloc_since_collect reaches this (SIZE_MAX: when full) */
    size_t live;           /* bytes in use after the last collection */
    size_t high;           /* one past the highest block allocated since the last sweep */
    long threshold;
    bool enabled;
    bool collecting;
    bool mark_overflow;
    size_t mark_sp;
    size_t mark_stack[MARK_STACK_SIZE];
} gc_heap_t;

static gc_heap_t gc;

/* Objects with a finaliser; `pending` ones were found unreachable by the last collection
 * (kept alive for it) and are finalised once it is over. Not roots. */
typedef struct {
    void *obj;
    void (*fn)(void *obj);
} finaliser_t;
static finaliser_t finalisers[KR_GC_FINALISERS];
static size_t n_finalisers;
static finaliser_t pending[KR_GC_FINALISERS];
static size_t n_pending;

static inline unsigned atb_get(size_t b) {
    return (gc.atb[b / BLOCKS_PER_ATB] >> (2 * (b % BLOCKS_PER_ATB))) & 3;
}

static inline void atb_set(size_t b, unsigned kind) {
    uint8_t *p = &gc.atb[b / BLOCKS_PER_ATB];
    unsigned shift = 2 * (b % BLOCKS_PER_ATB);
    *p = (uint8_t)((*p & ~(3u << shift)) | (kind << shift));
}

static inline bool ftb_get(size_t b) {
    return (gc.ftb[b / 8] >> (b % 8)) & 1;
}

static inline void ftb_set(size_t b, bool v) {
    if (v) {
        gc.ftb[b / 8] |= (uint8_t)(1u << (b % 8));
    } else {
        gc.ftb[b / 8] &= (uint8_t)~(1u << (b % 8));
    }
}

/* Allocation budget between collections: gc.threshold if the program set one, else (with
 * KR_GC_AUTO_MIN_BYTES) KR_GC_AUTO_LIVE_FACTOR times what was live after the last
 * collection, at least that minimum, which keeps a program's working set in the cache;
 * else only when the heap is full. */
static void set_budget(void) {
    if (gc.threshold >= 0) {
        gc.budget = (size_t)gc.threshold;
    } else if (KR_GC_AUTO_MIN_BYTES > 0) {
        size_t want = gc.live * KR_GC_AUTO_LIVE_FACTOR;
        gc.budget = want > KR_GC_AUTO_MIN_BYTES ? want : KR_GC_AUTO_MIN_BYTES;
    } else {
        gc.budget = SIZE_MAX;
    }
}

void kr_gc_init(void *start, void *end) {
    uintptr_t s = ((uintptr_t)start + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    uintptr_t e = (uintptr_t)end & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    size_t total = e - s;
    /* total = n/4 (atb) + n/8 (ftb) + n * BPB + alignment slack */
    size_t n = (total - 2 * BYTES_PER_BLOCK) * 8 / (8 * BYTES_PER_BLOCK + 2 + 1);
    memset(&gc, 0, sizeof(gc));
    gc.atb = (uint8_t *)s;
    gc.ftb = gc.atb + (n + BLOCKS_PER_ATB - 1) / BLOCKS_PER_ATB;
    uintptr_t pool = (uintptr_t)(gc.ftb + (n + 7) / 8);
    pool = (pool + BYTES_PER_BLOCK - 1) & ~(uintptr_t)(BYTES_PER_BLOCK - 1);
    while (pool + n * BYTES_PER_BLOCK > e) {
        n--;
    }
    gc.pool = (uint8_t *)pool;
    gc.pool_end = gc.pool + n * BYTES_PER_BLOCK;
    gc.n_blocks = n;
    memset(gc.atb, 0, (n + BLOCKS_PER_ATB - 1) / BLOCKS_PER_ATB);
    memset(gc.ftb, 0, (n + 7) / 8);
    gc.threshold = -1;
    gc.enabled = true;
    set_budget();
    n_finalisers = 0;
    n_pending = 0;
}

static inline bool want_collect(void) {
    return gc.enabled && gc.alloc_since_collect >= gc.budget;
}

bool kr_gc_is_heap_ptr(const void *ptr) {
    return (const uint8_t *)ptr >= gc.pool && (const uint8_t *)ptr < gc.pool_end;
}

static inline size_t block_of(const void *ptr) {
    return (size_t)((const uint8_t *)ptr - gc.pool) / BYTES_PER_BLOCK;
}

bool kr_gc_is_alloc_start(const void *ptr) {
    return kr_gc_is_heap_ptr(ptr) && (size_t)((const uint8_t *)ptr - gc.pool) % BYTES_PER_BLOCK == 0
           && atb_get(block_of(ptr)) == AT_HEAD;
}

static size_t n_blocks_of(size_t head) {
    size_t b = head + 1;
    while (b < gc.n_blocks && atb_get(b) == AT_TAIL) {
        b++;
    }
    return b - head;
}

/* ---------------------------------------------------------------- marking */

/* If word w points into an allocated block, mark its allocation and queue it. */
#if defined(__clang__) || defined(__GNUC__)
__attribute__((no_sanitize("address")))
#endif
static void mark_candidate(uintptr_t w) {
    if (w < (uintptr_t)gc.pool || w >= (uintptr_t)gc.pool_end) {
        return;
    }
    size_t b = (w - (uintptr_t)gc.pool) / BYTES_PER_BLOCK;
    unsigned k = atb_get(b);
    if (k == AT_FREE || k == AT_MARK) {
        return;
    }
    while (k == AT_TAIL) {
        b--;
        k = atb_get(b);
    }
    if (k != AT_HEAD) {
        return;   /* already marked */
    }
    atb_set(b, AT_MARK);
    if (ftb_get(b)) {
        return;   /* atomic: nothing to scan */
    }
    if (gc.mark_sp < MARK_STACK_SIZE) {
        gc.mark_stack[gc.mark_sp++] = b;
    } else {
        gc.mark_overflow = true;
    }
}

#if defined(__clang__) || defined(__GNUC__)
__attribute__((no_sanitize("address")))
#endif
static void scan_words(const uintptr_t *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        mark_candidate(p[i]);
    }
}

static void drain_mark_stack(void) {
    while (gc.mark_sp > 0) {
        size_t b = gc.mark_stack[--gc.mark_sp];
        size_t n = n_blocks_of(b);
        scan_words((const uintptr_t *)(gc.pool + b * BYTES_PER_BLOCK), n * KR_GC_BLOCK_WORDS);
    }
}

#if defined(__clang__) || defined(__GNUC__)
__attribute__((no_sanitize("address")))
#endif
static void mark_all_from_roots(const uintptr_t *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        mark_candidate(p[i]);
        drain_mark_stack();
    }
}

/* The mark stack overflowed: scan every marked block again (below gc.high; ATB bytes
 * without a marked block are skipped whole) until no overflow is left. */
static void mark_overflow_rescan(void) {
    while (gc.mark_overflow) {
        gc.mark_overflow = false;
        size_t end = gc.high < gc.n_blocks ? gc.high : gc.n_blocks;
        for (size_t b = 0; b < end; b++) {
            if ((b % BLOCKS_PER_ATB) == 0) {
                uint8_t x = gc.atb[b / BLOCKS_PER_ATB];
                if ((x & (x >> 1) & 0x55) == 0) {
                    b += BLOCKS_PER_ATB - 1;   /* no marked block in these four */
                    continue;
                }
            }
            if (atb_get(b) == AT_MARK && !ftb_get(b)) {
                size_t n = n_blocks_of(b);
                scan_words((const uintptr_t *)(gc.pool + b * BYTES_PER_BLOCK), n * KR_GC_BLOCK_WORDS);
                drain_mark_stack();
            }
        }
    }
}

#if defined(__clang__) || defined(__GNUC__)
__attribute__((noinline, no_sanitize("address")))
#endif
static void scan_stack(void) {
    jmp_buf regs;   /* spill callee-saved registers onto the stack */
    setjmp(regs);
    volatile uintptr_t here = 0;
    uintptr_t lo = (uintptr_t)&here & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    uintptr_t reg_lo = (uintptr_t)&regs;
    if (reg_lo < lo) {
        lo = reg_lo & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    }
    uintptr_t hi = (uintptr_t)kr_state.stack_top;
    if (hi > lo) {
        mark_all_from_roots((const uintptr_t *)lo, (hi - lo) / sizeof(uintptr_t));
    }
    mark_all_from_roots((const uintptr_t *)&regs, sizeof(regs) / (sizeof(uintptr_t)));
}

/* Sweep one ATB byte (4 blocks) at a time: sweep_table[freeing * 256 + byte] holds
 * the new byte (unmarked heads and their tails become free, marks become heads) in
 * its low 8 bits and the new "freeing a block's tail" state in bit 8. Generated from
 * those rules; the FTB bit of a freed head is left alone (allocation sets it). */
static const uint16_t sweep_table[512] = {
    0x000, 0x000, 0x002, 0x001, 0x000, 0x000, 0x002, 0x001, 0x008, 0x000, 0x00a, 0x009,
    0x004, 0x004, 0x006, 0x005, 0x000, 0x000, 0x002, 0x001, 0x000, 0x000, 0x002, 0x001,
    0x008, 0x000, 0x00a, 0x009, 0x004, 0x004, 0x006, 0x005, 0x020, 0x020, 0x022, 0x021,
    0x000, 0x000, 0x002, 0x001, 0x028, 0x000, 0x02a, 0x029, 0x024, 0x024, 0x026, 0x025,
    0x010, 0x010, 0x012, 0x011, 0x010, 0x010, 0x012, 0x011, 0x018, 0x010, 0x01a, 0x019,
    0x014, 0x014, 0x016, 0x015, 0x100, 0x100, 0x102, 0x101, 0x100, 0x100, 0x102, 0x101,
    0x108, 0x100, 0x10a, 0x109, 0x104, 0x104, 0x106, 0x105, 0x100, 0x100, 0x102, 0x101,
    0x100, 0x100, 0x102, 0x101, 0x108, 0x100, 0x10a, 0x109, 0x104, 0x104, 0x106, 0x105,
    0x120, 0x120, 0x122, 0x121, 0x100, 0x100, 0x102, 0x101, 0x128, 0x100, 0x12a, 0x129,
    0x124, 0x124, 0x126, 0x125, 0x110, 0x110, 0x112, 0x111, 0x110, 0x110, 0x112, 0x111,
    0x118, 0x110, 0x11a, 0x119, 0x114, 0x114, 0x116, 0x115, 0x080, 0x080, 0x082, 0x081,
    0x080, 0x080, 0x082, 0x081, 0x088, 0x080, 0x08a, 0x089, 0x084, 0x084, 0x086, 0x085,
    0x100, 0x100, 0x102, 0x101, 0x100, 0x100, 0x102, 0x101, 0x108, 0x100, 0x10a, 0x109,
    0x104, 0x104, 0x106, 0x105, 0x0a0, 0x0a0, 0x0a2, 0x0a1, 0x100, 0x100, 0x102, 0x101,
    0x0a8, 0x100, 0x0aa, 0x0a9, 0x0a4, 0x0a4, 0x0a6, 0x0a5, 0x090, 0x090, 0x092, 0x091,
    0x090, 0x090, 0x092, 0x091, 0x098, 0x090, 0x09a, 0x099, 0x094, 0x094, 0x096, 0x095,
    0x040, 0x040, 0x042, 0x041, 0x040, 0x040, 0x042, 0x041, 0x048, 0x040, 0x04a, 0x049,
    0x044, 0x044, 0x046, 0x045, 0x040, 0x040, 0x042, 0x041, 0x040, 0x040, 0x042, 0x041,
    0x048, 0x040, 0x04a, 0x049, 0x044, 0x044, 0x046, 0x045, 0x060, 0x060, 0x062, 0x061,
    0x040, 0x040, 0x042, 0x041, 0x068, 0x040, 0x06a, 0x069, 0x064, 0x064, 0x066, 0x065,
    0x050, 0x050, 0x052, 0x051, 0x050, 0x050, 0x052, 0x051, 0x058, 0x050, 0x05a, 0x059,
    0x054, 0x054, 0x056, 0x055, 0x000, 0x000, 0x000, 0x001, 0x000, 0x000, 0x000, 0x001,
    0x008, 0x000, 0x000, 0x009, 0x004, 0x004, 0x004, 0x005, 0x000, 0x000, 0x000, 0x001,
    0x000, 0x000, 0x000, 0x001, 0x008, 0x000, 0x000, 0x009, 0x004, 0x004, 0x004, 0x005,
    0x020, 0x020, 0x020, 0x021, 0x000, 0x000, 0x000, 0x001, 0x028, 0x000, 0x000, 0x029,
    0x024, 0x024, 0x024, 0x025, 0x010, 0x010, 0x010, 0x011, 0x010, 0x010, 0x010, 0x011,
    0x018, 0x010, 0x010, 0x019, 0x014, 0x014, 0x014, 0x015, 0x100, 0x100, 0x100, 0x101,
    0x100, 0x100, 0x100, 0x101, 0x108, 0x100, 0x100, 0x109, 0x104, 0x104, 0x104, 0x105,
    0x100, 0x100, 0x100, 0x101, 0x100, 0x100, 0x100, 0x101, 0x108, 0x100, 0x100, 0x109,
    0x104, 0x104, 0x104, 0x105, 0x120, 0x120, 0x120, 0x121, 0x100, 0x100, 0x100, 0x101,
    0x128, 0x100, 0x100, 0x129, 0x124, 0x124, 0x124, 0x125, 0x110, 0x110, 0x110, 0x111,
    0x110, 0x110, 0x110, 0x111, 0x118, 0x110, 0x110, 0x119, 0x114, 0x114, 0x114, 0x115,
    0x080, 0x080, 0x080, 0x081, 0x080, 0x080, 0x080, 0x081, 0x088, 0x080, 0x080, 0x089,
    0x084, 0x084, 0x084, 0x085, 0x100, 0x100, 0x100, 0x101, 0x100, 0x100, 0x100, 0x101,
    0x108, 0x100, 0x100, 0x109, 0x104, 0x104, 0x104, 0x105, 0x0a0, 0x0a0, 0x0a0, 0x0a1,
    0x100, 0x100, 0x100, 0x101, 0x0a8, 0x100, 0x100, 0x0a9, 0x0a4, 0x0a4, 0x0a4, 0x0a5,
    0x090, 0x090, 0x090, 0x091, 0x090, 0x090, 0x090, 0x091, 0x098, 0x090, 0x090, 0x099,
    0x094, 0x094, 0x094, 0x095, 0x040, 0x040, 0x040, 0x041, 0x040, 0x040, 0x040, 0x041,
    0x048, 0x040, 0x040, 0x049, 0x044, 0x044, 0x044, 0x045, 0x040, 0x040, 0x040, 0x041,
    0x040, 0x040, 0x040, 0x041, 0x048, 0x040, 0x040, 0x049, 0x044, 0x044, 0x044, 0x045,
    0x060, 0x060, 0x060, 0x061, 0x040, 0x040, 0x040, 0x041, 0x068, 0x040, 0x040, 0x069,
    0x064, 0x064, 0x064, 0x065, 0x050, 0x050, 0x050, 0x051, 0x050, 0x050, 0x050, 0x051,
    0x058, 0x050, 0x050, 0x059, 0x054, 0x054, 0x054, 0x055,
};

/* Frees unmarked allocations below gc.high (nothing above it is allocated), unmarks the rest;
 * returns the number of blocks still in use. */
static size_t sweep(void) {
    unsigned freeing = 0;
    size_t n_bytes = (gc.high + BLOCKS_PER_ATB - 1) / BLOCKS_PER_ATB;
    size_t first_free = gc.n_blocks;
    size_t used = 0, last_used_byte = 0;
    uint8_t *atb = gc.atb;
    for (size_t i = 0; i < n_bytes; i++) {
        if ((i & 7) == 0 && i + 8 <= n_bytes) {
            uint64_t w;
            memcpy(&w, atb + i, sizeof(w));
            if (w == 0) {   /* 32 free blocks */
                freeing = 0;
                if (first_free == gc.n_blocks) {
                    first_free = i * BLOCKS_PER_ATB;
                }
                i += 7;
                continue;
            }
        }
        unsigned r = sweep_table[freeing * 256 + atb[i]];
        atb[i] = (uint8_t)r;
        freeing = r >> 8;
        unsigned in_use = (r | (r >> 1)) & 0x55;
        if (in_use != 0) {
            used += (size_t)__builtin_popcount(in_use);
            last_used_byte = i + 1;
        }
        /* some entry of the new byte is 00 (free)? */
        if (first_free == gc.n_blocks && in_use != 0x55) {
            first_free = i * BLOCKS_PER_ATB;
        }
    }
    /* a tail run cut at gc.high cannot exist: allocations below high end below high */
    if (first_free == gc.n_blocks) {
        first_free = n_bytes * BLOCKS_PER_ATB;
    }
    gc.first_free = first_free < gc.n_blocks ? first_free : gc.n_blocks;
    gc.high = last_used_byte * BLOCKS_PER_ATB;
    if (gc.high > gc.n_blocks) {
        gc.high = gc.n_blocks;
    }
    return used;
}

/* Move the finalisers of unmarked objects to `pending` and keep those objects (and what
 * they reference) alive through this sweep: their finaliser still uses them. */
static void find_unreachable_finalisers(void) {
    size_t j = 0;
    for (size_t i = 0; i < n_finalisers; i++) {
        if (atb_get(block_of(finalisers[i].obj)) == AT_MARK || n_pending == KR_GC_FINALISERS) {
            finalisers[j++] = finalisers[i];
        } else {
            pending[n_pending++] = finalisers[i];
        }
    }
    n_finalisers = j;
    for (size_t i = 0; i < n_pending; i++) {
        mark_candidate((uintptr_t)pending[i].obj);
        drain_mark_stack();
    }
    mark_overflow_rescan();
}

static void run_finaliser(finaliser_t f) {
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        f.fn(f.obj);
        kr_nlr_pop();
    }
}

static void run_pending_finalisers(void) {
    static bool running;
    if (running) {
        return;   /* a collection inside a finaliser: the outer loop runs the new ones */
    }
    running = true;
    while (n_pending > 0) {
        finaliser_t f = pending[--n_pending];
        run_finaliser(f);
    }
    running = false;
}

bool kr_gc_add_finaliser(void *obj, void (*fn)(void *obj)) {
    if (!kr_gc_is_heap_ptr(obj)) {
        return false;
    }
    if (n_finalisers == KR_GC_FINALISERS && gc.enabled && gc.lock_depth == 0) {
        kr_gc_collect();   /* finalise the unreachable ones to make room */
    }
    if (n_finalisers == KR_GC_FINALISERS) {
        return false;
    }
    finalisers[n_finalisers].obj = obj;
    finalisers[n_finalisers].fn = fn;
    n_finalisers++;
    return true;
}

void kr_gc_remove_finaliser(void *obj) {
    for (size_t i = 0; i < n_finalisers; i++) {
        if (finalisers[i].obj == obj) {
            finalisers[i] = finalisers[--n_finalisers];
            return;
        }
    }
}

void kr_gc_finalise_all(void) {
    while (n_finalisers > 0) {
        finaliser_t f = finalisers[--n_finalisers];
        run_finaliser(f);
    }
    run_pending_finalisers();
}

void kr_gc_collect(void) {
    if (gc.collecting || gc.pool == NULL) {
        return;
    }
    gc.collecting = true;
    gc.mark_sp = 0;
    gc.mark_overflow = false;
    const uintptr_t *roots = (const uintptr_t *)(void *)&kr_state.dict_main;
    size_t n_roots = (size_t)((const char *)&kr_state.roots_end - (const char *)roots) / sizeof(uintptr_t);
    mark_all_from_roots(roots, n_roots);
    scan_stack();
    mark_overflow_rescan();
    find_unreachable_finalisers();
    gc.live = sweep() * BYTES_PER_BLOCK;
    gc.multi_free = gc.first_free;
    gc.alloc_since_collect = 0;
    set_budget();
    gc.collecting = false;
    run_pending_finalisers();
}

/* ---------------------------------------------------------------- allocation */

/* True if all four blocks described by ATB byte x are in use. */
static inline bool atb_byte_full(uint8_t x) {
    return ((x | (x >> 1)) & 0x55) == 0x55;
}

/* Find n_blocks consecutive free blocks at or after `from`; returns the head or n_blocks on
 * failure (gc.n_blocks is returned as "not found"). */
static size_t find_free_run(size_t from, size_t n_blocks) {
    size_t run = 0;
    size_t b = from;
    const size_t n = gc.n_blocks;
    while (b < n) {
        if ((b % BLOCKS_PER_ATB) == 0 && b + BLOCKS_PER_ATB <= n) {
            /* whole ATB bytes at a time: 32 used blocks, 4 used or 4 free blocks */
            size_t i = b / BLOCKS_PER_ATB;
            if (run == 0 && (i & 7) == 0 && b + 32 <= n) {
                uint64_t w;
                memcpy(&w, gc.atb + i, sizeof(w));
                if (((w | (w >> 1)) & 0x5555555555555555ull) == 0x5555555555555555ull) {
                    b += 32;
                    continue;
                }
            }
            uint8_t x = gc.atb[i];
            if (x == 0) {
                if (run + BLOCKS_PER_ATB >= n_blocks) {
                    return b - run;
                }
                run += BLOCKS_PER_ATB;
                b += BLOCKS_PER_ATB;
                continue;
            }
            if (atb_byte_full(x)) {
                run = 0;
                b += BLOCKS_PER_ATB;
                continue;
            }
        }
        if (atb_get(b) == AT_FREE) {
            if (++run == n_blocks) {
                return b + 1 - n_blocks;
            }
        } else {
            run = 0;
        }
        b++;
    }
    return n;
}

static void *alloc_blocks(size_t n_blocks, unsigned flags) {
    size_t head;
    if (n_blocks == 1) {
        head = find_free_run(gc.first_free, 1);
    } else {
        /* next fit for larger requests: do not rescan the small holes every time */
        if (gc.multi_free < gc.first_free) {
            gc.multi_free = gc.first_free;
        }
        head = find_free_run(gc.multi_free, n_blocks);
        if (head >= gc.n_blocks && gc.multi_free > gc.first_free) {
            head = find_free_run(gc.first_free, n_blocks);
        }
    }
    if (head >= gc.n_blocks) {
        return NULL;
    }
    size_t last = head + n_blocks - 1;
    if (last + 1 > gc.high) {
        gc.high = last + 1;
    }
    if (n_blocks == 1 || head == gc.first_free) {
        gc.first_free = last + 1;   /* no free block between the hint and head */
    }
    if (n_blocks > 1) {
        gc.multi_free = last + 1;
    }
    atb_set(head, AT_HEAD);
    for (size_t i = head + 1; i <= last; i++) {
        atb_set(i, AT_TAIL);
    }
    ftb_set(head, (flags & KR_GC_FLAG_ATOMIC) != 0);
    void *p = gc.pool + head * BYTES_PER_BLOCK;
    memset(p, 0, n_blocks * BYTES_PER_BLOCK);
    gc.alloc_since_collect += n_blocks * BYTES_PER_BLOCK;
    return p;
}

/* The common case, one block right at the free hint: no scan, no memset call. */
static inline void *alloc_one_fast(unsigned flags) {
    size_t b = gc.first_free;
    if (b >= gc.n_blocks || atb_get(b) != AT_FREE) {
        return NULL;
    }
    atb_set(b, AT_HEAD);
    ftb_set(b, (flags & KR_GC_FLAG_ATOMIC) != 0);
    gc.first_free = b + 1;
    if (b + 1 > gc.high) {
        gc.high = b + 1;
    }
    gc.alloc_since_collect += BYTES_PER_BLOCK;
    uintptr_t *p = (uintptr_t *)(gc.pool + b * BYTES_PER_BLOCK);
    for (size_t i = 0; i < KR_GC_BLOCK_WORDS; i++) {
        p[i] = 0;
    }
    return p;
}

void *kr_gc_alloc_maybe(size_t n_bytes, unsigned flags) {
    if (gc.lock_depth > 0 || gc.collecting) {
        return NULL;
    }
    if (n_bytes <= BYTES_PER_BLOCK && !want_collect()) {
        void *p = alloc_one_fast(flags);
        if (p != NULL) {
            return p;
        }
    }
    if (n_bytes == 0) {
        n_bytes = 1;
    }
    if (n_bytes > (size_t)(gc.pool_end - gc.pool)) {
        return NULL;
    }
    size_t n_blocks = (n_bytes + BYTES_PER_BLOCK - 1) / BYTES_PER_BLOCK;
    if (want_collect()) {
        kr_gc_collect();
    }
    void *p = alloc_blocks(n_blocks, flags);
    if (p == NULL) {
        kr_gc_collect();
        p = alloc_blocks(n_blocks, flags);
    }
    return p;
}

void *kr_gc_alloc(size_t n_bytes, unsigned flags) {
    void *p = kr_gc_alloc_maybe(n_bytes, flags);
    if (p == NULL) {
        kr_raise_memory_error();
    }
    return p;
}

void kr_gc_free(void *ptr) {
    if (ptr == NULL || !kr_gc_is_heap_ptr(ptr) || gc.collecting || gc.lock_depth > 0) {
        return;
    }
    size_t b = block_of(ptr);
    if (atb_get(b) != AT_HEAD || (uint8_t *)ptr != gc.pool + b * BYTES_PER_BLOCK) {
        return;   /* not the start of an allocation: ignore */
    }
    if (n_finalisers > 0) {
        kr_gc_remove_finaliser(ptr);
    }
    atb_set(b, AT_FREE);
    ftb_set(b, false);
    for (size_t t = b + 1; t < gc.n_blocks && atb_get(t) == AT_TAIL; t++) {
        atb_set(t, AT_FREE);
    }
    if (b < gc.first_free) {
        gc.first_free = b;
    }
}

size_t kr_gc_nbytes(const void *ptr) {
    if (ptr == NULL || !kr_gc_is_heap_ptr(ptr)) {
        return 0;
    }
    size_t b = block_of(ptr);
    if (atb_get(b) != AT_HEAD || (const uint8_t *)ptr != gc.pool + b * BYTES_PER_BLOCK) {
        return 0;   /* not the start of an allocation */
    }
    return n_blocks_of(b) * BYTES_PER_BLOCK;
}

void *kr_gc_realloc(void *ptr, size_t n_bytes) {
    if (ptr == NULL) {
        return kr_gc_alloc(n_bytes, 0);
    }
    if (n_bytes == 0) {
        n_bytes = 1;
    }
    size_t b = block_of(ptr);
    size_t have = n_blocks_of(b);
    size_t want = (n_bytes + BYTES_PER_BLOCK - 1) / BYTES_PER_BLOCK;
    if (gc.lock_depth > 0) {
        kr_raise_memory_error();
    }
    if (want <= have) {
        for (size_t t = b + want; t < b + have; t++) {
            atb_set(t, AT_FREE);
        }
        if (want < have && b + want < gc.first_free) {
            gc.first_free = b + want;
        }
        return ptr;
    }
    /* grow in place if the following blocks are free */
    size_t end = b + have;
    size_t free_after = 0;
    while (end + free_after < gc.n_blocks && free_after < want - have &&
           atb_get(end + free_after) == AT_FREE) {
        free_after++;
    }
    if (free_after == want - have) {
        for (size_t t = end; t < b + want; t++) {
            atb_set(t, AT_TAIL);
        }
        memset(gc.pool + end * BYTES_PER_BLOCK, 0, (want - have) * BYTES_PER_BLOCK);
        gc.alloc_since_collect += (want - have) * BYTES_PER_BLOCK;
        if (b + want > gc.high) {
            gc.high = b + want;
        }
        if (gc.first_free >= end && gc.first_free < b + want) {
            gc.first_free = b + want;
        }
        return ptr;
    }
    unsigned flags = ftb_get(b) ? KR_GC_FLAG_ATOMIC : 0;
    void *np = kr_gc_alloc(n_bytes, flags);   /* ptr stays alive: it is on our stack */
    memcpy(np, ptr, have * BYTES_PER_BLOCK);
    kr_gc_free(ptr);
    return np;
}

/* ---------------------------------------------------------------- control and stats */

void kr_gc_lock(void) {
    gc.lock_depth++;
}

size_t kr_gc_unlock(void) {
    if (gc.lock_depth > 0) {
        gc.lock_depth--;
    }
    return gc.lock_depth;
}

size_t kr_gc_lock_depth(void) {
    return gc.lock_depth;
}

static size_t count_free_blocks(void) {
    size_t n = 0;
    for (size_t b = 0; b < gc.n_blocks; b++) {
        if (atb_get(b) == AT_FREE) {
            n++;
        }
    }
    return n;
}

size_t kr_gc_mem_free(void) {
    return count_free_blocks() * BYTES_PER_BLOCK;
}

size_t kr_gc_mem_alloc(void) {
    return (gc.n_blocks - count_free_blocks()) * BYTES_PER_BLOCK;
}

size_t kr_gc_mem_total(void) {
    return gc.n_blocks * BYTES_PER_BLOCK;
}

void kr_gc_enable(bool enable) {
    gc.enabled = enable;
}

bool kr_gc_is_enabled(void) {
    return gc.enabled;
}

void kr_gc_set_threshold(long bytes) {
    gc.threshold = bytes < 0 ? -1 : (long)((size_t)bytes / BYTES_PER_BLOCK * BYTES_PER_BLOCK);
    set_budget();
}

long kr_gc_get_threshold(void) {
    return gc.threshold;
}

void kr_gc_dump_info(void) {
    size_t n_free = 0, n_used = 0, max_free = 0, run = 0, n_objs = 0;
    for (size_t b = 0; b < gc.n_blocks; b++) {
        unsigned k = atb_get(b);
        if (k == AT_FREE) {
            n_free++;
            if (++run > max_free) {
                max_free = run;
            }
        } else {
            n_used++;
            run = 0;
            if (k == AT_HEAD) {
                n_objs++;
            }
        }
    }
    kr_printf(&kr_print_stdout, "GC: total: %u, used: %u, free: %u\n",
              (unsigned)(gc.n_blocks * BYTES_PER_BLOCK), (unsigned)(n_used * BYTES_PER_BLOCK),
              (unsigned)(n_free * BYTES_PER_BLOCK));
    kr_printf(&kr_print_stdout, " No. of 1-blocks: %u objects, max free sz: %u blocks\n",
              (unsigned)n_objs, (unsigned)max_free);
}
