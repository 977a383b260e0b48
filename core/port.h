/* port.h: what the core needs from a port (unix host program or bare-metal board):
 * console output and input, files for import, fatal errors, the clock. */
#ifndef KRAIT_PORT_H
#define KRAIT_PORT_H

#include <stddef.h>
#include <stdint.h>
#include "obj.h"

void kr_port_stdout_write(const char *s, size_t len);
void kr_port_stderr_write(const char *s, size_t len);
void kr_port_stdout_flush(void);
/* Read one line from the console into line (without the newline); 0 = ok, -1 = EOF. */
int kr_port_read_line(kr_vstr_t *line);
/* Read up to n bytes of stdin (n = -1: all); returns a bytes-like vstr; 0 = ok, -1 = EOF. */
int kr_port_read_stdin(kr_vstr_t *out, long n);
/* One byte from the console (blocking); negative when the console is closed. */
int kr_port_getchar(void);
_Noreturn void kr_port_fatal(const char *msg);
/* Whole file into a GC-heap buffer (NUL-terminated); NULL if it cannot be read. */
char *kr_port_read_file(const char *path, size_t *len);
/* 0 = does not exist, 1 = regular file, 2 = directory */
int kr_port_stat(const char *path);
/* The clock (module time): free-running microsecond and millisecond tick counters
 * (any width; the time module wraps them), wall-clock nanoseconds since the Epoch
 * (2000-01-01 on boards without an RTC), and a sleep that lets Ctrl-C through
 * (kr_port_sleep_us calls kr_handle_pending as it waits). */
uint64_t kr_port_ticks_us(void);
uint64_t kr_port_ticks_ms(void);
uint64_t kr_port_ticks_cpu(void);
int64_t kr_port_time_ns(void);
void kr_port_sleep_us(uint64_t us);
/* The port's name for sys.platform and the machine description for sys.implementation. */
extern const char kr_port_platform[];
extern const char kr_port_machine[];

#endif /* KRAIT_PORT_H */
