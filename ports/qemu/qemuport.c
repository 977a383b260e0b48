/* qemuport.c: the qemu port's implementation of core/port.h: console over UART0 with
 * "\r\n" line ends, no files (modules come frozen), fatal errors and the fault report
 * that resets the board. */
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "port.h"
#include "qemuport.h"
#if KR_MODULE_VFS
#include "modules/vfs.h"
#endif

const char kr_port_platform[] = "qemu";
const char kr_port_machine[] = KR_BOARD_NAME " with " KR_BOARD_MCU;

/* ---------------------------------------------------------------- console output */

static char last_out;   /* last byte sent, so a "\r\n" split across writes stays one */

void kr_port_stdout_write(const char *s, size_t len) {
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\n' && (i > 0 ? s[i - 1] : last_out) != '\r') {
            kr_qemu_uart_tx(s + start, i - start);
            kr_qemu_uart_tx("\r", 1);
            start = i;
        }
    }
    kr_qemu_uart_tx(s + start, len - start);
    if (len > 0) {
        last_out = s[len - 1];
    }
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

/* ---------------------------------------------------------------- console input */

/* input(): a line with echo and backspace; Ctrl-C raises KeyboardInterrupt, Ctrl-D on an
 * empty line is EOF. */
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

/* sys.stdin.read(n): raw bytes until n are read or Ctrl-D. */
int kr_port_read_stdin(kr_vstr_t *out, long n) {
    while (n != 0) {
        int c = kr_qemu_uart_rx();
        if (c == 4) {
            return out->len ? 0 : -1;
        }
        kr_vstr_add_byte(out, (uint8_t)c);
        if (n > 0) {
            n--;
        }
    }
    return 0;
}

/* The REPL's key reader: never closed on a board. */
int kr_port_getchar(void) {
    return kr_qemu_uart_rx_console();
}

/* ---------------------------------------------------------------- files */

/* No filesystem on this port yet: boot.py/main.py and libraries come frozen into the
 * firmware (the board's manifest.py), which the import system finds under .frozen. */
#if KR_MODULE_VFS
/* import reads through the VFS (the board's filesystem and .frozen) */
char *kr_port_read_file(const char *path, size_t *len) {
    return kr_vfs_import_read_file(path, len);
}

int kr_port_stat(const char *path) {
    return kr_vfs_import_stat(path);
}
#else
char *kr_port_read_file(const char *path, size_t *len) {
    (void)path;
    (void)len;
    return NULL;
}

int kr_port_stat(const char *path) {
    (void)path;
    return 0;
}
#endif

/* ---------------------------------------------------------------- fatal errors */

_Noreturn void kr_port_fatal(const char *msg) {
    kr_qemu_fault_report(msg, NULL, 0);
}

static void put_str(const char *s) {
    kr_qemu_uart_tx(s, strlen(s));
}

/* No libc here: the fault may have left the heap or the stack unusable. */
static void put_hex(const char *name, uint32_t v) {
    char buf[12];
    for (int i = 0; i < 8; i++) {
        buf[i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 0xf];
    }
    buf[8] = ' ';
    put_str(name);
    put_str("=");
    kr_qemu_uart_tx(buf, 9);
}

__attribute__((noreturn)) void kr_qemu_fault_report(const char *what, const uint32_t *frame, uint32_t exc_return) {
    __asm volatile("cpsid i");
    put_str("\r\nFATAL: ");
    put_str(what);
    put_str("\r\n");
    if (frame != NULL) {
        static const char *const names[] = {"r0", "r1", "r2", "r3", "r12", "lr", "pc", "xpsr"};
        for (int i = 0; i < 8; i++) {
            put_hex(names[i], frame[i]);
            if (i == 3) {
                put_str("\r\n");
            }
        }
        put_str("\r\n");
    }
    if (exc_return != 0) {
        put_hex("exc_return", exc_return);
    }
    put_hex("cfsr", *(volatile uint32_t *)0xE000ED28u);
    put_hex("hfsr", *(volatile uint32_t *)0xE000ED2Cu);
    put_str("\r\n");
    put_hex("mmfar", *(volatile uint32_t *)0xE000ED34u);
    put_hex("bfar", *(volatile uint32_t *)0xE000ED38u);
    put_str("\r\nresetting\r\n");
    kr_qemu_system_reset();
}
