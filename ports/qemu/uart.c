/* uart.c: the CMSDK APB UART0 console with interrupt-driven receive into a ring buffer
 * (so Ctrl-C is seen while Python runs), SysTick as the millisecond clock, reset. */
#include <stdint.h>
#include "obj.h"
#include "runtime.h"
#include "qemuport.h"

#define UART0_BASE 0x40004000u
#define UART_DATA    (*(volatile uint32_t *)(UART0_BASE + 0x00))
#define UART_STATE   (*(volatile uint32_t *)(UART0_BASE + 0x04))
#define UART_CTRL    (*(volatile uint32_t *)(UART0_BASE + 0x08))
#define UART_INT     (*(volatile uint32_t *)(UART0_BASE + 0x0C))
#define UART_BAUDDIV (*(volatile uint32_t *)(UART0_BASE + 0x10))

#define NVIC_ISER0   (*(volatile uint32_t *)0xE000E100u)
#define SYST_CSR     (*(volatile uint32_t *)0xE000E010u)
#define SYST_RVR     (*(volatile uint32_t *)0xE000E014u)
#define SYST_CVR     (*(volatile uint32_t *)0xE000E018u)
#define SCB_AIRCR    (*(volatile uint32_t *)0xE000ED0Cu)

#define CORE_CLOCK_HZ 25000000u
#define RX_BUF_SIZE 1024u

static volatile uint8_t rx_buf[RX_BUF_SIZE];
static volatile uint32_t rx_head, rx_tail;
static volatile uint32_t ticks_ms;

void kr_qemu_uart_init(void) {
    UART_BAUDDIV = 16;
    UART_CTRL = 0x1 | 0x2 | 0x8;   /* TX enable, RX enable, RX interrupt enable */
    NVIC_ISER0 = 1u << 0;          /* IRQ 0: UART0 RX */
}

void kr_qemu_uart_tx(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        while (UART_STATE & 1) {
        }
        UART_DATA = (uint8_t)s[i];
    }
}

void kr_qemu_uart0_rx_handler(void) {
    while (UART_STATE & 2) {
        uint8_t c = (uint8_t)UART_DATA;
        if (kr_state.kbd_intr_char >= 0 && c == (uint8_t)kr_state.kbd_intr_char && kr_state.kbd_exc != KR_OBJ_NULL) {
            kr_sched_exception(kr_state.kbd_exc);
            continue;
        }
        uint32_t next = (rx_head + 1) % RX_BUF_SIZE;
        if (next != rx_tail) {
            rx_buf[rx_head] = c;
            rx_head = next;
        }
    }
    UART_INT = 2;   /* clear the RX interrupt */
}

int kr_qemu_uart_rx_available(void) {
    return rx_head != rx_tail;
}

int kr_qemu_uart_rx(void) {
    while (rx_head == rx_tail) {
        __asm volatile("wfi");
    }
    uint8_t c = rx_buf[rx_tail];
    rx_tail = (rx_tail + 1) % RX_BUF_SIZE;
    return c;
}

void kr_qemu_systick_init(void) {
    SYST_RVR = CORE_CLOCK_HZ / 1000u - 1u;
    SYST_CVR = 0;
    SYST_CSR = 0x7;   /* processor clock, interrupt, enable */
}

void kr_qemu_systick_handler(void) {
    ticks_ms++;
}

uint32_t kr_qemu_ticks_ms(void) {
    return ticks_ms;
}

uint32_t kr_qemu_ticks_us(void) {
    uint32_t ms, cvr;
    do {
        ms = ticks_ms;
        cvr = SYST_CVR;
    } while (ms != ticks_ms);
    return ms * 1000u + (CORE_CLOCK_HZ / 1000u - 1u - cvr) / (CORE_CLOCK_HZ / 1000000u);
}

__attribute__((noreturn)) void kr_qemu_system_reset(void) {
    __asm volatile("dsb");
    SCB_AIRCR = 0x05FA0004u;
    __asm volatile("dsb");
    for (;;) {
    }
}

__attribute__((noreturn)) void kr_qemu_semihost_exit(int code) {
    (void)code;
    register uint32_t r0 __asm__("r0") = 0x18;
    register uint32_t r1 __asm__("r1") = 0x20026;
    __asm volatile("bkpt 0xab" : : "r"(r0), "r"(r1) : "memory");
    for (;;) {
    }
}
