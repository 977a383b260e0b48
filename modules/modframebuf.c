/* modframebuf.c: the framebuf module (FrameBuffer drawing into pixel buffers of MicroPython's formats, clipped). */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"

#if KR_MODULE_FRAMEBUF

enum { FMT_MONO_VLSB = 0, FMT_RGB565 = 1, FMT_GS4_HMSB = 2, FMT_MONO_HLSB = 3, FMT_MONO_HMSB = 4,
       FMT_GS2_HMSB = 5, FMT_GS8 = 6 };

/* Coordinates and sizes are clamped to this magnitude, so that sums, differences
 * and the products of the line and ellipse arithmetic fit in 64 bits. */
#define COORD_LIMIT ((int64_t)1 << 24)
#define RADIUS_LIMIT ((int64_t)1 << 16)

typedef struct {
    kr_obj_base_t base;
    kr_obj_t buf_obj;
    uint16_t width, height, stride;
    uint8_t format;
} fb_obj_t;

/* The drawing target of one call: the buffer's address fetched (and its size checked) afresh. */
typedef struct {
    uint8_t *buf;
    int64_t w, h, stride;
    int format;
} fb_t;

extern const kr_type_t framebuf_type_FrameBuffer;

/* ---------------------------------------------------------------- the 8x8 font (ASCII 32..127)
 * Eight bytes per character, one per column from the left; bit 0 is the top row.
 * Glyphs drawn for Krait: 5x7 in the top-left of the cell. */
static const uint8_t font8x8[96 * 8] = {
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  /*   */
    0x00, 0x00, 0x5f, 0x00, 0x00, 0x00, 0x00, 0x00,  /* ! */
    0x00, 0x03, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00,  /* " */
    0x14, 0x7f, 0x14, 0x7f, 0x14, 0x00, 0x00, 0x00,  /* # */
    0x24, 0x2a, 0x7f, 0x2a, 0x12, 0x00, 0x00, 0x00,  /* $ */
    0x23, 0x13, 0x08, 0x64, 0x62, 0x00, 0x00, 0x00,  /* % */
    0x36, 0x49, 0x55, 0x22, 0x50, 0x00, 0x00, 0x00,  /* & */
    0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00,  /* ' */
    0x00, 0x1c, 0x22, 0x41, 0x00, 0x00, 0x00, 0x00,  /* ( */
    0x00, 0x41, 0x22, 0x1c, 0x00, 0x00, 0x00, 0x00,  /* ) */
    0x14, 0x08, 0x3e, 0x08, 0x14, 0x00, 0x00, 0x00,  /* * */
    0x08, 0x08, 0x3e, 0x08, 0x08, 0x00, 0x00, 0x00,  /* + */
    0x00, 0x50, 0x30, 0x00, 0x00, 0x00, 0x00, 0x00,  /* , */
    0x08, 0x08, 0x08, 0x08, 0x08, 0x00, 0x00, 0x00,  /* - */
    0x00, 0x60, 0x60, 0x00, 0x00, 0x00, 0x00, 0x00,  /* . */
    0x20, 0x10, 0x08, 0x04, 0x02, 0x00, 0x00, 0x00,  /* / */
    0x3e, 0x51, 0x49, 0x45, 0x3e, 0x00, 0x00, 0x00,  /* 0 */
    0x00, 0x42, 0x7f, 0x40, 0x00, 0x00, 0x00, 0x00,  /* 1 */
    0x42, 0x61, 0x51, 0x49, 0x46, 0x00, 0x00, 0x00,  /* 2 */
    0x21, 0x41, 0x45, 0x4b, 0x31, 0x00, 0x00, 0x00,  /* 3 */
    0x18, 0x14, 0x12, 0x7f, 0x10, 0x00, 0x00, 0x00,  /* 4 */
    0x27, 0x45, 0x45, 0x45, 0x39, 0x00, 0x00, 0x00,  /* 5 */
    0x3c, 0x4a, 0x49, 0x49, 0x30, 0x00, 0x00, 0x00,  /* 6 */
    0x01, 0x71, 0x09, 0x05, 0x03, 0x00, 0x00, 0x00,  /* 7 */
    0x36, 0x49, 0x49, 0x49, 0x36, 0x00, 0x00, 0x00,  /* 8 */
    0x06, 0x49, 0x49, 0x29, 0x1e, 0x00, 0x00, 0x00,  /* 9 */
    0x00, 0x36, 0x36, 0x00, 0x00, 0x00, 0x00, 0x00,  /* : */
    0x00, 0x56, 0x36, 0x00, 0x00, 0x00, 0x00, 0x00,  /* ; */
    0x08, 0x14, 0x22, 0x41, 0x00, 0x00, 0x00, 0x00,  /* < */
    0x14, 0x14, 0x14, 0x14, 0x14, 0x00, 0x00, 0x00,  /* = */
    0x00, 0x41, 0x22, 0x14, 0x08, 0x00, 0x00, 0x00,  /* > */
    0x02, 0x01, 0x51, 0x09, 0x06, 0x00, 0x00, 0x00,  /* ? */
    0x32, 0x49, 0x79, 0x41, 0x3e, 0x00, 0x00, 0x00,  /* @ */
    0x7e, 0x09, 0x09, 0x09, 0x7e, 0x00, 0x00, 0x00,  /* A */
    0x7f, 0x49, 0x49, 0x49, 0x36, 0x00, 0x00, 0x00,  /* B */
    0x3e, 0x41, 0x41, 0x41, 0x22, 0x00, 0x00, 0x00,  /* C */
    0x7f, 0x41, 0x41, 0x22, 0x1c, 0x00, 0x00, 0x00,  /* D */
    0x7f, 0x49, 0x49, 0x49, 0x41, 0x00, 0x00, 0x00,  /* E */
    0x7f, 0x09, 0x09, 0x09, 0x01, 0x00, 0x00, 0x00,  /* F */
    0x3e, 0x41, 0x49, 0x49, 0x7a, 0x00, 0x00, 0x00,  /* G */
    0x7f, 0x08, 0x08, 0x08, 0x7f, 0x00, 0x00, 0x00,  /* H */
    0x00, 0x41, 0x7f, 0x41, 0x00, 0x00, 0x00, 0x00,  /* I */
    0x20, 0x40, 0x41, 0x3f, 0x01, 0x00, 0x00, 0x00,  /* J */
    0x7f, 0x08, 0x14, 0x22, 0x41, 0x00, 0x00, 0x00,  /* K */
    0x7f, 0x40, 0x40, 0x40, 0x40, 0x00, 0x00, 0x00,  /* L */
    0x7f, 0x02, 0x0c, 0x02, 0x7f, 0x00, 0x00, 0x00,  /* M */
    0x7f, 0x04, 0x08, 0x10, 0x7f, 0x00, 0x00, 0x00,  /* N */
    0x3e, 0x41, 0x41, 0x41, 0x3e, 0x00, 0x00, 0x00,  /* O */
    0x7f, 0x09, 0x09, 0x09, 0x06, 0x00, 0x00, 0x00,  /* P */
    0x3e, 0x41, 0x51, 0x21, 0x5e, 0x00, 0x00, 0x00,  /* Q */
    0x7f, 0x09, 0x19, 0x29, 0x46, 0x00, 0x00, 0x00,  /* R */
    0x46, 0x49, 0x49, 0x49, 0x31, 0x00, 0x00, 0x00,  /* S */
    0x01, 0x01, 0x7f, 0x01, 0x01, 0x00, 0x00, 0x00,  /* T */
    0x3f, 0x40, 0x40, 0x40, 0x3f, 0x00, 0x00, 0x00,  /* U */
    0x1f, 0x20, 0x40, 0x20, 0x1f, 0x00, 0x00, 0x00,  /* V */
    0x3f, 0x40, 0x38, 0x40, 0x3f, 0x00, 0x00, 0x00,  /* W */
    0x63, 0x14, 0x08, 0x14, 0x63, 0x00, 0x00, 0x00,  /* X */
    0x03, 0x04, 0x78, 0x04, 0x03, 0x00, 0x00, 0x00,  /* Y */
    0x61, 0x51, 0x49, 0x45, 0x43, 0x00, 0x00, 0x00,  /* Z */
    0x00, 0x7f, 0x41, 0x41, 0x00, 0x00, 0x00, 0x00,  /* [ */
    0x02, 0x04, 0x08, 0x10, 0x20, 0x00, 0x00, 0x00,  /* backslash */
    0x00, 0x41, 0x41, 0x7f, 0x00, 0x00, 0x00, 0x00,  /* ] */
    0x04, 0x02, 0x01, 0x02, 0x04, 0x00, 0x00, 0x00,  /* ^ */
    0x40, 0x40, 0x40, 0x40, 0x40, 0x00, 0x00, 0x00,  /* _ */
    0x00, 0x01, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00,  /* ` */
    0x20, 0x54, 0x54, 0x54, 0x78, 0x00, 0x00, 0x00,  /* a */
    0x7f, 0x48, 0x44, 0x44, 0x38, 0x00, 0x00, 0x00,  /* b */
    0x38, 0x44, 0x44, 0x44, 0x20, 0x00, 0x00, 0x00,  /* c */
    0x38, 0x44, 0x44, 0x48, 0x7f, 0x00, 0x00, 0x00,  /* d */
    0x38, 0x54, 0x54, 0x54, 0x18, 0x00, 0x00, 0x00,  /* e */
    0x08, 0x7e, 0x09, 0x01, 0x02, 0x00, 0x00, 0x00,  /* f */
    0x0c, 0x52, 0x52, 0x52, 0x3e, 0x00, 0x00, 0x00,  /* g */
    0x7f, 0x08, 0x04, 0x04, 0x78, 0x00, 0x00, 0x00,  /* h */
    0x00, 0x44, 0x7d, 0x40, 0x00, 0x00, 0x00, 0x00,  /* i */
    0x20, 0x40, 0x44, 0x3d, 0x00, 0x00, 0x00, 0x00,  /* j */
    0x7f, 0x10, 0x28, 0x44, 0x00, 0x00, 0x00, 0x00,  /* k */
    0x00, 0x41, 0x7f, 0x40, 0x00, 0x00, 0x00, 0x00,  /* l */
    0x7c, 0x04, 0x18, 0x04, 0x78, 0x00, 0x00, 0x00,  /* m */
    0x7c, 0x08, 0x04, 0x04, 0x78, 0x00, 0x00, 0x00,  /* n */
    0x38, 0x44, 0x44, 0x44, 0x38, 0x00, 0x00, 0x00,  /* o */
    0x7c, 0x14, 0x14, 0x14, 0x08, 0x00, 0x00, 0x00,  /* p */
    0x08, 0x14, 0x14, 0x18, 0x7c, 0x00, 0x00, 0x00,  /* q */
    0x7c, 0x08, 0x04, 0x04, 0x08, 0x00, 0x00, 0x00,  /* r */
    0x48, 0x54, 0x54, 0x54, 0x20, 0x00, 0x00, 0x00,  /* s */
    0x04, 0x3f, 0x44, 0x40, 0x20, 0x00, 0x00, 0x00,  /* t */
    0x3c, 0x40, 0x40, 0x20, 0x7c, 0x00, 0x00, 0x00,  /* u */
    0x1c, 0x20, 0x40, 0x20, 0x1c, 0x00, 0x00, 0x00,  /* v */
    0x3c, 0x40, 0x30, 0x40, 0x3c, 0x00, 0x00, 0x00,  /* w */
    0x44, 0x28, 0x10, 0x28, 0x44, 0x00, 0x00, 0x00,  /* x */
    0x0c, 0x50, 0x50, 0x50, 0x3c, 0x00, 0x00, 0x00,  /* y */
    0x44, 0x64, 0x54, 0x4c, 0x44, 0x00, 0x00, 0x00,  /* z */
    0x00, 0x08, 0x36, 0x41, 0x00, 0x00, 0x00, 0x00,  /* { */
    0x00, 0x00, 0x7f, 0x00, 0x00, 0x00, 0x00, 0x00,  /* | */
    0x00, 0x41, 0x36, 0x08, 0x00, 0x00, 0x00, 0x00,  /* } */
    0x08, 0x04, 0x08, 0x10, 0x08, 0x00, 0x00, 0x00,  /* ~ */
    0x7f, 0x41, 0x41, 0x41, 0x7f, 0x00, 0x00, 0x00,  /* DEL */
};

/* ---------------------------------------------------------------- pixel formats */

static size_t buffer_need(int format, size_t w, size_t h, size_t stride) {
    (void)w;
    switch (format) {
        case FMT_MONO_VLSB: return (h + 7) / 8 * stride;
        case FMT_RGB565: return h * stride * 2;
        case FMT_GS4_HMSB: return h * stride / 2;
        case FMT_MONO_HLSB: case FMT_MONO_HMSB: return h * stride / 8;
        case FMT_GS2_HMSB: return h * stride / 4;
        default: return h * stride;
    }
}

static void px_set(const fb_t *f, int64_t x, int64_t y, uint32_t c) {
    size_t i = (size_t)(x + y * f->stride);
    uint8_t *p;
    switch (f->format) {
        case FMT_MONO_VLSB: {
            p = &f->buf[(size_t)(y >> 3) * (size_t)f->stride + (size_t)x];
            uint8_t m = (uint8_t)(1u << (y & 7));
            *p = c ? (uint8_t)(*p | m) : (uint8_t)(*p & ~m);
            break;
        }
        case FMT_MONO_HLSB: case FMT_MONO_HMSB: {
            p = &f->buf[i >> 3];
            uint8_t m = (uint8_t)(f->format == FMT_MONO_HLSB ? 0x80u >> (x & 7) : 1u << (x & 7));
            *p = c ? (uint8_t)(*p | m) : (uint8_t)(*p & ~m);
            break;
        }
        case FMT_RGB565: {
            uint16_t v = (uint16_t)c;
            memcpy(&f->buf[i * 2], &v, 2);
            break;
        }
        case FMT_GS2_HMSB: {
            p = &f->buf[i >> 2];
            unsigned sh = (unsigned)(x & 3) * 2;
            *p = (uint8_t)((*p & ~(3u << sh)) | ((c & 3u) << sh));
            break;
        }
        case FMT_GS4_HMSB: {
            p = &f->buf[i >> 1];
            if (x & 1) {
                *p = (uint8_t)((*p & 0xf0) | (c & 0x0f));
            } else {
                *p = (uint8_t)((*p & 0x0f) | ((c & 0x0f) << 4));
            }
            break;
        }
        default:
            f->buf[i] = (uint8_t)c;
            break;
    }
}

static uint32_t px_get(const fb_t *f, int64_t x, int64_t y) {
    size_t i = (size_t)(x + y * f->stride);
    switch (f->format) {
        case FMT_MONO_VLSB: return (f->buf[(size_t)(y >> 3) * (size_t)f->stride + (size_t)x] >> (y & 7)) & 1;
        case FMT_MONO_HLSB: return (f->buf[i >> 3] >> (7 - (x & 7))) & 1;
        case FMT_MONO_HMSB: return (f->buf[i >> 3] >> (x & 7)) & 1;
        case FMT_RGB565: {
            uint16_t v;
            memcpy(&v, &f->buf[i * 2], 2);
            return v;
        }
        case FMT_GS2_HMSB: return (f->buf[i >> 2] >> ((x & 3) * 2)) & 3;
        case FMT_GS4_HMSB: return (x & 1) ? (f->buf[i >> 1] & 0x0f) : (uint32_t)(f->buf[i >> 1] >> 4);
        default: return f->buf[i];
    }
}

static void px_set_clip(const fb_t *f, int64_t x, int64_t y, uint32_t c) {
    if (x >= 0 && y >= 0 && x < f->w && y < f->h) {
        px_set(f, x, y, c);
    }
}

/* Fill the rectangle [x, x+w) x [y, y+h), clipped. */
static void fill_rect(const fb_t *f, int64_t x, int64_t y, int64_t w, int64_t h, uint32_t c) {
    int64_t x0 = x < 0 ? 0 : x, y0 = y < 0 ? 0 : y;
    int64_t x1 = x + w > f->w ? f->w : x + w, y1 = y + h > f->h ? f->h : y + h;
    if (w < 1 || h < 1 || x0 >= x1 || y0 >= y1) {
        return;
    }
    if (f->format == FMT_GS8) {
        for (int64_t yy = y0; yy < y1; yy++) {
            memset(&f->buf[(size_t)(yy * f->stride + x0)], (int)(uint8_t)c, (size_t)(x1 - x0));
        }
        return;
    }
    for (int64_t yy = y0; yy < y1; yy++) {
        for (int64_t xx = x0; xx < x1; xx++) {
            px_set(f, xx, yy, c);
        }
    }
}

/* ---------------------------------------------------------------- arguments */

static fb_obj_t *fb_ptr(kr_obj_t o) {
    return KR_OBJ_TO_PTR(o);
}

static int64_t coord(kr_obj_t o) {
    kr_int_t v = kr_obj_get_int(o);
    if (v > COORD_LIMIT) {
        return COORD_LIMIT;
    }
    if (v < -COORD_LIMIT) {
        return -COORD_LIMIT;
    }
    return v;
}

static uint32_t color(kr_obj_t o) {
    return (uint32_t)kr_obj_get_int(o);
}

/* Fetch the target of a FrameBuffer object, checking that its buffer still holds it. */
static void fb_get(kr_obj_t self, fb_t *f) {
    if (!kr_obj_is_instance(self, &framebuf_type_FrameBuffer)) {
        kr_raise_msg(&kr_type_TypeError, "expected a FrameBuffer");
    }
    fb_obj_t *o = fb_ptr(self);
    kr_buffer_info_t info;
    if (o->buf_obj == KR_OBJ_NULL || kr_get_buffer(o->buf_obj, &info, KR_BUFFER_WRITE) != 0) {
        kr_raise_msg(&kr_type_ValueError, "FrameBuffer has no buffer (not initialised, or read-only)");
    }
    if (info.len < buffer_need(o->format, o->width, o->height, o->stride)) {
        kr_raise_msg(&kr_type_ValueError, "buffer too small");
    }
    f->buf = info.buf;
    f->w = o->width;
    f->h = o->height;
    f->stride = o->stride;
    f->format = o->format;
}

/* The source of blit(): a FrameBuffer, or (buffer, width, height, format[, stride]). */
static void fb_from_obj(kr_obj_t src, fb_t *f, bool writable) {
    if (kr_obj_is_instance(src, &framebuf_type_FrameBuffer)) {
        fb_get(src, f);
        return;
    }
    size_t n;
    kr_obj_t *items;
    if (!kr_obj_is_instance(src, &kr_type_tuple)) {
        kr_raise_msg(&kr_type_TypeError, "expected a FrameBuffer or a (buffer, width, height, format[, stride]) tuple");
    }
    kr_obj_get_array(src, &n, &items);
    if (n < 4 || n > 5) {
        kr_raise_msg(&kr_type_ValueError, "expected (buffer, width, height, format[, stride])");
    }
    kr_int_t w = kr_obj_get_int(items[1]), h = kr_obj_get_int(items[2]), fmt = kr_obj_get_int(items[3]);
    kr_int_t stride = n > 4 ? kr_obj_get_int(items[4]) : w;
    if (w < 1 || h < 1 || w > 0xffff || h > 0xffff || stride < w || stride > 0xffff || fmt < 0 || fmt > FMT_GS8) {
        kr_raise_msg(&kr_type_ValueError, "invalid framebuffer geometry or format");
    }
    kr_buffer_info_t info;
    kr_get_buffer_raise(items[0], &info, writable ? KR_BUFFER_WRITE : KR_BUFFER_READ);
    f->w = w;
    f->h = h;
    f->format = (int)fmt;
    f->stride = stride;
    switch (fmt) {
        case FMT_MONO_HLSB: case FMT_MONO_HMSB: f->stride = (stride + 7) & ~7; break;
        case FMT_GS2_HMSB: f->stride = (stride + 3) & ~3; break;
        case FMT_GS4_HMSB: f->stride = (stride + 1) & ~1; break;
        default: break;
    }
    if (info.len < buffer_need(f->format, (size_t)f->w, (size_t)f->h, (size_t)f->stride)) {
        kr_raise_msg(&kr_type_ValueError, "buffer too small");
    }
    f->buf = info.buf;
}

/* ---------------------------------------------------------------- constructor */

/* Set up o from (buffer, width, height, format[, stride]); raises on bad arguments. */
static void fb_setup(fb_obj_t *o, size_t n_args, const kr_obj_t *args) {
    if (n_args < 4 || n_args > 5) {
        kr_raise_fmt(&kr_type_TypeError, "FrameBuffer takes 4 or 5 positional arguments but %u were given",
                     (unsigned)n_args);
    }
    kr_int_t w = kr_obj_get_int(args[1]), h = kr_obj_get_int(args[2]), fmt = kr_obj_get_int(args[3]);
    kr_int_t stride = n_args > 4 ? kr_obj_get_int(args[4]) : w;
    if (fmt < 0 || fmt > FMT_GS8) {
        kr_raise_msg(&kr_type_ValueError, "invalid format");
    }
    if (w < 1 || h < 1 || w > 0xffff || h > 0xffff || stride < w || stride > 0xffff) {
        kr_raise_msg(&kr_type_ValueError, "invalid width, height or stride");
    }
    switch (fmt) {
        case FMT_MONO_HLSB: case FMT_MONO_HMSB: stride = (stride + 7) & ~7; break;
        case FMT_GS2_HMSB: stride = (stride + 3) & ~3; break;
        case FMT_GS4_HMSB: stride = (stride + 1) & ~1; break;
        default: break;
    }
    kr_buffer_info_t info;
    kr_get_buffer_raise(args[0], &info, KR_BUFFER_WRITE);
    if (info.len < buffer_need((int)fmt, (size_t)w, (size_t)h, (size_t)stride)) {
        kr_raise_msg(&kr_type_ValueError, "buffer too small");
    }
    o->buf_obj = args[0];
    o->width = (uint16_t)w;
    o->height = (uint16_t)h;
    o->stride = (uint16_t)stride;
    o->format = (uint8_t)fmt;
}

/* Arguments that cannot describe a frame buffer at all (count, types, no buffer) give an
 * empty FrameBuffer instead of an error: that is how a Python subclass with its own
 * constructor arguments (a display driver) gets its instance, before its __init__ calls
 * FrameBuffer.__init__(self, buffer, width, height, format). An empty one raises
 * ValueError when drawn on. */
static kr_obj_t fb_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    fb_obj_t *o = kr_gc_alloc(sizeof(fb_obj_t), 0);
    o->base.type = type;
    kr_buffer_info_t info;
    bool plausible = n_kw == 0 && n_args >= 4 && n_args <= 5 && kr_get_buffer(args[0], &info, KR_BUFFER_WRITE) == 0;
    for (size_t i = 1; plausible && i < n_args; i++) {
        plausible = kr_obj_is_int(args[i]);
    }
    if (plausible) {
        fb_setup(o, n_args, args);
    }
    return KR_OBJ_FROM_PTR(o);
}

static kr_obj_t fb_init(size_t n_args, const kr_obj_t *args) {
    if (!kr_obj_is_instance(args[0], &framebuf_type_FrameBuffer)) {
        kr_raise_msg(&kr_type_TypeError, "expected a FrameBuffer");
    }
    fb_setup(fb_ptr(args[0]), n_args - 1, args + 1);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(fb_init_obj, 1, 6, fb_init);

static int fb_get_buffer(kr_obj_t self, kr_buffer_info_t *info, unsigned flags) {
    fb_obj_t *o = fb_ptr(self);
    return o->buf_obj == KR_OBJ_NULL ? 1 : kr_get_buffer(o->buf_obj, info, flags);
}

/* ---------------------------------------------------------------- methods: pixels and rectangles */

static kr_obj_t fb_fill(kr_obj_t self, kr_obj_t c) {
    fb_t f;
    fb_get(self, &f);
    fill_rect(&f, 0, 0, f.w, f.h, color(c));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(fb_fill_obj, fb_fill);

static kr_obj_t fb_pixel(size_t n_args, const kr_obj_t *args) {
    fb_t f;
    fb_get(args[0], &f);
    int64_t x = coord(args[1]), y = coord(args[2]);
    bool inside = x >= 0 && y >= 0 && x < f.w && y < f.h;
    if (n_args == 3) {
        return inside ? kr_obj_new_int_from_uint(px_get(&f, x, y)) : KR_OBJ_NONE;
    }
    uint32_t c = color(args[3]);
    if (inside) {
        px_set(&f, x, y, c);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(fb_pixel_obj, 3, 4, fb_pixel);

static kr_obj_t fb_fill_rect(size_t n_args, const kr_obj_t *args) {
    fb_t f;
    fb_get(args[0], &f);
    fill_rect(&f, coord(args[1]), coord(args[2]), coord(args[3]), coord(args[4]), color(args[5]));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(fb_fill_rect_obj, 6, 6, fb_fill_rect);

static kr_obj_t fb_hline(size_t n_args, const kr_obj_t *args) {
    fb_t f;
    fb_get(args[0], &f);
    fill_rect(&f, coord(args[1]), coord(args[2]), coord(args[3]), 1, color(args[4]));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(fb_hline_obj, 5, 5, fb_hline);

static kr_obj_t fb_vline(size_t n_args, const kr_obj_t *args) {
    fb_t f;
    fb_get(args[0], &f);
    fill_rect(&f, coord(args[1]), coord(args[2]), 1, coord(args[3]), color(args[4]));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(fb_vline_obj, 5, 5, fb_vline);

static kr_obj_t fb_rect(size_t n_args, const kr_obj_t *args) {
    fb_t f;
    fb_get(args[0], &f);
    int64_t x = coord(args[1]), y = coord(args[2]), w = coord(args[3]), h = coord(args[4]);
    uint32_t c = color(args[5]);
    if (n_args > 6 && kr_obj_is_true(args[6])) {
        fill_rect(&f, x, y, w, h, c);
    } else if (w >= 1 && h >= 1) {
        fill_rect(&f, x, y, w, 1, c);
        fill_rect(&f, x, y + h - 1, w, 1, c);
        fill_rect(&f, x, y, 1, h, c);
        fill_rect(&f, x + w - 1, y, 1, h, c);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(fb_rect_obj, 6, 7, fb_rect);

/* ---------------------------------------------------------------- lines */

/* Bresenham's line from (x1, y1) to (x2, y2), both ends included. Point i along the
 * major axis has the minor offset floor((2*i*dminor + n) / (2*n)) (n = major length),
 * which is what the incremental algorithm produces; only the visible range of i is
 * walked, so far-away endpoints cost nothing. */
static void draw_line(const fb_t *f, int64_t x1, int64_t y1, int64_t x2, int64_t y2, uint32_t c) {
    int64_t dx = x2 - x1, dy = y2 - y1;
    int64_t sx = dx < 0 ? -1 : 1, sy = dy < 0 ? -1 : 1;
    dx = dx < 0 ? -dx : dx;
    dy = dy < 0 ? -dy : dy;
    bool steep = dy > dx;
    int64_t n = steep ? dy : dx, d = steep ? dx : dy;
    int64_t maj0 = steep ? y1 : x1, min0 = steep ? x1 : y1;
    int64_t smaj = steep ? sy : sx, smin = steep ? sx : sy;
    int64_t lim = steep ? f->h : f->w;
    if (n == 0) {
        px_set_clip(f, x1, y1, c);
        return;
    }
    /* i range where the major coordinate maj0 + smaj*i lies in [0, lim) */
    int64_t lo, hi;
    if (smaj > 0) {
        lo = -maj0;
        hi = lim - 1 - maj0;
    } else {
        lo = maj0 - (lim - 1);
        hi = maj0;
    }
    if (lo < 0) {
        lo = 0;
    }
    if (hi > n) {
        hi = n;
    }
    for (int64_t i = lo; i <= hi; i++) {
        int64_t maj = maj0 + smaj * i;
        int64_t mn = min0 + smin * ((2 * i * d + n) / (2 * n));
        if (steep) {
            px_set_clip(f, mn, maj, c);
        } else {
            px_set_clip(f, maj, mn, c);
        }
    }
}

static kr_obj_t fb_line(size_t n_args, const kr_obj_t *args) {
    fb_t f;
    fb_get(args[0], &f);
    draw_line(&f, coord(args[1]), coord(args[2]), coord(args[3]), coord(args[4]), color(args[5]));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(fb_line_obj, 6, 6, fb_line);

/* ---------------------------------------------------------------- ellipses */

#define Q_TOP_RIGHT (1)
#define Q_TOP_LEFT (2)
#define Q_BOTTOM_LEFT (4)
#define Q_BOTTOM_RIGHT (8)

/* The four mirror images of (x, y) around the centre, as points or as spans
 * from the centre column when filling. */
static void ellipse_points(const fb_t *f, int64_t cx, int64_t cy, int64_t x, int64_t y, uint32_t c,
                           bool fill, unsigned mask) {
    if (fill) {
        if (mask & Q_TOP_RIGHT) {
            fill_rect(f, cx, cy - y, x + 1, 1, c);
        }
        if (mask & Q_TOP_LEFT) {
            fill_rect(f, cx - x, cy - y, x + 1, 1, c);
        }
        if (mask & Q_BOTTOM_LEFT) {
            fill_rect(f, cx - x, cy + y, x + 1, 1, c);
        }
        if (mask & Q_BOTTOM_RIGHT) {
            fill_rect(f, cx, cy + y, x + 1, 1, c);
        }
        return;
    }
    if (mask & Q_TOP_RIGHT) {
        px_set_clip(f, cx + x, cy - y, c);
    }
    if (mask & Q_TOP_LEFT) {
        px_set_clip(f, cx - x, cy - y, c);
    }
    if (mask & Q_BOTTOM_LEFT) {
        px_set_clip(f, cx - x, cy + y, c);
    }
    if (mask & Q_BOTTOM_RIGHT) {
        px_set_clip(f, cx + x, cy + y, c);
    }
}

/* Midpoint ellipse in two passes (the flat part from the x axis, then the steep part
 * from the y axis), integer arithmetic only. */
static void draw_ellipse(const fb_t *f, int64_t cx, int64_t cy, int64_t a, int64_t b, uint32_t c,
                         bool fill, unsigned mask) {
    if (a <= 0 || b <= 0) {
        /* degenerate: a line segment (or a point) along the axis */
        int64_t ra = a < 0 ? 0 : a, rb = b < 0 ? 0 : b;
        fill_rect(f, cx - ra, cy - rb, 2 * ra + 1, 2 * rb + 1, c);
        return;
    }
    int64_t a2 = a * a, b2 = b * b;
    /* pass 1: start at (a, 0), step y, x decreases sometimes; while the slope is below 1 */
    int64_t x = a, y = 0;
    int64_t xchange = b2 * (1 - 2 * a), ychange = a2, err = 0;
    int64_t stopx = 2 * b2 * a, stopy = 0;
    while (stopx >= stopy) {
        ellipse_points(f, cx, cy, x, y, c, fill, mask);
        y++;
        stopy += 2 * a2;
        err += ychange;
        ychange += 2 * a2;
        if (2 * err + xchange > 0) {
            x--;
            stopx -= 2 * b2;
            err += xchange;
            xchange += 2 * b2;
        }
    }
    /* pass 2: start at (0, b), step x, y decreases sometimes */
    x = 0;
    y = b;
    xchange = b2;
    ychange = a2 * (1 - 2 * b);
    err = 0;
    stopx = 0;
    stopy = 2 * a2 * b;
    while (stopx <= stopy) {
        ellipse_points(f, cx, cy, x, y, c, fill, mask);
        x++;
        stopx += 2 * b2;
        err += xchange;
        xchange += 2 * b2;
        if (2 * err + ychange > 0) {
            y--;
            stopy -= 2 * a2;
            err += ychange;
            ychange += 2 * a2;
        }
    }
}

static int64_t radius(kr_obj_t o) {
    kr_int_t r = kr_obj_get_int(o);
    return r > RADIUS_LIMIT ? RADIUS_LIMIT : r < -1 ? -1 : r;
}

static kr_obj_t fb_ellipse(size_t n_args, const kr_obj_t *args) {
    fb_t f;
    fb_get(args[0], &f);
    int64_t cx = coord(args[1]), cy = coord(args[2]), a = radius(args[3]), b = radius(args[4]);
    uint32_t c = color(args[5]);
    bool fill = n_args > 6 && kr_obj_is_true(args[6]);
    unsigned mask = n_args > 7 ? (unsigned)kr_obj_get_int(args[7]) & 15 : 15;
    if (a < 0 || b < 0) {
        return KR_OBJ_NONE;
    }
    draw_ellipse(&f, cx, cy, a, b, c, fill, mask);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(fb_ellipse_obj, 6, 8, fb_ellipse);

/* ---------------------------------------------------------------- polygons */

/* The coordinates of poly(): an int array (buffer protocol) or a list/tuple of ints. */
typedef struct {
    kr_obj_t seq;
    kr_obj_t *items;
    const uint8_t *data;
    int typecode;
    size_t itemsize, n;
} coords_t;

static void coords_init(coords_t *cs, kr_obj_t o) {
    cs->seq = o;
    cs->data = NULL;
    if (kr_obj_is_instance(o, &kr_type_list) || kr_obj_is_instance(o, &kr_type_tuple)) {
        kr_obj_get_array(o, &cs->n, &cs->items);
        return;
    }
    kr_buffer_info_t info;
    kr_get_buffer_raise(o, &info, KR_BUFFER_READ);
    switch (info.typecode) {
        case 'b': case 'B': cs->itemsize = 1; break;
        case 'h': case 'H': cs->itemsize = 2; break;
        case 'i': case 'I': cs->itemsize = sizeof(int); break;
        case 'l': case 'L': cs->itemsize = sizeof(long); break;
        case 'q': case 'Q': cs->itemsize = 8; break;
        default: kr_raise_msg(&kr_type_TypeError, "poly coordinates must be an array of ints");
    }
    cs->typecode = info.typecode;
    cs->data = info.buf;
    cs->n = info.len / cs->itemsize;
}

static int64_t coords_get(const coords_t *cs, size_t i) {
    if (cs->data == NULL) {
        return coord(cs->items[i]);
    }
    const uint8_t *p = cs->data + i * cs->itemsize;
    int64_t v;
    switch (cs->typecode) {
        case 'b': v = (int8_t)p[0]; break;
        case 'B': v = p[0]; break;
        case 'h': { int16_t t; memcpy(&t, p, 2); v = t; break; }
        case 'H': { uint16_t t; memcpy(&t, p, 2); v = t; break; }
        case 'i': { int t; memcpy(&t, p, sizeof t); v = t; break; }
        case 'I': { unsigned t; memcpy(&t, p, sizeof t); v = t; break; }
        case 'l': { long t; memcpy(&t, p, sizeof t); v = t; break; }
        case 'L': { unsigned long t; memcpy(&t, p, sizeof t); v = (int64_t)t; break; }
        case 'q': { int64_t t; memcpy(&t, p, 8); v = t; break; }
        default: { uint64_t t; memcpy(&t, p, 8); v = t > (uint64_t)COORD_LIMIT ? COORD_LIMIT : (int64_t)t; break; }
    }
    return v > COORD_LIMIT ? COORD_LIMIT : v < -COORD_LIMIT ? -COORD_LIMIT : v;
}

/* Fill the rows of the polygon: for each row, the crossings of the edges with the row
 * (an edge covers the rows from its upper end, inclusive, to its lower end, exclusive)
 * sorted, and the spans between pairs of them filled (even-odd rule). */
static void poly_fill(const fb_t *f, int64_t ox, int64_t oy, const int64_t *px, const int64_t *py,
                      size_t n, uint32_t c, int64_t *xs) {
    int64_t ymin = py[0], ymax = py[0];
    for (size_t i = 1; i < n; i++) {
        ymin = py[i] < ymin ? py[i] : ymin;
        ymax = py[i] > ymax ? py[i] : ymax;
    }
    if (oy + ymin < 0) {
        ymin = -oy;
    }
    if (oy + ymax > f->h - 1) {
        ymax = f->h - 1 - oy;
    }
    for (int64_t y = ymin; y <= ymax; y++) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            size_t j = (i + 1) % n;
            int64_t ya = py[i], yb = py[j], xa = px[i], xb = px[j];
            if (ya == yb) {
                continue;
            }
            if (ya > yb) {
                int64_t t = ya; ya = yb; yb = t;
                t = xa; xa = xb; xb = t;
            }
            if (y < ya || y >= yb) {
                continue;
            }
            /* x at this row, rounded to the nearest pixel */
            int64_t num = (y - ya) * (xb - xa) * 2 + (yb - ya);
            int64_t den = (yb - ya) * 2;
            int64_t q = num / den;
            if (num % den != 0 && num < 0) {
                q--;   /* floor */
            }
            int64_t x = xa + q;
            size_t m = k++;
            while (m > 0 && xs[m - 1] > x) {
                xs[m] = xs[m - 1];
                m--;
            }
            xs[m] = x;
        }
        for (size_t i = 0; i + 1 < k; i += 2) {
            fill_rect(f, ox + xs[i], oy + y, xs[i + 1] - xs[i] + 1, 1, c);
        }
    }
}

static kr_obj_t fb_poly(size_t n_args, const kr_obj_t *args) {
    fb_t f;
    fb_get(args[0], &f);
    int64_t ox = coord(args[1]), oy = coord(args[2]);
    uint32_t c = color(args[4]);
    bool fill = n_args > 5 && kr_obj_is_true(args[5]);
    coords_t cs;
    coords_init(&cs, args[3]);
    size_t n = cs.n / 2;
    if (n == 0) {
        return KR_OBJ_NONE;
    }
    /* copy the points first: the coordinates' buffer is not touched while drawing */
    int64_t *pts = kr_gc_alloc(sizeof(int64_t) * 3 * n, KR_GC_FLAG_ATOMIC);
    int64_t *px = pts, *py = pts + n;
    for (size_t i = 0; i < n; i++) {
        px[i] = coords_get(&cs, 2 * i);
        py[i] = coords_get(&cs, 2 * i + 1);
    }
    fb_get(args[0], &f);   /* converting list items may have run Python code */
    if (fill) {
        poly_fill(&f, ox, oy, px, py, n, c, pts + 2 * n);
    }
    for (size_t i = 0; i < n; i++) {
        size_t j = (i + 1) % n;
        draw_line(&f, ox + px[i], oy + py[i], ox + px[j], oy + py[j], c);
    }
    kr_gc_free(pts);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(fb_poly_obj, 5, 6, fb_poly);

/* ---------------------------------------------------------------- text, scroll, blit */

static kr_obj_t fb_text(size_t n_args, const kr_obj_t *args) {
    fb_t f;
    fb_get(args[0], &f);
    size_t len;
    if (!kr_obj_is_str(args[1])) {
        kr_raise_fmt(&kr_type_TypeError, "can't convert '%s' object to str implicitly", kr_obj_type_name(args[1]));
    }
    const char *s = kr_obj_str_get_data(args[1], &len);
    int64_t x = coord(args[2]), y = coord(args[3]);
    uint32_t c = n_args > 4 ? color(args[4]) : 1;
    for (size_t i = 0; i < len; i++, x += 8) {
        uint8_t ch = (uint8_t)s[i];
        if (ch >= 0x80) {
            while (i + 1 < len && ((uint8_t)s[i + 1] & 0xc0) == 0x80) {
                i++;   /* one box for a whole UTF-8 sequence */
            }
            ch = 127;
        } else if (ch < 32) {
            ch = 127;
        }
        if (x + 8 <= 0 || x >= f.w || y + 8 <= 0 || y >= f.h) {
            continue;
        }
        const uint8_t *g = &font8x8[(ch - 32) * 8];
        for (int col = 0; col < 8; col++) {
            for (int row = 0; row < 8; row++) {
                if ((g[col] >> row) & 1) {
                    px_set_clip(&f, x + col, y + row, c);
                }
            }
        }
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(fb_text_obj, 4, 5, fb_text);

/* Move the contents by (dx, dy); the uncovered part keeps its old pixels. */
static kr_obj_t fb_scroll(kr_obj_t self, kr_obj_t xstep, kr_obj_t ystep) {
    fb_t f;
    fb_get(self, &f);
    int64_t dx = coord(xstep), dy = coord(ystep);
    if (dx >= f.w || -dx >= f.w || dy >= f.h || -dy >= f.h) {
        return KR_OBJ_NONE;
    }
    /* walk the destination against the direction of motion, so sources are read before written */
    int64_t y0 = dy > 0 ? f.h - 1 : 0, y1 = dy > 0 ? dy - 1 : f.h + dy, ys = dy > 0 ? -1 : 1;
    int64_t x0 = dx > 0 ? f.w - 1 : 0, x1 = dx > 0 ? dx - 1 : f.w + dx, xs = dx > 0 ? -1 : 1;
    for (int64_t y = y0; y != y1; y += ys) {
        for (int64_t x = x0; x != x1; x += xs) {
            px_set(&f, x, y, px_get(&f, x - dx, y - dy));
        }
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_3(fb_scroll_obj, fb_scroll);

static kr_obj_t fb_blit(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_fbuf, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_x, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_y, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_key, KR_ARG_INT, {.u_int = -1} },
        { KR_QSTR_palette, KR_ARG_OBJ, {.u_obj = KR_OBJ_NONE} },
    };
    kr_arg_val_t v[5];
    kr_arg_parse_all(n_args - 1, args + 1, kw, 5, allowed, v);
    fb_t dst, src, pal;
    fb_from_obj(v[0].u_obj, &src, false);
    bool has_pal = v[4].u_obj != KR_OBJ_NONE;
    if (has_pal) {
        fb_from_obj(v[4].u_obj, &pal, false);
    }
    fb_get(args[0], &dst);
    int64_t x = coord(v[1].u_obj), y = coord(v[2].u_obj);
    kr_int_t key = v[3].u_int;
    /* the visible part: destination [x0, x1) x [y0, y1) */
    int64_t x0 = x < 0 ? 0 : x, y0 = y < 0 ? 0 : y;
    int64_t x1 = x + src.w < dst.w ? x + src.w : dst.w, y1 = y + src.h < dst.h ? y + src.h : dst.h;
    for (int64_t yy = y0; yy < y1; yy++) {
        for (int64_t xx = x0; xx < x1; xx++) {
            uint32_t c = px_get(&src, xx - x, yy - y);
            if (has_pal && c < (uint64_t)pal.w) {
                c = px_get(&pal, c, 0);
            }
            if ((kr_int_t)c != key) {
                px_set(&dst, xx, yy, c);
            }
        }
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_KW(fb_blit_obj, 4, 6, fb_blit);

/* ---------------------------------------------------------------- type and module */

static const kr_map_elem_t fb_locals_table[] = {
    { KR_ROM_QSTR(__init__), KR_ROM_PTR(&fb_init_obj) },
    { KR_ROM_QSTR(fill), KR_ROM_PTR(&fb_fill_obj) },
    { KR_ROM_QSTR(fill_rect), KR_ROM_PTR(&fb_fill_rect_obj) },
    { KR_ROM_QSTR(pixel), KR_ROM_PTR(&fb_pixel_obj) },
    { KR_ROM_QSTR(hline), KR_ROM_PTR(&fb_hline_obj) },
    { KR_ROM_QSTR(vline), KR_ROM_PTR(&fb_vline_obj) },
    { KR_ROM_QSTR(rect), KR_ROM_PTR(&fb_rect_obj) },
    { KR_ROM_QSTR(line), KR_ROM_PTR(&fb_line_obj) },
    { KR_ROM_QSTR(ellipse), KR_ROM_PTR(&fb_ellipse_obj) },
    { KR_ROM_QSTR(poly), KR_ROM_PTR(&fb_poly_obj) },
    { KR_ROM_QSTR(blit), KR_ROM_PTR(&fb_blit_obj) },
    { KR_ROM_QSTR(scroll), KR_ROM_PTR(&fb_scroll_obj) },
    { KR_ROM_QSTR(text), KR_ROM_PTR(&fb_text_obj) },
};
static KR_DEFINE_CONST_DICT(fb_locals_dict, fb_locals_table);

const kr_type_t framebuf_type_FrameBuffer = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_BASETYPE,
    .name = KR_QSTR_FrameBuffer,
    .make_new = fb_make_new,
    .get_buffer = fb_get_buffer,
    .locals_dict = &fb_locals_dict,
};

static const kr_map_elem_t framebuf_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(framebuf) },
    { KR_ROM_QSTR(FrameBuffer), KR_ROM_PTR(&framebuf_type_FrameBuffer) },
    { KR_ROM_QSTR(MONO_VLSB), KR_ROM_INT(FMT_MONO_VLSB) },
    { KR_ROM_QSTR(MVLSB), KR_ROM_INT(FMT_MONO_VLSB) },
    { KR_ROM_QSTR(RGB565), KR_ROM_INT(FMT_RGB565) },
    { KR_ROM_QSTR(GS4_HMSB), KR_ROM_INT(FMT_GS4_HMSB) },
    { KR_ROM_QSTR(MONO_HLSB), KR_ROM_INT(FMT_MONO_HLSB) },
    { KR_ROM_QSTR(MONO_HMSB), KR_ROM_INT(FMT_MONO_HMSB) },
    { KR_ROM_QSTR(GS2_HMSB), KR_ROM_INT(FMT_GS2_HMSB) },
    { KR_ROM_QSTR(GS8), KR_ROM_INT(FMT_GS8) },
};
static KR_DEFINE_CONST_DICT(framebuf_globals, framebuf_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_framebuf, framebuf_globals);

#endif /* KR_MODULE_FRAMEBUF */
