/* modtime.c: the time module (MicroPython's API: sleep/ticks/ticks_diff, time, localtime, mktime). */
#include <math.h>
#include "obj.h"
#include "runtime.h"
#include "port.h"
#include "modules/modtime.h"

#if KR_MODULE_TIME

#if KR_TIME_LIBC_LOCALTIME
#include <time.h>
#include <string.h>
#define TIME_TUPLE_LEN (9)      /* unix: time tuples end with isdst, as MicroPython's unix port */
#else
#define TIME_TUPLE_LEN (8)
#endif

/* ticks_* values wrap at this period: the positive small-int range + 1, as MicroPython
 * (2^30 on 32-bit ports, 2^62 on 64-bit unix). */
#define TICKS_PERIOD ((kr_uint_t)KR_SMALL_INT_MAX + 1)
#define TICKS_MAX (TICKS_PERIOD - 1)
#define TICKS_HALF (TICKS_PERIOD / 2)

/* ---------------------------------------------------------------- sleeping */

static void sleep_us_checked(kr_int_t us) {
    if (us > 0) {
        kr_port_sleep_us((uint64_t)us);
    } else {
        kr_handle_pending();
    }
}

static kr_obj_t time_sleep(kr_obj_t secs) {
#if KR_FEATURE_FLOAT
    double s = kr_obj_get_float(secs);
    if (s < 0) {
        kr_raise_msg(&kr_type_ValueError, "sleep length must be non-negative");
    }
    sleep_us_checked((kr_int_t)(s * 1e6 + 0.5));
#else
    kr_int_t s = kr_obj_get_int(secs);
    if (s < 0) {
        kr_raise_msg(&kr_type_ValueError, "sleep length must be non-negative");
    }
    sleep_us_checked(s * 1000000);
#endif
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(time_sleep_obj, time_sleep);

static kr_obj_t time_sleep_ms(kr_obj_t ms) {
    kr_int_t v = kr_obj_get_int(ms);
    sleep_us_checked(v > 0 ? v * 1000 : 0);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(time_sleep_ms_obj, time_sleep_ms);

static kr_obj_t time_sleep_us(kr_obj_t us) {
    sleep_us_checked(kr_obj_get_int(us));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(time_sleep_us_obj, time_sleep_us);

/* ---------------------------------------------------------------- ticks */

static kr_obj_t time_ticks_ms(void) {
    return KR_NEW_SMALL_INT((kr_int_t)(kr_port_ticks_ms() & TICKS_MAX));
}
static KR_DEFINE_FUN_0(time_ticks_ms_obj, time_ticks_ms);

static kr_obj_t time_ticks_us(void) {
    return KR_NEW_SMALL_INT((kr_int_t)(kr_port_ticks_us() & TICKS_MAX));
}
static KR_DEFINE_FUN_0(time_ticks_us_obj, time_ticks_us);

static kr_obj_t time_ticks_cpu(void) {
    return KR_NEW_SMALL_INT((kr_int_t)(kr_port_ticks_cpu() & TICKS_MAX));
}
static KR_DEFINE_FUN_0(time_ticks_cpu_obj, time_ticks_cpu);

static kr_obj_t time_ticks_add(kr_obj_t ticks, kr_obj_t delta) {
    kr_uint_t t = (kr_uint_t)kr_obj_get_int(ticks);
    kr_int_t d = kr_obj_get_int(delta);
    if (d <= -(kr_int_t)TICKS_HALF || d >= (kr_int_t)TICKS_HALF) {
        kr_raise_msg(&kr_type_OverflowError, "ticks interval overflow");
    }
    return KR_NEW_SMALL_INT((kr_int_t)((t + (kr_uint_t)d) & TICKS_MAX));
}
static KR_DEFINE_FUN_2(time_ticks_add_obj, time_ticks_add);

/* Signed difference end - start in (-TICKS_HALF, TICKS_HALF]. */
static kr_obj_t time_ticks_diff(kr_obj_t end, kr_obj_t start) {
    kr_uint_t e = (kr_uint_t)kr_obj_get_int(end), s = (kr_uint_t)kr_obj_get_int(start);
    kr_int_t d = (kr_int_t)(((e - s + TICKS_HALF) & TICKS_MAX)) - (kr_int_t)TICKS_HALF;
    return KR_NEW_SMALL_INT(d);
}
static KR_DEFINE_FUN_2(time_ticks_diff_obj, time_ticks_diff);

/* ---------------------------------------------------------------- wall clock */

static kr_obj_t time_time(void) {
    int64_t ns = kr_port_time_ns();
#if KR_FEATURE_FLOAT
    return kr_obj_new_float((double)ns / 1e9);
#else
    return kr_obj_new_int((kr_int_t)(ns / 1000000000));
#endif
}
static KR_DEFINE_FUN_0(time_time_obj, time_time);

static kr_obj_t time_time_ns(void) {
    return kr_obj_new_int_from_ll(kr_port_time_ns());
}
static KR_DEFINE_FUN_0(time_time_ns_obj, time_time_ns);

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
int64_t kr_mod_time_days_from_civil(int64_t y, int64_t m, int64_t d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The inverse: the date of a day number (days since 1970-01-01). */
void kr_mod_time_civil_from_days(int64_t days, int64_t *year, int64_t *month, int64_t *day) {
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    *day = doy - (153 * mp + 2) / 5 + 1;
    *month = m;
    *year = yoe + era * 400 + (m <= 2);
}

#if KR_FEATURE_FLOAT
/* a timestamp argument (int or float) as whole seconds, range-checked as CPython */
static int64_t seconds_arg(kr_obj_t o) {
    double d = kr_obj_get_float(o);
    if (d != d) {
        kr_raise_msg(&kr_type_ValueError, "Invalid value NaN (not a number)");
    }
    if (d >= 4.6e18 || d <= -4.6e18) {
        kr_raise_msg(&kr_type_OverflowError, "timestamp out of range for platform time_t");
    }
    return (int64_t)floor(d);
}
#else
static int64_t seconds_arg(kr_obj_t o) {
    return kr_obj_get_int(o);
}
#endif

/* a mktime field: a C int, as CPython */
static int64_t mktime_field(kr_obj_t o) {
    return kr_obj_get_c_int(o);
}

/* (year, month, mday, hour, minute, second, weekday 0=Monday, yearday 1..366[, isdst]) */
static kr_obj_t time_gmtime(size_t n_args, const kr_obj_t *args) {
    int64_t t;
    if (n_args == 0 || args[0] == KR_OBJ_NONE) {
        t = kr_port_time_ns() / 1000000000;
    } else {
        t = seconds_arg(args[0]);
    }
    int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
    int64_t rem = t - days * 86400;
    int64_t y, m, d;
    kr_mod_time_civil_from_days(days, &y, &m, &d);
    int64_t yday = days - kr_mod_time_days_from_civil(y, 1, 1) + 1;
    int64_t wday = ((days % 7) + 7 + 3) % 7;   /* 1970-01-01 was a Thursday */
    kr_obj_t items[9] = {
        kr_obj_new_int((kr_int_t)y), KR_NEW_SMALL_INT(m), KR_NEW_SMALL_INT(d),
        KR_NEW_SMALL_INT(rem / 3600), KR_NEW_SMALL_INT(rem / 60 % 60), KR_NEW_SMALL_INT(rem % 60),
        KR_NEW_SMALL_INT(wday), KR_NEW_SMALL_INT(yday), KR_NEW_SMALL_INT(0),
    };
    return kr_obj_new_tuple(TIME_TUPLE_LEN, items);
}
static KR_DEFINE_FUN_VAR(time_gmtime_obj, 0, 1, time_gmtime);

#if KR_TIME_LIBC_LOCALTIME
/* unix: the inverse of localtime, from the host's libc (normalises overflowing fields) */
static kr_obj_t time_mktime(kr_obj_t tuple) {
    size_t n;
    kr_obj_t *items;
    kr_obj_get_array(tuple, &n, &items);
    if (n < 8 || n > 9) {
        kr_raise_msg(&kr_type_TypeError, "mktime needs a tuple of length 8 or 9");
    }
    struct tm tm;
    memset(&tm, 0, sizeof(tm));
    tm.tm_year = (int)(mktime_field(items[0]) - 1900);
    tm.tm_mon = (int)mktime_field(items[1]) - 1;
    tm.tm_mday = (int)mktime_field(items[2]);
    tm.tm_hour = (int)mktime_field(items[3]);
    tm.tm_min = (int)mktime_field(items[4]);
    tm.tm_sec = (int)mktime_field(items[5]);
    tm.tm_isdst = n == 9 ? (int)mktime_field(items[8]) : -1;
    tm.tm_wday = -1;   /* unchanged after a failure */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        kr_raise_msg(&kr_type_OverflowError, "invalid mktime usage");
    }
    return kr_obj_new_int_from_ll((long long)t);
}
#else
static kr_obj_t time_mktime(kr_obj_t tuple) {
    size_t n;
    kr_obj_t *items;
    kr_obj_get_array(tuple, &n, &items);
    if (n < 8 || n > 9) {
        kr_raise_msg(&kr_type_TypeError, "mktime needs a tuple of length 8 or 9");
    }
    int64_t y = mktime_field(items[0]), mo = mktime_field(items[1]);
    /* normalise the month so that out-of-range values roll into the year */
    int64_t mz = mo - 1;
    y += mz >= 0 ? mz / 12 : -((-mz + 11) / 12);
    mz -= (mz >= 0 ? mz / 12 : -((-mz + 11) / 12)) * 12;
    int64_t days = kr_mod_time_days_from_civil(y, mz + 1, 1) + mktime_field(items[2]) - 1;
    int64_t t = days * 86400 + mktime_field(items[3]) * 3600 + mktime_field(items[4]) * 60
                + mktime_field(items[5]);
    return kr_obj_new_int_from_ll(t);
}
#endif
static KR_DEFINE_FUN_1(time_mktime_obj, time_mktime);

#if KR_TIME_LIBC_LOCALTIME
/* the host's local time (unix): a 9-tuple with isdst */
static kr_obj_t time_localtime(size_t n_args, const kr_obj_t *args) {
    time_t t;
    if (n_args == 0 || args[0] == KR_OBJ_NONE) {
        t = (time_t)(kr_port_time_ns() / 1000000000);
    } else {
        t = (time_t)seconds_arg(args[0]);
    }
    struct tm tm;
    if (localtime_r(&t, &tm) == NULL) {
        kr_raise_msg(&kr_type_OverflowError, "timestamp out of range for platform time_t");
    }
    kr_obj_t items[9] = {
        kr_obj_new_int((kr_int_t)tm.tm_year + 1900), KR_NEW_SMALL_INT(tm.tm_mon + 1), KR_NEW_SMALL_INT(tm.tm_mday),
        KR_NEW_SMALL_INT(tm.tm_hour), KR_NEW_SMALL_INT(tm.tm_min), KR_NEW_SMALL_INT(tm.tm_sec),
        KR_NEW_SMALL_INT((tm.tm_wday + 6) % 7), KR_NEW_SMALL_INT(tm.tm_yday + 1),
        KR_NEW_SMALL_INT(tm.tm_isdst > 0 ? 1 : tm.tm_isdst < 0 ? -1 : 0),
    };
    return kr_obj_new_tuple(9, items);
}
#define TIME_LOCALTIME_OBJ time_localtime_obj
static KR_DEFINE_FUN_VAR(time_localtime_obj, 0, 1, time_localtime);
#else
#define TIME_LOCALTIME_OBJ time_gmtime_obj   /* no time zones: local time is UTC */
#endif

static const kr_map_elem_t time_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(time) },
    { KR_ROM_QSTR(gmtime), KR_ROM_PTR(&time_gmtime_obj) },
    { KR_ROM_QSTR(localtime), KR_ROM_PTR(&TIME_LOCALTIME_OBJ) },
    { KR_ROM_QSTR(mktime), KR_ROM_PTR(&time_mktime_obj) },
    { KR_ROM_QSTR(sleep), KR_ROM_PTR(&time_sleep_obj) },
    { KR_ROM_QSTR(sleep_ms), KR_ROM_PTR(&time_sleep_ms_obj) },
    { KR_ROM_QSTR(sleep_us), KR_ROM_PTR(&time_sleep_us_obj) },
    { KR_ROM_QSTR(ticks_add), KR_ROM_PTR(&time_ticks_add_obj) },
    { KR_ROM_QSTR(ticks_cpu), KR_ROM_PTR(&time_ticks_cpu_obj) },
    { KR_ROM_QSTR(ticks_diff), KR_ROM_PTR(&time_ticks_diff_obj) },
    { KR_ROM_QSTR(ticks_ms), KR_ROM_PTR(&time_ticks_ms_obj) },
    { KR_ROM_QSTR(ticks_us), KR_ROM_PTR(&time_ticks_us_obj) },
    { KR_ROM_QSTR(time), KR_ROM_PTR(&time_time_obj) },
    { KR_ROM_QSTR(time_ns), KR_ROM_PTR(&time_time_ns_obj) },
};
static KR_DEFINE_CONST_DICT(time_globals, time_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_time, time_globals);

#endif /* KR_MODULE_TIME */
