/* gc.h: the garbage-collected heap: mark-sweep over one fixed region, block allocated.
 *
 * Roots: the root section of kr_state (see state.h), the C stack from the current
 * stack pointer to kr_state.stack_top, and the CPU registers (spilled with setjmp).
 * Scanning is conservative everywhere: any aligned word pointing into an allocated
 * block (head or interior) keeps that whole allocation alive; heap objects are
 * scanned word by word unless allocated with KR_GC_FLAG_ATOMIC (no pointers inside).
 */
#ifndef KRAIT_GC_H
#define KRAIT_GC_H

#include <stddef.h>
#include <stdbool.h>

#define KR_GC_FLAG_ATOMIC   (1)   /* the block holds no pointers (str/bytes data, floats) */

void kr_gc_init(void *start, void *end);     /* the heap is [start, end) */
void *kr_gc_alloc(size_t n_bytes, unsigned flags);   /* zeroed; raises MemoryError when full */
void *kr_gc_alloc_maybe(size_t n_bytes, unsigned flags); /* NULL when full, never raises */
void *kr_gc_realloc(void *ptr, size_t n_bytes);  /* grows/shrinks in place if possible; new bytes zeroed; raises MemoryError */
void kr_gc_free(void *ptr);                  /* explicit free (ptr may be NULL) */
size_t kr_gc_nbytes(const void *ptr);        /* usable size of the allocation starting at ptr; 0 if ptr is not one */
bool kr_gc_is_alloc_start(const void *ptr); /* ptr is the start of an allocation (O(1)) */
void kr_gc_collect(void);
void kr_gc_lock(void);                       /* heap lock (nestable): allocation raises MemoryError */
size_t kr_gc_unlock(void);                   /* returns remaining depth */
size_t kr_gc_lock_depth(void);
size_t kr_gc_mem_free(void);                 /* bytes */
size_t kr_gc_mem_alloc(void);                /* bytes */
size_t kr_gc_mem_total(void);
void kr_gc_enable(bool enable);              /* disable only stops automatic collection */
bool kr_gc_is_enabled(void);
void kr_gc_set_threshold(long bytes);        /* collect after this many bytes allocated; <0 = off */
long kr_gc_get_threshold(void);
void kr_gc_dump_info(void);                  /* micropython.mem_info() */
bool kr_gc_is_heap_ptr(const void *ptr);
/* Finalisers (open files): when a collection finds obj unreachable, fn(obj) runs after
 * that collection (obj is kept one more cycle); exceptions it raises are ignored. At
 * most KR_GC_FINALISERS objects at once: false when the table is full. */
bool kr_gc_add_finaliser(void *obj, void (*fn)(void *obj));
void kr_gc_remove_finaliser(void *obj);
void kr_gc_finalise_all(void);               /* run every finaliser now (soft reset, exit) */

#endif /* KRAIT_GC_H */
