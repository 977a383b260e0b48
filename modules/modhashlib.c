/* modhashlib.c: the hashlib module (sha256, sha1, md5: update/digest/hexdigest/copy, as CPython's hash objects). */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objstr.h"

#if KR_MODULE_HASHLIB

/* One object layout for the three algorithms: a 64-byte block buffer, the byte count
 * and up to eight 32-bit state words. digest() finalises a copy, so update() may go on. */

typedef enum { ALG_MD5, ALG_SHA1, ALG_SHA256 } alg_t;

typedef struct {
    kr_obj_base_t base;
    uint64_t count;          /* bytes hashed */
    uint32_t h[8];
    uint8_t block[64];
    uint8_t alg;
} hash_t;

static const struct {
    const char *name;
    uint8_t digest_size;
} alg_info[] = {
    { "md5", 16 }, { "sha1", 20 }, { "sha256", 32 },
};

static uint32_t rol(uint32_t x, int n) {
    return (x << n) | (x >> (32 - n));
}

static uint32_t ror(uint32_t x, int n) {
    return (x >> n) | (x << (32 - n));
}

static uint32_t be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint32_t le32(const uint8_t *p) {
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

/* ---------------------------------------------------------------- MD5 (RFC 1321) */

static const uint32_t md5_k[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};
static const uint8_t md5_r[16] = { 7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21 };

static void md5_block(uint32_t *h, const uint8_t *p) {
    uint32_t m[16];
    for (int i = 0; i < 16; i++) {
        m[i] = le32(p + 4 * i);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g, round = i / 16;
        switch (round) {
            case 0: f = (b & c) | (~b & d); g = i; break;
            case 1: f = (d & b) | (~d & c); g = (5 * i + 1) & 15; break;
            case 2: f = b ^ c ^ d; g = (3 * i + 5) & 15; break;
            default: f = c ^ (b | ~d); g = (7 * i) & 15; break;
        }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + rol(a + f + md5_k[i] + m[g], md5_r[round * 4 + (i & 3)]);
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
}

/* ---------------------------------------------------------------- SHA-1 (FIPS 180-4) */

static void sha1_block(uint32_t *h, const uint8_t *p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = be32(p + 4 * i);
    }
    for (int i = 16; i < 80; i++) {
        w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdc;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6;
        }
        uint32_t t = rol(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rol(b, 30);
        b = a;
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

/* ---------------------------------------------------------------- SHA-256 (FIPS 180-4) */

static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static void sha256_block(uint32_t *h, const uint8_t *p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) {
        w[i] = be32(p + 4 * i);
    }
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t s1 = ror(e, 6) ^ ror(e, 11) ^ ror(e, 25);
        uint32_t ch = (e & f) ^ (~e & g);
        uint32_t t1 = hh + s1 + ch + sha256_k[i] + w[i];
        uint32_t s0 = ror(a, 2) ^ ror(a, 13) ^ ror(a, 22);
        uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint32_t t2 = s0 + maj;
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

/* ---------------------------------------------------------------- common driver */

static void hash_block(hash_t *s, const uint8_t *p) {
    switch (s->alg) {
        case ALG_MD5: md5_block(s->h, p); break;
        case ALG_SHA1: sha1_block(s->h, p); break;
        default: sha256_block(s->h, p); break;
    }
}

static void hash_init(hash_t *s, alg_t alg) {
    static const uint32_t iv_md5_sha1[5] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0 };
    static const uint32_t iv_sha256[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                           0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    s->alg = (uint8_t)alg;
    s->count = 0;
    memcpy(s->h, alg == ALG_SHA256 ? iv_sha256 : iv_md5_sha1, alg == ALG_SHA256 ? 32 : 20);
}

static void hash_update(hash_t *s, const uint8_t *d, size_t n) {
    size_t used = (size_t)(s->count & 63);
    s->count += n;
    if (used > 0) {
        size_t take = 64 - used < n ? 64 - used : n;
        memcpy(s->block + used, d, take);
        d += take;
        n -= take;
        if (used + take < 64) {
            return;
        }
        hash_block(s, s->block);
    }
    while (n >= 64) {
        hash_block(s, d);
        d += 64;
        n -= 64;
    }
    memcpy(s->block, d, n);
}

/* Pad and write the digest of a copy of the state into out. */
static size_t hash_final(const hash_t *src, uint8_t *out) {
    hash_t s = *src;
    uint64_t bits = s.count * 8;
    uint8_t pad[72] = { 0x80 };
    size_t used = (size_t)(s.count & 63);
    size_t padlen = (used < 56 ? 56 : 120) - used;
    for (int i = 0; i < 8; i++) {
        /* MD5 stores the length little-endian, the SHAs big-endian */
        pad[padlen + i] = (uint8_t)(s.alg == ALG_MD5 ? bits >> (8 * i) : bits >> (56 - 8 * i));
    }
    hash_update(&s, pad, padlen + 8);
    size_t words = alg_info[s.alg].digest_size / 4;
    for (size_t i = 0; i < words; i++) {
        uint32_t w = s.h[i];
        if (s.alg == ALG_MD5) {
            out[4 * i] = (uint8_t)w;
            out[4 * i + 1] = (uint8_t)(w >> 8);
            out[4 * i + 2] = (uint8_t)(w >> 16);
            out[4 * i + 3] = (uint8_t)(w >> 24);
        } else {
            out[4 * i] = (uint8_t)(w >> 24);
            out[4 * i + 1] = (uint8_t)(w >> 16);
            out[4 * i + 2] = (uint8_t)(w >> 8);
            out[4 * i + 3] = (uint8_t)w;
        }
    }
    return words * 4;
}

/* ---------------------------------------------------------------- Python objects */

extern const kr_type_t kr_type_hashlib_hash;

static hash_t *hash_ptr(kr_obj_t o) {
    return KR_OBJ_TO_PTR(o);
}

static void update_from_obj(hash_t *s, kr_obj_t data) {
    if (kr_obj_is_str(data)) {
        kr_raise_msg(&kr_type_TypeError, "Strings must be encoded before hashing");
    }
    kr_buffer_info_t info;
    if (kr_get_buffer(data, &info, KR_BUFFER_READ) != 0) {
        kr_raise_fmt(&kr_type_TypeError, "object supporting the buffer API required");
    }
    hash_update(s, info.buf, info.len);
}

static kr_obj_t hash_new(alg_t alg, size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_string, KR_ARG_OBJ, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_usedforsecurity, KR_ARG_BOOL | KR_ARG_KW_ONLY, {.u_bool = true} },
    };
    kr_arg_val_t v[2];
    kr_arg_parse_all(n_args, args, kw, 2, allowed, v);
    hash_t *s = kr_gc_alloc(sizeof(hash_t), KR_GC_FLAG_ATOMIC);
    s->base.type = &kr_type_hashlib_hash;
    hash_init(s, alg);
    if (v[0].u_obj != KR_OBJ_NULL) {
        update_from_obj(s, v[0].u_obj);
    }
    return KR_OBJ_FROM_PTR(s);
}

static kr_obj_t hashlib_md5(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return hash_new(ALG_MD5, n_args, args, kw);
}
static KR_DEFINE_FUN_KW(hashlib_md5_obj, 0, 1, hashlib_md5);

static kr_obj_t hashlib_sha1(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return hash_new(ALG_SHA1, n_args, args, kw);
}
static KR_DEFINE_FUN_KW(hashlib_sha1_obj, 0, 1, hashlib_sha1);

static kr_obj_t hashlib_sha256(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return hash_new(ALG_SHA256, n_args, args, kw);
}
static KR_DEFINE_FUN_KW(hashlib_sha256_obj, 0, 1, hashlib_sha256);

static kr_obj_t hashlib_new(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    size_t len;
    if (!kr_obj_is_str(args[0])) {
        kr_raise_fmt(&kr_type_TypeError, "new() argument 'name' must be str, not %s", kr_obj_type_name(args[0]));
    }
    const char *name = kr_obj_str_get_data(args[0], &len);
    for (int a = 0; a < 3; a++) {
        if (strlen(alg_info[a].name) == len && strncmp(alg_info[a].name, name, len) == 0) {
            return hash_new((alg_t)a, n_args - 1, args + 1, kw);
        }
    }
    kr_raise_fmt(&kr_type_ValueError, "unsupported hash type %.*s", (int)len, name);
}
static KR_DEFINE_FUN_KW(hashlib_new_obj, 1, 2, hashlib_new);

static kr_obj_t hash_m_update(kr_obj_t self, kr_obj_t data) {
    update_from_obj(hash_ptr(self), data);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(hash_update_obj, hash_m_update);

static kr_obj_t hash_m_digest(kr_obj_t self) {
    uint8_t out[32];
    size_t n = hash_final(hash_ptr(self), out);
    return kr_obj_new_bytes(out, n);
}
static KR_DEFINE_FUN_1(hash_digest_obj, hash_m_digest);

static kr_obj_t hash_m_hexdigest(kr_obj_t self) {
    static const char hex[] = "0123456789abcdef";
    uint8_t out[32];
    char text[64];
    size_t n = hash_final(hash_ptr(self), out);
    for (size_t i = 0; i < n; i++) {
        text[2 * i] = hex[out[i] >> 4];
        text[2 * i + 1] = hex[out[i] & 15];
    }
    return kr_obj_new_str(text, 2 * n);
}
static KR_DEFINE_FUN_1(hash_hexdigest_obj, hash_m_hexdigest);

static kr_obj_t hash_m_copy(kr_obj_t self) {
    hash_t *s = kr_gc_alloc(sizeof(hash_t), KR_GC_FLAG_ATOMIC);
    *s = *hash_ptr(self);
    return KR_OBJ_FROM_PTR(s);
}
static KR_DEFINE_FUN_1(hash_copy_obj, hash_m_copy);

static void hash_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    hash_t *s = hash_ptr(self);
    if (attr == KR_QSTR_digest_size) {
        dest[0] = KR_NEW_SMALL_INT(alg_info[s->alg].digest_size);
    } else if (attr == KR_QSTR_block_size) {
        dest[0] = KR_NEW_SMALL_INT(64);
    } else if (attr == KR_QSTR_name) {
        const char *n = alg_info[s->alg].name;
        dest[0] = kr_obj_new_str(n, strlen(n));
    }
}

static void hash_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_printf(p, "<%s _hashlib.HASH object>", alg_info[hash_ptr(self)->alg].name);
}

static const kr_map_elem_t hash_locals_table[] = {
    { KR_ROM_QSTR(copy), KR_ROM_PTR(&hash_copy_obj) },
    { KR_ROM_QSTR(digest), KR_ROM_PTR(&hash_digest_obj) },
    { KR_ROM_QSTR(hexdigest), KR_ROM_PTR(&hash_hexdigest_obj) },
    { KR_ROM_QSTR(update), KR_ROM_PTR(&hash_update_obj) },
};
static KR_DEFINE_CONST_DICT(hash_locals_dict, hash_locals_table);

const kr_type_t kr_type_hashlib_hash = {
    .base = {&kr_type_type},
    .name = KR_QSTR_HASH,
    .print = hash_print,
    .attr = hash_attr,
    .locals_dict = &hash_locals_dict,
};

static const kr_map_elem_t hashlib_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(hashlib) },
    { KR_ROM_QSTR(md5), KR_ROM_PTR(&hashlib_md5_obj) },
    { KR_ROM_QSTR(new), KR_ROM_PTR(&hashlib_new_obj) },
    { KR_ROM_QSTR(sha1), KR_ROM_PTR(&hashlib_sha1_obj) },
    { KR_ROM_QSTR(sha256), KR_ROM_PTR(&hashlib_sha256_obj) },
};
static KR_DEFINE_CONST_DICT(hashlib_globals, hashlib_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_hashlib, hashlib_globals);

#endif /* KR_MODULE_HASHLIB */
