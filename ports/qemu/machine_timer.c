/* machine_timer.c: the qemu port's side of machine.Timer (the hooks of
 * modules/machine_timer.h): ids 0 and 1 are the CMSDK APB timers (25 MHz, IRQ 8/9), -1 a
 * virtual timer on the 1 ms SysTick. The interrupts only count expiries. */
#include "obj.h"
#include "runtime.h"
#include "port.h"
#include "qemuport.h"
#include "modules/machine_timer.h"

#if KR_MODULE_MACHINE && KR_MACHINE_TIMER

#define N_HW   (2)
#define N_VIRT (8)
#define N_SLOTS (N_HW + N_VIRT)

#define TIMER_BASE(i)  (0x40000000u + 0x1000u * (uint32_t)(i))
#define TIMER_CTRL(i)   (*(volatile uint32_t *)(TIMER_BASE(i) + 0x0))
#define TIMER_VALUE(i)  (*(volatile uint32_t *)(TIMER_BASE(i) + 0x4))
#define TIMER_RELOAD(i) (*(volatile uint32_t *)(TIMER_BASE(i) + 0x8))
#define TIMER_INT(i)    (*(volatile uint32_t *)(TIMER_BASE(i) + 0xC))
#define TIMER_IRQ(i)    (8 + (i))
#define CTRL_ENABLE     (1u << 0)
#define CTRL_IRQ_EN     (1u << 3)

#define MIN_HW_CYCLES   (250u)   /* 10 us: 100 kHz at most */

#define CYCLES_PER_US   (KR_QEMU_CORE_CLOCK_HZ / 1000000u)

/* Slots 0..1 are the hardware timers, 2.. the virtual ones, whose timing is here. */
typedef struct {
    uint32_t period_ms;
    volatile uint32_t due_ms;    /* next expiry (SysTick ms) */
} vtime_t;

kr_machine_timer_slot_t kr_port_timer_slots[N_SLOTS];
static vtime_t vtimes[N_VIRT];

void kr_port_timer_stop(int s) {
    if (s < N_HW) {
        TIMER_CTRL(s) = 0;
        TIMER_INT(s) = 1;
        NVIC_ICER0 = 1u << TIMER_IRQ(s);
        NVIC_ICPR0 = 1u << TIMER_IRQ(s);
    }
    uint32_t pm = kr_qemu_irq_save();
    kr_port_timer_slots[s].active = 0;
    kr_port_timer_slots[s].fired = 0;
    kr_qemu_irq_restore(pm);
}

/* ---------------------------------------------------------------- interrupts */

static void hw_irq(int i) {
    TIMER_INT(i) = 1;
    if (kr_port_timer_slots[i].one_shot) {
        TIMER_CTRL(i) = 0;
    }
    kr_machine_timer_expired(&kr_port_timer_slots[i]);
}

void kr_qemu_timer0_handler(void) {
    hw_irq(0);
}

void kr_qemu_timer1_handler(void) {
    hw_irq(1);
}

void kr_qemu_vtimer_tick(uint32_t now_ms) {
    for (int i = N_HW; i < N_SLOTS; i++) {
        vtime_t *v = &vtimes[i - N_HW];
        if (kr_port_timer_slots[i].active && (int32_t)(now_ms - v->due_ms) >= 0) {
            kr_machine_timer_expired(&kr_port_timer_slots[i]);
            v->due_ms += v->period_ms;
            if ((int32_t)(now_ms - v->due_ms) >= 0) {
                v->due_ms = now_ms + v->period_ms;   /* fell behind: no burst */
            }
        }
    }
}

/* ---------------------------------------------------------------- the shared layer's hooks */

const int kr_port_timer_n_hw = N_HW;
const int kr_port_timer_n_slots = N_SLOTS;

void kr_port_timer_check(kr_int_t id, uint64_t period_us) {
    if (id < -1 || id >= N_HW) {
        kr_raise_fmt(&kr_type_ValueError, "Timer(%d) doesn't exist", (int)id);
    }
    if (period_us == 0) {
        return;
    }
    if (id >= 0) {
        if (period_us * CYCLES_PER_US < MIN_HW_CYCLES || period_us > 0xffffffffu / CYCLES_PER_US) {
            kr_raise_fmt(&kr_type_ValueError, "period out of range for Timer(%d) (10 us .. 171 s)", (int)id);
        }
    } else if (period_us > 0x7fffffffu * 1000ull) {
        kr_raise_msg(&kr_type_ValueError, "period too long");
    }
}

void kr_port_timer_start(int s, uint64_t period_us) {
    kr_machine_timer_slot_t *sl = &kr_port_timer_slots[s];
    if (s < N_HW) {
        uint32_t cycles = (uint32_t)(period_us * CYCLES_PER_US);
        TIMER_CTRL(s) = 0;
        TIMER_RELOAD(s) = cycles - 1u;
        TIMER_VALUE(s) = cycles - 1u;
        TIMER_INT(s) = 1;
        sl->active = 1;
        NVIC_ICPR0 = 1u << TIMER_IRQ(s);
        NVIC_ISER0 = 1u << TIMER_IRQ(s);
        TIMER_CTRL(s) = CTRL_ENABLE | CTRL_IRQ_EN;
    } else {
        uint32_t ms = (uint32_t)((period_us + 999u) / 1000u);
        uint32_t pm = kr_qemu_irq_save();
        vtimes[s - N_HW].period_ms = ms;
        vtimes[s - N_HW].due_ms = (uint32_t)kr_port_ticks_ms() + ms;
        sl->active = 1;
        kr_qemu_irq_restore(pm);
    }
}

void kr_port_timer_clear_fired(int s) {
    uint32_t pm = kr_qemu_irq_save();
    kr_port_timer_slots[s].fired = 0;
    kr_qemu_irq_restore(pm);
}

/* Each (re)initialisation: every timer stops (their objects were on the old heap). */
void kr_qemu_timer_init(void) {
    kr_machine_timer_reset();
}

#endif /* KR_MODULE_MACHINE && KR_MACHINE_TIMER */
