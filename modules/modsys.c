/* modsys.c: the sys module (built at init because it holds mutable state: argv, path,
 * modules) and the standard stream objects sys.stdin/stdout/stderr. */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "objmodule.h"
#include "port.h"

/* ---------------------------------------------------------------- streams */

typedef struct _stdio_obj_t {
    kr_obj_base_t base;
    int fd;
    bool binary;      /* the .buffer object: bytes in and out */
} stdio_obj_t;

static const kr_type_t modsys_type_stdio;

static kr_obj_t stdio_write(kr_obj_t self_in, kr_obj_t data) {
    stdio_obj_t *self = KR_OBJ_TO_PTR(self_in);
    const char *s;
    size_t len;
    if (self->binary) {
        kr_buffer_info_t info;
        kr_get_buffer_raise(data, &info, KR_BUFFER_READ);
        s = info.buf;
        len = info.len;
    } else {
        if (!kr_obj_is_str(data)) {
            kr_raise_fmt(&kr_type_TypeError, "write() argument must be str, not %s",
                         kr_qstr_str(kr_obj_get_type(data)->name));
        }
        s = kr_obj_str_get_data(data, &len);
    }
    if (self->fd == 2) {
        kr_port_stderr_write(s, len);
    } else if (self->fd == 1) {
        kr_port_stdout_write(s, len);
    } else {
        kr_raise_oserror(9);
    }
    if (!self->binary) {
        return kr_obj_new_int((kr_int_t)kr_obj_str_char_len(data));
    }
    return kr_obj_new_int((kr_int_t)len);
}
static KR_DEFINE_FUN_2(stdio_write_obj, stdio_write);

static kr_obj_t stdio_flush(kr_obj_t self_in) {
    kr_port_stdout_flush();
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(stdio_flush_obj, stdio_flush);

static void stdio_check_readable(const stdio_obj_t *self) {
    if (self->fd != 0) {
        kr_raise_msg(&kr_type_OSError, "not readable");
    }
}

static kr_obj_t stdio_result(const stdio_obj_t *self, kr_vstr_t *v) {
    return self->binary ? kr_obj_new_bytes_from_vstr(v) : kr_obj_new_str_from_vstr(v);
}

static kr_obj_t stdio_read(size_t n_args, const kr_obj_t *args) {
    stdio_obj_t *self = KR_OBJ_TO_PTR(args[0]);
    stdio_check_readable(self);
    long n = n_args > 1 && args[1] != KR_OBJ_NONE ? (long)kr_obj_get_int(args[1]) : -1;
    if (n < 0) {
        n = -1;
    }
    kr_vstr_t v;
    kr_vstr_init(&v, 64);
    if (n != 0) {
        kr_port_read_stdin(&v, n);
    }
    return stdio_result(self, &v);
}
static KR_DEFINE_FUN_VAR(stdio_read_obj, 1, 2, stdio_read);

static kr_obj_t stdio_readline(size_t n_args, const kr_obj_t *args) {
    stdio_obj_t *self = KR_OBJ_TO_PTR(args[0]);
    stdio_check_readable(self);
    kr_vstr_t v;
    kr_vstr_init(&v, 64);
    if (kr_port_read_line(&v) == 0) {
        kr_vstr_add_byte(&v, '\n');
    }
    return stdio_result(self, &v);
}
static KR_DEFINE_FUN_VAR(stdio_readline_obj, 1, 2, stdio_readline);

/* readinto(buf): up to len(buf) bytes of stdin; the count (0 at end of input) */
static kr_obj_t stdio_readinto(kr_obj_t self_in, kr_obj_t buf) {
    stdio_obj_t *self = KR_OBJ_TO_PTR(self_in);
    stdio_check_readable(self);
    kr_buffer_info_t info;
    kr_get_buffer_raise(buf, &info, KR_BUFFER_WRITE);
    if (info.len == 0) {
        return KR_NEW_SMALL_INT(0);
    }
    kr_vstr_t v;
    kr_vstr_init(&v, info.len);
    kr_port_read_stdin(&v, (long)info.len);
    size_t n = v.len < info.len ? v.len : info.len;
    memcpy(info.buf, v.buf, n);
    kr_vstr_clear(&v);
    return kr_obj_new_int((kr_int_t)n);
}
static KR_DEFINE_FUN_2(stdio_readinto_obj, stdio_readinto);

static kr_obj_t stdio_fileno(kr_obj_t self_in) {
    return KR_NEW_SMALL_INT(((stdio_obj_t *)KR_OBJ_TO_PTR(self_in))->fd);
}
static KR_DEFINE_FUN_1(stdio_fileno_obj, stdio_fileno);

static kr_obj_t stdio_false(kr_obj_t self_in) {
    return KR_OBJ_FALSE;
}
static KR_DEFINE_FUN_1(stdio_false_obj, stdio_false);

static void stdio_print(const kr_print_t *p, kr_obj_t self_in, kr_print_kind_t kind) {
    stdio_obj_t *self = KR_OBJ_TO_PTR(self_in);
    static const char *const names[] = {"stdin", "stdout", "stderr"};
    if (self->binary) {
        kr_printf(p, "<io.FileIO %d>", self->fd);
    } else {
        kr_printf(p, "<io.TextIOWrapper name='<%s>'>", names[self->fd % 3]);
    }
}

static const stdio_obj_t stdio_buffers[3] = {
    {{&modsys_type_stdio}, 0, true}, {{&modsys_type_stdio}, 1, true}, {{&modsys_type_stdio}, 2, true},
};

/* .buffer of a text stream: the binary stream under it */
static void stdio_attr(kr_obj_t self_in, kr_qstr_t attr, kr_obj_t *dest) {
    stdio_obj_t *self = KR_OBJ_TO_PTR(self_in);
    if (dest[0] == KR_OBJ_NULL && attr == KR_QSTR_buffer && !self->binary) {
        dest[0] = KR_OBJ_FROM_PTR(&stdio_buffers[self->fd]);
    }
}

static const kr_map_elem_t stdio_locals_table[] = {
    { KR_ROM_QSTR(write), KR_ROM_PTR(&stdio_write_obj) },
    { KR_ROM_QSTR(flush), KR_ROM_PTR(&stdio_flush_obj) },
    { KR_ROM_QSTR(read), KR_ROM_PTR(&stdio_read_obj) },
    { KR_ROM_QSTR(readline), KR_ROM_PTR(&stdio_readline_obj) },
    { KR_ROM_QSTR(readinto), KR_ROM_PTR(&stdio_readinto_obj) },
    { KR_ROM_QSTR(fileno), KR_ROM_PTR(&stdio_fileno_obj) },
    { KR_ROM_QSTR(isatty), KR_ROM_PTR(&stdio_false_obj) },
};
static KR_DEFINE_CONST_DICT(stdio_locals, stdio_locals_table);

static const kr_type_t modsys_type_stdio = {
    .base = {&kr_type_type},
    .name = KR_QSTR_TextIOWrapper,
    .print = stdio_print,
    .attr = stdio_attr,
    .locals_dict = &stdio_locals,
};

static const stdio_obj_t stdin_obj = {{&modsys_type_stdio}, 0, false};
static const stdio_obj_t stdout_obj = {{&modsys_type_stdio}, 1, false};
static const stdio_obj_t stderr_obj = {{&modsys_type_stdio}, 2, false};

/* ---------------------------------------------------------------- sys.implementation */

typedef struct _impl_obj_t {
    kr_obj_base_t base;
} impl_obj_t;

static kr_obj_t impl_version(void) {
    kr_obj_t items[4] = {KR_NEW_SMALL_INT(1), KR_NEW_SMALL_INT(29), KR_NEW_SMALL_INT(0), KR_ROM_QSTR(empty)};
    return kr_obj_new_tuple(4, items);
}

static void impl_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    switch (attr) {
        case KR_QSTR_name:
            dest[0] = KR_ROM_QSTR(micropython);
            break;
        case KR_QSTR_version:
            dest[0] = impl_version();
            break;
        case KR_QSTR__machine:
            dest[0] = kr_obj_new_str(kr_port_machine, strlen(kr_port_machine));
            break;
        case KR_QSTR__mpy:
            dest[0] = KR_NEW_SMALL_INT(6);
            break;
        default:
            break;
    }
}

static void impl_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_print_str(p, "(name='micropython', version=");
    kr_obj_print(p, impl_version(), KR_PRINT_REPR);
    kr_print_str(p, ", _machine=");
    kr_obj_print(p, kr_obj_new_str(kr_port_machine, strlen(kr_port_machine)), KR_PRINT_REPR);
    kr_print_str(p, ", _mpy=6)");
}

static const kr_type_t modsys_type_impl = {
    .base = {&kr_type_type},
    .name = KR_QSTR_implementation,
    .print = impl_print,
    .attr = impl_attr,
};
static const impl_obj_t impl_obj = {{&modsys_type_impl}};

/* ---------------------------------------------------------------- functions */

static kr_obj_t sys_exit(size_t n_args, const kr_obj_t *args) {
    if (n_args == 0) {
        kr_raise(kr_obj_new_exception(&kr_type_SystemExit));
    }
    kr_raise(kr_obj_new_exception_arg1(&kr_type_SystemExit, args[0]));
}
static KR_DEFINE_FUN_VAR(sys_exit_obj, 0, 1, sys_exit);

static kr_obj_t sys_print_exception(size_t n_args, const kr_obj_t *args) {
    if (!kr_obj_is_exception_instance(args[0])) {
        kr_raise_msg(&kr_type_TypeError, "print_exception() expects an exception instance");
    }
    if (n_args > 1 && args[1] != KR_OBJ_NONE) {
        kr_vstr_t v;
        kr_print_t p;
        kr_vstr_init(&v, 128);
        kr_print_init_vstr(&p, &v);
        kr_obj_exception_print_traceback(&p, args[0]);
        kr_obj_t s = kr_obj_new_str_from_vstr(&v);
        kr_call_method(args[1], KR_QSTR_write, 1, &s);
    } else {
        kr_obj_exception_print_traceback(&kr_print_stdout, args[0]);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(sys_print_exception_obj, 1, 2, sys_print_exception);

static kr_obj_t sys_exc_info(void) {
    kr_obj_t items[3] = {KR_OBJ_NONE, KR_OBJ_NONE, KR_OBJ_NONE};
    if (kr_state.cur_exc != KR_OBJ_NULL) {
        items[0] = KR_OBJ_FROM_PTR(kr_obj_get_type(kr_state.cur_exc));
        items[1] = kr_state.cur_exc;
    }
    return kr_obj_new_tuple(3, items);
}
static KR_DEFINE_FUN_0(sys_exc_info_obj, sys_exc_info);

static kr_obj_t sys_atexit(kr_obj_t f) {
    kr_obj_t prev = kr_state.sys_exitfunc == KR_OBJ_NULL ? KR_OBJ_NONE : kr_state.sys_exitfunc;
    kr_state.sys_exitfunc = f;
    return prev;
}
static KR_DEFINE_FUN_1(sys_atexit_obj, sys_atexit);

static kr_obj_t sys_intern(kr_obj_t s) {
    return KR_NEW_QSTR(kr_obj_str_get_qstr(s));
}
static KR_DEFINE_FUN_1(sys_intern_obj, sys_intern);

static kr_obj_t sys_getrecursionlimit(void) {
    return KR_NEW_SMALL_INT(KR_RECURSION_LIMIT);
}
static KR_DEFINE_FUN_0(sys_getrecursionlimit_obj, sys_getrecursionlimit);

static const kr_map_elem_t sys_const_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(sys) },
    { KR_ROM_QSTR(exit), KR_ROM_PTR(&sys_exit_obj) },
    { KR_ROM_QSTR(print_exception), KR_ROM_PTR(&sys_print_exception_obj) },
    { KR_ROM_QSTR(exc_info), KR_ROM_PTR(&sys_exc_info_obj) },
    { KR_ROM_QSTR(atexit), KR_ROM_PTR(&sys_atexit_obj) },
    { KR_ROM_QSTR(intern), KR_ROM_PTR(&sys_intern_obj) },
    { KR_ROM_QSTR(getrecursionlimit), KR_ROM_PTR(&sys_getrecursionlimit_obj) },
    { KR_ROM_QSTR(stdin), KR_ROM_PTR(&stdin_obj) },
    { KR_ROM_QSTR(stdout), KR_ROM_PTR(&stdout_obj) },
    { KR_ROM_QSTR(stderr), KR_ROM_PTR(&stderr_obj) },
    { KR_ROM_QSTR(implementation), KR_ROM_PTR(&impl_obj) },
    { KR_ROM_QSTR(byteorder), KR_ROM_QSTR(little) },
    { KR_ROM_QSTR(ps1), KR_ROM_QSTR(ps1_text) },
    { KR_ROM_QSTR(ps2), KR_ROM_QSTR(ps2_text) },
};

kr_obj_t kr_modsys_make(void) {
    kr_obj_t m = kr_module_new(KR_QSTR_sys);
    kr_obj_t g = kr_module_get_globals(m);
    for (size_t i = 0; i < sizeof(sys_const_table) / sizeof(sys_const_table[0]); i++) {
        kr_obj_dict_store(g, sys_const_table[i].key, sys_const_table[i].value);
    }
    kr_obj_dict_store(g, KR_ROM_QSTR(argv), kr_state.sys_argv);
    kr_obj_dict_store(g, KR_ROM_QSTR(path), kr_state.sys_path);
    kr_obj_dict_store(g, KR_ROM_QSTR(modules), kr_state.sys_modules);
    kr_obj_dict_store(g, KR_ROM_QSTR(maxsize), kr_obj_new_int_from_ll((long long)INTPTR_MAX));
    kr_obj_dict_store(g, KR_ROM_QSTR(platform), kr_obj_new_str(kr_port_platform, strlen(kr_port_platform)));
    static const char version[] = "3.4.0; MicroPython v1.29.0 (Krait 0.1)";
    kr_obj_dict_store(g, KR_ROM_QSTR(version), kr_obj_new_str(version, sizeof(version) - 1));
    kr_obj_t vi[3] = {KR_NEW_SMALL_INT(3), KR_NEW_SMALL_INT(4), KR_NEW_SMALL_INT(0)};
    kr_obj_dict_store(g, KR_ROM_QSTR(version_info), kr_obj_new_tuple(3, vi));
    return m;
}
