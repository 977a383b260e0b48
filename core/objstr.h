/* objstr.h: str/bytes helpers shared by the text files (objstr*.c, objbytearray.c,
 * strformat.c) and available to other engineers (concat, join, split, UTF-8). */
#ifndef KRAIT_OBJSTR_H
#define KRAIT_OBJSTR_H

#include "obj.h"
#include "unichar.h"
#include "objtype.h"

/* ---- building strings ---- */
/* Start a vstr on a caller-provided buffer (e.g. on the stack): it moves to the GC heap
 * only if it outgrows it; kr_obj_new_str_from_vstr copies out of it (vstr.c). */
void kr_vstr_init_fixed(kr_vstr_t *v, char *buf, size_t size);
/* Allocate a str/bytes object of `type` (&kr_type_str or &kr_type_bytes) with len bytes
 * of writable (zeroed, NUL-terminated) data; fill s->data then call kr_obj_str_finish. */
kr_obj_str_t *kr_obj_str_alloc(const kr_type_t *type, size_t len);
/* Compute char_len (str) and turn 0/1-char ASCII strs into qstrs; returns the object. */
kr_obj_t kr_obj_str_finish(kr_obj_str_t *s);
/* New str/bytes/bytearray of the given type from data (copied). */
kr_obj_t kr_obj_str_new_of_type(const kr_type_t *type, const char *data, size_t len);
/* New str whose code-point length is already known. */
kr_obj_t kr_obj_str_new_with_char_len(const char *data, size_t len, size_t char_len);

/* ---- operations ---- */
kr_obj_t kr_obj_str_concat(kr_obj_t a, kr_obj_t b);           /* a + b (both str or both bytes) */
kr_obj_t kr_obj_str_concat_op(kr_obj_t a, kr_obj_t b, bool inplace);   /* inplace: a += b */
kr_obj_t kr_obj_str_join(kr_obj_t sep, kr_obj_t iterable);    /* sep.join(iterable) */
/* s.split(sep, maxsplit); sep = KR_OBJ_NONE for whitespace */
kr_obj_t kr_obj_str_split(kr_obj_t s, kr_obj_t sep, kr_int_t maxsplit);
kr_obj_t kr_obj_str_repr_ascii(kr_obj_t repr_str);           /* ascii(): escape non-ASCII of a repr */
/* str(bytes-like, encoding, errors) / bytes.decode: errors in "strict","ignore","replace" */
kr_obj_t kr_obj_str_decode(const uint8_t *data, size_t len, kr_obj_t encoding, kr_obj_t errors);
/* TypeError unless encoding and errors (each may be KR_OBJ_NULL) are str; fname names the call */
void kr_obj_str_check_codec_args(const char *fname, kr_obj_t encoding, kr_obj_t errors);
/* str % args and bytes % args (strformat.c) */
kr_obj_t kr_strformat_modulo(kr_obj_t fmt, kr_obj_t args);
/* fmt.format(*args, **kwargs): args[0] is the format string (strformat.c) */
kr_obj_t kr_strformat_format(size_t n_args, const kr_obj_t *args, kr_map_t *kwargs);

/* Fast access to str/bytes data (qstr or kr_obj_str_t, no type checks). */
static inline const uint8_t *kr_obj_str_fast_data(kr_obj_t o, size_t *len) {
    if (KR_IS_QSTR(o)) {
        return (const uint8_t *)kr_qstr_data(KR_QSTR_VALUE(o), len);
    }
    const kr_obj_str_t *s = (const kr_obj_str_t *)KR_OBJ_TO_PTR(o);
    *len = s->len;
    return s->data;
}

/* The builtin type whose layout instances of t have (t itself unless t is a class
 * derived from a builtin type). */
static inline const kr_type_t *kr_obj_str_native(const kr_type_t *t) {
    if (t->flags & KR_TYPE_FLAG_HEAP) {
        return ((const kr_obj_class_t *)t)->native;
    }
    return t;
}

/* Is o exactly of type t (str: a qstr or a heap str; not a subclass instance)? */
static inline bool kr_obj_str_is_exact_of(kr_obj_t o, const kr_type_t *t) {
    if (KR_IS_QSTR(o)) {
        return t == &kr_type_str;
    }
    return KR_IS_OBJ(o) && KR_OBJ_TYPE(o) == t;
}

/* Is o an exact str (qstr or heap str object)? */
static inline bool kr_obj_str_is_exact(kr_obj_t o) {
    return KR_IS_QSTR(o) || (KR_IS_OBJ(o) && KR_OBJ_TYPE(o) == &kr_type_str);
}

/* ---- internal (shared among the objstr*.c files) ---- */
extern const kr_obj_dict_t kr_obj_str_locals_dict, kr_obj_bytes_locals_dict;
bool kr_obj_str_is_bytes_like(kr_obj_t o);
/* Data of any bytes-like object (bytes, bytearray, memoryview, buffer); raises TypeError
 * "a bytes-like object is required, not 'X'" */
const uint8_t *kr_obj_str_bytes_data(kr_obj_t o, size_t *len);
/* str/bytes-like data for an argument that must be of the same kind as self;
 * raises TypeError with CPython's message. */
const uint8_t *kr_obj_str_arg_data(kr_obj_t self, kr_obj_t arg, size_t *len);
kr_obj_t kr_obj_str_bytes_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args);
/* fill a vstr with the bytes from a bytes() constructor argument (int, iterable, buffer) */
void kr_obj_str_bytes_from_arg(kr_vstr_t *v, kr_obj_t arg);
kr_obj_t kr_obj_str_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value);
/* result type for a method on self: &kr_type_str, &kr_type_bytes or &kr_type_bytearray */
const kr_type_t *kr_obj_str_kind(kr_obj_t self);

#endif /* KRAIT_OBJSTR_H */
