/* qemuport.c: the qemu port's implementation of core/port.h: console over UART0 with
 * "\r\n" line ends, no filesystem yet, fatal errors and fault reports that reset. */
#include <string.h>
#include <stdio.h>
#include "obj.h"
#include "port.h"
#include "qemuport.h"

const char kr_port_platform[] = "qemu";
const char kr_port_machine[] = KR_BOARD_NAME " with " KR_BOARD_MCU;

void kr_port_stdout_write(const char *s, size_t len) {
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r')) {
            kr_qemu_uart_tx(s + start, i - start);
            kr_qemu_uart_tx("\r\n", 2);
            start = i + 1;
        }
    }
    kr_qemu_uart_tx(s + start, len - start);
}

void kr_port_stderr_write(const char *s, size_t len) {
    kr_port_stdout_write(s, len);
}

void kr_port_stdout_flush(void) {
}

static void print_stdout_write(void *data, const char *s, size_t len) {
    kr_port_stdout_write(s, len);
}

const kr_print_t kr_print_stdout = {NULL, print_stdout_write};
const kr_print_t kr_print_stderr = {NULL, print_stdout_write};

int kr_port_read_line(kr_vstr_t *line) {
    for (;;) {
        int c = kr_qemu_uart_rx();
        if (c == '\r' || c == '\n') {
            kr_port_stdout_write("\r\n", 2);
            return 0;
        }
        if (c == 4 && line->len == 0) {
            return -1;
        }
        if ((c == 8 || c == 127) && line->len > 0) {
            line->len--;
            kr_port_stdout_write("\b \b", 3);
            continue;
        }
        if (c >= 32 || c == '\t') {
            char ch = (char)c;
            kr_vstr_add_byte(line, (uint8_t)c);
            kr_port_stdout_write(&ch, 1);
        }
    }
}

int kr_port_read_stdin(kr_vstr_t *out, long n) {
    while (n != 0) {
        int c = kr_qemu_uart_rx();
        if (c == 4) {
            break;
        }
        kr_vstr_add_byte(out, (uint8_t)c);
        if (n > 0) {
            n--;
        }
    }
    return 0;
}

int kr_port_getchar(void) {
    return kr_qemu_uart_rx();
}

_Noreturn void kr_port_fatal(const char *msg) {
    kr_qemu_fault_report(msg, NULL);
}

char *kr_port_read_file(const char *path, size_t *len) {
    (void)path;
    (void)len;
    return NULL;
}

int kr_port_stat(const char *path) {
    (void)path;
    return 0;
}

static void put_hex(const char *name, uint32_t v) {
    char buf[32];
    int n = snprintf(buf, sizeof(buf), "%s=%08lx ", name, (unsigned long)v);
    kr_qemu_uart_tx(buf, (size_t)n);
}

__attribute__((noreturn)) void kr_qemu_fault_report(const char *what, uint32_t *frame) {
    kr_qemu_uart_tx("\r\nFATAL: ", 9);
    kr_qemu_uart_tx(what, strlen(what));
    kr_qemu_uart_tx("\r\n", 2);
    if (frame != NULL) {
        static const char *const names[] = {"r0", "r1", "r2", "r3", "r12", "lr", "pc", "xpsr"};
        for (int i = 0; i < 8; i++) {
            put_hex(names[i], frame[i]);
        }
        put_hex("cfsr", *(volatile uint32_t *)0xE000ED28u);
        put_hex("hfsr", *(volatile uint32_t *)0xE000ED2Cu);
        put_hex("bfar", *(volatile uint32_t *)0xE000ED38u);
        kr_qemu_uart_tx("\r\n", 2);
    }
    kr_qemu_uart_tx("resetting\r\n", 11);
    kr_qemu_system_reset();
}
