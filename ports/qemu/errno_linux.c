/* errno_linux.c: strerror for the qemu port, whose errno values are renumbered as Linux's
 * (errno_linux.h); the texts are glibc's, as CPython and MicroPython on unix print them. */
#include <string.h>
#include "errno_linux.h"
#undef strerror
char *strerror(int err);   /* newlib's (string.h declared it under the macro name) */

char *kr_errno_linux_strerror(int err) {
    switch (err) {
        case EADDRINUSE:
            return (char *)"Address already in use";
        case EADDRNOTAVAIL:
            return (char *)"Cannot assign requested address";
        case EALREADY:
            return (char *)"Operation already in progress";
        case ECONNABORTED:
            return (char *)"Software caused connection abort";
        case EHOSTUNREACH:
            return (char *)"No route to host";
        case EINPROGRESS:
            return (char *)"Operation now in progress";
        case EISCONN:
            return (char *)"Transport endpoint is already connected";
        case ELOOP:
            return (char *)"Too many levels of symbolic links";
        case ENAMETOOLONG:
            return (char *)"File name too long";
        case ENETDOWN:
            return (char *)"Network is down";
        case ENETUNREACH:
            return (char *)"Network is unreachable";
        case ENOSYS:
            return (char *)"Function not implemented";
        case ENOTCONN:
            return (char *)"Transport endpoint is not connected";
        case ENOTEMPTY:
            return (char *)"Directory not empty";
        case ENOTSUP:
            return (char *)"Operation not supported";
        case ESTALE:
            return (char *)"Stale file handle";
        case ETIMEDOUT:
            return (char *)"Connection timed out";
        case EWOULDBLOCK:
            return (char *)"Resource temporarily unavailable";
        default:
            return strerror(err);
    }
}
