/* startup.c: Cortex-M start-up for the qemu port: vector table, reset handler (copy .data,
 * zero .bss), fault entry (register dump on a private stack, then system reset), the reset
 * cause kept in .noinit RAM across system resets, _sbrk. */
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

/* QEMU wires the watchdog's interrupt to the NMI (its first expiry): machine.WDT resets
 * the board there, reporting WDT_RESET. Any other NMI is reported as a fault. */
void kr_qemu_nmi_handler(void) {
#if KR_MODULE_MACHINE && KR_MACHINE_WDT
    kr_qemu_wdt_nmi();
#endif
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

/* ---------------------------------------------------------------- reset cause */

/* Not zeroed or loaded by anyone (linker section .noinit, outside the ELF's loaded
 * segments): QEMU keeps RAM across a system reset, so the word written before a reset is
 * read at the next boot. The magic tells a power-on (RAM zero) from a reset. */
#define RESET_MAGIC 0x4b525354u   /* "KRST" */
static volatile uint32_t reset_word[2] __attribute__((section(".noinit")));
static int last_cause = KR_QEMU_PWRON_RESET;

void kr_qemu_reset_cause_init(void) {
    last_cause = reset_word[0] == RESET_MAGIC ? (int)reset_word[1] : KR_QEMU_PWRON_RESET;
    if (last_cause < KR_QEMU_PWRON_RESET || last_cause > KR_QEMU_WDT_RESET) {
        last_cause = KR_QEMU_HARD_RESET;
    }
    kr_qemu_reset_cause_set_next(KR_QEMU_HARD_RESET);
}

int kr_qemu_reset_cause(void) {
    return last_cause;
}

void kr_qemu_reset_cause_set_next(int cause) {
    reset_word[0] = RESET_MAGIC;
    reset_word[1] = (uint32_t)cause;
}

__attribute__((noreturn)) void kr_qemu_system_reset(void) {
    kr_qemu_system_reset_cause(KR_QEMU_HARD_RESET);
}

__attribute__((noreturn)) void kr_qemu_system_reset_cause(int cause) {
    kr_qemu_reset_cause_set_next(cause);
    kr_qemu_rtc_save();
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

#define DEF kr_qemu_default_handler
#if KR_MODULE_MACHINE && KR_MACHINE_UART
#define UART1_RX kr_qemu_uart1_rx_handler
#define UART2_RX kr_qemu_uart2_rx_handler
#define UART3_RX kr_qemu_uart3_rx_handler
#define UART4_RX kr_qemu_uart4_rx_handler
#else
#define UART1_RX DEF
#define UART2_RX DEF
#define UART3_RX DEF
#define UART4_RX DEF
#endif
#if KR_MODULE_MACHINE && KR_MACHINE_TIMER
#define TIMER0 kr_qemu_timer0_handler
#define TIMER1 kr_qemu_timer1_handler
#else
#define TIMER0 DEF
#define TIMER1 DEF
#endif

__attribute__((section(".isr_vector"), used)) const vector_t kr_qemu_vectors[16 + 32] = {
    (vector_t)&_estack,
    kr_qemu_reset_handler,
    kr_qemu_nmi_handler,          /* NMI (also the watchdog's interrupt on QEMU) */
    kr_qemu_fault_handler,        /* HardFault */
    kr_qemu_fault_handler,        /* MemManage */
    kr_qemu_fault_handler,        /* BusFault */
    kr_qemu_fault_handler,        /* UsageFault */
    0, 0, 0, 0,
    DEF,                          /* SVC */
    DEF,                          /* DebugMon */
    0,
    DEF,                          /* PendSV */
    kr_qemu_systick_handler,      /* SysTick */
    /* IRQ 0..7: UART0 RX, UART0 TX, UART1 RX, UART1 TX, UART2 RX, UART2 TX, GPIO, GPIO */
    kr_qemu_uart0_rx_handler, DEF, UART1_RX, DEF, UART2_RX, DEF, DEF, DEF,
    /* IRQ 8..15: timer 0, timer 1, dual timer, SPI, UART overruns, ... */
    TIMER0, TIMER1, DEF, DEF, DEF, DEF, DEF, DEF,
    /* IRQ 16..23: ..., UART3 RX (18), UART3 TX, UART4 RX (20), UART4 TX */
    DEF, DEF, UART3_RX, DEF, UART4_RX, DEF, DEF, DEF,
    /* IRQ 24..31 */
    DEF, DEF, DEF, DEF, DEF, DEF, DEF, DEF,
};
