/* machine_timer.h: machine.Timer's Python layer (modules/machine_timer.c), shared by the
 * ports, and the hooks each port gives it (its hardware or signal side). */
#ifndef KRAIT_MACHINE_TIMER_H
#define KRAIT_MACHINE_TIMER_H

#include <stdint.h>
#include <stdbool.h>
#include "obj.h"
#include "state.h"

/* One timer slot as the port's interrupt (or signal) handler sees it. It lives in the
 * port's static memory, so a soft reset (a new heap) never leaves a handler pointing
 * into freed memory; the slot's Timer object is in kr_state.extra_roots. */
typedef struct {
    volatile uint32_t fired;   /* expiries not yet turned into a scheduled call */
    volatile uint8_t active;   /* counting */
    uint8_t one_shot;
} kr_machine_timer_slot_t;

/* From the port's handler: slot s expired (async-signal-safe: plain stores). */
static inline void kr_machine_timer_expired(kr_machine_timer_slot_t *s) {
    s->fired++;
    if (s->one_shot) {
        s->active = 0;
    }
    kr_state.sched_pending = 1;
}

/* ---------------------------------------------------------------- shared layer */
#if KR_MODULE_MACHINE && KR_MACHINE_TIMER
extern const kr_type_t kr_machine_timer_type;
/* kr_sched_hook (or part of it): one scheduled call per timer that fired */
void kr_machine_timer_poll(void);
/* each (re)initialisation: every timer stops (its object was on the old heap) */
void kr_machine_timer_reset(void);

/* ---------------------------------------------------------------- port hooks */
/* Slots 0..kr_port_timer_n_hw-1 are Timer(0)..Timer(n_hw-1), the others virtual
 * timers (Timer(-1)); the shared layer picks the slot. */
extern kr_machine_timer_slot_t kr_port_timer_slots[];
extern const int kr_port_timer_n_hw;
extern const int kr_port_timer_n_slots;
/* ValueError unless Timer(id) exists here; with period_us > 0, unless that period is
 * possible for it (periods arrive rounded, 1 us .. 4e12 us). */
void kr_port_timer_check(kr_int_t id, uint64_t period_us);
/* Start slot s (fired and one_shot already set) counting period_us. */
void kr_port_timer_start(int s, uint64_t period_us);
/* Stop slot s: active and fired become 0 (with the handler held off). */
void kr_port_timer_stop(int s);
/* fired = 0, with the handler held off. */
void kr_port_timer_clear_fired(int s);
#endif

#endif /* KRAIT_MACHINE_TIMER_H */
