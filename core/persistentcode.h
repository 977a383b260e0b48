/* persistentcode.h: the .kpy precompiled-bytecode file format (persistentcode.c);
 * see docs/bytecode-format.md for the byte layout. */
#ifndef KRAIT_PERSISTENTCODE_H
#define KRAIT_PERSISTENTCODE_H

#include "obj.h"
#include "bytecode.h"

#define KR_PERSISTENTCODE_MAGIC        "KPY"
#define KR_PERSISTENTCODE_VERSION      (1)
#define KR_PERSISTENTCODE_HEADER_SIZE  (16)
#define KR_PERSISTENTCODE_EXT          ".kpy"

/* header flags (byte 4) */
#define KR_PERSISTENTCODE_FLAG_NO_LINES (0x01)   /* line tables were stripped (-O3) */
#define KR_PERSISTENTCODE_FLAGS_KNOWN   (0x01)

/* Small-int payload bits of this runtime (31 on 32-bit machines, 63 on 64-bit). */
#define KR_PERSISTENTCODE_NATIVE_SMALL_INT_BITS ((unsigned)(sizeof(kr_int_t) * 8 - 1))

/* Small-int width the compiler targets (0: this runtime's). The cross compiler sets
 * it so that ints beyond the target's small-int range become int constants. */
extern uint8_t kr_persistentcode_small_int_bits;

/* Serialise a module's code object (and everything it reaches) into out.
 * small_int_bits: the target's small-int width (the code must have been compiled for
 * it, see kr_emit_small_int_bits); strip_lines drops the line tables. Raises
 * ValueError for constants that have no encoding. */
void kr_persistentcode_save(const kr_code_t *code, kr_vstr_t *out, unsigned small_int_bits,
                            unsigned opt_level, bool strip_lines);

/* Check a file's header and body and rebuild its code object on the heap. Raises
 * ValueError("incompatible .kpy file") for a foreign version or feature flags and
 * ValueError("corrupt .kpy file") for truncated or damaged data. */
kr_obj_t kr_persistentcode_load(const uint8_t *data, size_t len);

/* CRC-32 (IEEE 802.3, as zlib.crc32) of len bytes, continuing from crc. */
uint32_t kr_persistentcode_crc32(uint32_t crc, const uint8_t *data, size_t len);

/* Check a code object's bytecode against its tables: valid opcodes and operands,
 * jump targets inside the code, const/name/local indices in range. Raises ValueError. */
void kr_persistentcode_verify(const kr_code_t *code);

#endif /* KRAIT_PERSISTENTCODE_H */
