/* moderrno.c: the errno module (the C library's errno constants and the errorcode dict). */
#include <errno.h>
#include "obj.h"

#if KR_MODULE_ERRNO

/* errorcode: int -> name, a ROM dict whose keys are small ints (searched linearly). */
static const kr_map_elem_t errorcode_table[] = {
#ifdef EPERM
    { KR_ROM_INT(EPERM), KR_ROM_QSTR(EPERM) },
#endif
#ifdef ENOENT
    { KR_ROM_INT(ENOENT), KR_ROM_QSTR(ENOENT) },
#endif
#ifdef ESRCH
    { KR_ROM_INT(ESRCH), KR_ROM_QSTR(ESRCH) },
#endif
#ifdef EINTR
    { KR_ROM_INT(EINTR), KR_ROM_QSTR(EINTR) },
#endif
#ifdef EIO
    { KR_ROM_INT(EIO), KR_ROM_QSTR(EIO) },
#endif
#ifdef ENXIO
    { KR_ROM_INT(ENXIO), KR_ROM_QSTR(ENXIO) },
#endif
#ifdef E2BIG
    { KR_ROM_INT(E2BIG), KR_ROM_QSTR(E2BIG) },
#endif
#ifdef ENOEXEC
    { KR_ROM_INT(ENOEXEC), KR_ROM_QSTR(ENOEXEC) },
#endif
#ifdef EBADF
    { KR_ROM_INT(EBADF), KR_ROM_QSTR(EBADF) },
#endif
#ifdef ECHILD
    { KR_ROM_INT(ECHILD), KR_ROM_QSTR(ECHILD) },
#endif
#ifdef EAGAIN
    { KR_ROM_INT(EAGAIN), KR_ROM_QSTR(EAGAIN) },
#endif
#ifdef ENOMEM
    { KR_ROM_INT(ENOMEM), KR_ROM_QSTR(ENOMEM) },
#endif
#ifdef EACCES
    { KR_ROM_INT(EACCES), KR_ROM_QSTR(EACCES) },
#endif
#ifdef EFAULT
    { KR_ROM_INT(EFAULT), KR_ROM_QSTR(EFAULT) },
#endif
#ifdef EBUSY
    { KR_ROM_INT(EBUSY), KR_ROM_QSTR(EBUSY) },
#endif
#ifdef EEXIST
    { KR_ROM_INT(EEXIST), KR_ROM_QSTR(EEXIST) },
#endif
#ifdef EXDEV
    { KR_ROM_INT(EXDEV), KR_ROM_QSTR(EXDEV) },
#endif
#ifdef ENODEV
    { KR_ROM_INT(ENODEV), KR_ROM_QSTR(ENODEV) },
#endif
#ifdef ENOTDIR
    { KR_ROM_INT(ENOTDIR), KR_ROM_QSTR(ENOTDIR) },
#endif
#ifdef EISDIR
    { KR_ROM_INT(EISDIR), KR_ROM_QSTR(EISDIR) },
#endif
#ifdef EINVAL
    { KR_ROM_INT(EINVAL), KR_ROM_QSTR(EINVAL) },
#endif
#ifdef ENFILE
    { KR_ROM_INT(ENFILE), KR_ROM_QSTR(ENFILE) },
#endif
#ifdef EMFILE
    { KR_ROM_INT(EMFILE), KR_ROM_QSTR(EMFILE) },
#endif
#ifdef ENOTTY
    { KR_ROM_INT(ENOTTY), KR_ROM_QSTR(ENOTTY) },
#endif
#ifdef EFBIG
    { KR_ROM_INT(EFBIG), KR_ROM_QSTR(EFBIG) },
#endif
#ifdef ENOSPC
    { KR_ROM_INT(ENOSPC), KR_ROM_QSTR(ENOSPC) },
#endif
#ifdef ESPIPE
    { KR_ROM_INT(ESPIPE), KR_ROM_QSTR(ESPIPE) },
#endif
#ifdef EROFS
    { KR_ROM_INT(EROFS), KR_ROM_QSTR(EROFS) },
#endif
#ifdef EMLINK
    { KR_ROM_INT(EMLINK), KR_ROM_QSTR(EMLINK) },
#endif
#ifdef EPIPE
    { KR_ROM_INT(EPIPE), KR_ROM_QSTR(EPIPE) },
#endif
#ifdef EDOM
    { KR_ROM_INT(EDOM), KR_ROM_QSTR(EDOM) },
#endif
#ifdef ERANGE
    { KR_ROM_INT(ERANGE), KR_ROM_QSTR(ERANGE) },
#endif
#ifdef ENAMETOOLONG
    { KR_ROM_INT(ENAMETOOLONG), KR_ROM_QSTR(ENAMETOOLONG) },
#endif
#ifdef ENOSYS
    { KR_ROM_INT(ENOSYS), KR_ROM_QSTR(ENOSYS) },
#endif
#ifdef ENOTEMPTY
    { KR_ROM_INT(ENOTEMPTY), KR_ROM_QSTR(ENOTEMPTY) },
#endif
#ifdef ELOOP
    { KR_ROM_INT(ELOOP), KR_ROM_QSTR(ELOOP) },
#endif
#ifdef ENOTSUP
    { KR_ROM_INT(ENOTSUP), KR_ROM_QSTR(ENOTSUP) },
#endif
#ifdef EADDRINUSE
    { KR_ROM_INT(EADDRINUSE), KR_ROM_QSTR(EADDRINUSE) },
#endif
#ifdef EADDRNOTAVAIL
    { KR_ROM_INT(EADDRNOTAVAIL), KR_ROM_QSTR(EADDRNOTAVAIL) },
#endif
#ifdef ENETDOWN
    { KR_ROM_INT(ENETDOWN), KR_ROM_QSTR(ENETDOWN) },
#endif
#ifdef ENETUNREACH
    { KR_ROM_INT(ENETUNREACH), KR_ROM_QSTR(ENETUNREACH) },
#endif
#ifdef ECONNABORTED
    { KR_ROM_INT(ECONNABORTED), KR_ROM_QSTR(ECONNABORTED) },
#endif
#ifdef ECONNRESET
    { KR_ROM_INT(ECONNRESET), KR_ROM_QSTR(ECONNRESET) },
#endif
#ifdef ENOBUFS
    { KR_ROM_INT(ENOBUFS), KR_ROM_QSTR(ENOBUFS) },
#endif
#ifdef EISCONN
    { KR_ROM_INT(EISCONN), KR_ROM_QSTR(EISCONN) },
#endif
#ifdef ENOTCONN
    { KR_ROM_INT(ENOTCONN), KR_ROM_QSTR(ENOTCONN) },
#endif
#ifdef ETIMEDOUT
    { KR_ROM_INT(ETIMEDOUT), KR_ROM_QSTR(ETIMEDOUT) },
#endif
#ifdef ECONNREFUSED
    { KR_ROM_INT(ECONNREFUSED), KR_ROM_QSTR(ECONNREFUSED) },
#endif
#ifdef EHOSTUNREACH
    { KR_ROM_INT(EHOSTUNREACH), KR_ROM_QSTR(EHOSTUNREACH) },
#endif
#ifdef EALREADY
    { KR_ROM_INT(EALREADY), KR_ROM_QSTR(EALREADY) },
#endif
#ifdef EINPROGRESS
    { KR_ROM_INT(EINPROGRESS), KR_ROM_QSTR(EINPROGRESS) },
#endif
};
static const kr_obj_dict_t errorcode_dict = {
    .base = {&kr_type_dict},
    .map = { .used = sizeof(errorcode_table) / sizeof(kr_map_elem_t),
             .alloc = sizeof(errorcode_table) / sizeof(kr_map_elem_t),
             .filled = sizeof(errorcode_table) / sizeof(kr_map_elem_t),
             .is_fixed = 1, .all_qstr_keys = 0,
             .table = (kr_map_elem_t *)errorcode_table, .index = NULL },
};

static const kr_map_elem_t errno_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(errno) },
    { KR_ROM_QSTR(errorcode), KR_ROM_PTR(&errorcode_dict) },
#ifdef E2BIG
    { KR_ROM_QSTR(E2BIG), KR_ROM_INT(E2BIG) },
#endif
#ifdef EACCES
    { KR_ROM_QSTR(EACCES), KR_ROM_INT(EACCES) },
#endif
#ifdef EADDRINUSE
    { KR_ROM_QSTR(EADDRINUSE), KR_ROM_INT(EADDRINUSE) },
#endif
#ifdef EADDRNOTAVAIL
    { KR_ROM_QSTR(EADDRNOTAVAIL), KR_ROM_INT(EADDRNOTAVAIL) },
#endif
#ifdef EAGAIN
    { KR_ROM_QSTR(EAGAIN), KR_ROM_INT(EAGAIN) },
#endif
#ifdef EALREADY
    { KR_ROM_QSTR(EALREADY), KR_ROM_INT(EALREADY) },
#endif
#ifdef EBADF
    { KR_ROM_QSTR(EBADF), KR_ROM_INT(EBADF) },
#endif
#ifdef EBUSY
    { KR_ROM_QSTR(EBUSY), KR_ROM_INT(EBUSY) },
#endif
#ifdef ECHILD
    { KR_ROM_QSTR(ECHILD), KR_ROM_INT(ECHILD) },
#endif
#ifdef ECONNABORTED
    { KR_ROM_QSTR(ECONNABORTED), KR_ROM_INT(ECONNABORTED) },
#endif
#ifdef ECONNREFUSED
    { KR_ROM_QSTR(ECONNREFUSED), KR_ROM_INT(ECONNREFUSED) },
#endif
#ifdef ECONNRESET
    { KR_ROM_QSTR(ECONNRESET), KR_ROM_INT(ECONNRESET) },
#endif
#ifdef EDOM
    { KR_ROM_QSTR(EDOM), KR_ROM_INT(EDOM) },
#endif
#ifdef EEXIST
    { KR_ROM_QSTR(EEXIST), KR_ROM_INT(EEXIST) },
#endif
#ifdef EFAULT
    { KR_ROM_QSTR(EFAULT), KR_ROM_INT(EFAULT) },
#endif
#ifdef EFBIG
    { KR_ROM_QSTR(EFBIG), KR_ROM_INT(EFBIG) },
#endif
#ifdef EHOSTUNREACH
    { KR_ROM_QSTR(EHOSTUNREACH), KR_ROM_INT(EHOSTUNREACH) },
#endif
#ifdef EINPROGRESS
    { KR_ROM_QSTR(EINPROGRESS), KR_ROM_INT(EINPROGRESS) },
#endif
#ifdef EINTR
    { KR_ROM_QSTR(EINTR), KR_ROM_INT(EINTR) },
#endif
#ifdef EINVAL
    { KR_ROM_QSTR(EINVAL), KR_ROM_INT(EINVAL) },
#endif
#ifdef EIO
    { KR_ROM_QSTR(EIO), KR_ROM_INT(EIO) },
#endif
#ifdef EISCONN
    { KR_ROM_QSTR(EISCONN), KR_ROM_INT(EISCONN) },
#endif
#ifdef EISDIR
    { KR_ROM_QSTR(EISDIR), KR_ROM_INT(EISDIR) },
#endif
#ifdef ELOOP
    { KR_ROM_QSTR(ELOOP), KR_ROM_INT(ELOOP) },
#endif
#ifdef EMFILE
    { KR_ROM_QSTR(EMFILE), KR_ROM_INT(EMFILE) },
#endif
#ifdef EMLINK
    { KR_ROM_QSTR(EMLINK), KR_ROM_INT(EMLINK) },
#endif
#ifdef ENAMETOOLONG
    { KR_ROM_QSTR(ENAMETOOLONG), KR_ROM_INT(ENAMETOOLONG) },
#endif
#ifdef ENETDOWN
    { KR_ROM_QSTR(ENETDOWN), KR_ROM_INT(ENETDOWN) },
#endif
#ifdef ENETUNREACH
    { KR_ROM_QSTR(ENETUNREACH), KR_ROM_INT(ENETUNREACH) },
#endif
#ifdef ENFILE
    { KR_ROM_QSTR(ENFILE), KR_ROM_INT(ENFILE) },
#endif
#ifdef ENOBUFS
    { KR_ROM_QSTR(ENOBUFS), KR_ROM_INT(ENOBUFS) },
#endif
#ifdef ENODEV
    { KR_ROM_QSTR(ENODEV), KR_ROM_INT(ENODEV) },
#endif
#ifdef ENOENT
    { KR_ROM_QSTR(ENOENT), KR_ROM_INT(ENOENT) },
#endif
#ifdef ENOEXEC
    { KR_ROM_QSTR(ENOEXEC), KR_ROM_INT(ENOEXEC) },
#endif
#ifdef ENOMEM
    { KR_ROM_QSTR(ENOMEM), KR_ROM_INT(ENOMEM) },
#endif
#ifdef ENOSPC
    { KR_ROM_QSTR(ENOSPC), KR_ROM_INT(ENOSPC) },
#endif
#ifdef ENOSYS
    { KR_ROM_QSTR(ENOSYS), KR_ROM_INT(ENOSYS) },
#endif
#ifdef ENOTCONN
    { KR_ROM_QSTR(ENOTCONN), KR_ROM_INT(ENOTCONN) },
#endif
#ifdef ENOTDIR
    { KR_ROM_QSTR(ENOTDIR), KR_ROM_INT(ENOTDIR) },
#endif
#ifdef ENOTEMPTY
    { KR_ROM_QSTR(ENOTEMPTY), KR_ROM_INT(ENOTEMPTY) },
#endif
#ifdef ENOTSUP
    { KR_ROM_QSTR(ENOTSUP), KR_ROM_INT(ENOTSUP) },
#endif
#ifdef ENOTTY
    { KR_ROM_QSTR(ENOTTY), KR_ROM_INT(ENOTTY) },
#endif
#ifdef ENXIO
    { KR_ROM_QSTR(ENXIO), KR_ROM_INT(ENXIO) },
#endif
#ifdef EOPNOTSUPP
    { KR_ROM_QSTR(EOPNOTSUPP), KR_ROM_INT(EOPNOTSUPP) },
#endif
#ifdef EPERM
    { KR_ROM_QSTR(EPERM), KR_ROM_INT(EPERM) },
#endif
#ifdef EPIPE
    { KR_ROM_QSTR(EPIPE), KR_ROM_INT(EPIPE) },
#endif
#ifdef ERANGE
    { KR_ROM_QSTR(ERANGE), KR_ROM_INT(ERANGE) },
#endif
#ifdef EROFS
    { KR_ROM_QSTR(EROFS), KR_ROM_INT(EROFS) },
#endif
#ifdef ESPIPE
    { KR_ROM_QSTR(ESPIPE), KR_ROM_INT(ESPIPE) },
#endif
#ifdef ESRCH
    { KR_ROM_QSTR(ESRCH), KR_ROM_INT(ESRCH) },
#endif
#ifdef ETIMEDOUT
    { KR_ROM_QSTR(ETIMEDOUT), KR_ROM_INT(ETIMEDOUT) },
#endif
#ifdef EXDEV
    { KR_ROM_QSTR(EXDEV), KR_ROM_INT(EXDEV) },
#endif
#if defined(EAGAIN)
    { KR_ROM_QSTR(EWOULDBLOCK), KR_ROM_INT(EAGAIN) },
#endif
};
static KR_DEFINE_CONST_DICT(errno_globals, errno_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_errno, errno_globals);

#endif /* KR_MODULE_ERRNO */
