/* machine_wdt.c: machine.WDT of the qemu port on the CMSDK APB watchdog (0x40008000,
 * 25 MHz). Started by WDT(), fed by feed(), never stopped (a soft reset keeps it running;
 * a second WDT() only sets a new timeout). QEMU wires the watchdog's interrupt (its first
 * expiry) to the NMI: the NMI handler records WDT_RESET and resets the board at once, so
 * timeout= is the time to the reset. (Left alone, QEMU's model also resets at the second
 * expiry when the reset enable is set; the reset cause word already says WDT then.) */
#include "obj.h"
#include "runtime.h"
#include "qemuport.h"

#if KR_MODULE_MACHINE && KR_MACHINE_WDT

#define WDOG_BASE    0x40008000u
#define WDOG_LOAD    (*(volatile uint32_t *)(WDOG_BASE + 0x000))
#define WDOG_CONTROL (*(volatile uint32_t *)(WDOG_BASE + 0x008))
#define WDOG_INTCLR  (*(volatile uint32_t *)(WDOG_BASE + 0x00C))
#define WDOG_RIS     (*(volatile uint32_t *)(WDOG_BASE + 0x010))
#define WDOG_LOCK    (*(volatile uint32_t *)(WDOG_BASE + 0xC00))
#define WDOG_UNLOCK_KEY 0x1ACCE551u
#define CONTROL_INTEN (1u << 0)
#define CONTROL_RESEN (1u << 1)

#define CYCLES_PER_MS (KR_QEMU_CORE_CLOCK_HZ / 1000u)
#define MAX_TIMEOUT_MS (0xffffffffu / CYCLES_PER_MS)   /* 171798 ms */

typedef struct {
    kr_obj_base_t base;
} machine_wdt_t;

static const machine_wdt_t wdt_obj = {{&kr_machine_wdt_type}};

void kr_qemu_wdt_nmi(void) {
    if (WDOG_RIS & 1u) {
        kr_qemu_system_reset_cause(KR_QEMU_WDT_RESET);
    }
}

static void wdt_feed_hw(void) {
    WDOG_LOCK = WDOG_UNLOCK_KEY;
    WDOG_INTCLR = 1;   /* clears the interrupt and reloads the counter */
    WDOG_LOCK = 0;
}

static kr_obj_t wdt_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_id, KR_ARG_INT, {.u_int = 0} },
        { KR_QSTR_timeout, KR_ARG_INT, {.u_int = 5000} },
    };
    kr_map_t kw;
    kr_map_init(&kw, n_kw);
    for (size_t i = 0; i < n_kw; i++) {
        kr_map_lookup(&kw, args[n_args + 2 * i], KR_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = args[n_args + 2 * i + 1];
    }
    kr_arg_val_t v[2];
    kr_arg_parse_all(n_args, args, &kw, 2, allowed, v);
    if (v[0].u_int != 0) {
        kr_raise_fmt(&kr_type_ValueError, "WDT(%d) doesn't exist", (int)v[0].u_int);
    }
    if (v[1].u_int < 1 || (kr_uint_t)v[1].u_int > MAX_TIMEOUT_MS) {
        kr_raise_fmt(&kr_type_ValueError, "timeout must be 1..%u ms", (unsigned)MAX_TIMEOUT_MS);
    }
    /* any reset from now on that the firmware did not ask for is the watchdog's */
    kr_qemu_reset_cause_set_next(KR_QEMU_WDT_RESET);
    WDOG_LOCK = WDOG_UNLOCK_KEY;
    WDOG_LOAD = (uint32_t)v[1].u_int * CYCLES_PER_MS;   /* also restarts the count */
    WDOG_INTCLR = 1;
    WDOG_CONTROL = CONTROL_INTEN | CONTROL_RESEN;
    WDOG_LOCK = 0;
    return KR_OBJ_FROM_PTR(&wdt_obj);
}

static kr_obj_t wdt_feed(kr_obj_t self) {
    wdt_feed_hw();
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(wdt_feed_obj, wdt_feed);

static const kr_map_elem_t wdt_locals_table[] = {
    { KR_ROM_QSTR(feed), KR_ROM_PTR(&wdt_feed_obj) },
};
static KR_DEFINE_CONST_DICT(wdt_locals_dict, wdt_locals_table);

const kr_type_t kr_machine_wdt_type = {
    .base = {&kr_type_type},
    .name = KR_QSTR_WDT,
    .make_new = wdt_make_new,
    .locals_dict = &wdt_locals_dict,
};

#endif /* KR_MODULE_MACHINE && KR_MACHINE_WDT */
