/* main.c: the qemu port's boot flow: set up the stack limit and the heap, run boot.py and
 * main.py (built-in source modules), apply the board's policy when main.py ends, run the
 * REPL (friendly or raw), and soft-reset by starting over. */
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "repl.h"
#include "port.h"
#include "qemuport.h"

/* Production settings (board_config.h may set them; these are the development defaults). */
#define KR_MAIN_END_REPL       (0)   /* main.py ended: go to the REPL */
#define KR_MAIN_END_SOFT_RESET (1)   /* main.py ended: soft reset (it runs again) */
#define KR_MAIN_END_HALT       (2)   /* main.py ended: sleep until a hard reset */
#ifndef KR_BOARD_REPL_ENABLED
#define KR_BOARD_REPL_ENABLED (1)
#endif
#ifndef KR_BOARD_CTRL_C_ENABLED
#define KR_BOARD_CTRL_C_ENABLED (1)
#endif
#ifndef KR_BOARD_MAIN_END_POLICY
#define KR_BOARD_MAIN_END_POLICY KR_MAIN_END_REPL
#endif

extern uint8_t _gc_heap_start, _gc_heap_end, _estack, _stack_bottom;

/* Run a built-in boot script if the firmware has it. Returns KR_REPL_CONTINUE, or
 * KR_REPL_SOFT_RESET on SystemExit (also what machine.soft_reset() raises). *ran tells
 * whether the script existed. */
static int run_boot_script(const char *name, bool *ran) {
    *ran = false;
    if (kr_port_stat(name) != 1) {
        return KR_REPL_CONTINUE;
    }
    *ran = true;
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_exec_file(name, kr_state.dict_main);
        kr_nlr_pop();
        return KR_REPL_CONTINUE;
    }
    kr_obj_t exc = (kr_obj_t)nlr.ret_val;
    if (kr_obj_is_instance(exc, &kr_type_SystemExit)) {
        return KR_REPL_SOFT_RESET;
    }
    kr_obj_exception_print_traceback(&kr_print_stderr, exc);
    return KR_REPL_CONTINUE;
}

__attribute__((noreturn)) static void halt(void) {
    for (;;) {
        __asm volatile("wfi");
    }
}

/* boot.py, then main.py, then the board's policy. */
static int run_boot_scripts(void) {
    bool ran;
    int r = run_boot_script("boot.py", &ran);
    if (r != KR_REPL_CONTINUE) {
        return r;
    }
    r = run_boot_script("main.py", &ran);
    if (r != KR_REPL_CONTINUE || !ran) {
        return r;
    }
    if (KR_BOARD_MAIN_END_POLICY == KR_MAIN_END_SOFT_RESET) {
        return KR_REPL_SOFT_RESET;
    }
    if (KR_BOARD_MAIN_END_POLICY == KR_MAIN_END_HALT) {
        halt();
    }
    return KR_REPL_CONTINUE;
}

static int run_repl(void) {
    if (!KR_BOARD_REPL_ENABLED) {
        halt();   /* production: no input byte reaches a Python prompt */
    }
    int r;
    do {
        if (kr_repl_get_kind() == KR_REPL_RAW) {
            r = kr_repl_raw_console();
        } else {
            r = kr_repl_friendly_console();
        }
    } while (r == KR_REPL_CONTINUE);
    return r;
}

int main(void) {
    kr_qemu_uart_init();
    kr_qemu_systick_init();
    bool skip_main = false;
    for (;;) {
        kr_stack_set_top((void *)&_estack);
        kr_stack_set_limit((size_t)(&_estack - &_stack_bottom) - KR_STACK_MARGIN);
        kr_gc_init(&_gc_heap_start, &_gc_heap_end);
        kr_init();
        if (!KR_BOARD_CTRL_C_ENABLED) {
            kr_state.kbd_intr_char = -1;
        }
        int r = KR_REPL_CONTINUE;
        if (!skip_main) {
            r = run_boot_scripts();
        }
        if (r == KR_REPL_CONTINUE) {
            run_repl();
        }
        /* soft reset; one asked for from the raw REPL skips main.py (host tools rely on
         * it to take control of a board whose main.py never returns) */
        skip_main = kr_repl_get_kind() == KR_REPL_RAW;
        kr_deinit();
        kr_port_stdout_write("MPY: soft reboot\n", 17);
    }
}
