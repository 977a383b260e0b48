/* unixport.c: the unix port's platform glue: console output/input, files, fatal errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <time.h>
#include "obj.h"
#include "gc.h"
#include "port.h"
#include "runtime.h"

const char kr_port_platform[] = "linux";
const char kr_port_machine[] = "linux [GCC " __VERSION__ "] version";

static void write_all(int fd, const char *s, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, s, len);
        if (n <= 0) {
            return;
        }
        s += n;
        len -= (size_t)n;
    }
}

/* stdout is buffered (flushed at newline when a terminal, at exit, before reading input) */
static char out_buf[4096];
static size_t out_len;
static int out_isatty = -1;

void kr_port_stdout_flush(void) {
    if (out_len > 0) {
        write_all(1, out_buf, out_len);
        out_len = 0;
    }
}

void kr_port_stdout_write(const char *s, size_t len) {
    if (out_isatty < 0) {
        out_isatty = isatty(1);
    }
    if (len > sizeof(out_buf) - out_len) {
        kr_port_stdout_flush();
        if (len > sizeof(out_buf)) {
            write_all(1, s, len);
            return;
        }
    }
    memcpy(out_buf + out_len, s, len);
    out_len += len;
    if (out_isatty && memchr(s, '\n', len) != NULL) {
        kr_port_stdout_flush();
    }
}

void kr_port_stderr_write(const char *s, size_t len) {
    kr_port_stdout_flush();
    write_all(2, s, len);
}

static void print_stdout_write(void *data, const char *s, size_t len) {
    kr_port_stdout_write(s, len);
}

static void print_stderr_write(void *data, const char *s, size_t len) {
    kr_port_stderr_write(s, len);
}

const kr_print_t kr_print_stdout = {NULL, print_stdout_write};
const kr_print_t kr_print_stderr = {NULL, print_stderr_write};

int kr_port_read_line(kr_vstr_t *line) {
    kr_port_stdout_flush();
    int got = 0;
    for (;;) {
        char c;
        ssize_t n = read(0, &c, 1);
        if (n <= 0) {
            return got ? 0 : -1;
        }
        got = 1;
        if (c == '\n') {
            return 0;
        }
        kr_vstr_add_byte(line, (uint8_t)c);
    }
}

int kr_port_read_stdin(kr_vstr_t *out, long n) {
    kr_port_stdout_flush();
    char buf[512];
    while (n != 0) {
        size_t want = n < 0 || n > (long)sizeof(buf) ? sizeof(buf) : (size_t)n;
        ssize_t got = read(0, buf, want);
        if (got <= 0) {
            return out->len ? 0 : -1;
        }
        kr_vstr_add_strn(out, buf, (size_t)got);
        if (n > 0) {
            n -= got;
        }
    }
    return 0;
}

_Noreturn void kr_port_fatal(const char *msg) {
    kr_port_stdout_flush();
    fprintf(stderr, "krait: fatal error: %s\n", msg);
    exit(134);
}

char *kr_port_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        fclose(f);
        return NULL;
    }
    size_t size = (size_t)st.st_size;
    char *buf = kr_gc_alloc_maybe(size + 1, KR_GC_FLAG_ATOMIC);
    if (buf == NULL) {
        fclose(f);
        kr_raise_memory_error();
    }
    size_t got = fread(buf, 1, size, f);
    fclose(f);
    buf[got] = 0;
    *len = got;
    return buf;
}

int kr_port_stat(const char *path) {
    struct stat st;
    if (stat(path[0] ? path : ".", &st) != 0) {
        return 0;
    }
    return S_ISDIR(st.st_mode) ? 2 : S_ISREG(st.st_mode) ? 1 : 0;
}

int kr_port_getchar(void) {
    kr_port_stdout_flush();
    unsigned char c;
    ssize_t n = read(0, &c, 1);
    return n == 1 ? c : -1;
}

/* ---------------------------------------------------------------- clock */

static uint64_t clock_us(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

uint64_t kr_port_ticks_us(void) {
    return clock_us(CLOCK_MONOTONIC);
}

uint64_t kr_port_ticks_ms(void) {
    return clock_us(CLOCK_MONOTONIC) / 1000u;
}

uint64_t kr_port_ticks_cpu(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

int64_t kr_port_time_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void kr_port_sleep_us(uint64_t us) {
    uint64_t end = kr_port_ticks_us() + us;
    for (;;) {
        kr_handle_pending();
        uint64_t now = kr_port_ticks_us();
        if (now >= end) {
            break;
        }
        uint64_t left = end - now;
        struct timespec ts = { (time_t)(left / 1000000u), (long)(left % 1000000u) * 1000 };
        if (ts.tv_sec > 0) {   /* wake at least once a second to see Ctrl-C */
            ts.tv_sec = 1;
            ts.tv_nsec = 0;
        }
        nanosleep(&ts, NULL);
    }
}
