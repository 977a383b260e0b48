/* boot.c: the portable boot flow: (re)initialise the heap and interpreter, run boot.py and
 * main.py (frozen copy first, then the filesystem), apply the board's end-of-main policy,
 * run the REPL, and soft-reset (DESIGN.md section 4). */
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "port.h"
#include "repl.h"
#include "frozen.h"
#include "boot.h"

/* Run the frozen copy of boot.py or main.py, if the firmware has one. */
static bool boot_exec_frozen(const char *name) {
    char path[32] = KR_FROZEN_DIR "/";
    size_t dl = strlen(path);
    size_t nl = strlen(name);
    if (dl + nl >= sizeof(path)) {
        return false;
    }
    memcpy(path + dl, name, nl + 1);
    const kr_frozen_module_t *m = kr_frozen_find(path);
    if (m == NULL) {
        return false;
    }
    kr_obj_t code = kr_frozen_get_code(m, path);
    kr_vm_run_code(code, kr_state.dict_main, kr_state.dict_main);
    return true;
}

void kr_boot_config_init(kr_boot_config_t *cfg, void *heap_start, void *heap_end) {
    memset(cfg, 0, sizeof(*cfg));
    cfg->heap_start = heap_start;
    cfg->heap_end = heap_end;
    cfg->main_end = KR_BOOT_MAIN_END;
    cfg->repl_enabled = KR_BOOT_REPL_ENABLED;
    cfg->ctrlc_enabled = KR_BOOT_CTRLC_ENABLED;
    cfg->run_boot_files = true;
    cfg->ctrl_d_exits = false;
}

_Noreturn void kr_boot_soft_reset_request(void) {
    kr_raise(kr_obj_new_exception(&kr_type_SystemExit));
}

/* What the flow does next. */
enum { BOOT_NEXT_SOFT_RESET, BOOT_NEXT_EXIT };
/* How running boot.py / main.py went. */
enum { BOOT_FILE_ABSENT, BOOT_FILE_DONE, BOOT_FILE_SYS_EXIT };

static int boot_exit_status;

/* Run boot.py or main.py: the frozen copy wins over the filesystem one. An exception
 * prints its traceback; SystemExit asks for a soft reset. */
static int boot_exec_file(const char *name) {
    kr_nlr_buf_t nlr;
    volatile int ret = BOOT_FILE_DONE;
    if (kr_nlr_push(&nlr) == 0) {
        if (!boot_exec_frozen(name)) {
            if (kr_port_stat(name) == 1) {
                kr_exec_file(name, kr_state.dict_main);
            } else {
                ret = BOOT_FILE_ABSENT;
            }
        }
        kr_nlr_pop();
    } else {
        kr_obj_t exc = (kr_obj_t)nlr.ret_val;
        if (kr_obj_is_instance(exc, &kr_type_SystemExit)) {
            boot_exit_status = kr_repl_system_exit_status(exc);
            ret = BOOT_FILE_SYS_EXIT;
        } else {
            kr_obj_exception_print_traceback(&kr_print_stderr, exc);
        }
    }
    kr_repl_drop_pending_interrupt();
    kr_port_stdout_flush();
    return ret;
}

/* Halt: no byte of input does anything any more (a board stays here until a hard reset;
 * a host program until its console is closed). */
static int boot_halt(void) {
    kr_state.kbd_intr_char = -1;
    kr_repl_drop_pending_interrupt();
    kr_port_stdout_flush();
    while (kr_port_getchar() >= 0) {
    }
    return BOOT_NEXT_EXIT;
}

/* The REPL until a soft reset or the end of the console. An exception escaping it (e.g.
 * MemoryError while editing a huge line) is reported and the REPL starts again. */
static int boot_repl(const kr_boot_config_t *cfg) {
    for (;;) {
        kr_nlr_buf_t nlr;
        volatile int r = KR_REPL_CONTINUE;
        if (kr_nlr_push(&nlr) == 0) {
            if (kr_repl_get_kind() == KR_REPL_RAW) {
                r = kr_repl_raw_console();
            } else {
                r = kr_repl_friendly_console();
            }
            kr_nlr_pop();
        } else {
            kr_print_str(&kr_print_stderr, "\n");
            kr_obj_exception_print_traceback(&kr_print_stderr, (kr_obj_t)nlr.ret_val);
            continue;
        }
        if (r == KR_REPL_CONTINUE) {
            continue;
        }
        if (r == KR_REPL_EXIT) {
            return BOOT_NEXT_EXIT;
        }
        if (cfg->ctrl_d_exits && r == KR_REPL_SYS_EXIT) {
            boot_exit_status = kr_repl_exit_status();
            return BOOT_NEXT_EXIT;
        }
        if (cfg->ctrl_d_exits && r == KR_REPL_SOFT_RESET && kr_repl_get_kind() == KR_REPL_FRIENDLY) {
            return BOOT_NEXT_EXIT;
        }
        return BOOT_NEXT_SOFT_RESET;
    }
}

/* One pass of the flow after a (re)initialisation. skip_main: the soft reset came from
 * the raw REPL (a host tool takes control of a board whose main.py never returns). */
static int boot_flow(const kr_boot_config_t *cfg, bool skip_main) {
    if (cfg->run_boot_files) {
        if (boot_exec_file("boot.py") == BOOT_FILE_SYS_EXIT) {
            return BOOT_NEXT_SOFT_RESET;
        }
        if (!skip_main) {
            int m = boot_exec_file("main.py");
            if (m == BOOT_FILE_SYS_EXIT) {
                return BOOT_NEXT_SOFT_RESET;
            }
            if (m == BOOT_FILE_DONE && cfg->main_end == KR_BOOT_MAIN_END_RESTART) {
                return BOOT_NEXT_SOFT_RESET;
            }
            if (m == BOOT_FILE_DONE && cfg->main_end == KR_BOOT_MAIN_END_HALT) {
                return boot_halt();
            }
        }
    }
    if (!cfg->repl_enabled) {
        return boot_halt();
    }
    return boot_repl(cfg);
}

int kr_boot_run(const kr_boot_config_t *cfg) {
    bool skip_main = false;
    kr_repl_set_kind(KR_REPL_FRIENDLY);
    for (;;) {
        kr_gc_init(cfg->heap_start, cfg->heap_end);
        kr_init();
        if (!cfg->ctrlc_enabled) {
            kr_state.kbd_intr_char = -1;
        }
        kr_repl_init();
        boot_exit_status = 0;
        if (cfg->port_init != NULL) {
            cfg->port_init();
        }
        int next = boot_flow(cfg, skip_main);
        kr_deinit();
        kr_port_stdout_flush();
        if (next == BOOT_NEXT_EXIT) {
            return boot_exit_status;
        }
        skip_main = cfg->repl_enabled && kr_repl_get_kind() == KR_REPL_RAW;
        kr_print_str(&kr_print_stdout, "MPY: soft reboot\n");
    }
}
