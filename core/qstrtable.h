/* qstrtable.h: layout of the generated const qstr table (shared by qstr.c and the
 * generated genhdr/qstrdata.gen.c). */
#ifndef KRAIT_QSTRTABLE_H
#define KRAIT_QSTRTABLE_H

#include <stdint.h>
#include <stddef.h>

typedef struct _kr_qstr_entry_t {
    uint32_t hash;
    uint32_t len;
    const char *str;          /* NUL-terminated */
} kr_qstr_entry_t;

extern const kr_qstr_entry_t kr_qstr_static_table[];
extern const uint16_t kr_qstr_static_index[];   /* open addressing, 0 = empty */
extern const size_t kr_qstr_static_index_size;  /* power of two */

#endif /* KRAIT_QSTRTABLE_H */
