/* clock.c: SysTick as the 1 ms tick of the qemu port and the clock hooks of core/port.h
 * (ticks_ms/us/cpu, a wall clock starting 2000-01-01 at boot, an interruptible sleep). */
#include <stdint.h>
#include "obj.h"
#include "runtime.h"
#include "port.h"
#include "qemuport.h"

#define SYST_CSR (*(volatile uint32_t *)0xE000E010u)
#define SYST_RVR (*(volatile uint32_t *)0xE000E014u)
#define SYST_CVR (*(volatile uint32_t *)0xE000E018u)

#define CYCLES_PER_MS (KR_QEMU_CORE_CLOCK_HZ / 1000u)
#define CYCLES_PER_US (KR_QEMU_CORE_CLOCK_HZ / 1000000u)
#define EPOCH_2000_S  (946684800LL)   /* 2000-01-01T00:00:00Z in Unix seconds */

static volatile uint32_t ticks_ms_lo;   /* incremented by the SysTick interrupt */
static volatile uint32_t ticks_ms_hi;   /* wraps of ticks_ms_lo */

void kr_qemu_systick_init(void) {
    SYST_RVR = CYCLES_PER_MS - 1u;
    SYST_CVR = 0;
    SYST_CSR = 0x7;   /* processor clock, interrupt, enable */
}

void kr_qemu_systick_handler(void) {
    if (++ticks_ms_lo == 0) {
        ticks_ms_hi++;
    }
#if KR_MODULE_MACHINE && KR_MACHINE_TIMER
    kr_qemu_vtimer_tick(ticks_ms_lo);   /* machine.Timer(-1) */
#endif
}

/* A consistent (milliseconds, cycles into the current millisecond) pair. */
static uint64_t read_clock(uint32_t *cycles_in_ms) {
    uint32_t hi, lo, cvr;
    do {
        hi = ticks_ms_hi;
        lo = ticks_ms_lo;
        cvr = SYST_CVR;
    } while (lo != ticks_ms_lo || hi != ticks_ms_hi);
    *cycles_in_ms = CYCLES_PER_MS - 1u - cvr;
    return ((uint64_t)hi << 32) | lo;
}

uint64_t kr_port_ticks_ms(void) {
    uint32_t cyc;
    return read_clock(&cyc);
}

uint64_t kr_port_ticks_us(void) {
    uint32_t cyc;
    uint64_t ms = read_clock(&cyc);
    return ms * 1000u + cyc / CYCLES_PER_US;
}

uint64_t kr_port_ticks_cpu(void) {
    uint32_t cyc;
    uint64_t ms = read_clock(&cyc);
    return ms * CYCLES_PER_MS + cyc;
}

int64_t kr_port_time_ns(void) {
    return EPOCH_2000_S * 1000000000LL + (int64_t)kr_port_ticks_us() * 1000;
}

/* Sleep with wfi between ticks (spin for the last millisecond); a pending
 * KeyboardInterrupt ends the sleep. */
void kr_port_sleep_us(uint64_t us) {
    uint64_t end = kr_port_ticks_us() + us;
    for (;;) {
        kr_handle_pending();
        uint64_t now = kr_port_ticks_us();
        if (now >= end) {
            break;
        }
        if (end - now > 1000u) {
            __asm volatile("wfi");
        }
    }
}
