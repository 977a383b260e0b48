/* machine_timer.c: machine.Timer of the qemu port: ids 0 and 1 are the CMSDK APB timers
 * (25 MHz, IRQ 8/9), -1 a virtual timer on the 1 ms SysTick. The interrupt only counts the
 * expiry; the sched hook turns it into a scheduled call, so callbacks run as Python code
 * between bytecodes (an exception is printed and the timer keeps running). */
#include <math.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "port.h"
#include "qemuport.h"

#if KR_MODULE_MACHINE && KR_MACHINE_TIMER

#define N_HW   (2)
#define N_VIRT (8)
#define N_SLOTS (N_HW + N_VIRT)

#define MODE_ONE_SHOT (0)
#define MODE_PERIODIC (1)

#define TIMER_BASE(i)  (0x40000000u + 0x1000u * (uint32_t)(i))
#define TIMER_CTRL(i)   (*(volatile uint32_t *)(TIMER_BASE(i) + 0x0))
#define TIMER_VALUE(i)  (*(volatile uint32_t *)(TIMER_BASE(i) + 0x4))
#define TIMER_RELOAD(i) (*(volatile uint32_t *)(TIMER_BASE(i) + 0x8))
#define TIMER_INT(i)    (*(volatile uint32_t *)(TIMER_BASE(i) + 0xC))
#define TIMER_IRQ(i)    (8 + (i))
#define CTRL_ENABLE     (1u << 0)
#define CTRL_IRQ_EN     (1u << 3)

#define MIN_HW_CYCLES   (250u)   /* 10 us: 100 kHz at most */

/* Interrupt side of a timer: static, so a soft reset (new heap) never leaves an interrupt
 * handler pointing into freed memory. Slots 0..1 are the hardware timers. */
typedef struct {
    volatile uint32_t fired;     /* expiries not yet turned into a scheduled call */
    volatile uint8_t active;     /* counting */
    uint8_t one_shot;
    uint32_t period_ms;          /* virtual timers */
    volatile uint32_t due_ms;    /* virtual timers: next expiry (SysTick ms) */
} slot_t;

static slot_t slots[N_SLOTS];

typedef struct {
    kr_obj_base_t base;
    int8_t id;
    int8_t slot;          /* -1: not running */
    uint8_t mode;
    uint8_t queued;       /* a call is in the schedule queue */
    uint64_t period_us;
    kr_obj_t callback;
} machine_timer_t;

/* The timer objects of the slots (a GC root): slot i's interrupt belongs to roots()[i]. */
static kr_obj_t *roots(bool create) {
    kr_obj_t r = kr_state.extra_roots[KR_MACHINE_ROOT_SLOT];
    if (r == KR_OBJ_NULL && create) {
        r = KR_OBJ_FROM_PTR(kr_gc_alloc(N_SLOTS * sizeof(kr_obj_t), 0));
        kr_state.extra_roots[KR_MACHINE_ROOT_SLOT] = r;
    }
    return r == KR_OBJ_NULL ? NULL : (kr_obj_t *)KR_OBJ_TO_PTR(r);
}

static void slot_stop(int s) {
    if (s < N_HW) {
        TIMER_CTRL(s) = 0;
        TIMER_INT(s) = 1;
        NVIC_ICER0 = 1u << TIMER_IRQ(s);
        NVIC_ICPR0 = 1u << TIMER_IRQ(s);
    }
    uint32_t pm = kr_qemu_irq_save();
    slots[s].active = 0;
    slots[s].fired = 0;
    kr_qemu_irq_restore(pm);
}

/* ---------------------------------------------------------------- interrupts */

static void hw_irq(int i) {
    TIMER_INT(i) = 1;
    slots[i].fired++;
    if (slots[i].one_shot) {
        TIMER_CTRL(i) = 0;
        slots[i].active = 0;
    }
    kr_state.sched_pending = 1;
}

void kr_qemu_timer0_handler(void) {
    hw_irq(0);
}

void kr_qemu_timer1_handler(void) {
    hw_irq(1);
}

void kr_qemu_vtimer_tick(uint32_t now_ms) {
    for (int i = N_HW; i < N_SLOTS; i++) {
        slot_t *s = &slots[i];
        if (s->active && (int32_t)(now_ms - s->due_ms) >= 0) {
            s->fired++;
            if (s->one_shot) {
                s->active = 0;
            } else {
                s->due_ms += s->period_ms;
                if ((int32_t)(now_ms - s->due_ms) >= 0) {
                    s->due_ms = now_ms + s->period_ms;   /* fell behind: no burst */
                }
            }
            kr_state.sched_pending = 1;
        }
    }
}

/* ---------------------------------------------------------------- scheduling */

static kr_obj_t timer_dispatch(kr_obj_t self);
static KR_DEFINE_FUN_1(timer_dispatch_obj, timer_dispatch);

/* kr_sched_hook: one scheduled call per timer that fired (expiries that come while the
 * call still waits are merged into it). */
void kr_qemu_timer_poll(void) {
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
            continue;   /* asked again when the queued call has run */
        }
        if (kr_sched_schedule(KR_OBJ_FROM_PTR(&timer_dispatch_obj), r[i])) {
            t->queued = 1;
            uint32_t pm = kr_qemu_irq_save();
            slots[i].fired = 0;
            kr_qemu_irq_restore(pm);
        } else {
            kr_state.sched_pending = 1;   /* queue full: try again at the next check */
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

/* The scheduled call: callback(timer); an exception (other than KeyboardInterrupt and
 * SystemExit, which go on to the interrupted code) is printed. */
static kr_obj_t timer_dispatch(kr_obj_t self) {
    machine_timer_t *t = KR_OBJ_TO_PTR(self);
    t->queued = 0;
    if (!owns_slot(t)) {
        return KR_OBJ_NONE;   /* deinit() or a new init() came first */
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
            release(t);   /* a one-shot timer that was not started again */
        } else if (slots[s].fired) {
            kr_state.sched_pending = 1;
        }
    }
    return KR_OBJ_NONE;
}

/* Each (re)initialisation: every timer stops (their objects were on the old heap). */
void kr_qemu_timer_init(void) {
    for (int i = 0; i < N_SLOTS; i++) {
        slot_stop(i);
    }
}

/* ---------------------------------------------------------------- Timer objects */

static machine_timer_t *timer_ptr(kr_obj_t self) {
    if (!kr_obj_is_type(self, &kr_machine_timer_type)) {
        kr_raise_msg(&kr_type_TypeError, "Timer object required");
    }
    return KR_OBJ_TO_PTR(self);
}

static void timer_start(machine_timer_t *t) {
    kr_obj_t *r = roots(true);
    release(t);
    int s = -1;
    if (t->id >= 0) {
        s = t->id;
        if (r[s] != KR_OBJ_NULL) {
            machine_timer_t *old = KR_OBJ_TO_PTR(r[s]);
            release(old);   /* another object of the same hardware timer */
        }
    } else {
        for (int i = N_HW; i < N_SLOTS; i++) {
            if (r[i] == KR_OBJ_NULL) {
                s = i;
                break;
            }
        }
        if (s < 0) {
            kr_raise_fmt(&kr_type_RuntimeError, "too many virtual timers (%d)", N_VIRT);
        }
    }
    r[s] = KR_OBJ_FROM_PTR(t);
    t->slot = (int8_t)s;
    slot_t *sl = &slots[s];
    sl->fired = 0;
    sl->one_shot = t->mode == MODE_ONE_SHOT;
    if (s < N_HW) {
        uint32_t cycles = (uint32_t)(t->period_us * (KR_QEMU_CORE_CLOCK_HZ / 1000000u));
        TIMER_CTRL(s) = 0;
        TIMER_RELOAD(s) = cycles - 1u;
        TIMER_VALUE(s) = cycles - 1u;
        TIMER_INT(s) = 1;
        sl->active = 1;
        NVIC_ICPR0 = 1u << TIMER_IRQ(s);
        NVIC_ISER0 = 1u << TIMER_IRQ(s);
        TIMER_CTRL(s) = CTRL_ENABLE | CTRL_IRQ_EN;
    } else {
        uint32_t ms = (uint32_t)((t->period_us + 999u) / 1000u);
        uint32_t pm = kr_qemu_irq_save();
        sl->period_ms = ms;
        sl->due_ms = (uint32_t)kr_port_ticks_ms() + ms;
        sl->active = 1;
        kr_qemu_irq_restore(pm);
    }
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

/* freq or period (in 1/tick_hz units, ms by default) -> microseconds; -1/None = not given */
static uint64_t period_from_args(const kr_arg_val_t *v) {
    double us;
    bool has_freq = v[1].u_obj != KR_OBJ_NONE && !(kr_obj_is_int(v[1].u_obj) && kr_obj_get_int(v[1].u_obj) == -1);
    bool has_period = v[2].u_obj != KR_OBJ_NONE && !(kr_obj_is_int(v[2].u_obj) && kr_obj_get_int(v[2].u_obj) == -1);
    if (has_freq) {
        double f = kr_obj_get_float(v[1].u_obj);
        if (!(f > 0)) {
            kr_raise_msg(&kr_type_ValueError, "freq must be positive");
        }
        us = 1e6 / f;
    } else if (has_period) {
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
    return (uint64_t)round(us);
}

static void timer_init_helper(machine_timer_t *t, size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    kr_arg_val_t v[N_INIT_ARGS];
    kr_arg_parse_all(n_args, args, kw, N_INIT_ARGS, timer_init_args, v);
    if (v[0].u_int != MODE_ONE_SHOT && v[0].u_int != MODE_PERIODIC) {
        kr_raise_msg(&kr_type_ValueError, "invalid mode");
    }
    uint64_t us = period_from_args(v);
    if (t->id >= 0) {
        if (us * (KR_QEMU_CORE_CLOCK_HZ / 1000000u) < MIN_HW_CYCLES || us > 0xffffffffu / (KR_QEMU_CORE_CLOCK_HZ / 1000000u)) {
            kr_raise_fmt(&kr_type_ValueError, "period out of range for Timer(%d) (10 us .. 171 s)", t->id);
        }
    } else if (us > 0x7fffffffu * 1000ull) {
        kr_raise_msg(&kr_type_ValueError, "period too long");
    }
    t->mode = (uint8_t)v[0].u_int;
    t->period_us = us == 0 ? 1 : us;
    t->callback = v[4].u_obj;
    timer_start(t);
}

static kr_obj_t timer_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_int_t id = -1;
    if (n_args > 1) {
        kr_raise_msg(&kr_type_TypeError, "Timer() takes the id as its only positional argument");
    }
    if (n_args == 1) {
        id = kr_obj_get_int(args[0]);
    }
    if (id < -1 || id >= N_HW) {
        kr_raise_fmt(&kr_type_ValueError, "Timer(%d) doesn't exist", (int)id);
    }
    machine_timer_t *t = kr_gc_alloc(sizeof(machine_timer_t), 0);
    t->base.type = &kr_machine_timer_type;
    t->id = (int8_t)id;
    t->slot = -1;
    t->callback = KR_OBJ_NONE;
    if (n_kw > 0) {
        kr_map_t kw;
        kr_map_init(&kw, n_kw);
        for (size_t i = 0; i < n_kw; i++) {
            kr_map_lookup(&kw, args[n_args + 2 * i], KR_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = args[n_args + 2 * i + 1];
        }
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
    kr_printf(p, "Timer(%d", t->id);
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

const kr_type_t kr_machine_timer_type = {
    .base = {&kr_type_type},
    .name = KR_QSTR_Timer,
    .print = timer_print,
    .make_new = timer_make_new,
    .locals_dict = &timer_locals_dict,
};

#endif /* KR_MODULE_MACHINE && KR_MACHINE_TIMER */
