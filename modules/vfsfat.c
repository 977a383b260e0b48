/* vfsfat.c: vfs.VfsFat, a FAT12/16/32 filesystem on a block device: the volume (boot
 * sector, FAT table, one-sector cache), mkfs, timestamps and the filesystem methods. */
#include <string.h>
#include <errno.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "port.h"
#include "vfs.h"
#include "vfsfat.h"

#if KR_MODULE_VFS

_Noreturn void kr_vfsfat_corrupt(void) {
    kr_vfs_raise(EIO);
}

/* ---------------------------------------------------------------- sector cache */

static void fat_write_sector(kr_fat_t *fs, uint32_t sector, const uint8_t *data) {
    int r = kr_bdev_write(&fs->bdev, sector * fs->bps, data, fs->bps);
    if (r < 0) {
        kr_vfs_raise(-r);
    }
}

void kr_vfsfat_flush(kr_fat_t *fs) {
    if (!fs->buf_dirty) {
        return;
    }
    fs->buf_dirty = false;
    fat_write_sector(fs, fs->buf_sector, fs->buf);
    /* the other copies of the FAT follow the first */
    if (fs->buf_sector >= fs->fat_start && fs->buf_sector < fs->fat_start + fs->fat_size) {
        for (uint32_t i = 1; i < fs->n_fats; i++) {
            fat_write_sector(fs, fs->buf_sector + i * fs->fat_size, fs->buf);
        }
    }
}

uint8_t *kr_vfsfat_sector(kr_fat_t *fs, uint32_t sector) {
    if (sector == fs->buf_sector) {
        return fs->buf;
    }
    if (sector >= fs->total_sectors) {
        kr_vfsfat_corrupt();
    }
    kr_vfsfat_flush(fs);
    fs->buf_sector = KR_FAT_NO_SECTOR;
    int r = kr_bdev_read(&fs->bdev, sector * fs->bps, fs->buf, fs->bps);
    if (r < 0) {
        kr_vfs_raise(-r);
    }
    fs->buf_sector = sector;
    return fs->buf;
}

uint8_t *kr_vfsfat_sector_new(kr_fat_t *fs, uint32_t sector) {
    if (sector >= fs->total_sectors) {
        kr_vfsfat_corrupt();
    }
    if (sector != fs->buf_sector) {
        kr_vfsfat_flush(fs);
        fs->buf_sector = sector;
    }
    memset(fs->buf, 0, fs->ssize);
    fs->buf_dirty = true;
    return fs->buf;
}

void kr_vfsfat_dirty(kr_fat_t *fs) {
    fs->buf_dirty = true;
}

/* ---------------------------------------------------------------- the FAT */

bool kr_vfsfat_valid(kr_fat_t *fs, uint32_t cl) {
    return cl >= 2 && cl < fs->n_clusters + 2;
}

static uint8_t *fat_byte(kr_fat_t *fs, uint32_t off) {
    return kr_vfsfat_sector(fs, fs->fat_start + off / fs->ssize) + off % fs->ssize;
}

uint32_t kr_vfsfat_get(kr_fat_t *fs, uint32_t cl) {
    switch (fs->type) {
        case 12: {
            uint32_t off = cl + cl / 2;
            uint32_t v = *fat_byte(fs, off);
            v |= (uint32_t)*fat_byte(fs, off + 1) << 8;
            return (cl & 1) ? v >> 4 : v & 0xfff;
        }
        case 16:
            return kr_fat_rd16(fat_byte(fs, cl * 2));
        default:
            return kr_fat_rd32(fat_byte(fs, cl * 4)) & 0x0fffffff;
    }
}

void kr_vfsfat_set(kr_fat_t *fs, uint32_t cl, uint32_t v) {
    switch (fs->type) {
        case 12: {
            uint32_t off = cl + cl / 2;
            uint8_t *p = fat_byte(fs, off);
            *p = (cl & 1) ? (uint8_t)((*p & 0x0f) | ((v & 0x0f) << 4)) : (uint8_t)v;
            kr_vfsfat_dirty(fs);
            p = fat_byte(fs, off + 1);
            *p = (cl & 1) ? (uint8_t)(v >> 4) : (uint8_t)((*p & 0xf0) | ((v >> 8) & 0x0f));
            kr_vfsfat_dirty(fs);
            break;
        }
        case 16:
            kr_fat_wr16(fat_byte(fs, cl * 2), v);
            kr_vfsfat_dirty(fs);
            break;
        default: {
            uint8_t *p = fat_byte(fs, cl * 4);
            kr_fat_wr32(p, (kr_fat_rd32(p) & 0xf0000000u) | (v & 0x0fffffff));
            kr_vfsfat_dirty(fs);
            break;
        }
    }
}

static uint32_t fat_eoc(kr_fat_t *fs) {
    return fs->type == 12 ? 0xfff : fs->type == 16 ? 0xffff : 0x0fffffff;
}

static bool fat_is_eoc(kr_fat_t *fs, uint32_t v) {
    return v >= (fs->type == 12 ? 0xff8u : fs->type == 16 ? 0xfff8u : 0x0ffffff8u);
}

uint32_t kr_vfsfat_next(kr_fat_t *fs, uint32_t cl) {
    uint32_t v = kr_vfsfat_get(fs, cl);
    if (fat_is_eoc(fs, v)) {
        return 0;
    }
    if (!kr_vfsfat_valid(fs, v)) {
        kr_vfsfat_corrupt();
    }
    return v;
}

/* FAT32 keeps a free-cluster count in its FSInfo sector: mark it unknown before the first
 * change (so that an interrupted session leaves no wrong count), write it again on sync. */
static void fat_fsinfo_touch(kr_fat_t *fs) {
    if (fs->fsinfo == 0 || fs->fsinfo_dirty) {
        return;
    }
    uint8_t *s = kr_vfsfat_sector(fs, fs->fsinfo);
    if (kr_fat_rd32(s) == 0x41615252 && kr_fat_rd32(s + 484) == 0x61417272) {
        kr_fat_wr32(s + 488, 0xffffffff);
        kr_fat_wr32(s + 492, 0xffffffff);
        kr_vfsfat_dirty(fs);
        kr_vfsfat_flush(fs);
        fs->fsinfo_dirty = true;
    } else {
        fs->fsinfo = 0;
    }
}

static uint32_t fat_count_free(kr_fat_t *fs);

static void fat_fsinfo_sync(kr_fat_t *fs) {
    if (!fs->fsinfo_dirty) {
        return;
    }
    uint32_t n = fat_count_free(fs);
    uint8_t *s = kr_vfsfat_sector(fs, fs->fsinfo);
    kr_fat_wr32(s + 488, n);
    kr_vfsfat_dirty(fs);
    kr_vfsfat_flush(fs);
    fs->fsinfo_dirty = false;
}

uint32_t kr_vfsfat_alloc(kr_fat_t *fs, uint32_t prev) {
    if (fs->free_count == 0) {
        return 0;
    }
    fat_fsinfo_touch(fs);
    uint32_t n = fs->n_clusters;
    uint32_t start = kr_vfsfat_valid(fs, fs->free_hint) ? fs->free_hint : 2;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t cl = start + i;
        if (cl >= n + 2) {
            cl -= n;
        }
        if (kr_vfsfat_get(fs, cl) == 0) {
            kr_vfsfat_set(fs, cl, fat_eoc(fs));
            if (prev != 0) {
                kr_vfsfat_set(fs, prev, cl);
            }
            fs->free_hint = cl + 1;
            if (fs->free_count > 0) {
                fs->free_count--;
            }
            return cl;
        }
    }
    fs->free_count = 0;
    return 0;
}

void kr_vfsfat_free_chain(kr_fat_t *fs, uint32_t cl) {
    fat_fsinfo_touch(fs);
    fs->walk_dcl = 0;
    fs->walk_cl = 0;
    for (uint32_t i = 0; i < fs->n_clusters && kr_vfsfat_valid(fs, cl); i++) {
        uint32_t next = kr_vfsfat_get(fs, cl);
        if (next == 0) {
            break;   /* already free: a damaged chain */
        }
        kr_vfsfat_set(fs, cl, 0);
        if (fs->free_count >= 0) {
            fs->free_count++;
        }
        if (cl < fs->free_hint) {
            fs->free_hint = cl;
        }
        if (fat_is_eoc(fs, next)) {
            break;
        }
        cl = next;
    }
}

uint32_t kr_vfsfat_cluster_sector(kr_fat_t *fs, uint32_t cl) {
    if (!kr_vfsfat_valid(fs, cl)) {
        kr_vfsfat_corrupt();
    }
    return fs->data_start + (cl - 2) * fs->spc;
}

void kr_vfsfat_zero_cluster(kr_fat_t *fs, uint32_t cl) {
    uint32_t s = kr_vfsfat_cluster_sector(fs, cl);
    for (uint32_t i = 0; i < fs->spc; i++) {
        kr_vfsfat_sector_new(fs, s + i);
    }
}

static uint32_t fat_count_free(kr_fat_t *fs) {
    if (fs->free_count < 0) {
        uint32_t n = 0;
        for (uint32_t cl = 2; cl < fs->n_clusters + 2; cl++) {
            if (kr_vfsfat_get(fs, cl) == 0) {
                n++;
            }
        }
        fs->free_count = n;
    }
    return (uint32_t)fs->free_count;
}

/* ---------------------------------------------------------------- time */

static int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

void kr_vfsfat_now(uint16_t *date, uint16_t *time) {
    int64_t secs = kr_port_time_ns() / 1000000000;
    int64_t days = secs / 86400;
    int64_t rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        days--;
    }
    /* civil date from days since 1970-01-01 */
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = (int64_t)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1;
    unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    if (y < 1980 || y > 2107) {
        *date = (1 << 5) | 1;   /* 1980-01-01 */
        *time = 0;
        return;
    }
    *date = (uint16_t)(((y - 1980) << 9) | (m << 5) | d);
    *time = (uint16_t)(((rem / 3600) << 11) | (((rem / 60) % 60) << 5) | ((rem % 60) / 2));
}

int64_t kr_vfsfat_to_epoch(uint16_t date, uint16_t time) {
    unsigned m = (date >> 5) & 15, d = date & 31;
    if (m < 1 || m > 12 || d < 1) {
        return 0;
    }
    int64_t days = days_from_civil(1980 + (date >> 9), m, d);
    return days * 86400 + (time >> 11) * 3600 + ((time >> 5) & 63) * 60 + (time & 31) * 2;
}

/* ---------------------------------------------------------------- mounting */

static void fat_load(kr_fat_t *fs) {
    uint32_t bs = fs->bdev.block_size;
    if (bs < 512 || fs->bdev.block_count == 0) {
        kr_vfs_raise(ENODEV);
    }
    uint8_t *b = kr_gc_alloc(bs, KR_GC_FLAG_ATOMIC);
    int r = kr_bdev_read(&fs->bdev, 0, b, 1);
    if (r < 0) {
        kr_vfs_raise(-r);
    }
    uint32_t ssize = kr_fat_rd16(b + 11), spc = b[13], reserved = kr_fat_rd16(b + 14), n_fats = b[16];
    uint32_t root_ent = kr_fat_rd16(b + 17);
    uint32_t total = kr_fat_rd16(b + 19) ? kr_fat_rd16(b + 19) : kr_fat_rd32(b + 32);
    uint32_t fatsz = kr_fat_rd16(b + 22) ? kr_fat_rd16(b + 22) : kr_fat_rd32(b + 36);
    if (b[510] != 0x55 || b[511] != 0xaa || (b[0] != 0xeb && b[0] != 0xe9)
        || (ssize != 512 && ssize != 1024 && ssize != 2048 && ssize != 4096) || ssize < bs
        || spc == 0 || (spc & (spc - 1)) != 0 || reserved == 0 || n_fats == 0 || n_fats > 4
        || fatsz == 0 || total == 0) {
        kr_vfs_raise(ENODEV);
    }
    uint32_t bps = ssize / bs;
    uint64_t dev_sectors = fs->bdev.block_count / bps;
    uint64_t root_sectors = ((uint64_t)root_ent * 32 + ssize - 1) / ssize;
    uint64_t root_start = (uint64_t)reserved + (uint64_t)n_fats * fatsz;
    uint64_t data_start = root_start + root_sectors;
    if (total > dev_sectors || data_start >= total) {
        kr_vfs_raise(ENODEV);
    }
    uint32_t n = (uint32_t)((total - data_start) / spc);
    uint8_t type = n < 4085 ? 12 : n < 65525 ? 16 : 32;
    if (n == 0 || (type == 32) != (root_ent == 0)) {
        kr_vfs_raise(ENODEV);
    }
    /* never trust the FAT to cover more clusters than it has room for */
    uint64_t cap = (uint64_t)fatsz * ssize * 8 / (type == 12 ? 12 : type);
    if (cap < 3) {
        kr_vfs_raise(ENODEV);
    }
    if (n + 2 > cap) {
        n = (uint32_t)(cap - 2);
    }
    fs->ssize = ssize;
    fs->bps = bps;
    fs->spc = spc;
    fs->fat_start = reserved;
    fs->fat_size = fatsz;
    fs->n_fats = n_fats;
    fs->root_start = (uint32_t)root_start;
    fs->root_sectors = (uint32_t)root_sectors;
    fs->data_start = (uint32_t)data_start;
    fs->n_clusters = n;
    fs->total_sectors = total;
    fs->type = type;
    fs->root_cluster = 0;
    if (type == 32) {
        fs->root_cluster = kr_fat_rd32(b + 44) & 0x0fffffff;
        if (!kr_vfsfat_valid(fs, fs->root_cluster)) {
            kr_vfs_raise(ENODEV);
        }
        uint32_t fsinfo = kr_fat_rd16(b + 48);
        fs->fsinfo = fsinfo >= 1 && fsinfo < reserved ? fsinfo : 0;
    } else {
        fs->fsinfo = 0;
    }
    fs->fsinfo_dirty = false;
    kr_gc_free(b);
    fs->buf = kr_gc_alloc(ssize, KR_GC_FLAG_ATOMIC);
    fs->buf_sector = KR_FAT_NO_SECTOR;
    fs->buf_dirty = false;
    fs->free_count = -1;
    fs->free_hint = 2;
    fs->walk_dcl = 0;
    fs->walk_cl = 0;
    fs->mounted = true;
}

kr_fat_t *kr_vfsfat_get_fs(kr_obj_t self) {
    kr_fat_t *fs = KR_OBJ_TO_PTR(self);
    if (!fs->mounted) {
        fat_load(fs);
    }
    return fs;
}

void kr_vfsfat_check_writable(kr_fat_t *fs) {
    if (fs->readonly) {
        kr_vfs_raise(EROFS);
    }
}

/* ---------------------------------------------------------------- mkfs */

static void mkfs_write(kr_bdev_t *b, uint32_t bps, uint32_t sector, const uint8_t *data) {
    int r = kr_bdev_write(b, sector * bps, data, bps);
    if (r < 0) {
        kr_vfs_raise(-r);
    }
}

static uint32_t mkfs_fat_sectors(uint8_t type, uint32_t ssize, uint32_t total, uint32_t fixed,
                                 uint32_t spc, uint32_t *n_out) {
    uint32_t fatsz = 1;
    for (int iter = 0; iter < 64; iter++) {
        uint32_t used = fixed + 2 * fatsz;
        uint32_t n = used < total ? (total - used) / spc : 0;
        uint64_t bytes = type == 12 ? ((uint64_t)(n + 2) * 3 + 1) / 2 : (uint64_t)(n + 2) * (type / 8);
        uint32_t need = (uint32_t)((bytes + ssize - 1) / ssize);
        *n_out = n;
        if (need <= fatsz) {
            break;
        }
        fatsz = need;
    }
    return fatsz;
}

static void fat_mkfs(kr_bdev_t *b) {
    uint32_t bs = b->block_size;
    if (bs < 512) {
        kr_vfs_raise(EINVAL);
    }
    uint32_t ssize = bs, bps = 1;
    uint32_t total = b->block_count;
    if (total < 32) {
        kr_vfs_raise(EINVAL);
    }
    uint8_t type = total < 8192 ? 12 : total < 1048576 ? 16 : 32;
    uint32_t reserved, root_ent, root_secs, spc, fatsz, n;
    for (;;) {
        reserved = type == 32 ? 32 : 1;
        root_ent = type == 32 ? 0 : total < 2048 ? 64 : 512;
        root_secs = (root_ent * 32 + ssize - 1) / ssize;
        spc = type == 32 ? 8 : 1;
        for (;;) {
            fatsz = mkfs_fat_sectors(type, ssize, total, reserved + root_secs, spc, &n);
            uint32_t max = type == 12 ? 4084 : type == 16 ? 65524 : 0x0ffffff4;
            if (n <= max || spc >= 128) {
                break;
            }
            spc *= 2;
        }
        uint8_t real = n < 4085 ? 12 : n < 65525 ? 16 : 32;
        if (real == type) {
            break;
        }
        if (real > type || type == 12) {
            kr_vfs_raise(EINVAL);
        }
        type = real;
    }
    if (n < 1) {
        kr_vfs_raise(EINVAL);
    }
    uint8_t *s = kr_gc_alloc(ssize, KR_GC_FLAG_ATOMIC);
    uint32_t volid = (uint32_t)(kr_port_time_ns() / 1000) ^ 0x4b524149u;
    /* boot sector */
    s[0] = 0xeb;
    s[1] = type == 32 ? 0x58 : 0x3c;
    s[2] = 0x90;
    memcpy(s + 3, "KRAIT1.0", 8);
    kr_fat_wr16(s + 11, ssize);
    s[13] = (uint8_t)spc;
    kr_fat_wr16(s + 14, reserved);
    s[16] = 2;
    kr_fat_wr16(s + 17, root_ent);
    if (total < 65536 && type != 32) {
        kr_fat_wr16(s + 19, total);
    } else {
        kr_fat_wr32(s + 32, total);
    }
    s[21] = 0xf8;
    kr_fat_wr16(s + 24, 32);
    kr_fat_wr16(s + 26, 64);
    uint8_t *ext = s + 36;
    if (type == 32) {
        kr_fat_wr32(s + 36, fatsz);
        kr_fat_wr32(s + 44, 2);
        kr_fat_wr16(s + 48, 1);
        kr_fat_wr16(s + 50, 6);
        ext = s + 64;
    } else {
        kr_fat_wr16(s + 22, fatsz);
    }
    ext[0] = 0x80;
    ext[2] = 0x29;
    kr_fat_wr32(ext + 3, volid);
    memcpy(ext + 7, "NO NAME    ", 11);
    memcpy(ext + 18, type == 12 ? "FAT12   " : type == 16 ? "FAT16   " : "FAT32   ", 8);
    s[510] = 0x55;
    s[511] = 0xaa;
    mkfs_write(b, bps, 0, s);
    if (type == 32) {
        mkfs_write(b, bps, 6, s);
        memset(s, 0, ssize);
        kr_fat_wr32(s, 0x41615252);
        kr_fat_wr32(s + 484, 0x61417272);
        kr_fat_wr32(s + 488, 0xffffffff);
        kr_fat_wr32(s + 492, 0xffffffff);
        kr_fat_wr32(s + 508, 0xaa550000);
        mkfs_write(b, bps, 1, s);
        mkfs_write(b, bps, 7, s);
        memset(s, 0, ssize);
        s[510] = 0x55;
        s[511] = 0xaa;
        mkfs_write(b, bps, 2, s);
        mkfs_write(b, bps, 8, s);
    }
    /* the FATs */
    for (uint32_t f = 0; f < 2; f++) {
        for (uint32_t i = 0; i < fatsz; i++) {
            memset(s, 0, ssize);
            if (i == 0) {
                if (type == 12) {
                    s[0] = 0xf8, s[1] = 0xff, s[2] = 0xff;
                } else if (type == 16) {
                    kr_fat_wr16(s, 0xfff8);
                    kr_fat_wr16(s + 2, 0xffff);
                } else {
                    kr_fat_wr32(s, 0x0ffffff8);
                    kr_fat_wr32(s + 4, 0x0fffffff);
                    kr_fat_wr32(s + 8, 0x0fffffff);   /* the root directory */
                }
            }
            mkfs_write(b, bps, reserved + f * fatsz + i, s);
        }
    }
    /* the root directory */
    memset(s, 0, ssize);
    uint32_t root_start = reserved + 2 * fatsz;
    uint32_t root_n = type == 32 ? spc : root_secs;
    for (uint32_t i = 0; i < root_n; i++) {
        mkfs_write(b, bps, root_start + i, s);
    }
    kr_gc_free(s);
    kr_bdev_ioctl(b, KR_BDEV_IOCTL_SYNC, 0);
}

/* ---------------------------------------------------------------- the VfsFat type */

static kr_obj_t vfsfat_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_arg_check_num(n_args, n_kw, 1, 1, false);
    kr_fat_t *fs = kr_gc_alloc(sizeof(kr_fat_t), 0);
    fs->base.type = type;
    kr_bdev_init(&fs->bdev, args[0]);
    fs->buf_sector = KR_FAT_NO_SECTOR;
    fs->free_count = -1;
    fs->cwd = KR_NEW_QSTR(KR_QSTR_CHAR('/'));
    return KR_OBJ_FROM_PTR(fs);
}

static kr_obj_t vfsfat_mkfs(kr_obj_t bdev) {
    kr_bdev_t b;
    kr_bdev_init(&b, bdev);
    fat_mkfs(&b);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(vfsfat_mkfs_fun_obj, vfsfat_mkfs);
static KR_DEFINE_CONST_STATICMETHOD(vfsfat_mkfs_obj, &vfsfat_mkfs_fun_obj);

static kr_obj_t vfsfat_mount(kr_obj_t self, kr_obj_t readonly, kr_obj_t mkfs) {
    kr_fat_t *fs = KR_OBJ_TO_PTR(self);
    if (kr_obj_is_true(mkfs)) {
        fat_mkfs(&fs->bdev);
        fs->mounted = false;
    }
    kr_bdev_ioctl(&fs->bdev, KR_BDEV_IOCTL_INIT, 0);
    fat_load(fs);
    fs->readonly = kr_obj_is_true(readonly) || fs->bdev.writeblocks[0] == KR_OBJ_NULL;
    if (fs->bdev.mem != NULL) {
        fs->readonly = kr_obj_is_true(readonly);
    }
    fs->cwd = KR_NEW_QSTR(KR_QSTR_CHAR('/'));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_3(vfsfat_mount_obj, vfsfat_mount);

static kr_obj_t vfsfat_sync(kr_obj_t self) {
    kr_fat_t *fs = KR_OBJ_TO_PTR(self);
    if (fs->mounted) {
        kr_vfsfat_flush(fs);
        fat_fsinfo_sync(fs);
        kr_bdev_ioctl(&fs->bdev, KR_BDEV_IOCTL_SYNC, 0);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(vfsfat_sync_obj, vfsfat_sync);

static kr_obj_t vfsfat_umount(kr_obj_t self) {
    kr_fat_t *fs = KR_OBJ_TO_PTR(self);
    vfsfat_sync(self);
    fs->mounted = false;
    kr_bdev_ioctl(&fs->bdev, KR_BDEV_IOCTL_DEINIT, 0);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(vfsfat_umount_obj, vfsfat_umount);

static kr_obj_t vfsfat_open(kr_obj_t self, kr_obj_t path, kr_obj_t mode) {
    return kr_vfsfat_open(kr_vfsfat_get_fs(self), path, mode);
}
static KR_DEFINE_FUN_3(vfsfat_open_obj, vfsfat_open);

/* The directory cluster named by path (0 = root); raises ENOENT/ENOTDIR. */
static uint32_t vfsfat_dir_of(kr_fat_t *fs, kr_obj_t path) {
    uint32_t dcl;
    const char *leaf;
    size_t leaf_len;
    kr_fat_dirent_t ent;
    bool found = kr_vfsfat_resolve(fs, path, &dcl, &leaf, &leaf_len, &ent);
    if (leaf_len == 0) {
        return 0;
    }
    if (!found) {
        kr_vfs_raise(ENOENT);
    }
    if (!(ent.raw[11] & KR_FAT_ATTR_DIR)) {
        kr_vfs_raise(ENOTDIR);
    }
    uint32_t cl = kr_vfsfat_entry_cluster(fs, ent.raw);
    if (cl == 0) {
        return 0;   /* ".." entries name the root as cluster 0 */
    }
    if (!kr_vfsfat_valid(fs, cl)) {
        kr_vfsfat_corrupt();
    }
    return cl;
}

static kr_obj_t vfsfat_ilistdir(size_t n_args, const kr_obj_t *args) {
    kr_fat_t *fs = kr_vfsfat_get_fs(args[0]);
    kr_obj_t path = n_args > 1 ? args[1] : KR_ROM_QSTR(empty);
    bool as_bytes = kr_obj_is_instance(path, &kr_type_bytes);
    uint32_t dcl = vfsfat_dir_of(fs, path);
    kr_obj_t list = kr_obj_new_list(0, NULL);
    uint32_t idx = 0;
    kr_fat_dirent_t *ent = kr_gc_alloc(sizeof(kr_fat_dirent_t), KR_GC_FLAG_ATOMIC);
    while (kr_vfsfat_dir_next(fs, dcl, &idx, ent)) {
        bool dir = (ent->raw[11] & KR_FAT_ATTR_DIR) != 0;
        kr_obj_t t[4] = {
            as_bytes ? kr_obj_new_bytes((const uint8_t *)ent->name, ent->name_len) : kr_obj_new_str(ent->name, ent->name_len),
            KR_NEW_SMALL_INT(dir ? 0x4000 : 0x8000),
            KR_NEW_SMALL_INT(0),
            kr_obj_new_int_from_uint(dir ? 0 : kr_fat_rd32(ent->raw + 28)),
        };
        kr_obj_list_append(list, kr_obj_new_tuple(4, t));
        idx++;
    }
    kr_gc_free(ent);
    return kr_getiter(list);
}
static KR_DEFINE_FUN_VAR(vfsfat_ilistdir_obj, 1, 2, vfsfat_ilistdir);

static kr_obj_t vfsfat_stat(kr_obj_t self, kr_obj_t path) {
    kr_fat_t *fs = kr_vfsfat_get_fs(self);
    uint32_t dcl;
    const char *leaf;
    size_t leaf_len;
    kr_fat_dirent_t ent;
    bool found = kr_vfsfat_resolve(fs, path, &dcl, &leaf, &leaf_len, &ent);
    kr_obj_t t[10];
    for (int i = 0; i < 10; i++) {
        t[i] = KR_NEW_SMALL_INT(0);
    }
    if (leaf_len == 0) {
        t[0] = KR_NEW_SMALL_INT(0x4000);
        return kr_obj_new_tuple(10, t);
    }
    if (!found) {
        kr_vfs_raise(ENOENT);
    }
    bool dir = (ent.raw[11] & KR_FAT_ATTR_DIR) != 0;
    t[0] = KR_NEW_SMALL_INT(dir ? 0x4000 : 0x8000);
    t[6] = kr_obj_new_int_from_uint(dir ? 0 : kr_fat_rd32(ent.raw + 28));
    kr_obj_t mtime = kr_obj_new_int_from_ll(kr_vfsfat_to_epoch(kr_fat_rd16(ent.raw + 24), kr_fat_rd16(ent.raw + 22)));
    t[7] = t[8] = t[9] = mtime;
    return kr_obj_new_tuple(10, t);
}
static KR_DEFINE_FUN_2(vfsfat_stat_obj, vfsfat_stat);

static kr_obj_t vfsfat_statvfs(kr_obj_t self, kr_obj_t path) {
    kr_fat_t *fs = kr_vfsfat_get_fs(self);
    kr_int_t csize = (kr_int_t)(fs->spc * fs->ssize);
    uint32_t free = fat_count_free(fs);
    kr_obj_t t[10] = {
        KR_NEW_SMALL_INT(csize), KR_NEW_SMALL_INT(csize), kr_obj_new_int_from_uint(fs->n_clusters),
        kr_obj_new_int_from_uint(free), kr_obj_new_int_from_uint(free),
        KR_NEW_SMALL_INT(0), KR_NEW_SMALL_INT(0), KR_NEW_SMALL_INT(0),
        KR_NEW_SMALL_INT(fs->readonly ? 1 : 0), KR_NEW_SMALL_INT(KR_FAT_NAME_MAX),
    };
    return kr_obj_new_tuple(10, t);
}
static KR_DEFINE_FUN_2(vfsfat_statvfs_obj, vfsfat_statvfs);

static kr_obj_t vfsfat_mkdir(kr_obj_t self, kr_obj_t path) {
    kr_fat_t *fs = kr_vfsfat_get_fs(self);
    kr_vfsfat_check_writable(fs);
    uint32_t dcl;
    const char *leaf;
    size_t leaf_len;
    kr_fat_dirent_t ent;
    if (kr_vfsfat_resolve(fs, path, &dcl, &leaf, &leaf_len, &ent) || leaf_len == 0) {
        kr_vfs_raise(EEXIST);
    }
    uint32_t cl = kr_vfsfat_alloc(fs, 0);
    if (cl == 0) {
        kr_vfs_raise(ENOSPC);
    }
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_vfsfat_zero_cluster(fs, cl);
        kr_vfsfat_dir_add(fs, dcl, leaf, leaf_len, KR_FAT_ATTR_DIR, cl, 0, &ent);
        kr_nlr_pop();
    } else {
        kr_vfsfat_free_chain(fs, cl);
        kr_vfsfat_flush(fs);
        kr_raise((kr_obj_t)nlr.ret_val);
    }
    /* "." and ".." */
    uint8_t *e = kr_vfsfat_sector(fs, kr_vfsfat_cluster_sector(fs, cl));
    for (int i = 0; i < 2; i++) {
        memcpy(e + 32 * i, ent.raw, 32);
        memset(e + 32 * i, ' ', 11);
        e[32 * i] = '.';
        e[32 * i + 12] = 0;
    }
    e[33] = '.';
    kr_vfsfat_entry_set_cluster(fs, e, cl);
    kr_vfsfat_entry_set_cluster(fs, e + 32, dcl == fs->root_cluster ? 0 : dcl);
    kr_vfsfat_dirty(fs);
    kr_vfsfat_flush(fs);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(vfsfat_mkdir_obj, vfsfat_mkdir);

static void vfsfat_remove_entry(kr_obj_t self, kr_obj_t path, bool want_dir) {
    kr_fat_t *fs = kr_vfsfat_get_fs(self);
    kr_vfsfat_check_writable(fs);
    uint32_t dcl;
    const char *leaf;
    size_t leaf_len;
    kr_fat_dirent_t ent;
    bool found = kr_vfsfat_resolve(fs, path, &dcl, &leaf, &leaf_len, &ent);
    if (leaf_len == 0) {
        kr_vfs_raise(want_dir ? EBUSY : EISDIR);
    }
    if (!found) {
        kr_vfs_raise(ENOENT);
    }
    bool is_dir = (ent.raw[11] & KR_FAT_ATTR_DIR) != 0;
    if (want_dir && !is_dir) {
        kr_vfs_raise(ENOTDIR);
    }
    if (!want_dir && is_dir) {
        kr_vfs_raise(EISDIR);
    }
    uint32_t cl = kr_vfsfat_entry_cluster(fs, ent.raw);
    if (is_dir) {
        if (!kr_vfsfat_valid(fs, cl)) {
            kr_vfsfat_corrupt();
        }
        if (!kr_vfsfat_dir_is_empty(fs, cl)) {
            kr_vfs_raise(ENOTEMPTY);
        }
    }
    if (ent.raw[11] & KR_FAT_ATTR_RO) {
        kr_vfs_raise(EACCES);
    }
    kr_vfsfat_dir_remove(fs, &ent);
    if (cl != 0) {
        kr_vfsfat_free_chain(fs, cl);
    }
    kr_vfsfat_flush(fs);
}

static kr_obj_t vfsfat_remove(kr_obj_t self, kr_obj_t path) {
    vfsfat_remove_entry(self, path, false);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(vfsfat_remove_obj, vfsfat_remove);

static kr_obj_t vfsfat_rmdir(kr_obj_t self, kr_obj_t path) {
    vfsfat_remove_entry(self, path, true);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(vfsfat_rmdir_obj, vfsfat_rmdir);

static kr_obj_t vfsfat_rename(kr_obj_t self, kr_obj_t old, kr_obj_t new_) {
    kr_fat_t *fs = kr_vfsfat_get_fs(self);
    kr_vfsfat_check_writable(fs);
    uint32_t odcl, ndcl;
    const char *oleaf, *nleaf;
    size_t olen, nlen;
    kr_fat_dirent_t *oent = kr_gc_alloc(sizeof(kr_fat_dirent_t) * 2, KR_GC_FLAG_ATOMIC);
    kr_fat_dirent_t *nent = oent + 1;
    bool ofound = kr_vfsfat_resolve(fs, old, &odcl, &oleaf, &olen, oent);
    if (olen == 0) {
        kr_vfs_raise(EBUSY);
    }
    if (!ofound) {
        kr_vfs_raise(ENOENT);
    }
    bool nfound = kr_vfsfat_resolve(fs, new_, &ndcl, &nleaf, &nlen, nent);
    if (nlen == 0) {
        kr_vfs_raise(EBUSY);
    }
    bool is_dir = (oent->raw[11] & KR_FAT_ATTR_DIR) != 0;
    uint32_t cl = kr_vfsfat_entry_cluster(fs, oent->raw);
    if (is_dir) {
        /* the destination must not be inside the directory being moved */
        uint32_t d = ndcl;
        for (uint32_t i = 0; d != 0 && d != fs->root_cluster && i < fs->n_clusters; i++) {
            if (d == cl) {
                kr_vfs_raise(EINVAL);
            }
            uint8_t *e = kr_vfsfat_dir_entry(fs, d, 1, false);
            if (e == NULL || e[0] != '.' || e[1] != '.') {
                break;
            }
            d = kr_vfsfat_entry_cluster(fs, e);
        }
    }
    if (nfound) {
        if (nent->dcl == oent->dcl && nent->idx == oent->idx) {
            /* the same entry (a case change): remove and add again below */
        } else if (is_dir || (nent->raw[11] & KR_FAT_ATTR_DIR)) {
            kr_vfs_raise(EEXIST);
        } else {
            uint32_t ncl = kr_vfsfat_entry_cluster(fs, nent->raw);
            kr_vfsfat_dir_remove(fs, nent);
            if (ncl != 0) {
                kr_vfsfat_free_chain(fs, ncl);
            }
            /* the old entry may have moved in the cache only; its location is unchanged */
        }
    }
    uint8_t raw[32];
    memcpy(raw, oent->raw, 32);
    /* the old entries as they are, to put back if the new name does not fit */
    uint32_t n_old = oent->idx - oent->first_idx + 1;
    uint8_t *saved = kr_gc_alloc(32 * n_old, KR_GC_FLAG_ATOMIC);
    for (uint32_t i = 0; i < n_old; i++) {
        uint8_t *e = kr_vfsfat_dir_entry(fs, odcl, oent->first_idx + i, false);
        if (e == NULL) {
            kr_vfsfat_corrupt();
        }
        memcpy(saved + 32 * i, e, 32);
    }
    kr_vfsfat_dir_remove(fs, oent);
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_vfsfat_dir_add(fs, ndcl, nleaf, nlen, raw[11], cl, kr_fat_rd32(raw + 28), nent);
        kr_nlr_pop();
    } else {
        for (uint32_t i = 0; i < n_old; i++) {
            uint8_t *e = kr_vfsfat_dir_entry(fs, odcl, oent->first_idx + i, false);
            if (e != NULL) {
                memcpy(e, saved + 32 * i, 32);
                kr_vfsfat_dirty(fs);
            }
        }
        kr_vfsfat_flush(fs);
        kr_raise((kr_obj_t)nlr.ret_val);
    }
    /* keep the times and attributes */
    uint8_t *e = kr_vfsfat_dir_entry(fs, ndcl, nent->idx, false);
    if (e == NULL) {
        kr_vfsfat_corrupt();
    }
    memcpy(e + 11, raw + 11, 1);
    memcpy(e + 13, raw + 13, 7);
    memcpy(e + 22, raw + 22, 4);
    kr_vfsfat_dirty(fs);
    if (is_dir && ndcl != odcl && kr_vfsfat_valid(fs, cl)) {
        uint8_t *dd = kr_vfsfat_dir_entry(fs, cl, 1, false);
        if (dd != NULL && dd[0] == '.' && dd[1] == '.') {
            kr_vfsfat_entry_set_cluster(fs, dd, ndcl == fs->root_cluster ? 0 : ndcl);
            kr_vfsfat_dirty(fs);
        }
    }
    kr_vfsfat_flush(fs);
    kr_gc_free(oent);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_3(vfsfat_rename_obj, vfsfat_rename);

static kr_obj_t vfsfat_chdir(kr_obj_t self, kr_obj_t path) {
    kr_fat_t *fs = kr_vfsfat_get_fs(self);
    vfsfat_dir_of(fs, path);
    size_t len, clen;
    const char *p = kr_obj_str_get_data(path, &len);
    const char *c = kr_obj_str_get_data(fs->cwd, &clen);
    kr_vstr_t v;
    kr_vstr_init(&v, clen + len + 2);
    kr_vfs_normalise(&v, c, clen, p, len);
    fs->cwd = kr_obj_new_str_from_vstr(&v);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(vfsfat_chdir_obj, vfsfat_chdir);

static kr_obj_t vfsfat_getcwd(kr_obj_t self) {
    return ((kr_fat_t *)KR_OBJ_TO_PTR(self))->cwd;
}
static KR_DEFINE_FUN_1(vfsfat_getcwd_obj, vfsfat_getcwd);

static const kr_map_elem_t vfsfat_locals_table[] = {
    { KR_ROM_QSTR(mkfs), KR_ROM_PTR(&vfsfat_mkfs_obj) },
    { KR_ROM_QSTR(mount), KR_ROM_PTR(&vfsfat_mount_obj) },
    { KR_ROM_QSTR(umount), KR_ROM_PTR(&vfsfat_umount_obj) },
    { KR_ROM_QSTR(sync), KR_ROM_PTR(&vfsfat_sync_obj) },
    { KR_ROM_QSTR(open), KR_ROM_PTR(&vfsfat_open_obj) },
    { KR_ROM_QSTR(ilistdir), KR_ROM_PTR(&vfsfat_ilistdir_obj) },
    { KR_ROM_QSTR(stat), KR_ROM_PTR(&vfsfat_stat_obj) },
    { KR_ROM_QSTR(statvfs), KR_ROM_PTR(&vfsfat_statvfs_obj) },
    { KR_ROM_QSTR(mkdir), KR_ROM_PTR(&vfsfat_mkdir_obj) },
    { KR_ROM_QSTR(rmdir), KR_ROM_PTR(&vfsfat_rmdir_obj) },
    { KR_ROM_QSTR(remove), KR_ROM_PTR(&vfsfat_remove_obj) },
    { KR_ROM_QSTR(rename), KR_ROM_PTR(&vfsfat_rename_obj) },
    { KR_ROM_QSTR(chdir), KR_ROM_PTR(&vfsfat_chdir_obj) },
    { KR_ROM_QSTR(getcwd), KR_ROM_PTR(&vfsfat_getcwd_obj) },
};
static KR_DEFINE_CONST_DICT(vfsfat_locals_dict, vfsfat_locals_table);

const kr_type_t kr_type_vfsfat = {
    .base = {&kr_type_type},
    .name = KR_QSTR_VfsFat,
    .make_new = vfsfat_make_new,
    .locals_dict = &vfsfat_locals_dict,
};

#endif /* KR_MODULE_VFS */
