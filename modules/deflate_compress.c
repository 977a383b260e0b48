/* deflate_compress.c: DEFLATE encoder: greedy LZ77 over hash chains within a 2**wbits window, coded with the fixed Huffman code, in raw, zlib or gzip framing. */
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "persistentcode.h"
#include "deflate.h"

#if KR_MODULE_DEFLATE

#define MIN_MATCH (3)
#define MAX_MATCH (258)
#define MAX_CHAIN (48)     /* candidates tried per position */
#define GOOD_MATCH (128)   /* stop looking once a match this long is found */

/* (the decoder's tables, kept apart so each file stands alone) */
static const uint16_t len_base[29] = {
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258,
};
static const uint16_t dist_base[30] = {
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
};

static void flush_out(kr_deflate_compress_t *s) {
    if (s->outlen > 0) {
        uint8_t n = s->outlen;
        s->outlen = 0;
        s->put(s->ctx, s->out, n);
    }
}

static void put_byte(kr_deflate_compress_t *s, uint8_t b) {
    if (s->outlen == sizeof(s->out)) {
        flush_out(s);
    }
    s->out[s->outlen++] = b;
}

/* n <= 16 bits, least significant first */
static void put_bits(kr_deflate_compress_t *s, uint32_t v, unsigned n) {
    s->bitbuf |= v << s->bitcnt;
    s->bitcnt += n;
    while (s->bitcnt >= 8) {
        put_byte(s, (uint8_t)s->bitbuf);
        s->bitbuf >>= 8;
        s->bitcnt -= 8;
    }
}

/* a Huffman code: its n bits go most significant first */
static void put_code(kr_deflate_compress_t *s, uint32_t code, unsigned n) {
    uint32_t r = 0;
    for (unsigned i = 0; i < n; i++) {
        r = r << 1 | ((code >> i) & 1);
    }
    put_bits(s, r, n);
}

/* literal/length symbol in the fixed code */
static void put_sym(kr_deflate_compress_t *s, unsigned sym) {
    if (sym < 144) {
        put_code(s, 0x30 + sym, 8);
    } else if (sym < 256) {
        put_code(s, 0x190 + sym - 144, 9);
    } else if (sym < 280) {
        put_code(s, sym - 256, 7);
    } else {
        put_code(s, 0xc0 + sym - 280, 8);
    }
}

static unsigned find_code(const uint16_t *base, unsigned n, unsigned v) {
    unsigned i = n - 1;
    while (base[i] > v) {
        i--;
    }
    return i;
}

static void put_match(kr_deflate_compress_t *s, unsigned len, unsigned dist) {
    unsigned li = find_code(len_base, 29, len);
    put_sym(s, 257 + li);
    unsigned le = li < 8 || li == 28 ? 0 : (li - 4) / 4;
    put_bits(s, len - len_base[li], le);
    unsigned di = find_code(dist_base, 30, dist);
    put_code(s, di, 5);
    unsigned de = di < 4 ? 0 : (di - 2) / 2;
    put_bits(s, dist - dist_base[di], de);
}

static uint32_t hash3(kr_deflate_compress_t *s, uint32_t i) {
    const uint8_t *p = s->buf + i;
    uint32_t h = ((uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2]) * 2654435761u;
    return (h >> 16) & s->hmask;
}

/* record the string at buf index i (needs 3 bytes) in its hash chain */
static void insert(kr_deflate_compress_t *s, uint32_t i) {
    uint32_t abs = s->base + i, h = hash3(s, i);
    uint32_t prev_abs = s->head[h];   /* absolute position + 1, 0 = none */
    uint32_t d = abs + 1 - prev_abs;
    s->prev[abs & (s->wsize - 1)] = (uint16_t)(prev_abs != 0 && d != 0 && d < s->wsize ? d : 0);
    s->head[h] = abs + 1;
}

/* longest earlier match for buf index i, at most `limit` bytes; returns its length */
static unsigned longest(kr_deflate_compress_t *s, uint32_t i, unsigned limit, unsigned *dist_out) {
    uint32_t abs = s->base + i, h = hash3(s, i);
    uint32_t cand = s->head[h];
    unsigned best = 0;
    if (cand == 0) {
        return 0;
    }
    cand--;
    for (int chain = 0; chain < MAX_CHAIN; chain++) {
        uint32_t d = abs - cand;
        if (d == 0 || d > s->wsize || d > i) {
            break;
        }
        const uint8_t *p = s->buf + i, *q = p - d;
        if (q[best] == p[best]) {
            unsigned k = 0;
            while (k < limit && p[k] == q[k]) {
                k++;
            }
            if (k > best) {
                best = k;
                *dist_out = d;
                if (k >= limit || k >= GOOD_MATCH) {
                    break;
                }
            }
        }
        uint16_t step = s->prev[cand & (s->wsize - 1)];
        if (step == 0) {
            break;
        }
        cand -= step;
    }
    return best;
}

/* code the bytes from pos up to `end`, leaving MAX_MATCH bytes of lookahead unless final */
static void code_bytes(kr_deflate_compress_t *s, bool final) {
    uint32_t end = final ? s->fill : (s->fill > MAX_MATCH ? s->fill - MAX_MATCH : 0);
    while (s->pos < end) {
        uint32_t i = s->pos;
        unsigned avail = s->fill - i, dist = 0, len = 0;
        if (avail >= MIN_MATCH) {
            len = longest(s, i, avail < MAX_MATCH ? avail : MAX_MATCH, &dist);
            insert(s, i);
        }
        if (len >= MIN_MATCH && (len > MIN_MATCH || dist <= 4096)) {
            put_match(s, len, dist);
            for (uint32_t k = i + 1; k < i + len && k + MIN_MATCH <= s->fill; k++) {
                insert(s, k);
            }
            s->pos = i + len;
        } else {
            put_sym(s, s->buf[i]);
            s->pos = i + 1;
        }
    }
}

static void put_header(kr_deflate_compress_t *s, int wbits) {
    if (s->format == KR_DEFLATE_ZLIB) {
        unsigned cmf = (unsigned)(wbits > 8 ? wbits - 8 : 0) << 4 | 8;
        unsigned flg = 31 - (cmf << 8) % 31;
        put_byte(s, (uint8_t)cmf);
        put_byte(s, (uint8_t)flg);
    } else if (s->format == KR_DEFLATE_GZIP) {
        static const uint8_t gz[10] = { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff };
        for (int i = 0; i < 10; i++) {
            put_byte(s, gz[i]);
        }
    }
    put_bits(s, 1 << 1 | 0, 3);   /* the one fixed-Huffman block, not final yet */
}

void kr_deflate_compress_init(kr_deflate_compress_t *s, int format, int wbits) {
    s->wsize = 1u << wbits;
    s->bsize = s->wsize + (s->wsize > 1024 ? s->wsize : 1024);
    unsigned hbits = wbits < 8 ? 8 : wbits > 12 ? 12 : (unsigned)wbits;
    s->hmask = (1u << hbits) - 1;
    s->buf = kr_gc_alloc(s->bsize, KR_GC_FLAG_ATOMIC);
    s->head = kr_gc_alloc(sizeof(uint32_t) << hbits, KR_GC_FLAG_ATOMIC);
    s->prev = kr_gc_alloc(sizeof(uint16_t) * s->wsize, KR_GC_FLAG_ATOMIC);
    s->base = s->fill = s->pos = 0;
    s->format = (uint8_t)format;
    s->check = format == KR_DEFLATE_ZLIB ? 1 : 0;
    s->isize = 0;
    s->bitbuf = 0;
    s->bitcnt = 0;
    s->outlen = 0;
    s->finished = 0;
    put_header(s, wbits);
}

void kr_deflate_compress_write(kr_deflate_compress_t *s, const uint8_t *data, size_t n) {
    if (s->format == KR_DEFLATE_ZLIB) {
        s->check = kr_deflate_adler32(s->check, data, n);
    } else if (s->format == KR_DEFLATE_GZIP) {
        s->check = kr_persistentcode_crc32(s->check, data, n);
    }
    s->isize += (uint32_t)n;
    while (n > 0) {
        if (s->fill == s->bsize) {
            /* slide: keep a window of history before pos */
            uint32_t shift = s->pos > s->wsize ? s->pos - s->wsize : 0;
            memmove(s->buf, s->buf + shift, s->fill - shift);
            s->base += shift;
            s->fill -= shift;
            s->pos -= shift;
        }
        size_t k = s->bsize - s->fill;
        if (k > n) {
            k = n;
        }
        memcpy(s->buf + s->fill, data, k);
        s->fill += (uint32_t)k;
        data += k;
        n -= k;
        code_bytes(s, false);
    }
    flush_out(s);
}

void kr_deflate_compress_finish(kr_deflate_compress_t *s) {
    if (s->finished) {
        return;
    }
    s->finished = 1;
    code_bytes(s, true);
    put_sym(s, 256);              /* end of the block */
    put_bits(s, 1 << 0 | 1 << 1, 3);   /* a final, empty fixed-Huffman block */
    put_sym(s, 256);
    if (s->bitcnt > 0) {
        put_bits(s, 0, 8 - s->bitcnt);
    }
    if (s->format == KR_DEFLATE_ZLIB) {
        for (int i = 24; i >= 0; i -= 8) {
            put_byte(s, (uint8_t)(s->check >> i));
        }
    } else if (s->format == KR_DEFLATE_GZIP) {
        for (int i = 0; i < 32; i += 8) {
            put_byte(s, (uint8_t)(s->check >> i));
        }
        for (int i = 0; i < 32; i += 8) {
            put_byte(s, (uint8_t)(s->isize >> i));
        }
    }
    flush_out(s);
}

#endif /* KR_MODULE_DEFLATE */
