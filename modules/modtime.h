/* modtime.h: the time module's calendar helpers, for other modules (machine.RTC). */
#ifndef KRAIT_MODTIME_H
#define KRAIT_MODTIME_H

#include <stdint.h>

/* Days since 1970-01-01 of a proleptic Gregorian date (month 1..12), and back. */
int64_t kr_mod_time_days_from_civil(int64_t year, int64_t month, int64_t day);
void kr_mod_time_civil_from_days(int64_t days, int64_t *year, int64_t *month, int64_t *day);

#endif /* KRAIT_MODTIME_H */
