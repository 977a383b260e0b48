/* objstrmethods.h: internals shared by the str/bytes/bytearray method files
 * (objstrmethods.c, objstrtext.c, objbytearray.c): views and the method objects. */
#ifndef KRAIT_OBJSTRMETHODS_H
#define KRAIT_OBJSTRMETHODS_H

#include "obj.h"
#include "objstr.h"

/* A read view of a str, bytes or bytearray method receiver. */
typedef struct _kr_strview_t {
    const uint8_t *d;
    size_t len;              /* bytes */
    size_t n;                /* code points (== len for bytes) */
    const kr_type_t *kind;   /* &kr_type_str, &kr_type_bytes or &kr_type_bytearray */
    bool is_str;
    bool exact;              /* self is exactly str/bytes (may be returned unchanged) */
} kr_strview_t;

/* The type name CPython's argument errors show ("None" for None, as its argument parser does) */
static inline const char *kr_obj_strmethods_arg_type(kr_obj_t o) {
    return o == KR_OBJ_NONE ? "None" : kr_obj_type_name(o);
}

/* Fill v from self; raises the "descriptor 'meth' ... doesn't apply" TypeError otherwise. */
void kr_obj_strmethods_view(kr_strview_t *v, kr_obj_t self, kr_qstr_t meth);
const uint8_t *kr_obj_strmethods_arg(const kr_strview_t *v, kr_obj_t arg, size_t *len);
bool kr_obj_strmethods_range(const kr_strview_t *v, size_t n_args, const kr_obj_t *args, size_t i,
                             size_t *b0, size_t *b1);
const uint8_t *kr_obj_strmethods_find(const uint8_t *h, size_t hl, const uint8_t *n, size_t nl);
/* str.format_map (strformat.c) */
kr_obj_t kr_strformat_format_map(kr_obj_t fmt, kr_obj_t mapping);
/* format(value, spec) ignoring Python-level __format__ overrides (str.__format__ etc.) */
kr_obj_t kr_strformat_format_native(kr_obj_t value, kr_obj_t spec);
/* str.encode helper: encode s with encoding/errors (NULL = defaults) to bytes */
kr_obj_t kr_obj_str_encode(kr_obj_t s, kr_obj_t encoding, kr_obj_t errors);

/* method objects (shared by the str, bytes and bytearray locals tables) */
extern const kr_obj_fun_builtin_t kr_obj_str_split_obj, kr_obj_str_rsplit_obj, kr_obj_str_splitlines_obj,
    kr_obj_str_join_obj, kr_obj_str_strip_obj, kr_obj_str_lstrip_obj, kr_obj_str_rstrip_obj,
    kr_obj_str_find_obj, kr_obj_str_rfind_obj, kr_obj_str_index_obj, kr_obj_str_rindex_obj,
    kr_obj_str_count_obj, kr_obj_str_replace_obj, kr_obj_str_startswith_obj, kr_obj_str_endswith_obj,
    kr_obj_str_partition_obj, kr_obj_str_rpartition_obj, kr_obj_str_removeprefix_obj,
    kr_obj_str_removesuffix_obj, kr_obj_str_format_obj, kr_obj_str_format_map_obj, kr_obj_str_mod_obj,
    kr_obj_str_upper_obj, kr_obj_str_lower_obj, kr_obj_str_capitalize_obj, kr_obj_str_title_obj,
    kr_obj_str_swapcase_obj, kr_obj_str_casefold_obj, kr_obj_str_isdigit_obj, kr_obj_str_isalpha_obj,
    kr_obj_str_isalnum_obj, kr_obj_str_isspace_obj, kr_obj_str_isupper_obj, kr_obj_str_islower_obj,
    kr_obj_str_isdecimal_obj, kr_obj_str_isnumeric_obj, kr_obj_str_isidentifier_obj,
    kr_obj_str_isascii_obj, kr_obj_str_istitle_obj, kr_obj_str_isprintable_obj, kr_obj_str_center_obj,
    kr_obj_str_ljust_obj, kr_obj_str_rjust_obj, kr_obj_str_zfill_obj, kr_obj_str_expandtabs_obj,
    kr_obj_str_encode_obj, kr_obj_str_decode_obj, kr_obj_str_hex_obj, kr_obj_str_translate_obj;
extern const kr_obj_fun_builtin_t kr_obj_str_m_contains_obj,
    kr_obj_str_m_hash_obj, kr_obj_str_m_str_obj, kr_obj_str_m_repr_obj,
    kr_obj_str_m_eq_obj, kr_obj_str_m_ne_obj, kr_obj_str_m_lt_obj, kr_obj_str_m_le_obj, kr_obj_str_m_gt_obj,
    kr_obj_str_m_ge_obj, kr_obj_str_m_add_obj, kr_obj_str_m_mul_obj, kr_obj_str_m_rmul_obj;
extern const kr_obj_static_class_method_t kr_obj_str_maketrans_obj, kr_obj_str_bytes_maketrans_obj,
    kr_obj_str_fromhex_obj;

#endif /* KRAIT_OBJSTRMETHODS_H */
