/* dupterm.c: os.dupterm(stream, index=0): the console's output also goes to Python stream objects and their input feeds the console (MicroPython's terminal duplication). */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "nlr.h"
#include "port.h"
#include "dupterm.h"

#if KR_OS_DUPTERM

/* kr_state.extra_roots[KR_DUPTERM_ROOT_SLOT] points at this while a stream is attached */
typedef struct {
    kr_obj_t stream[KR_DUPTERM_SLOTS];
    kr_obj_t inbuf;          /* 1-byte bytearray for readinto */
} dupterm_state_t;

static bool dupterm_busy;   /* inside a stream's method: its own prints go to the console only */

static dupterm_state_t *state(void) {
    kr_obj_t o = kr_state.extra_roots[KR_DUPTERM_ROOT_SLOT];
    return o == KR_OBJ_NULL ? NULL : KR_OBJ_TO_PTR(o);
}

static void console_str(const char *s) {
    kr_port_stdout_write(s, strlen(s));
}

/* set slot i; the state is dropped when no slot is in use (so the hooks cost nothing) */
static kr_obj_t set_slot(size_t i, kr_obj_t stream) {
    dupterm_state_t *st = state();
    kr_obj_t prev = st != NULL ? st->stream[i] : KR_OBJ_NULL;
    if (stream != KR_OBJ_NULL) {
        if (st == NULL) {
            kr_obj_t buf = kr_obj_new_bytearray(1, NULL);
            st = kr_gc_alloc(sizeof(dupterm_state_t), 0);
            st->inbuf = buf;
            kr_state.extra_roots[KR_DUPTERM_ROOT_SLOT] = KR_OBJ_FROM_PTR(st);
        }
        st->stream[i] = stream;
    } else if (st != NULL) {
        st->stream[i] = KR_OBJ_NULL;
        bool any = false;
        for (size_t k = 0; k < KR_DUPTERM_SLOTS; k++) {
            any = any || st->stream[k] != KR_OBJ_NULL;
        }
        if (!any) {
            kr_state.extra_roots[KR_DUPTERM_ROOT_SLOT] = KR_OBJ_NULL;
        }
    }
    return prev == KR_OBJ_NULL ? KR_OBJ_NONE : prev;
}

/* A stream that failed: detach it and say why on the console. A KeyboardInterrupt (Ctrl-C
 * while its method ran) is no failure: it is passed on to whoever waits for the console. */
static void deactivate(size_t i, const char *msg, kr_obj_t exc) {
    if (exc != KR_OBJ_NULL && kr_obj_exception_match(exc, KR_OBJ_FROM_PTR(&kr_type_KeyboardInterrupt))) {
        kr_sched_exception(exc);
        return;
    }
    set_slot(i, KR_OBJ_NULL);
    console_str(msg);
    if (exc != KR_OBJ_NULL) {
        kr_obj_exception_print_traceback(&kr_print_stdout, exc);
    }
}

void kr_dupterm_tx(const char *s, size_t len) {
    if (dupterm_busy || len == 0 || !kr_dupterm_on() || kr_gc_lock_depth() > 0) {
        return;
    }
    dupterm_busy = true;
    for (size_t i = 0; i < KR_DUPTERM_SLOTS; i++) {
        dupterm_state_t *st = state();
        if (st == NULL || st->stream[i] == KR_OBJ_NULL) {
            continue;
        }
        kr_nlr_buf_t nlr;
        if (kr_nlr_push(&nlr) == 0) {
            kr_obj_t data = kr_obj_new_bytes((const uint8_t *)s, len);
            kr_call_method(st->stream[i], KR_QSTR_write, 1, &data);
            kr_nlr_pop();
        } else {
            deactivate(i, "dupterm: Exception in write() method, deactivating: ", (kr_obj_t)nlr.ret_val);
        }
    }
    dupterm_busy = false;
}

int kr_dupterm_rx(void) {
    if (dupterm_busy || !kr_dupterm_on() || kr_gc_lock_depth() > 0) {
        return -1;
    }
    dupterm_busy = true;
    volatile int c = -1;
    for (size_t i = 0; i < KR_DUPTERM_SLOTS && c < 0; i++) {
        dupterm_state_t *st = state();
        if (st == NULL || st->stream[i] == KR_OBJ_NULL) {
            continue;
        }
        kr_nlr_buf_t nlr;
        if (kr_nlr_push(&nlr) == 0) {
            kr_obj_t res = kr_call_method(st->stream[i], KR_QSTR_readinto, 1, &st->inbuf);
            if (res != KR_OBJ_NONE) {
                if (kr_obj_get_int(res) > 0) {
                    kr_buffer_info_t info;
                    kr_get_buffer_raise(st->inbuf, &info, KR_BUFFER_READ);
                    c = info.len > 0 ? ((const uint8_t *)info.buf)[0] : -1;
                } else {
                    c = -2;   /* end of the stream */
                }
            }
            kr_nlr_pop();
            if (c == -2) {
                c = -1;
                deactivate(i, "dupterm: EOF received, deactivating\n", KR_OBJ_NULL);
            }
        } else {
            deactivate(i, "dupterm: Exception in readinto() method, deactivating: ", (kr_obj_t)nlr.ret_val);
        }
    }
    dupterm_busy = false;
    return c;
}

/* os.dupterm(stream_object, index=0, /): returns the previous stream in that slot */
static kr_obj_t dupterm_dupterm(size_t n_args, const kr_obj_t *args) {
    kr_int_t index = n_args > 1 ? kr_obj_get_int(args[1]) : 0;
    if (index < 0 || index >= KR_DUPTERM_SLOTS) {
        kr_raise_msg(&kr_type_ValueError, "invalid dupterm index");
    }
    return set_slot((size_t)index, args[0] == KR_OBJ_NONE ? KR_OBJ_NULL : args[0]);
}
KR_DEFINE_FUN_VAR(kr_dupterm_dupterm_obj, 1, 2, dupterm_dupterm);

/* os.dupterm_notify(obj, /): for streams that signal new input; input is polled here */
static kr_obj_t dupterm_notify(kr_obj_t arg) {
    return KR_OBJ_NONE;
}
KR_DEFINE_FUN_1(kr_dupterm_notify_obj, dupterm_notify);

#endif /* KR_OS_DUPTERM */
