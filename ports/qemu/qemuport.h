/* qemuport.h: the qemu port's hardware glue shared between its files. */
#ifndef KRAIT_QEMUPORT_H
#define KRAIT_QEMUPORT_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

#define KR_QEMU_CORE_CLOCK_HZ (25000000u)   /* mps2-an385 core and SysTick clock */

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

/* startup.c / qemuport.c: resets and faults */
__attribute__((noreturn)) void kr_qemu_system_reset(void);
__attribute__((noreturn)) void kr_qemu_fault_report(const char *what, const uint32_t *frame, uint32_t exc_return);
__attribute__((noreturn)) void kr_qemu_semihost_exit(int code);

#endif /* KRAIT_QEMUPORT_H */
