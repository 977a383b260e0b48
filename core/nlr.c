/* nlr.c: the chain of setjmp buffers used to raise exceptions across C frames. */
#include <stdlib.h>
#include "nlr.h"
#include "state.h"

void kr_nlr_push_(kr_nlr_buf_t *buf) {
    buf->prev = kr_state.nlr_top;
    buf->ret_val = 0;
    kr_state.nlr_top = buf;
}

void kr_nlr_pop(void) {
    kr_state.nlr_top = kr_state.nlr_top->prev;
}

_Noreturn void kr_nlr_jump(uintptr_t exc) {
    kr_nlr_buf_t *top = kr_state.nlr_top;
    if (top == NULL) {
        /* no handler at all: a port bug; nothing sensible left to do */
        extern _Noreturn void kr_port_fatal(const char *msg);
        kr_port_fatal("uncaught exception with no handler");
    }
    top->ret_val = exc;
    kr_state.nlr_top = top->prev;
    longjmp(top->jb, 1);
}
