/* vfsfat.h: internals of the FAT filesystem shared by vfsfat.c (volume, FAT table, sector
 * cache, mkfs, the VfsFat type), vfsfat_dir.c (directories, long names, paths) and
 * vfsfat_file.c (files). */
#ifndef KRAIT_VFSFAT_H
#define KRAIT_VFSFAT_H

#include <stdint.h>
#include <stdbool.h>
#include "obj.h"
#include "vfs.h"

#define KR_FAT_NO_SECTOR (0xffffffffu)
#define KR_FAT_ATTR_RO   (0x01)
#define KR_FAT_ATTR_VOL  (0x08)
#define KR_FAT_ATTR_DIR  (0x10)
#define KR_FAT_ATTR_ARCH (0x20)
#define KR_FAT_ATTR_LFN  (0x0f)
#define KR_FAT_NAME_MAX  (255)    /* UTF-16 units in a long name */

typedef struct _kr_fat_t {
    kr_obj_base_t base;          /* &kr_type_vfsfat */
    kr_bdev_t bdev;
    uint8_t *buf;                /* one-sector cache (GC heap) */
    uint32_t buf_sector;
    bool buf_dirty;
    bool mounted;
    bool readonly;
    uint8_t type;                /* 12, 16 or 32 */
    uint32_t ssize;              /* bytes per sector */
    uint32_t bps;                /* device blocks per sector */
    uint32_t spc;                /* sectors per cluster */
    uint32_t fat_start, fat_size, n_fats;
    uint32_t root_start, root_sectors;   /* FAT12/16: the fixed root directory */
    uint32_t root_cluster;       /* FAT32: first cluster of the root directory */
    uint32_t data_start;
    uint32_t n_clusters;         /* valid cluster numbers: 2 .. n_clusters + 1 */
    uint32_t total_sectors;
    uint32_t free_hint;
    int64_t free_count;          /* -1 = not counted yet */
    uint32_t fsinfo;             /* FAT32: FSInfo sector (0 = none) */
    bool fsinfo_dirty;           /* its free count was invalidated; rewrite on sync */
    /* last directory chain position found (speeds up walking a directory) */
    uint32_t walk_dcl, walk_k, walk_cl;
    kr_obj_t cwd;                /* "/..." */
} kr_fat_t;

/* A directory entry found by a scan. dcl = directory (0 = root). */
typedef struct _kr_fat_dirent_t {
    uint8_t raw[32];             /* the short entry */
    uint32_t dcl;
    uint32_t idx;                /* index of the short entry in the directory */
    uint32_t first_idx;          /* index of its first long-name entry (== idx if none) */
    size_t name_len;
    char name[KR_FAT_NAME_MAX * 3 + 1];  /* UTF-8 */
    char sname[26];              /* the 8.3 name as text (UTF-8: bytes >= 0x80 take two) */
} kr_fat_dirent_t;

/* ---- vfsfat.c */
uint8_t *kr_vfsfat_sector(kr_fat_t *fs, uint32_t sector);          /* raises EIO */
uint8_t *kr_vfsfat_sector_new(kr_fat_t *fs, uint32_t sector);      /* zeroed, dirty, not read */
void kr_vfsfat_dirty(kr_fat_t *fs);
void kr_vfsfat_flush(kr_fat_t *fs);
uint32_t kr_vfsfat_get(kr_fat_t *fs, uint32_t cl);
void kr_vfsfat_set(kr_fat_t *fs, uint32_t cl, uint32_t v);
bool kr_vfsfat_valid(kr_fat_t *fs, uint32_t cl);
uint32_t kr_vfsfat_next(kr_fat_t *fs, uint32_t cl);   /* 0 at chain end; raises EIO if corrupt */
uint32_t kr_vfsfat_alloc(kr_fat_t *fs, uint32_t prev); /* 0 when full */
void kr_vfsfat_free_chain(kr_fat_t *fs, uint32_t cl);
uint32_t kr_vfsfat_cluster_sector(kr_fat_t *fs, uint32_t cl);
void kr_vfsfat_zero_cluster(kr_fat_t *fs, uint32_t cl);
void kr_vfsfat_now(uint16_t *date, uint16_t *time);
int64_t kr_vfsfat_to_epoch(uint16_t date, uint16_t time);
void kr_vfsfat_check_writable(kr_fat_t *fs);
kr_fat_t *kr_vfsfat_get_fs(kr_obj_t self);           /* mounted (or mounts on first use) */
_Noreturn void kr_vfsfat_corrupt(void);              /* OSError(EIO) */

/* ---- vfsfat_dir.c */
uint32_t kr_vfsfat_entry_cluster(kr_fat_t *fs, const uint8_t *e);
void kr_vfsfat_entry_set_cluster(kr_fat_t *fs, uint8_t *e, uint32_t cl);
/* Pointer to entry idx of directory dcl in the sector cache (valid until the next sector
 * access); NULL past the end, or (extend) grows the directory; raises ENOSPC. */
uint8_t *kr_vfsfat_dir_entry(kr_fat_t *fs, uint32_t dcl, uint32_t idx, bool extend);
/* Next live entry at or after *idx (not ".", "..", labels); false at the end. */
bool kr_vfsfat_dir_next(kr_fat_t *fs, uint32_t dcl, uint32_t *idx, kr_fat_dirent_t *ent);
bool kr_vfsfat_dir_find(kr_fat_t *fs, uint32_t dcl, const char *name, size_t len, kr_fat_dirent_t *ent);
/* Resolve path; sets *dcl to the parent directory and *leaf to the last component (len 0
 * for the root); returns whether the entry exists (filled into ent). */
bool kr_vfsfat_resolve(kr_fat_t *fs, kr_obj_t path, uint32_t *dcl, const char **leaf, size_t *leaf_len,
                       kr_fat_dirent_t *ent);
/* Create an entry named name in dcl; ent receives its location and contents. */
void kr_vfsfat_dir_add(kr_fat_t *fs, uint32_t dcl, const char *name, size_t len, uint8_t attr,
                       uint32_t cl, uint32_t size, kr_fat_dirent_t *ent);
void kr_vfsfat_dir_remove(kr_fat_t *fs, const kr_fat_dirent_t *ent);
bool kr_vfsfat_dir_is_empty(kr_fat_t *fs, uint32_t dcl);

/* ---- vfsfat_file.c */
kr_obj_t kr_vfsfat_open(kr_fat_t *fs, kr_obj_t path, kr_obj_t mode);

static inline uint16_t kr_fat_rd16(const uint8_t *p) {
    return (uint16_t)(p[0] | (p[1] << 8));
}
static inline uint32_t kr_fat_rd32(const uint8_t *p) {
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}
static inline void kr_fat_wr16(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}
static inline void kr_fat_wr32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

#endif /* KRAIT_VFSFAT_H */
