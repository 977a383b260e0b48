/* startup.c: Cortex-M start-up for the qemu port: vector table, reset handler (copy .data,
 * zero .bss), fault entry (register dump on a private stack, then system reset), _sbrk. */
#include <stdint.h>
#include <errno.h>
#include "qemuport.h"

extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss, _stack_bottom, _estack;
extern char _libc_heap_start, _libc_heap_end;
extern int main(void);

void kr_qemu_reset_handler(void);
void kr_qemu_default_handler(void);
void kr_qemu_nmi_handler(void);
void kr_qemu_fault_handler(void);
void kr_qemu_fault_c(const uint32_t *frame, uint32_t exc_return);

#define SCB_AIRCR  (*(volatile uint32_t *)0xE000ED0Cu)
#define SCB_SHCSR  (*(volatile uint32_t *)0xE000ED24u)
#define SCB_ICSR   (*(volatile uint32_t *)0xE000ED04u)

/* The fault handler runs on this stack: the faulting one may be exhausted or corrupt. */
uint32_t kr_qemu_fault_stack[128] __attribute__((aligned(8)));

__attribute__((noreturn)) void kr_qemu_reset_handler(void) {
    uint32_t *src = &_sidata;
    for (uint32_t *dst = &_sdata; dst < &_edata;) {
        *dst++ = *src++;
    }
    for (uint32_t *dst = &_sbss; dst < &_ebss;) {
        *dst++ = 0;
    }
    SCB_SHCSR |= (1u << 16) | (1u << 17) | (1u << 18);   /* MemManage, BusFault, UsageFault */
    main();
    kr_qemu_system_reset();
}

void kr_qemu_default_handler(void) {
    kr_qemu_fault_report("unexpected interrupt", NULL, SCB_ICSR & 0x1ffu);
}

void kr_qemu_nmi_handler(void) {
    kr_qemu_fault_report("NMI", NULL, 0);
}

/* Fault entry: r0 = stacked frame (MSP or PSP), r1 = EXC_RETURN; switch to the fault
 * stack and report. */
__attribute__((naked)) void kr_qemu_fault_handler(void) {
    __asm volatile(
        "tst lr, #4\n"
        "ite eq\n"
        "mrseq r0, msp\n"
        "mrsne r0, psp\n"
        "mov r1, lr\n"
        "ldr r2, =kr_qemu_fault_stack + 512\n"
        "mov sp, r2\n"
        "b kr_qemu_fault_c\n");
}

void kr_qemu_fault_c(const uint32_t *frame, uint32_t exc_return) {
    static const char *const names[] = {"HardFault", "MemManage", "BusFault", "UsageFault"};
    uint32_t n = SCB_ICSR & 0x1ffu;   /* active exception number: 3..6 */
    const char *what = n >= 3 && n <= 6 ? names[n - 3] : "fault";
    uintptr_t f = (uintptr_t)frame;
    if (f < (uintptr_t)&_stack_bottom || f + 32 > (uintptr_t)&_estack) {
        frame = NULL;   /* the stack itself is bad: no frame to show */
    }
    kr_qemu_fault_report(what, frame, exc_return);
}

__attribute__((noreturn)) void kr_qemu_system_reset(void) {
    __asm volatile("dsb");
    SCB_AIRCR = 0x05FA0004u;   /* VECTKEY | SYSRESETREQ */
    __asm volatile("dsb");
    for (;;) {
    }
}

__attribute__((noreturn)) void kr_qemu_semihost_exit(int code) {
    register uint32_t r0 __asm__("r0") = 0x18;                    /* SYS_EXIT */
    register uint32_t r1 __asm__("r1") = code == 0 ? 0x20026 : 0x20024;   /* exit / internal error */
    __asm volatile("bkpt 0xab" : : "r"(r0), "r"(r1) : "memory");
    for (;;) {
    }
}

/* newlib's malloc (used only inside libc) gets the small arena the linker script reserves. */
void *_sbrk(intptr_t incr);
void *_sbrk(intptr_t incr) {
    static char *brk = &_libc_heap_start;
    if (incr > &_libc_heap_end - brk || incr < &_libc_heap_start - brk) {
        errno = ENOMEM;
        return (void *)-1;
    }
    char *old = brk;
    brk += incr;
    return old;
}

typedef void (*vector_t)(void);

__attribute__((section(".isr_vector"), used)) const vector_t kr_qemu_vectors[16 + 32] = {
    (vector_t)&_estack,
    kr_qemu_reset_handler,
    kr_qemu_nmi_handler,          /* NMI */
    kr_qemu_fault_handler,        /* HardFault */
    kr_qemu_fault_handler,        /* MemManage */
    kr_qemu_fault_handler,        /* BusFault */
    kr_qemu_fault_handler,        /* UsageFault */
    0, 0, 0, 0,
    kr_qemu_default_handler,      /* SVC */
    kr_qemu_default_handler,      /* DebugMon */
    0,
    kr_qemu_default_handler,      /* PendSV */
    kr_qemu_systick_handler,      /* SysTick */
    kr_qemu_uart0_rx_handler,     /* IRQ 0: UART0 RX */
    [17 ... 47] = kr_qemu_default_handler,
};
