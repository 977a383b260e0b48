/* clock.c: the clock of the qemu port: the CMSDK dual timer's first counter runs free at
 * 25 MHz and is extended to 64 bits (time.ticks_ms/us/cpu); the wall clock (time.time,
 * machine.RTC) is an offset over it, 2000-01-01 at power-on, kept across a system reset;
 * SysTick interrupts every 1 ms wake sleeps and drive virtual timers. (Counting SysTick
 * interrupts instead loses ticks when QEMU runs on a loaded host.) */
#include <stdint.h>
#include "obj.h"
#include "runtime.h"
#include "port.h"
#include "qemuport.h"
#include "modules/machine.h"

#define SYST_CSR (*(volatile uint32_t *)0xE000E010u)
#define SYST_RVR (*(volatile uint32_t *)0xE000E014u)
#define SYST_CVR (*(volatile uint32_t *)0xE000E018u)

#define CYCLES_PER_MS (KR_QEMU_CORE_CLOCK_HZ / 1000u)
#define CYCLES_PER_US (KR_QEMU_CORE_CLOCK_HZ / 1000000u)
#define EPOCH_2000_S  (946684800LL)   /* 2000-01-01T00:00:00Z in Unix seconds */

/* CMSDK dual timer, counter 1: 32-bit, free-running, no interrupt, counts down */
#define DUALTIMER1_LOAD    (*(volatile uint32_t *)0x40002000u)
#define DUALTIMER1_VALUE   (*(volatile uint32_t *)0x40002004u)
#define DUALTIMER1_CONTROL (*(volatile uint32_t *)0x40002008u)
#define DUALTIMER_ENABLE   (1u << 7)
#define DUALTIMER_32BIT    (1u << 1)

static uint32_t last_up;      /* the last reading, counting up */
static uint64_t high;         /* 2**32 times the wraps seen */

/* The board has no RTC: the wall clock is rtc_offset_us + the microseconds since boot.
 * Before a system reset kr_qemu_rtc_save() leaves the time in .noinit RAM (QEMU keeps it
 * across the reset, as a battery keeps a real RTC), and the next boot goes on from it. */
#define RTC_MAGIC 0x4b525443u   /* "KRTC" */
static volatile uint32_t rtc_word[3] __attribute__((section(".noinit")));
static int64_t rtc_offset_us = EPOCH_2000_S * 1000000LL;

void kr_qemu_rtc_save(void) {
    int64_t now = rtc_offset_us + (int64_t)kr_port_ticks_us();
    rtc_word[1] = (uint32_t)(uint64_t)now;
    rtc_word[2] = (uint32_t)((uint64_t)now >> 32);
    rtc_word[0] = RTC_MAGIC;
}

void kr_qemu_systick_init(void) {
    if (rtc_word[0] == RTC_MAGIC) {
        rtc_offset_us = (int64_t)(((uint64_t)rtc_word[2] << 32) | rtc_word[1]);
    }
    rtc_word[0] = 0;   /* a reset that does not save (a lockup) starts at 2000 again */
    last_up = 0;
    high = 0;
    DUALTIMER1_CONTROL = 0;
    DUALTIMER1_LOAD = 0xffffffffu;
    DUALTIMER1_CONTROL = DUALTIMER_ENABLE | DUALTIMER_32BIT;   /* free-running mode, /1 */
    SYST_RVR = CYCLES_PER_MS - 1u;
    SYST_CVR = 0;
    SYST_CSR = 0x7;   /* processor clock, interrupt, enable */
}

/* Cycles since boot; the counter wraps every 171 s, and is read at least every 1 ms (the
 * SysTick interrupt), so every wrap is seen. */
static uint64_t read_cycles(void) {
    uint32_t pm = kr_qemu_irq_save();
    uint32_t up = 0xffffffffu - DUALTIMER1_VALUE;
    if (up < last_up) {
        high += (uint64_t)1 << 32;
    }
    last_up = up;
    uint64_t c = high + up;
    kr_qemu_irq_restore(pm);
    return c;
}

void kr_qemu_systick_handler(void) {
    uint64_t c = read_cycles();
#if KR_MODULE_MACHINE && KR_MACHINE_TIMER
    kr_qemu_vtimer_tick((uint32_t)(c / CYCLES_PER_MS));   /* machine.Timer(-1) */
#else
    (void)c;
#endif
#if KR_MODULE_MACHINE && KR_MACHINE_PIN
    kr_qemu_pin_sample();   /* Pin.irq: edges not made through Pin (mem32, buttons) */
#endif
}

uint64_t kr_port_ticks_ms(void) {
    return read_cycles() / CYCLES_PER_MS;
}

uint64_t kr_port_ticks_us(void) {
    return read_cycles() / CYCLES_PER_US;
}

uint64_t kr_port_ticks_cpu(void) {
    return read_cycles();
}

int64_t kr_port_time_ns(void) {
    return (rtc_offset_us + (int64_t)kr_port_ticks_us()) * 1000;
}

#if KR_MODULE_MACHINE && KR_MACHINE_RTC
/* machine.RTC: local time is UTC on the board (no time zones) */
int64_t kr_port_rtc_get_us(void) {
    return rtc_offset_us + (int64_t)kr_port_ticks_us();
}

void kr_port_rtc_set_us(int64_t us) {
    rtc_offset_us = us - (int64_t)kr_port_ticks_us();
}
#endif

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
