/* nlr.h: non-local return (exceptions across C frames) with a chain of setjmp buffers.
 *
 * Usage:
 *     kr_nlr_buf_t nlr;
 *     if (kr_nlr_push(&nlr) == 0) {
 *         ... code that may raise ...
 *         kr_nlr_pop();          // must be called on the normal path
 *     } else {
 *         kr_obj_t exc = nlr.ret_val;   // the raised exception instance; buffer already popped
 *     }
 * Locals modified inside the protected block and read in the handler must be volatile.
 */
#ifndef KRAIT_NLR_H
#define KRAIT_NLR_H

#include <setjmp.h>
#include <stdint.h>

typedef struct _kr_nlr_buf_t {
    struct _kr_nlr_buf_t *prev;
    uintptr_t ret_val;          /* kr_obj_t: the exception being raised */
    jmp_buf jb;
} kr_nlr_buf_t;

void kr_nlr_push_(kr_nlr_buf_t *buf);
#define kr_nlr_push(buf) (kr_nlr_push_(buf), setjmp((buf)->jb))
void kr_nlr_pop(void);
_Noreturn void kr_nlr_jump(uintptr_t exc);    /* pops the top buffer and longjmps to it */

#endif /* KRAIT_NLR_H */
