/* objexcept.h: the exception types beyond obj.h's list and exception helpers (objexcept.c). */
#ifndef KRAIT_OBJEXCEPT_H
#define KRAIT_OBJEXCEPT_H

#include "obj.h"

extern const kr_type_t kr_type_BufferError, kr_type_ReferenceError, kr_type_SystemError,
    kr_type_TabError, kr_type_UnicodeDecodeError, kr_type_UnicodeEncodeError,
    kr_type_UnicodeTranslateError, kr_type_BlockingIOError, kr_type_ChildProcessError,
    kr_type_ConnectionError, kr_type_BrokenPipeError, kr_type_ConnectionAbortedError,
    kr_type_ConnectionRefusedError, kr_type_ConnectionResetError, kr_type_FileExistsError,
    kr_type_FileNotFoundError, kr_type_InterruptedError, kr_type_IsADirectoryError,
    kr_type_NotADirectoryError, kr_type_PermissionError, kr_type_ProcessLookupError,
    kr_type_TimeoutError, kr_type_Warning, kr_type_UserWarning, kr_type_DeprecationWarning,
    kr_type_PendingDeprecationWarning, kr_type_RuntimeWarning, kr_type_SyntaxWarning,
    kr_type_FutureWarning, kr_type_ImportWarning, kr_type_UnicodeWarning, kr_type_BytesWarning,
    kr_type_ResourceWarning, kr_type_EncodingWarning;

/* The OSError subclass CPython picks for an errno value (&kr_type_OSError if none). */
const kr_type_t *kr_obj_exception_oserror_type(kr_int_t errno_value);
/* The exception's args tuple (never NULL). */
kr_obj_tuple_t *kr_obj_exception_get_args(kr_obj_t exc);
/* Print "Type: message" (or "Type") as the last line of a traceback (no newline). */
void kr_obj_exception_print_last_line(const kr_print_t *p, kr_obj_t exc);

/* Exception types defined outside objexcept.c (module errors such as struct.error):
 * KR_DEFINE_EXCEPTION_TYPE(kr_type_struct_error, KR_QSTR_error, &kr_type_Exception);
 * methods come from the parent chain. */
void kr_obj_exception_slot_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind);
kr_obj_t kr_obj_exception_slot_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args);
void kr_obj_exception_slot_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest);
#define KR_DEFINE_EXCEPTION_TYPE(obj, qstr_, parent_) \
    const kr_type_t obj = { \
        .base = {&kr_type_type}, \
        .flags = KR_TYPE_FLAG_EXCEPTION | KR_TYPE_FLAG_BASETYPE, \
        .name = qstr_, \
        .print = kr_obj_exception_slot_print, \
        .make_new = kr_obj_exception_slot_make_new, \
        .attr = kr_obj_exception_slot_attr, \
        .parent = parent_, \
    }

#endif /* KRAIT_OBJEXCEPT_H */
