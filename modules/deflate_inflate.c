/* deflate_inflate.c: DEFLATE decoder (RFC 1951: stored, fixed and dynamic Huffman blocks) with zlib (RFC 1950) and gzip (RFC 1952) framing, pulling input a byte at a time. */
#include <errno.h>
#include <string.h>
#include "obj.h"
#include "persistentcode.h"
#include "deflate.h"

#if KR_MODULE_DEFLATE

enum { ST_BLOCK, ST_STORED, ST_HUFF, ST_TRAILER, ST_DONE, ST_ERROR };

/* base values and extra bits of length symbols 257..285 and distance symbols 0..29 */
static const uint16_t len_base[29] = {
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258,
};
static const uint8_t len_extra[29] = {
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
};
static const uint16_t dist_base[30] = {
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
};
static const uint8_t dist_extra[30] = {
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
};
/* order in which the code length code's lengths are sent */
static const uint8_t clen_order[19] = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };

uint32_t kr_deflate_adler32(uint32_t adler, const uint8_t *data, size_t n) {
    uint32_t a = adler & 0xffff, b = adler >> 16;
    while (n > 0) {
        size_t k = n < 5552 ? n : 5552;   /* largest run whose sums cannot overflow 32 bits */
        n -= k;
        while (k-- > 0) {
            a += *data++;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    return b << 16 | a;
}

_Noreturn static void corrupt(kr_deflate_inflate_t *s) {
    s->state = ST_ERROR;
    s->busy = 0;
    kr_raise_oserror(EINVAL);
}

static uint32_t get_bits(kr_deflate_inflate_t *s, unsigned n) {
    while (s->bitcnt < n) {
        s->bitbuf |= (uint32_t)s->get_byte(s->ctx) << s->bitcnt;
        s->bitcnt += 8;
    }
    uint32_t v = s->bitbuf & ((1u << n) - 1);
    s->bitbuf >>= n;
    s->bitcnt -= n;
    return v;
}

/* Build a canonical code from n code lengths. Over-subscribed sets are errors; incomplete
 * ones too, except (as zlib allows) a single code of length 1 or no codes at all, unless
 * `complete` is asked for. */
static void build(kr_deflate_inflate_t *s, kr_deflate_huff_t *h, const uint8_t *lens, unsigned n, bool complete) {
    uint16_t offs[16];
    memset(h->count, 0, sizeof(h->count));
    for (unsigned i = 0; i < n; i++) {
        h->count[lens[i]]++;
    }
    h->count[0] = 0;
    int left = 1, max = 0;
    for (int len = 1; len < 16; len++) {
        left = left * 2 - h->count[len];
        if (left < 0) {
            corrupt(s);
        }
        if (h->count[len] != 0) {
            max = len;
        }
    }
    if (max != 0 && left > 0 && (complete || max != 1)) {
        corrupt(s);
    }
    offs[1] = 0;
    for (int len = 1; len < 15; len++) {
        offs[len + 1] = offs[len] + h->count[len];
    }
    for (unsigned i = 0; i < n; i++) {
        if (lens[i] != 0) {
            h->sym[offs[lens[i]]++] = (uint16_t)i;
        }
    }
}

static unsigned decode(kr_deflate_inflate_t *s, const kr_deflate_huff_t *h) {
    int code = 0, first = 0, index = 0;
    for (int len = 1; len < 16; len++) {
        code |= (int)get_bits(s, 1);
        int count = h->count[len];
        if (code - first < count) {
            return h->sym[index + code - first];
        }
        index += count;
        first = (first + count) << 1;
        code <<= 1;
    }
    corrupt(s);   /* a code not in an incomplete set */
}

static void fixed_tables(kr_deflate_inflate_t *s) {
    uint8_t lens[288];
    memset(lens, 8, 144);
    memset(lens + 144, 9, 112);
    memset(lens + 256, 7, 24);
    memset(lens + 280, 8, 8);
    build(s, &s->lit, lens, 288, false);
    memset(lens, 5, 32);   /* (codes 30 and 31 complete the set; they are invalid in data) */
    build(s, &s->dist, lens, 32, false);
}

static void dynamic_tables(kr_deflate_inflate_t *s) {
    uint8_t lens[286 + 30];
    unsigned nlit = get_bits(s, 5) + 257, ndist = get_bits(s, 5) + 1, nclen = get_bits(s, 4) + 4;
    if (nlit > 286 || ndist > 30) {
        corrupt(s);
    }
    memset(lens, 0, 19);
    for (unsigned i = 0; i < nclen; i++) {
        lens[clen_order[i]] = (uint8_t)get_bits(s, 3);
    }
    build(s, &s->lit, lens, 19, true);   /* the code length code, in lit for now */
    unsigned i = 0, total = nlit + ndist;
    while (i < total) {
        unsigned sym = decode(s, &s->lit);
        if (sym < 16) {
            lens[i++] = (uint8_t)sym;
            continue;
        }
        unsigned rep;
        uint8_t val = 0;
        if (sym == 16) {
            if (i == 0) {
                corrupt(s);
            }
            val = lens[i - 1];
            rep = 3 + get_bits(s, 2);
        } else if (sym == 17) {
            rep = 3 + get_bits(s, 3);
        } else {
            rep = 11 + get_bits(s, 7);
        }
        if (i + rep > total) {
            corrupt(s);
        }
        memset(lens + i, val, rep);
        i += rep;
    }
    if (lens[256] == 0) {
        corrupt(s);   /* no end-of-block code */
    }
    build(s, &s->lit, lens, nlit, false);
    build(s, &s->dist, lens + nlit, ndist, false);
}

static void block_header(kr_deflate_inflate_t *s) {
    if (s->last) {
        s->bitbuf = 0;   /* the trailer starts at a byte boundary */
        s->bitcnt = 0;
        s->state = ST_TRAILER;
        return;
    }
    s->last = (uint8_t)get_bits(s, 1);
    switch (get_bits(s, 2)) {
        case 0: {
            s->bitbuf = 0;
            s->bitcnt = 0;
            uint32_t len = get_bits(s, 16), nlen = get_bits(s, 16);
            if ((len ^ 0xffff) != nlen) {
                corrupt(s);
            }
            s->stored_left = len;
            s->state = ST_STORED;
            break;
        }
        case 1:
            fixed_tables(s);
            s->state = ST_HUFF;
            break;
        case 2:
            dynamic_tables(s);
            s->state = ST_HUFF;
            break;
        default:
            corrupt(s);
    }
}

static uint32_t get_le32(kr_deflate_inflate_t *s) {
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        v |= (uint32_t)s->get_byte(s->ctx) << (8 * i);
    }
    return v;
}

static void trailer(kr_deflate_inflate_t *s) {
    if (s->format == KR_DEFLATE_ZLIB) {
        uint32_t v = 0;
        for (int i = 0; i < 4; i++) {
            v = v << 8 | s->get_byte(s->ctx);
        }
        if (v != s->check) {
            corrupt(s);
        }
    } else if (s->format == KR_DEFLATE_GZIP) {
        uint32_t crc = get_le32(s), size = get_le32(s);
        if (crc != s->check || size != s->total) {
            corrupt(s);
        }
    }
    s->state = ST_DONE;
}

int kr_deflate_inflate_header(kr_deflate_inflate_t *s, int format, int *wbits) {
    uint8_t b0 = s->get_byte(s->ctx), b1 = s->get_byte(s->ctx);
    if (b0 == 0x1f && format != KR_DEFLATE_ZLIB) {
        /* gzip: magic, method 8, flags, mtime(4), xfl, os, then the optional fields */
        if (b1 != 0x8b || s->get_byte(s->ctx) != 8) {
            return -1;
        }
        uint8_t flags = s->get_byte(s->ctx);
        if (flags & 0xe0) {
            return -1;
        }
        for (int i = 0; i < 6; i++) {
            s->get_byte(s->ctx);
        }
        if (flags & 4) {   /* FEXTRA */
            unsigned xlen = s->get_byte(s->ctx);
            xlen |= (unsigned)s->get_byte(s->ctx) << 8;
            while (xlen-- > 0) {
                s->get_byte(s->ctx);
            }
        }
        for (int f = 8; f <= 16; f <<= 1) {   /* FNAME, FCOMMENT: zero-terminated */
            if (flags & f) {
                while (s->get_byte(s->ctx) != 0) {
                }
            }
        }
        if (flags & 2) {   /* FHCRC */
            s->get_byte(s->ctx);
            s->get_byte(s->ctx);
        }
        *wbits = 15;
        return KR_DEFLATE_GZIP;
    }
    if (format == KR_DEFLATE_GZIP) {
        return -1;
    }
    /* zlib: method 8, window 2**(8..15), check bits, no preset dictionary */
    if ((b0 & 0x0f) != 8 || (b0 >> 4) > 7 || ((unsigned)b0 << 8 | b1) % 31 != 0 || (b1 & 0x20)) {
        return -1;
    }
    *wbits = (b0 >> 4) + 8;
    return KR_DEFLATE_ZLIB;
}

void kr_deflate_inflate_init(kr_deflate_inflate_t *s, int format, uint8_t *win, int wbits) {
    s->win = win;
    s->wsize = 1u << wbits;
    s->total = s->have = 0;
    s->bitbuf = 0;
    s->bitcnt = 0;
    s->state = ST_BLOCK;
    s->last = 0;
    s->busy = 0;
    s->format = (uint8_t)format;
    s->match_len = 0;
    s->check = format == KR_DEFLATE_ZLIB ? 1 : 0;
}

static void decode_match(kr_deflate_inflate_t *s, unsigned sym) {
    sym -= 257;
    if (sym >= 29) {
        corrupt(s);
    }
    unsigned len = len_base[sym] + get_bits(s, len_extra[sym]);
    unsigned dsym = decode(s, &s->dist);
    if (dsym >= 30) {
        corrupt(s);
    }
    unsigned dist = dist_base[dsym] + get_bits(s, dist_extra[dsym]);
    if (dist > s->have) {
        corrupt(s);   /* before the start of the data, or beyond the window */
    }
    s->match_len = (uint16_t)len;
    s->match_dist = (uint16_t)dist;
}

size_t kr_deflate_inflate_read(kr_deflate_inflate_t *s, uint8_t *out, size_t n) {
    if (s->busy) {
        s->state = ST_ERROR;   /* an earlier call stopped half way (missing input) */
    }
    if (s->state == ST_ERROR) {
        corrupt(s);
    }
    s->busy = 1;
    size_t got = 0;
    uint32_t mask = s->wsize - 1;
    while (got < n && s->state != ST_DONE) {
        int c;
        if (s->match_len > 0) {
            c = s->win[(s->total - s->match_dist) & mask];
            s->match_len--;
        } else if (s->state == ST_HUFF) {
            unsigned sym = decode(s, &s->lit);
            if (sym < 256) {
                c = (int)sym;
            } else if (sym == 256) {
                s->state = ST_BLOCK;
                continue;
            } else {
                decode_match(s, sym);
                continue;
            }
        } else if (s->state == ST_STORED) {
            if (s->stored_left == 0) {
                s->state = ST_BLOCK;
                continue;
            }
            c = s->get_byte(s->ctx);
            s->stored_left--;
        } else if (s->state == ST_BLOCK) {
            block_header(s);
            continue;
        } else {
            /* checksum the output of this call so far before reading the trailer */
            break;
        }
        out[got++] = (uint8_t)c;
        s->win[s->total & mask] = (uint8_t)c;
        s->total++;
        if (s->have < s->wsize) {
            s->have++;
        }
    }
    if (s->format == KR_DEFLATE_ZLIB) {
        s->check = kr_deflate_adler32(s->check, out, got);
    } else if (s->format == KR_DEFLATE_GZIP) {
        s->check = kr_persistentcode_crc32(s->check, out, got);
    }
    if (s->state == ST_TRAILER && got < n) {
        trailer(s);
    }
    s->busy = 0;
    return got;
}

#endif /* KR_MODULE_DEFLATE */
