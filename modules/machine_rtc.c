/* machine_rtc.c: machine.RTC, shared by the ports: datetime() as MicroPython's 8-tuple
 * (year, month, day, weekday, hours, minutes, seconds, subseconds = microseconds) over
 * the port's clock (kr_port_rtc_get_us / kr_port_rtc_set_us, modules/machine.h). */
#include "obj.h"
#include "runtime.h"
#include "modules/machine.h"
#include "modules/modtime.h"

#if KR_MODULE_MACHINE && KR_MACHINE_RTC

#define YEAR_MIN (1970)
#define YEAR_MAX (2099)
#define US_PER_DAY (86400LL * 1000000LL)

typedef struct {
    kr_obj_base_t base;
} machine_rtc_t;

static const machine_rtc_t rtc_obj = {{&kr_machine_rtc_type}};

/* RTC(id=0): the board's one clock */
static kr_obj_t rtc_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_id, KR_ARG_INT, {.u_int = 0} },
    };
    kr_map_t kw;
    kr_map_init_fixed_table(&kw, n_kw, (const kr_map_elem_t *)(args + n_args));
    kr_arg_val_t v[1];
    kr_arg_parse_all(n_args, args, &kw, 1, allowed, v);
    if (v[0].u_int != 0) {
        kr_raise_fmt(&kr_type_ValueError, "RTC(%d) doesn't exist", (int)v[0].u_int);
    }
    return KR_OBJ_FROM_PTR(&rtc_obj);
}

static kr_obj_t rtc_now_tuple(void) {
    int64_t us = kr_port_rtc_get_us();
    int64_t days = us >= 0 ? us / US_PER_DAY : -((-us + US_PER_DAY - 1) / US_PER_DAY);
    int64_t rem = us - days * US_PER_DAY;   /* 0 .. one day */
    int64_t y, m, d;
    kr_mod_time_civil_from_days(days, &y, &m, &d);
    int64_t s = rem / 1000000;
    kr_obj_t items[8] = {
        kr_obj_new_int((kr_int_t)y), KR_NEW_SMALL_INT(m), KR_NEW_SMALL_INT(d),
        KR_NEW_SMALL_INT(((days % 7) + 7 + 3) % 7),   /* 0 = Monday; 1970-01-01 was a Thursday */
        KR_NEW_SMALL_INT(s / 3600), KR_NEW_SMALL_INT(s / 60 % 60), KR_NEW_SMALL_INT(s % 60),
        KR_NEW_SMALL_INT(rem % 1000000),
    };
    return kr_obj_new_tuple(8, items);
}

static kr_int_t field(kr_obj_t o, kr_int_t lo, kr_int_t hi, const char *what) {
    kr_int_t v = kr_obj_get_int(o);
    if (v < lo || v > hi) {
        kr_raise_fmt(&kr_type_ValueError, "%s out of range (%d..%d)", what, (int)lo, (int)hi);
    }
    return v;
}

static bool is_leap(kr_int_t y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Set from (year, month, day, weekday, hours, minutes, seconds, subseconds): weekday is
 * checked to be an int and otherwise ignored (the date says which day it is). */
static void rtc_set(kr_obj_t dt) {
    size_t n;
    kr_obj_t *items;
    kr_obj_get_array(dt, &n, &items);   /* TypeError if not a tuple or list */
    if (n != 8) {
        kr_raise_fmt(&kr_type_ValueError, "datetime needs 8 items, not %d", (int)n);
    }
    static const uint8_t mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    kr_int_t y = field(items[0], YEAR_MIN, YEAR_MAX, "year");
    kr_int_t m = field(items[1], 1, 12, "month");
    kr_int_t d = field(items[2], 1, mdays[m - 1] + (m == 2 && is_leap(y)), "day");
    kr_obj_get_int(items[3]);
    kr_int_t h = field(items[4], 0, 23, "hours");
    kr_int_t mi = field(items[5], 0, 59, "minutes");
    kr_int_t s = field(items[6], 0, 59, "seconds");
    kr_int_t us = field(items[7], 0, 999999, "subseconds");
    int64_t days = kr_mod_time_days_from_civil(y, m, d);
    kr_port_rtc_set_us(days * US_PER_DAY + ((int64_t)h * 3600 + mi * 60 + s) * 1000000 + us);
}

/* datetime([dt]): the time as an 8-tuple, or set it */
static kr_obj_t rtc_datetime(size_t n_args, const kr_obj_t *args) {
    if (n_args == 1) {
        return rtc_now_tuple();
    }
    rtc_set(args[1]);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(rtc_datetime_obj, 1, 2, rtc_datetime);

/* init(dt): set the time, as datetime(dt) */
static kr_obj_t rtc_init(kr_obj_t self, kr_obj_t dt) {
    rtc_set(dt);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(rtc_init_obj, rtc_init);

static const kr_map_elem_t rtc_locals_table[] = {
    { KR_ROM_QSTR(datetime), KR_ROM_PTR(&rtc_datetime_obj) },
    { KR_ROM_QSTR(init), KR_ROM_PTR(&rtc_init_obj) },
};
static KR_DEFINE_CONST_DICT(rtc_locals_dict, rtc_locals_table);

const kr_type_t kr_machine_rtc_type = {
    .base = {&kr_type_type},
    .name = KR_QSTR_RTC,
    .make_new = rtc_make_new,
    .locals_dict = &rtc_locals_dict,
};

#endif /* KR_MODULE_MACHINE && KR_MACHINE_RTC */
