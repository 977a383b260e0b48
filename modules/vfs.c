/* vfs.c: the virtual filesystem layer: mount table, path lookup, OSError helpers, the
 * import hooks and the vfs module (mount, umount, VfsPosix, VfsFat). */
#include <string.h>
#include <errno.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objexcept.h"
#include "objstr.h"
#include "vfs.h"

#if KR_MODULE_VFS

/* ---------------------------------------------------------------- errors */

_Noreturn void kr_vfs_raise(int err) {
    kr_raise_oserror(err);
}

_Noreturn void kr_vfs_raise_path(int err, kr_obj_t path) {
    const char *msg = strerror(err);
    kr_obj_t args[3] = { KR_NEW_SMALL_INT(err), kr_obj_new_str(msg, strlen(msg)), path };
    kr_raise(kr_obj_new_exception_args(kr_obj_exception_oserror_type(err), 3, args));
}

/* ---------------------------------------------------------------- state */

typedef struct _vfs_state_t {
    kr_vfs_mount_t *mounts;
    kr_vfs_mount_t *cur;       /* mount holding the cwd; NULL = the bare root */
    bool initialised;
} vfs_state_t;

static void vfs_mount_add(kr_obj_t fs, const char *point, size_t len);

static vfs_state_t *vfs_state(void) {
    vfs_state_t *s = KR_OBJ_TO_PTR(kr_state.extra_roots[KR_VFS_ROOT_SLOT]);
    if (s == NULL) {
        s = kr_gc_alloc(sizeof(vfs_state_t), 0);
        kr_state.extra_roots[KR_VFS_ROOT_SLOT] = KR_OBJ_FROM_PTR(s);
#if KR_VFS_POSIX
        /* the host program: the host's directories at "/", relative paths as the host's */
        kr_obj_t arg = KR_OBJ_NONE;
        vfs_mount_add(kr_call(KR_OBJ_FROM_PTR(&kr_type_vfsposix), 0, 0, &arg), "/", 1);
#endif
    }
    return s;
}

kr_vfs_mount_t *kr_vfs_mounts(void) {
    return vfs_state()->mounts;
}

kr_vfs_mount_t *kr_vfs_cur(void) {
    return vfs_state()->cur;
}

void kr_vfs_set_cur(kr_vfs_mount_t *m) {
    vfs_state()->cur = m;
}

static void vfs_mount_add(kr_obj_t fs, const char *point, size_t len) {
    vfs_state_t *s = KR_OBJ_TO_PTR(kr_state.extra_roots[KR_VFS_ROOT_SLOT]);
    kr_vfs_mount_t *m = kr_gc_alloc(sizeof(kr_vfs_mount_t), 0);
    m->obj = fs;
    m->point_obj = kr_obj_new_str(point, len);
    m->point = kr_obj_str_get_data(m->point_obj, &m->len);
    /* keep longer (more specific) mount points first */
    kr_vfs_mount_t **pp = &s->mounts;
    while (*pp != NULL && (*pp)->len >= len) {
        pp = &(*pp)->next;
    }
    m->next = *pp;
    *pp = m;
    if (len == 1 && s->cur == NULL) {
        s->cur = m;
    }
}

/* ---------------------------------------------------------------- path lookup */

void kr_vfs_normalise(kr_vstr_t *v, const char *cwd, size_t cwd_len, const char *p, size_t len) {
    kr_vstr_t tmp;
    kr_vstr_init(&tmp, cwd_len + len + 2);
    if (len == 0 || p[0] != '/') {
        kr_vstr_add_strn(&tmp, cwd, cwd_len);
        kr_vstr_add_byte(&tmp, '/');
    }
    kr_vstr_add_strn(&tmp, p, len);
    size_t base = v->len;
    const char *s = tmp.buf, *end = tmp.buf + tmp.len;
    while (s < end) {
        while (s < end && *s == '/') {
            s++;
        }
        const char *e = s;
        while (e < end && *e != '/') {
            e++;
        }
        size_t n = (size_t)(e - s);
        if (n == 0 || (n == 1 && s[0] == '.')) {
            /* skip */
        } else if (n == 2 && s[0] == '.' && s[1] == '.') {
            while (v->len > base && v->buf[v->len - 1] != '/') {
                v->len--;
            }
            if (v->len > base) {
                v->len--;
            }
        } else {
            kr_vstr_add_byte(v, '/');
            kr_vstr_add_strn(v, s, n);
        }
        s = e;
    }
    if (v->len == base) {
        kr_vstr_add_byte(v, '/');
    }
    kr_vstr_clear(&tmp);
}


static kr_vfs_mount_t *vfs_find_abs(const char *p, size_t len, const char **rest) {
    for (kr_vfs_mount_t *m = vfs_state()->mounts; m != NULL; m = m->next) {
        if (m->len == 1) {
            *rest = p;
            return m;
        }
        if (len >= m->len && memcmp(p, m->point, m->len) == 0 && (len == m->len || p[m->len] == '/')) {
            *rest = p + m->len;
            return m;
        }
    }
    return NULL;
}

kr_vfs_mount_t *kr_vfs_lookup(kr_obj_t path, kr_obj_t *rest) {
    size_t len;
    const char *p = kr_obj_str_get_data(path, &len);
    vfs_state_t *s = vfs_state();
    if (len == 0) {
        kr_vfs_raise_path(ENOENT, path);
    }
    if (p[0] != '/') {
        if (s->cur != NULL) {
            *rest = path;
            return s->cur;
        }
        /* cwd is the bare root: make it absolute */
        kr_vstr_t v;
        kr_vstr_init(&v, len + 2);
        kr_vstr_add_byte(&v, '/');
        kr_vstr_add_strn(&v, p, len);
        path = kr_obj_new_str_from_vstr(&v);
        p = kr_obj_str_get_data(path, &len);
    }
    const char *r;
    kr_vfs_mount_t *m = vfs_find_abs(p, len, &r);
    if (m == NULL) {
        size_t i = 0;
        while (i < len && p[i] == '/') {
            i++;
        }
        if (i == len) {
            return NULL;   /* the bare root */
        }
        kr_vfs_raise_path(ENODEV, path);
    }
    if (m->len == 1) {
        *rest = path;
    } else if (*r == 0) {
        *rest = KR_NEW_QSTR(KR_QSTR_CHAR('/'));
    } else {
        *rest = kr_obj_new_str(r, len - (size_t)(r - p));
    }
    return m;
}

/* Is exc an OSError made by kr_vfs_raise (errno, strerror, no filename)? */
static bool vfs_exc_needs_path(kr_obj_t exc) {
    if (!kr_obj_is_instance(exc, &kr_type_OSError)) {
        return false;
    }
    kr_obj_tuple_t *a = kr_obj_exception_get_args(exc);
    if (a->len == 1 && KR_IS_SMALL_INT(a->items[0])) {
        return true;   /* OSError(errno) raised by a Python filesystem */
    }
    if (a->len != 2 || !KR_IS_SMALL_INT(a->items[0])) {
        return false;
    }
    kr_obj_t fn = kr_load_attr_maybe(exc, KR_QSTR_filename);
    return fn == KR_OBJ_NULL || fn == KR_OBJ_NONE;
}

/* Paths under ".frozen" name the frozen modules, which nothing may write. */
void kr_vfs_check_frozen_write(kr_obj_t path) {
    size_t len;
    const char *p = kr_obj_str_get_data(path, &len);
    while (len > 0 && p[0] == '/') {
        p++;
        len--;
    }
    if (len >= 7 && memcmp(p, ".frozen", 7) == 0 && (len == 7 || p[7] == '/')) {
        kr_vfs_raise_path(EROFS, path);
    }
}

static bool vfs_meth_writes(kr_qstr_t meth, size_t n_extra, const kr_obj_t *extra) {
    if (meth == KR_QSTR_mkdir || meth == KR_QSTR_remove || meth == KR_QSTR_rmdir || meth == KR_QSTR_rename) {
        return true;
    }
    if (meth == KR_QSTR_open && n_extra > 0 && kr_obj_is_str(extra[0])) {
        return (kr_fileobj_parse_mode(extra[0]) & KR_FILE_WRITE) != 0;
    }
    return false;
}

kr_obj_t kr_vfs_call_path(kr_qstr_t meth, kr_obj_t path, size_t n_extra, const kr_obj_t *extra) {
    if (vfs_meth_writes(meth, n_extra, extra)) {
        kr_vfs_check_frozen_write(path);
    }
    kr_obj_t rest;
    kr_vfs_mount_t *m = kr_vfs_lookup(path, &rest);
    if (m == NULL) {
        kr_vfs_raise_path(EPERM, path);
    }
    kr_obj_t args[4];
    args[0] = rest;
    for (size_t i = 0; i < n_extra && i < 3; i++) {
        args[1 + i] = extra[i];
    }
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_obj_t r = kr_call_method(m->obj, meth, 1 + n_extra, args);
        kr_nlr_pop();
        return r;
    }
    kr_obj_t exc = (kr_obj_t)nlr.ret_val;
    if (vfs_exc_needs_path(exc)) {
        kr_vfs_raise_path((int)KR_SMALL_INT_VALUE(kr_obj_exception_get_args(exc)->items[0]), path);
    }
    kr_raise(exc);
}

#if !KR_VFS_POSIX
bool kr_vfs_is_host_passthrough(kr_obj_t fs) {
    return false;
}

bool kr_vfsposix_host_stat(const char *path, int *kind) {
    *kind = 0;
    return false;
}
#endif

/* ---------------------------------------------------------------- import hooks */

bool kr_vfs_path_is_host(const char *path) {
    vfs_state_t *s = KR_OBJ_TO_PTR(kr_state.extra_roots[KR_VFS_ROOT_SLOT]);
    if (s == NULL) {
        return KR_VFS_POSIX;
    }
    kr_vfs_mount_t *m = s->cur;
    if (path[0] == '/') {
        const char *r;
        m = vfs_find_abs(path, strlen(path), &r);
    }
    return m != NULL && kr_vfs_is_host_passthrough(m->obj);
}

static kr_vfs_mount_t *vfs_import_lookup(const char *path, kr_obj_t *rest) {
    vfs_state_t *s = vfs_state();
    size_t len = strlen(path);
    if (path[0] != '/' && s->cur != NULL) {
        *rest = KR_OBJ_NULL;
        return s->cur;
    }
    const char *r;
    kr_vfs_mount_t *m = path[0] == '/' ? vfs_find_abs(path, len, &r) : NULL;
    if (m == NULL) {
        return NULL;
    }
    *rest = m->len == 1 ? KR_OBJ_NULL : kr_obj_new_str(*r ? r : "/", *r ? strlen(r) : 1);
    return m;
}

int kr_vfs_import_stat(const char *path) {
    volatile int result = 0;
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_obj_t rest;
        kr_vfs_mount_t *m = vfs_import_lookup(path[0] ? path : ".", &rest);
        if (m != NULL) {
            if (kr_vfs_is_host_passthrough(m->obj)) {
                int kind = 0;
                kr_vfsposix_host_stat(path[0] ? path : ".", &kind);
                result = kind;
            } else {
                if (rest == KR_OBJ_NULL) {
                    rest = kr_obj_new_str(path[0] ? path : ".", strlen(path[0] ? path : "."));
                }
                kr_obj_t st = kr_call_method(m->obj, KR_QSTR_stat, 1, &rest);
                size_t n;
                kr_obj_t *items;
                kr_obj_get_array(st, &n, &items);
                if (n > 0) {
                    kr_int_t mode = kr_obj_get_int(items[0]);
                    result = (mode & 0xf000) == 0x4000 ? 2 : (mode & 0xf000) == 0x8000 ? 1 : 0;
                }
            }
        }
        kr_nlr_pop();
    }
    return result;
}

char *kr_vfs_import_read_file(const char *path, size_t *len) {
    char *volatile result = NULL;
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_obj_t args[2] = { kr_obj_new_str(path, strlen(path)), KR_NEW_QSTR(KR_QSTR_rb) };
        kr_obj_t f = kr_call(KR_OBJ_FROM_PTR(&kr_fileobj_open_obj), 2, 0, args);
        kr_vstr_t v;
        kr_vstr_init(&v, 256);
        for (;;) {
            kr_obj_t n = KR_NEW_SMALL_INT(4096);
            kr_obj_t chunk = kr_call_method(f, KR_QSTR_read, 1, &n);
            size_t clen;
            const char *d = kr_obj_str_get_data(chunk, &clen);
            if (clen == 0) {
                break;
            }
            kr_vstr_add_strn(&v, d, clen);
        }
        kr_call_method(f, KR_QSTR_close, 0, NULL);
        *len = v.len;
        kr_vstr_null_terminated(&v);
        result = v.buf;
        kr_nlr_pop();
    }
    return result;
}

/* ---------------------------------------------------------------- vfs.mount / vfs.umount */

static void vfs_check_point(kr_obj_t point, const char **p, size_t *len) {
    *p = kr_obj_str_get_data(point, len);
    if (*len == 0 || (*p)[0] != '/') {
        kr_vfs_raise(EINVAL);
    }
    while (*len > 1 && (*p)[*len - 1] == '/') {
        (*len)--;
    }
}

static kr_obj_t vfs_mount(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_readonly, KR_ARG_BOOL | KR_ARG_KW_ONLY, {.u_bool = false} },
        { KR_QSTR_mkfs, KR_ARG_BOOL | KR_ARG_KW_ONLY, {.u_bool = false} },
    };
    if (n_args == 0) {
        /* vfs.mount(): list of (fsobj, mount_point) */
        kr_obj_t list = kr_obj_new_list(0, NULL);
        for (kr_vfs_mount_t *m = kr_vfs_mounts(); m != NULL; m = m->next) {
            kr_obj_t t[2] = { m->obj, m->point_obj };
            kr_obj_list_append(list, kr_obj_new_tuple(2, t));
        }
        return list;
    }
    if (n_args != 2) {
        kr_raise_msg(&kr_type_TypeError, "mount() takes 2 positional arguments");
    }
    kr_arg_val_t v[2];
    kr_arg_parse_all(0, NULL, kw, 2, allowed, v);
    const char *p;
    size_t len;
    vfs_check_point(args[1], &p, &len);
    kr_obj_t fs = args[0];
    kr_obj_t dest[2];
    kr_load_method_maybe(fs, KR_QSTR_mount, dest);
    if (dest[0] == KR_OBJ_NULL) {
        /* a block device: FAT is the only format Krait knows */
        fs = kr_call(KR_OBJ_FROM_PTR(&kr_type_vfsfat), 1, 0, &fs);
    }
    for (kr_vfs_mount_t *m = kr_vfs_mounts(); m != NULL; m = m->next) {
        if (m->len == len && memcmp(m->point, p, len) == 0) {
            kr_vfs_raise(EPERM);
        }
    }
    kr_obj_t margs[2] = { KR_OBJ_BOOL(v[0].u_bool), KR_OBJ_BOOL(v[1].u_bool) };
    kr_call_method(fs, KR_QSTR_mount, 2, margs);
    vfs_mount_add(fs, p, len);
    return KR_OBJ_NONE;
}
KR_DEFINE_FUN_KW(kr_vfs_mount_obj, 0, 2, vfs_mount);

static kr_obj_t vfs_umount(kr_obj_t target) {
    vfs_state_t *s = vfs_state();
    const char *p = NULL;
    size_t len = 0;
    if (kr_obj_is_str(target)) {
        vfs_check_point(target, &p, &len);
    }
    for (kr_vfs_mount_t **pp = &s->mounts; *pp != NULL; pp = &(*pp)->next) {
        kr_vfs_mount_t *m = *pp;
        if (p != NULL ? (m->len == len && memcmp(m->point, p, len) == 0) : m->obj == target) {
            *pp = m->next;
            if (s->cur == m) {
                s->cur = NULL;
            }
            kr_call_method(m->obj, KR_QSTR_umount, 0, NULL);
            return KR_OBJ_NONE;
        }
    }
    kr_vfs_raise(EINVAL);
}
KR_DEFINE_FUN_1(kr_vfs_umount_obj, vfs_umount);

int kr_vfs_mount_ramdisk(void *mem, size_t size, uint32_t block_size, const char *point) {
    volatile int result = 0;
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_obj_t bdev = kr_vfs_ramdisk_new(mem, size, block_size);
        kr_obj_t fs = kr_call(KR_OBJ_FROM_PTR(&kr_type_vfsfat), 1, 0, &bdev);
        kr_obj_t margs[2] = { fs, kr_obj_new_str(point, strlen(point)) };
        kr_nlr_buf_t nlr2;
        if (kr_nlr_push(&nlr2) == 0) {
            kr_call(KR_OBJ_FROM_PTR(&kr_vfs_mount_obj), 2, 0, margs);
            kr_nlr_pop();
        } else {
            /* no filesystem yet (or an unreadable one): format it, then mount */
            if (!kr_obj_is_instance((kr_obj_t)nlr2.ret_val, &kr_type_OSError)) {
                kr_raise((kr_obj_t)nlr2.ret_val);
            }
            kr_obj_t fargs[4] = { margs[0], margs[1], KR_ROM_QSTR(mkfs), KR_OBJ_TRUE };
            kr_call(KR_OBJ_FROM_PTR(&kr_vfs_mount_obj), 2, 1, fargs);
            result = 1;
        }
        if (strcmp(point, "/") == 0) {
            for (kr_vfs_mount_t *m = kr_vfs_mounts(); m != NULL; m = m->next) {
                if (m->obj == fs) {
                    kr_vfs_set_cur(m);
                }
            }
        }
        kr_nlr_pop();
    } else {
        result = -1;
    }
    return result;
}

static const kr_map_elem_t vfs_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(vfs) },
    { KR_ROM_QSTR(mount), KR_ROM_PTR(&kr_vfs_mount_obj) },
    { KR_ROM_QSTR(umount), KR_ROM_PTR(&kr_vfs_umount_obj) },
#if KR_VFS_POSIX
    { KR_ROM_QSTR(VfsPosix), KR_ROM_PTR(&kr_type_vfsposix) },
#endif
    { KR_ROM_QSTR(VfsFat), KR_ROM_PTR(&kr_type_vfsfat) },
};
static KR_DEFINE_CONST_DICT(vfs_globals, vfs_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_vfs, vfs_globals);

#endif /* KR_MODULE_VFS */
