/* machine.h: the machine classes shared by the ports (modules/machine_*.c) that a port's
 * machine module lists, and the hooks they need from the port. (Timer: machine_timer.h.) */
#ifndef KRAIT_MACHINE_H
#define KRAIT_MACHINE_H

#include <stdint.h>
#include "obj.h"

#if KR_MODULE_MACHINE && KR_MACHINE_SIGNAL
extern const kr_type_t kr_machine_signal_type;   /* machine_signal.c */
#endif

#if KR_MODULE_MACHINE && KR_MACHINE_RTC
extern const kr_type_t kr_machine_rtc_type;      /* machine_rtc.c */
/* port hooks: the RTC's time (the local wall time it shows) in microseconds since
 * 1970-01-01T00:00:00, and setting it */
int64_t kr_port_rtc_get_us(void);
void kr_port_rtc_set_us(int64_t us);
#endif

#endif /* KRAIT_MACHINE_H */
