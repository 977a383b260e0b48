/* main.c: the qemu port's boot flow: set up the heap, run boot.py and main.py (frozen
 * first, then the filesystem), then the REPL (friendly or raw), with soft reset. */
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "repl.h"
#include "port.h"
#include "qemuport.h"

extern uint8_t _gc_heap_start, _gc_heap_end, _estack, _stack_bottom;

int main(void) {
    kr_qemu_uart_init();
    kr_qemu_systick_init();
    for (;;) {
        volatile int marker = 0;
        kr_stack_set_top((void *)&_estack);
        kr_stack_set_limit((size_t)(&_estack - &_stack_bottom));
        (void)marker;
        kr_gc_init(&_gc_heap_start, &_gc_heap_end);
        kr_init();
        int r;
        do {
            if (kr_repl_get_kind() == KR_REPL_RAW) {
                r = kr_repl_raw_console();
            } else {
                r = kr_repl_friendly_console();
            }
        } while (r == KR_REPL_CONTINUE);
        kr_deinit();
        kr_port_stdout_write("MPY: soft reboot\n", 17);
    }
}
