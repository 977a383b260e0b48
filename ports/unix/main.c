/* main.c: the unix port's entry point: command line (FILE, -c, -m, -X heapsize=N,
 * --device DIR), uncaught-exception handling, SIGINT as KeyboardInterrupt, and starting
 * the REPL or the boot flow of a board whose filesystem is a host directory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <sys/resource.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "port.h"
#include "repl.h"
#include "boot.h"
#include "unixport.h"
#include "objmodule.h"

static void usage(void) {
    fprintf(stderr,
            "usage: krait [-X heapsize=N[k|m]] [-O] [-c CODE | -m MODULE | FILE | -] [args...]\n"
            "       krait [-X heapsize=N[k|m]] --device DIR [--main-end=repl|restart|halt]\n"
            "             [--no-repl] [--no-ctrlc]\n"
            "  with no FILE: the REPL on a terminal, else the program read from stdin\n"
            "  --device DIR: behave as a board whose filesystem is DIR: run boot.py and\n"
            "      main.py there, then the REPL (raw REPL and soft reset included), on a\n"
            "      byte console (the terminal in raw mode, \\r\\n line ends), with the\n"
            "      production settings --main-end (what follows main.py), --no-repl\n"
            "      (input never reaches a prompt) and --no-ctrlc (kbd_intr(-1) at boot)\n");
    exit(2);
}

static size_t parse_size(const char *s) {
    char *end;
    double v = strtod(s, &end);
    if (*end == 'k' || *end == 'K') {
        v *= 1024;
    } else if (*end == 'm' || *end == 'M') {
        v *= 1024 * 1024;
    } else if (*end == 'g' || *end == 'G') {
        v *= 1024.0 * 1024 * 1024;
    } else if (*end != 0) {
        fprintf(stderr, "krait: bad heap size '%s'\n", s);
        exit(2);
    }
    if (v < 16 * 1024) {
        fprintf(stderr, "krait: heap size too small (minimum 16k)\n");
        exit(2);
    }
    return (size_t)v;
}

static void sigint_handler(int sig) {
    (void)sig;
    if (kr_state.kbd_intr_char >= 0 && kr_state.kbd_exc != KR_OBJ_NULL) {
        kr_sched_exception(kr_state.kbd_exc);
    }
}

/* Handle an exception that reached the top level; returns the process exit status. */
int kr_unix_handle_uncaught(kr_obj_t exc) {
    if (kr_obj_is_instance(exc, &kr_type_SystemExit)) {
        return kr_repl_system_exit_status(exc);
    }
    kr_obj_exception_print_traceback(&kr_print_stderr, exc);
    return 1;
}

static int run_protected(int mode, const char *arg) {
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        if (mode == 'c') {
            kr_exec_str(arg, strlen(arg), KR_QSTR_lt_string_gt, KR_PARSE_FILE, kr_state.dict_main, kr_state.dict_main);
        } else if (mode == 'f') {
            kr_obj_dict_store(kr_state.dict_main, KR_ROM_QSTR(__file__), kr_obj_new_str(arg, strlen(arg)));
            kr_exec_file(arg, kr_state.dict_main);
        } else if (mode == 's') {
            kr_vstr_t v;
            kr_vstr_init(&v, 1024);
            kr_port_read_stdin(&v, -1);
            kr_exec_str(v.buf, v.len, KR_QSTR_lt_stdin_gt, KR_PARSE_FILE, kr_state.dict_main, kr_state.dict_main);
        } else if (mode == 'm') {
            /* find MODULE.py (or MODULE/__main__.py) on sys.path and run it as __main__ */
            kr_vstr_t path;
            kr_vstr_init(&path, 64);
            kr_obj_list_t *sp = KR_OBJ_TO_PTR(kr_state.sys_path);
            bool found = false;
            for (size_t i = 0; i < sp->len && !found; i++) {
                if (!kr_obj_is_str(sp->items[i])) {
                    continue;
                }
                size_t dl;
                const char *d = kr_obj_str_get_data(sp->items[i], &dl);
                static const char *const suffixes[] = {".py", "/__main__.py"};
                for (int k = 0; k < 2 && !found; k++) {
                    kr_vstr_reset(&path);
                    if (dl > 0) {
                        kr_vstr_add_strn(&path, d, dl);
                        kr_vstr_add_byte(&path, '/');
                    }
                    for (const char *c = arg; *c; c++) {
                        kr_vstr_add_byte(&path, *c == '.' ? '/' : (uint8_t)*c);
                    }
                    kr_vstr_add_str(&path, suffixes[k]);
                    found = kr_port_stat(kr_vstr_null_terminated(&path)) == 1;
                }
            }
            if (!found) {
                kr_raise(kr_obj_new_exception_fmt(&kr_type_ModuleNotFoundError, "No module named '%s'", arg));
            }
            kr_obj_dict_store(kr_state.dict_main, KR_ROM_QSTR(__file__), kr_obj_new_str(path.buf, path.len));
            kr_exec_file(kr_vstr_null_terminated(&path), kr_state.dict_main);
        }
        kr_nlr_pop();
        return 0;
    }
    return kr_unix_handle_uncaught((kr_obj_t)nlr.ret_val);
}

static uint8_t unix_opt_level;
static bool unix_interactive;
static char unix_executable[4096];   /* sys.executable: absolute path of this program */

/* Find the absolute path of the running program for sys.executable. */
static void find_executable(const char *argv0) {
    ssize_t n = readlink("/proc/self/exe", unix_executable, sizeof(unix_executable) - 1);
    if (n > 0) {
        unix_executable[n] = 0;
    } else if (realpath(argv0, unix_executable) == NULL) {
        unix_executable[0] = 0;
    }
}

/* Per-(re)initialisation settings from the command line. */
static void unix_port_init(void) {
    kr_obj_dict_store(kr_module_get_globals(kr_state.sys_module), KR_ROM_QSTR(executable),
                      kr_obj_new_str(unix_executable, strlen(unix_executable)));
    kr_state.opt_level = unix_opt_level;
#if KR_MODULE_MACHINE
    kr_unix_machine_init();
#endif
    if (unix_interactive) {
        kr_obj_list_append(kr_state.sys_argv, KR_ROM_QSTR(empty));
    }
}

static void run_atexit(void) {
    if (kr_state.sys_exitfunc != KR_OBJ_NULL && kr_state.sys_exitfunc != KR_OBJ_NONE) {
        kr_nlr_buf_t nlr;
        if (kr_nlr_push(&nlr) == 0) {
            kr_call0(kr_state.sys_exitfunc);
            kr_nlr_pop();
        } else {
            kr_unix_handle_uncaught((kr_obj_t)nlr.ret_val);
        }
    }
}

int main(int argc, char **argv) {
    volatile int stack_top_marker = 0;
    size_t heap_size = KR_HEAP_SIZE_DEFAULT;
    int opt_level = 0;
    const char *device_dir = NULL;
    kr_boot_config_t boot;
    kr_boot_config_init(&boot, NULL, NULL);
    find_executable(argv[0]);
    int a = 1;
    for (; a < argc; a++) {
        if (strcmp(argv[a], "-X") == 0 && a + 1 < argc) {
            a++;
            if (strncmp(argv[a], "heapsize=", 9) == 0) {
                heap_size = parse_size(argv[a] + 9);
            } else {
                fprintf(stderr, "krait: unknown -X option '%s'\n", argv[a]);
                exit(2);
            }
        } else if (strncmp(argv[a], "-O", 2) == 0 && argv[a][2] != 'x') {
            opt_level += argv[a][2] == 'O' ? 2 : 1;
        } else if (strcmp(argv[a], "--device") == 0 && a + 1 < argc) {
            device_dir = argv[++a];
        } else if (strncmp(argv[a], "--main-end=", 11) == 0) {
            const char *v = argv[a] + 11;
            if (strcmp(v, "repl") == 0) {
                boot.main_end = KR_BOOT_MAIN_END_REPL;
            } else if (strcmp(v, "restart") == 0) {
                boot.main_end = KR_BOOT_MAIN_END_RESTART;
            } else if (strcmp(v, "halt") == 0) {
                boot.main_end = KR_BOOT_MAIN_END_HALT;
            } else {
                usage();
            }
        } else if (strcmp(argv[a], "--no-repl") == 0) {
            boot.repl_enabled = false;
        } else if (strcmp(argv[a], "--no-ctrlc") == 0) {
            boot.ctrlc_enabled = false;
        } else if (strcmp(argv[a], "-h") == 0 || strcmp(argv[a], "--help") == 0) {
            usage();
        } else {
            break;
        }
    }

    struct rlimit rl;
    size_t stack_bytes = 8 * 1024 * 1024;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < stack_bytes) {
        stack_bytes = rl.rlim_cur;
    }
    kr_stack_set_top((void *)&stack_top_marker);
    kr_stack_set_limit(stack_bytes - KR_STACK_MARGIN - 64 * 1024);

    void *heap = malloc(heap_size);
    if (heap == NULL) {
        fprintf(stderr, "krait: cannot allocate a heap of %zu bytes\n", heap_size);
        return 2;
    }
    signal(SIGINT, sigint_handler);
    unix_opt_level = (uint8_t)(opt_level > 3 ? 3 : opt_level);
    boot.heap_start = heap;
    boot.heap_end = (char *)heap + heap_size;
    boot.port_init = unix_port_init;
    if (device_dir != NULL) {
        if (a < argc) {
            usage();
        }
        if (chdir(device_dir) != 0) {
            fprintf(stderr, "krait: can't enter device directory '%s'\n", device_dir);
            return 2;
        }
        /* the same command, started again in the device directory, is a hard reset */
        static char *restart_argv[64];
        for (int i = 0; i < argc && i < 63; i++) {
            restart_argv[i] = argv[i];
            if (i > 0 && strcmp(argv[i - 1], "--device") == 0) {
                restart_argv[i] = (char *)".";
            }
        }
        if (argc < 64) {
            kr_unix_device_argv = restart_argv;
        }
        kr_unix_console_start();
        int status = kr_boot_run(&boot);
        kr_unix_console_stop();
        return status;
    }
    if (a == argc && isatty(0)) {
        /* the interactive REPL: the same byte console, no boot files, Ctrl-D exits */
        boot.run_boot_files = false;
        boot.ctrl_d_exits = true;
        boot.repl_enabled = true;
        unix_interactive = true;
        kr_unix_console_start();
        int status = kr_boot_run(&boot);
        kr_unix_console_stop();
        run_atexit();
        return status;
    }
    kr_gc_init(heap, (char *)heap + heap_size);
    kr_init();
    unix_port_init();

    int mode;
    const char *arg = NULL;
    if (a < argc && strcmp(argv[a], "-c") == 0) {
        if (a + 1 >= argc) {
            usage();
        }
        mode = 'c';
        arg = argv[a + 1];
        kr_obj_list_append(kr_state.sys_argv, KR_NEW_QSTR(KR_QSTR_dash_c));
        a += 2;
    } else if (a < argc && strcmp(argv[a], "-m") == 0) {
        if (a + 1 >= argc) {
            usage();
        }
        mode = 'm';
        arg = argv[a + 1];
        kr_obj_list_append(kr_state.sys_argv, kr_obj_new_str(argv[a + 1], strlen(argv[a + 1])));
        a += 2;
    } else if (a < argc && strcmp(argv[a], "-") != 0) {
        mode = 'f';
        arg = argv[a];
        if (kr_port_stat(arg) != 1) {
            fprintf(stderr, "krait: can't open file '%s': [Errno 2] No such file or directory\n", arg);
            return 2;
        }
        kr_obj_list_append(kr_state.sys_argv, kr_obj_new_str(arg, strlen(arg)));
        /* sys.path[0] = the script's directory */
        const char *slash = strrchr(arg, '/');
        kr_obj_t dir = slash ? kr_obj_new_str(arg, (size_t)(slash - arg)) : KR_ROM_QSTR(empty);
        kr_obj_list_t *path = KR_OBJ_TO_PTR(kr_state.sys_path);
        for (size_t i = 0; i < path->len; i++) {
            if (path->items[i] == KR_ROM_QSTR(empty)) {   /* after .frozen */
                path->items[i] = dir;
                break;
            }
        }
        a++;
    } else {
        if (a < argc) {
            a++;   /* "-" */
        }
        mode = 's';
        kr_obj_list_append(kr_state.sys_argv, KR_ROM_QSTR(empty));
    }
    for (; a < argc; a++) {
        kr_obj_list_append(kr_state.sys_argv, kr_obj_new_str(argv[a], strlen(argv[a])));
    }
    if (mode == 'm') {
        kr_obj_dict_store(kr_state.dict_main, KR_ROM_QSTR(__name__), KR_ROM_QSTR(__main__));
    }

    int status = run_protected(mode, arg);
    run_atexit();
    kr_deinit();
    kr_port_stdout_flush();
    return status;
}
