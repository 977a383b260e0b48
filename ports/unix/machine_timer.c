/* machine_timer.c: machine.Timer (virtual timers, id -1) and machine.WDT of the unix port.
 * One POSIX timer (CLOCK_MONOTONIC, SIGALRM to the main thread) is armed for the earliest
 * expiry; the signal handler only counts expiries and sets kr_state.sched_pending, and the
 * sched hook turns them into scheduled calls, so callbacks run as Python code between
 * bytecodes (an exception is printed and the timer keeps running). An unfed WDT resets
 * the "board": the process restarts itself in --device mode, else it exits with status 3. */
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <termios.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "port.h"
#include "unixport.h"

#if KR_MODULE_MACHINE

#define N_SLOTS (16)
#define MODE_ONE_SHOT (0)
#define MODE_PERIODIC (1)

typedef struct {
    volatile sig_atomic_t fired;
    volatile sig_atomic_t active;
    int one_shot;
    int64_t period_ns;
    int64_t due_ns;
} slot_t;

static slot_t slots[N_SLOTS];
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
        if (slots[i].active && slots[i].due_ns < next) {
            next = slots[i].due_ns;
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
        slot_t *s = &slots[i];
        if (s->active && now >= s->due_ns) {
            s->fired++;
            if (s->one_shot) {
                s->active = 0;
            } else {
                s->due_ns += s->period_ns;
                if (s->due_ns <= now) {
                    s->due_ns = now + s->period_ns;   /* fell behind: no burst */
                }
            }
            kr_state.sched_pending = 1;
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
        if (slots[i].active && slots[i].due_ns < next) {
            next = slots[i].due_ns;
        }
    }
    if (next == INT64_MAX) {
        return UINT64_MAX;
    }
    int64_t d = next - now_ns();
    return d <= 0 ? 0 : (uint64_t)(d / 1000);
}

/* ---------------------------------------------------------------- scheduling */

typedef struct {
    kr_obj_base_t base;
    int8_t slot;          /* -1: not running */
    uint8_t mode;
    uint8_t queued;
    uint64_t period_us;
    kr_obj_t callback;
} machine_timer_t;

static kr_obj_t *roots(bool create) {
    kr_obj_t r = kr_state.extra_roots[KR_MACHINE_ROOT_SLOT];
    if (r == KR_OBJ_NULL && create) {
        r = KR_OBJ_FROM_PTR(kr_gc_alloc(N_SLOTS * sizeof(kr_obj_t), 0));
        kr_state.extra_roots[KR_MACHINE_ROOT_SLOT] = r;
    }
    return r == KR_OBJ_NULL ? NULL : (kr_obj_t *)KR_OBJ_TO_PTR(r);
}

static void slot_stop(int s) {
    sigset_t old;
    block_alarm(&old);
    slots[s].active = 0;
    slots[s].fired = 0;
    rearm(now_ns());
    restore_mask(&old);
}

static kr_obj_t timer_dispatch(kr_obj_t self);
static KR_DEFINE_FUN_1(timer_dispatch_obj, timer_dispatch);

/* kr_sched_hook: one scheduled call per timer that fired (expiries that come while the
 * call still waits are merged into it). */
static void timer_poll(void) {
    kr_obj_t *r = roots(false);
    for (int i = 0; i < N_SLOTS; i++) {
        if (slots[i].fired == 0) {
            continue;
        }
        machine_timer_t *t = r == NULL || r[i] == KR_OBJ_NULL ? NULL : KR_OBJ_TO_PTR(r[i]);
        if (t == NULL) {
            slots[i].fired = 0;
            continue;
        }
        if (t->queued) {
            continue;
        }
        if (kr_sched_schedule(KR_OBJ_FROM_PTR(&timer_dispatch_obj), r[i])) {
            t->queued = 1;
            sigset_t old;
            block_alarm(&old);
            slots[i].fired = 0;
            restore_mask(&old);
        } else {
            kr_state.sched_pending = 1;
        }
    }
}

static bool owns_slot(const machine_timer_t *t) {
    kr_obj_t *r = roots(false);
    return t->slot >= 0 && r != NULL && r[t->slot] == KR_OBJ_FROM_PTR(t);
}

static void release(machine_timer_t *t) {
    if (owns_slot(t)) {
        slot_stop(t->slot);
        roots(false)[t->slot] = KR_OBJ_NULL;
    }
    t->slot = -1;
}

static kr_obj_t timer_dispatch(kr_obj_t self) {
    machine_timer_t *t = KR_OBJ_TO_PTR(self);
    t->queued = 0;
    if (!owns_slot(t)) {
        return KR_OBJ_NONE;
    }
    int s = t->slot;
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_call1(t->callback, self);
        kr_nlr_pop();
    } else {
        kr_obj_t exc = (kr_obj_t)nlr.ret_val;
        if (kr_obj_is_instance(exc, &kr_type_KeyboardInterrupt) || kr_obj_is_instance(exc, &kr_type_SystemExit)) {
            kr_nlr_jump(nlr.ret_val);
        }
        kr_obj_exception_print_traceback(&kr_print_stderr, exc);
    }
    if (owns_slot(t) && t->slot == s) {
        if (!slots[s].active && slots[s].fired == 0) {
            release(t);
        } else if (slots[s].fired) {
            kr_state.sched_pending = 1;
        }
    }
    return KR_OBJ_NONE;
}

/* Each (re)initialisation: timers stop (their objects were on the old heap); a WDT runs on. */
void kr_unix_machine_init(void) {
    for (int i = 0; i < N_SLOTS; i++) {
        if (slots[i].active || slots[i].fired) {
            slot_stop(i);
        }
    }
}

/* ---------------------------------------------------------------- Timer objects */

static machine_timer_t *timer_ptr(kr_obj_t self) {
    if (!kr_obj_is_type(self, &kr_unix_machine_timer_type)) {
        kr_raise_msg(&kr_type_TypeError, "Timer object required");
    }
    return KR_OBJ_TO_PTR(self);
}

static void timer_start(machine_timer_t *t) {
    ensure_posix_timer();
    kr_sched_hook = timer_poll;
    kr_obj_t *r = roots(true);
    release(t);
    int s = -1;
    for (int i = 0; i < N_SLOTS; i++) {
        if (r[i] == KR_OBJ_NULL) {
            s = i;
            break;
        }
    }
    if (s < 0) {
        kr_raise_fmt(&kr_type_RuntimeError, "too many virtual timers (%d)", N_SLOTS);
    }
    r[s] = KR_OBJ_FROM_PTR(t);
    t->slot = (int8_t)s;
    sigset_t old;
    block_alarm(&old);
    slot_t *sl = &slots[s];
    sl->fired = 0;
    sl->one_shot = t->mode == MODE_ONE_SHOT;
    sl->period_ns = (int64_t)t->period_us * 1000;
    int64_t now = now_ns();
    sl->due_ns = now + sl->period_ns;
    sl->active = 1;
    rearm(now);
    restore_mask(&old);
}

static const kr_arg_t timer_init_args[] = {
    { KR_QSTR_mode, KR_ARG_INT | KR_ARG_KW_ONLY, {.u_int = MODE_PERIODIC} },
    { KR_QSTR_freq, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_NONE} },
    { KR_QSTR_period, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_NONE} },
    { KR_QSTR_tick_hz, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_NONE} },
    { KR_QSTR_callback, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_NONE} },
    { KR_QSTR_hard, KR_ARG_BOOL | KR_ARG_KW_ONLY, {.u_bool = false} },
};
#define N_INIT_ARGS (sizeof(timer_init_args) / sizeof(timer_init_args[0]))

static bool given(kr_obj_t o) {
    return o != KR_OBJ_NONE && !(kr_obj_is_int(o) && kr_obj_get_int(o) == -1);
}

static void timer_init_helper(machine_timer_t *t, size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    kr_arg_val_t v[N_INIT_ARGS];
    kr_arg_parse_all(n_args, args, kw, N_INIT_ARGS, timer_init_args, v);
    if (v[0].u_int != MODE_ONE_SHOT && v[0].u_int != MODE_PERIODIC) {
        kr_raise_msg(&kr_type_ValueError, "invalid mode");
    }
    double us;
    if (given(v[1].u_obj)) {
        double f = kr_obj_get_float(v[1].u_obj);
        if (!(f > 0)) {
            kr_raise_msg(&kr_type_ValueError, "freq must be positive");
        }
        us = 1e6 / f;
    } else if (given(v[2].u_obj)) {
        double p = kr_obj_get_float(v[2].u_obj);
        double hz = v[3].u_obj == KR_OBJ_NONE ? 1000.0 : kr_obj_get_float(v[3].u_obj);
        if (!(hz > 0)) {
            kr_raise_msg(&kr_type_ValueError, "tick_hz must be positive");
        }
        if (!(p > 0)) {
            kr_raise_msg(&kr_type_ValueError, "period must be positive");
        }
        us = p * 1e6 / hz;
    } else {
        kr_raise_msg(&kr_type_ValueError, "period or freq needed");
    }
    if (!(us < 4e12)) {
        kr_raise_msg(&kr_type_ValueError, "period too long");
    }
    t->mode = (uint8_t)v[0].u_int;
    t->period_us = us < 1 ? 1 : (uint64_t)round(us);
    t->callback = v[4].u_obj;
    timer_start(t);
}

static kr_obj_t timer_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_args > 1) {
        kr_raise_msg(&kr_type_TypeError, "Timer() takes the id as its only positional argument");
    }
    if (n_args == 1) {
        kr_int_t id = kr_obj_get_int(args[0]);
        if (id != -1) {
            kr_raise_fmt(&kr_type_ValueError, "Timer(%d) doesn't exist (unix has virtual timers: -1)", (int)id);
        }
    }
    machine_timer_t *t = kr_gc_alloc(sizeof(machine_timer_t), 0);
    t->base.type = &kr_unix_machine_timer_type;
    t->slot = -1;
    t->callback = KR_OBJ_NONE;
    if (n_kw > 0) {
        kr_map_t kw;
        kr_map_init_fixed_table(&kw, n_kw, (const kr_map_elem_t *)(args + n_args));
        timer_init_helper(t, 0, NULL, &kw);
    }
    return KR_OBJ_FROM_PTR(t);
}

static kr_obj_t timer_init(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    timer_init_helper(timer_ptr(args[0]), n_args - 1, args + 1, kw);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_KW(timer_init_obj, 1, 1, timer_init);

static kr_obj_t timer_deinit(kr_obj_t self) {
    release(timer_ptr(self));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(timer_deinit_obj, timer_deinit);

static void timer_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    machine_timer_t *t = KR_OBJ_TO_PTR(self);
    kr_print_str(p, "Timer(-1");
    if (owns_slot(t)) {
        kr_printf(p, ", mode=%s, period=", t->mode == MODE_PERIODIC ? "PERIODIC" : "ONE_SHOT");
        kr_obj_print(p, kr_obj_new_int_from_ull(t->period_us), KR_PRINT_STR);
        kr_print_str(p, ", tick_hz=1000000");
    }
    kr_print_str(p, ")");
}

static const kr_map_elem_t timer_locals_table[] = {
    { KR_ROM_QSTR(init), KR_ROM_PTR(&timer_init_obj) },
    { KR_ROM_QSTR(deinit), KR_ROM_PTR(&timer_deinit_obj) },
    { KR_ROM_QSTR(ONE_SHOT), KR_ROM_INT(MODE_ONE_SHOT) },
    { KR_ROM_QSTR(PERIODIC), KR_ROM_INT(MODE_PERIODIC) },
};
static KR_DEFINE_CONST_DICT(timer_locals_dict, timer_locals_table);

const kr_type_t kr_unix_machine_timer_type = {
    .base = {&kr_type_type},
    .name = KR_QSTR_Timer,
    .print = timer_print,
    .make_new = timer_make_new,
    .locals_dict = &timer_locals_dict,
};

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
