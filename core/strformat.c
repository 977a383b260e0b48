/* strformat.c: text formatting: format(value, spec) with the format-spec mini-language,
 * str.format / format_map, and printf-style '%' formatting for str and bytes. */
#include <string.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objstr.h"
#include "objstrmethods.h"
#include "objtype.h"

/* ---------------------------------------------------------------- format specs */

typedef struct _spec_t {
    uint8_t fill[4];
    uint8_t fill_len;
    bool fill_given;     /* explicit fill or '0' flag */
    char align;          /* 0 or one of < > ^ = */
    char sign;           /* 0 or + - space */
    bool z, alt;
    char grouping;       /* 0, ',' or '_' */
    char type;           /* 0 or the type char */
    kr_int_t width;      /* -1 = none */
    kr_int_t prec;       /* -1 = none */
} spec_t;

static void spec_init(spec_t *sp) {
    memset(sp, 0, sizeof(*sp));
    sp->fill[0] = ' ';
    sp->fill_len = 1;
    sp->width = -1;
    sp->prec = -1;
}

static bool is_align(uint8_t c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

/* decimal digits at s[*i...]; ValueError(too_big) if the number is too large */
static kr_int_t parse_digits_or(const uint8_t *s, size_t len, size_t *i, const char *too_big) {
    kr_int_t v = 0;
    while (*i < len && s[*i] >= '0' && s[*i] <= '9') {
        if (v > (KR_SMALL_INT_MAX - 9) / 10) {
            kr_raise_msg(&kr_type_ValueError, too_big);
        }
        v = v * 10 + (s[*i] - '0');
        (*i)++;
    }
    return v;
}

static kr_int_t parse_digits(const uint8_t *s, size_t len, size_t *i) {
    return parse_digits_or(s, len, i, "Too many decimal digits in format string");
}

static void parse_spec(const uint8_t *s, size_t len, spec_t *sp, kr_obj_t value, bool num_default) {
    char def_type = num_default ? 0 : 's';
    spec_init(sp);
    size_t i = 0;
    size_t c0 = 1;
    if (len > 0 && s[0] >= 0x80) {
        const uint8_t *q = s;
        kr_unichar_utf8_get(&q);
        c0 = (size_t)(q - s);
    }
    if (len > c0 && is_align(s[c0])) {
        memcpy(sp->fill, s, c0);
        sp->fill_len = (uint8_t)c0;
        sp->fill_given = true;
        sp->align = (char)s[c0];
        i = c0 + 1;
    } else if (len > 0 && is_align(s[0])) {
        sp->align = (char)s[0];
        i = 1;
    }
    if (i < len && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) {
        sp->sign = (char)s[i++];
    }
    if (i < len && s[i] == 'z') {
        sp->z = true;
        i++;
    }
    if (i < len && s[i] == '#') {
        sp->alt = true;
        i++;
    }
    if (i < len && s[i] == '0' && !sp->fill_given) {
        sp->fill[0] = '0';
        sp->fill_len = 1;
        sp->fill_given = true;
        if (sp->align == 0 && num_default) {
            sp->align = '=';
        }
        i++;
    }
    if (i < len && s[i] >= '0' && s[i] <= '9') {
        sp->width = parse_digits(s, len, &i);
    }
    if (i < len && (s[i] == ',' || s[i] == '_')) {
        sp->grouping = (char)s[i++];
        if (i < len && (s[i] == ',' || s[i] == '_')) {
            kr_raise_msg(&kr_type_ValueError, "Cannot specify both ',' and '_'.");
        }
    }
    if (i < len && s[i] == '.') {
        i++;
        if (i >= len || s[i] < '0' || s[i] > '9') {
            kr_raise_msg(&kr_type_ValueError, "Format specifier missing precision");
        }
        sp->prec = parse_digits(s, len, &i);
    }
    if (len - i > 1) {
        kr_raise_fmt(&kr_type_ValueError, "Invalid format specifier '%.*s' for object of type '%s'", (int)len,
                     (const char *)s, kr_obj_type_name(value));
    }
    if (i < len) {
        sp->type = (char)s[i];
    }
    if (sp->grouping) {
        char gt = sp->type ? sp->type : def_type;
        switch (gt) {
            case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                break;
            case 'b': case 'o': case 'x': case 'X':
                if (sp->grouping == '_') {
                    break;
                }
                /* fall through */
            default:
                if (gt > 32 && gt < 127) {
                    kr_raise_fmt(&kr_type_ValueError, "Cannot specify '%c' with '%c'.", sp->grouping, gt);
                }
                kr_raise_fmt(&kr_type_ValueError, "Cannot specify '%c' with '\\x%x'.", sp->grouping,
                             (unsigned)(uint8_t)gt);
        }
    }
}

/* ---------------------------------------------------------------- output helpers */

static void add_fill(kr_vstr_t *out, const spec_t *sp, size_t n) {
    if (sp->fill_len == 1) {
        memset(kr_vstr_extend(out, n), sp->fill[0], n);
        return;
    }
    for (size_t k = 0; k < n; k++) {
        kr_vstr_add_strn(out, (const char *)sp->fill, sp->fill_len);
    }
}

/* pre (sign/prefix, ASCII) + body, padded to the width by the alignment */
static void emit_aligned(kr_vstr_t *out, const spec_t *sp, char def_align, const char *pre, size_t prelen,
                         const char *body, size_t blen, size_t body_chars) {
    size_t chars = prelen + body_chars;
    size_t padn = (sp->width > 0 && (size_t)sp->width > chars) ? (size_t)sp->width - chars : 0;
    char align = sp->align ? sp->align : def_align;
    size_t left = 0, right = 0;
    switch (align) {
        case '<': right = padn; break;
        case '^': left = padn / 2; right = padn - left; break;
        case '=': break;
        default: left = padn; break;
    }
    add_fill(out, sp, left);
    kr_vstr_add_strn(out, pre, prelen);
    if (align == '=') {
        add_fill(out, sp, padn);
    }
    kr_vstr_add_strn(out, body, blen);
    add_fill(out, sp, right);
}

/* digits grouped every `every` with sep (0 = none), zero-padded to at least min_width chars */
static void add_grouped(kr_vstr_t *out, const char *dig, size_t n, char sep, int every, size_t min_width) {
    size_t total = n;
    if (sep) {
        while (total + (total - 1) / (size_t)every < min_width) {
            total++;
        }
    } else if (total < min_width) {
        total = min_width;
    }
    size_t pad = total - n;
    for (size_t k = 0; k < total; k++) {
        if (sep && k > 0 && (total - k) % (size_t)every == 0) {
            kr_vstr_add_byte(out, (uint8_t)sep);
        }
        kr_vstr_add_byte(out, (uint8_t)(k < pad ? '0' : dig[k - pad]));
    }
}

/* Emit a formatted number: sign + prefix + digits (digits may have a fraction/exponent) */
static void emit_number(kr_vstr_t *out, const spec_t *sp, const char *sign, const char *prefix,
                        const char *digits, size_t dlen, int every, bool all_int) {
    char pre[8];
    size_t prelen = strlen(sign);
    memcpy(pre, sign, prelen);
    memcpy(pre + prelen, prefix, strlen(prefix));
    prelen += strlen(prefix);
    size_t intlen = 0;
    while (intlen < dlen && ((digits[intlen] >= '0' && digits[intlen] <= '9') || all_int)) {
        intlen++;
    }
    bool zero_group = sp->align == '=' && sp->fill_len == 1 && sp->fill[0] == '0' && sp->fill_given;
    if (!sp->grouping && !zero_group) {
        emit_aligned(out, sp, '>', pre, prelen, digits, dlen, dlen);
        return;
    }
    size_t min_int = 0;
    if (zero_group && sp->width > 0 && (size_t)sp->width > prelen + (dlen - intlen)) {
        min_int = (size_t)sp->width - prelen - (dlen - intlen);
    }
    kr_vstr_t tmp;
    char tmp_buf[96];
    kr_vstr_init_fixed(&tmp, tmp_buf, sizeof(tmp_buf));
    if (intlen > 0) {
        add_grouped(&tmp, digits, intlen, sp->grouping, every, min_int);
    } else if (min_int > 0) {
        memset(kr_vstr_extend(&tmp, min_int), '0', min_int);
    }
    kr_vstr_add_strn(&tmp, digits + intlen, dlen - intlen);
    emit_aligned(out, sp, '>', pre, prelen, tmp.buf, tmp.len, tmp.len);
    kr_vstr_clear(&tmp);
}

static size_t char_count(const char *s, size_t len) {
    return kr_unichar_utf8_char_count((const uint8_t *)s, len);
}

/* ---------------------------------------------------------------- ints */

static const char *type_name_for_errors(kr_obj_t v) {
    return kr_obj_type_name(v);
}

/* Format an int (or bool as an int) with a spec; prec = minimum digits (for '%' formatting) */
static void format_int(kr_vstr_t *out, kr_obj_t value, const spec_t *sp, kr_int_t min_digits) {
    char type = sp->type ? sp->type : 'd';
    int base = 10;
    const char *prefix = "";
    bool upper = false;
    switch (type) {
        case 'b': base = 2; prefix = sp->alt ? "0b" : ""; break;
        case 'o': base = 8; prefix = sp->alt ? "0o" : ""; break;
        case 'x': base = 16; prefix = sp->alt ? "0x" : ""; break;
        case 'X': base = 16; prefix = sp->alt ? "0X" : ""; upper = true; break;
        case 'd': case 'n': case 'i': case 'u': break;
        default: break;
    }
    if (sp->grouping == ',' && base != 10) {
        kr_raise_fmt(&kr_type_ValueError, "Cannot specify ',' with '%c'.", type);
    }
    kr_obj_t v = value;
    if (v == KR_OBJ_TRUE || v == KR_OBJ_FALSE) {
        v = KR_NEW_SMALL_INT(v == KR_OBJ_TRUE);
    }
    char buf[72];
    const char *digits;
    size_t dlen;
    bool neg;
    kr_vstr_t big;
    big.buf = NULL;
    if (KR_IS_SMALL_INT(v)) {
        kr_int_t x = KR_SMALL_INT_VALUE(v);
        neg = x < 0;
        kr_uint_t u = neg ? (kr_uint_t)0 - (kr_uint_t)x : (kr_uint_t)x;
        char *p = buf + sizeof(buf);
        const char *hd = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        do {
            *--p = hd[u % (kr_uint_t)base];
            u /= (kr_uint_t)base;
        } while (u);
        digits = p;
        dlen = (size_t)(buf + sizeof(buf) - p);
    } else {
        kr_vstr_init(&big, 32);
        kr_obj_int_format(&big, v, base, "", upper);
        neg = kr_obj_int_sign(v) < 0;
        digits = big.buf;
        dlen = big.len;
        while (dlen > 0 && (*digits == '-' || *digits == '+')) {
            digits++;
            dlen--;
        }
    }
    const char *sign = neg ? "-" : sp->sign == '+' ? "+" : sp->sign == ' ' ? " " : "";
    if (min_digits > 0 && (size_t)min_digits > dlen) {
        kr_vstr_t z;
        char z_buf[96];
        kr_vstr_init_fixed(&z, z_buf, sizeof(z_buf));
        memset(kr_vstr_extend(&z, (size_t)min_digits - dlen), '0', (size_t)min_digits - dlen);
        kr_vstr_add_strn(&z, digits, dlen);
        emit_number(out, sp, sign, prefix, z.buf, z.len, base == 10 ? 3 : 4, true);
        kr_vstr_clear(&z);
    } else {
        emit_number(out, sp, sign, prefix, digits, dlen, base == 10 ? 3 : 4, true);
    }
    if (big.buf != NULL) {
        kr_vstr_clear(&big);
    }
}

/* ---------------------------------------------------------------- floats */

static void format_double(kr_vstr_t *out, double d, const spec_t *sp, bool pct_mode) {
    if (sp->prec > INT_MAX) {
        kr_raise_msg(&kr_type_ValueError, "precision too big");
    }
    char type = sp->type;
    bool neg = signbit(d) && !isnan(d);
    double a = fabs(d);
    bool upper = type == 'E' || type == 'F' || type == 'G';
    kr_vstr_t body;
    char body_buf[64];
    kr_vstr_init_fixed(&body, body_buf, sizeof(body_buf));
    (void)pct_mode;
    if (isinf(a) || isnan(a)) {
        kr_vstr_add_str(&body, isinf(a) ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan"));
        if (type == '%') {
            kr_vstr_add_byte(&body, '%');
        }
    } else {
        kr_int_t prec = sp->prec;
        switch (type) {
            case 0:
                if (prec < 0) {
                    kr_float_repr(&body, a);
                    if (sp->alt && memchr(body.buf, '.', body.len) == NULL) {
                        /* '#': always a decimal point */
                        const char *e = memchr(body.buf, 'e', body.len);
                        size_t at = e ? (size_t)(e - body.buf) : body.len;
                        kr_vstr_add_byte(&body, 0);
                        memmove(body.buf + at + 1, body.buf + at, body.len - 1 - at);
                        body.buf[at] = '.';
                    }
                } else {
                    /* like 'g' but switches to exponent at exp >= prec - 1 and keeps a ".0" */
                    int p = prec == 0 ? 1 : (int)prec;
                    kr_float_format(&body, a, 'e', p - 1, sp->alt);
                    kr_vstr_null_terminated(&body);   /* for atoi */
                    const char *e = memchr(body.buf, 'e', body.len);
                    int exp = e ? atoi(e + 1) : 0;
                    if (sp->alt && (exp < -4 || exp >= p - 1)) {
                        /* keep the mantissa as is */
                    } else if (exp < -4 || exp >= p - 1) {
                        /* strip trailing zeros of the mantissa */
                        size_t el = (size_t)(e - body.buf);
                        size_t m = el;
                        if (memchr(body.buf, '.', el) != NULL) {
                            while (m > 0 && body.buf[m - 1] == '0') {
                                m--;
                            }
                            if (m > 0 && body.buf[m - 1] == '.') {
                                m--;
                            }
                        }
                        memmove(body.buf + m, e, body.len - el);
                        body.len = m + (body.len - el);
                    } else {
                        kr_vstr_reset(&body);
                        kr_float_format(&body, a, 'g', p, sp->alt);
                        if (memchr(body.buf, '.', body.len) == NULL && memchr(body.buf, 'e', body.len) == NULL) {
                            kr_vstr_add_strn(&body, ".0", 2);
                        }
                    }
                }
                break;
            case 'e': case 'E':
                kr_float_format(&body, a, 'e', prec < 0 ? 6 : (int)prec, sp->alt);
                break;
            case 'f': case 'F':
                kr_float_format(&body, a, 'f', prec < 0 ? 6 : (int)prec, sp->alt);
                break;
            case '%':
                kr_float_format(&body, a * 100.0, 'f', prec < 0 ? 6 : (int)prec, sp->alt);
                kr_vstr_add_byte(&body, '%');
                break;
            default: /* g G n */
                kr_float_format(&body, a, 'g', prec < 0 ? 6 : (prec == 0 ? 1 : (int)prec), sp->alt);
                break;
        }
        if (upper) {
            for (size_t k = 0; k < body.len; k++) {
                if (body.buf[k] >= 'a' && body.buf[k] <= 'z') {
                    body.buf[k] = (char)(body.buf[k] - 32);
                }
            }
        }
        if (neg && sp->z) {
            /* negative zero coercion: drop the sign if the result is all zeros */
            bool allzero = true;
            for (size_t k = 0; k < body.len; k++) {
                char c = body.buf[k];
                if (c >= '1' && c <= '9') {
                    allzero = false;
                    break;
                }
                if (c == 'e' || c == 'E') {
                    break;
                }
            }
            if (allzero) {
                neg = false;
            }
        }
    }
    const char *sign = neg ? "-" : sp->sign == '+' ? "+" : sp->sign == ' ' ? " " : "";
    emit_number(out, sp, sign, "", body.buf, body.len, 3, false);
    kr_vstr_clear(&body);
}

/* ---------------------------------------------------------------- strings */

static void format_text(kr_vstr_t *out, const uint8_t *s, size_t len, const spec_t *sp) {
    size_t chars = char_count((const char *)s, len);
    if (sp->prec >= 0 && (size_t)sp->prec < chars) {
        size_t off = kr_unichar_utf8_offset(s, len, chars, (size_t)sp->prec);
        len = off;
        chars = (size_t)sp->prec;
    }
    emit_aligned(out, sp, '<', "", 0, (const char *)s, len, chars);
}

/* ---------------------------------------------------------------- format() */

static bool is_builtin_fun(kr_obj_t f) {
    return kr_obj_is_type(f, &kr_type_fun_builtin);
}

static const kr_type_t *native_type(kr_obj_t o) {
    const kr_type_t *t = kr_obj_get_type(o);
    if (t->flags & KR_TYPE_FLAG_HEAP) {
        return ((const kr_obj_class_t *)t)->native;
    }
    return t;
}

static void format_into(kr_vstr_t *out, kr_obj_t value, const uint8_t *s, size_t len, bool native);

static void format_str_value(kr_vstr_t *out, kr_obj_t value, const uint8_t *s, size_t len) {
    size_t vl;
    const uint8_t *vd = kr_obj_str_fast_data(value, &vl);
    if (len == 0) {
        kr_vstr_add_strn(out, (const char *)vd, vl);
        return;
    }
    spec_t sp;
    parse_spec(s, len, &sp, value, false);
    if (sp.type != 0 && sp.type != 's') {
        kr_raise_fmt(&kr_type_ValueError, "Unknown format code '%c' for object of type 'str'", sp.type);
    }
    if (sp.sign) {
        kr_raise_msg(&kr_type_ValueError, sp.sign == ' ' ? "Space not allowed in string format specifier"
                                                          : "Sign not allowed in string format specifier");
    }
    if (sp.z) {
        kr_raise_msg(&kr_type_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (sp.alt) {
        kr_raise_msg(&kr_type_ValueError, "Alternate form (#) not allowed in string format specifier");
    }
    if (sp.grouping) {
        kr_raise_fmt(&kr_type_ValueError, "Cannot specify '%c' with 's'.", sp.grouping);
    }
    if (sp.align == '=') {
        kr_raise_msg(&kr_type_ValueError, "'=' alignment not allowed in string format specifier");
    }
    format_text(out, vd, vl, &sp);
}

static void format_int_value(kr_vstr_t *out, kr_obj_t value, const uint8_t *s, size_t len) {
    spec_t sp;
    parse_spec(s, len, &sp, value, true);
    switch (sp.type) {
        case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
            if (sp.prec >= 0) {
                kr_raise_msg(&kr_type_ValueError, "Precision not allowed in integer format specifier");
            }
            if (sp.z) {
                kr_raise_msg(&kr_type_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
            }
            break;
        default:
            break;
    }
    switch (sp.type) {
        case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X':
            if (sp.type == 'n' && sp.grouping) {
                kr_raise_fmt(&kr_type_ValueError, "Cannot specify '%c' with 'n'.", sp.grouping);
            }
            format_int(out, value, &sp, 0);
            return;
        case 'c': {
            if (sp.prec >= 0) {
                kr_raise_msg(&kr_type_ValueError, "Precision not allowed in integer format specifier");
            }
            if (sp.sign) {
                kr_raise_msg(&kr_type_ValueError, "Sign not allowed with integer format specifier 'c'");
            }
            if (sp.alt) {
                kr_raise_msg(&kr_type_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (sp.grouping) {
                kr_raise_fmt(&kr_type_ValueError, "Cannot specify '%c' with 'c'.", sp.grouping);
            }
            kr_int_t c;
            if (!kr_obj_int_get_checked(value, &c)) {
                kr_raise_msg(&kr_type_OverflowError, "Python int too large to convert to C long");
            }
            if (c < 0 || c >= 0x110000) {
                kr_raise_msg(&kr_type_OverflowError, "%c arg not in range(0x110000)");
            }
            uint8_t buf[4];
            size_t n = kr_unichar_utf8_encode((uint32_t)c, buf);
            emit_aligned(out, &sp, '>', "", 0, (const char *)buf, n, 1);
            return;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
            kr_obj_t v = value == KR_OBJ_TRUE ? KR_NEW_SMALL_INT(1) : value == KR_OBJ_FALSE ? KR_NEW_SMALL_INT(0) : value;
            double d = KR_IS_SMALL_INT(v) ? (double)KR_SMALL_INT_VALUE(v) : kr_obj_int_as_double(v);
            format_double(out, d, &sp, false);
            return;
        }
        default:
            kr_raise_fmt(&kr_type_ValueError, "Unknown format code '%c' for object of type '%s'", sp.type,
                         type_name_for_errors(value));
    }
}

static void format_float_value(kr_vstr_t *out, kr_obj_t value, double d, const uint8_t *s, size_t len) {
    spec_t sp;
    parse_spec(s, len, &sp, value, true);
    switch (sp.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
            if (sp.type == 'n' && sp.grouping) {
                kr_raise_fmt(&kr_type_ValueError, "Cannot specify '%c' with 'n'.", sp.grouping);
            }
            format_double(out, d, &sp, false);
            return;
        default:
            kr_raise_fmt(&kr_type_ValueError, "Unknown format code '%c' for object of type '%s'", sp.type,
                         type_name_for_errors(value));
    }
}

#if KR_FEATURE_COMPLEX
/* One part of a complex number, unpadded; repr_mode: no type and no precision (the
 * shortest repr, without the ".0" a float's repr has). */
static void format_complex_part(kr_vstr_t *out, double d, const spec_t *sp, char sign, bool repr_mode) {
    spec_t sub = *sp;
    sub.width = -1;
    sub.align = '<';
    sub.sign = sign;
    if (sub.type == 0 && !repr_mode) {
        sub.type = 'g';
    }
    size_t start = out->len;
    format_double(out, d, &sub, false);
    size_t n = out->len - start;
    if (repr_mode && n >= 2 && out->buf[out->len - 2] == '.' && out->buf[out->len - 1] == '0') {
        out->len -= sp->alt ? 1 : 2;   /* "1.0" -> "1" ('#': "1.") */
    }
}

/* format(complex, spec): both parts formatted alike (the imaginary one always signed),
 * then padded as a whole; no type: like str(), in parentheses unless the real part is +0. */
static void format_complex_value(kr_vstr_t *out, kr_obj_t value, const uint8_t *s, size_t len) {
    spec_t sp;
    parse_spec(s, len, &sp, value, true);
    switch (sp.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
            break;
        default:
            kr_raise_fmt(&kr_type_ValueError, "Unknown format code '%c' for object of type '%s'", sp.type,
                         type_name_for_errors(value));
    }
    if (sp.fill_given && sp.fill_len == 1 && sp.fill[0] == '0') {
        kr_raise_msg(&kr_type_ValueError, "Zero padding is not allowed in complex format specifier");
    }
    if (sp.align == '=') {
        kr_raise_msg(&kr_type_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    }
    double re, im;
    kr_obj_complex_get(value, &re, &im);
    bool plain = sp.type == 0;
    bool skip_re = plain && re == 0.0 && !signbit(re);
    bool repr_mode = plain && sp.prec < 0;
    kr_vstr_t body;
    char body_buf[80];
    kr_vstr_init_fixed(&body, body_buf, sizeof(body_buf));
    if (plain && !skip_re) {
        kr_vstr_add_byte(&body, '(');
    }
    if (!skip_re) {
        format_complex_part(&body, re, &sp, sp.sign, repr_mode);
    }
    format_complex_part(&body, im, &sp, skip_re ? sp.sign : '+', repr_mode);
    kr_vstr_add_byte(&body, 'j');
    if (plain && !skip_re) {
        kr_vstr_add_byte(&body, ')');
    }
    emit_aligned(out, &sp, '>', "", 0, body.buf, body.len, body.len);
    kr_vstr_clear(&body);
}
#endif

static void add_obj_str(kr_vstr_t *out, kr_obj_t o) {
    kr_obj_t s = kr_obj_str(o);
    size_t l;
    const char *d = kr_obj_str_get_data(s, &l);
    kr_vstr_add_strn(out, d, l);
}

static void format_into(kr_vstr_t *out, kr_obj_t value, const uint8_t *s, size_t len, bool native) {
    if (kr_obj_str_is_exact(value)) {
        format_str_value(out, value, s, len);
        return;
    }
    if (KR_IS_SMALL_INT(value)) {
        if (len == 0) {
            char buf[32];
            kr_int_t x = KR_SMALL_INT_VALUE(value);
            kr_uint_t u = x < 0 ? (kr_uint_t)0 - (kr_uint_t)x : (kr_uint_t)x;
            char *p = buf + sizeof(buf);
            do {
                *--p = (char)('0' + u % 10);
                u /= 10;
            } while (u);
            if (x < 0) {
                *--p = '-';
            }
            kr_vstr_add_strn(out, p, (size_t)(buf + sizeof(buf) - p));
            return;
        }
        format_int_value(out, value, s, len);
        return;
    }
    if (value == KR_OBJ_TRUE || value == KR_OBJ_FALSE) {
        if (len == 0) {
            kr_vstr_add_str(out, value == KR_OBJ_TRUE ? "True" : "False");
            return;
        }
        format_int_value(out, value, s, len);
        return;
    }
    const kr_type_t *t = kr_obj_get_type(value);
    if (t->flags & KR_TYPE_FLAG_HEAP) {
        kr_obj_t dest[3];
        dest[0] = KR_OBJ_NULL;
        if (!native) {
            kr_load_method_maybe(value, KR_QSTR___format__, dest);
        }
        if (dest[0] != KR_OBJ_NULL && !is_builtin_fun(dest[0])) {
            dest[2] = kr_obj_new_str((const char *)s, len);
            kr_obj_t r = kr_call_method_n_kw(1, 0, dest);
            if (!kr_obj_is_str(r)) {
                kr_raise_fmt(&kr_type_TypeError, "__format__ must return a str, not %s", kr_obj_type_name(r));
            }
            size_t rl;
            const uint8_t *rd = kr_obj_str_fast_data(r, &rl);
            kr_vstr_add_strn(out, (const char *)rd, rl);
            return;
        }
        t = native_type(value);
        if (len == 0) {
            add_obj_str(out, value);
            return;
        }
        if (t == &kr_type_str && kr_obj_is_str(value)) {
            format_str_value(out, value, s, len);
            return;
        }
    }
    if (t == &kr_type_int && kr_obj_is_int(value)) {
        if (len == 0) {
            add_obj_str(out, value);
            return;
        }
        format_int_value(out, value, s, len);
        return;
    }
#if KR_FEATURE_FLOAT
    if (t == &kr_type_float && KR_IS_OBJ(value)) {   /* a float or an instance of a float subclass */
        double d = kr_obj_float_get(value);
        if (len == 0) {
            kr_vstr_t tmp;
            char tmp_buf[40];
            kr_vstr_init_fixed(&tmp, tmp_buf, sizeof(tmp_buf));
            kr_float_repr(&tmp, d);
            kr_vstr_add_strn(out, tmp.buf, tmp.len);
            kr_vstr_clear(&tmp);
            return;
        }
        format_float_value(out, value, d, s, len);
        return;
    }
#endif
    if (len == 0) {
        add_obj_str(out, value);
        return;
    }
#if KR_FEATURE_COMPLEX
    if (t == &kr_type_complex) {
        format_complex_value(out, value, s, len);
        return;
    }
#endif
    kr_raise_fmt(&kr_type_TypeError, "unsupported format string passed to %s.__format__", kr_obj_type_name(value));
}

static kr_obj_t do_format(kr_obj_t value, kr_obj_t spec, bool native) {
    size_t len = 0;
    const uint8_t *s = (const uint8_t *)"";
    if (spec != KR_OBJ_NULL && spec != KR_OBJ_NONE) {
        if (!kr_obj_is_str(spec)) {
            kr_raise_fmt(&kr_type_TypeError, "format() argument 2 must be str, not %s", kr_obj_strmethods_arg_type(spec));
        }
        s = kr_obj_str_fast_data(spec, &len);
    }
    if (len == 0 && kr_obj_str_is_exact(value)) {
        return value;
    }
    kr_vstr_t out;
    char out_buf[128];
    kr_vstr_init_fixed(&out, out_buf, sizeof(out_buf));
    format_into(&out, value, s, len, native);
    return kr_obj_new_str_from_vstr(&out);
}

kr_obj_t kr_obj_format(kr_obj_t value, kr_obj_t spec) {
    return do_format(value, spec, false);
}

kr_obj_t kr_strformat_format_native(kr_obj_t value, kr_obj_t spec) {
    return do_format(value, spec, true);
}

/* ---------------------------------------------------------------- str.format */

typedef struct _fmt_ctx_t {
    const kr_obj_t *args;     /* positional args */
    size_t n_args;
    kr_map_t *kw;             /* keyword args (format), or NULL */
    kr_obj_t mapping;         /* mapping (format_map), or KR_OBJ_NULL */
    int numbering;            /* 0 = undecided, 1 = automatic, 2 = manual */
    size_t next_auto;
} fmt_ctx_t;

static bool all_digits(const uint8_t *s, size_t n) {
    if (n == 0) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
    }
    return true;
}

static size_t parse_index(const uint8_t *s, size_t n) {
    size_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (v > (SIZE_MAX - 9) / 10) {
            kr_raise_msg(&kr_type_ValueError, "Too many decimal digits in format string");
        }
        v = v * 10 + (size_t)(s[i] - '0');
    }
    return v;
}

static kr_obj_t get_positional(fmt_ctx_t *c, size_t idx) {
    if (c->mapping != KR_OBJ_NULL) {
        kr_raise_msg(&kr_type_ValueError, "Format string contains positional fields");
    }
    if (idx >= c->n_args) {
        kr_raise_fmt(&kr_type_IndexError, "Replacement index %u out of range for positional args tuple",
                     (unsigned)idx);
    }
    return c->args[idx];
}

static kr_obj_t resolve_field(fmt_ctx_t *c, const uint8_t *s, size_t n) {
    size_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[') {
        i++;
    }
    kr_obj_t obj;
    if (i == 0) {
        if (c->numbering == 2) {
            kr_raise_msg(&kr_type_ValueError, "cannot switch from manual field specification to automatic field numbering");
        }
        c->numbering = 1;
        obj = get_positional(c, c->next_auto++);
    } else if (all_digits(s, i)) {
        if (c->numbering == 1) {
            kr_raise_msg(&kr_type_ValueError, "cannot switch from automatic field numbering to manual field specification");
        }
        c->numbering = 2;
        obj = get_positional(c, parse_index(s, i));
    } else {
        kr_obj_t key = kr_obj_new_str((const char *)s, i);
        if (c->mapping != KR_OBJ_NULL) {
            obj = kr_subscr_load(c->mapping, key);
        } else {
            kr_qstr_t q = kr_qstr_find_strn((const char *)s, i);
            kr_map_elem_t *e = (c->kw && q != KR_QSTR_NULL) ? kr_map_lookup(c->kw, KR_NEW_QSTR(q), KR_MAP_LOOKUP) : NULL;
            if (e == NULL) {
                kr_raise(kr_obj_new_exception_arg1(&kr_type_KeyError, key));
            }
            obj = e->value;
        }
    }
    while (i < n) {
        if (s[i] == '.') {
            size_t j = ++i;
            while (j < n && s[j] != '.' && s[j] != '[') {
                j++;
            }
            if (j == i) {
                kr_raise_msg(&kr_type_ValueError, "Empty attribute in format string");
            }
            obj = kr_load_attr(obj, kr_qstr_from_strn((const char *)s + i, j - i));
            i = j;
        } else if (s[i] == '[') {
            size_t j = ++i;
            while (j < n && s[j] != ']') {
                j++;
            }
            if (j >= n) {
                kr_raise_msg(&kr_type_ValueError, "Missing ']' in format string");
            }
            if (j == i) {
                kr_raise_msg(&kr_type_ValueError, "Empty attribute in format string");
            }
            kr_obj_t key = all_digits(s + i, j - i) ? kr_obj_new_int((kr_int_t)parse_index(s + i, j - i))
                                                     : kr_obj_new_str((const char *)s + i, j - i);
            obj = kr_subscr_load(obj, key);
            i = j + 1;
            if (i < n && s[i] != '.' && s[i] != '[') {
                kr_raise_msg(&kr_type_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
        } else {
            break;
        }
    }
    return obj;
}

static void vformat(kr_vstr_t *out, const uint8_t *s, size_t len, fmt_ctx_t *c, int depth) {
    if (depth >= 2) {
        kr_raise_msg(&kr_type_ValueError, "Max string recursion exceeded");
    }
    size_t i = 0;
    while (i < len) {
        /* literal run */
        size_t j = i;
        while (j < len && s[j] != '{' && s[j] != '}') {
            j++;
        }
        kr_vstr_add_strn(out, (const char *)s + i, j - i);
        if (j >= len) {
            break;
        }
        if (s[j] == '}') {
            if (j + 1 < len && s[j + 1] == '}') {
                kr_vstr_add_byte(out, '}');
                i = j + 2;
                continue;
            }
            kr_raise_msg(&kr_type_ValueError, "Single '}' encountered in format string");
        }
        /* '{' */
        if (j + 1 < len && s[j + 1] == '{') {
            kr_vstr_add_byte(out, '{');
            i = j + 2;
            continue;
        }
        if (j + 1 >= len) {
            kr_raise_msg(&kr_type_ValueError, "Single '{' encountered in format string");
        }
        size_t fs = j + 1;
        size_t k = fs;
        bool bracket = false;
        while (k < len) {
            uint8_t ch = s[k];
            if (ch == '[') {
                bracket = true;
            } else if (ch == ']') {
                bracket = false;
            } else if (!bracket && (ch == '}' || ch == ':' || ch == '!')) {
                break;
            } else if (!bracket && ch == '{') {
                kr_raise_msg(&kr_type_ValueError, "unexpected '{' in field name");
            }
            k++;
        }
        if (k >= len) {
            kr_raise_msg(&kr_type_ValueError, "expected '}' before end of string");
        }
        size_t name_end = k;
        uint8_t conv = 0;
        if (s[k] == '!') {
            k++;
            if (k >= len) {
                kr_raise_msg(&kr_type_ValueError, "end of string while looking for conversion specifier");
            }
            conv = s[k++];
            if (k >= len) {
                kr_raise_msg(&kr_type_ValueError, "unmatched '{' in format spec");
            }
            if (s[k] != ':' && s[k] != '}') {
                kr_raise_msg(&kr_type_ValueError, "expected ':' after conversion specifier");
            }
        }
        size_t spec_start = k, spec_end = k;
        if (s[k] == ':') {
            k++;
            spec_start = k;
            int level = 1;
            while (k < len) {
                if (s[k] == '{') {
                    level++;
                } else if (s[k] == '}') {
                    if (--level == 0) {
                        break;
                    }
                }
                k++;
            }
            if (k >= len) {
                kr_raise_msg(&kr_type_ValueError, "unmatched '{' in format spec");
            }
            spec_end = k;
        }
        i = k + 1;   /* past the closing '}' */
        kr_obj_t value = resolve_field(c, s + fs, name_end - fs);
        if (conv != 0) {
            switch (conv) {
                case 'r': value = kr_obj_repr(value); break;
                case 's': value = kr_obj_str(value); break;
                case 'a': value = kr_obj_str_repr_ascii(kr_obj_repr(value)); break;
                default:
                    if (conv >= 0x20 && conv < 0x7f) {
                        kr_raise_fmt(&kr_type_ValueError, "Unknown conversion specifier %c", conv);
                    }
                    kr_raise_fmt(&kr_type_ValueError, "Unknown conversion specifier \\x%02x", conv);
            }
        }
        const uint8_t *spec = s + spec_start;
        size_t spec_len = spec_end - spec_start;
        kr_vstr_t nested;
        nested.buf = NULL;
        if (spec_len > 0 && memchr(spec, '{', spec_len) != NULL) {
            kr_vstr_init(&nested, spec_len + 8);
            vformat(&nested, spec, spec_len, c, depth + 1);
            spec = (const uint8_t *)nested.buf;
            spec_len = nested.len;
        }
        format_into(out, value, spec, spec_len, false);
        if (nested.buf != NULL) {
            kr_vstr_clear(&nested);
        }
    }
}

kr_obj_t kr_strformat_format(size_t n_args, const kr_obj_t *args, kr_map_t *kwargs) {
    size_t len;
    const uint8_t *s = kr_obj_str_fast_data(args[0], &len);
    fmt_ctx_t c = {args + 1, n_args - 1, kwargs, KR_OBJ_NULL, 0, 0};
    kr_vstr_t out;
    char out_buf[256];
    kr_vstr_init_fixed(&out, out_buf, sizeof(out_buf));
    vformat(&out, s, len, &c, 0);
    return kr_obj_new_str_from_vstr(&out);
}

kr_obj_t kr_strformat_format_map(kr_obj_t fmt, kr_obj_t mapping) {
    size_t len;
    const uint8_t *s = kr_obj_str_fast_data(fmt, &len);
    fmt_ctx_t c = {NULL, 0, NULL, mapping, 0, 0};
    kr_vstr_t out;
    kr_vstr_init(&out, len + 16);
    vformat(&out, s, len, &c, 0);
    return kr_obj_new_str_from_vstr(&out);
}

/* ---------------------------------------------------------------- '%' formatting */

/* an argument with __getitem__ that is not a tuple or str (nor bytes/bytearray for a bytes
 * format) is the mapping of '%(key)s' and is never "not all arguments converted" */
static bool is_mapping_like(kr_obj_t o, bool is_bytes) {
    if (!KR_IS_OBJ(o)) {
        return false;
    }
    const kr_type_t *t = KR_OBJ_TYPE(o);
    if (kr_obj_is_instance(o, &kr_type_tuple) || kr_obj_is_str(o)) {
        return false;
    }
    if (t == &kr_type_bytes || t == &kr_type_bytearray) {
        return !is_bytes;
    }
    if (t == &kr_type_dict || t == &kr_type_list || t == &kr_type_range) {
        return true;
    }
    if (t->flags & KR_TYPE_FLAG_HEAP) {
        return kr_type_lookup(t, KR_QSTR___getitem__) != KR_OBJ_NULL;
    }
    return false;
}

static void add_bytes_of(kr_vstr_t *out, kr_obj_t arg, char conv) {
    if (kr_obj_str_is_bytes_like(arg)) {
        size_t l;
        const uint8_t *d = kr_obj_str_bytes_data(arg, &l);
        kr_vstr_add_strn(out, (const char *)d, l);
        return;
    }
    if (KR_IS_OBJ(arg) && (KR_OBJ_TYPE(arg)->flags & KR_TYPE_FLAG_HEAP)) {
        kr_obj_t dest[2];
        kr_load_method_maybe(arg, KR_QSTR___bytes__, dest);
        if (dest[0] != KR_OBJ_NULL) {
            kr_obj_t r = kr_call_method_n_kw(0, 0, dest);
            size_t l;
            const uint8_t *d = kr_obj_str_bytes_data(r, &l);
            kr_vstr_add_strn(out, (const char *)d, l);
            return;
        }
    }
    kr_raise_fmt(&kr_type_TypeError,
                 "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                 kr_obj_type_name(arg));
}

/* The int an instance converts to for %d (__int__, else __index__) or, index_only, for
 * %x/%o (__index__); TypeError with CPython's words if it has neither. */
static kr_obj_t instance_int(kr_obj_t v, bool index_only, int conv) {
    kr_obj_t dest[2];
    if (!index_only) {
        kr_load_method_maybe(v, KR_QSTR___int__, dest);
        if (dest[0] != KR_OBJ_NULL) {
            return kr_unary_op(KR_UNARY_OP_INT, v);
        }
    }
    kr_load_method_maybe(v, KR_QSTR___index__, dest);
    if (dest[0] != KR_OBJ_NULL) {
        kr_obj_t r = kr_call_method_n_kw(0, 0, dest);
        if (kr_obj_is_int(r)) {
            return r;
        }
        kr_raise_fmt(&kr_type_TypeError, "__index__ returned non-int (type %s)", kr_obj_type_name(r));
    }
    kr_raise_fmt(&kr_type_TypeError, index_only ? "%%%c format: an integer is required, not %s"
                                                : "%%%c format: a real number is required, not %s",
                 conv, kr_obj_type_name(v));
}

kr_obj_t kr_strformat_modulo(kr_obj_t fmt, kr_obj_t args) {
    size_t len;
    bool is_bytes = !kr_obj_is_str(fmt);
    const uint8_t *s = is_bytes ? kr_obj_str_bytes_data(fmt, &len) : kr_obj_str_fast_data(fmt, &len);
    size_t n_items;
    kr_obj_t *items;
    kr_obj_t single = args;
    kr_obj_t dict = KR_OBJ_NULL;
    if (kr_obj_is_instance(args, &kr_type_tuple)) {
        kr_obj_get_array(args, &n_items, &items);
    } else {
        n_items = 1;
        items = &single;
        if (is_mapping_like(args, is_bytes)) {
            dict = args;
        }
    }
    size_t argi = 0;
    kr_vstr_t out;
    char out_buf[256];
    kr_vstr_init_fixed(&out, out_buf, sizeof(out_buf));
    size_t i = 0;
#define NEXT_ARG() (argi < n_items ? items[argi++] : \
    (kr_raise_msg(&kr_type_TypeError, "not enough arguments for format string"), KR_OBJ_NULL))
    while (i < len) {
        const uint8_t *pct = memchr(s + i, '%', len - i);
        size_t j = pct ? (size_t)(pct - s) : len;
        kr_vstr_add_strn(&out, (const char *)s + i, j - i);
        if (j >= len) {
            break;
        }
        size_t start = j;
        j++;
        if (j < len && s[j] == '(') {
            if (dict == KR_OBJ_NULL) {
                kr_raise_msg(&kr_type_TypeError, "format requires a mapping");
            }
            int level = 1;
            size_t ks = ++j;
            while (j < len) {
                if (s[j] == '(') {
                    level++;
                } else if (s[j] == ')' && --level == 0) {
                    break;
                }
                j++;
            }
            if (j >= len) {
                kr_raise_msg(&kr_type_ValueError, "incomplete format key");
            }
            kr_obj_t key = is_bytes ? kr_obj_new_bytes(s + ks, j - ks) : kr_obj_new_str((const char *)s + ks, j - ks);
            /* like CPython, the looked-up value becomes the one remaining argument
             * (a following '*' or unkeyed conversion consumes it) */
            single = kr_subscr_load(dict, key);
            items = &single;
            n_items = 1;
            argi = 0;
            j++;
        }
        spec_t sp;
        spec_init(&sp);
        bool left = false, zero = false;
        for (; j < len; j++) {
            uint8_t c = s[j];
            if (c == '-') {
                left = true;
            } else if (c == '+') {
                sp.sign = '+';
            } else if (c == ' ') {
                if (sp.sign != '+') {
                    sp.sign = ' ';
                }
            } else if (c == '#') {
                sp.alt = true;
            } else if (c == '0') {
                zero = true;
            } else {
                break;
            }
        }
        if (j < len && s[j] == '*') {
            kr_obj_t w = NEXT_ARG();
            if (!kr_obj_is_int(w)) {
                kr_raise_msg(&kr_type_TypeError, "* wants int");
            }
            sp.width = kr_obj_get_int(w);
            if (sp.width < 0) {
                left = true;
                sp.width = -sp.width;
            }
            j++;
        } else if (j < len && s[j] >= '0' && s[j] <= '9') {
            sp.width = parse_digits_or(s, len, &j, "width too big");
        }
        if (j < len && s[j] == '.') {
            j++;
            sp.prec = 0;
            if (j < len && s[j] == '*') {
                kr_obj_t p = NEXT_ARG();
                if (!kr_obj_is_int(p)) {
                    kr_raise_msg(&kr_type_TypeError, "* wants int");
                }
                sp.prec = kr_obj_get_c_int(p);
                if (sp.prec < 0) {
                    sp.prec = 0;
                }
                j++;
            } else {
                const char *too_big = is_bytes ? "prec too big" : "precision too big";   /* CPython's words */
                sp.prec = parse_digits_or(s, len, &j, too_big);
                if (sp.prec > INT_MAX) {
                    kr_raise_msg(&kr_type_ValueError, too_big);
                }
            }
        }
        while (j < len && (s[j] == 'h' || s[j] == 'l' || s[j] == 'L')) {
            j++;
        }
        if (j >= len) {
            kr_raise_msg(&kr_type_ValueError, "incomplete format");
        }
        uint8_t conv = s[j++];
        i = j;
        if (conv == '%' && j == start + 2) {
            kr_vstr_add_byte(&out, '%');
            continue;
        }
        kr_obj_t arg = NEXT_ARG();
        if (left) {
            sp.align = '<';
        } else if (zero) {
            sp.align = '=';
            sp.fill[0] = '0';
            sp.fill_given = true;
        } else {
            sp.align = '>';
        }
        switch (conv) {
            case 's': case 'r': case 'a': case 'b': {
                kr_vstr_t tmp;
                char tmp_buf[64];
                kr_vstr_init_fixed(&tmp, tmp_buf, sizeof(tmp_buf));
                if (is_bytes) {
                    if (conv == 's' || conv == 'b') {
                        add_bytes_of(&tmp, arg, (char)conv);
                    } else {
                        kr_obj_t r = kr_obj_str_repr_ascii(kr_obj_repr(arg));
                        size_t l;
                        const uint8_t *d = kr_obj_str_fast_data(r, &l);
                        kr_vstr_add_strn(&tmp, (const char *)d, l);
                    }
                    if (sp.prec >= 0 && (size_t)sp.prec < tmp.len) {
                        tmp.len = (size_t)sp.prec;
                    }
                    sp.align = left ? '<' : '>';
                    sp.fill[0] = ' ';
                    emit_aligned(&out, &sp, '>', "", 0, tmp.buf, tmp.len, tmp.len);
                } else {
                    if (conv == 'b') {
                        goto bad_conv;
                    }
                    kr_obj_t r = conv == 's' ? kr_obj_str(arg) : kr_obj_repr(arg);
                    if (conv == 'a') {
                        r = kr_obj_str_repr_ascii(r);
                    }
                    size_t l;
                    const uint8_t *d = (const uint8_t *)kr_obj_str_get_data(r, &l);
                    sp.align = left ? '<' : '>';
                    sp.fill[0] = ' ';
                    format_text(&out, d, l, &sp);
                }
                kr_vstr_clear(&tmp);
                break;
            }
            case 'd': case 'i': case 'u': {
                kr_obj_t v = arg;
                if (!kr_obj_is_int(v)) {
#if KR_FEATURE_FLOAT
                    if (kr_obj_is_type(v, &kr_type_float)) {
                        v = kr_obj_new_int_from_double(kr_obj_float_get(v));
                    } else
#endif
                    if (KR_IS_OBJ(v) && (KR_OBJ_TYPE(v)->flags & KR_TYPE_FLAG_HEAP)) {
                        v = instance_int(v, false, is_bytes && conv == 'i' ? 'd' : conv);   /* bytes: %i is %d */
                    } else {
                        kr_raise_fmt(&kr_type_TypeError, "%%%c format: a real number is required, not %s",
                                     is_bytes && conv == 'i' ? 'd' : conv,
                                     kr_obj_type_name(arg));
                    }
                }
                sp.type = 'd';
                format_int(&out, v, &sp, sp.prec);
                break;
            }
            case 'x': case 'X': case 'o': {
                kr_obj_t v = arg;
                if (!kr_obj_is_int(v)) {
                    if (KR_IS_OBJ(v) && (KR_OBJ_TYPE(v)->flags & KR_TYPE_FLAG_HEAP)) {
                        v = instance_int(v, true, conv);
                    } else {
                        kr_raise_fmt(&kr_type_TypeError, "%%%c format: an integer is required, not %s", conv,
                                     kr_obj_type_name(arg));
                    }
                }
                sp.type = (char)conv;
                format_int(&out, v, &sp, sp.prec);
                break;
            }
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                double d;
                if (!kr_obj_get_float_maybe(arg, &d)) {
                    kr_raise_fmt(&kr_type_TypeError, is_bytes ? "float argument required, not %s"
                                                              : "must be real number, not %s", kr_obj_type_name(arg));
                }
                sp.type = (char)conv;
                if (sp.prec < 0) {
                    sp.prec = 6;
                }
                format_double(&out, d, &sp, true);
                break;
            }
            case 'c': {
                uint32_t ch;
                uint8_t buf[4];
                size_t n;
                if (is_bytes) {
                    if (kr_obj_is_int(arg)) {
                        kr_int_t x;
                        if (!kr_obj_int_get_checked(arg == KR_OBJ_TRUE ? KR_NEW_SMALL_INT(1) : arg == KR_OBJ_FALSE ? KR_NEW_SMALL_INT(0) : arg, &x) || x < 0 || x > 255) {
                            kr_raise_msg(&kr_type_OverflowError, "%c arg not in range(256)");
                        }
                        buf[0] = (uint8_t)x;
                    } else if (kr_obj_str_is_bytes_like(arg) && kr_obj_len_size(arg) == 1) {
                        size_t l;
                        buf[0] = kr_obj_str_bytes_data(arg, &l)[0];
                    } else {
                        kr_raise_msg(&kr_type_TypeError, "%c requires an integer in range(256) or a single byte");
                    }
                    sp.align = left ? '<' : '>';
                    sp.fill[0] = ' ';
                    emit_aligned(&out, &sp, '>', "", 0, (const char *)buf, 1, 1);
                    break;
                }
                if (kr_obj_is_str(arg)) {
                    if (kr_obj_str_char_len(arg) != 1) {
                        kr_raise_msg(&kr_type_TypeError, "%c requires int or char");
                    }
                    size_t l;
                    const uint8_t *d = kr_obj_str_fast_data(arg, &l);
                    ch = kr_unichar_utf8_get(&d);
                } else if (kr_obj_is_int(arg)) {
                    kr_int_t x;
                    if (!kr_obj_int_get_checked(arg == KR_OBJ_TRUE ? KR_NEW_SMALL_INT(1) : arg == KR_OBJ_FALSE ? KR_NEW_SMALL_INT(0) : arg, &x) || x < 0 || x >= 0x110000) {
                        kr_raise_msg(&kr_type_OverflowError, "%c arg not in range(0x110000)");
                    }
                    ch = (uint32_t)x;
                } else {
                    kr_raise_msg(&kr_type_TypeError, "%c requires int or char");
                }
                n = kr_unichar_utf8_encode(ch, buf);
                sp.align = left ? '<' : '>';
                sp.fill[0] = ' ';
                emit_aligned(&out, &sp, '>', "", 0, (const char *)buf, n, 1);
                break;
            }
            default:
            bad_conv:
                if (conv >= 0x20 && conv < 0x7f) {
                    kr_raise_fmt(&kr_type_ValueError, "unsupported format character '%c' (0x%x) at index %u", conv,
                                 conv, (unsigned)(j - 1));
                }
                kr_raise_fmt(&kr_type_ValueError, "unsupported format character '\\x%x' (0x%x) at index %u", conv,
                             conv, (unsigned)(j - 1));
        }
    }
#undef NEXT_ARG
    if (argi < n_items && dict == KR_OBJ_NULL) {
        kr_raise_msg(&kr_type_TypeError, is_bytes ? "not all arguments converted during bytes formatting"
                                                  : "not all arguments converted during string formatting");
    }
    if (is_bytes) {
        return kr_obj_new_bytes_from_vstr(&out);
    }
    return kr_obj_new_str_from_vstr(&out);
}
