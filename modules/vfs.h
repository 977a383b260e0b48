/* vfs.h: the virtual filesystem layer (mount table, path lookup), file objects and the
 * filesystem types (VfsPosix, VfsFat), block devices; shared by modules/vfs*.c, fileobj.c
 * and modos.c. */
#ifndef KRAIT_VFS_H
#define KRAIT_VFS_H

#include <stdint.h>
#include <stdbool.h>
#include "obj.h"
#include "state.h"

/* The kr_state.extra_roots slot holding the VFS state (mount table). */
#define KR_VFS_ROOT_SLOT KR_ROOT_VFS

/* ---------------------------------------------------------------- errors */

/* OSError(err) with CPython's subclass and message (no filename). */
_Noreturn void kr_vfs_raise(int err);
/* Same, with the filename (CPython's "[Errno 2] No such file or directory: 'x'"). */
_Noreturn void kr_vfs_raise_path(int err, kr_obj_t path);

/* ---------------------------------------------------------------- file objects (fileobj.c) */

typedef struct _kr_file_t kr_file_t;

/* A file's backend. Every function returns >= 0 on success or a negative errno. */
typedef struct _kr_file_ops_t {
    long (*read)(kr_file_t *f, uint8_t *buf, size_t n);          /* bytes read, 0 = EOF */
    long (*write)(kr_file_t *f, const uint8_t *buf, size_t n);   /* bytes written */
    int64_t (*seek)(kr_file_t *f, int64_t off, int whence);      /* new position */
    int (*flush)(kr_file_t *f);
    int (*close)(kr_file_t *f);
} kr_file_ops_t;

#define KR_FILE_READ   (0x01)
#define KR_FILE_WRITE  (0x02)
#define KR_FILE_APPEND (0x04)
#define KR_FILE_CREATE (0x08)   /* create if missing */
#define KR_FILE_TRUNC  (0x10)   /* truncate on open */
#define KR_FILE_EXCL   (0x20)   /* fail if it exists ('x') */
#define KR_FILE_TEXT   (0x40)
#define KR_FILE_CLOSED (0x80)
#define KR_FILE_NLTRANS (0x100) /* text read with universal newlines (open(newline=None)) */
#define KR_FILE_NL_CR  (0x200)  /* text written with "\n" as "\r" (newline='\r') */
#define KR_FILE_NL_CRLF (0x400) /* text written with "\n" as "\r\n" (newline='\r\n') */

struct _kr_file_t {
    kr_obj_base_t base;          /* &kr_type_fileio (binary) or &kr_type_textio (text) */
    const kr_file_ops_t *ops;
    kr_obj_t name;
    kr_obj_t mode;
    unsigned flags;              /* KR_FILE_* */
    int fd;                      /* host descriptor (VfsPosix), -1 otherwise */
    void *ctx;                   /* backend state (VfsFat), GC heap */
};

extern const kr_type_t kr_type_fileio, kr_type_textio, kr_type_UnsupportedOperation;

/* Parse an open() mode string into KR_FILE_* flags; raises ValueError as CPython. */
unsigned kr_fileobj_parse_mode(kr_obj_t mode);
/* A new open file object (text when flags has KR_FILE_TEXT). */
kr_file_t *kr_fileobj_new(const kr_file_ops_t *ops, kr_obj_t name, kr_obj_t mode, unsigned flags);
/* The builtin open(file, mode='r', buffering=-1, encoding=None, ...) (also io.open). */
kr_obj_t kr_fileobj_open(size_t n_args, const kr_obj_t *args, kr_map_t *kw);
extern const kr_obj_fun_builtin_t kr_fileobj_open_obj;

/* ---------------------------------------------------------------- the mount table (vfs.c) */

typedef struct _kr_vfs_mount_t {
    kr_obj_t obj;                /* the filesystem object */
    kr_obj_t point_obj;          /* mount point as str ("/" or "/name") */
    const char *point;
    size_t len;
    struct _kr_vfs_mount_t *next;
} kr_vfs_mount_t;

/* Append to v the normalised absolute form ("/a/b") of path taken relative to cwd;
 * "." and ".." are resolved, ".." stops at the root. */
void kr_vfs_normalise(kr_vstr_t *v, const char *cwd, size_t cwd_len, const char *path, size_t len);

/* Resolve path: returns the mount and sets *rest to the path inside it (a str), or
 * returns NULL for the bare VFS root ("/" with nothing mounted there). Raises
 * OSError(ENODEV) for a path under no mount. */
kr_vfs_mount_t *kr_vfs_lookup(kr_obj_t path, kr_obj_t *rest);
/* Call method `meth` of the filesystem holding path with (rest, extra...) and add the
 * path to any OSError it raises. */
kr_obj_t kr_vfs_call_path(kr_qstr_t meth, kr_obj_t path, size_t n_extra, const kr_obj_t *extra);
kr_vfs_mount_t *kr_vfs_mounts(void);
kr_vfs_mount_t *kr_vfs_cur(void);
void kr_vfs_set_cur(kr_vfs_mount_t *m);
/* A mount object that uses the host directly (VfsPosix without root): fast host paths. */
bool kr_vfs_is_host_passthrough(kr_obj_t fs);

/* Raise OSError(EROFS) for a path under ".frozen" (frozen modules are never written). */
void kr_vfs_check_frozen_write(kr_obj_t path);
/* For a board: mount a FAT filesystem on the memory region [mem, mem + size) at point
 * (e.g. "/", which also becomes the cwd), formatting it first when it holds no valid
 * filesystem. Returns 0 (mounted), 1 (formatted, then mounted) or -1 (failed). Never
 * raises. Call it after each kr_init (the mount table is part of the interpreter state). */
int kr_vfs_mount_ramdisk(void *mem, size_t size, uint32_t block_size, const char *point);

/* Does path reach the host's files directly (VfsPosix without root, or no VFS state yet)?
 * Never allocates or raises. */
bool kr_vfs_path_is_host(const char *path);
/* Import support for the ports: whole file into a GC buffer (NULL if absent) and
 * 0 absent / 1 file / 2 directory. Never raise. */
char *kr_vfs_import_read_file(const char *path, size_t *len);
int kr_vfs_import_stat(const char *path);

extern const kr_obj_module_t kr_module_vfs, kr_module_os, kr_module_os_path;
extern const kr_obj_fun_builtin_t kr_vfs_mount_obj, kr_vfs_umount_obj;

/* ---------------------------------------------------------------- filesystems */

extern const kr_type_t kr_type_vfsposix, kr_type_vfsfat;
/* Host stat for import: *kind = 0 absent, 1 file, 2 directory. */
bool kr_vfsposix_host_stat(const char *path, int *kind);
/* open(fd, mode) on the host */
kr_obj_t kr_vfsposix_open_fd(kr_obj_t fd, kr_obj_t mode);

/* ---------------------------------------------------------------- block devices (vfsblock.c) */

typedef struct _kr_bdev_t {
    kr_obj_t obj;                /* Python block device, or KR_OBJ_NULL for a C memory region */
    kr_obj_t readblocks[2];      /* bound method pairs (fun, self) for fast calls */
    kr_obj_t writeblocks[2];
    kr_obj_t ioctl[2];
    kr_obj_t scratch;            /* bytearray of one block passed to readblocks/writeblocks */
    uint8_t *mem;                /* C memory region (kr_vfs_ramdisk) */
    uint32_t block_size;
    uint32_t block_count;
} kr_bdev_t;

/* Bind a Python block-device object; raises if the protocol is missing. */
void kr_bdev_init(kr_bdev_t *b, kr_obj_t obj);
/* Block transfers (whole blocks); 0 or -errno. */
int kr_bdev_read(kr_bdev_t *b, uint32_t block, uint8_t *buf, size_t n_blocks);
int kr_bdev_write(kr_bdev_t *b, uint32_t block, const uint8_t *buf, size_t n_blocks);
/* ioctl(op, arg): the result as int (-1 when unsupported / None) */
kr_int_t kr_bdev_ioctl(kr_bdev_t *b, int op, kr_int_t arg);

#define KR_BDEV_IOCTL_INIT        (1)
#define KR_BDEV_IOCTL_DEINIT      (2)
#define KR_BDEV_IOCTL_SYNC        (3)
#define KR_BDEV_IOCTL_BLOCK_COUNT (4)
#define KR_BDEV_IOCTL_BLOCK_SIZE  (5)
#define KR_BDEV_IOCTL_BLOCK_ERASE (6)

/* A block device over a memory region (RAM disk on a board, filled by the host before
 * boot). Returns a Python object usable with vfs.mount / VfsFat (it also has the Python
 * block-device methods). */
kr_obj_t kr_vfs_ramdisk_new(void *mem, size_t size, uint32_t block_size);
extern const kr_type_t kr_type_vfs_ramdisk;

#endif /* KRAIT_VFS_H */
