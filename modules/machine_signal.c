/* machine_signal.c: machine.Signal, shared by the ports: a pin (any object with a value()
 * method, like machine.Pin) seen as active-high or, with invert=True, active-low. */
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "objmodule.h"
#include "modules/machine.h"

#if KR_MODULE_MACHINE && KR_MACHINE_SIGNAL

typedef struct {
    kr_obj_base_t base;
    kr_obj_t pin;
    bool invert;
} machine_signal_t;

static machine_signal_t *signal_ptr(kr_obj_t self) {
    if (!kr_obj_is_type(self, &kr_machine_signal_type)) {
        kr_raise_msg(&kr_type_TypeError, "Signal object required");
    }
    return KR_OBJ_TO_PTR(self);
}

/* Signal(pin, *, invert=False), or Signal(pin arguments..., invert=False): the other
 * arguments make a machine.Pin first. */
static kr_obj_t signal_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (n_args < 1) {
        kr_raise_msg(&kr_type_TypeError, "Signal() needs a pin");
    }
    bool invert = false;
    size_t n_pin_kw = 0;
    kr_obj_t *pin_args = kr_gc_alloc((n_args + 2 * n_kw) * sizeof(kr_obj_t), 0);
    for (size_t i = 0; i < n_args; i++) {
        pin_args[i] = args[i];
    }
    for (size_t i = 0; i < n_kw; i++) {
        kr_obj_t key = args[n_args + 2 * i], value = args[n_args + 2 * i + 1];
        if (key == KR_ROM_QSTR(invert)) {
            invert = kr_obj_is_true(value);
        } else {
            pin_args[n_args + 2 * n_pin_kw] = key;
            pin_args[n_args + 2 * n_pin_kw + 1] = value;
            n_pin_kw++;
        }
    }
    kr_obj_t pin = args[0];
    kr_obj_t method[2];
    kr_load_method_maybe(pin, KR_QSTR_value, method);
    if (method[0] == KR_OBJ_NULL || n_args > 1 || n_pin_kw > 0) {
        kr_obj_t pin_type = kr_load_attr_maybe(KR_OBJ_FROM_PTR(&kr_module_machine), KR_QSTR_Pin);
        if (pin_type == KR_OBJ_NULL) {
            kr_raise_msg(&kr_type_TypeError, "Signal() needs an object with a value() method (no machine.Pin here)");
        }
        pin = kr_call(pin_type, n_args, n_pin_kw, pin_args);
    }
    machine_signal_t *s = kr_gc_alloc(sizeof(machine_signal_t), 0);
    s->base.type = &kr_machine_signal_type;
    s->pin = pin;
    s->invert = invert;
    return KR_OBJ_FROM_PTR(s);
}

static kr_obj_t signal_get(machine_signal_t *s) {
    kr_obj_t v = kr_call_method(s->pin, KR_QSTR_value, 0, NULL);
    return KR_NEW_SMALL_INT(kr_obj_is_true(v) != s->invert);
}

static void signal_set(machine_signal_t *s, bool on) {
    kr_obj_t v = KR_NEW_SMALL_INT(on != s->invert);
    kr_call_method(s->pin, KR_QSTR_value, 1, &v);
}

/* value([x]): the signal's level, 1 = active (the pin's level unless inverted) */
static kr_obj_t signal_value(size_t n_args, const kr_obj_t *args) {
    machine_signal_t *s = signal_ptr(args[0]);
    if (n_args == 1) {
        return signal_get(s);
    }
    signal_set(s, kr_obj_is_true(args[1]));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(signal_value_obj, 1, 2, signal_value);

static kr_obj_t signal_call(kr_obj_t self, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_arg_check_num(n_args, n_kw, 0, 1, false);
    kr_obj_t a[2] = {self, n_args ? args[0] : KR_OBJ_NULL};
    return signal_value(n_args + 1, a);
}

static kr_obj_t signal_on(kr_obj_t self) {
    signal_set(signal_ptr(self), true);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(signal_on_obj, signal_on);

static kr_obj_t signal_off(kr_obj_t self) {
    signal_set(signal_ptr(self), false);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(signal_off_obj, signal_off);

static void signal_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    machine_signal_t *s = KR_OBJ_TO_PTR(self);
    kr_print_str(p, "Signal(");
    kr_obj_print(p, s->pin, KR_PRINT_REPR);
    kr_printf(p, ", invert=%s)", s->invert ? "True" : "False");
}

static const kr_map_elem_t signal_locals_table[] = {
    { KR_ROM_QSTR(value), KR_ROM_PTR(&signal_value_obj) },
    { KR_ROM_QSTR(on), KR_ROM_PTR(&signal_on_obj) },
    { KR_ROM_QSTR(off), KR_ROM_PTR(&signal_off_obj) },
};
static KR_DEFINE_CONST_DICT(signal_locals_dict, signal_locals_table);

const kr_type_t kr_machine_signal_type = {
    .base = {&kr_type_type},
    .name = KR_QSTR_Signal,
    .print = signal_print,
    .make_new = signal_make_new,
    .call = signal_call,
    .locals_dict = &signal_locals_dict,
};

#endif /* KR_MODULE_MACHINE && KR_MACHINE_SIGNAL */
