/* deflate.h: the DEFLATE engines behind the deflate module: a pull inflater (deflate_inflate.c)
 * and an LZ77 + fixed-Huffman compressor (deflate_compress.c), with zlib/gzip framing. */
#ifndef KRAIT_DEFLATE_H
#define KRAIT_DEFLATE_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

/* stream formats, as the module's constants */
#define KR_DEFLATE_AUTO (0)
#define KR_DEFLATE_RAW  (1)
#define KR_DEFLATE_ZLIB (2)
#define KR_DEFLATE_GZIP (3)

/* a canonical Huffman code: number of codes of each length, symbols in code order */
typedef struct {
    uint16_t count[16];
    uint16_t sym[288];
} kr_deflate_huff_t;

/* Decompressor state. Input comes one byte at a time from get_byte (which raises
 * EOFError at the end of its input); output goes to the caller and into the window ring. */
typedef struct {
    uint8_t (*get_byte)(void *ctx);
    void *ctx;
    uint8_t *win;             /* ring of wsize bytes (GC heap) */
    uint32_t wsize;           /* a power of two */
    uint32_t total;           /* bytes produced so far (mod 2**32) */
    uint32_t have;            /* valid bytes in the window: min(total, wsize) */
    uint32_t bitbuf;
    uint8_t bitcnt;
    uint8_t state;
    uint8_t last;             /* the current block is the final one */
    uint8_t busy;             /* set while decoding: still set on entry = an earlier call raised */
    uint8_t format;           /* RAW, ZLIB or GZIP: the trailer to check */
    uint32_t stored_left;     /* bytes left in a stored block */
    uint16_t match_len, match_dist;
    uint32_t check;           /* adler32 or crc32 of the output */
    kr_deflate_huff_t lit;
    kr_deflate_huff_t dist;
} kr_deflate_inflate_t;

/* Read and check a zlib (ZLIB) or gzip (GZIP) header, or either (AUTO); returns the format
 * found and its window bits in *wbits, or -1 for a bad or unexpected header. */
int kr_deflate_inflate_header(kr_deflate_inflate_t *s, int format, int *wbits);
/* Start decoding format (RAW/ZLIB/GZIP) data after its header into a window of 2**wbits. */
void kr_deflate_inflate_init(kr_deflate_inflate_t *s, int format, uint8_t *win, int wbits);
/* Produce up to n bytes into out; returns the count, 0 only at the end of the stream.
 * Corrupt data raises OSError(EINVAL); missing input, the get_byte callback's error. */
size_t kr_deflate_inflate_read(kr_deflate_inflate_t *s, uint8_t *out, size_t n);

/* Compressor state: window and lookahead buffer with hash chains. */
typedef struct {
    void (*put)(void *ctx, const uint8_t *data, size_t n);
    void *ctx;
    uint8_t *buf;             /* history (up to wsize bytes) + input not yet coded */
    uint32_t *head;           /* hash -> absolute position + 1 of its latest string */
    uint16_t *prev;           /* [abs & (wsize-1)] -> distance to the previous string with its hash */
    uint32_t wsize, bsize, hmask;
    uint32_t base;            /* absolute position of buf[0] */
    uint32_t fill, pos;       /* bytes in buf; next byte to code */
    uint32_t check, isize;    /* adler32 or crc32 of the input, input length */
    uint32_t bitbuf;
    uint8_t bitcnt, format, outlen, finished;
    uint8_t out[128];
} kr_deflate_compress_t;

/* Allocate the buffers (GC heap) and write the format's header. */
void kr_deflate_compress_init(kr_deflate_compress_t *s, int format, int wbits);
void kr_deflate_compress_write(kr_deflate_compress_t *s, const uint8_t *data, size_t n);
/* Code the rest, end the stream, write the trailer and pass out everything. */
void kr_deflate_compress_finish(kr_deflate_compress_t *s);

uint32_t kr_deflate_adler32(uint32_t adler, const uint8_t *data, size_t n);

#endif /* KRAIT_DEFLATE_H */
