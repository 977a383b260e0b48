/* boot.h: the portable boot flow (boot.py, main.py, REPL, soft reset) and the board's
 * production settings. A board sets the KR_BOOT_* macros in its board_config.h. */
#ifndef KRAIT_BOOT_H
#define KRAIT_BOOT_H

#include <stdbool.h>
#include "obj.h"

/* What happens when main.py ends (by returning or by an uncaught exception). */
#define KR_BOOT_MAIN_END_REPL    (0)   /* continue to the REPL (development default) */
#define KR_BOOT_MAIN_END_RESTART (1)   /* soft reset: clear everything, run the flow again */
#define KR_BOOT_MAIN_END_HALT    (2)   /* stop: ignore all input until a hard reset */

/* Older board headers named the settings KR_BOARD_*; accept those too. */
#if !defined(KR_BOOT_REPL_ENABLED) && defined(KR_BOARD_REPL_ENABLED)
#define KR_BOOT_REPL_ENABLED KR_BOARD_REPL_ENABLED
#endif
#if !defined(KR_BOOT_CTRLC_ENABLED) && defined(KR_BOARD_CTRL_C_ENABLED)
#define KR_BOOT_CTRLC_ENABLED KR_BOARD_CTRL_C_ENABLED
#endif
#if !defined(KR_BOOT_MAIN_END) && defined(KR_BOARD_MAIN_END_POLICY)
#define KR_BOOT_MAIN_END KR_BOARD_MAIN_END_POLICY   /* same values: 0 REPL, 1 restart, 2 halt */
#endif

#ifndef KR_BOOT_MAIN_END
#define KR_BOOT_MAIN_END KR_BOOT_MAIN_END_REPL  /* policy when main.py ends */
#endif
#ifndef KR_BOOT_REPL_ENABLED
#define KR_BOOT_REPL_ENABLED (1)                /* 0: no input byte reaches a prompt or raw REPL */
#endif
#ifndef KR_BOOT_CTRLC_ENABLED
#define KR_BOOT_CTRLC_ENABLED (1)               /* 0: boot with micropython.kbd_intr(-1) */
#endif

typedef struct _kr_boot_config_t {
    void *heap_start;        /* the GC heap, re-initialised on every (soft) reset */
    void *heap_end;
    int main_end;            /* KR_BOOT_MAIN_END_* */
    bool repl_enabled;
    bool ctrlc_enabled;
    bool run_boot_files;     /* false: straight to the REPL (unix interactive mode) */
    bool ctrl_d_exits;       /* Ctrl-D at the friendly REPL leaves kr_boot_run (unix) */
    /* called after each (re)initialisation of the interpreter, before boot.py; may be NULL */
    void (*port_init)(void);
} kr_boot_config_t;

/* Fill cfg with the build's production settings (the KR_BOOT_* macros). */
void kr_boot_config_init(kr_boot_config_t *cfg, void *heap_start, void *heap_end);

/* Run the boot flow and the REPL, soft-resetting as asked, until the console is closed
 * (a board never returns). Returns the exit status for a host program. */
int kr_boot_run(const kr_boot_config_t *cfg);

/* Ask for a soft reset from running code (machine.soft_reset()): raises SystemExit, which
 * the boot flow and the REPL turn into a soft reset. */
_Noreturn void kr_boot_soft_reset_request(void);

#endif /* KRAIT_BOOT_H */
