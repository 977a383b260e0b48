/* vstr.c: the growable byte buffer (string builder) and the basic printing helpers. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "obj.h"
#include "gc.h"

void kr_vstr_init(kr_vstr_t *v, size_t alloc) {
    if (alloc < 16) {
        alloc = 16;
    }
    v->buf = kr_gc_alloc(alloc, KR_GC_FLAG_ATOMIC);
    v->alloc = alloc;
    v->len = 0;
}

/* A vstr may start on a caller-provided (stack) buffer: such a buffer is never
 * freed or resized; growing moves the contents to the GC heap. */
static inline bool vstr_on_heap(const kr_vstr_t *v) {
    return v->buf != NULL && kr_gc_is_heap_ptr(v->buf);
}

void kr_vstr_init_fixed(kr_vstr_t *v, char *buf, size_t size) {
    v->buf = buf;
    v->alloc = size;
    v->len = 0;
}

void kr_vstr_clear(kr_vstr_t *v) {
    if (vstr_on_heap(v)) {
        kr_gc_free(v->buf);
    }
    v->buf = NULL;
    v->alloc = 0;
    v->len = 0;
}

void kr_vstr_reset(kr_vstr_t *v) {
    v->len = 0;
}

/* Make room for n more bytes plus a terminating NUL. */
static void vstr_ensure(kr_vstr_t *v, size_t n) {
    if (n > SIZE_MAX / 2 - v->len - 16) {
        kr_raise_memory_error();
    }
    size_t need = v->len + n + 1;
    if (need <= v->alloc && v->buf != NULL) {
        return;
    }
    size_t new_alloc = v->alloc + v->alloc / 2 + 16;
    if (new_alloc < need) {
        new_alloc = need;
    }
    if (v->buf == NULL) {
        v->buf = kr_gc_alloc(new_alloc, KR_GC_FLAG_ATOMIC);
    } else if (!vstr_on_heap(v)) {
        char *nb = kr_gc_alloc(new_alloc, KR_GC_FLAG_ATOMIC);
        memcpy(nb, v->buf, v->len);
        v->buf = nb;
    } else {
        v->buf = kr_gc_realloc(v->buf, new_alloc);
    }
    v->alloc = new_alloc;
}

char *kr_vstr_extend(kr_vstr_t *v, size_t n) {
    vstr_ensure(v, n);
    char *p = v->buf + v->len;
    v->len += n;
    return p;
}

void kr_vstr_add_byte(kr_vstr_t *v, uint8_t b) {
    if (v->len + 1 >= v->alloc || v->buf == NULL) {
        vstr_ensure(v, 1);
    }
    v->buf[v->len++] = (char)b;
}

void kr_vstr_add_char(kr_vstr_t *v, uint32_t c) {
    if (c < 0x80) {
        kr_vstr_add_byte(v, (uint8_t)c);
        return;
    }
    char *p;
    if (c < 0x800) {
        p = kr_vstr_extend(v, 2);
        p[0] = (char)(0xc0 | (c >> 6));
        p[1] = (char)(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        p = kr_vstr_extend(v, 3);
        p[0] = (char)(0xe0 | (c >> 12));
        p[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        p[2] = (char)(0x80 | (c & 0x3f));
    } else {
        p = kr_vstr_extend(v, 4);
        p[0] = (char)(0xf0 | (c >> 18));
        p[1] = (char)(0x80 | ((c >> 12) & 0x3f));
        p[2] = (char)(0x80 | ((c >> 6) & 0x3f));
        p[3] = (char)(0x80 | (c & 0x3f));
    }
}

void kr_vstr_add_strn(kr_vstr_t *v, const char *s, size_t n) {
    if (n == 0) {
        return;
    }
    memcpy(kr_vstr_extend(v, n), s, n);
}

void kr_vstr_add_str(kr_vstr_t *v, const char *s) {
    kr_vstr_add_strn(v, s, strlen(s));
}

static void vstr_vprintf(kr_vstr_t *v, const char *fmt, va_list ap) {
    char tmp[128];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(tmp, sizeof(tmp), fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        return;
    }
    if ((size_t)n < sizeof(tmp)) {
        kr_vstr_add_strn(v, tmp, (size_t)n);
        return;
    }
    vstr_ensure(v, (size_t)n);
    vsnprintf(v->buf + v->len, (size_t)n + 1, fmt, ap);
    v->len += (size_t)n;
}

void kr_vstr_printf(kr_vstr_t *v, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vstr_vprintf(v, fmt, ap);
    va_end(ap);
}

const char *kr_vstr_null_terminated(kr_vstr_t *v) {
    vstr_ensure(v, 0);
    v->buf[v->len] = 0;
    return v->buf;
}

static void vstr_print_write(void *data, const char *str, size_t len) {
    kr_vstr_add_strn((kr_vstr_t *)data, str, len);
}

void kr_print_init_vstr(kr_print_t *p, kr_vstr_t *v) {
    p->data = v;
    p->write = vstr_print_write;
}

/* ---------------------------------------------------------------- printing */

void kr_print_strn(const kr_print_t *p, const char *s, size_t len) {
    if (len > 0) {
        p->write(p->data, s, len);
    }
}

void kr_print_str(const kr_print_t *p, const char *s) {
    kr_print_strn(p, s, strlen(s));
}

int kr_printf(const kr_print_t *p, const char *fmt, ...) {
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
    va_end(ap);
    if (n < 0) {
        return n;
    }
    if ((size_t)n < sizeof(tmp)) {
        kr_print_strn(p, tmp, (size_t)n);
        return n;
    }
    kr_vstr_t v;
    kr_vstr_init(&v, (size_t)n + 1);
    va_start(ap, fmt);
    vstr_vprintf(&v, fmt, ap);
    va_end(ap);
    kr_print_strn(p, v.buf, v.len);
    kr_vstr_clear(&v);
    return n;
}
