/* unixport.c: the unix port's platform glue: console output/input (a plain stream, or
 * the byte console of device mode and the interactive REPL: raw terminal, a reader thread
 * that sees the interrupt char like a UART receive interrupt), files, fatal errors, clock. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <poll.h>
#include <sys/stat.h>
#include <time.h>
#include "obj.h"
#include "gc.h"
#include "port.h"
#include "runtime.h"
#include "readline.h"
#include "unixport.h"
#include "modules/vfs.h"
#include "modules/dupterm.h"

const char kr_port_platform[] = "linux";
char **kr_unix_device_argv;
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

static bool console_on;            /* the byte console is in use */
static bool console_last_cr;       /* last byte written was '\r' */

static void stdout_put(const char *s, size_t len) {
    if (len > sizeof(out_buf) - out_len) {
        kr_port_stdout_flush();
        if (len > sizeof(out_buf)) {
            write_all(1, s, len);
            return;
        }
    }
    memcpy(out_buf + out_len, s, len);
    out_len += len;
}

/* Byte console output: "\n" becomes "\r\n" (as on a board's UART), written at once. */
static void console_write(const char *s, size_t len) {
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        bool lf = s[i] == '\n' && !(i > 0 ? s[i - 1] == '\r' : console_last_cr);
        if (lf) {
            stdout_put(s + start, i - start);
            stdout_put("\r", 1);
            start = i;
        }
    }
    stdout_put(s + start, len - start);
    if (len > 0) {
        console_last_cr = s[len - 1] == '\r';
    }
    kr_port_stdout_flush();
}

static void stdout_write(const char *s, size_t len) {
    if (console_on) {
        console_write(s, len);
        return;
    }
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

void kr_port_stdout_write(const char *s, size_t len) {
    stdout_write(s, len);
    if (kr_dupterm_on()) {
        kr_dupterm_tx(s, len);   /* os.dupterm */
    }
}

void kr_port_stderr_write(const char *s, size_t len) {
    if (console_on) {
        console_write(s, len);
        if (kr_dupterm_on()) {
            kr_dupterm_tx(s, len);   /* the console's tracebacks too (as on a board) */
        }
        return;
    }
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

/* ---------------------------------------------------------------- byte console */

#define CONSOLE_RING (4096)

static pthread_mutex_t console_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t console_cond;          /* input arrived, space freed, or Ctrl-C */
static unsigned char console_ring[CONSOLE_RING];
static size_t console_head, console_count;
static bool console_eof;
static bool console_tty;
static struct termios console_saved;

/* The reader thread: like a UART receive interrupt, it queues input bytes and turns the
 * interrupt char (micropython.kbd_intr) into a pending KeyboardInterrupt at once. */
static void *console_reader(void *arg) {
    (void)arg;
    for (;;) {
        unsigned char buf[256];
        ssize_t n = read(0, buf, sizeof(buf));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        pthread_mutex_lock(&console_lock);
        if (n <= 0) {
            console_eof = true;
            pthread_cond_broadcast(&console_cond);
            pthread_mutex_unlock(&console_lock);
            return NULL;
        }
        for (ssize_t i = 0; i < n; i++) {
            int ic = kr_state.kbd_intr_char;
            if (ic >= 0 && buf[i] == (unsigned char)ic && kr_state.kbd_exc != KR_OBJ_NULL) {
                kr_sched_exception(kr_state.kbd_exc);
                continue;
            }
            while (console_count == CONSOLE_RING) {
                pthread_cond_wait(&console_cond, &console_lock);
            }
            console_ring[(console_head + console_count) % CONSOLE_RING] = buf[i];
            console_count++;
        }
        pthread_cond_broadcast(&console_cond);
        pthread_mutex_unlock(&console_lock);
    }
}

static void console_restore(void) {
    if (console_tty) {
        tcsetattr(0, TCSANOW, &console_saved);
    }
}

void kr_unix_console_restore_signal_safe(void) {
    console_restore();
}

/* Killed politely (SIGTERM, SIGHUP): leave the terminal as it was found. */
static void console_on_signal(int sig) {
    if (console_tty) {
        tcsetattr(0, TCSANOW, &console_saved);
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

void kr_unix_console_start(void) {
    if (console_on) {
        return;
    }
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&console_cond, &ca);
    pthread_condattr_destroy(&ca);
    if (isatty(0) && tcgetattr(0, &console_saved) == 0) {
        struct termios t = console_saved;
        cfmakeraw(&t);
        if (tcsetattr(0, TCSANOW, &t) == 0) {
            console_tty = true;
            atexit(console_restore);
            signal(SIGTERM, console_on_signal);
            signal(SIGHUP, console_on_signal);
        }
    }
    kr_port_stdout_flush();
    console_on = true;
    /* timer signals (machine.Timer, WDT) go to the main thread, not to the reader */
    sigset_t alarm, old;
    sigemptyset(&alarm);
    sigaddset(&alarm, SIGALRM);
    pthread_sigmask(SIG_BLOCK, &alarm, &old);
    pthread_t th;
    if (pthread_create(&th, NULL, console_reader, NULL) != 0) {
        kr_port_fatal("cannot start the console reader");
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_detach(th);
}

void kr_unix_console_stop(void) {
    if (console_on) {
        kr_port_stdout_flush();
        console_restore();
        console_tty = false;
    }
}

/* A pending KeyboardInterrupt (not a scheduled callback: the REPL may be waiting here). */
static bool console_interrupt_pending(void) {
    return kr_state.sched_pending && kr_state.pending_exc != KR_OBJ_NULL;
}

/* A wait of at most 100 ms (to see a SIGINT now and then), shorter if a machine.Timer is
 * due sooner (its signal cannot wake a condition wait). */
static struct timespec wait_until(struct timespec now, uint64_t max_us) {
#if KR_MODULE_MACHINE
    uint64_t due = kr_unix_machine_next_due_us();
    if (due < max_us) {
        max_us = due + 100;
    }
#endif
    now.tv_sec += (time_t)(max_us / 1000000u);
    now.tv_nsec += (long)(max_us % 1000000u) * 1000;
    if (now.tv_nsec >= 1000000000) {
        now.tv_sec++;
        now.tv_nsec -= 1000000000;
    }
    return now;
}

static int console_getchar(void) {
    pthread_mutex_lock(&console_lock);
    for (;;) {
        if (console_count > 0) {
            int c = console_ring[console_head];
            console_head = (console_head + 1) % CONSOLE_RING;
            console_count--;
            pthread_cond_broadcast(&console_cond);
            pthread_mutex_unlock(&console_lock);
            return c;
        }
        if (console_eof) {
            pthread_mutex_unlock(&console_lock);
            return -1;
        }
        if (console_interrupt_pending()) {
            /* running code waits for input (input(), sys.stdin.read()): Ctrl-C ends that */
            pthread_mutex_unlock(&console_lock);
            kr_handle_pending();
            pthread_mutex_lock(&console_lock);
            continue;
        }
        if (kr_state.sched_pending) {
            pthread_mutex_unlock(&console_lock);
            kr_handle_pending_printing();
            pthread_mutex_lock(&console_lock);
            continue;
        }
        bool dupterm = kr_dupterm_on();
        if (dupterm) {
            /* input from an os.dupterm stream, polled */
            pthread_mutex_unlock(&console_lock);
            int c = kr_dupterm_rx();
            if (c >= 0) {
                return c;
            }
            pthread_mutex_lock(&console_lock);
            if (console_count > 0 || console_eof) {
                continue;
            }
        }
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        ts = wait_until(ts, (dupterm ? 5 : 100) * 1000);   /* also see a SIGINT now and then */
        pthread_cond_timedwait(&console_cond, &console_lock, &ts);
    }
}

/* time.sleep with the byte console: wakes at once for Ctrl-C. */
static void console_sleep_us(uint64_t us) {
    struct timespec end;
    clock_gettime(CLOCK_MONOTONIC, &end);
    end.tv_sec += (time_t)(us / 1000000u);
    end.tv_nsec += (long)(us % 1000000u) * 1000;
    if (end.tv_nsec >= 1000000000) {
        end.tv_sec++;
        end.tv_nsec -= 1000000000;
    }
    for (;;) {
        kr_handle_pending();
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec > end.tv_sec || (now.tv_sec == end.tv_sec && now.tv_nsec >= end.tv_nsec)) {
            return;
        }
        struct timespec until = wait_until(now, 100 * 1000);
        if (until.tv_sec > end.tv_sec || (until.tv_sec == end.tv_sec && until.tv_nsec > end.tv_nsec)) {
            until = end;
        }
        pthread_mutex_lock(&console_lock);
        if (!kr_state.sched_pending) {
            pthread_cond_timedwait(&console_cond, &console_lock, &until);
        }
        pthread_mutex_unlock(&console_lock);
    }
}

int kr_port_read_line(kr_vstr_t *line) {
    if (console_on) {
        for (;;) {
            int r = kr_readline(line, "", NULL);
            if (r == KR_READLINE_LINE) {
                return 0;
            }
            if (r < 0 || r == KR_READLINE_CTRL_D) {
                return -1;
            }
        }
    }
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
    if (console_on) {
        while (n != 0) {
            int c = kr_port_getchar();
            if (c < 0 || c == 4) {
                break;
            }
            kr_vstr_add_byte(out, (uint8_t)c);
            if (n > 0) {
                n--;
            }
        }
        return out->len ? 0 : -1;
    }
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
#if KR_MODULE_VFS
    if (!kr_vfs_path_is_host(path)) {
        return kr_vfs_import_read_file(path, len);   /* a mounted filesystem (modules/vfs.c) */
    }
#endif
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
#if KR_MODULE_VFS
    if (!kr_vfs_path_is_host(path)) {
        return kr_vfs_import_stat(path);
    }
#endif
    struct stat st;
    if (stat(path[0] ? path : ".", &st) != 0) {
        return 0;
    }
    return S_ISDIR(st.st_mode) ? 2 : S_ISREG(st.st_mode) ? 1 : 0;
}

int kr_port_getchar(void) {
    if (console_on) {
        return console_getchar();
    }
    kr_port_stdout_flush();
    while (kr_dupterm_on()) {
        /* input from an os.dupterm stream or stdin, whichever comes first */
        int dc = kr_dupterm_rx();
        if (dc >= 0) {
            return dc;
        }
        struct pollfd pfd = { .fd = 0, .events = POLLIN };
        if (poll(&pfd, 1, 5) > 0) {
            break;
        }
    }
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
    if (console_on) {
        console_sleep_us(us);
        return;
    }
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
