/* state.h: the interpreter's global state; its root section is scanned by the GC.
 * A soft reset re-initialises all of it (nothing survives but the port's own state). */
#ifndef KRAIT_STATE_H
#define KRAIT_STATE_H

#include "obj.h"

/* The kr_state.extra_roots slots of the C modules: one name each, so they cannot collide.
 * A module keeps its GC-visible state (a list, a struct on the heap) in its slot. */
enum {
    KR_ROOT_VFS,             /* modules/vfs.c: the mount table */
    KR_ROOT_DUPTERM,         /* modules/dupterm.c: the attached streams */
    KR_ROOT_MACHINE_TIMER,   /* modules/machine_timer.c: the running Timer objects */
    KR_ROOT_MACHINE_PIN,     /* a port's machine.Pin: the irq handlers */
    KR_ROOT_STR_INDEX,       /* core/objstr.c: the non-ASCII str whose last index lookup is cached */
    KR_STATE_ROOTS_MAX       /* (the count) */
};

#define KR_EMERGENCY_ARGS (4)          /* args an exception made with the heap locked keeps */
#define KR_EMERGENCY_TB_ENTRIES (8)    /* traceback entries it records */

typedef struct _kr_state_t {
    /* ---- GC roots: every word between roots_start and roots_end is scanned ---- */
    char roots_start[1];
    kr_obj_t dict_main;          /* globals of __main__ */
    kr_obj_t dict_builtins_ext;  /* runtime additions to builtins (e.g. `_` at the REPL), a dict */
    kr_obj_t sys_modules;        /* dict: name -> module */
    kr_obj_t sys_path;           /* list */
    kr_obj_t sys_argv;           /* list */
    kr_obj_t cur_exc;            /* exception being handled (sys.exc_info), or NULL */
    kr_obj_t pending_exc;        /* set asynchronously (Ctrl-C); checked by the VM */
    kr_obj_t qstr_pool;          /* runtime qstr pool (owned by qstr.c) */
    kr_obj_t qstr_index;         /* runtime qstr hash index (owned by qstr.c) */
    kr_obj_t sys_exitfunc;       /* sys.atexit */
    kr_obj_t sys_module;         /* the sys module (built at init: it holds mutable state) */
    kr_obj_t kbd_exc;            /* preallocated KeyboardInterrupt instance */
    kr_obj_t sched_queue;        /* micropython.schedule queue (list) or NULL */
    kr_obj_t emergency_args;     /* tuple storage (KR_EMERGENCY_ARGS items) and traceback */
    kr_obj_t emergency_tb;       /* record of the emergency exception (heap locked or full) */
    kr_obj_t extra_roots[KR_STATE_ROOTS_MAX];
    char roots_end[1];
    /* ---- not scanned ---- */
    kr_nlr_buf_t *nlr_top;       /* innermost nlr buffer */
    char *stack_top;             /* C stack base (highest address) for scanning and limits */
    size_t stack_limit;          /* usable C stack bytes */
    int recursion_depth;         /* nested Python calls */
    int kbd_intr_char;           /* micropython.kbd_intr; -1 = disabled */
    uint8_t opt_level;           /* micropython.opt_level */
    volatile uint8_t sched_pending;   /* pending_exc is set (fast flag for the VM) */
    kr_obj_exception_t emergency_exc; /* preallocated MemoryError instance */
} kr_state_t;

extern kr_state_t kr_state;

/* Check the C stack and recursion depth; raises RuntimeError("maximum recursion depth exceeded"). */
void kr_stack_check(void);
void kr_stack_set_top(void *top);
void kr_stack_set_limit(size_t bytes);
/* Bytes of C stack in use below stack_top. */
static inline size_t kr_stack_usage(void) {
    volatile char here = 0;
    return (size_t)(kr_state.stack_top - (char *)&here);
}

#endif /* KRAIT_STATE_H */
