/* repl.h: the interactive prompt shared by the ports. */
#ifndef KRAIT_REPL_H
#define KRAIT_REPL_H

#include <stdbool.h>
#include "obj.h"

/* Does this (possibly multi-line) input need more lines before it can be compiled? */
bool kr_repl_continue_with_input(const char *input, size_t len);
/* The friendly REPL on the console; returns the exit status (unix: on EOF or SystemExit). */
int kr_repl_run_friendly(void);
/* Run one complete REPL input; returns 0, or the exit status + 1 if SystemExit was raised. */
int kr_repl_exec(const char *input, size_t len);



/* ---- byte-console REPLs (boards, terminals in raw mode) ---- */
typedef enum { KR_REPL_FRIENDLY, KR_REPL_RAW } kr_repl_kind_t;
#define KR_REPL_CONTINUE   (0)   /* run the REPL again (maybe switched kind) */
#define KR_REPL_SOFT_RESET (1)   /* Ctrl-D / SystemExit: soft reset */
#define KR_REPL_EXIT       (2)   /* console closed */
kr_repl_kind_t kr_repl_get_kind(void);
void kr_repl_set_kind(kr_repl_kind_t kind);
int kr_repl_friendly_console(void);
int kr_repl_raw_console(void);
bool kr_repl_complete(kr_vstr_t *line);   /* tab completion of names and attributes */
#endif /* KRAIT_REPL_H */
