/* vfsfat_file.c: files on a FAT volume: open (create, truncate, exclusive), read, write
 * (growing the cluster chain, ENOSPC without damage), seek, flush and close. */
#include <string.h>
#include <errno.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "vfs.h"
#include "vfsfat.h"

#if KR_MODULE_VFS

typedef struct _fat_file_t {
    kr_fat_t *fs;
    uint32_t dcl, idx;        /* the directory entry */
    uint32_t first;           /* first cluster, 0 = no data */
    uint32_t size, pos;
    uint32_t cl, cl_k;        /* cluster number cl_k of the chain (cl 0 = not known) */
    bool dirty;               /* the entry needs updating */
    uint8_t sfn[11];          /* the short name the entry had at open */
} fat_file_t;

static fat_file_t *ff_get(kr_file_t *f) {
    fat_file_t *ff = f->ctx;
    if (!ff->fs->mounted) {
        kr_vfs_raise(EIO);   /* the filesystem was unmounted */
    }
    return ff;
}

/* Is the directory entry still this file's? Not after the file was removed, renamed or
 * truncated through another handle: then its clusters may belong to someone else, and
 * this handle must neither read nor write them. */
static bool ff_current(fat_file_t *ff) {
    uint8_t *e = kr_vfsfat_dir_entry(ff->fs, ff->dcl, ff->idx, false);
    return e != NULL && e[0] != 0 && e[0] != 0xe5 && !(e[11] & KR_FAT_ATTR_DIR)
           && memcmp(e, ff->sfn, 11) == 0 && kr_vfsfat_entry_cluster(ff->fs, e) == ff->first;
}

/* The cluster holding chain position k; 0 if the chain is shorter (and !extend). */
static uint32_t ff_cluster(fat_file_t *ff, uint32_t k, bool extend, bool *full) {
    kr_fat_t *fs = ff->fs;
    if (ff->first == 0) {
        if (!extend) {
            return 0;
        }
        ff->first = kr_vfsfat_alloc(fs, 0);
        if (ff->first == 0) {
            *full = true;
            return 0;
        }
        ff->dirty = true;
        ff->cl = 0;
    }
    uint32_t cl = ff->first, at = 0;
    if (ff->cl != 0 && ff->cl_k <= k) {
        cl = ff->cl;
        at = ff->cl_k;
    }
    if (!kr_vfsfat_valid(fs, cl)) {
        kr_vfsfat_corrupt();
    }
    while (at < k) {
        uint32_t next = kr_vfsfat_next(fs, cl);
        if (next == 0) {
            if (!extend) {
                return 0;
            }
            next = kr_vfsfat_alloc(fs, cl);
            if (next == 0) {
                *full = true;
                return 0;
            }
        }
        cl = next;
        if (++at > fs->n_clusters) {
            kr_vfsfat_corrupt();
        }
    }
    ff->cl = cl;
    ff->cl_k = k;
    return cl;
}

static void ff_update_entry(fat_file_t *ff) {
    if (!ff->dirty) {
        return;
    }
    kr_fat_t *fs = ff->fs;
    uint8_t *e = kr_vfsfat_dir_entry(fs, ff->dcl, ff->idx, false);
    if (e == NULL) {
        kr_vfsfat_corrupt();
    }
    uint16_t date, time;
    kr_vfsfat_now(&date, &time);
    kr_vfsfat_entry_set_cluster(fs, e, ff->first);
    kr_fat_wr32(e + 28, ff->size);
    kr_fat_wr16(e + 22, time);
    kr_fat_wr16(e + 24, date);
    kr_fat_wr16(e + 18, date);
    e[11] |= KR_FAT_ATTR_ARCH;
    kr_vfsfat_dirty(fs);
    ff->dirty = false;
}

static long fat_file_read(kr_file_t *f, uint8_t *buf, size_t n) {
    fat_file_t *ff = ff_get(f);
    kr_fat_t *fs = ff->fs;
    if (!ff_current(ff)) {
        return -ESTALE;
    }
    uint32_t csize = fs->spc * fs->ssize;
    size_t done = 0;
    while (done < n && ff->pos < ff->size) {
        bool full = false;
        uint32_t cl = ff_cluster(ff, ff->pos / csize, false, &full);
        if (cl == 0) {
            return -EIO;   /* the chain is shorter than the size says */
        }
        uint32_t in = ff->pos % csize;
        uint32_t off = in % fs->ssize;
        size_t chunk = fs->ssize - off;
        if (chunk > n - done) {
            chunk = n - done;
        }
        if (chunk > ff->size - ff->pos) {
            chunk = ff->size - ff->pos;
        }
        const uint8_t *s = kr_vfsfat_sector(fs, kr_vfsfat_cluster_sector(fs, cl) + in / fs->ssize);
        memcpy(buf + done, s + off, chunk);
        done += chunk;
        ff->pos += (uint32_t)chunk;
    }
    return (long)done;
}

/* Write n bytes at pos (data NULL = zeros); returns bytes written (short when full). */
static size_t ff_write(fat_file_t *ff, const uint8_t *data, size_t n) {
    kr_fat_t *fs = ff->fs;
    uint32_t csize = fs->spc * fs->ssize;
    size_t done = 0;
    while (done < n) {
        if (ff->pos == 0xffffffffu) {
            break;
        }
        bool full = false;
        uint32_t cl = ff_cluster(ff, ff->pos / csize, true, &full);
        if (cl == 0) {
            break;
        }
        uint32_t in = ff->pos % csize;
        uint32_t off = in % fs->ssize;
        size_t chunk = fs->ssize - off;
        if (chunk > n - done) {
            chunk = n - done;
        }
        if (chunk > 0xffffffffu - ff->pos) {
            chunk = 0xffffffffu - ff->pos;
        }
        uint32_t sector = kr_vfsfat_cluster_sector(fs, cl) + in / fs->ssize;
        /* a whole sector past the old end need not be read first */
        uint8_t *s = (off == 0 && chunk == fs->ssize) || (off == 0 && ff->pos >= ff->size)
                     ? kr_vfsfat_sector_new(fs, sector) : kr_vfsfat_sector(fs, sector);
        if (data != NULL) {
            memcpy(s + off, data + done, chunk);
        } else {
            memset(s + off, 0, chunk);
        }
        kr_vfsfat_dirty(fs);
        done += chunk;
        ff->pos += (uint32_t)chunk;
        if (ff->pos > ff->size) {
            ff->size = ff->pos;
        }
        ff->dirty = true;
    }
    return done;
}

static long fat_file_write(kr_file_t *f, const uint8_t *buf, size_t n) {
    fat_file_t *ff = ff_get(f);
    kr_fat_t *fs = ff->fs;
    if (fs->readonly) {
        return -EROFS;
    }
    if (!ff_current(ff)) {
        return -ESTALE;
    }
    long result;
    if (ff->pos > ff->size) {
        /* a seek past the end: the gap reads as zeros */
        uint32_t target = ff->pos;
        ff->pos = ff->size;
        size_t gap = target - ff->size;
        if (ff_write(ff, NULL, gap) < gap) {
            ff_update_entry(ff);
            kr_vfsfat_flush(fs);
            return -ENOSPC;
        }
    }
    size_t done = ff_write(ff, buf, n);
    result = done == 0 && n > 0 ? -ENOSPC : (long)done;
    ff_update_entry(ff);
    kr_vfsfat_flush(fs);
    return result;
}

static int64_t fat_file_seek(kr_file_t *f, int64_t off, int whence) {
    fat_file_t *ff = ff_get(f);
    int64_t base = whence == 0 ? 0 : whence == 1 ? (int64_t)ff->pos : (int64_t)ff->size;
    int64_t p = base + off;
    if (p < 0) {
        return -EINVAL;
    }
    if (p > 0xffffffffLL) {
        return -EFBIG;
    }
    ff->pos = (uint32_t)p;
    return p;
}

static int fat_file_flush(kr_file_t *f) {
    fat_file_t *ff = ff_get(f);
    if (ff->dirty && !ff_current(ff)) {
        return -ESTALE;
    }
    ff_update_entry(ff);
    kr_vfsfat_flush(ff->fs);
    return 0;
}

static int fat_file_close(kr_file_t *f) {
    fat_file_t *ff = f->ctx;
    if (ff->fs->mounted) {
        fat_file_flush(f);
    }
    return 0;
}

static const kr_file_ops_t fat_file_ops = {
    fat_file_read, fat_file_write, fat_file_seek, fat_file_flush, fat_file_close,
};

kr_obj_t kr_vfsfat_open(kr_fat_t *fs, kr_obj_t path, kr_obj_t mode) {
    unsigned flags = kr_fileobj_parse_mode(mode);
    if (flags & KR_FILE_WRITE) {
        kr_vfsfat_check_writable(fs);
    }
    uint32_t dcl;
    const char *leaf;
    size_t leaf_len;
    kr_fat_dirent_t *ent = kr_gc_alloc(sizeof(kr_fat_dirent_t), KR_GC_FLAG_ATOMIC);
    bool found = kr_vfsfat_resolve(fs, path, &dcl, &leaf, &leaf_len, ent);
    if (leaf_len == 0) {
        kr_vfs_raise(EISDIR);
    }
    if (found) {
        if (ent->raw[11] & KR_FAT_ATTR_DIR) {
            kr_vfs_raise(EISDIR);
        }
        if (flags & KR_FILE_EXCL) {
            kr_vfs_raise(EEXIST);
        }
        if ((flags & KR_FILE_WRITE) && (ent->raw[11] & KR_FAT_ATTR_RO)) {
            kr_vfs_raise(EACCES);
        }
    } else {
        if (!(flags & KR_FILE_CREATE)) {
            kr_vfs_raise(ENOENT);
        }
        kr_vfsfat_dir_add(fs, dcl, leaf, leaf_len, KR_FAT_ATTR_ARCH, 0, 0, ent);
        kr_vfsfat_flush(fs);
    }
    fat_file_t *ff = kr_gc_alloc(sizeof(fat_file_t), 0);
    ff->fs = fs;
    ff->dcl = ent->dcl;
    ff->idx = ent->idx;
    ff->first = kr_vfsfat_entry_cluster(fs, ent->raw);
    ff->size = kr_fat_rd32(ent->raw + 28);
    memcpy(ff->sfn, ent->raw, 11);
    kr_gc_free(ent);
    if (ff->first != 0 && !kr_vfsfat_valid(fs, ff->first)) {
        kr_vfsfat_corrupt();
    }
    if (ff->first == 0 && ff->size != 0) {
        kr_vfsfat_corrupt();
    }
    if ((flags & KR_FILE_TRUNC) && (ff->first != 0 || ff->size != 0)) {
        kr_vfsfat_free_chain(fs, ff->first);
        ff->first = 0;
        ff->size = 0;
        ff->dirty = true;
        ff_update_entry(ff);
        kr_vfsfat_flush(fs);
    }
    kr_file_t *f = kr_fileobj_new(&fat_file_ops, path, mode, flags);
    f->ctx = ff;
    return KR_OBJ_FROM_PTR(f);
}

#endif /* KR_MODULE_VFS */
