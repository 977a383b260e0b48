/* repl.h: the interactive prompt shared by the ports: the friendly REPL and the raw REPL
 * over a byte console (a board's UART, a terminal in raw mode). core/boot.c drives them. */
#ifndef KRAIT_REPL_H
#define KRAIT_REPL_H

#include <stdbool.h>
#include "obj.h"

/* Does this (possibly multi-line) input need more lines before it can be compiled? */
bool kr_repl_continue_with_input(const char *input, size_t len);

typedef enum { KR_REPL_FRIENDLY, KR_REPL_RAW } kr_repl_kind_t;
#define KR_REPL_CONTINUE   (0)   /* run the REPL again (its kind may have changed) */
#define KR_REPL_SOFT_RESET (1)   /* Ctrl-D on an empty line (raw REPL: empty submission) */
#define KR_REPL_EXIT       (2)   /* the console was closed */
#define KR_REPL_SYS_EXIT   (3)   /* code raised SystemExit (status: kr_repl_exit_status) */
kr_repl_kind_t kr_repl_get_kind(void);
void kr_repl_set_kind(kr_repl_kind_t kind);
/* Forget the REPL's per-session state; call after each (re)initialisation. */
void kr_repl_init(void);
/* One session of the friendly REPL (prints the banner) or the raw REPL (prints its
 * banner); returns a KR_REPL_* code. */
int kr_repl_friendly_console(void);
int kr_repl_raw_console(void);
int kr_repl_exit_status(void);
/* The exit status SystemExit carries (prints a non-int code to stderr, as CPython). */
int kr_repl_system_exit_status(kr_obj_t exc);
/* Drop a KeyboardInterrupt that arrived when no code was running to receive it. */
void kr_repl_drop_pending_interrupt(void);
/* Tab completion of names and attributes (a kr_readline_complete_t). */
int kr_repl_complete(kr_vstr_t *line);

#endif /* KRAIT_REPL_H */
