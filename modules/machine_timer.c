/* machine_timer.c: machine.Timer's Python layer, shared by the ports: arguments, the Timer
 * objects and their slots, and the scheduled callbacks. A port's handler only counts an
 * expiry (kr_machine_timer_expired); kr_machine_timer_poll turns it into a scheduled
 * call, so callbacks run as Python code between bytecodes (an exception is printed and
 * the timer keeps running). The port starts and stops the slots (machine_timer.h). */
#include <math.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "modules/machine_timer.h"

#if KR_MODULE_MACHINE && KR_MACHINE_TIMER

#define MODE_ONE_SHOT (0)
#define MODE_PERIODIC (1)

typedef struct {
    kr_obj_base_t base;
    int8_t id;
    int8_t slot;          /* -1: not running */
    uint8_t mode;
    uint8_t queued;       /* a call is in the schedule queue */
    uint64_t period_us;
    kr_obj_t callback;
} machine_timer_t;

/* The timer objects of the slots (a GC root): slot i's expiries belong to roots()[i]. */
static kr_obj_t *roots(bool create) {
    kr_obj_t r = kr_state.extra_roots[KR_ROOT_MACHINE_TIMER];
    if (r == KR_OBJ_NULL && create) {
        r = KR_OBJ_FROM_PTR(kr_gc_alloc((size_t)kr_port_timer_n_slots * sizeof(kr_obj_t), 0));
        kr_state.extra_roots[KR_ROOT_MACHINE_TIMER] = r;
    }
    return r == KR_OBJ_NULL ? NULL : (kr_obj_t *)KR_OBJ_TO_PTR(r);
}

/* ---------------------------------------------------------------- scheduling */

static kr_obj_t timer_dispatch(kr_obj_t self);
static KR_DEFINE_FUN_1(timer_dispatch_obj, timer_dispatch);

/* Expiries that come while the call still waits are merged into it. */
void kr_machine_timer_poll(void) {
    kr_obj_t *r = roots(false);
    for (int i = 0; i < kr_port_timer_n_slots; i++) {
        if (kr_port_timer_slots[i].fired == 0) {
            continue;
        }
        machine_timer_t *t = r == NULL || r[i] == KR_OBJ_NULL ? NULL : KR_OBJ_TO_PTR(r[i]);
        if (t == NULL) {
            kr_port_timer_clear_fired(i);
            continue;
        }
        if (t->queued) {
            continue;   /* asked again when the queued call has run */
        }
        if (kr_sched_schedule(KR_OBJ_FROM_PTR(&timer_dispatch_obj), r[i])) {
            t->queued = 1;
            kr_port_timer_clear_fired(i);
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
        kr_port_timer_stop(t->slot);
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
        const kr_machine_timer_slot_t *sl = &kr_port_timer_slots[s];
        if (!sl->active && sl->fired == 0) {
            release(t);   /* a one-shot timer that was not started again */
        } else if (sl->fired) {
            kr_state.sched_pending = 1;
        }
    }
    return KR_OBJ_NONE;
}

void kr_machine_timer_reset(void) {
    for (int i = 0; i < kr_port_timer_n_slots; i++) {
        if (kr_port_timer_slots[i].active || kr_port_timer_slots[i].fired) {
            kr_port_timer_stop(i);
        }
    }
}

/* ---------------------------------------------------------------- Timer objects */

static machine_timer_t *timer_ptr(kr_obj_t self) {
    if (!kr_obj_is_type(self, &kr_machine_timer_type)) {
        kr_raise_msg(&kr_type_TypeError, "Timer object required");
    }
    return KR_OBJ_TO_PTR(self);
}

/* Take a slot (a hardware timer's own, whoever had it; else a free virtual one) and start it. */
static void timer_start(machine_timer_t *t) {
    kr_obj_t *r = roots(true);
    release(t);
    int s = -1;
    if (t->id >= 0) {
        s = t->id;
        if (r[s] != KR_OBJ_NULL) {
            release(KR_OBJ_TO_PTR(r[s]));   /* another object of the same hardware timer */
        }
    } else {
        for (int i = kr_port_timer_n_hw; i < kr_port_timer_n_slots; i++) {
            if (r[i] == KR_OBJ_NULL) {
                s = i;
                break;
            }
        }
        if (s < 0) {
            kr_raise_fmt(&kr_type_RuntimeError, "too many virtual timers (%d)", kr_port_timer_n_slots - kr_port_timer_n_hw);
        }
    }
    r[s] = KR_OBJ_FROM_PTR(t);
    t->slot = (int8_t)s;
    kr_machine_timer_slot_t *sl = &kr_port_timer_slots[s];
    kr_port_timer_clear_fired(s);
    sl->one_shot = t->mode == MODE_ONE_SHOT;
    kr_port_timer_start(s, t->period_us);
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

/* None and -1 both mean "not given" (MicroPython's defaults) */
static bool given(kr_obj_t o) {
    return o != KR_OBJ_NONE && !(kr_obj_is_int(o) && kr_obj_get_int(o) == -1);
}

/* freq (Hz) wins over period (in 1/tick_hz s, ms by default): microseconds, at least 1 */
static uint64_t period_from_args(const kr_arg_val_t *v) {
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
    return us < 1 ? 1 : (uint64_t)round(us);
}

static void timer_init_helper(machine_timer_t *t, size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    kr_arg_val_t v[N_INIT_ARGS];
    kr_arg_parse_all(n_args, args, kw, N_INIT_ARGS, timer_init_args, v);
    if (v[0].u_int != MODE_ONE_SHOT && v[0].u_int != MODE_PERIODIC) {
        kr_raise_msg(&kr_type_ValueError, "invalid mode");
    }
    uint64_t us = period_from_args(v);
    kr_port_timer_check(t->id, us);
    t->mode = (uint8_t)v[0].u_int;
    t->period_us = us;
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
    kr_port_timer_check(id, 0);
    machine_timer_t *t = kr_gc_alloc(sizeof(machine_timer_t), 0);
    t->base.type = &kr_machine_timer_type;
    t->id = (int8_t)id;
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
