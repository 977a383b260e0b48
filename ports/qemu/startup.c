/* startup.c: Cortex-M start-up for the qemu port: vector table, reset handler (copy
 * .data, zero .bss), the hard-fault handler (register dump, then system reset). */
#include <stdint.h>
#include "qemuport.h"

extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss, _estack;
extern int main(void);

void kr_qemu_reset_handler(void);
void kr_qemu_default_handler(void);
void kr_qemu_hardfault_handler(void);

__attribute__((noreturn)) void kr_qemu_reset_handler(void) {
    uint32_t *src = &_sidata;
    for (uint32_t *dst = &_sdata; dst < &_edata;) {
        *dst++ = *src++;
    }
    for (uint32_t *dst = &_sbss; dst < &_ebss;) {
        *dst++ = 0;
    }
    main();
    kr_qemu_system_reset();
}

void kr_qemu_default_handler(void) {
    kr_qemu_fault_report("unexpected interrupt", NULL);
}

/* The hard-fault entry: pass the stacked frame (MSP or PSP) to the C reporter. */
__attribute__((naked)) void kr_qemu_hardfault_handler(void) {
    __asm volatile(
        "tst lr, #4\n"
        "ite eq\n"
        "mrseq r0, msp\n"
        "mrsne r0, psp\n"
        "b kr_qemu_hardfault_c\n");
}

void kr_qemu_hardfault_c(uint32_t *frame) {
    kr_qemu_fault_report("HardFault", frame);
}

typedef void (*vector_t)(void);

__attribute__((section(".isr_vector"), used)) const vector_t kr_qemu_vectors[16 + 32] = {
    (vector_t)&_estack,
    kr_qemu_reset_handler,
    kr_qemu_default_handler,      /* NMI */
    kr_qemu_hardfault_handler,    /* HardFault */
    kr_qemu_hardfault_handler,    /* MemManage */
    kr_qemu_hardfault_handler,    /* BusFault */
    kr_qemu_hardfault_handler,    /* UsageFault */
    0, 0, 0, 0,
    kr_qemu_default_handler,      /* SVC */
    kr_qemu_default_handler,      /* DebugMon */
    0,
    kr_qemu_default_handler,      /* PendSV */
    kr_qemu_systick_handler,      /* SysTick */
    kr_qemu_uart0_rx_handler,     /* IRQ 0: UART0 RX */
    kr_qemu_default_handler,      /* IRQ 1: UART0 TX */
    [18 ... 47] = kr_qemu_default_handler,
};
