/* modmachine.c: the machine module of the unix port: what makes sense on a host (no pins,
 * UARTs or raw memory): resets (a hard reset restarts the process in --device mode and
 * ends it otherwise), reset_cause, freq, unique_id, idle, disable_irq/enable_irq, the
 * virtual Timer and the WDT of machine_timer.c, Signal, and RTC over the host's clock. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "obj.h"
#include "runtime.h"
#include "boot.h"
#include "port.h"
#include "unixport.h"
#include "modules/machine_timer.h"
#include "modules/machine.h"

#if KR_MODULE_MACHINE

#define PWRON_RESET (1)
#define HARD_RESET  (2)
#define WDT_RESET   (3)
#define SOFT_RESET  (5)

/* reset(): in --device mode the process starts again as a board boots after a reset
 * (reset_cause() then says HARD_RESET); a program or the plain REPL just ends (status 0). */
static kr_obj_t machine_reset(void) {
    kr_port_stdout_flush();
    if (kr_unix_device_argv != NULL) {
        kr_unix_console_stop();
        setenv("KRAIT_RESET_CAUSE", "2", 1);
        execv("/proc/self/exe", kr_unix_device_argv);
        kr_port_fatal("machine.reset(): cannot restart the process");
    }
    kr_unix_console_stop();
    exit(0);
}
static KR_DEFINE_FUN_0(machine_reset_obj, machine_reset);

/* Soft reset: SystemExit, which the boot flow of --device turns into a soft reset (and
 * which ends a program elsewhere, as sys.exit() does). */
static kr_obj_t machine_soft_reset(void) {
    kr_boot_soft_reset_request();
}
static KR_DEFINE_FUN_0(machine_soft_reset_obj, machine_soft_reset);

static kr_obj_t machine_reset_cause(void) {
    const char *c = getenv("KRAIT_RESET_CAUSE");
    int cause = c != NULL ? atoi(c) : PWRON_RESET;
    return KR_NEW_SMALL_INT(cause == HARD_RESET || cause == WDT_RESET ? cause : PWRON_RESET);
}
static KR_DEFINE_FUN_0(machine_reset_cause_obj, machine_reset_cause);

/* The host CPU's clock in Hz (from /proc/cpuinfo; 0 if unknown); it cannot be set. */
static kr_obj_t machine_freq(size_t n_args, const kr_obj_t *args) {
    if (n_args == 1) {
        kr_obj_get_int(args[0]);
        kr_raise_msg(&kr_type_ValueError, "the CPU frequency can't be set on unix");
    }
    double mhz = 0;
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (f != NULL) {
        char line[256];
        while (fgets(line, sizeof(line), f) != NULL) {
            if (strncmp(line, "cpu MHz", 7) == 0) {
                const char *colon = strchr(line, ':');
                if (colon != NULL) {
                    mhz = atof(colon + 1);
                }
                break;
            }
        }
        fclose(f);
    }
    return kr_obj_new_int_from_ll((long long)(mhz * 1e6));
}
static KR_DEFINE_FUN_VAR(machine_freq_obj, 0, 1, machine_freq);

/* 8 bytes from the host's /etc/machine-id (else its hostid), as a board's serial number. */
static kr_obj_t machine_unique_id(void) {
    uint8_t id[8] = {0};
    bool ok = false;
    FILE *f = fopen("/etc/machine-id", "r");
    if (f != NULL) {
        char hex[17];
        if (fread(hex, 1, 16, f) == 16) {
            ok = true;
            for (int i = 0; i < 8 && ok; i++) {
                unsigned v;
                char two[3] = {hex[2 * i], hex[2 * i + 1], 0};
                ok = sscanf(two, "%2x", &v) == 1;
                id[i] = (uint8_t)v;
            }
        }
        fclose(f);
    }
    if (!ok) {
        long h = gethostid();
        for (int i = 0; i < 8; i++) {
            id[i] = (uint8_t)((unsigned long)h >> (8 * (i % 4)));
        }
    }
    return kr_obj_new_bytes(id, sizeof(id));
}
static KR_DEFINE_FUN_0(machine_unique_id_obj, machine_unique_id);

/* Wait for "an interrupt": at most 1 ms, less if a timer signal comes. */
static kr_obj_t machine_idle(void) {
    struct timespec ts = {0, 1000000};
    nanosleep(&ts, NULL);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_0(machine_idle_obj, machine_idle);

static kr_obj_t machine_disable_irq(void) {
    return KR_NEW_SMALL_INT(kr_unix_machine_irq_disable());
}
static KR_DEFINE_FUN_0(machine_disable_irq_obj, machine_disable_irq);

static kr_obj_t machine_enable_irq(size_t n_args, const kr_obj_t *args) {
    if (!(n_args > 0 && kr_obj_is_true(args[0]))) {
        kr_unix_machine_irq_enable();
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(machine_enable_irq_obj, 0, 1, machine_enable_irq);

#if KR_MACHINE_RTC
/* machine.RTC: the host's local time (as time.localtime shows it); setting the RTC keeps
 * an offset in this process only (time.time() and the host clock are not changed). */
static int64_t rtc_offset_us;

static int64_t host_local_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    time_t t = ts.tv_sec;
    long gmtoff = localtime_r(&t, &tm) != NULL ? tm.tm_gmtoff : 0;
    return ((int64_t)ts.tv_sec + gmtoff) * 1000000 + ts.tv_nsec / 1000;
}

int64_t kr_port_rtc_get_us(void) {
    return host_local_us() + rtc_offset_us;
}

void kr_port_rtc_set_us(int64_t us) {
    rtc_offset_us = us - host_local_us();
}
#endif

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
    { KR_ROM_QSTR(Timer), KR_ROM_PTR(&kr_machine_timer_type) },
    { KR_ROM_QSTR(WDT), KR_ROM_PTR(&kr_unix_machine_wdt_type) },
#if KR_MACHINE_SIGNAL
    { KR_ROM_QSTR(Signal), KR_ROM_PTR(&kr_machine_signal_type) },
#endif
#if KR_MACHINE_RTC
    { KR_ROM_QSTR(RTC), KR_ROM_PTR(&kr_machine_rtc_type) },
#endif
    { KR_ROM_QSTR(PWRON_RESET), KR_ROM_INT(PWRON_RESET) },
    { KR_ROM_QSTR(HARD_RESET), KR_ROM_INT(HARD_RESET) },
    { KR_ROM_QSTR(WDT_RESET), KR_ROM_INT(WDT_RESET) },
    { KR_ROM_QSTR(DEEPSLEEP_RESET), KR_ROM_INT(4) },
    { KR_ROM_QSTR(SOFT_RESET), KR_ROM_INT(SOFT_RESET) },
};
static KR_DEFINE_CONST_DICT(machine_globals, machine_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_machine, machine_globals);

#endif /* KR_MODULE_MACHINE */
