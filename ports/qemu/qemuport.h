/* qemuport.h: the qemu port's hardware glue shared between its files. */
#ifndef KRAIT_QEMUPORT_H
#define KRAIT_QEMUPORT_H

#include <stdint.h>
#include <stddef.h>

void kr_qemu_uart_init(void);
void kr_qemu_uart_tx(const char *s, size_t len);
int kr_qemu_uart_rx_available(void);
int kr_qemu_uart_rx(void);                 /* blocking; sleeps with wfi */
void kr_qemu_uart0_rx_handler(void);
void kr_qemu_systick_init(void);
void kr_qemu_systick_handler(void);
uint32_t kr_qemu_ticks_ms(void);
uint32_t kr_qemu_ticks_us(void);
__attribute__((noreturn)) void kr_qemu_system_reset(void);
__attribute__((noreturn)) void kr_qemu_fault_report(const char *what, uint32_t *frame);
__attribute__((noreturn)) void kr_qemu_semihost_exit(int code);

#endif /* KRAIT_QEMUPORT_H */
