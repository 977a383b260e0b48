/* modmachine.c: the machine module of the qemu port: resets and their cause, clock, unique
 * id, idle, interrupt masking, raw memory access (mem8/mem16/mem32), and the classes of
 * machine_pin.c, machine_uart.c, machine_timer.c and machine_wdt.c. */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "boot.h"
#include "qemuport.h"
#include "modules/machine_timer.h"
#include "modules/machine.h"

#if KR_MODULE_MACHINE

/* ---------------------------------------------------------------- resets */

static kr_obj_t machine_reset(void) {
    kr_qemu_system_reset();
}
static KR_DEFINE_FUN_0(machine_reset_obj, machine_reset);

/* Soft reset: SystemExit unwinds Python code; the REPL and the boot flow (core/boot.c)
 * turn it into a soft reset, as Ctrl-D does. */
static kr_obj_t machine_soft_reset(void) {
    kr_boot_soft_reset_request();
}
static KR_DEFINE_FUN_0(machine_soft_reset_obj, machine_soft_reset);

/* QEMU models no reset-cause register: the firmware records the cause in a RAM word kept
 * across resets (startup.c) before it resets the board (reset(), a fault, the watchdog). */
static kr_obj_t machine_reset_cause(void) {
    return KR_NEW_SMALL_INT(kr_qemu_reset_cause());
}
static KR_DEFINE_FUN_0(machine_reset_cause_obj, machine_reset_cause);

/* ---------------------------------------------------------------- clock, id, idle */

static kr_obj_t machine_freq(size_t n_args, const kr_obj_t *args) {
    if (n_args == 1 && kr_obj_get_int(args[0]) != (kr_int_t)KR_QEMU_CORE_CLOCK_HZ) {
        kr_raise_msg(&kr_type_ValueError, "frequency is fixed on this board");
    }
    return kr_obj_new_int((kr_int_t)KR_QEMU_CORE_CLOCK_HZ);
}
static KR_DEFINE_FUN_VAR(machine_freq_obj, 0, 1, machine_freq);

/* 8 bytes: the CPUID register, then a fixed board serial (QEMU has no unique id). */
static kr_obj_t machine_unique_id(void) {
    uint32_t cpuid = *(volatile uint32_t *)0xE000ED00u;
    uint8_t id[8] = {(uint8_t)cpuid, (uint8_t)(cpuid >> 8), (uint8_t)(cpuid >> 16),
                     (uint8_t)(cpuid >> 24), 'K', 'R', 0x03, 0x85};
    return kr_obj_new_bytes(id, sizeof(id));
}
static KR_DEFINE_FUN_0(machine_unique_id_obj, machine_unique_id);

static kr_obj_t machine_idle(void) {
    __asm volatile("wfi");
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_0(machine_idle_obj, machine_idle);

/* Returns the previous PRIMASK (1 = interrupts were already off). */
static kr_obj_t machine_disable_irq(void) {
    uint32_t primask;
    __asm volatile("mrs %0, primask\n cpsid i" : "=r"(primask) : : "memory");
    return KR_NEW_SMALL_INT(primask & 1);
}
static KR_DEFINE_FUN_0(machine_disable_irq_obj, machine_disable_irq);

/* enable_irq(state=0): restore what disable_irq returned (0 = enable). */
static kr_obj_t machine_enable_irq(size_t n_args, const kr_obj_t *args) {
    bool stay_off = n_args > 0 && kr_obj_is_true(args[0]);
    if (!stay_off) {
        __asm volatile("cpsie i" : : : "memory");
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(machine_enable_irq_obj, 0, 1, machine_enable_irq);

/* ---------------------------------------------------------------- mem8/mem16/mem32 */

typedef struct {
    kr_obj_base_t base;
    uint8_t width;   /* bytes: 1, 2 or 4 */
} machine_mem_t;

/* Any int, taken modulo 2**32 (addresses and values above the small-int range are big
 * ints on a 32-bit board). */
static uint32_t get_u32(kr_obj_t o) {
    kr_int_t v;
    if (kr_obj_int_get_checked(o, &v)) {
        return (uint32_t)v;
    }
    if (!kr_obj_is_int(o)) {
        kr_obj_get_int(o);   /* raises the TypeError */
    }
    kr_obj_t mask = KR_NEW_SMALL_INT(0xffff);
    kr_obj_t lo = kr_obj_int_binary_op(KR_BINARY_OP_AND, o, mask);
    kr_obj_t hi = kr_obj_int_binary_op(KR_BINARY_OP_RSHIFT, o, KR_NEW_SMALL_INT(16));
    hi = kr_obj_int_binary_op(KR_BINARY_OP_AND, hi, mask);
    return (uint32_t)kr_obj_get_int(lo) | ((uint32_t)kr_obj_get_int(hi) << 16);
}

static kr_obj_t machine_mem_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    const machine_mem_t *m = KR_OBJ_TO_PTR(self);
    if (value == KR_OBJ_NULL) {
        return KR_OBJ_NULL;   /* del mem32[...] unsupported */
    }
    uint32_t addr = get_u32(index);
    if (addr & (m->width - 1u)) {
        kr_raise(kr_obj_new_exception_fmt(&kr_type_ValueError, "memory address not aligned to %u bytes",
                                          (unsigned)m->width));
    }
    if (value == KR_OBJ_SENTINEL) {
        switch (m->width) {
            case 1: return KR_NEW_SMALL_INT(*(volatile uint8_t *)addr);
            case 2: return KR_NEW_SMALL_INT(*(volatile uint16_t *)addr);
            default: return kr_obj_new_int_from_uint(*(volatile uint32_t *)addr);
        }
    }
    uint32_t v = get_u32(value);
    switch (m->width) {
        case 1: *(volatile uint8_t *)addr = (uint8_t)v; break;
        case 2: *(volatile uint16_t *)addr = (uint16_t)v; break;
        default: *(volatile uint32_t *)addr = v; break;
    }
    return KR_OBJ_NONE;
}

static void machine_mem_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    const machine_mem_t *m = KR_OBJ_TO_PTR(self);
    kr_printf(p, "<%u-bit memory>", 8u * m->width);
}

static const kr_type_t machine_mem_type = {
    .base = {&kr_type_type},
    .name = KR_QSTR_mem,
    .print = machine_mem_print,
    .subscr = machine_mem_subscr,
};

static const machine_mem_t machine_mem8_obj = {{&machine_mem_type}, 1};
static const machine_mem_t machine_mem16_obj = {{&machine_mem_type}, 2};
static const machine_mem_t machine_mem32_obj = {{&machine_mem_type}, 4};

/* ---------------------------------------------------------------- peripherals */

/* Each (re)initialisation of the interpreter: what interrupts did for the old heap's
 * objects stops (pin irqs, timers, UART receive); pin levels and the watchdog carry on. */
void kr_qemu_machine_init(void) {
#if KR_MACHINE_PIN
    kr_qemu_pin_machine_init();
#endif
#if KR_MACHINE_TIMER
    kr_qemu_timer_init();
#endif
#if KR_MACHINE_UART
    kr_qemu_uart_machine_init();
#endif
}

void kr_qemu_machine_poll(void) {
#if KR_MACHINE_PIN
    kr_qemu_pin_poll();
#endif
#if KR_MACHINE_TIMER
    kr_machine_timer_poll();
#endif
}

/* ---------------------------------------------------------------- the module */

static const kr_map_elem_t machine_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(machine) },
    { KR_ROM_QSTR(reset), KR_ROM_PTR(&machine_reset_obj) },
    { KR_ROM_QSTR(soft_reset), KR_ROM_PTR(&machine_soft_reset_obj) },
    { KR_ROM_QSTR(reset_cause), KR_ROM_PTR(&machine_reset_cause_obj) },
    { KR_ROM_QSTR(freq), KR_ROM_PTR(&machine_freq_obj) },
    { KR_ROM_QSTR(unique_id), KR_ROM_PTR(&machine_unique_id_obj) },
    { KR_ROM_QSTR(idle), KR_ROM_PTR(&machine_idle_obj) },
    { KR_ROM_QSTR(disable_irq), KR_ROM_PTR(&machine_disable_irq_obj) },
    { KR_ROM_QSTR(enable_irq), KR_ROM_PTR(&machine_enable_irq_obj) },
    { KR_ROM_QSTR(mem8), KR_ROM_PTR(&machine_mem8_obj) },
    { KR_ROM_QSTR(mem16), KR_ROM_PTR(&machine_mem16_obj) },
    { KR_ROM_QSTR(mem32), KR_ROM_PTR(&machine_mem32_obj) },
#if KR_MACHINE_PIN
    { KR_ROM_QSTR(Pin), KR_ROM_PTR(&kr_machine_pin_type) },
#endif
#if KR_MACHINE_UART
    { KR_ROM_QSTR(UART), KR_ROM_PTR(&kr_machine_uart_type) },
#endif
#if KR_MACHINE_TIMER
    { KR_ROM_QSTR(Timer), KR_ROM_PTR(&kr_machine_timer_type) },
#endif
#if KR_MACHINE_WDT
    { KR_ROM_QSTR(WDT), KR_ROM_PTR(&kr_machine_wdt_type) },
#endif
#if KR_MACHINE_SIGNAL
    { KR_ROM_QSTR(Signal), KR_ROM_PTR(&kr_machine_signal_type) },
#endif
#if KR_MACHINE_RTC
    { KR_ROM_QSTR(RTC), KR_ROM_PTR(&kr_machine_rtc_type) },
#endif
    { KR_ROM_QSTR(PWRON_RESET), KR_ROM_INT(1) },
    { KR_ROM_QSTR(HARD_RESET), KR_ROM_INT(2) },
    { KR_ROM_QSTR(WDT_RESET), KR_ROM_INT(3) },
    { KR_ROM_QSTR(DEEPSLEEP_RESET), KR_ROM_INT(4) },
    { KR_ROM_QSTR(SOFT_RESET), KR_ROM_INT(5) },
};
static KR_DEFINE_CONST_DICT(machine_globals, machine_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_machine, machine_globals);

#endif /* KR_MODULE_MACHINE */
