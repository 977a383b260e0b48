/* qemuport.h: the qemu port's hardware glue shared between its files. */
#ifndef KRAIT_QEMUPORT_H
#define KRAIT_QEMUPORT_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

#include "obj.h"
#include "state.h"

#define KR_QEMU_CORE_CLOCK_HZ (25000000u)   /* mps2-an385 core and SysTick clock */

/* machine classes of this port (a board_config.h may turn them off to save flash) */
#ifndef KR_MACHINE_PIN
#define KR_MACHINE_PIN (1)
#endif
#ifndef KR_MACHINE_UART
#define KR_MACHINE_UART (1)
#endif
#ifndef KR_MACHINE_WDT
#define KR_MACHINE_WDT (1)
#endif

/* PRIMASK save / restore around data shared with interrupt handlers */
static inline uint32_t kr_qemu_irq_save(void) {
    uint32_t primask;
    __asm volatile("mrs %0, primask\n cpsid i" : "=r"(primask) : : "memory");
    return primask;
}
static inline void kr_qemu_irq_restore(uint32_t primask) {
    __asm volatile("msr primask, %0" : : "r"(primask) : "memory");
}

#define NVIC_ISER0   (*(volatile uint32_t *)0xE000E100u)
#define NVIC_ICER0   (*(volatile uint32_t *)0xE000E180u)
#define NVIC_ICPR0   (*(volatile uint32_t *)0xE000E280u)

/* uart.c: UART0 console */
void kr_qemu_uart_init(void);
void kr_qemu_uart_tx(const char *s, size_t len);
int kr_qemu_uart_rx_available(void);
int kr_qemu_uart_rx_poll(void);            /* next byte or -1 */
int kr_qemu_uart_rx(void);                 /* blocking, for running code: Ctrl-C raises */
int kr_qemu_uart_rx_console(void);         /* blocking, for the REPL: Ctrl-C is byte 3 */
void kr_qemu_uart0_rx_handler(void);

/* clock.c: SysTick */
void kr_qemu_systick_init(void);
void kr_qemu_systick_handler(void);
void kr_qemu_rtc_save(void);   /* before a system reset: the wall clock goes on after it */

/* startup.c / qemuport.c: resets and faults. The reset cause (machine.reset_cause()) is
 * kept across a system reset in a RAM word the start-up code does not clear. */
#define KR_QEMU_PWRON_RESET (1)
#define KR_QEMU_HARD_RESET  (2)
#define KR_QEMU_WDT_RESET   (3)
void kr_qemu_reset_cause_init(void);           /* at boot: read, then default to HARD_RESET */
int kr_qemu_reset_cause(void);                 /* the cause of the last reset */
void kr_qemu_reset_cause_set_next(int cause);  /* what the next unexplained reset will report */
__attribute__((noreturn)) void kr_qemu_system_reset(void);   /* HARD_RESET */
__attribute__((noreturn)) void kr_qemu_system_reset_cause(int cause);
__attribute__((noreturn)) void kr_qemu_fault_report(const char *what, const uint32_t *frame, uint32_t exc_return);
__attribute__((noreturn)) void kr_qemu_semihost_exit(int code);

/* machine_*.c: the machine classes' hardware side */
void kr_qemu_machine_init(void);     /* each (re)initialisation: stop timers, UARTs */
void kr_qemu_machine_poll(void);     /* kr_sched_hook: interrupt flags -> scheduled calls */
void kr_qemu_pin_machine_init(void);
void kr_qemu_pin_poll(void);
void kr_qemu_pin_sample(void);               /* from SysTick: edges for Pin.irq */
void kr_qemu_timer_init(void);
void kr_qemu_vtimer_tick(uint32_t now_ms);   /* from the SysTick interrupt */
void kr_qemu_timer0_handler(void);
void kr_qemu_timer1_handler(void);
void kr_qemu_uart_machine_init(void);
void kr_qemu_uart1_rx_handler(void);
void kr_qemu_uart2_rx_handler(void);
void kr_qemu_uart3_rx_handler(void);
void kr_qemu_uart4_rx_handler(void);
void kr_qemu_wdt_nmi(void);          /* from the NMI handler: resets if the watchdog fired */
extern const kr_type_t kr_machine_pin_type;
extern const kr_type_t kr_machine_uart_type;
extern const kr_type_t kr_machine_wdt_type;

#endif /* KRAIT_QEMUPORT_H */
