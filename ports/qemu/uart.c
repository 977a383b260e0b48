/* uart.c: the CMSDK APB UART0 console: polled transmit, interrupt-driven receive into a
 * ring buffer (with flow control back to the UART), and Ctrl-C as KeyboardInterrupt. */
#include <stdint.h>
#include "obj.h"
#include "runtime.h"
#include "qemuport.h"
#include "modules/dupterm.h"

#define UART0_BASE 0x40004000u
#define UART_DATA    (*(volatile uint32_t *)(UART0_BASE + 0x00))
#define UART_STATE   (*(volatile uint32_t *)(UART0_BASE + 0x04))
#define UART_CTRL    (*(volatile uint32_t *)(UART0_BASE + 0x08))
#define UART_INT     (*(volatile uint32_t *)(UART0_BASE + 0x0C))
#define UART_BAUDDIV (*(volatile uint32_t *)(UART0_BASE + 0x10))

#define STATE_TX_FULL  (1u << 0)
#define STATE_RX_FULL  (1u << 1)
#define CTRL_TX_EN     (1u << 0)
#define CTRL_RX_EN     (1u << 1)
#define CTRL_RX_INT_EN (1u << 3)
#define INT_RX         (1u << 1)

#define UART0_RX_IRQ (0)

#define RX_BUF_SIZE 1024u   /* a power of two */

static volatile uint8_t rx_buf[RX_BUF_SIZE];
static volatile uint32_t rx_head, rx_tail;   /* written by the ISR / by the reader only */
/* Set while the REPL waits in kr_port_getchar: Ctrl-C is then an ordinary key. */
static volatile int console_waiting;

void kr_qemu_uart_init(void) {
    rx_head = rx_tail = 0;
    console_waiting = 0;
    UART_BAUDDIV = 16;
    UART_INT = 0xf;
    UART_CTRL = CTRL_TX_EN | CTRL_RX_EN | CTRL_RX_INT_EN;
    NVIC_ICPR0 = 1u << UART0_RX_IRQ;
    NVIC_ISER0 = 1u << UART0_RX_IRQ;
}

/* os.dupterm streams are Python code: run only in thread mode with interrupts on (not
 * from a fault report, an interrupt handler or a masked section) */
static bool dupterm_allowed(void) {
    uint32_t primask, ipsr;
    __asm volatile("mrs %0, primask" : "=r"(primask));
    __asm volatile("mrs %0, ipsr" : "=r"(ipsr));
    return kr_dupterm_on() && primask == 0 && (ipsr & 0x1ff) == 0;
}

void kr_qemu_uart_tx(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        while (UART_STATE & STATE_TX_FULL) {
        }
        UART_DATA = (uint8_t)s[i];
    }
    if (dupterm_allowed()) {
        kr_dupterm_tx(s, len);
    }
}

static bool is_kbd_interrupt(uint8_t c) {
    return kr_state.kbd_intr_char >= 0 && c == (uint8_t)kr_state.kbd_intr_char
           && kr_state.kbd_exc != KR_OBJ_NULL;
}

/* Move received bytes from the UART into the ring. When the ring is full the byte is left
 * in the UART (QEMU then holds back further input) and the RX interrupt is masked until
 * the reader makes room, so no input is lost. Runs in the interrupt or with it masked. */
static void rx_drain(void) {
    while (UART_STATE & STATE_RX_FULL) {
        uint32_t next = (rx_head + 1) & (RX_BUF_SIZE - 1);
        if (next == rx_tail) {
            UART_CTRL = CTRL_TX_EN | CTRL_RX_EN;
            return;
        }
        uint8_t c = (uint8_t)UART_DATA;
        if (!console_waiting && is_kbd_interrupt(c)) {
            kr_sched_exception(kr_state.kbd_exc);   /* running code: raise, drop the byte */
            continue;
        }
        rx_buf[rx_head] = c;
        rx_head = next;
    }
}

/* The flag is cleared before draining: a byte arriving during the drain raises it again
 * (clearing it afterwards could lose that byte's interrupt and stall the input). */
void kr_qemu_uart0_rx_handler(void) {
    UART_INT = INT_RX;
    rx_drain();
}

int kr_qemu_uart_rx_available(void) {
    return rx_head != rx_tail;
}

/* Next byte from the ring, or -1 if it is empty (call with interrupts masked). */
int kr_qemu_uart_rx_poll(void) {
    if (rx_head == rx_tail) {
        return -1;
    }
    uint8_t c = rx_buf[rx_tail];
    rx_tail = (rx_tail + 1) & (RX_BUF_SIZE - 1);
    if (!(UART_CTRL & CTRL_RX_INT_EN)) {
        /* room again: resume. A byte that arrived while the interrupt was masked raised
         * no interrupt (QEMU sets the RX interrupt flag only when enabled): take it now. */
        UART_CTRL = CTRL_TX_EN | CTRL_RX_EN | CTRL_RX_INT_EN;
        rx_drain();
    }
    return c;
}

/* Blocking read for code that runs Python (input(), sys.stdin): Ctrl-C raises. */
int kr_qemu_uart_rx(void) {
    for (;;) {
        kr_handle_pending();
        int d = dupterm_allowed() ? kr_dupterm_rx() : -1;   /* (polled at each SysTick wake-up) */
        if (d >= 0) {
            return d;
        }
        __asm volatile("cpsid i");
        int c = kr_qemu_uart_rx_poll();
        if (c < 0 && !kr_state.sched_pending) {
            __asm volatile("wfi");   /* an interrupt wakes us even while masked */
        }
        __asm volatile("cpsie i");
        if (c >= 0) {
            return c;
        }
    }
}

/* Blocking read for the REPL: Ctrl-C is delivered as the byte 3. A KeyboardInterrupt
 * scheduled just before (between two reads) turns back into that byte. */
int kr_qemu_uart_rx_console(void) {
    for (;;) {
        if (kr_state.sched_pending && kr_state.pending_exc == KR_OBJ_NULL) {
            kr_handle_pending_printing();
        }
        int d = dupterm_allowed() ? kr_dupterm_rx() : -1;
        if (d >= 0) {
            return d;
        }
        __asm volatile("cpsid i");
        console_waiting = 1;
        int c = -1;
        if (kr_state.sched_pending && kr_state.pending_exc == kr_state.kbd_exc
            && kr_state.kbd_exc != KR_OBJ_NULL) {
            kr_state.pending_exc = KR_OBJ_NULL;   /* sched_pending may stay: harmless */
            c = kr_state.kbd_intr_char;
        } else {
            c = kr_qemu_uart_rx_poll();
            if (c < 0 && !(kr_state.sched_pending && kr_state.pending_exc == KR_OBJ_NULL)) {
                __asm volatile("wfi");
            }
        }
        __asm volatile("cpsie i");
        console_waiting = 0;
        if (c >= 0) {
            return c;
        }
    }
}
