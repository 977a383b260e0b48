/* vfsposix.c: vfs.VfsPosix, a host directory as a filesystem (unix port), and its files. */
#include "obj.h"

#if KR_MODULE_VFS && KR_VFS_POSIX

#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <dirent.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <stdio.h>
#include "runtime.h"
#include "gc.h"
#include "objstr.h"
#include "vfs.h"

typedef struct _vfsposix_t {
    kr_obj_base_t base;
    kr_obj_t root;        /* host directory (str, no trailing '/'), or KR_OBJ_NULL = the host itself */
    kr_obj_t cwd;         /* with a root: the cwd inside it ("/..."), a str */
    bool readonly;
} vfsposix_t;

/* ---------------------------------------------------------------- paths */

/* The host path for a path given to this filesystem (NUL-terminated, GC heap). */
static const char *vfsposix_host_path(vfsposix_t *self, kr_obj_t path) {
    size_t len;
    const char *p = kr_obj_str_get_data(path, &len);
    if (memchr(p, 0, len) != NULL) {
        kr_raise_msg(&kr_type_ValueError, "embedded null byte");
    }
    kr_vstr_t v;
    if (self->root == KR_OBJ_NULL) {
        kr_vstr_init(&v, len + 1);
        kr_vstr_add_strn(&v, len ? p : ".", len ? len : 1);
        return kr_vstr_null_terminated(&v);
    }
    size_t rlen, clen;
    const char *r = kr_obj_str_get_data(self->root, &rlen);
    const char *c = kr_obj_str_get_data(self->cwd, &clen);
    kr_vstr_init(&v, rlen + clen + len + 2);
    kr_vstr_add_strn(&v, r, rlen);
    size_t base = v.len;
    kr_vfs_normalise(&v, c, clen, p, len);
    if (v.len == base + 1 && rlen > 0) {
        v.len = base;   /* the root itself */
        if (v.len == 0) {
            kr_vstr_add_byte(&v, '/');
        }
    }
    return kr_vstr_null_terminated(&v);
}

static vfsposix_t *vfsposix_get(kr_obj_t self) {
    return KR_OBJ_TO_PTR(self);
}

static void vfsposix_check_writable(vfsposix_t *self) {
    if (self->readonly) {
        kr_vfs_raise(EROFS);
    }
}

bool kr_vfs_is_host_passthrough(kr_obj_t fs) {
    return kr_obj_is_type(fs, &kr_type_vfsposix) && vfsposix_get(fs)->root == KR_OBJ_NULL;
}

bool kr_vfsposix_host_stat(const char *path, int *kind) {
    struct stat st;
    if (stat(path, &st) != 0) {
        *kind = 0;
        return false;
    }
    *kind = S_ISDIR(st.st_mode) ? 2 : S_ISREG(st.st_mode) ? 1 : 0;
    return true;
}

/* ---------------------------------------------------------------- files */

static long posix_read(kr_file_t *f, uint8_t *buf, size_t n) {
    for (;;) {
        ssize_t r = read(f->fd, buf, n);
        if (r >= 0) {
            return (long)r;
        }
        if (errno != EINTR) {
            return -errno;
        }
        kr_handle_pending();
    }
}

static long posix_write(kr_file_t *f, const uint8_t *buf, size_t n) {
    for (;;) {
        ssize_t r = write(f->fd, buf, n);
        if (r >= 0) {
            return (long)r;
        }
        if (errno != EINTR) {
            return -errno;
        }
        kr_handle_pending();
    }
}

static int64_t posix_seek(kr_file_t *f, int64_t off, int whence) {
    off_t r = lseek(f->fd, (off_t)off, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
    return r < 0 ? -errno : (int64_t)r;
}

static int posix_flush(kr_file_t *f) {
    return 0;
}

static int posix_close(kr_file_t *f) {
    int fd = f->fd;
    f->fd = -1;
    return fd >= 0 && close(fd) != 0 ? -errno : 0;
}

static const kr_file_ops_t posix_file_ops = {
    posix_read, posix_write, posix_seek, posix_flush, posix_close,
};

static kr_obj_t vfsposix_file_new(int fd, kr_obj_t name, kr_obj_t mode, unsigned flags) {
    kr_file_t *f = kr_fileobj_new(&posix_file_ops, name, mode, flags);
    f->fd = fd;
    return KR_OBJ_FROM_PTR(f);
}

kr_obj_t kr_vfsposix_open_fd(kr_obj_t fd, kr_obj_t mode) {
    unsigned flags = kr_fileobj_parse_mode(mode);
    kr_int_t n = kr_obj_get_int(fd);
    if (n < 0 || fcntl((int)n, F_GETFD) < 0) {
        kr_vfs_raise(EBADF);
    }
    return vfsposix_file_new((int)n, fd, mode, flags);
}

static kr_obj_t vfsposix_open(kr_obj_t self_in, kr_obj_t path, kr_obj_t mode) {
    vfsposix_t *self = vfsposix_get(self_in);
    unsigned flags = kr_fileobj_parse_mode(mode);
    int oflags = (flags & KR_FILE_READ) && (flags & KR_FILE_WRITE) ? O_RDWR
                 : (flags & KR_FILE_WRITE) ? O_WRONLY : O_RDONLY;
    if (flags & KR_FILE_CREATE) {
        oflags |= O_CREAT;
    }
    if (flags & KR_FILE_TRUNC) {
        oflags |= O_TRUNC;
    }
    if (flags & KR_FILE_EXCL) {
        oflags |= O_EXCL;
    }
    if (flags & KR_FILE_APPEND) {
        oflags |= O_APPEND;
    }
    if (flags & KR_FILE_WRITE) {
        vfsposix_check_writable(self);
    }
    const char *host = vfsposix_host_path(self, path);
    int fd = open(host, oflags | O_CLOEXEC, 0666);
    if (fd < 0) {
        kr_vfs_raise(errno);
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        kr_vfs_raise(EISDIR);
    }
    return vfsposix_file_new(fd, path, mode, flags & ~(KR_FILE_APPEND));
}
static KR_DEFINE_FUN_3(vfsposix_open_obj, vfsposix_open);

/* ---------------------------------------------------------------- filesystem methods */

static kr_obj_t vfsposix_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_arg_check_num(n_args, n_kw, 0, 1, false);
    vfsposix_t *self = kr_gc_alloc(sizeof(vfsposix_t), 0);
    self->base.type = type;
    self->cwd = KR_NEW_QSTR(KR_QSTR_CHAR('/'));
    if (n_args == 1 && args[0] != KR_OBJ_NONE) {
        size_t len;
        const char *r = kr_obj_str_get_data(args[0], &len);
        while (len > 1 && r[len - 1] == '/') {
            len--;
        }
        if (len == 1 && r[0] == '/') {
            len = 0;
        }
        self->root = kr_obj_new_str(r, len);
    }
    return KR_OBJ_FROM_PTR(self);
}

static kr_obj_t vfsposix_mount(kr_obj_t self_in, kr_obj_t readonly, kr_obj_t mkfs) {
    vfsposix_t *self = vfsposix_get(self_in);
    self->readonly = kr_obj_is_true(readonly);
    if (self->root != KR_OBJ_NULL) {
        const char *host = vfsposix_host_path(self, KR_NEW_QSTR(KR_QSTR_CHAR('/')));
        int kind;
        if (!kr_vfsposix_host_stat(host, &kind) || kind != 2) {
            kr_vfs_raise(ENOENT);
        }
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_3(vfsposix_mount_obj, vfsposix_mount);

static kr_obj_t vfsposix_umount(kr_obj_t self_in) {
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(vfsposix_umount_obj, vfsposix_umount);

static kr_obj_t vfsposix_ilistdir(size_t n_args, const kr_obj_t *args) {
    vfsposix_t *self = vfsposix_get(args[0]);
    kr_obj_t path = n_args > 1 ? args[1] : KR_ROM_QSTR(empty);
    bool as_bytes = kr_obj_is_instance(path, &kr_type_bytes);
    const char *host = vfsposix_host_path(self, path);
    DIR *d = opendir(host);
    if (d == NULL) {
        kr_vfs_raise(errno);
    }
    kr_obj_t list = kr_obj_new_list(0, NULL);
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            const char *n = e->d_name;
            if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) {
                continue;
            }
            kr_int_t type = 0;
            if (e->d_type == DT_DIR) {
                type = 0x4000;
            } else if (e->d_type == DT_REG) {
                type = 0x8000;
            } else {
                struct stat st;
                if (fstatat(dirfd(d), n, &st, 0) == 0) {
                    type = S_ISDIR(st.st_mode) ? 0x4000 : S_ISREG(st.st_mode) ? 0x8000 : 0;
                }
            }
            size_t nlen = strlen(n);
            kr_obj_t t[3] = {
                as_bytes ? kr_obj_new_bytes((const uint8_t *)n, nlen) : kr_obj_str_decode((const uint8_t *)n, nlen, KR_OBJ_NULL, KR_OBJ_NULL),
                KR_NEW_SMALL_INT(type),
                kr_obj_new_int_from_ull((unsigned long long)e->d_ino),
            };
            kr_obj_list_append(list, kr_obj_new_tuple(3, t));
        }
        kr_nlr_pop();
        closedir(d);
    } else {
        closedir(d);
        kr_raise((kr_obj_t)nlr.ret_val);
    }
    return kr_getiter(list);
}
static KR_DEFINE_FUN_VAR(vfsposix_ilistdir_obj, 1, 2, vfsposix_ilistdir);

static kr_obj_t vfsposix_stat(kr_obj_t self_in, kr_obj_t path) {
    const char *host = vfsposix_host_path(vfsposix_get(self_in), path);
    struct stat st;
    if (stat(host, &st) != 0) {
        kr_vfs_raise(errno);
    }
    kr_obj_t t[10] = {
        kr_obj_new_int_from_uint(st.st_mode),
        kr_obj_new_int_from_ull((unsigned long long)st.st_ino),
        kr_obj_new_int_from_ull((unsigned long long)st.st_dev),
        kr_obj_new_int_from_uint(st.st_nlink),
        kr_obj_new_int_from_uint(st.st_uid),
        kr_obj_new_int_from_uint(st.st_gid),
        kr_obj_new_int_from_ll((long long)st.st_size),
        kr_obj_new_int_from_ll((long long)st.st_atime),
        kr_obj_new_int_from_ll((long long)st.st_mtime),
        kr_obj_new_int_from_ll((long long)st.st_ctime),
    };
    return kr_obj_new_tuple(10, t);
}
static KR_DEFINE_FUN_2(vfsposix_stat_obj, vfsposix_stat);

static kr_obj_t vfsposix_statvfs(kr_obj_t self_in, kr_obj_t path) {
    const char *host = vfsposix_host_path(vfsposix_get(self_in), path);
    struct statvfs sv;
    if (statvfs(host, &sv) != 0) {
        kr_vfs_raise(errno);
    }
    kr_obj_t t[10] = {
        kr_obj_new_int_from_ull(sv.f_bsize), kr_obj_new_int_from_ull(sv.f_frsize),
        kr_obj_new_int_from_ull(sv.f_blocks), kr_obj_new_int_from_ull(sv.f_bfree),
        kr_obj_new_int_from_ull(sv.f_bavail), kr_obj_new_int_from_ull(sv.f_files),
        kr_obj_new_int_from_ull(sv.f_ffree), kr_obj_new_int_from_ull(sv.f_favail),
        kr_obj_new_int_from_ull(sv.f_flag), kr_obj_new_int_from_ull(sv.f_namemax),
    };
    return kr_obj_new_tuple(10, t);
}
static KR_DEFINE_FUN_2(vfsposix_statvfs_obj, vfsposix_statvfs);

static kr_obj_t vfsposix_mkdir(kr_obj_t self_in, kr_obj_t path) {
    vfsposix_t *self = vfsposix_get(self_in);
    vfsposix_check_writable(self);
    if (mkdir(vfsposix_host_path(self, path), 0777) != 0) {
        kr_vfs_raise(errno);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(vfsposix_mkdir_obj, vfsposix_mkdir);

static kr_obj_t vfsposix_rmdir(kr_obj_t self_in, kr_obj_t path) {
    vfsposix_t *self = vfsposix_get(self_in);
    vfsposix_check_writable(self);
    if (rmdir(vfsposix_host_path(self, path)) != 0) {
        kr_vfs_raise(errno);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(vfsposix_rmdir_obj, vfsposix_rmdir);

static kr_obj_t vfsposix_remove(kr_obj_t self_in, kr_obj_t path) {
    vfsposix_t *self = vfsposix_get(self_in);
    vfsposix_check_writable(self);
    if (unlink(vfsposix_host_path(self, path)) != 0) {
        kr_vfs_raise(errno);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(vfsposix_remove_obj, vfsposix_remove);

static kr_obj_t vfsposix_rename(kr_obj_t self_in, kr_obj_t old, kr_obj_t new_) {
    vfsposix_t *self = vfsposix_get(self_in);
    vfsposix_check_writable(self);
    if (rename(vfsposix_host_path(self, old), vfsposix_host_path(self, new_)) != 0) {
        kr_vfs_raise(errno);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_3(vfsposix_rename_obj, vfsposix_rename);

static kr_obj_t vfsposix_chdir(kr_obj_t self_in, kr_obj_t path) {
    vfsposix_t *self = vfsposix_get(self_in);
    const char *host = vfsposix_host_path(self, path);
    if (self->root == KR_OBJ_NULL) {
        if (chdir(host) != 0) {
            kr_vfs_raise(errno);
        }
        return KR_OBJ_NONE;
    }
    struct stat st;
    if (stat(host, &st) != 0) {
        kr_vfs_raise(errno);
    }
    if (!S_ISDIR(st.st_mode)) {
        kr_vfs_raise(ENOTDIR);
    }
    size_t len, clen;
    const char *p = kr_obj_str_get_data(path, &len);
    const char *c = kr_obj_str_get_data(self->cwd, &clen);
    kr_vstr_t v;
    kr_vstr_init(&v, clen + len + 2);
    kr_vfs_normalise(&v, c, clen, p, len);
    self->cwd = kr_obj_new_str_from_vstr(&v);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(vfsposix_chdir_obj, vfsposix_chdir);

static kr_obj_t vfsposix_getcwd(kr_obj_t self_in) {
    vfsposix_t *self = vfsposix_get(self_in);
    if (self->root != KR_OBJ_NULL) {
        return self->cwd;
    }
    char buf[4096];
    if (getcwd(buf, sizeof(buf)) == NULL) {
        kr_vfs_raise(errno);
    }
    return kr_obj_str_decode((const uint8_t *)buf, strlen(buf), KR_OBJ_NULL, KR_OBJ_NULL);
}
static KR_DEFINE_FUN_1(vfsposix_getcwd_obj, vfsposix_getcwd);

static const kr_map_elem_t vfsposix_locals_table[] = {
    { KR_ROM_QSTR(mount), KR_ROM_PTR(&vfsposix_mount_obj) },
    { KR_ROM_QSTR(umount), KR_ROM_PTR(&vfsposix_umount_obj) },
    { KR_ROM_QSTR(open), KR_ROM_PTR(&vfsposix_open_obj) },
    { KR_ROM_QSTR(ilistdir), KR_ROM_PTR(&vfsposix_ilistdir_obj) },
    { KR_ROM_QSTR(stat), KR_ROM_PTR(&vfsposix_stat_obj) },
    { KR_ROM_QSTR(statvfs), KR_ROM_PTR(&vfsposix_statvfs_obj) },
    { KR_ROM_QSTR(mkdir), KR_ROM_PTR(&vfsposix_mkdir_obj) },
    { KR_ROM_QSTR(rmdir), KR_ROM_PTR(&vfsposix_rmdir_obj) },
    { KR_ROM_QSTR(remove), KR_ROM_PTR(&vfsposix_remove_obj) },
    { KR_ROM_QSTR(rename), KR_ROM_PTR(&vfsposix_rename_obj) },
    { KR_ROM_QSTR(chdir), KR_ROM_PTR(&vfsposix_chdir_obj) },
    { KR_ROM_QSTR(getcwd), KR_ROM_PTR(&vfsposix_getcwd_obj) },
};
static KR_DEFINE_CONST_DICT(vfsposix_locals_dict, vfsposix_locals_table);

const kr_type_t kr_type_vfsposix = {
    .base = {&kr_type_type},
    .name = KR_QSTR_VfsPosix,
    .make_new = vfsposix_make_new,
    .locals_dict = &vfsposix_locals_dict,
};

#endif /* KR_MODULE_VFS && KR_VFS_POSIX */
