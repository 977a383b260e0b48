/* modbinascii.c: the binascii module (hexlify/unhexlify with sep, base64 both ways, crc32) with CPython's errors. */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "objstr.h"
#include "objexcept.h"
#include "objint.h"

#if KR_MODULE_BINASCII

KR_DEFINE_EXCEPTION_TYPE(kr_type_binascii_Error, KR_QSTR_Error, &kr_type_ValueError);

_Noreturn static void binascii_error(const char *msg) {
    kr_raise_msg(&kr_type_binascii_Error, msg);
}

/* Input of the a2b_* functions: bytes-like, or a str of ASCII characters. */
static const uint8_t *ascii_data(kr_obj_t o, size_t *len) {
    if (kr_obj_is_str(o)) {
        const uint8_t *d = (const uint8_t *)kr_obj_str_get_data(o, len);
        for (size_t i = 0; i < *len; i++) {
            if (d[i] >= 0x80) {
                kr_raise_msg(&kr_type_ValueError, "string argument should contain only ASCII characters");
            }
        }
        return d;
    }
    kr_buffer_info_t info;
    kr_get_buffer_raise(o, &info, KR_BUFFER_READ);
    *len = info.len;
    return info.buf;
}

/* ---------------------------------------------------------------- hex */

static kr_obj_t binascii_hexlify(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_data, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_sep, KR_ARG_OBJ, {.u_obj = KR_OBJ_NONE} },
        { KR_QSTR_bytes_per_sep, KR_ARG_INT, {.u_int = 1} },
    };
    static const char hex[] = "0123456789abcdef";
    kr_arg_val_t v[3];
    kr_arg_parse_all(n_args, args, kw, 3, allowed, v);
    kr_buffer_info_t info;
    kr_get_buffer_raise(v[0].u_obj, &info, KR_BUFFER_READ);
    const uint8_t *d = info.buf;
    size_t n = info.len;
    const char *sep = NULL;
    size_t seplen = 0;
    if (v[1].u_obj != KR_OBJ_NONE) {
        if (kr_obj_is_str(v[1].u_obj)) {
            sep = kr_obj_str_get_data(v[1].u_obj, &seplen);
            if (kr_obj_str_char_len(v[1].u_obj) != 1) {
                kr_raise_msg(&kr_type_ValueError, "sep must be length 1.");
            }
        } else {
            kr_buffer_info_t si;
            kr_get_buffer_raise(v[1].u_obj, &si, KR_BUFFER_READ);
            sep = si.buf;
            seplen = si.len;
            if (seplen != 1) {
                kr_raise_msg(&kr_type_ValueError, "sep must be length 1.");
            }
        }
    }
    kr_int_t per = v[2].u_int;
    size_t group = (size_t)(per < 0 ? -per : per);
    kr_vstr_t out;
    kr_vstr_init(&out, n * 2 + 1);
    for (size_t i = 0; i < n; i++) {
        if (sep != NULL && group > 0 && i > 0) {
            /* positive: groups counted from the right end; negative: from the left */
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) {
                kr_vstr_add_strn(&out, sep, seplen);
            }
        }
        kr_vstr_add_byte(&out, (uint8_t)hex[d[i] >> 4]);
        kr_vstr_add_byte(&out, (uint8_t)hex[d[i] & 15]);
    }
    return kr_obj_new_bytes_from_vstr(&out);
}
static KR_DEFINE_FUN_KW(binascii_hexlify_obj, 0, 3, binascii_hexlify);

static int hex_val(uint8_t c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

static kr_obj_t binascii_unhexlify(kr_obj_t data) {
    size_t n;
    const uint8_t *d = ascii_data(data, &n);
    if (n % 2 != 0) {
        binascii_error("Odd-length string");
    }
    kr_obj_str_t *s = kr_obj_str_alloc(&kr_type_bytes, n / 2);
    uint8_t *o = (uint8_t *)s->data;
    for (size_t i = 0; i < n; i += 2) {
        int hi = hex_val(d[i]), lo = hex_val(d[i + 1]);
        if (hi < 0 || lo < 0) {
            binascii_error("Non-hexadecimal digit found");
        }
        o[i / 2] = (uint8_t)(hi << 4 | lo);
    }
    return kr_obj_str_finish(s);
}
static KR_DEFINE_FUN_1(binascii_unhexlify_obj, binascii_unhexlify);

/* ---------------------------------------------------------------- base64 */

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_val(uint8_t c) {
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '+') {
        return 62;
    }
    if (c == '/') {
        return 63;
    }
    return -1;
}

/* Characters outside the alphabet are skipped; decoding stops at complete padding. */
static kr_obj_t binascii_a2b_base64(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_data, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_strict_mode, KR_ARG_BOOL | KR_ARG_KW_ONLY, {.u_bool = false} },
    };
    kr_arg_val_t v[2];
    kr_arg_parse_all(n_args, args, kw, 2, allowed, v);
    size_t n;
    const uint8_t *d = ascii_data(v[0].u_obj, &n);
    kr_vstr_t out;
    kr_vstr_init(&out, n / 4 * 3 + 3);
    int quad = 0, pads = 0;
    unsigned acc = 0;
    size_t data_chars = 0;
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '=') {
            if (quad >= 2 && quad + ++pads >= 4) {
                quad = 0;
                break;
            }
            continue;
        }
        int x = b64_val(d[i]);
        if (x < 0) {
            continue;
        }
        data_chars++;
        pads = 0;
        switch (quad) {
            case 0: acc = (unsigned)x; quad = 1; break;
            case 1: kr_vstr_add_byte(&out, (uint8_t)(acc << 2 | (unsigned)x >> 4)); acc = (unsigned)x & 0x0f; quad = 2; break;
            case 2: kr_vstr_add_byte(&out, (uint8_t)(acc << 4 | (unsigned)x >> 2)); acc = (unsigned)x & 0x03; quad = 3; break;
            default: kr_vstr_add_byte(&out, (uint8_t)(acc << 6 | (unsigned)x)); quad = 0; break;
        }
    }
    if (quad == 1) {
        kr_raise_fmt(&kr_type_binascii_Error, "Invalid base64-encoded string: number of data characters (%lu) "
                     "cannot be 1 more than a multiple of 4", (unsigned long)data_chars);
    }
    if (quad != 0) {
        binascii_error("Incorrect padding");
    }
    return kr_obj_new_bytes_from_vstr(&out);
}
static KR_DEFINE_FUN_KW(binascii_a2b_base64_obj, 0, 1, binascii_a2b_base64);

static kr_obj_t binascii_b2a_base64(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_data, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_newline, KR_ARG_BOOL | KR_ARG_KW_ONLY, {.u_bool = true} },
    };
    kr_arg_val_t v[2];
    kr_arg_parse_all(n_args, args, kw, 2, allowed, v);
    kr_buffer_info_t info;
    kr_get_buffer_raise(v[0].u_obj, &info, KR_BUFFER_READ);
    const uint8_t *d = info.buf;
    size_t n = info.len;
    kr_vstr_t out;
    kr_vstr_init(&out, (n + 2) / 3 * 4 + 2);
    size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t w = (uint32_t)d[i] << 16 | (uint32_t)d[i + 1] << 8 | d[i + 2];
        char q[4] = { b64_alphabet[w >> 18], b64_alphabet[(w >> 12) & 63], b64_alphabet[(w >> 6) & 63],
                      b64_alphabet[w & 63] };
        kr_vstr_add_strn(&out, q, 4);
    }
    if (n - i == 1) {
        char q[4] = { b64_alphabet[d[i] >> 2], b64_alphabet[(d[i] & 3) << 4], '=', '=' };
        kr_vstr_add_strn(&out, q, 4);
    } else if (n - i == 2) {
        char q[4] = { b64_alphabet[d[i] >> 2], b64_alphabet[(d[i] & 3) << 4 | d[i + 1] >> 4],
                      b64_alphabet[(d[i + 1] & 15) << 2], '=' };
        kr_vstr_add_strn(&out, q, 4);
    }
    if (v[1].u_bool) {
        kr_vstr_add_byte(&out, '\n');
    }
    return kr_obj_new_bytes_from_vstr(&out);
}
static KR_DEFINE_FUN_KW(binascii_b2a_base64_obj, 0, 1, binascii_b2a_base64);

/* ---------------------------------------------------------------- crc32 */

/* CRC-32 (IEEE 802.3, reflected polynomial 0xedb88320), computed a nibble at a time. */
static uint32_t crc32_update(uint32_t crc, const uint8_t *d, size_t n) {
    static const uint32_t nibble_table[16] = {
        0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
        0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
    };
    crc = ~crc;
    for (size_t i = 0; i < n; i++) {
        crc ^= d[i];
        crc = (crc >> 4) ^ nibble_table[crc & 15];
        crc = (crc >> 4) ^ nibble_table[crc & 15];
    }
    return ~crc;
}

static kr_obj_t binascii_crc32(size_t n_args, const kr_obj_t *args) {
    kr_buffer_info_t info;
    kr_get_buffer_raise(args[0], &info, KR_BUFFER_READ);
    uint32_t crc = 0;
    if (n_args > 1) {
        /* any int: only its low 32 bits matter */
        uint8_t b[4];
        kr_obj_t v = kr_binary_op(KR_BINARY_OP_AND, args[1], kr_obj_new_int_from_uint(0xffffffffu));
        kr_obj_int_to_bytes(v, 4, b, false, false);
        crc = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
    }
    return kr_obj_new_int_from_uint(crc32_update(crc, info.buf, info.len));
}
static KR_DEFINE_FUN_VAR(binascii_crc32_obj, 1, 2, binascii_crc32);

static const kr_map_elem_t binascii_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(binascii) },
    { KR_ROM_QSTR(Error), KR_ROM_PTR(&kr_type_binascii_Error) },
    { KR_ROM_QSTR(a2b_base64), KR_ROM_PTR(&binascii_a2b_base64_obj) },
    { KR_ROM_QSTR(a2b_hex), KR_ROM_PTR(&binascii_unhexlify_obj) },
    { KR_ROM_QSTR(b2a_base64), KR_ROM_PTR(&binascii_b2a_base64_obj) },
    { KR_ROM_QSTR(b2a_hex), KR_ROM_PTR(&binascii_hexlify_obj) },
    { KR_ROM_QSTR(crc32), KR_ROM_PTR(&binascii_crc32_obj) },
    { KR_ROM_QSTR(hexlify), KR_ROM_PTR(&binascii_hexlify_obj) },
    { KR_ROM_QSTR(unhexlify), KR_ROM_PTR(&binascii_unhexlify_obj) },
};
static KR_DEFINE_CONST_DICT(binascii_globals, binascii_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_binascii, binascii_globals);

#endif /* KR_MODULE_BINASCII */
