/* printffix.c: C99 size modifiers (%zu, %td, %jd) for newlib builds without them: the
 * linker routes snprintf/vsnprintf here (--wrap) and the format is rewritten for the
 * 32-bit ABI before newlib's own formatter sees it. That formatter is newlib's
 * integer-only one (vsniprintf): Krait formats floats itself (core/floatfmt.c), so
 * newlib's float printing code stays out of the firmware. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <stdint.h>

_Static_assert(sizeof(size_t) == sizeof(long) && sizeof(ptrdiff_t) == sizeof(long), "32-bit ABI");
_Static_assert(sizeof(intmax_t) == sizeof(long long), "intmax_t is long long");

int vsniprintf(char *buf, size_t n, const char *fmt, va_list ap);
int __wrap_vsnprintf(char *buf, size_t n, const char *fmt, va_list ap);
int __wrap_snprintf(char *buf, size_t n, const char *fmt, ...);

/* Copy fmt into out with z/t -> l and j -> ll in conversion specs; false if it does not fit. */
static int rewrite(char *out, size_t cap, const char *fmt) {
    size_t o = 0;
    for (const char *p = fmt; *p; p++) {
        if (o + 3 >= cap) {
            return 0;
        }
        out[o++] = *p;
        if (*p != '%') {
            continue;
        }
        /* flags, width, precision, then length modifiers */
        while (p[1] && strchr("-+ #0123456789.*", p[1]) != NULL) {
            if (o + 3 >= cap) {
                return 0;
            }
            out[o++] = *++p;
        }
        if (p[1] == 'z' || p[1] == 't') {
            out[o++] = 'l';
            p++;
        } else if (p[1] == 'j') {
            out[o++] = 'l';
            out[o++] = 'l';
            p++;
        } else if (p[1] == '%') {
            out[o++] = *++p;
        }
    }
    out[o] = 0;
    return 1;
}

int __wrap_vsnprintf(char *buf, size_t n, const char *fmt, va_list ap) {
    if (strpbrk(fmt, "ztj") != NULL) {
        char f[256];
        if (rewrite(f, sizeof(f), fmt)) {
            return vsniprintf(buf, n, f, ap);
        }
    }
    return vsniprintf(buf, n, fmt, ap);
}

int __wrap_snprintf(char *buf, size_t n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = __wrap_vsnprintf(buf, n, fmt, ap);
    va_end(ap);
    return r;
}
