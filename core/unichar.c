/* unichar.c: UTF-8 helpers and Unicode character properties and case mappings: exact
 * (CPython's) from the generated database unidata.h, or, without KR_FEATURE_UNICODE_DB,
 * approximate tables (exact for ASCII and Latin-1, common alphabets beyond). */
#include <string.h>
#include "krconfig.h"
#include "unichar.h"
#include "gc.h"

/* ---------------------------------------------------------------- UTF-8 */

size_t kr_unichar_utf8_char_count(const uint8_t *s, size_t len) {
    size_t n = 0;
    size_t i = 0;
    /* fast path: 8 bytes at a time while they are all ASCII */
    while (i + 8 <= len) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if ((w & 0x8080808080808080ull) == 0) {
            n += 8;
            i += 8;
            continue;
        }
        for (int k = 0; k < 8; k++) {
            n += !kr_unichar_utf8_is_cont(s[i + k]);
        }
        i += 8;
    }
    for (; i < len; i++) {
        n += !kr_unichar_utf8_is_cont(s[i]);
    }
    return n;
}

size_t kr_unichar_utf8_offset(const uint8_t *s, size_t len, size_t char_len, size_t i) {
    if (len == char_len) {
        return i;
    }
    if (i >= char_len) {
        return len;
    }
    if (i > char_len / 2) {
        /* scan backwards from the end */
        size_t pos = len;
        size_t k = char_len;
        while (k > i) {
            pos--;
            while (pos > 0 && kr_unichar_utf8_is_cont(s[pos])) {
                pos--;
            }
            k--;
        }
        return pos;
    }
    size_t pos = 0;
    while (i > 0) {
        pos++;
        while (pos < len && kr_unichar_utf8_is_cont(s[pos])) {
            pos++;
        }
        i--;
    }
    return pos;
}

size_t kr_unichar_utf8_check(const uint8_t *s, size_t len, const char **reason, size_t *bad_len) {
    size_t i = 0;
    while (i < len) {
        uint8_t c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t need;
        uint8_t lo = 0x80, hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            need = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            if (c == 0xe0) {
                lo = 0xa0;
            } else if (c == 0xed) {
                hi = 0x9f;
            }
        } else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            if (c == 0xf0) {
                lo = 0x90;
            } else if (c == 0xf4) {
                hi = 0x8f;
            }
        } else {
            *reason = "invalid start byte";
            *bad_len = 1;
            return i;
        }
        for (size_t k = 1; k <= need; k++) {
            if (i + k >= len) {
                *reason = "unexpected end of data";
                *bad_len = k;
                return i;
            }
            uint8_t b = s[i + k];
            uint8_t l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xbf;
            if (b < l || b > h) {
                *reason = "invalid continuation byte";
                *bad_len = k;
                return i;
            }
        }
        i += need + 1;
    }
    return SIZE_MAX;
}

size_t kr_unichar_utf8_encode(uint32_t c, uint8_t *p) {
    if (c < 0x80) {
        p[0] = (uint8_t)c;
        return 1;
    }
    if (c < 0x800) {
        p[0] = (uint8_t)(0xc0 | (c >> 6));
        p[1] = (uint8_t)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        p[0] = (uint8_t)(0xe0 | (c >> 12));
        p[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
        p[2] = (uint8_t)(0x80 | (c & 0x3f));
        return 3;
    }
    p[0] = (uint8_t)(0xf0 | (c >> 18));
    p[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3f));
    p[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
    p[3] = (uint8_t)(0x80 | (c & 0x3f));
    return 4;
}

/* ---------------------------------------------------------------- classes */

#if KR_FEATURE_UNICODE_DB
#include "unidata.h"

static const unidata_rec_t *urec(uint32_t c) {
    if (c >= 0x110000) {
        c = 0x10ffff;   /* a noncharacter: no properties */
    }
    size_t b1 = unidata_index0[c >> UNIDATA_SHIFT1];
    size_t b2 = unidata_index1[(b1 << (UNIDATA_SHIFT1 - UNIDATA_SHIFT2)) |
                               ((c >> UNIDATA_SHIFT2) & ((1u << (UNIDATA_SHIFT1 - UNIDATA_SHIFT2)) - 1))];
    return &unidata_records[unidata_index2[(b2 << UNIDATA_SHIFT2) | (c & ((1u << UNIDATA_SHIFT2) - 1))]];
}

static bool has_flag(uint32_t c, unsigned flag) {
    return (urec(c)->flags & flag) != 0;
}

bool kr_unichar_isspace(uint32_t c) {
    if (c < 0x80) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
    }
    return has_flag(c, UF_SPACE);
}

bool kr_unichar_isalpha(uint32_t c) {
    if (c < 0x80) {
        return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    return has_flag(c, UF_ALPHA);
}

int kr_unichar_decimal_value(uint32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
    }
    return urec(c)->decimal;
}

bool kr_unichar_isdecimal(uint32_t c) {
    return kr_unichar_decimal_value(c) >= 0;
}

bool kr_unichar_isdigit(uint32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9';
    }
    return has_flag(c, UF_DIGIT);
}

bool kr_unichar_isnumeric(uint32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9';
    }
    return has_flag(c, UF_NUMERIC);
}

bool kr_unichar_isupper(uint32_t c) {
    if (c < 0x80) {
        return c >= 'A' && c <= 'Z';
    }
    return has_flag(c, UF_UPPER);
}

bool kr_unichar_islower(uint32_t c) {
    if (c < 0x80) {
        return c >= 'a' && c <= 'z';
    }
    return has_flag(c, UF_LOWER);
}

bool kr_unichar_istitle(uint32_t c) {
    return c >= 0x80 && has_flag(c, UF_TITLE);
}

bool kr_unichar_iscased(uint32_t c) {
    if (c < 0x80) {
        return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    return has_flag(c, UF_CASED);
}

bool kr_unichar_iscaseignorable(uint32_t c) {
    return has_flag(c, UF_CASE_IGNORABLE);
}

bool kr_unichar_isidstart(uint32_t c) {
    if (c < 0x80) {
        return c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    return has_flag(c, UF_XID_START);
}

bool kr_unichar_isidcontinue(uint32_t c) {
    if (c < 0x80) {
        return c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
    }
    return has_flag(c, UF_XID_CONTINUE);
}

bool kr_unichar_isprintable(uint32_t c) {
    if (c < 0x7f) {
        return c >= 0x20;
    }
    return has_flag(c, UF_PRINTABLE);
}

uint32_t kr_unichar_toupper(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    }
    return (uint32_t)((int32_t)c + urec(c)->upper);
}

uint32_t kr_unichar_tolower(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    return (uint32_t)((int32_t)c + urec(c)->lower);
}

uint32_t kr_unichar_totitle(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    }
    return (uint32_t)((int32_t)c + urec(c)->title);
}

size_t kr_unichar_full_case(uint32_t c, kr_unichar_case_t kind, uint32_t out[3]) {
    const unidata_rec_t *r = urec(c);
    if (r->flags & UF_SPECIAL) {
        size_t a = 0, b = sizeof(unidata_special_cp) / sizeof(unidata_special_cp[0]);
        while (a < b) {
            size_t m = (a + b) / 2;
            if (unidata_special_cp[m] < c) {
                a = m + 1;
            } else {
                b = m;
            }
        }
        if (a < sizeof(unidata_special_cp) / sizeof(unidata_special_cp[0]) && unidata_special_cp[a] == c) {
            unsigned e = unidata_special_map[a][kind];
            size_t n = e & 3;
            for (size_t k = 0; k < n; k++) {
                out[k] = unidata_special_pool[(e >> 2) + k];
            }
            return n;
        }
    }
    int32_t d = kind == KR_UNICHAR_UPPER ? r->upper : kind == KR_UNICHAR_TITLE ? r->title : r->lower;
    out[0] = (uint32_t)((int32_t)c + d);
    return 1;
}

#else /* approximate tables */


typedef struct { uint32_t lo, hi; } range_t;

static bool in_ranges(uint32_t c, const range_t *r, size_t n) {
    size_t a = 0, b = n;
    while (a < b) {
        size_t m = (a + b) / 2;
        if (c < r[m].lo) {
            b = m;
        } else if (c > r[m].hi) {
            a = m + 1;
        } else {
            return true;
        }
    }
    return false;
}
#define IN_RANGES(c, tab) in_ranges(c, tab, sizeof(tab) / sizeof(tab[0]))

bool kr_unichar_isspace(uint32_t c) {
    if (c < 0x80) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
    }
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
           c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

static const range_t alpha_ranges[] = {
    {0xaa, 0xaa}, {0xb5, 0xb5}, {0xba, 0xba}, {0xc0, 0xd6}, {0xd8, 0xf6}, {0xf8, 0x2c1},
    {0x2c6, 0x2d1}, {0x2e0, 0x2e4}, {0x2ec, 0x2ec}, {0x2ee, 0x2ee}, {0x370, 0x374},
    {0x376, 0x377}, {0x37a, 0x37d}, {0x37f, 0x37f}, {0x386, 0x386}, {0x388, 0x38a},
    {0x38c, 0x38c}, {0x38e, 0x3a1}, {0x3a3, 0x3f5}, {0x3f7, 0x481}, {0x48a, 0x52f},
    {0x531, 0x556}, {0x559, 0x559}, {0x560, 0x588}, {0x5d0, 0x5ea}, {0x5ef, 0x5f2},
    {0x620, 0x64a}, {0x66e, 0x66f}, {0x671, 0x6d3}, {0x6d5, 0x6d5}, {0x904, 0x939},
    {0x93d, 0x93d}, {0x950, 0x950}, {0x958, 0x961}, {0x971, 0x980}, {0xe01, 0xe30},
    {0xe40, 0xe46}, {0x10a0, 0x10c5}, {0x10d0, 0x10fa}, {0x10fc, 0x1248}, {0x1100, 0x11ff},
    {0x13a0, 0x13f5}, {0x1e00, 0x1f15}, {0x1f18, 0x1f1d}, {0x1f20, 0x1f45}, {0x1f48, 0x1f4d},
    {0x1f50, 0x1f57}, {0x1f59, 0x1f7d}, {0x1f80, 0x1fb4}, {0x1fb6, 0x1fbc}, {0x1fc2, 0x1fcc},
    {0x1fd0, 0x1fdb}, {0x1fe0, 0x1fec}, {0x1ff2, 0x1ffc}, {0x2071, 0x2071}, {0x207f, 0x207f},
    {0x2090, 0x209c}, {0x2102, 0x2102}, {0x2107, 0x2107}, {0x210a, 0x2113}, {0x2115, 0x2115},
    {0x2119, 0x211d}, {0x2124, 0x2124}, {0x2126, 0x2126}, {0x2128, 0x2128}, {0x212a, 0x212d},
    {0x212f, 0x2139}, {0x2c00, 0x2ce4}, {0x3005, 0x3006}, {0x3031, 0x3035}, {0x3041, 0x3096},
    {0x309d, 0x309f}, {0x30a1, 0x30fa}, {0x30fc, 0x30ff}, {0x3105, 0x312f}, {0x3131, 0x318e},
    {0x3400, 0x4dbf}, {0x4e00, 0x9fff}, {0xa000, 0xa48c}, {0xac00, 0xd7a3}, {0xf900, 0xfa6d},
    {0xff21, 0xff3a}, {0xff41, 0xff5a}, {0xff66, 0xffbe}, {0x10400, 0x1044f},
    {0x20000, 0x2a6df}, {0x2a700, 0x2ebe0}, {0x30000, 0x3134a},
};

bool kr_unichar_isalpha(uint32_t c) {
    if (c < 0x80) {
        return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    return IN_RANGES(c, alpha_ranges);
}

/* starts of blocks of 10 decimal digits */
static const uint32_t decimal_starts[] = {
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
    0xff10, 0x104a0, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6,
};

int kr_unichar_decimal_value(uint32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
    }
    for (size_t i = 0; i < sizeof(decimal_starts) / sizeof(decimal_starts[0]); i++) {
        if (c >= decimal_starts[i] && c < decimal_starts[i] + 10) {
            return (int)(c - decimal_starts[i]);
        }
    }
    return -1;
}

bool kr_unichar_isdecimal(uint32_t c) {
    return kr_unichar_decimal_value(c) >= 0;
}

static const range_t digit_extra[] = {
    {0xb2, 0xb3}, {0xb9, 0xb9}, {0x1369, 0x1371}, {0x19da, 0x19da}, {0x2070, 0x2070},
    {0x2074, 0x2079}, {0x2080, 0x2089}, {0x2460, 0x2468}, {0x2474, 0x247c}, {0x2488, 0x2490},
    {0x24ea, 0x24ea}, {0x24f5, 0x24fd}, {0x24ff, 0x24ff}, {0x2776, 0x277e}, {0x2780, 0x2788},
    {0x278a, 0x2792}, {0x1f100, 0x1f10a},
};

bool kr_unichar_isdigit(uint32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9';
    }
    return kr_unichar_isdecimal(c) || IN_RANGES(c, digit_extra);
}

static const range_t numeric_extra[] = {
    {0xbc, 0xbe}, {0x9f4, 0x9f9}, {0xbf0, 0xbf2}, {0x16ee, 0x16f0}, {0x2150, 0x2182},
    {0x2185, 0x2189}, {0x2469, 0x2473}, {0x247d, 0x2487}, {0x2491, 0x249b}, {0x24eb, 0x24f4},
    {0x24fe, 0x24fe}, {0x277f, 0x277f}, {0x2789, 0x2789}, {0x2793, 0x2793}, {0x2cfd, 0x2cfd},
    {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303a}, {0x3192, 0x3195}, {0x3220, 0x3229},
    {0x3248, 0x324f}, {0x3251, 0x325f}, {0x3280, 0x3289}, {0x32b1, 0x32bf},
    {0x4e00, 0x4e00}, {0x4e03, 0x4e03}, {0x4e07, 0x4e07}, {0x4e09, 0x4e09}, {0x4e5d, 0x4e5d},
    {0x4e8c, 0x4e8c}, {0x4e94, 0x4e94}, {0x4e96, 0x4e96}, {0x516b, 0x516b}, {0x516d, 0x516d},
    {0x5341, 0x5341}, {0x5343, 0x5343}, {0x56db, 0x56db}, {0x767e, 0x767e}, {0x842c, 0x842c},
};

bool kr_unichar_isnumeric(uint32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9';
    }
    return kr_unichar_isdigit(c) || IN_RANGES(c, numeric_extra);
}

/* ---------------------------------------------------------------- case mapping */

/* ranges where upper/lower alternate: even = upper when `even_upper` */
typedef struct { uint16_t lo, hi; uint8_t even_upper; } pair_range_t;
static const pair_range_t pair_ranges[] = {
    {0x100, 0x12f, 1}, {0x132, 0x137, 1}, {0x139, 0x148, 0}, {0x14a, 0x177, 1},
    {0x179, 0x17e, 0}, {0x182, 0x185, 1}, {0x1a0, 0x1a5, 1}, {0x1cd, 0x1dc, 0},
    {0x1de, 0x1ef, 1}, {0x1f8, 0x21f, 1}, {0x222, 0x233, 1}, {0x246, 0x24f, 1},
    {0x370, 0x373, 1}, {0x3d8, 0x3ef, 1}, {0x460, 0x481, 1}, {0x48a, 0x4bf, 1},
    {0x4c1, 0x4ce, 0}, {0x4d0, 0x52f, 1}, {0x1e00, 0x1e95, 1}, {0x1ea0, 0x1eff, 1},
    {0x2c80, 0x2ce3, 1}, {0xa640, 0xa66d, 1}, {0xa680, 0xa69b, 1}, {0xa722, 0xa72f, 1},
    {0xa732, 0xa76f, 1}, {0xa779, 0xa77c, 0}, {0xa77e, 0xa787, 1},
};

/* ranges mapping upper [lo, hi] to lower [lo + delta, hi + delta] */
typedef struct { uint32_t lo, hi; int32_t delta; } delta_range_t;
static const delta_range_t upper_to_lower[] = {
    {0x41, 0x5a, 32}, {0xc0, 0xd6, 32}, {0xd8, 0xde, 32}, {0x178, 0x178, 0xff - 0x178},
    {0x181, 0x181, 210}, {0x186, 0x186, 206}, {0x189, 0x18a, 205}, {0x18e, 0x18e, 79},
    {0x18f, 0x18f, 202}, {0x190, 0x190, 203}, {0x193, 0x193, 205}, {0x194, 0x194, 207},
    {0x196, 0x196, 211}, {0x197, 0x197, 209}, {0x19c, 0x19c, 211}, {0x19d, 0x19d, 213},
    {0x19f, 0x19f, 214}, {0x1a9, 0x1a9, 218}, {0x1ae, 0x1ae, 218}, {0x1b1, 0x1b2, 217},
    {0x1b7, 0x1b7, 219}, {0x386, 0x386, 38}, {0x388, 0x38a, 37}, {0x38c, 0x38c, 64},
    {0x38e, 0x38f, 63}, {0x391, 0x3a1, 32}, {0x3a3, 0x3ab, 32}, {0x400, 0x40f, 80},
    {0x410, 0x42f, 32}, {0x4c0, 0x4c0, 15}, {0x531, 0x556, 48}, {0x10a0, 0x10c5, 7264},
    {0x13a0, 0x13ef, 38864}, {0x1f08, 0x1f0f, -8}, {0x1f18, 0x1f1d, -8}, {0x1f28, 0x1f2f, -8},
    {0x1f38, 0x1f3f, -8}, {0x1f48, 0x1f4d, -8}, {0x1f68, 0x1f6f, -8}, {0x2160, 0x216f, 16},
    {0x24b6, 0x24cf, 26}, {0x2c00, 0x2c2f, 48}, {0xff21, 0xff3a, 32}, {0x10400, 0x10427, 40},
};

static uint32_t pair_map(uint32_t c, bool to_upper, bool *found) {
    for (size_t i = 0; i < sizeof(pair_ranges) / sizeof(pair_ranges[0]); i++) {
        const pair_range_t *r = &pair_ranges[i];
        if (c >= r->lo && c <= r->hi) {
            *found = true;
            bool is_upper = ((c & 1) == 0) == (r->even_upper != 0);
            if (to_upper && !is_upper) {
                return c - 1;
            }
            if (!to_upper && is_upper) {
                return c + 1;
            }
            return c;
        }
    }
    *found = false;
    return c;
}

/* the digraph triples (upper, title, lower): DŽ Dž dž, LJ Lj lj, NJ Nj nj, DZ Dz dz */
static int digraph_base(uint32_t c) {
    if (c >= 0x1c4 && c <= 0x1cc) {
        return (int)(0x1c4 + (c - 0x1c4) / 3 * 3);
    }
    if (c >= 0x1f1 && c <= 0x1f3) {
        return 0x1f1;
    }
    return 0;
}

uint32_t kr_unichar_totitle(uint32_t c) {
    int b = digraph_base(c);
    if (b) {
        return (uint32_t)b + 1;
    }
    return kr_unichar_toupper(c);
}

uint32_t kr_unichar_tolower(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    int b = digraph_base(c);
    if (b) {
        return (uint32_t)b + 2;
    }
    for (size_t i = 0; i < sizeof(upper_to_lower) / sizeof(upper_to_lower[0]); i++) {
        const delta_range_t *r = &upper_to_lower[i];
        if (c >= r->lo && c <= r->hi) {
            return (uint32_t)((int32_t)c + r->delta);
        }
    }
    if (c == 0x130) {
        return 'i';
    }
    bool found;
    return pair_map(c, false, &found);
}

uint32_t kr_unichar_toupper(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    }
    switch (c) {
        case 0xb5: return 0x39c;
        case 0xff: return 0x178;
        case 0x131: return 'I';
        case 0x17f: return 'S';
        case 0x3c2: return 0x3a3;
        case 0x3c3: return 0x3a3;
        default: break;
    }
    int b = digraph_base(c);
    if (b) {
        return (uint32_t)b;
    }
    for (size_t i = 0; i < sizeof(upper_to_lower) / sizeof(upper_to_lower[0]); i++) {
        const delta_range_t *r = &upper_to_lower[i];
        int64_t lo = (int64_t)r->lo + r->delta, hi = (int64_t)r->hi + r->delta;
        if ((int64_t)c >= lo && (int64_t)c <= hi) {
            return (uint32_t)((int32_t)c - r->delta);
        }
    }
    bool found;
    return pair_map(c, true, &found);
}

bool kr_unichar_isupper(uint32_t c) {
    if (c < 0x80) {
        return c >= 'A' && c <= 'Z';
    }
    if (digraph_base(c)) {
        return c == (uint32_t)digraph_base(c);
    }
    return kr_unichar_tolower(c) != c || (c >= 0x2160 && c <= 0x216f);
}

bool kr_unichar_islower(uint32_t c) {
    if (c < 0x80) {
        return c >= 'a' && c <= 'z';
    }
    if (digraph_base(c)) {
        return c == (uint32_t)digraph_base(c) + 2;
    }
    return kr_unichar_toupper(c) != c || c == 0xaa || c == 0xba || c == 0xdf || c == 0x138 ||
           c == 0x149 || (c >= 0x250 && c <= 0x2af);
}

static const range_t nonprintable_ranges[] = {
    {0x7f, 0xa0}, {0xad, 0xad}, {0x378, 0x379}, {0x380, 0x383}, {0x38b, 0x38b},
    {0x38d, 0x38d}, {0x3a2, 0x3a2}, {0x530, 0x530}, {0x557, 0x558}, {0x58b, 0x58c},
    {0x590, 0x590}, {0x5c8, 0x5cf}, {0x5eb, 0x5ee}, {0x5f5, 0x605}, {0x61c, 0x61c},
    {0x6dd, 0x6dd}, {0x70e, 0x70f}, {0x8e2, 0x8e2}, {0x180e, 0x180e}, {0x1680, 0x1680},
    {0x2000, 0x200f}, {0x2028, 0x202f}, {0x205f, 0x206f}, {0x2072, 0x2073}, {0x208f, 0x208f},
    {0x3000, 0x3000}, {0xd800, 0xf8ff}, {0xfeff, 0xfeff}, {0xfff0, 0xfffb},
    {0xfffe, 0xffff}, {0x1d173, 0x1d17a}, {0x31350, 0xeffff}, {0xf0000, 0x10ffff},
};

bool kr_unichar_isprintable(uint32_t c) {
    if (c < 0x7f) {
        return c >= 0x20;
    }
    if ((c & 0xfffe) == 0xfffe) {
        return false;
    }
    return !IN_RANGES(c, nonprintable_ranges);
}

/* the digraph titlecase letters Dž Lj Nj Dz */
bool kr_unichar_istitle(uint32_t c) {
    int b = digraph_base(c);
    return b != 0 && c == (uint32_t)b + 1;
}

bool kr_unichar_iscased(uint32_t c) {
    return kr_unichar_isupper(c) || kr_unichar_islower(c) || kr_unichar_totitle(c) != kr_unichar_toupper(c) ||
           digraph_base(c) != 0;
}

bool kr_unichar_iscaseignorable(uint32_t c) {
    return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xad || c == 0xb7 ||
           (c >= 0x300 && c <= 0x36f);
}

bool kr_unichar_isidstart(uint32_t c) {
    return c == '_' || kr_unichar_isalpha(c);
}

bool kr_unichar_isidcontinue(uint32_t c) {
    return c == '_' || kr_unichar_isalpha(c) || kr_unichar_isdigit(c);
}

/* characters whose full upper/title case mapping is more than one character */
static const struct { uint16_t c; char upper[4]; char title[4]; } special_upper[] = {
    {0xdf, "SS", "Ss"}, {0xfb00, "FF", "Ff"}, {0xfb01, "FI", "Fi"}, {0xfb02, "FL", "Fl"},
    {0xfb03, "FFI", "Ffi"}, {0xfb04, "FFL", "Ffl"}, {0xfb05, "ST", "St"}, {0xfb06, "ST", "St"},
};

size_t kr_unichar_full_case(uint32_t c, kr_unichar_case_t kind, uint32_t out[3]) {
    if (kind == KR_UNICHAR_LOWER || kind == KR_UNICHAR_FOLD) {
        if (c == 0x130 && kind == KR_UNICHAR_LOWER) {
            out[0] = 'i';
            out[1] = 0x307;
            return 2;
        }
        if (c == 0xdf && kind == KR_UNICHAR_FOLD) {
            out[0] = out[1] = 's';
            return 2;
        }
        out[0] = kr_unichar_tolower(c);
        return 1;
    }
    bool title = kind == KR_UNICHAR_TITLE;
    for (size_t i = 0; i < sizeof(special_upper) / sizeof(special_upper[0]); i++) {
        if (special_upper[i].c == c) {
            const char *m = title ? special_upper[i].title : special_upper[i].upper;
            size_t n = 0;
            while (m[n]) {
                out[n] = (uint8_t)m[n];
                n++;
            }
            return n;
        }
    }
    if (c == 0x149) {
        out[0] = 0x2bc;
        out[1] = 'N';
        return 2;
    }
    out[0] = title ? kr_unichar_totitle(c) : kr_unichar_toupper(c);
    return 1;
}

#endif /* KR_FEATURE_UNICODE_DB */

char *kr_unichar_number_ascii(const char *s, size_t len, size_t *out_len) {
    size_t i = 0;
    while (i < len && (uint8_t)s[i] < 0x80) {
        i++;
    }
    if (i == len) {
        return NULL;
    }
    char *buf = kr_gc_alloc(len, KR_GC_FLAG_ATOMIC);
    memcpy(buf, s, i);
    size_t n = i;
    const uint8_t *p = (const uint8_t *)s + i, *e = (const uint8_t *)s + len;
    while (p < e) {
        if (*p < 0x80) {
            buf[n++] = (char)*p++;
            continue;
        }
        uint32_t c = kr_unichar_utf8_get(&p);
        int dv = kr_unichar_decimal_value(c);
        buf[n++] = dv >= 0 ? (char)('0' + dv) : kr_unichar_isspace(c) ? ' ' : '\x7f';
        if (buf[n - 1] == '\x7f') {
            break;
        }
    }
    *out_len = n;
    return buf;
}
