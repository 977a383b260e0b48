/* dupterm.h: os.dupterm: the REPL console duplicated onto Python stream objects; the hooks
 * a port calls from its console output and input paths (no-ops when KR_OS_DUPTERM is 0). */
#ifndef KRAIT_DUPTERM_H
#define KRAIT_DUPTERM_H

#include <stddef.h>
#include <stdbool.h>
#include "obj.h"
#include "state.h"

#if KR_OS_DUPTERM
#define KR_DUPTERM_SLOTS (2)                             /* os.dupterm index 0..1 */
#define KR_DUPTERM_ROOT_SLOT KR_ROOT_DUPTERM   /* kr_state.extra_roots slot of the streams */

/* Is any stream attached? (cheap: ports test it before calling the hooks) */
static inline bool kr_dupterm_on(void) {
    return kr_state.extra_roots[KR_DUPTERM_ROOT_SLOT] != KR_OBJ_NULL;
}
/* Console output: also written to each attached stream (its write method). Never raises:
 * a stream whose write raises is detached with a message. */
void kr_dupterm_tx(const char *s, size_t len);
/* Console input: the next byte from an attached stream (readinto of a 1-byte buffer;
 * None = nothing now), or -1 when none has one. EOF or an exception detaches the stream. */
int kr_dupterm_rx(void);
extern const kr_obj_fun_builtin_t kr_dupterm_dupterm_obj, kr_dupterm_notify_obj;   /* os.dupterm, os.dupterm_notify */
#else
static inline bool kr_dupterm_on(void) {
    return false;
}
static inline void kr_dupterm_tx(const char *s, size_t len) {
    (void)s;
    (void)len;
}
static inline int kr_dupterm_rx(void) {
    return -1;
}
#endif

#endif /* KRAIT_DUPTERM_H */
