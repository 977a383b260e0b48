/* errno_linux.h: errno values as MicroPython and Linux number them (newlib's differ above 34).
 * Forced into every file of the qemu port (-include): the board has no OS whose errors
 * these must match, and programs written for MicroPython compare against these numbers.
 * newlib itself only sets values below 35 (ERANGE, EDOM, EINVAL, ...), which agree. */
#ifndef KRAIT_ERRNO_LINUX_H
#define KRAIT_ERRNO_LINUX_H
#include <errno.h>

#undef EADDRINUSE
#define EADDRINUSE 98
#undef EADDRNOTAVAIL
#define EADDRNOTAVAIL 99
#undef EALREADY
#define EALREADY 114
#undef ECONNABORTED
#define ECONNABORTED 103
#undef EHOSTUNREACH
#define EHOSTUNREACH 113
#undef EINPROGRESS
#define EINPROGRESS 115
#undef EISCONN
#define EISCONN 106
#undef ELOOP
#define ELOOP 40
#undef ENAMETOOLONG
#define ENAMETOOLONG 36
#undef ENETDOWN
#define ENETDOWN 100
#undef ENETUNREACH
#define ENETUNREACH 101
#undef ENOSYS
#define ENOSYS 38
#undef ENOTCONN
#define ENOTCONN 107
#undef ENOTEMPTY
#define ENOTEMPTY 39
#undef ENOTSUP
#define ENOTSUP 95
#undef ESTALE
#define ESTALE 116
#undef ETIMEDOUT
#define ETIMEDOUT 110
#undef EWOULDBLOCK
#define EWOULDBLOCK 11

/* strerror knows newlib's numbers: the renumbered ones get their texts in errno_linux.c */
char *kr_errno_linux_strerror(int err);
#define strerror kr_errno_linux_strerror

#endif /* KRAIT_ERRNO_LINUX_H */
