/* vfsfat_dir.c: FAT directories: entries, 8.3 and long (VFAT) names with checksums,
 * lookups, creating and removing entries, and path resolution. */
#include <string.h>
#include <errno.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "vfs.h"
#include "vfsfat.h"

#if KR_MODULE_VFS

#define FAT_DIR_MAX_ENTRIES (65536u)   /* FAT's limit on entries in one directory */
#define FAT_LFN_CHARS (13)

uint32_t kr_vfsfat_entry_cluster(kr_fat_t *fs, const uint8_t *e) {
    uint32_t cl = kr_fat_rd16(e + 26);
    if (fs->type == 32) {
        cl |= (uint32_t)kr_fat_rd16(e + 20) << 16;
    }
    return cl;
}

void kr_vfsfat_entry_set_cluster(kr_fat_t *fs, uint8_t *e, uint32_t cl) {
    kr_fat_wr16(e + 26, cl & 0xffff);
    kr_fat_wr16(e + 20, fs->type == 32 ? cl >> 16 : 0);
}

/* ---------------------------------------------------------------- entries */

uint8_t *kr_vfsfat_dir_entry(kr_fat_t *fs, uint32_t dcl, uint32_t idx, bool extend) {
    uint32_t eps = fs->ssize / 32;   /* entries per sector */
    if (idx >= FAT_DIR_MAX_ENTRIES) {
        if (extend) {
            kr_vfs_raise(ENOSPC);
        }
        return NULL;
    }
    if (dcl == 0 && fs->type != 32) {
        if (idx >= fs->root_sectors * eps) {
            if (extend) {
                kr_vfs_raise(ENOSPC);
            }
            return NULL;
        }
        return kr_vfsfat_sector(fs, fs->root_start + idx / eps) + (idx % eps) * 32;
    }
    if (dcl == 0) {
        dcl = fs->root_cluster;
    }
    uint32_t per_cluster = eps * fs->spc;
    uint32_t k = idx / per_cluster;
    uint32_t cl = dcl, at = 0;
    if (fs->walk_dcl == dcl && fs->walk_cl != 0 && fs->walk_k <= k) {
        cl = fs->walk_cl;
        at = fs->walk_k;
    }
    if (!kr_vfsfat_valid(fs, cl)) {
        kr_vfsfat_corrupt();
    }
    while (at < k) {
        uint32_t next = kr_vfsfat_next(fs, cl);
        if (next == 0) {
            if (!extend) {
                return NULL;
            }
            next = kr_vfsfat_alloc(fs, cl);
            if (next == 0) {
                kr_vfs_raise(ENOSPC);
            }
            kr_vfsfat_zero_cluster(fs, next);
        }
        cl = next;
        at++;
        if (at > fs->n_clusters) {
            kr_vfsfat_corrupt();   /* a loop in the chain */
        }
    }
    fs->walk_dcl = dcl;
    fs->walk_k = k;
    fs->walk_cl = cl;
    uint32_t in = idx % per_cluster;
    return kr_vfsfat_sector(fs, kr_vfsfat_cluster_sector(fs, cl) + in / eps) + (in % eps) * 32;
}

/* ---------------------------------------------------------------- names */

static uint8_t lfn_checksum(const uint8_t *sfn) {
    uint8_t sum = 0;
    for (int i = 0; i < 11; i++) {
        sum = (uint8_t)(((sum & 1) << 7) + (sum >> 1) + sfn[i]);
    }
    return sum;
}

static size_t utf8_put(char *out, uint32_t c) {
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xc0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xe0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        out[2] = (char)(0x80 | (c & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
    out[3] = (char)(0x80 | (c & 0x3f));
    return 4;
}

/* UTF-16 units -> UTF-8 into ent->name (bounded by its size). */
static void lfn_to_utf8(const uint16_t *u, size_t n, kr_fat_dirent_t *ent) {
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = u[i];
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < n && u[i + 1] >= 0xdc00 && u[i + 1] < 0xe000) {
            c = 0x10000 + ((c - 0xd800) << 10) + (u[i + 1] - 0xdc00);
            i++;
        } else if (c >= 0xd800 && c < 0xe000) {
            c = 0xfffd;
        }
        if (o + 4 >= sizeof(ent->name)) {
            break;
        }
        o += utf8_put(ent->name + o, c);
    }
    ent->name[o] = 0;
    ent->name_len = o;
}

/* The 8.3 name as text: "NAME.EXT", with the NT lower-case flags applied. */
static void sfn_to_text(const uint8_t *e, char *out, size_t *len, bool apply_case) {
    size_t o = 0;
    for (int part = 0; part < 2; part++) {
        int from = part ? 8 : 0, to = part ? 11 : 8;
        int end = to;
        while (end > from && e[end - 1] == ' ') {
            end--;
        }
        if (part && end > from) {
            out[o++] = '.';
        }
        bool lower = apply_case && (e[12] & (part ? 0x10 : 0x08));
        for (int i = from; i < end; i++) {
            uint8_t c = (i == 0 && e[0] == 0x05) ? 0xe5 : e[i];
            if (lower && c >= 'A' && c <= 'Z') {
                c = (uint8_t)(c + 32);
            }
            if (c >= 0x80) {
                o += utf8_put(out + o, c);   /* OEM code page taken as Latin-1 */
            } else {
                out[o++] = (char)c;
            }
        }
    }
    out[o] = 0;
    *len = o;
}

bool kr_vfsfat_dir_next(kr_fat_t *fs, uint32_t dcl, uint32_t *idx, kr_fat_dirent_t *ent) {
    uint16_t lfn[20 * FAT_LFN_CHARS];
    int lfn_n = 0, lfn_expect = 0;
    uint8_t lfn_sum = 0;
    uint32_t lfn_start = 0;
    for (uint32_t i = *idx;; i++) {
        uint8_t *e = kr_vfsfat_dir_entry(fs, dcl, i, false);
        if (e == NULL || e[0] == 0) {
            return false;
        }
        if (e[0] == 0xe5) {
            lfn_n = 0;
            continue;
        }
        if ((e[11] & 0x3f) == KR_FAT_ATTR_LFN) {
            int ord = e[0] & 0x1f;
            if (e[0] & 0x40) {
                if (ord == 0 || ord > 20) {
                    lfn_n = 0;
                    continue;
                }
                lfn_n = ord;
                lfn_expect = ord;
                lfn_sum = e[13];
                lfn_start = i;
                for (int k = 0; k < ord * FAT_LFN_CHARS; k++) {
                    lfn[k] = 0xffff;
                }
            }
            if (lfn_n == 0 || ord != lfn_expect || e[13] != lfn_sum) {
                lfn_n = 0;
                continue;
            }
            static const uint8_t offs[FAT_LFN_CHARS] = { 1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30 };
            for (int k = 0; k < FAT_LFN_CHARS; k++) {
                lfn[(ord - 1) * FAT_LFN_CHARS + k] = kr_fat_rd16(e + offs[k]);
            }
            lfn_expect--;
            continue;
        }
        if (e[11] & KR_FAT_ATTR_VOL) {
            lfn_n = 0;
            continue;
        }
        memcpy(ent->raw, e, 32);
        ent->dcl = dcl;
        ent->idx = i;
        ent->first_idx = i;
        size_t slen;
        sfn_to_text(ent->raw, ent->sname, &slen, false);
        if (ent->raw[0] == '.' && (slen == 1 || (slen == 2 && ent->sname[1] == '.'))) {
            lfn_n = 0;
            continue;   /* "." and ".." */
        }
        bool have_lfn = false;
        if (lfn_n > 0 && lfn_expect == 0 && lfn_checksum(ent->raw) == lfn_sum) {
            size_t n = 0;
            while (n < (size_t)lfn_n * FAT_LFN_CHARS && lfn[n] != 0 && lfn[n] != 0xffff) {
                n++;
            }
            if (n > 0) {
                lfn_to_utf8(lfn, n, ent);
                ent->first_idx = lfn_start;
                have_lfn = true;
            }
        }
        if (!have_lfn) {
            char text[40];
            size_t tlen;
            sfn_to_text(ent->raw, text, &tlen, true);
            memcpy(ent->name, text, tlen + 1);
            ent->name_len = tlen;
        }
        *idx = i;
        return true;
    }
}

static bool name_equal(const char *a, size_t alen, const char *b, size_t blen) {
    if (alen != blen) {
        return false;
    }
    for (size_t i = 0; i < alen; i++) {
        char x = a[i], y = b[i];
        if (x >= 'a' && x <= 'z') {
            x = (char)(x - 32);
        }
        if (y >= 'a' && y <= 'z') {
            y = (char)(y - 32);
        }
        if (x != y) {
            return false;
        }
    }
    return true;
}

bool kr_vfsfat_dir_find(kr_fat_t *fs, uint32_t dcl, const char *name, size_t len, kr_fat_dirent_t *ent) {
    uint32_t idx = 0;
    while (kr_vfsfat_dir_next(fs, dcl, &idx, ent)) {
        if (name_equal(name, len, ent->name, ent->name_len)
            || name_equal(name, len, ent->sname, strlen(ent->sname))) {
            return true;
        }
        idx++;
    }
    return false;
}

bool kr_vfsfat_dir_is_empty(kr_fat_t *fs, uint32_t dcl) {
    kr_fat_dirent_t *ent = kr_gc_alloc(sizeof(kr_fat_dirent_t), KR_GC_FLAG_ATOMIC);
    uint32_t idx = 0;
    bool empty = !kr_vfsfat_dir_next(fs, dcl, &idx, ent);
    kr_gc_free(ent);
    return empty;
}

/* ---------------------------------------------------------------- paths */

bool kr_vfsfat_resolve(kr_fat_t *fs, kr_obj_t path, uint32_t *dcl_out, const char **leaf, size_t *leaf_len,
                       kr_fat_dirent_t *ent) {
    size_t len, clen;
    const char *p = kr_obj_str_get_data(path, &len);
    const char *c = kr_obj_str_get_data(fs->cwd, &clen);
    kr_vstr_t v;
    kr_vstr_init(&v, clen + len + 2);
    kr_vfs_normalise(&v, c, clen, p, len);
    const char *s = v.buf, *end = v.buf + v.len;
    uint32_t dcl = 0;
    *dcl_out = 0;
    *leaf = s;
    *leaf_len = 0;
    while (s < end) {
        s++;   /* the '/' */
        const char *e = memchr(s, '/', (size_t)(end - s));
        if (e == NULL) {
            e = end;
        }
        if (e == s) {
            break;
        }
        *dcl_out = dcl;
        *leaf = s;
        *leaf_len = (size_t)(e - s);
        bool found = kr_vfsfat_dir_find(fs, dcl, s, (size_t)(e - s), ent);
        if (e == end) {
            return found;
        }
        if (!found) {
            kr_vfs_raise(ENOENT);
        }
        if (!(ent->raw[11] & KR_FAT_ATTR_DIR)) {
            kr_vfs_raise(ENOTDIR);
        }
        dcl = kr_vfsfat_entry_cluster(fs, ent->raw);
        if (dcl != 0 && !kr_vfsfat_valid(fs, dcl)) {
            kr_vfsfat_corrupt();
        }
        if (dcl == fs->root_cluster) {
            dcl = 0;
        }
        s = e;
    }
    return false;
}

/* ---------------------------------------------------------------- creating entries */

static bool sfn_char_ok(uint8_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 0x80 ? false : strchr("!#$%&'()-@^_`{}~", c) != NULL);
}

/* Does name fit 8.3 exactly (one case per part)? Fills the 11-byte name and NT case flags. */
static bool name_fits_sfn(const char *name, size_t len, uint8_t *sfn, uint8_t *flags) {
    memset(sfn, ' ', 11);
    *flags = 0;
    const char *dot = memchr(name, '.', len);
    size_t blen = dot ? (size_t)(dot - name) : len;
    size_t elen = dot ? len - blen - 1 : 0;
    if (blen == 0 || blen > 8 || elen > 3 || (dot && elen == 0) || (dot && memchr(dot + 1, '.', elen))) {
        return false;
    }
    for (int part = 0; part < 2; part++) {
        const char *s = part ? dot + 1 : name;
        size_t n = part ? elen : blen;
        bool upper = false, lower = false;
        for (size_t i = 0; i < n; i++) {
            uint8_t ch = (uint8_t)s[i];
            if (ch >= 'a' && ch <= 'z') {
                lower = true;
                ch = (uint8_t)(ch - 32);
            } else if (ch >= 'A' && ch <= 'Z') {
                upper = true;
            }
            if (!sfn_char_ok(ch)) {
                return false;
            }
            sfn[(part ? 8 : 0) + i] = ch;
        }
        if (upper && lower) {
            return false;
        }
        if (lower) {
            *flags |= part ? 0x10 : 0x08;
        }
    }
    return sfn[0] != 0xe5;
}

static bool sfn_exists(kr_fat_t *fs, uint32_t dcl, const uint8_t *sfn) {
    for (uint32_t i = 0;; i++) {
        uint8_t *e = kr_vfsfat_dir_entry(fs, dcl, i, false);
        if (e == NULL || e[0] == 0) {
            return false;
        }
        if (e[0] != 0xe5 && (e[11] & 0x3f) != KR_FAT_ATTR_LFN && memcmp(e, sfn, 11) == 0) {
            return true;
        }
    }
}

/* A unique short alias "BASIS~N.EXT" for a long name. */
static void make_alias(kr_fat_t *fs, uint32_t dcl, const char *name, size_t len, uint8_t *sfn) {
    uint8_t base[8], ext[3];
    size_t bn = 0, en = 0;
    const char *dot = NULL;
    for (size_t i = len; i > 0; i--) {
        if (name[i - 1] == '.') {
            dot = name + i - 1;
            break;
        }
    }
    if (dot == name) {
        dot = NULL;   /* a leading dot starts the name, not an extension */
    }
    for (size_t i = 0; i < len && bn < 8; i++) {
        if (dot != NULL && name + i >= dot) {
            break;
        }
        uint8_t ch = (uint8_t)name[i];
        if (ch == ' ' || ch == '.') {
            continue;
        }
        if ((ch & 0xc0) == 0x80) {
            continue;   /* continuation bytes of a non-ASCII character */
        }
        if (ch >= 'a' && ch <= 'z') {
            ch = (uint8_t)(ch - 32);
        }
        base[bn++] = sfn_char_ok(ch) ? ch : '_';
    }
    if (dot != NULL) {
        for (const char *s = dot + 1; s < name + len && en < 3; s++) {
            uint8_t ch = (uint8_t)*s;
            if (ch == ' ' || (ch & 0xc0) == 0x80) {
                continue;
            }
            if (ch >= 'a' && ch <= 'z') {
                ch = (uint8_t)(ch - 32);
            }
            ext[en++] = sfn_char_ok(ch) ? ch : '_';
        }
    }
    if (bn == 0) {
        base[bn++] = '_';
    }
    for (uint32_t n = 1; n < 1000000; n++) {
        char tail[9];
        int tl = 0;
        uint32_t t = n;
        char digits[8];
        int dn = 0;
        while (t > 0) {
            digits[dn++] = (char)('0' + t % 10);
            t /= 10;
        }
        tail[tl++] = '~';
        while (dn > 0) {
            tail[tl++] = digits[--dn];
        }
        memset(sfn, ' ', 11);
        size_t keep = bn + (size_t)tl > 8 ? 8 - (size_t)tl : bn;
        memcpy(sfn, base, keep);
        memcpy(sfn + keep, tail, (size_t)tl);
        memcpy(sfn + 8, ext, en);
        if (!sfn_exists(fs, dcl, sfn)) {
            return;
        }
    }
    kr_vfs_raise(EEXIST);
}

/* Check a new name and convert it to UTF-16; returns the number of units. */
static size_t name_to_utf16(const char *name, size_t len, uint16_t *u) {
    if (len == 0 || (len == 1 && name[0] == '.') || (len == 2 && name[0] == '.' && name[1] == '.')
        || name[len - 1] == ' ' || name[len - 1] == '.') {
        kr_vfs_raise(EINVAL);
    }
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        uint8_t c = (uint8_t)name[i];
        uint32_t cp;
        size_t k;
        if (c < 0x80) {
            cp = c;
            k = 1;
            if (c < 0x20 || strchr("\"*/:<>?\\|", c) != NULL) {
                kr_vfs_raise(EINVAL);
            }
        } else if (c >= 0xf0) {
            cp = c & 0x07;
            k = 4;
        } else if (c >= 0xe0) {
            cp = c & 0x0f;
            k = 3;
        } else {
            cp = c & 0x1f;
            k = 2;
        }
        for (size_t j = 1; j < k && i + j < len; j++) {
            cp = (cp << 6) | ((uint8_t)name[i + j] & 0x3f);
        }
        i += k;
        if (cp >= 0x10000) {
            if (n + 2 > KR_FAT_NAME_MAX) {
                kr_vfs_raise(ENAMETOOLONG);
            }
            cp -= 0x10000;
            u[n++] = (uint16_t)(0xd800 + (cp >> 10));
            u[n++] = (uint16_t)(0xdc00 + (cp & 0x3ff));
        } else {
            if (n + 1 > KR_FAT_NAME_MAX) {
                kr_vfs_raise(ENAMETOOLONG);
            }
            u[n++] = (uint16_t)cp;
        }
    }
    return n;
}

void kr_vfsfat_dir_add(kr_fat_t *fs, uint32_t dcl, const char *name, size_t len, uint8_t attr,
                       uint32_t cl, uint32_t size, kr_fat_dirent_t *ent) {
    uint16_t u[KR_FAT_NAME_MAX + 1];
    size_t un = name_to_utf16(name, len, u);
    uint8_t sfn[11], flags;
    size_t n_lfn = 0;
    if (!name_fits_sfn(name, len, sfn, &flags)) {
        make_alias(fs, dcl, name, len, sfn);
        flags = 0;
        n_lfn = (un + FAT_LFN_CHARS - 1) / FAT_LFN_CHARS;
    } else if (sfn_exists(fs, dcl, sfn)) {
        kr_vfs_raise(EEXIST);
    }
    /* a run of n_lfn + 1 free entries, growing the directory if needed */
    size_t need = n_lfn + 1, run = 0;
    uint32_t start = 0;
    for (uint32_t i = 0;; i++) {
        uint8_t *e = kr_vfsfat_dir_entry(fs, dcl, i, true);
        if (e[0] == 0 || e[0] == 0xe5) {
            if (run == 0) {
                start = i;
            }
            if (++run == need) {
                break;
            }
        } else {
            run = 0;
        }
    }
    uint8_t sum = lfn_checksum(sfn);
    static const uint8_t offs[FAT_LFN_CHARS] = { 1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30 };
    for (size_t k = n_lfn; k >= 1; k--) {
        uint8_t *e = kr_vfsfat_dir_entry(fs, dcl, start + (uint32_t)(n_lfn - k), false);
        if (e == NULL) {
            kr_vfsfat_corrupt();
        }
        memset(e, 0, 32);
        e[0] = (uint8_t)(k | (k == n_lfn ? 0x40 : 0));
        e[11] = KR_FAT_ATTR_LFN;
        e[13] = sum;
        for (size_t j = 0; j < FAT_LFN_CHARS; j++) {
            size_t pos = (k - 1) * FAT_LFN_CHARS + j;
            kr_fat_wr16(e + offs[j], pos < un ? u[pos] : pos == un ? 0 : 0xffff);
        }
        kr_vfsfat_dirty(fs);
    }
    uint32_t idx = start + (uint32_t)n_lfn;
    uint8_t *e = kr_vfsfat_dir_entry(fs, dcl, idx, false);
    if (e == NULL) {
        kr_vfsfat_corrupt();
    }
    uint16_t date, time;
    kr_vfsfat_now(&date, &time);
    memset(e, 0, 32);
    memcpy(e, sfn, 11);
    e[11] = attr;
    e[12] = flags;
    kr_fat_wr16(e + 14, time);
    kr_fat_wr16(e + 16, date);
    kr_fat_wr16(e + 18, date);
    kr_fat_wr16(e + 22, time);
    kr_fat_wr16(e + 24, date);
    kr_vfsfat_entry_set_cluster(fs, e, cl);
    kr_fat_wr32(e + 28, size);
    kr_vfsfat_dirty(fs);
    memcpy(ent->raw, e, 32);
    ent->dcl = dcl;
    ent->idx = idx;
    ent->first_idx = start;
    size_t copy = len < sizeof(ent->name) - 1 ? len : sizeof(ent->name) - 1;
    memcpy(ent->name, name, copy);
    ent->name[copy] = 0;
    ent->name_len = copy;
}

void kr_vfsfat_dir_remove(kr_fat_t *fs, const kr_fat_dirent_t *ent) {
    for (uint32_t i = ent->first_idx; i <= ent->idx; i++) {
        uint8_t *e = kr_vfsfat_dir_entry(fs, ent->dcl, i, false);
        if (e == NULL) {
            kr_vfsfat_corrupt();
        }
        e[0] = 0xe5;
        kr_vfsfat_dirty(fs);
    }
}

#endif /* KR_MODULE_VFS */
