/* machine_pin.c: machine.Pin of the qemu port: the mps2-an385 FPGA I/O's two user LEDs
 * (outputs, ids 0/1 or "LED0"/"LED1") and two push buttons (inputs, ids 2/3 or
 * "BTN0"/"BTN1"; QEMU models no button presses, so they read 0). Pull settings are kept
 * but change nothing. Pin state lives in the port (it survives a soft reset, like a
 * real pin's level). Pin.irq: the pins' levels are compared after each write through
 * Pin and on every SysTick (1 ms: other writes to the registers); an edge the irq wants
 * schedules its handler, as machine.Timer does. */
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "qemuport.h"

#if KR_MODULE_MACHINE && KR_MACHINE_PIN

#define FPGAIO_LED    (*(volatile uint32_t *)0x40028000u)
#define FPGAIO_BUTTON (*(volatile uint32_t *)0x40028008u)

#define MODE_IN         (0)
#define MODE_OUT        (1)
#define MODE_OPEN_DRAIN (2)
#define PULL_NONE       (0)
#define PULL_UP         (1)
#define PULL_DOWN       (2)

#define N_PINS   (4)
#define N_LEDS   (2)

typedef struct {
    kr_obj_base_t base;
    uint8_t index;       /* 0..1 LEDs, 2..3 buttons */
    kr_qstr_t name;
} machine_pin_t;

static const machine_pin_t pins[N_PINS] = {
    {{&kr_machine_pin_type}, 0, KR_QSTR_LED0},
    {{&kr_machine_pin_type}, 1, KR_QSTR_LED1},
    {{&kr_machine_pin_type}, 2, KR_QSTR_BTN0},
    {{&kr_machine_pin_type}, 3, KR_QSTR_BTN1},
};

static uint8_t pin_mode[N_PINS] = {MODE_OUT, MODE_OUT, MODE_IN, MODE_IN};
static uint8_t pin_pull[N_PINS];
static uint8_t pin_latch[N_PINS];   /* output value kept while a LED is an input */

static const machine_pin_t *pin_ptr(kr_obj_t self) {
    if (!kr_obj_is_type(self, &kr_machine_pin_type)) {
        kr_raise_msg(&kr_type_TypeError, "Pin object required");
    }
    return KR_OBJ_TO_PTR(self);
}

static bool is_led(const machine_pin_t *p) {
    return p->index < N_LEDS;
}

static void led_write(unsigned i, bool on) {
    uint32_t pm = kr_qemu_irq_save();
    uint32_t v = FPGAIO_LED;
    FPGAIO_LED = on ? (v | (1u << i)) : (v & ~(1u << i));
    kr_qemu_irq_restore(pm);
}

static int pin_read(const machine_pin_t *p) {
    if (is_led(p)) {
        return (int)((FPGAIO_LED >> p->index) & 1u);
    }
    return (int)((FPGAIO_BUTTON >> (p->index - N_LEDS)) & 1u);
}

/* ---------------------------------------------------------------- irq: the edges */

#define IRQ_RISING  (1)
#define IRQ_FALLING (2)

/* Interrupt side (static: a soft reset's new heap never leaves it pointing into freed
 * memory); the handlers are in kr_state.extra_roots[KR_ROOT_MACHINE_PIN]. */
static volatile uint8_t irq_trigger[N_PINS];   /* the edges each irq wants (0: off) */
static volatile uint8_t irq_pending[N_PINS];   /* edges seen, not yet given to the handler */
static volatile uint8_t irq_any;               /* some irq is on: sample the levels */
static uint8_t irq_levels;                     /* bit i: pin i's level at the last sample */
static uint8_t irq_queued[N_PINS];             /* the handler's call is in the schedule queue */
static uint8_t irq_flags[N_PINS];              /* the edges of the running (or last) call */

static uint8_t levels_now(void) {
    return (uint8_t)((FPGAIO_LED & 3u) | ((FPGAIO_BUTTON & 3u) << 2));
}

/* Compare the levels with the last sample (thread mode after a write, and SysTick). */
void kr_qemu_pin_sample(void) {
    if (!irq_any) {
        return;
    }
    uint32_t pm = kr_qemu_irq_save();
    uint8_t now = levels_now();
    uint8_t changed = now ^ irq_levels;
    irq_levels = now;
    for (int i = 0; changed != 0 && i < N_PINS; i++) {
        if (changed & (1u << i)) {
            uint8_t edge = (now & (1u << i)) ? IRQ_RISING : IRQ_FALLING;
            if (irq_trigger[i] & edge) {
                irq_pending[i] |= edge;
                kr_state.sched_pending = 1;
            }
        }
    }
    kr_qemu_irq_restore(pm);
}

/* value(x): drives an output; on an input it is kept for when the pin becomes one */
static void pin_write(const machine_pin_t *p, bool v) {
    pin_latch[p->index] = v;
    if (is_led(p) && pin_mode[p->index] != MODE_IN) {
        led_write(p->index, v);
        kr_qemu_pin_sample();
    }
}

static const machine_pin_t *pin_find(kr_obj_t id) {
    if (kr_obj_is_type(id, &kr_machine_pin_type)) {
        return KR_OBJ_TO_PTR(id);
    }
    if (kr_obj_is_str(id)) {
        size_t len;
        const char *s = kr_obj_str_get_data(id, &len);
        for (int i = 0; i < N_PINS; i++) {
            const char *n = kr_qstr_str(pins[i].name);
            if (strlen(n) == len && memcmp(n, s, len) == 0) {
                return &pins[i];
            }
        }
        kr_raise_fmt(&kr_type_ValueError, "unknown pin '%s' (LED0, LED1, BTN0, BTN1)", s);
    }
    kr_int_t i = kr_obj_get_int(id);
    if (i < 0 || i >= N_PINS) {
        kr_raise_fmt(&kr_type_ValueError, "invalid pin %d (0..3)", (int)i);
    }
    return &pins[i];
}

/* init(mode=-1, pull=-1, *, value=None): settings left out are unchanged */
static void pin_init_helper(const machine_pin_t *p, size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_mode, KR_ARG_OBJ, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_pull, KR_ARG_OBJ, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_value, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_drive, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_alt, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_NONE} },
    };
    kr_arg_val_t v[5];
    kr_arg_parse_all(n_args, args, kw, 5, allowed, v);
    int mode = pin_mode[p->index];
    int pull = pin_pull[p->index];
    if (v[0].u_obj != KR_OBJ_NULL && v[0].u_obj != KR_OBJ_NONE) {
        kr_int_t m = kr_obj_get_int(v[0].u_obj);
        if (m != -1) {
            if (m != MODE_IN && m != MODE_OUT && m != MODE_OPEN_DRAIN) {
                kr_raise_fmt(&kr_type_ValueError, "invalid pin mode %d", (int)m);
            }
            if (!is_led(p) && m != MODE_IN) {
                kr_raise_fmt(&kr_type_ValueError, "%s is an input", kr_qstr_str(p->name));
            }
            mode = (int)m;
        }
    }
    if (v[1].u_obj == KR_OBJ_NONE) {
        pull = PULL_NONE;
    } else if (v[1].u_obj != KR_OBJ_NULL) {
        kr_int_t u = kr_obj_get_int(v[1].u_obj);
        if (u != -1) {
            if (u != PULL_NONE && u != PULL_UP && u != PULL_DOWN) {
                kr_raise_fmt(&kr_type_ValueError, "invalid pin pull %d", (int)u);
            }
            pull = (int)u;
        }
    }
    if (v[3].u_obj != KR_OBJ_NONE || v[4].u_obj != KR_OBJ_NONE) {
        kr_raise_msg(&kr_type_ValueError, "drive and alt are fixed on this board");
    }
    pin_pull[p->index] = (uint8_t)pull;
    if (v[2].u_obj != KR_OBJ_NONE) {
        pin_latch[p->index] = kr_obj_is_true(v[2].u_obj);
    }
    pin_mode[p->index] = (uint8_t)mode;
    if (is_led(p) && mode != MODE_IN) {
        led_write(p->index, pin_latch[p->index]);
        kr_qemu_pin_sample();
    }
}

static kr_obj_t pin_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_args < 1) {
        kr_raise_msg(&kr_type_TypeError, "Pin() needs an id");
    }
    const machine_pin_t *p = pin_find(args[0]);
    if (n_args > 1 || n_kw > 0) {
        kr_map_t kw;
        kr_map_init(&kw, n_kw);
        for (size_t i = 0; i < n_kw; i++) {
            kr_map_lookup(&kw, args[n_args + 2 * i], KR_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = args[n_args + 2 * i + 1];
        }
        pin_init_helper(p, n_args - 1, args + 1, &kw);
    }
    return KR_OBJ_FROM_PTR(p);
}

static kr_obj_t pin_init(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    pin_init_helper(pin_ptr(args[0]), n_args - 1, args + 1, kw);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_KW(pin_init_obj, 1, 3, pin_init);

static kr_obj_t pin_value(size_t n_args, const kr_obj_t *args) {
    const machine_pin_t *p = pin_ptr(args[0]);
    if (n_args == 1) {
        return KR_NEW_SMALL_INT(pin_read(p));
    }
    pin_write(p, kr_obj_is_true(args[1]));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(pin_value_obj, 1, 2, pin_value);

static kr_obj_t pin_call(kr_obj_t self, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_arg_check_num(n_args, n_kw, 0, 1, false);
    kr_obj_t a[2] = {self, n_args ? args[0] : KR_OBJ_NULL};
    return pin_value(n_args + 1, a);
}

static kr_obj_t pin_on(kr_obj_t self) {
    pin_write(pin_ptr(self), true);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(pin_on_obj, pin_on);

static kr_obj_t pin_off(kr_obj_t self) {
    pin_write(pin_ptr(self), false);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(pin_off_obj, pin_off);

static kr_obj_t pin_toggle(kr_obj_t self) {
    const machine_pin_t *p = pin_ptr(self);
    pin_write(p, !(is_led(p) && pin_mode[p->index] == MODE_IN ? pin_latch[p->index] : pin_read(p)));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(pin_toggle_obj, pin_toggle);

/* mode([m]) and pull([p]): get, or set like init(mode=m) / init(pull=p) */
static kr_obj_t pin_mode_get_set(size_t n_args, const kr_obj_t *args) {
    const machine_pin_t *p = pin_ptr(args[0]);
    if (n_args == 1) {
        return KR_NEW_SMALL_INT(pin_mode[p->index]);
    }
    pin_init_helper(p, 1, args + 1, NULL);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(pin_mode_obj, 1, 2, pin_mode_get_set);

static kr_obj_t pin_pull_get_set(size_t n_args, const kr_obj_t *args) {
    const machine_pin_t *p = pin_ptr(args[0]);
    if (n_args == 1) {
        return pin_pull[p->index] == PULL_NONE ? KR_OBJ_NONE : KR_NEW_SMALL_INT(pin_pull[p->index]);
    }
    kr_obj_t a[2] = {KR_NEW_SMALL_INT(-1), args[1]};
    pin_init_helper(p, 2, a, NULL);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(pin_pull_obj, 1, 2, pin_pull_get_set);

/* ---------------------------------------------------------------- irq: the handlers */

static kr_obj_t *irq_handlers(bool create) {
    kr_obj_t r = kr_state.extra_roots[KR_ROOT_MACHINE_PIN];
    if (r == KR_OBJ_NULL && create) {
        r = KR_OBJ_FROM_PTR(kr_gc_alloc(N_PINS * sizeof(kr_obj_t), 0));
        kr_state.extra_roots[KR_ROOT_MACHINE_PIN] = r;
    }
    return r == KR_OBJ_NULL ? NULL : (kr_obj_t *)KR_OBJ_TO_PTR(r);
}

static kr_obj_t irq_dispatch(kr_obj_t pin);
static KR_DEFINE_FUN_1(irq_dispatch_obj, irq_dispatch);

/* kr_sched_hook part: one scheduled call per pin with edges (later ones join it) */
void kr_qemu_pin_poll(void) {
    if (!irq_any) {
        return;
    }
    kr_obj_t *h = irq_handlers(false);
    for (int i = 0; i < N_PINS; i++) {
        if (irq_pending[i] == 0 || irq_queued[i]) {
            continue;
        }
        if (h == NULL || h[i] == KR_OBJ_NULL) {
            irq_pending[i] = 0;
        } else if (kr_sched_schedule(KR_OBJ_FROM_PTR(&irq_dispatch_obj), KR_OBJ_FROM_PTR(&pins[i]))) {
            irq_queued[i] = 1;
        } else {
            kr_state.sched_pending = 1;   /* queue full: at the next check */
        }
    }
}

/* The scheduled call: handler(pin), irq.flags() = the edges it is for; an exception
 * (but KeyboardInterrupt and SystemExit) is printed, and the irq stays on. */
static kr_obj_t irq_dispatch(kr_obj_t pin) {
    const machine_pin_t *p = KR_OBJ_TO_PTR(pin);
    int i = p->index;
    irq_queued[i] = 0;
    uint32_t pm = kr_qemu_irq_save();
    uint8_t flags = irq_pending[i];
    irq_pending[i] = 0;
    kr_qemu_irq_restore(pm);
    kr_obj_t *h = irq_handlers(false);
    if (flags == 0 || h == NULL || h[i] == KR_OBJ_NULL) {
        return KR_OBJ_NONE;
    }
    irq_flags[i] = flags;
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_call1(h[i], pin);
        kr_nlr_pop();
    } else {
        kr_obj_t exc = (kr_obj_t)nlr.ret_val;
        if (kr_obj_is_instance(exc, &kr_type_KeyboardInterrupt) || kr_obj_is_instance(exc, &kr_type_SystemExit)) {
            kr_nlr_jump(nlr.ret_val);
        }
        kr_obj_exception_print_traceback(&kr_print_stderr, exc);
    }
    return KR_OBJ_NONE;
}

/* Each (re)initialisation: every irq is off (the handlers were on the old heap). */
void kr_qemu_pin_machine_init(void) {
    uint32_t pm = kr_qemu_irq_save();
    irq_any = 0;
    for (int i = 0; i < N_PINS; i++) {
        irq_trigger[i] = 0;
        irq_pending[i] = 0;
        irq_queued[i] = 0;
        irq_flags[i] = 0;
    }
    kr_qemu_irq_restore(pm);
}

/* The irq object of a pin (what Pin.irq returns): trigger() and flags(). */
typedef struct {
    kr_obj_base_t base;
    uint8_t index;
} machine_pin_irq_t;

static const kr_type_t pin_irq_type;
static const machine_pin_irq_t pin_irqs[N_PINS] = {
    {{&pin_irq_type}, 0}, {{&pin_irq_type}, 1}, {{&pin_irq_type}, 2}, {{&pin_irq_type}, 3},
};

static const machine_pin_irq_t *pin_irq_ptr(kr_obj_t self) {
    if (!kr_obj_is_type(self, &pin_irq_type)) {
        kr_raise_msg(&kr_type_TypeError, "irq object required");
    }
    return KR_OBJ_TO_PTR(self);
}

/* trigger(): the edges the irq wants; trigger(t) changes them (0: off) */
static kr_obj_t pin_irq_trigger(size_t n_args, const kr_obj_t *args) {
    const machine_pin_irq_t *q = pin_irq_ptr(args[0]);
    if (n_args == 1) {
        return KR_NEW_SMALL_INT(irq_trigger[q->index]);
    }
    kr_int_t t = kr_obj_get_int(args[1]);
    if (t < 0 || t > (IRQ_RISING | IRQ_FALLING)) {
        kr_raise_fmt(&kr_type_ValueError, "invalid trigger %d", (int)t);
    }
    kr_obj_t *h = irq_handlers(false);
    uint32_t pm = kr_qemu_irq_save();
    irq_trigger[q->index] = h != NULL && h[q->index] != KR_OBJ_NULL ? (uint8_t)t : 0;
    kr_qemu_irq_restore(pm);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(pin_irq_trigger_obj, 1, 2, pin_irq_trigger);

/* flags(): the edges the running (or last) handler call is for */
static kr_obj_t pin_irq_flags(kr_obj_t self) {
    return KR_NEW_SMALL_INT(irq_flags[pin_irq_ptr(self)->index]);
}
static KR_DEFINE_FUN_1(pin_irq_flags_obj, pin_irq_flags);

static const kr_map_elem_t pin_irq_locals_table[] = {
    { KR_ROM_QSTR(trigger), KR_ROM_PTR(&pin_irq_trigger_obj) },
    { KR_ROM_QSTR(flags), KR_ROM_PTR(&pin_irq_flags_obj) },
};
static KR_DEFINE_CONST_DICT(pin_irq_locals_dict, pin_irq_locals_table);

static const kr_type_t pin_irq_type = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_irq,
    .locals_dict = &pin_irq_locals_dict,
};

/* irq(handler=None, trigger=IRQ_FALLING | IRQ_RISING, *, priority, wake, hard): handler(pin)
 * runs as scheduled code after each wanted edge; None (or trigger 0) turns it off;
 * irq() alone returns the irq object unchanged. */
static kr_obj_t pin_irq(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_handler, KR_ARG_OBJ, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_trigger, KR_ARG_INT, {.u_int = IRQ_RISING | IRQ_FALLING} },
        { KR_QSTR_priority, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_wake, KR_ARG_OBJ | KR_ARG_KW_ONLY, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_hard, KR_ARG_BOOL | KR_ARG_KW_ONLY, {.u_bool = false} },
    };
    const machine_pin_t *p = pin_ptr(args[0]);
    int i = p->index;
    if (n_args > 1 || (kw != NULL && kw->used > 0)) {
        kr_arg_val_t v[5];
        kr_arg_parse_all(n_args - 1, args + 1, kw, 5, allowed, v);
        kr_obj_t handler = v[0].u_obj;
        kr_int_t t = v[1].u_int;
        if (t < 0 || t > (IRQ_RISING | IRQ_FALLING)) {
            kr_raise_fmt(&kr_type_ValueError, "invalid trigger %d", (int)t);
        }
        if (handler != KR_OBJ_NONE && !kr_obj_is_callable(handler)) {
            kr_raise_msg(&kr_type_TypeError, "handler must be callable or None");
        }
        if (handler == KR_OBJ_NONE) {
            t = 0;
        }
        kr_obj_t *h = irq_handlers(true);
        uint32_t pm = kr_qemu_irq_save();
        irq_trigger[i] = 0;
        irq_pending[i] = 0;
        h[i] = t != 0 ? handler : KR_OBJ_NULL;
        if (t != 0) {
            if (!irq_any) {
                irq_levels = levels_now();
            }
            irq_any = 1;
            irq_trigger[i] = (uint8_t)t;
        }
        kr_qemu_irq_restore(pm);
    }
    return KR_OBJ_FROM_PTR(&pin_irqs[i]);
}
static KR_DEFINE_FUN_KW(pin_irq_obj, 1, 3, pin_irq);

static void pin_print(const kr_print_t *pr, kr_obj_t self, kr_print_kind_t kind) {
    const machine_pin_t *p = KR_OBJ_TO_PTR(self);
    static const char *const modes[] = {"IN", "OUT", "OPEN_DRAIN"};
    kr_printf(pr, "Pin(%s, mode=%s", kr_qstr_str(p->name), modes[pin_mode[p->index]]);
    if (pin_pull[p->index] != PULL_NONE) {
        kr_printf(pr, ", pull=%s", pin_pull[p->index] == PULL_UP ? "PULL_UP" : "PULL_DOWN");
    }
    kr_print_str(pr, ")");
}

static const kr_map_elem_t pin_locals_table[] = {
    { KR_ROM_QSTR(init), KR_ROM_PTR(&pin_init_obj) },
    { KR_ROM_QSTR(value), KR_ROM_PTR(&pin_value_obj) },
    { KR_ROM_QSTR(on), KR_ROM_PTR(&pin_on_obj) },
    { KR_ROM_QSTR(off), KR_ROM_PTR(&pin_off_obj) },
    { KR_ROM_QSTR(high), KR_ROM_PTR(&pin_on_obj) },
    { KR_ROM_QSTR(low), KR_ROM_PTR(&pin_off_obj) },
    { KR_ROM_QSTR(toggle), KR_ROM_PTR(&pin_toggle_obj) },
    { KR_ROM_QSTR(mode), KR_ROM_PTR(&pin_mode_obj) },
    { KR_ROM_QSTR(pull), KR_ROM_PTR(&pin_pull_obj) },
    { KR_ROM_QSTR(irq), KR_ROM_PTR(&pin_irq_obj) },
    { KR_ROM_QSTR(IN), KR_ROM_INT(MODE_IN) },
    { KR_ROM_QSTR(OUT), KR_ROM_INT(MODE_OUT) },
    { KR_ROM_QSTR(OPEN_DRAIN), KR_ROM_INT(MODE_OPEN_DRAIN) },
    { KR_ROM_QSTR(PULL_UP), KR_ROM_INT(PULL_UP) },
    { KR_ROM_QSTR(PULL_DOWN), KR_ROM_INT(PULL_DOWN) },
    { KR_ROM_QSTR(IRQ_RISING), KR_ROM_INT(IRQ_RISING) },
    { KR_ROM_QSTR(IRQ_FALLING), KR_ROM_INT(IRQ_FALLING) },
};
static KR_DEFINE_CONST_DICT(pin_locals_dict, pin_locals_table);

const kr_type_t kr_machine_pin_type = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_Pin,
    .print = pin_print,
    .make_new = pin_make_new,
    .call = pin_call,
    .locals_dict = &pin_locals_dict,
};

#endif /* KR_MODULE_MACHINE && KR_MACHINE_PIN */
