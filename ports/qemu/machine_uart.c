/* machine_uart.c: machine.UART of the qemu port: UART1..UART4 of the mps2-an385 (CMSDK
 * APB UARTs; UART0 is the REPL console and is refused). Receive is interrupt-driven into
 * a static 256-byte ring per UART (the interrupt is masked while the ring is full, and QEMU
 * then holds the input back: nothing is lost); transmit is polled. The hardware is 8N1 only.
 * A stream: read/readline/readinto/write, and ioctl for select.poll. */
#include <errno.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "port.h"
#include "qemuport.h"

#if KR_MODULE_MACHINE && KR_MACHINE_UART

#define N_UARTS  (5)          /* ids 1..4 usable */
#define RING     (256u)       /* a power of two */

#define STATE_TX_FULL  (1u << 0)
#define STATE_RX_FULL  (1u << 1)
#define CTRL_TX_EN     (1u << 0)
#define CTRL_RX_EN     (1u << 1)
#define CTRL_RX_INT_EN (1u << 3)
#define INT_RX         (1u << 1)

#define POLL_IN  (0x0001)
#define POLL_OUT (0x0004)
#define STREAM_IOCTL_POLL (3)

static const uint32_t uart_base[N_UARTS] = {0x40004000u, 0x40005000u, 0x40006000u, 0x40007000u, 0x40009000u};
static const uint8_t uart_rx_irq[N_UARTS] = {0, 2, 4, 18, 20};

#define REG(id, off) (*(volatile uint32_t *)(uart_base[id] + (off)))
#define DATA(id)    REG(id, 0x00)
#define STATE(id)   REG(id, 0x04)
#define CTRL(id)    REG(id, 0x08)
#define INTST(id)   REG(id, 0x0C)
#define BAUDDIV(id) REG(id, 0x10)

typedef struct {
    volatile uint8_t buf[RING];
    volatile uint32_t head, tail;   /* written by the interrupt / by the reader */
    bool enabled;
} ring_t;

static ring_t rings[N_UARTS];

typedef struct {
    kr_obj_base_t base;
    uint8_t id;
    uint32_t baudrate;
    uint32_t timeout;         /* ms to wait for the first byte */
    uint32_t timeout_char;    /* ms to wait between bytes */
} machine_uart_t;

/* ---------------------------------------------------------------- interrupt side */

static void rx_drain(int id) {
    ring_t *r = &rings[id];
    while (STATE(id) & STATE_RX_FULL) {
        uint32_t next = (r->head + 1) & (RING - 1);
        if (next == r->tail) {
            CTRL(id) = CTRL_TX_EN | CTRL_RX_EN;   /* full: hold the input in the UART */
            return;
        }
        r->buf[r->head] = (uint8_t)DATA(id);
        r->head = next;
    }
}

static void rx_irq(int id) {
    INTST(id) = INT_RX;
    rx_drain(id);
}

void kr_qemu_uart1_rx_handler(void) {
    rx_irq(1);
}
void kr_qemu_uart2_rx_handler(void) {
    rx_irq(2);
}
void kr_qemu_uart3_rx_handler(void) {
    rx_irq(3);
}
void kr_qemu_uart4_rx_handler(void) {
    rx_irq(4);
}

static void hw_stop(int id) {
    NVIC_ICER0 = 1u << uart_rx_irq[id];
    CTRL(id) = 0;
    INTST(id) = 0xf;
    NVIC_ICPR0 = 1u << uart_rx_irq[id];
    rings[id].head = rings[id].tail = 0;
    rings[id].enabled = false;
}

/* (Re)start; an init() of a running UART keeps the bytes already received. */
static void hw_start(int id, uint32_t baudrate) {
    if (rings[id].enabled) {
        BAUDDIV(id) = KR_QEMU_CORE_CLOCK_HZ / baudrate;
        return;
    }
    hw_stop(id);
    BAUDDIV(id) = KR_QEMU_CORE_CLOCK_HZ / baudrate;
    rings[id].enabled = true;
    CTRL(id) = CTRL_TX_EN | CTRL_RX_EN | CTRL_RX_INT_EN;
    NVIC_ISER0 = 1u << uart_rx_irq[id];
    uint32_t pm = kr_qemu_irq_save();
    rx_drain(id);
    kr_qemu_irq_restore(pm);
}

/* Each (re)initialisation: the UARTs stop (as after a reset). */
void kr_qemu_uart_machine_init(void) {
    for (int id = 1; id < N_UARTS; id++) {
        hw_stop(id);
    }
}

static size_t rx_count(int id) {
    return (rings[id].head - rings[id].tail) & (RING - 1);
}

/* next byte, or -1 */
static int rx_get(int id) {
    ring_t *r = &rings[id];
    uint32_t pm = kr_qemu_irq_save();
    int c = -1;
    if (r->head != r->tail) {
        c = r->buf[r->tail];
        r->tail = (r->tail + 1) & (RING - 1);
        if (r->enabled && !(CTRL(id) & CTRL_RX_INT_EN)) {
            CTRL(id) = CTRL_TX_EN | CTRL_RX_EN | CTRL_RX_INT_EN;   /* room again */
            rx_drain(id);
        }
    }
    kr_qemu_irq_restore(pm);
    return c;
}

/* Wait until a byte is buffered or ms have passed; Ctrl-C and scheduled callbacks run. */
static bool rx_wait(int id, uint32_t ms) {
    uint64_t end = kr_port_ticks_ms() + ms;
    for (;;) {
        if (rx_count(id) > 0) {
            return true;
        }
        if (kr_port_ticks_ms() >= end) {
            return false;
        }
        kr_handle_pending();
        __asm volatile("cpsid i");
        if (rx_count(id) == 0 && !kr_state.sched_pending) {
            __asm volatile("wfi");   /* SysTick wakes us every millisecond */
        }
        __asm volatile("cpsie i");
    }
}

/* ---------------------------------------------------------------- UART objects */

static machine_uart_t *uart_ptr(kr_obj_t self) {
    if (!kr_obj_is_type(self, &kr_machine_uart_type)) {
        kr_raise_msg(&kr_type_TypeError, "UART object required");
    }
    return KR_OBJ_TO_PTR(self);
}

static machine_uart_t *uart_open(kr_obj_t self) {
    machine_uart_t *u = uart_ptr(self);
    if (!rings[u->id].enabled) {
        kr_raise_oserror(EBADF);   /* deinit() */
    }
    return u;
}

static void uart_init_helper(machine_uart_t *u, size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_baudrate, KR_ARG_INT, {.u_int = 9600} },
        { KR_QSTR_bits, KR_ARG_INT, {.u_int = 8} },
        { KR_QSTR_parity, KR_ARG_OBJ, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_stop, KR_ARG_INT, {.u_int = 1} },
        { KR_QSTR_timeout, KR_ARG_INT | KR_ARG_KW_ONLY, {.u_int = 0} },
        { KR_QSTR_timeout_char, KR_ARG_INT | KR_ARG_KW_ONLY, {.u_int = -1} },
        { KR_QSTR_txbuf, KR_ARG_INT | KR_ARG_KW_ONLY, {.u_int = 0} },
        { KR_QSTR_rxbuf, KR_ARG_INT | KR_ARG_KW_ONLY, {.u_int = 0} },
        { KR_QSTR_invert, KR_ARG_INT | KR_ARG_KW_ONLY, {.u_int = 0} },
        { KR_QSTR_flow, KR_ARG_INT | KR_ARG_KW_ONLY, {.u_int = 0} },
    };
    kr_arg_val_t v[10];
    kr_arg_parse_all(n_args, args, kw, 10, allowed, v);
    kr_int_t baud = v[0].u_int;
    if (baud < 300 || baud > (kr_int_t)(KR_QEMU_CORE_CLOCK_HZ / 16u)) {
        kr_raise_fmt(&kr_type_ValueError, "baudrate must be 300..%u", (unsigned)(KR_QEMU_CORE_CLOCK_HZ / 16u));
    }
    if (v[1].u_int != 8 || v[2].u_obj != KR_OBJ_NONE || v[3].u_int != 1) {
        kr_raise_msg(&kr_type_ValueError, "this UART is 8 bits, no parity, 1 stop bit only");
    }
    if (v[8].u_int != 0 || v[9].u_int != 0) {
        kr_raise_msg(&kr_type_ValueError, "invert and flow control are not supported");
    }
    if (v[4].u_int < 0 || v[5].u_int < -1 || v[6].u_int < 0 || v[7].u_int < 0) {
        kr_raise_msg(&kr_type_ValueError, "negative timeout or buffer size");
    }
    u->baudrate = (uint32_t)baud;
    u->timeout = (uint32_t)v[4].u_int;
    /* default: two character times, at least 1 ms */
    uint32_t two_chars = (uint32_t)((20000 + baud - 1) / baud);
    u->timeout_char = v[5].u_int >= 0 ? (uint32_t)v[5].u_int : two_chars;
    if (u->timeout_char < two_chars) {
        u->timeout_char = two_chars;
    }
    hw_start(u->id, u->baudrate);
}

static kr_obj_t uart_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_args < 1) {
        kr_raise_msg(&kr_type_TypeError, "UART() needs an id");
    }
    kr_int_t id = kr_obj_get_int(args[0]);
    if (id == 0) {
        kr_raise_msg(&kr_type_ValueError, "UART(0) is the REPL console");
    }
    if (id < 1 || id >= N_UARTS) {
        kr_raise_fmt(&kr_type_ValueError, "UART(%d) doesn't exist", (int)id);
    }
    machine_uart_t *u = kr_gc_alloc(sizeof(machine_uart_t), 0);
    u->base.type = &kr_machine_uart_type;
    u->id = (uint8_t)id;
    kr_map_t kw;
    kr_map_init(&kw, n_kw);
    for (size_t i = 0; i < n_kw; i++) {
        kr_map_lookup(&kw, args[n_args + 2 * i], KR_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = args[n_args + 2 * i + 1];
    }
    uart_init_helper(u, n_args - 1, args + 1, &kw);
    return KR_OBJ_FROM_PTR(u);
}

static kr_obj_t uart_init(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    uart_init_helper(uart_ptr(args[0]), n_args - 1, args + 1, kw);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_KW(uart_init_obj, 1, 5, uart_init);

static kr_obj_t uart_deinit(kr_obj_t self) {
    hw_stop(uart_ptr(self)->id);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(uart_deinit_obj, uart_deinit);

static kr_obj_t uart_any(kr_obj_t self) {
    machine_uart_t *u = uart_ptr(self);
    return KR_NEW_SMALL_INT(rings[u->id].enabled ? (kr_int_t)rx_count(u->id) : 0);
}
static KR_DEFINE_FUN_1(uart_any_obj, uart_any);

/* Up to max bytes into out (max < 0: as many as come); stops at '\n' when line. The first
 * byte is waited for `timeout`, the next ones `timeout_char`. */
static size_t uart_read_some(machine_uart_t *u, uint8_t *out, kr_vstr_t *vs, long max, bool line) {
    size_t n = 0;
    while (max < 0 || n < (size_t)max) {
        if (!rx_wait(u->id, n == 0 ? u->timeout : u->timeout_char)) {
            break;
        }
        int c = rx_get(u->id);
        if (c < 0) {
            continue;
        }
        if (out != NULL) {
            out[n] = (uint8_t)c;
        } else {
            kr_vstr_add_byte(vs, (uint8_t)c);
        }
        n++;
        if (line && c == '\n') {
            break;
        }
    }
    return n;
}

static kr_obj_t uart_read(size_t n_args, const kr_obj_t *args) {
    machine_uart_t *u = uart_open(args[0]);
    long max = -1;
    if (n_args > 1 && args[1] != KR_OBJ_NONE) {
        max = (long)kr_obj_get_int(args[1]);
    }
    if (max == 0) {
        return kr_obj_new_bytes(NULL, 0);
    }
    kr_vstr_t vs;
    kr_vstr_init(&vs, max > 0 && max < 256 ? (size_t)max : 16);
    if (uart_read_some(u, NULL, &vs, max, false) == 0) {
        return KR_OBJ_NONE;
    }
    return kr_obj_new_bytes_from_vstr(&vs);
}
static KR_DEFINE_FUN_VAR(uart_read_obj, 1, 2, uart_read);

static kr_obj_t uart_readline(kr_obj_t self) {
    machine_uart_t *u = uart_open(self);
    kr_vstr_t vs;
    kr_vstr_init(&vs, 32);
    if (uart_read_some(u, NULL, &vs, -1, true) == 0) {
        return KR_OBJ_NONE;
    }
    return kr_obj_new_bytes_from_vstr(&vs);
}
static KR_DEFINE_FUN_1(uart_readline_obj, uart_readline);

static kr_obj_t uart_readinto(size_t n_args, const kr_obj_t *args) {
    machine_uart_t *u = uart_open(args[0]);
    kr_buffer_info_t bi;
    kr_get_buffer_raise(args[1], &bi, KR_BUFFER_WRITE);
    size_t max = bi.len;
    if (n_args > 2 && args[2] != KR_OBJ_NONE) {
        kr_int_t n = kr_obj_get_int(args[2]);
        if (n < 0) {
            kr_raise_msg(&kr_type_ValueError, "negative length");
        }
        if ((size_t)n < max) {
            max = (size_t)n;
        }
    }
    if (max == 0) {
        return KR_NEW_SMALL_INT(0);
    }
    size_t got = uart_read_some(u, bi.buf, NULL, (long)max, false);
    return got == 0 ? KR_OBJ_NONE : KR_NEW_SMALL_INT((kr_int_t)got);
}
static KR_DEFINE_FUN_VAR(uart_readinto_obj, 2, 3, uart_readinto);

static kr_obj_t uart_write(kr_obj_t self, kr_obj_t data) {
    machine_uart_t *u = uart_open(self);
    const uint8_t *p;
    size_t len;
    if (kr_obj_is_str(data)) {
        p = (const uint8_t *)kr_obj_str_get_data(data, &len);
    } else {
        kr_buffer_info_t bi;
        kr_get_buffer_raise(data, &bi, KR_BUFFER_READ);
        p = bi.buf;
        len = bi.len;
    }
    for (size_t i = 0; i < len; i++) {
        while (STATE(u->id) & STATE_TX_FULL) {
        }
        DATA(u->id) = p[i];
    }
    return KR_NEW_SMALL_INT((kr_int_t)len);
}
static KR_DEFINE_FUN_2(uart_write_obj, uart_write);

static kr_obj_t uart_flush(kr_obj_t self) {
    machine_uart_t *u = uart_open(self);
    while (STATE(u->id) & STATE_TX_FULL) {
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(uart_flush_obj, uart_flush);

static kr_obj_t uart_txdone(kr_obj_t self) {
    machine_uart_t *u = uart_ptr(self);
    return KR_OBJ_BOOL(!(STATE(u->id) & STATE_TX_FULL));
}
static KR_DEFINE_FUN_1(uart_txdone_obj, uart_txdone);

/* the stream ioctl: only the poll request (select.poll) */
static kr_obj_t uart_ioctl(kr_obj_t self, kr_obj_t req, kr_obj_t arg) {
    machine_uart_t *u = uart_ptr(self);
    if (kr_obj_get_int(req) != STREAM_IOCTL_POLL) {
        kr_raise_oserror(EINVAL);
    }
    kr_int_t want = kr_obj_get_int(arg);
    kr_int_t ready = 0;
    if (rings[u->id].enabled) {
        if ((want & POLL_IN) && rx_count(u->id) > 0) {
            ready |= POLL_IN;
        }
        if ((want & POLL_OUT) && !(STATE(u->id) & STATE_TX_FULL)) {
            ready |= POLL_OUT;
        }
    }
    return KR_NEW_SMALL_INT(ready);
}
static KR_DEFINE_FUN_3(uart_ioctl_obj, uart_ioctl);

static void uart_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    machine_uart_t *u = KR_OBJ_TO_PTR(self);
    kr_printf(p, "UART(%u, baudrate=%u, bits=8, parity=None, stop=1, timeout=%u, timeout_char=%u)",
              (unsigned)u->id, (unsigned)u->baudrate, (unsigned)u->timeout, (unsigned)u->timeout_char);
}

static const kr_map_elem_t uart_locals_table[] = {
    { KR_ROM_QSTR(init), KR_ROM_PTR(&uart_init_obj) },
    { KR_ROM_QSTR(deinit), KR_ROM_PTR(&uart_deinit_obj) },
    { KR_ROM_QSTR(any), KR_ROM_PTR(&uart_any_obj) },
    { KR_ROM_QSTR(read), KR_ROM_PTR(&uart_read_obj) },
    { KR_ROM_QSTR(readline), KR_ROM_PTR(&uart_readline_obj) },
    { KR_ROM_QSTR(readinto), KR_ROM_PTR(&uart_readinto_obj) },
    { KR_ROM_QSTR(write), KR_ROM_PTR(&uart_write_obj) },
    { KR_ROM_QSTR(flush), KR_ROM_PTR(&uart_flush_obj) },
    { KR_ROM_QSTR(txdone), KR_ROM_PTR(&uart_txdone_obj) },
    { KR_ROM_QSTR(ioctl), KR_ROM_PTR(&uart_ioctl_obj) },
};
static KR_DEFINE_CONST_DICT(uart_locals_dict, uart_locals_table);

const kr_type_t kr_machine_uart_type = {
    .base = {&kr_type_type},
    .name = KR_QSTR_UART,
    .print = uart_print,
    .make_new = uart_make_new,
    .locals_dict = &uart_locals_dict,
};

#endif /* KR_MODULE_MACHINE && KR_MACHINE_UART */
