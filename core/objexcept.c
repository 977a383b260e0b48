/* objexcept.c: the exception types (CPython's hierarchy), exception instances, their
 * attributes and str/repr, the traceback record and its printing, and kr_raise*. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "state.h"
#include "port.h"
#include "objtype.h"
#include "objexcept.h"

static const kr_obj_tuple_t exc_empty_tuple = {{&kr_type_tuple}, 0};

/* ---------------------------------------------------------------- construction */

kr_obj_tuple_t *kr_obj_exception_get_args(kr_obj_t exc) {
    kr_obj_exception_t *e = KR_OBJ_TO_PTR(exc);
    return e->args != NULL ? e->args : (kr_obj_tuple_t *)&exc_empty_tuple;
}

static kr_obj_dict_t *exc_dict(kr_obj_exception_t *e) {
    if (e->dict == NULL) {
        e->dict = KR_OBJ_TO_PTR(kr_obj_new_dict(4));
    }
    return e->dict;
}

static void exc_dict_store(kr_obj_exception_t *e, kr_qstr_t name, kr_obj_t value) {
    kr_obj_dict_store(KR_OBJ_FROM_PTR(exc_dict(e)), KR_NEW_QSTR(name), value);
}

static kr_obj_t exc_dict_get(kr_obj_exception_t *e, kr_qstr_t name) {
    if (e->dict == NULL) {
        return KR_OBJ_NULL;
    }
    kr_map_elem_t *el = kr_map_lookup_qstr(&e->dict->map, name);
    return el != NULL ? el->value : KR_OBJ_NULL;
}

/* Allocate an instance of type (a builtin exception type or a Python subclass: the
 * layout is the same, the subclass's instance dict is e->dict). */
/* The emergency instance's traceback: the preallocated record, emptied. */
static kr_obj_t emergency_tb(void) {
    uintptr_t *tb = (uintptr_t *)KR_OBJ_TO_PTR(kr_state.emergency_tb);
    if (tb != NULL) {
        tb[0] = 0;
    }
    return kr_state.emergency_tb;
}

/* When the heap cannot give an exception object (micropython.heap_lock, or full), the
 * preallocated emergency instance is raised instead, with the wanted type, its first few
 * args (in preallocated storage) but no message text, and its traceback recorded in a
 * preallocated record (as MicroPython does with its emergency buffer): `[].pop()` with the
 * heap locked is still an IndexError, `raise ValueError(1)` still shows its 1. */
static kr_obj_exception_t *exc_emergency(const kr_type_t *type) {
    kr_obj_exception_t *e = &kr_state.emergency_exc;
    e->base.type = type;
    e->args = (kr_obj_tuple_t *)&exc_empty_tuple;
    e->traceback = emergency_tb();
    e->cause = KR_OBJ_NULL;
    e->context = KR_OBJ_NULL;
    e->suppress_context = false;
    e->dict = NULL;
    return e;
}

static bool exc_is_emergency(const kr_obj_exception_t *e) {
    return e == &kr_state.emergency_exc;
}

static void exc_emergency_args(kr_obj_exception_t *e, size_t n, const kr_obj_t *args) {
    kr_obj_tuple_t *t = KR_OBJ_TO_PTR(kr_state.emergency_args);
    if (t == NULL || n > KR_EMERGENCY_ARGS) {
        return;
    }
    memcpy(t->items, args, n * sizeof(kr_obj_t));
    t->len = n;
    e->args = t;
}

static kr_obj_exception_t *exc_alloc(const kr_type_t *type) {
    kr_obj_exception_t *e = kr_gc_alloc_maybe(sizeof(kr_obj_exception_t), 0);
    if (e == NULL) {
        return exc_emergency(type);
    }
    e->base.type = type;
    e->args = (kr_obj_tuple_t *)&exc_empty_tuple;
    return e;
}

const kr_type_t *kr_obj_exception_oserror_type(kr_int_t errno_value) {
    switch (errno_value) {
        case EAGAIN:
#if defined(EWOULDBLOCK) && EWOULDBLOCK != EAGAIN
        case EWOULDBLOCK:
#endif
        case EALREADY:
        case EINPROGRESS:
            return &kr_type_BlockingIOError;
        case ECHILD: return &kr_type_ChildProcessError;
        case EPIPE: return &kr_type_BrokenPipeError;
        case ECONNABORTED: return &kr_type_ConnectionAbortedError;
        case ECONNREFUSED: return &kr_type_ConnectionRefusedError;
        case ECONNRESET: return &kr_type_ConnectionResetError;
        case EEXIST: return &kr_type_FileExistsError;
        case ENOENT: return &kr_type_FileNotFoundError;
        case EISDIR: return &kr_type_IsADirectoryError;
        case ENOTDIR: return &kr_type_NotADirectoryError;
        case EINTR: return &kr_type_InterruptedError;
        case EACCES:
        case EPERM:
            return &kr_type_PermissionError;
        case ESRCH: return &kr_type_ProcessLookupError;
        case ETIMEDOUT: return &kr_type_TimeoutError;
        default: return &kr_type_OSError;
    }
}

/* Fill the type-specific attributes from the arguments (OSError, SyntaxError). */
static void exc_init_args(kr_obj_exception_t *e, size_t n_args, const kr_obj_t *args) {
    const kr_type_t *t = e->base.type;
    e->args = KR_OBJ_TO_PTR(kr_obj_new_tuple(n_args, args));
    if (kr_type_is_subtype(t, &kr_type_OSError)) {
        if (n_args >= 3 && n_args <= 5) {
            exc_dict_store(e, KR_QSTR_filename, args[2]);
            if (n_args >= 5) {
                exc_dict_store(e, KR_QSTR_filename2, args[4]);
            }
            e->args = KR_OBJ_TO_PTR(kr_obj_new_tuple(2, args));
        }
    } else if (kr_type_is_subtype(t, &kr_type_SyntaxError)) {
        if (n_args >= 1) {
            exc_dict_store(e, KR_QSTR_msg, args[0]);
        }
        if (n_args == 2 && kr_obj_is_instance(args[1], &kr_type_tuple)) {
            kr_obj_tuple_t *info = KR_OBJ_TO_PTR(args[1]);
            static const uint16_t names[] = {
                KR_QSTR_filename, KR_QSTR_lineno, KR_QSTR_offset, KR_QSTR_text,
                KR_QSTR_end_lineno, KR_QSTR_end_offset,
            };
            for (size_t i = 0; i < info->len && i < 6; i++) {
                exc_dict_store(e, names[i], info->items[i]);
            }
        }
    } else if (kr_type_is_subtype(t, &kr_type_ImportError)) {
        if (n_args == 1) {
            exc_dict_store(e, KR_QSTR_msg, args[0]);
        }
    }
}

kr_obj_t kr_obj_new_exception_args(const kr_type_t *type, size_t n, const kr_obj_t *args) {
    kr_obj_exception_t *e = exc_alloc(type);
    if (n > 0) {
        if (exc_is_emergency(e)) {
            exc_emergency_args(e, n, args);
        } else {
            exc_init_args(e, n, args);
        }
    }
    return KR_OBJ_FROM_PTR(e);
}

kr_obj_t kr_obj_new_exception(const kr_type_t *type) {
    return KR_OBJ_FROM_PTR(exc_alloc(type));
}

kr_obj_t kr_obj_new_exception_arg1(const kr_type_t *type, kr_obj_t arg) {
    return kr_obj_new_exception_args(type, 1, &arg);
}

kr_obj_t kr_obj_new_exception_msg(const kr_type_t *type, const char *msg) {
    if (kr_gc_lock_depth() > 0) {
        return KR_OBJ_FROM_PTR(exc_emergency(type));     /* no room for the message */
    }
    return kr_obj_new_exception_arg1(type, kr_obj_new_str(msg, strlen(msg)));
}

static kr_obj_t exc_vfmt(const kr_type_t *type, const char *fmt, va_list ap) {
    if (kr_gc_lock_depth() > 0) {
        return KR_OBJ_FROM_PTR(exc_emergency(type));
    }
    char tmp[160];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(tmp, sizeof(tmp), fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        n = 0;
        tmp[0] = 0;
    }
    if ((size_t)n < sizeof(tmp)) {
        return kr_obj_new_exception_arg1(type, kr_obj_new_str(tmp, (size_t)n));
    }
    char *buf = kr_gc_alloc((size_t)n + 1, KR_GC_FLAG_ATOMIC);
    vsnprintf(buf, (size_t)n + 1, fmt, ap);
    kr_obj_t msg = kr_obj_new_str(buf, (size_t)n);
    kr_gc_free(buf);
    return kr_obj_new_exception_arg1(type, msg);
}

kr_obj_t kr_obj_new_exception_fmt(const kr_type_t *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    kr_obj_t e = exc_vfmt(type, fmt, ap);
    va_end(ap);
    return e;
}

kr_obj_t kr_obj_new_syntax_error(const kr_type_t *type, const char *msg, kr_qstr_t file,
                                 size_t line, size_t col, const char *line_text, size_t line_len) {
    kr_obj_t info[4];
    info[0] = KR_NEW_QSTR(file);
    info[1] = kr_obj_new_int((kr_int_t)line);
    info[2] = kr_obj_new_int((kr_int_t)col);
    info[3] = line_text != NULL ? kr_obj_new_str(line_text, line_len) : KR_OBJ_NONE;
    kr_obj_t args[2] = { kr_obj_new_str(msg, strlen(msg)), kr_obj_new_tuple(4, info) };
    return kr_obj_new_exception_args(type, 2, args);
}

static kr_obj_t exc_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    if (type == &kr_type_OSError && n_args >= 2 && KR_IS_SMALL_INT(args[0])) {
        type = kr_obj_exception_oserror_type(KR_SMALL_INT_VALUE(args[0]));
    }
    kr_obj_exception_t *e = exc_alloc(type);
    if (n_kw != 0) {
        if (!kr_type_is_subtype(type, &kr_type_ImportError) || kr_type_is_heap(type)) {
            if (!kr_type_is_heap(type)) {
                kr_raise_fmt(&kr_type_TypeError, "%s() takes no keyword arguments", kr_qstr_str(type->name));
            }
        } else {
            for (size_t i = 0; i < n_kw; i++) {
                kr_qstr_t k = kr_obj_str_get_qstr(args[n_args + 2 * i]);
                if (k != KR_QSTR_name && k != KR_QSTR_path) {
                    kr_raise_fmt(&kr_type_TypeError, "'%s' is an invalid keyword argument for %s()",
                                 kr_qstr_str(k), kr_qstr_str(type->name));
                }
                exc_dict_store(e, k, args[n_args + 2 * i + 1]);
            }
        }
    }
    if (n_args > 0) {
        if (exc_is_emergency(e)) {
            exc_emergency_args(e, n_args, args);
        } else {
            exc_init_args(e, n_args, args);
        }
    }
    return KR_OBJ_FROM_PTR(e);
}

bool kr_obj_is_exception_instance(kr_obj_t o) {
    return KR_IS_OBJ(o) && (KR_OBJ_TYPE(o)->flags & KR_TYPE_FLAG_EXCEPTION) != 0;
}

bool kr_obj_is_exception_type(kr_obj_t o) {
    if (!KR_IS_OBJ(o)) {
        return false;
    }
    const kr_type_t *mt = KR_OBJ_TYPE(o);
    if (mt != &kr_type_type && !kr_type_is_subtype(mt, &kr_type_type)) {
        return false;
    }
    return (((const kr_type_t *)KR_OBJ_TO_PTR(o))->flags & KR_TYPE_FLAG_EXCEPTION) != 0;
}

bool kr_obj_exception_match(kr_obj_t exc, kr_obj_t t) {
    if (kr_obj_is_exception_type(t)) {
        return kr_obj_is_instance(exc, KR_OBJ_TO_PTR(t));
    }
    if (kr_obj_is_instance(t, &kr_type_tuple)) {
        kr_obj_tuple_t *tu = KR_OBJ_TO_PTR(t);
        for (size_t i = 0; i < tu->len; i++) {
            if (kr_obj_exception_match(exc, tu->items[i])) {
                return true;
            }
        }
        return false;
    }
    kr_raise_msg(&kr_type_TypeError, "catching classes that do not inherit from BaseException is not allowed");
}

kr_obj_t kr_obj_exception_get_value(kr_obj_t exc) {
    kr_obj_tuple_t *a = kr_obj_exception_get_args(exc);
    return a->len > 0 ? a->items[0] : KR_OBJ_NONE;
}

/* ---------------------------------------------------------------- str / repr */

static const char *path_basename(const char *s) {
    const char *b = strrchr(s, '/');
    return b != NULL ? b + 1 : s;
}

/* str(e) as the builtin exception types define it. */
static void exc_print_str(const kr_print_t *p, kr_obj_exception_t *e) {
    const kr_type_t *t = e->base.type;
    kr_obj_tuple_t *a = e->args != NULL ? e->args : (kr_obj_tuple_t *)&exc_empty_tuple;
    if (kr_type_is_subtype(t, &kr_type_OSError) && a->len == 2) {
        kr_print_str(p, "[Errno ");
        kr_obj_print(p, a->items[0], KR_PRINT_STR);
        kr_print_str(p, "] ");
        kr_obj_print(p, a->items[1], KR_PRINT_STR);
        kr_obj_t fn = exc_dict_get(e, KR_QSTR_filename);
        if (fn != KR_OBJ_NULL && fn != KR_OBJ_NONE) {
            kr_print_str(p, ": ");
            kr_obj_print(p, fn, KR_PRINT_REPR);
            kr_obj_t fn2 = exc_dict_get(e, KR_QSTR_filename2);
            if (fn2 != KR_OBJ_NULL && fn2 != KR_OBJ_NONE) {
                kr_print_str(p, " -> ");
                kr_obj_print(p, fn2, KR_PRINT_REPR);
            }
        }
        return;
    }
    if (kr_type_is_subtype(t, &kr_type_SyntaxError)) {
        kr_obj_t msg = exc_dict_get(e, KR_QSTR_msg);
        kr_obj_t fn = exc_dict_get(e, KR_QSTR_filename);
        kr_obj_t ln = exc_dict_get(e, KR_QSTR_lineno);
        bool have_fn = fn != KR_OBJ_NULL && kr_obj_is_str(fn);
        bool have_ln = ln != KR_OBJ_NULL && KR_IS_SMALL_INT(ln);
        if (msg == KR_OBJ_NULL) {
            msg = a->len > 0 ? a->items[0] : KR_OBJ_NONE;
        }
        kr_obj_print(p, msg, KR_PRINT_STR);
        if (have_fn && have_ln) {
            kr_printf(p, " (%s, line %ld)", path_basename(kr_obj_str_get_data(fn, &(size_t){0})),
                      (long)KR_SMALL_INT_VALUE(ln));
        } else if (have_fn) {
            kr_printf(p, " (%s)", path_basename(kr_obj_str_get_data(fn, &(size_t){0})));
        } else if (have_ln) {
            kr_printf(p, " (line %ld)", (long)KR_SMALL_INT_VALUE(ln));
        }
        return;
    }
    if (a->len == 0) {
        return;
    }
    if (a->len == 1) {
        kr_obj_print(p, a->items[0], kr_type_is_subtype(t, &kr_type_KeyError) ? KR_PRINT_REPR : KR_PRINT_STR);
        return;
    }
    kr_obj_print(p, KR_OBJ_FROM_PTR(a), KR_PRINT_REPR);
}

static void exc_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_obj_exception_t *e = KR_OBJ_TO_PTR(self);
    if (kind == KR_PRINT_STR) {
        exc_print_str(p, e);
        return;
    }
    kr_obj_tuple_t *a = kr_obj_exception_get_args(self);
    kr_print_str(p, kr_qstr_str(e->base.type->name));
    if (a->len == 1) {
        kr_print_str(p, "(");
        kr_obj_print(p, a->items[0], KR_PRINT_REPR);
        kr_print_str(p, ")");
    } else {
        kr_obj_print(p, KR_OBJ_FROM_PTR(a), KR_PRINT_REPR);
    }
}

/* ---------------------------------------------------------------- attributes */

/* A read-only view of one entry of an exception's traceback record (e.__traceback__):
 * index counts from the innermost entry (0); tb_next goes inwards, as in CPython. */
typedef struct {
    kr_obj_base_t base;
    kr_obj_t exc;
    size_t index;
} tb_view_t;

static const kr_type_t exc_type_traceback;

static kr_obj_t tb_view_new(kr_obj_t exc, size_t index) {
    tb_view_t *t = kr_gc_alloc(sizeof(tb_view_t), 0);
    t->base.type = &exc_type_traceback;
    t->exc = exc;
    t->index = index;
    return KR_OBJ_FROM_PTR(t);
}

static void tb_view_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    tb_view_t *t = KR_OBJ_TO_PTR(self);
    kr_obj_exception_t *e = KR_OBJ_TO_PTR(t->exc);
    uintptr_t *tb = (uintptr_t *)KR_OBJ_TO_PTR(e->traceback);
    if (tb == NULL || t->index >= tb[0]) {
        dest[0] = KR_OBJ_NONE;
        return;
    }
    if (attr == KR_QSTR_tb_lineno) {
        dest[0] = kr_obj_new_int((kr_int_t)tb[2 + 3 * t->index]);
    } else if (attr == KR_QSTR_tb_next) {
        dest[0] = t->index == 0 ? KR_OBJ_NONE : tb_view_new(t->exc, t->index - 1);
    } else if (attr == KR_QSTR_tb_frame || attr == KR_QSTR_tb_lasti) {
        dest[0] = attr == KR_QSTR_tb_lasti ? KR_NEW_SMALL_INT(0) : KR_OBJ_NONE;
    }
}

static const kr_type_t exc_type_traceback = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_traceback,
    .attr = tb_view_attr,
};

static kr_obj_t or_none(kr_obj_t o) {
    return o == KR_OBJ_NULL ? KR_OBJ_NONE : o;
}

static void exc_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    kr_obj_exception_t *e = KR_OBJ_TO_PTR(self);
    const kr_type_t *t = e->base.type;
    if (dest[0] == KR_OBJ_NULL) {
        kr_obj_tuple_t *a = kr_obj_exception_get_args(self);
        switch (attr) {
            case KR_QSTR_args: dest[0] = KR_OBJ_FROM_PTR(a); return;
            case KR_QSTR___traceback__: {
                uintptr_t *tb = (uintptr_t *)KR_OBJ_TO_PTR(e->traceback);
                dest[0] = tb == NULL || tb[0] == 0 ? KR_OBJ_NONE : tb_view_new(self, tb[0] - 1);
                return;
            }
            case KR_QSTR___cause__: dest[0] = or_none(e->cause); return;
            case KR_QSTR___context__: dest[0] = or_none(e->context); return;
            case KR_QSTR___suppress_context__: dest[0] = KR_OBJ_BOOL(e->suppress_context); return;
            case KR_QSTR___dict__: dest[0] = KR_OBJ_FROM_PTR(exc_dict(e)); return;
            default: break;
        }
        kr_obj_t v = exc_dict_get(e, attr);
        if (v != KR_OBJ_NULL) {
            dest[0] = v;
            return;
        }
        if (attr == KR_QSTR_value && (kr_type_is_subtype(t, &kr_type_StopIteration)
                                      || kr_type_is_subtype(t, &kr_type_StopAsyncIteration))) {
            dest[0] = a->len > 0 ? a->items[0] : KR_OBJ_NONE;
        } else if (attr == KR_QSTR_code && kr_type_is_subtype(t, &kr_type_SystemExit)) {
            dest[0] = a->len == 0 ? KR_OBJ_NONE : a->len == 1 ? a->items[0] : KR_OBJ_FROM_PTR(a);
        } else if (kr_type_is_subtype(t, &kr_type_OSError)) {
            if (attr == KR_QSTR_errno) {
                dest[0] = a->len >= 2 ? a->items[0] : KR_OBJ_NONE;
            } else if (attr == KR_QSTR_strerror) {
                dest[0] = a->len >= 2 ? a->items[1] : KR_OBJ_NONE;
            } else if (attr == KR_QSTR_filename || attr == KR_QSTR_filename2) {
                dest[0] = KR_OBJ_NONE;
            }
        } else if (kr_type_is_subtype(t, &kr_type_SyntaxError)) {
            if (attr == KR_QSTR_msg || attr == KR_QSTR_filename || attr == KR_QSTR_lineno
                || attr == KR_QSTR_offset || attr == KR_QSTR_text || attr == KR_QSTR_end_lineno
                || attr == KR_QSTR_end_offset || attr == KR_QSTR_print_file_and_line) {
                dest[0] = KR_OBJ_NONE;
            }
        } else if (kr_type_is_subtype(t, &kr_type_ImportError)) {
            if (attr == KR_QSTR_msg || attr == KR_QSTR_name || attr == KR_QSTR_path) {
                dest[0] = KR_OBJ_NONE;
            }
        } else if (kr_type_is_subtype(t, &kr_type_NameError) || kr_type_is_subtype(t, &kr_type_AttributeError)) {
            if (attr == KR_QSTR_name || (attr == KR_QSTR_obj && kr_type_is_subtype(t, &kr_type_AttributeError))) {
                dest[0] = KR_OBJ_NONE;
            }
        }
        return;
    }
    /* store or delete */
    kr_obj_t value = dest[1];
    switch (attr) {
        case KR_QSTR_args:
            if (value == KR_OBJ_NULL) {
                return;
            }
            e->args = KR_OBJ_TO_PTR(kr_obj_tuple_from_iter(value));
            break;
        case KR_QSTR___cause__:
            if (value != KR_OBJ_NULL && value != KR_OBJ_NONE && !kr_obj_is_exception_instance(value)) {
                kr_raise_msg(&kr_type_TypeError, "exception cause must be None or derive from BaseException");
            }
            e->cause = value == KR_OBJ_NONE ? KR_OBJ_NULL : value;
            e->suppress_context = true;
            break;
        case KR_QSTR___context__:
            if (value != KR_OBJ_NULL && value != KR_OBJ_NONE && !kr_obj_is_exception_instance(value)) {
                kr_raise_msg(&kr_type_TypeError, "exception context must be None or derive from BaseException");
            }
            e->context = value == KR_OBJ_NONE ? KR_OBJ_NULL : value;
            break;
        case KR_QSTR___suppress_context__:
            e->suppress_context = value != KR_OBJ_NULL && kr_obj_is_true(value);
            break;
        case KR_QSTR___traceback__:
            if (value == KR_OBJ_NONE && e->traceback != KR_OBJ_NULL) {
                /* emptied, its storage kept: a later raise records its traceback without
                 * allocating (MicroPython programs raise preallocated exceptions with the
                 * heap locked) */
                ((uintptr_t *)KR_OBJ_TO_PTR(e->traceback))[0] = 0;
            }
            break;
        default:
            if (value == KR_OBJ_NULL) {
                if (e->dict == NULL || kr_map_lookup(&e->dict->map, KR_NEW_QSTR(attr), KR_MAP_LOOKUP_REMOVE) == NULL) {
                    return;   /* unresolved: AttributeError */
                }
            } else {
                exc_dict_store(e, attr, value);
            }
            break;
    }
    dest[0] = KR_OBJ_NULL;
}

/* ---------------------------------------------------------------- methods */

static kr_obj_t exc_with_traceback(kr_obj_t self, kr_obj_t tb) {
    if (tb == KR_OBJ_NONE) {
        ((kr_obj_exception_t *)KR_OBJ_TO_PTR(self))->traceback = KR_OBJ_NULL;
    }
    return self;
}
static KR_DEFINE_FUN_2(exc_with_traceback_obj, exc_with_traceback);

static kr_obj_t exc_add_note(kr_obj_t self, kr_obj_t note) {
    if (!kr_obj_is_str(note)) {
        kr_raise_fmt(&kr_type_TypeError, "note must be a str, not '%s'", kr_obj_type_name(note));
    }
    kr_obj_exception_t *e = KR_OBJ_TO_PTR(self);
    kr_obj_t notes = exc_dict_get(e, KR_QSTR___notes__);
    if (notes == KR_OBJ_NULL) {
        notes = kr_obj_new_list(0, NULL);
        exc_dict_store(e, KR_QSTR___notes__, notes);
    }
    kr_obj_list_append(notes, note);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(exc_add_note_obj, exc_add_note);

/* BaseException.__init__(self, *args): (re)sets args (called via super().__init__). */
static kr_obj_t exc_dunder_init(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    if (!kr_obj_is_exception_instance(args[0])) {
        kr_raise_msg(&kr_type_TypeError, "descriptor '__init__' requires a 'BaseException' object");
    }
    kr_obj_exception_t *e = KR_OBJ_TO_PTR(args[0]);
    exc_init_args(e, n_args - 1, args + 1);
    if (kw != NULL && kw->filled > 0 && kr_type_is_subtype(e->base.type, &kr_type_ImportError)) {
        for (size_t i = 0; i < kw->used; i++) {
            if (kw->table[i].key != KR_OBJ_NULL) {
                exc_dict_store(e, kr_obj_str_get_qstr(kw->table[i].key), kw->table[i].value);
            }
        }
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_KW(exc_dunder_init_obj, 1, KR_FUN_ARGS_MAX, exc_dunder_init);

static kr_obj_t exc_print_to_str(kr_obj_t self, kr_print_kind_t kind) {
    if (!kr_obj_is_exception_instance(self)) {
        kr_raise_msg(&kr_type_TypeError, "descriptor requires a 'BaseException' object");
    }
    kr_vstr_t v;
    kr_print_t p;
    kr_vstr_init(&v, 16);
    kr_print_init_vstr(&p, &v);
    exc_print(&p, self, kind);
    return kr_obj_new_str_from_vstr(&v);
}

static kr_obj_t exc_dunder_str(kr_obj_t self) {
    return exc_print_to_str(self, KR_PRINT_STR);
}
static KR_DEFINE_FUN_1(exc_dunder_str_obj, exc_dunder_str);

static kr_obj_t exc_dunder_repr(kr_obj_t self) {
    return exc_print_to_str(self, KR_PRINT_REPR);
}
static KR_DEFINE_FUN_1(exc_dunder_repr_obj, exc_dunder_repr);

static const kr_map_elem_t exc_locals_table[] = {
    { KR_ROM_QSTR(__init__), KR_ROM_PTR(&exc_dunder_init_obj) },
    { KR_ROM_QSTR(__str__), KR_ROM_PTR(&exc_dunder_str_obj) },
    { KR_ROM_QSTR(__repr__), KR_ROM_PTR(&exc_dunder_repr_obj) },
    { KR_ROM_QSTR(with_traceback), KR_ROM_PTR(&exc_with_traceback_obj) },
    { KR_ROM_QSTR(add_note), KR_ROM_PTR(&exc_add_note_obj) },
};
static KR_DEFINE_CONST_DICT(exc_locals_dict, exc_locals_table);

/* ---------------------------------------------------------------- the types */

#define EXC_TYPE(name_, qstr_, parent_) \
    const kr_type_t kr_type_##name_ = { \
        .base = {&kr_type_type}, \
        .flags = KR_TYPE_FLAG_EXCEPTION | KR_TYPE_FLAG_BASETYPE, \
        .name = qstr_, \
        .print = exc_print, \
        .make_new = exc_make_new, \
        .attr = exc_attr, \
        .locals_dict = &exc_locals_dict, \
        .parent = parent_, \
    }

EXC_TYPE(BaseException, KR_QSTR_BaseException, NULL);
EXC_TYPE(SystemExit, KR_QSTR_SystemExit, &kr_type_BaseException);
EXC_TYPE(KeyboardInterrupt, KR_QSTR_KeyboardInterrupt, &kr_type_BaseException);
EXC_TYPE(GeneratorExit, KR_QSTR_GeneratorExit, &kr_type_BaseException);
EXC_TYPE(Exception, KR_QSTR_Exception, &kr_type_BaseException);
EXC_TYPE(StopIteration, KR_QSTR_StopIteration, &kr_type_Exception);
EXC_TYPE(StopAsyncIteration, KR_QSTR_StopAsyncIteration, &kr_type_Exception);
EXC_TYPE(ArithmeticError, KR_QSTR_ArithmeticError, &kr_type_Exception);
EXC_TYPE(FloatingPointError, KR_QSTR_FloatingPointError, &kr_type_ArithmeticError);
EXC_TYPE(OverflowError, KR_QSTR_OverflowError, &kr_type_ArithmeticError);
EXC_TYPE(ZeroDivisionError, KR_QSTR_ZeroDivisionError, &kr_type_ArithmeticError);
EXC_TYPE(AssertionError, KR_QSTR_AssertionError, &kr_type_Exception);
EXC_TYPE(AttributeError, KR_QSTR_AttributeError, &kr_type_Exception);
EXC_TYPE(BufferError, KR_QSTR_BufferError, &kr_type_Exception);
EXC_TYPE(EOFError, KR_QSTR_EOFError, &kr_type_Exception);
EXC_TYPE(ImportError, KR_QSTR_ImportError, &kr_type_Exception);
EXC_TYPE(ModuleNotFoundError, KR_QSTR_ModuleNotFoundError, &kr_type_ImportError);
EXC_TYPE(LookupError, KR_QSTR_LookupError, &kr_type_Exception);
EXC_TYPE(IndexError, KR_QSTR_IndexError, &kr_type_LookupError);
EXC_TYPE(KeyError, KR_QSTR_KeyError, &kr_type_LookupError);
EXC_TYPE(MemoryError, KR_QSTR_MemoryError, &kr_type_Exception);
EXC_TYPE(NameError, KR_QSTR_NameError, &kr_type_Exception);
EXC_TYPE(UnboundLocalError, KR_QSTR_UnboundLocalError, &kr_type_NameError);
EXC_TYPE(OSError, KR_QSTR_OSError, &kr_type_Exception);
EXC_TYPE(BlockingIOError, KR_QSTR_BlockingIOError, &kr_type_OSError);
EXC_TYPE(ChildProcessError, KR_QSTR_ChildProcessError, &kr_type_OSError);
EXC_TYPE(ConnectionError, KR_QSTR_ConnectionError, &kr_type_OSError);
EXC_TYPE(BrokenPipeError, KR_QSTR_BrokenPipeError, &kr_type_ConnectionError);
EXC_TYPE(ConnectionAbortedError, KR_QSTR_ConnectionAbortedError, &kr_type_ConnectionError);
EXC_TYPE(ConnectionRefusedError, KR_QSTR_ConnectionRefusedError, &kr_type_ConnectionError);
EXC_TYPE(ConnectionResetError, KR_QSTR_ConnectionResetError, &kr_type_ConnectionError);
EXC_TYPE(FileExistsError, KR_QSTR_FileExistsError, &kr_type_OSError);
EXC_TYPE(FileNotFoundError, KR_QSTR_FileNotFoundError, &kr_type_OSError);
EXC_TYPE(InterruptedError, KR_QSTR_InterruptedError, &kr_type_OSError);
EXC_TYPE(IsADirectoryError, KR_QSTR_IsADirectoryError, &kr_type_OSError);
EXC_TYPE(NotADirectoryError, KR_QSTR_NotADirectoryError, &kr_type_OSError);
EXC_TYPE(PermissionError, KR_QSTR_PermissionError, &kr_type_OSError);
EXC_TYPE(ProcessLookupError, KR_QSTR_ProcessLookupError, &kr_type_OSError);
EXC_TYPE(TimeoutError, KR_QSTR_TimeoutError, &kr_type_OSError);
EXC_TYPE(ReferenceError, KR_QSTR_ReferenceError, &kr_type_Exception);
EXC_TYPE(RuntimeError, KR_QSTR_RuntimeError, &kr_type_Exception);
EXC_TYPE(NotImplementedError, KR_QSTR_NotImplementedError, &kr_type_RuntimeError);
EXC_TYPE(RecursionError, KR_QSTR_RecursionError, &kr_type_RuntimeError);
EXC_TYPE(SyntaxError, KR_QSTR_SyntaxError, &kr_type_Exception);
EXC_TYPE(IndentationError, KR_QSTR_IndentationError, &kr_type_SyntaxError);
EXC_TYPE(TabError, KR_QSTR_TabError, &kr_type_IndentationError);
EXC_TYPE(SystemError, KR_QSTR_SystemError, &kr_type_Exception);
EXC_TYPE(TypeError, KR_QSTR_TypeError, &kr_type_Exception);
EXC_TYPE(ValueError, KR_QSTR_ValueError, &kr_type_Exception);
EXC_TYPE(UnicodeError, KR_QSTR_UnicodeError, &kr_type_ValueError);
EXC_TYPE(UnicodeDecodeError, KR_QSTR_UnicodeDecodeError, &kr_type_UnicodeError);
EXC_TYPE(UnicodeEncodeError, KR_QSTR_UnicodeEncodeError, &kr_type_UnicodeError);
EXC_TYPE(UnicodeTranslateError, KR_QSTR_UnicodeTranslateError, &kr_type_UnicodeError);
EXC_TYPE(Warning, KR_QSTR_Warning, &kr_type_Exception);
EXC_TYPE(UserWarning, KR_QSTR_UserWarning, &kr_type_Warning);
EXC_TYPE(DeprecationWarning, KR_QSTR_DeprecationWarning, &kr_type_Warning);
EXC_TYPE(PendingDeprecationWarning, KR_QSTR_PendingDeprecationWarning, &kr_type_Warning);
EXC_TYPE(RuntimeWarning, KR_QSTR_RuntimeWarning, &kr_type_Warning);
EXC_TYPE(SyntaxWarning, KR_QSTR_SyntaxWarning, &kr_type_Warning);
EXC_TYPE(FutureWarning, KR_QSTR_FutureWarning, &kr_type_Warning);
EXC_TYPE(ImportWarning, KR_QSTR_ImportWarning, &kr_type_Warning);
EXC_TYPE(UnicodeWarning, KR_QSTR_UnicodeWarning, &kr_type_Warning);
EXC_TYPE(BytesWarning, KR_QSTR_BytesWarning, &kr_type_Warning);
EXC_TYPE(ResourceWarning, KR_QSTR_ResourceWarning, &kr_type_Warning);
EXC_TYPE(EncodingWarning, KR_QSTR_EncodingWarning, &kr_type_Warning);

/* ---------------------------------------------------------------- traceback record */

/* exc->traceback points at an atomic GC block: [count, (file, line, block) * count]. */
void kr_obj_exception_add_traceback(kr_obj_t exc, kr_qstr_t file, size_t line, kr_qstr_t block) {
    if (!kr_obj_is_exception_instance(exc)) {
        return;
    }
    kr_obj_exception_t *e = KR_OBJ_TO_PTR(exc);
    uintptr_t *tb = (uintptr_t *)KR_OBJ_TO_PTR(e->traceback);
    size_t n = tb != NULL ? tb[0] : 0;
    size_t need = (1 + 3 * (n + 1)) * sizeof(uintptr_t);
    if (tb == NULL || kr_gc_nbytes(tb) < need) {
        uintptr_t *nt = kr_gc_alloc_maybe(need + 6 * sizeof(uintptr_t), KR_GC_FLAG_ATOMIC);
        if (nt == NULL) {
            return;
        }
        if (tb != NULL) {
            memcpy(nt, tb, (1 + 3 * n) * sizeof(uintptr_t));
        }
        tb = nt;
        e->traceback = KR_OBJ_FROM_PTR(tb);
    }
    tb[1 + 3 * n] = file;
    tb[2 + 3 * n] = line;
    tb[3 + 3 * n] = block;
    tb[0] = n + 1;
}

void kr_obj_exception_clear_traceback(kr_obj_t exc) {
    if (kr_obj_is_exception_instance(exc)) {
        ((kr_obj_exception_t *)KR_OBJ_TO_PTR(exc))->traceback = KR_OBJ_NULL;
    }
}

/* ---------------------------------------------------------------- traceback printing */

/* Source line `line` (1-based) of a readable file, stripped; false if unavailable. */
typedef struct { kr_qstr_t file; char *src; size_t len; } src_cache_t;

static bool get_source_line(src_cache_t *c, kr_qstr_t file, size_t line, const char **s, size_t *len) {
    if (c->file != file) {
        c->file = file;
        c->src = NULL;
        const char *name = kr_qstr_str(file);
        if (name[0] == '<' || kr_port_stat(name) != 1) {
            return false;
        }
        c->src = kr_port_read_file(name, &c->len);
    }
    if (c->src == NULL || line == 0) {
        return false;
    }
    const char *p = c->src, *end = c->src + c->len;
    for (size_t l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (nl == NULL) {
            return false;
        }
        p = nl + 1;
    }
    if (p >= end) {
        return false;
    }
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (e == NULL) {
        e = end;
    }
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\f')) {
        p++;
    }
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) {
        e--;
    }
    if (p == e) {
        return false;
    }
    *s = p;
    *len = (size_t)(e - p);
    return true;
}

static void print_type_name(const kr_print_t *p, const kr_type_t *t) {
    if (kr_type_is_heap(t)) {
        const kr_obj_class_t *c = (const kr_obj_class_t *)t;
        if (c->module != KR_OBJ_NULL && kr_obj_is_str(c->module)) {
            size_t len;
            const char *m = kr_obj_str_get_data(c->module, &len);
            if (!(len == 8 && memcmp(m, "__main__", 8) == 0) && !(len == 8 && memcmp(m, "builtins", 8) == 0)) {
                kr_print_strn(p, m, len);
                kr_print_str(p, ".");
            }
        }
        kr_print_str(p, kr_qstr_str(c->qualname != KR_QSTR_NULL ? c->qualname : t->name));
        return;
    }
    kr_print_str(p, kr_qstr_str(t->name));
}

void kr_obj_exception_print_last_line(const kr_print_t *p, kr_obj_t exc) {
    const kr_type_t *t = kr_obj_get_type(exc);
    print_type_name(p, t);
    kr_vstr_t v;
    kr_print_t vp;
    kr_nlr_buf_t nlr;
    /* str(exc) is built on the heap, which may be exhausted (MemoryError) or
     * the str may raise: the type name is printed whatever happens. */
    if (kr_nlr_push(&nlr) == 0) {
        kr_vstr_init(&v, 32);
        kr_print_init_vstr(&vp, &v);
        kr_obj_exception_t *e = KR_OBJ_TO_PTR(exc);
        kr_obj_t msg = kr_obj_is_exception_instance(exc) && kr_type_is_subtype(t, &kr_type_SyntaxError)
                       && !kr_type_is_heap(t) ? exc_dict_get(e, KR_QSTR_msg) : KR_OBJ_NULL;
        if (msg != KR_OBJ_NULL) {
            kr_obj_print(&vp, msg, KR_PRINT_STR);
        } else {
            kr_obj_print(&vp, exc, KR_PRINT_STR);
        }
        kr_nlr_pop();
        if (v.len > 0) {
            kr_print_str(p, ": ");
            kr_print_strn(p, v.buf, v.len);
        }
    } else if (!kr_type_is_subtype(t, &kr_type_MemoryError)) {
        kr_print_str(p, ": <exception str() failed>");
    }
}

static void print_syntax_error_location(const kr_print_t *p, kr_obj_exception_t *e) {
    kr_obj_t fn = exc_dict_get(e, KR_QSTR_filename);
    kr_obj_t ln = exc_dict_get(e, KR_QSTR_lineno);
    if (fn == KR_OBJ_NULL || !kr_obj_is_str(fn)) {
        return;
    }
    kr_print_str(p, "  File \"");
    kr_obj_print(p, fn, KR_PRINT_STR);
    kr_print_str(p, "\"");
    if (ln != KR_OBJ_NULL && KR_IS_SMALL_INT(ln)) {
        kr_printf(p, ", line %ld", (long)KR_SMALL_INT_VALUE(ln));
    }
    kr_print_str(p, "\n");
    kr_obj_t text = exc_dict_get(e, KR_QSTR_text);
    if (text == KR_OBJ_NULL || !kr_obj_is_str(text)) {
        return;
    }
    size_t len;
    const char *s = kr_obj_str_get_data(text, &len);
    size_t start = 0;
    while (start < len && (s[start] == ' ' || s[start] == '\t' || s[start] == '\f')) {
        start++;
    }
    size_t end = len;
    while (end > start && (s[end - 1] == '\n' || s[end - 1] == '\r' || s[end - 1] == ' ')) {
        end--;
    }
    kr_print_str(p, "    ");
    kr_print_strn(p, s + start, end - start);
    kr_print_str(p, "\n");
    kr_obj_t off = exc_dict_get(e, KR_QSTR_offset);
    if (kr_type_is_subtype(e->base.type, &kr_type_IndentationError) || off == KR_OBJ_NULL
        || !KR_IS_SMALL_INT(off)) {
        return;
    }
    kr_int_t col = KR_SMALL_INT_VALUE(off) - 1 - (kr_int_t)start;   /* bytes into the stripped line */
    if (col < 0) {
        col = 0;
    }
    if ((size_t)col > end - start) {
        col = (kr_int_t)(end - start);
    }
    kr_print_str(p, "    ");
    /* count code points before the caret */
    size_t ncp = 0;
    for (kr_int_t i = 0; i < col; i++) {
        if (((unsigned char)s[start + (size_t)i] & 0xc0) != 0x80) {
            ncp++;
        }
    }
    for (size_t i = 0; i < ncp; i++) {
        kr_print_str(p, " ");
    }
    kr_print_str(p, "^\n");
}

static void print_one_exception(const kr_print_t *p, kr_obj_t exc) {
    kr_obj_exception_t *e = KR_OBJ_TO_PTR(exc);
    uintptr_t *tb = (uintptr_t *)KR_OBJ_TO_PTR(e->traceback);
    if (tb != NULL && tb[0] > 0) {
        src_cache_t cache = {KR_QSTR_NULL, NULL, 0};
        kr_print_str(p, "Traceback (most recent call last):\n");
        for (size_t i = tb[0]; i-- > 0;) {
            kr_qstr_t file = (kr_qstr_t)tb[1 + 3 * i];
            size_t line = tb[2 + 3 * i];
            kr_qstr_t block = (kr_qstr_t)tb[3 + 3 * i];
            kr_printf(p, "  File \"%s\", line %u, in %s\n", kr_qstr_str(file), (unsigned)line,
                      kr_qstr_str(block));
            const char *s;
            size_t len;
            kr_nlr_buf_t nlr;
            if (kr_nlr_push(&nlr) == 0) {
                if (get_source_line(&cache, file, line, &s, &len)) {
                    kr_print_str(p, "    ");
                    kr_print_strn(p, s, len);
                    kr_print_str(p, "\n");
                }
                kr_nlr_pop();
            } else {
                cache.src = NULL;
            }
        }
    }
    if (kr_type_is_subtype(e->base.type, &kr_type_SyntaxError)) {
        print_syntax_error_location(p, e);
    }
    kr_obj_exception_print_last_line(p, exc);
    kr_print_str(p, "\n");
    kr_obj_t notes = exc_dict_get(e, KR_QSTR___notes__);
    if (notes != KR_OBJ_NULL && kr_obj_is_type(notes, &kr_type_list)) {
        kr_obj_list_t *l = KR_OBJ_TO_PTR(notes);
        for (size_t i = 0; i < l->len; i++) {
            kr_obj_print(p, l->items[i], KR_PRINT_STR);
            kr_print_str(p, "\n");
        }
    }
}

static void print_chain(const kr_print_t *p, kr_obj_t exc, int depth) {
    if (!kr_obj_is_exception_instance(exc)) {
        kr_print_str(p, "TypeError: print_exception(): Exception expected\n");
        return;
    }
    kr_obj_exception_t *e = KR_OBJ_TO_PTR(exc);
    if (depth < 32) {
        if (e->cause != KR_OBJ_NULL && kr_obj_is_exception_instance(e->cause)) {
            print_chain(p, e->cause, depth + 1);
            kr_print_str(p, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e->context != KR_OBJ_NULL && !e->suppress_context && kr_obj_is_exception_instance(e->context)) {
            print_chain(p, e->context, depth + 1);
            kr_print_str(p, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    print_one_exception(p, exc);
}

void kr_obj_exception_print_traceback(const kr_print_t *p, kr_obj_t exc) {
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        print_chain(p, exc, 0);
        kr_nlr_pop();
    } else {
        /* printing failed part way (heap exhausted): end with the type's name */
        kr_print_str(p, "\n");
        print_type_name(p, kr_obj_get_type(exc));
        kr_print_str(p, "\n");
    }
}

/* ---------------------------------------------------------------- raising */

/* Set exc.__context__ to the exception being handled (as CPython does at raise time),
 * breaking any cycle that would form. */
static void set_context(kr_obj_exception_t *e) {
    kr_obj_t cur = kr_state.cur_exc;
    kr_obj_t self = KR_OBJ_FROM_PTR(e);
    if (cur == KR_OBJ_NULL || cur == KR_OBJ_NONE || cur == self || e->context != KR_OBJ_NULL
        || !kr_obj_is_exception_instance(cur)) {
        return;
    }
    kr_obj_exception_t *o = KR_OBJ_TO_PTR(cur);
    for (int i = 0; i < 100 && o != NULL; i++) {
        if (o->context == self) {
            o->context = KR_OBJ_NULL;
            break;
        }
        o = o->context != KR_OBJ_NULL ? KR_OBJ_TO_PTR(o->context) : NULL;
    }
    e->context = cur;
}

_Noreturn void kr_raise(kr_obj_t exc) {
    if (kr_obj_is_exception_type(exc)) {
        const kr_type_t *t = KR_OBJ_TO_PTR(exc);
        if (kr_type_is_heap(t)) {
            exc = kr_call(exc, 0, 0, NULL);
            if (!kr_obj_is_exception_instance(exc)) {
                kr_raise_fmt(&kr_type_TypeError, "calling %s should have returned an instance of BaseException, not %s",
                             kr_qstr_str(t->name), kr_obj_type_name(exc));
            }
        } else {
            exc = kr_obj_new_exception(t);
        }
    } else if (!kr_obj_is_exception_instance(exc)) {
        exc = kr_obj_new_exception_msg(&kr_type_TypeError, "exceptions must derive from BaseException");
    }
    if (exc != KR_OBJ_FROM_PTR(&kr_state.emergency_exc)) {
        set_context(KR_OBJ_TO_PTR(exc));
    }
    kr_nlr_jump(exc);
}

_Noreturn void kr_raise_msg(const kr_type_t *type, const char *msg) {
    kr_raise(kr_obj_new_exception_msg(type, msg));
}

_Noreturn void kr_raise_fmt(const kr_type_t *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    kr_obj_t e = exc_vfmt(type, fmt, ap);
    va_end(ap);
    kr_raise(e);
}

_Noreturn void kr_raise_type(const kr_type_t *type) {
    kr_raise(kr_obj_new_exception(type));
}

_Noreturn void kr_raise_oserror(int errno_value) {
    const char *msg = strerror(errno_value);
    kr_obj_t args[2] = { KR_NEW_SMALL_INT(errno_value), kr_obj_new_str(msg, strlen(msg)) };
    kr_raise(kr_obj_new_exception_args(kr_obj_exception_oserror_type(errno_value), 2, args));
}

_Noreturn void kr_raise_memory_error(void) {
    kr_obj_exception_t *e = &kr_state.emergency_exc;
    e->base.type = &kr_type_MemoryError;
    e->traceback = emergency_tb();
    e->cause = KR_OBJ_NULL;
    e->context = KR_OBJ_NULL;
    e->suppress_context = false;
    e->dict = NULL;
    e->args = (kr_obj_tuple_t *)&exc_empty_tuple;
    kr_nlr_jump(KR_OBJ_FROM_PTR(e));
}

_Noreturn void kr_raise_recursion_error(void) {
    kr_raise_msg(&kr_type_RecursionError, "maximum recursion depth exceeded");
}

_Noreturn void kr_raise_not_implemented(const char *what) {
    kr_raise_msg(&kr_type_NotImplementedError, what);
}

/* ---------------------------------------------------------------- exception types of modules */

/* The generic exception slots, for types defined elsewhere with KR_DEFINE_EXCEPTION_TYPE
 * (struct.error, json.JSONDecodeError, ...). */
void kr_obj_exception_slot_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    exc_print(p, self, kind);
}

kr_obj_t kr_obj_exception_slot_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    return exc_make_new(type, n_args, n_kw, args);
}

void kr_obj_exception_slot_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    exc_attr(self, attr, dest);
}
