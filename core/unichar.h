/* unichar.h: UTF-8 decoding/encoding and Unicode character classes (unichar.c). */
#ifndef KRAIT_UNICHAR_H
#define KRAIT_UNICHAR_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* ---- UTF-8 ---- */
static inline bool kr_unichar_utf8_is_cont(uint8_t b) {
    return (b & 0xc0) == 0x80;
}
/* Decode one code point at *p, advancing *p. Expects valid UTF-8, but never reads
 * past a byte that is not a continuation byte (so a NUL terminator stops it). */
static inline uint32_t kr_unichar_utf8_get(const uint8_t **pp) {
    const uint8_t *p = *pp;
    uint32_t c = *p++;
    if (c >= 0xc0) {
        int n = c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
        c &= 0x3f >> n;
        while (n-- > 0 && kr_unichar_utf8_is_cont(*p)) {
            c = (c << 6) | (*p++ & 0x3f);
        }
    }
    *pp = p;
    return c;
}
size_t kr_unichar_utf8_char_count(const uint8_t *s, size_t len);
/* Byte offset of code point index i (0 <= i <= char_len) */
size_t kr_unichar_utf8_offset(const uint8_t *s, size_t len, size_t char_len, size_t i);
/* Validate UTF-8; returns SIZE_MAX when valid, else the offset of the first bad byte
 * and sets *reason ("invalid start byte", "invalid continuation byte", "unexpected end of data")
 * and *bad_len (number of bytes making up the error). */
size_t kr_unichar_utf8_check(const uint8_t *s, size_t len, const char **reason, size_t *bad_len);
/* Do the `avail` bytes at b start with a surrogate code point in UTF-8 form (ED A0..BF
 * 80..BF)? Strict UTF-8 refuses them; Krait strs may hold them, as CPython's do. */
static inline bool kr_unichar_is_utf8_surrogate(const uint8_t *b, size_t avail) {
    return avail >= 3 && b[0] == 0xed && (b[1] & 0xe0) == 0xa0 && (b[2] & 0xc0) == 0x80;
}
size_t kr_unichar_utf8_encode(uint32_t c, uint8_t *out);   /* returns 1..4 */

/* ---- Unicode character properties (CPython's with KR_FEATURE_UNICODE_DB, else approximate
 * outside Latin-1). The is*() tests are those of one-character str methods. ---- */
bool kr_unichar_isspace(uint32_t c);
bool kr_unichar_isalpha(uint32_t c);
bool kr_unichar_isdigit(uint32_t c);
bool kr_unichar_isdecimal(uint32_t c);
int kr_unichar_decimal_value(uint32_t c);   /* 0..9 for a Unicode decimal digit (Nd), else -1 */
/* For the number parsers (int(), float(), complex()): UTF-8 text with Unicode decimal
 * digits mapped to '0'..'9' and Unicode white space to ' ', as CPython accepts them; the
 * first other non-ASCII character becomes '\x7f' and ends the text (no number holds it).
 * Returns a GC buffer of *out_len bytes, or NULL when s is pure ASCII (use it as is). */
char *kr_unichar_number_ascii(const char *s, size_t len, size_t *out_len);
bool kr_unichar_isnumeric(uint32_t c);
bool kr_unichar_isupper(uint32_t c);
bool kr_unichar_islower(uint32_t c);
bool kr_unichar_isprintable(uint32_t c);
uint32_t kr_unichar_toupper(uint32_t c);
uint32_t kr_unichar_tolower(uint32_t c);
uint32_t kr_unichar_totitle(uint32_t c);   /* titlecase (differs from upper for digraphs) */
bool kr_unichar_istitle(uint32_t c);        /* a titlecase letter (category Lt) */
bool kr_unichar_iscased(uint32_t c);        /* Unicode Cased: upper, lower or title */
bool kr_unichar_iscaseignorable(uint32_t c);/* Unicode Case_Ignorable (final sigma rule) */
bool kr_unichar_isidstart(uint32_t c);      /* may start an identifier (XID_Start or '_') */
bool kr_unichar_isidcontinue(uint32_t c);   /* may continue an identifier (XID_Continue) */
/* full case mappings (1 to 3 characters, written to out; returns the count) */
typedef enum { KR_UNICHAR_LOWER, KR_UNICHAR_UPPER, KR_UNICHAR_TITLE, KR_UNICHAR_FOLD } kr_unichar_case_t;
size_t kr_unichar_full_case(uint32_t c, kr_unichar_case_t kind, uint32_t out[3]);

#endif /* KRAIT_UNICHAR_H */
