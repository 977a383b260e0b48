/* qstr.h: interned strings ("qstrs"): a build-time const table plus a runtime pool.
 *
 * Every identifier used by C code as KR_QSTR_<name> is collected at build time by
 * tools/makeqstr.py into build/genhdr/qstrdefs.gen.h (the enum) and
 * build/genhdr/qstrdata.gen.c (the const table with precomputed hashes).
 * Names that are not C identifiers are listed in core/qstrdefs.txt as
 * `NAME text` lines (e.g. `lt_module_gt <module>` gives KR_QSTR_lt_module_gt).
 * Indices 1..128 are the one-character ASCII strings (index = KR_QSTR_CHAR(c)),
 * so chr(c) and iterating an ASCII str allocate nothing.
 * Two equal strings that are both interned have the same index, so interned
 * names compare by index (word compare on kr_obj_t), never by content.
 */
#ifndef KRAIT_QSTR_H
#define KRAIT_QSTR_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef uint32_t kr_qstr_t;

#include "genhdr/qstrdefs.gen.h"   /* enum { KR_QSTR_NULL = 0, ..., KR_QSTR_NUM_STATIC } */

#define KR_QSTR_CHAR(c) ((kr_qstr_t)(1 + (unsigned char)(c)))   /* c in 0..127 */

/* The string hash used everywhere (str objects, qstrs, dict keys): never 0. */
uint32_t kr_qstr_hash_bytes(const char *data, size_t len);

void kr_qstr_init(void);                                   /* reset the runtime pool (soft reset) */
kr_qstr_t kr_qstr_from_strn(const char *str, size_t len);  /* intern (allocates if new) */
kr_qstr_t kr_qstr_from_str(const char *str);
kr_qstr_t kr_qstr_find_strn(const char *str, size_t len);  /* KR_QSTR_NULL if not interned */
const char *kr_qstr_str(kr_qstr_t q);                       /* NUL-terminated UTF-8 */
const char *kr_qstr_data(kr_qstr_t q, size_t *len);
size_t kr_qstr_len(kr_qstr_t q);
uint32_t kr_qstr_hash(kr_qstr_t q);
size_t kr_qstr_total(void);                                 /* number of qstrs (static + runtime) */
size_t kr_qstr_pool_bytes(void);                            /* bytes of heap used by runtime qstrs */

#endif /* KRAIT_QSTR_H */
