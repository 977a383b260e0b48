/* machine_timer.c: the unix port's side of machine.Timer (virtual timers, id -1: the hooks
 * of modules/machine_timer.h) and machine.WDT. One POSIX timer (CLOCK_MONOTONIC, SIGALRM
 * to the main thread) is armed for the earliest expiry; the signal handler only counts
 * expiries (the shared layer turns them into scheduled calls). An unfed WDT resets the
 * "board": the process restarts itself in --device mode, else it exits with status 3. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <termios.h>
#include "obj.h"
#include "runtime.h"
#include "port.h"
#include "unixport.h"
#include "modules/machine_timer.h"

#if KR_MODULE_MACHINE

#define N_SLOTS (16)

/* the timing of the slots (their counts: kr_port_timer_slots) */
typedef struct {
    int64_t period_ns;
    int64_t due_ns;
} slot_time_t;

kr_machine_timer_slot_t kr_port_timer_slots[N_SLOTS];
static slot_time_t times[N_SLOTS];
static volatile sig_atomic_t wdt_armed;
static int64_t wdt_deadline_ns;
static int64_t wdt_timeout_ns;
static timer_t posix_timer;
static bool posix_timer_made;

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ---------------------------------------------------------------- the watchdog's reset */

static char *wdt_env[256];   /* environ + KRAIT_RESET_CAUSE=3, made when the WDT starts */

static void put_err(const char *s) {
    ssize_t r = write(2, s, strlen(s));
    (void)r;
}

/* In the signal handler: async-signal-safe calls only. */
static void wdt_expire(void) {
    kr_port_stdout_flush();   /* best effort: write() of what the program printed */
    kr_unix_console_restore_signal_safe();
    put_err("krait: WDT timeout: reset\n");
    if (kr_unix_device_argv != NULL) {
        execve("/proc/self/exe", kr_unix_device_argv, wdt_env);
    }
    _exit(3);
}

static void wdt_prepare_env(void) {
    extern char **environ;
    size_t n = 0;
    static const char var[] = "KRAIT_RESET_CAUSE=";
    for (char **e = environ; *e != NULL && n < sizeof(wdt_env) / sizeof(wdt_env[0]) - 2; e++) {
        if (strncmp(*e, var, sizeof(var) - 1) != 0) {
            wdt_env[n++] = *e;
        }
    }
    wdt_env[n++] = (char *)"KRAIT_RESET_CAUSE=3";
    wdt_env[n] = NULL;
}

/* ---------------------------------------------------------------- the signal side */

/* Arm the POSIX timer for the earliest expiry (signal-safe: timer_settime). */
static void rearm(int64_t now) {
    int64_t next = INT64_MAX;
    for (int i = 0; i < N_SLOTS; i++) {
        if (kr_port_timer_slots[i].active && times[i].due_ns < next) {
            next = times[i].due_ns;
        }
    }
    if (wdt_armed && wdt_deadline_ns < next) {
        next = wdt_deadline_ns;
    }
    struct itimerspec its;
    memset(&its, 0, sizeof(its));
    if (next != INT64_MAX) {
        if (next <= now) {
            next = now + 1000;
        }
        its.it_value.tv_sec = (time_t)(next / 1000000000);
        its.it_value.tv_nsec = (long)(next % 1000000000);
    }
    if (posix_timer_made) {
        timer_settime(posix_timer, TIMER_ABSTIME, &its, NULL);
    }
}

static void on_alarm(int sig) {
    (void)sig;
    int saved = errno;
    int64_t now = now_ns();
    if (wdt_armed && now >= wdt_deadline_ns) {
        wdt_expire();
    }
    for (int i = 0; i < N_SLOTS; i++) {
        slot_time_t *t = &times[i];
        if (kr_port_timer_slots[i].active && now >= t->due_ns) {
            kr_machine_timer_expired(&kr_port_timer_slots[i]);
            t->due_ns += t->period_ns;
            if (t->due_ns <= now) {
                t->due_ns = now + t->period_ns;   /* fell behind: no burst */
            }
        }
    }
    rearm(now);
    errno = saved;
}

static void block_alarm(sigset_t *old) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGALRM);
    pthread_sigmask(SIG_BLOCK, &set, old);
}

static void restore_mask(const sigset_t *old) {
    pthread_sigmask(SIG_SETMASK, old, NULL);
}

static void ensure_posix_timer(void) {
    if (posix_timer_made) {
        return;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_alarm;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);
    struct sigevent sev;
    memset(&sev, 0, sizeof(sev));
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGALRM;
    if (timer_create(CLOCK_MONOTONIC, &sev, &posix_timer) != 0) {
        kr_raise_oserror(errno);
    }
    posix_timer_made = true;
}

/* For the console's waits: microseconds to the next timer expiry (UINT64_MAX: none). */
uint64_t kr_unix_machine_next_due_us(void) {
    int64_t next = INT64_MAX;
    for (int i = 0; i < N_SLOTS; i++) {
        if (kr_port_timer_slots[i].active && times[i].due_ns < next) {
            next = times[i].due_ns;
        }
    }
    if (next == INT64_MAX) {
        return UINT64_MAX;
    }
    int64_t d = next - now_ns();
    return d <= 0 ? 0 : (uint64_t)(d / 1000);
}

/* ---------------------------------------------------------------- the shared layer's hooks */

const int kr_port_timer_n_hw = 0;
const int kr_port_timer_n_slots = N_SLOTS;

void kr_port_timer_check(kr_int_t id, uint64_t period_us) {
    if (id != -1) {
        kr_raise_fmt(&kr_type_ValueError, "Timer(%d) doesn't exist (unix has virtual timers: -1)", (int)id);
    }
}

void kr_port_timer_start(int s, uint64_t period_us) {
    ensure_posix_timer();
    kr_sched_hook = kr_machine_timer_poll;
    sigset_t old;
    block_alarm(&old);
    times[s].period_ns = (int64_t)period_us * 1000;
    int64_t now = now_ns();
    times[s].due_ns = now + times[s].period_ns;
    kr_port_timer_slots[s].active = 1;
    rearm(now);
    restore_mask(&old);
}

void kr_port_timer_stop(int s) {
    sigset_t old;
    block_alarm(&old);
    kr_port_timer_slots[s].active = 0;
    kr_port_timer_slots[s].fired = 0;
    rearm(now_ns());
    restore_mask(&old);
}

void kr_port_timer_clear_fired(int s) {
    sigset_t old;
    block_alarm(&old);
    kr_port_timer_slots[s].fired = 0;
    restore_mask(&old);
}

/* Each (re)initialisation: timers stop (their objects were on the old heap); a WDT runs on. */
void kr_unix_machine_init(void) {
    kr_machine_timer_reset();
}

/* ---------------------------------------------------------------- WDT */

typedef struct {
    kr_obj_base_t base;
} machine_wdt_t;

static const machine_wdt_t wdt_obj = {{&kr_unix_machine_wdt_type}};

static void wdt_feed_now(void) {
    sigset_t old;
    block_alarm(&old);
    int64_t now = now_ns();
    wdt_deadline_ns = now + wdt_timeout_ns;
    rearm(now);
    restore_mask(&old);
}

static kr_obj_t wdt_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_id, KR_ARG_INT, {.u_int = 0} },
        { KR_QSTR_timeout, KR_ARG_INT, {.u_int = 5000} },
    };
    kr_map_t kw;
    kr_map_init_fixed_table(&kw, n_kw, (const kr_map_elem_t *)(args + n_args));
    kr_arg_val_t v[2];
    kr_arg_parse_all(n_args, args, &kw, 2, allowed, v);
    if (v[0].u_int != 0) {
        kr_raise_fmt(&kr_type_ValueError, "WDT(%d) doesn't exist", (int)v[0].u_int);
    }
    if (v[1].u_int < 1 || v[1].u_int > 0x7fffffff) {
        kr_raise_msg(&kr_type_ValueError, "timeout must be 1..2147483647 ms");
    }
    ensure_posix_timer();
    if (!wdt_armed) {
        wdt_prepare_env();
    }
    wdt_timeout_ns = (int64_t)v[1].u_int * 1000000;
    wdt_armed = 1;
    wdt_feed_now();
    return KR_OBJ_FROM_PTR(&wdt_obj);
}

static kr_obj_t wdt_feed(kr_obj_t self) {
    wdt_feed_now();
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(wdt_feed_obj, wdt_feed);

static const kr_map_elem_t wdt_locals_table[] = {
    { KR_ROM_QSTR(feed), KR_ROM_PTR(&wdt_feed_obj) },
};
static KR_DEFINE_CONST_DICT(wdt_locals_dict, wdt_locals_table);

const kr_type_t kr_unix_machine_wdt_type = {
    .base = {&kr_type_type},
    .name = KR_QSTR_WDT,
    .make_new = wdt_make_new,
    .locals_dict = &wdt_locals_dict,
};

/* ---------------------------------------------------------------- disable_irq */

/* machine.disable_irq(): timer expiries wait (SIGALRM blocked); returns 1 if they already
 * did. enable_irq(state) restores. */
int kr_unix_machine_irq_disable(void) {
    sigset_t old;
    block_alarm(&old);
    return sigismember(&old, SIGALRM) == 1;
}

void kr_unix_machine_irq_enable(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGALRM);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

#endif /* KR_MODULE_MACHINE */
