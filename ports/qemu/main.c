/* main.c: the qemu port's entry after start-up: the console and the clock, the C stack
 * bounds for the GC and the recursion guard, then the portable boot flow (core/boot.c)
 * over the heap the linker script placed. */
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "boot.h"
#include "qemuport.h"
#if KR_MODULE_VFS && defined(KR_BOARD_FS_ADDR)
#include "modules/vfs.h"
#endif

extern uint8_t _gc_heap_start, _gc_heap_end, _estack, _stack_bottom;

/* After each (re)initialisation: stop the machine peripherals the old heap's objects drove
 * (timers, UART receive), then mount the board's RAM-region filesystem at / (the host
 * may fill it before boot: -device loader,file=fs.img,addr=KR_BOARD_FS_ADDR; an empty
 * region is formatted), so boot.py and main.py can live there (docs/filesystem.md). */
static void qemu_port_init(void) {
#if KR_MODULE_MACHINE
    kr_qemu_machine_init();
#endif
#if KR_MODULE_VFS && defined(KR_BOARD_FS_ADDR)
    kr_vfs_mount_ramdisk((void *)KR_BOARD_FS_ADDR, KR_BOARD_FS_SIZE, 512, "/");
#endif
}

int main(void) {
    kr_qemu_reset_cause_init();
    kr_qemu_uart_init();
    kr_qemu_systick_init();
    /* the stack grows down from _estack; the GC scans [sp, _estack) */
    kr_stack_set_top((void *)&_estack);
    kr_stack_set_limit((size_t)(&_estack - &_stack_bottom) - KR_STACK_MARGIN);
    kr_boot_config_t cfg;
    kr_boot_config_init(&cfg, &_gc_heap_start, &_gc_heap_end);
    cfg.port_init = qemu_port_init;
#if KR_MODULE_MACHINE
    kr_sched_hook = kr_qemu_machine_poll;
#endif
    kr_boot_run(&cfg);   /* a board's console never closes: does not return */
    return 0;
}
