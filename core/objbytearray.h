/* objbytearray.h: the bytearray and memoryview object layouts (objbytearray.c). */
#ifndef KRAIT_OBJBYTEARRAY_H
#define KRAIT_OBJBYTEARRAY_H

#include "obj.h"

typedef struct _kr_obj_bytearray_t {
    kr_obj_base_t base;      /* &kr_type_bytearray */
    size_t alloc;
    size_t len;
    uint8_t *items;          /* GC heap, atomic; may be NULL when alloc == 0 */
} kr_obj_bytearray_t;

/* A memoryview: len items of struct typecode `typecode` (0 means 'B') on the buffer of
 * obj (bytes/bytearray/array/...), item i at byte start + i * step. The address is
 * fetched from obj at each access (a bytearray may move). */
typedef struct _kr_obj_memoryview_t {
    kr_obj_base_t base;      /* &kr_type_memoryview */
    kr_obj_t obj;
    size_t start;            /* byte offset of item 0 */
    size_t len;              /* number of items */
    kr_int_t step;           /* byte distance between items (itemsize = contiguous) */
    uint8_t readonly;
    uint8_t released;
    uint8_t typecode;
} kr_obj_memoryview_t;

/* Append bytes to a bytearray (b += data). */
void kr_obj_bytearray_add(kr_obj_t ba, const uint8_t *data, size_t len);
/* Append the bytes seen through a memoryview (any stride) to v. */
void kr_obj_memoryview_to_vstr(kr_obj_t mv, kr_vstr_t *v);
/* bytearray data (never NULL) */
static inline uint8_t *kr_obj_bytearray_data(kr_obj_t ba, size_t *len) {
    static uint8_t empty[1];
    kr_obj_bytearray_t *b = (kr_obj_bytearray_t *)KR_OBJ_TO_PTR(ba);
    *len = b->len;
    return b->items ? b->items : empty;
}

#endif /* KRAIT_OBJBYTEARRAY_H */
