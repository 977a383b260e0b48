/* main.c: the qemu port's entry after start-up: the console and the clock, the C stack
 * bounds for the GC and the recursion guard, then the portable boot flow (core/boot.c)
 * over the heap the linker script placed. */
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "boot.h"
#include "qemuport.h"

extern uint8_t _gc_heap_start, _gc_heap_end, _estack, _stack_bottom;

int main(void) {
    kr_qemu_uart_init();
    kr_qemu_systick_init();
    /* the stack grows down from _estack; the GC scans [sp, _estack) */
    kr_stack_set_top((void *)&_estack);
    kr_stack_set_limit((size_t)(&_estack - &_stack_bottom) - KR_STACK_MARGIN);
    kr_boot_config_t cfg;
    kr_boot_config_init(&cfg, &_gc_heap_start, &_gc_heap_end);
    kr_boot_run(&cfg);   /* a board's console never closes: does not return */
    return 0;
}
