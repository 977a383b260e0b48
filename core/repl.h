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

#endif /* KRAIT_REPL_H */
