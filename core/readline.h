/* readline.h: the REPL line editor. */
#ifndef KRAIT_READLINE_H
#define KRAIT_READLINE_H

#include "obj.h"

#define KR_READLINE_LINE   (0)
#define KR_READLINE_CTRL_A (1)
#define KR_READLINE_CTRL_B (2)
#define KR_READLINE_CTRL_C (3)
#define KR_READLINE_CTRL_D (4)
#define KR_READLINE_CTRL_E (5)

/* Results of the tab-completion hook. */
#define KR_COMPLETE_NONE     (0)   /* nothing to add */
#define KR_COMPLETE_EXTENDED (1)   /* text was appended to the line */
#define KR_COMPLETE_LISTED   (2)   /* the candidates were printed (ending in a newline) */

/* Tab completion hook: line holds the text before the cursor (the cursor is at its end). */
typedef int (*kr_readline_complete_t)(kr_vstr_t *line);

/* Edit one line after printing prompt. line may be pre-filled (auto-indent). Returns
 * KR_READLINE_LINE with the text in line, or a control code (Ctrl-A/B/D/E on an empty
 * line, Ctrl-C at any time), or a negative number when the console is closed. */
int kr_readline(kr_vstr_t *line, const char *prompt, kr_readline_complete_t complete);

#endif /* KRAIT_READLINE_H */
