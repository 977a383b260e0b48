/* modos.c: the os module over the VFS (listdir, ilistdir, mkdir, rmdir, remove, rename,
 * stat, statvfs, getcwd, chdir, sync), uname, urandom, and the mount aliases. */
#include <string.h>
#include <errno.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "port.h"
#include "objexcept.h"
#include "objstr.h"
#include "vfs.h"
#include "dupterm.h"

#if KR_MODULE_VFS

#if KR_VFS_POSIX
#include <stdlib.h>
#include <unistd.h>
#include <sys/random.h>
#endif

/* ---------------------------------------------------------------- result tuples */

/* Tuples with named fields, as CPython's os.stat_result, os.statvfs_result and
 * os.uname_result: indexable, iterable and comparable like the tuple they wrap. */
typedef struct _os_attrtuple_t {
    kr_obj_base_t base;
    kr_obj_t items;            /* the tuple */
} os_attrtuple_t;

static const kr_qstr_t os_stat_fields[10] = {
    KR_QSTR_st_mode, KR_QSTR_st_ino, KR_QSTR_st_dev, KR_QSTR_st_nlink, KR_QSTR_st_uid,
    KR_QSTR_st_gid, KR_QSTR_st_size, KR_QSTR_st_atime, KR_QSTR_st_mtime, KR_QSTR_st_ctime,
};
static const kr_qstr_t os_statvfs_fields[10] = {
    KR_QSTR_f_bsize, KR_QSTR_f_frsize, KR_QSTR_f_blocks, KR_QSTR_f_bfree, KR_QSTR_f_bavail,
    KR_QSTR_f_files, KR_QSTR_f_ffree, KR_QSTR_f_favail, KR_QSTR_f_flag, KR_QSTR_f_namemax,
};
static const kr_qstr_t os_uname_fields[5] = {
    KR_QSTR_sysname, KR_QSTR_nodename, KR_QSTR_release, KR_QSTR_version, KR_QSTR_machine,
};

extern const kr_type_t os_stat_result_type, os_statvfs_result_type, os_uname_result_type;

static const kr_qstr_t *os_attrtuple_fields(kr_obj_t self, size_t *n) {
    const kr_type_t *t = KR_OBJ_TYPE(self);
    *n = t == &os_uname_result_type ? 5 : 10;
    return t == &os_stat_result_type ? os_stat_fields : t == &os_statvfs_result_type ? os_statvfs_fields
           : os_uname_fields;
}

static kr_obj_tuple_t *os_attrtuple_items(kr_obj_t self) {
    return KR_OBJ_TO_PTR(((os_attrtuple_t *)KR_OBJ_TO_PTR(self))->items);
}

static void os_attrtuple_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    size_t n;
    const kr_qstr_t *fields = os_attrtuple_fields(self, &n);
    kr_obj_tuple_t *t = os_attrtuple_items(self);
    for (size_t i = 0; i < n && i < t->len; i++) {
        if (fields[i] == attr) {
            dest[0] = t->items[i];
        }
    }
}

static void os_attrtuple_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    size_t n;
    const kr_qstr_t *fields = os_attrtuple_fields(self, &n);
    kr_obj_tuple_t *t = os_attrtuple_items(self);
    kr_printf(p, "os.%s(", kr_qstr_str(KR_OBJ_TYPE(self)->name));
    for (size_t i = 0; i < n && i < t->len; i++) {
        kr_printf(p, "%s%s=", i ? ", " : "", kr_qstr_str(fields[i]));
        kr_obj_print(p, t->items[i], KR_PRINT_REPR);
    }
    kr_print_str(p, ")");
}

static kr_obj_t os_attrtuple_subscr(kr_obj_t self, kr_obj_t index, kr_obj_t value) {
    if (value != KR_OBJ_SENTINEL) {
        return KR_OBJ_NULL;
    }
    return kr_subscr_load(((os_attrtuple_t *)KR_OBJ_TO_PTR(self))->items, index);
}

static kr_obj_t os_attrtuple_getiter(kr_obj_t self) {
    return kr_getiter(((os_attrtuple_t *)KR_OBJ_TO_PTR(self))->items);
}

static kr_obj_t os_attrtuple_unary_op(kr_unary_op_t op, kr_obj_t self) {
    if (op == KR_UNARY_OP_LEN) {
        return KR_NEW_SMALL_INT((kr_int_t)os_attrtuple_items(self)->len);
    }
    if (op == KR_UNARY_OP_BOOL) {
        return KR_OBJ_BOOL(os_attrtuple_items(self)->len != 0);
    }
    if (op == KR_UNARY_OP_HASH) {
        return KR_NEW_SMALL_INT(kr_obj_hash(((os_attrtuple_t *)KR_OBJ_TO_PTR(self))->items));
    }
    return KR_OBJ_NULL;
}

static kr_obj_t os_attrtuple_binary_op(kr_binary_op_t op, kr_obj_t self, kr_obj_t other) {
    if (op > KR_BINARY_OP_NOT_EQUAL) {
        return KR_OBJ_NULL;
    }
    kr_obj_t mine = ((os_attrtuple_t *)KR_OBJ_TO_PTR(self))->items;
    if (KR_IS_OBJ(other) && KR_OBJ_TYPE(other)->binary_op == os_attrtuple_binary_op) {
        other = ((os_attrtuple_t *)KR_OBJ_TO_PTR(other))->items;
    }
    return kr_binary_op(op, mine, other);
}

#define OS_ATTRTUPLE_TYPE(obj, qname) \
    const kr_type_t obj = { \
        .base = {&kr_type_type}, \
        .name = qname, \
        .print = os_attrtuple_print, \
        .unary_op = os_attrtuple_unary_op, \
        .binary_op = os_attrtuple_binary_op, \
        .attr = os_attrtuple_attr, \
        .subscr = os_attrtuple_subscr, \
        .getiter = os_attrtuple_getiter, \
    }
OS_ATTRTUPLE_TYPE(os_stat_result_type, KR_QSTR_stat_result);
OS_ATTRTUPLE_TYPE(os_statvfs_result_type, KR_QSTR_statvfs_result);
OS_ATTRTUPLE_TYPE(os_uname_result_type, KR_QSTR_uname_result);

/* Wrap a tuple from a filesystem (left as it is when it has another length). */
static kr_obj_t os_attrtuple_new(const kr_type_t *type, kr_obj_t items) {
    if (!kr_obj_is_type(items, &kr_type_tuple) || ((kr_obj_tuple_t *)KR_OBJ_TO_PTR(items))->len
        != (type == &os_uname_result_type ? 5u : 10u)) {
        return items;
    }
    os_attrtuple_t *a = kr_gc_alloc(sizeof(os_attrtuple_t), 0);
    a->base.type = type;
    a->items = items;
    return KR_OBJ_FROM_PTR(a);
}

/* ---------------------------------------------------------------- cwd */

static kr_obj_t os_getcwd(void) {
    kr_vfs_mount_t *m = kr_vfs_cur();
    if (m == NULL) {
        return KR_NEW_QSTR(KR_QSTR_CHAR('/'));
    }
    kr_obj_t cwd = kr_call_method(m->obj, KR_QSTR_getcwd, 0, NULL);
    if (m->len == 1) {
        return cwd;
    }
    size_t len;
    const char *c = kr_obj_str_get_data(cwd, &len);
    kr_vstr_t v;
    kr_vstr_init(&v, m->len + len + 1);
    kr_vstr_add_strn(&v, m->point, m->len);
    if (!(len == 1 && c[0] == '/')) {
        kr_vstr_add_strn(&v, c, len);
    }
    return kr_obj_new_str_from_vstr(&v);
}
static KR_DEFINE_FUN_0(os_getcwd_obj, os_getcwd);

static kr_obj_t os_chdir(kr_obj_t path) {
    kr_obj_t rest;
    kr_vfs_mount_t *m = kr_vfs_lookup(path, &rest);
    if (m != NULL) {
        kr_vfs_call_path(KR_QSTR_chdir, path, 0, NULL);
    }
    kr_vfs_set_cur(m);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(os_chdir_obj, os_chdir);

/* ---------------------------------------------------------------- directories */

/* The mount points as directory entries (listing the bare root). */
static kr_obj_t os_root_entries(bool as_bytes) {
    kr_obj_t list = kr_obj_new_list(0, NULL);
    for (kr_vfs_mount_t *m = kr_vfs_mounts(); m != NULL; m = m->next) {
        if (m->len > 1) {
            kr_obj_t t[3] = {
                as_bytes ? kr_obj_new_bytes((const uint8_t *)m->point + 1, m->len - 1)
                         : kr_obj_new_str(m->point + 1, m->len - 1),
                KR_NEW_SMALL_INT(0x4000), KR_NEW_SMALL_INT(0),
            };
            kr_obj_list_append(list, kr_obj_new_tuple(3, t));
        }
    }
    return kr_getiter(list);
}

static kr_obj_t os_ilistdir(size_t n_args, const kr_obj_t *args) {
    if (n_args == 0 || args[0] == KR_OBJ_NONE) {
        kr_vfs_mount_t *m = kr_vfs_cur();
        if (m == NULL) {
            return os_root_entries(false);
        }
        kr_obj_t arg = KR_ROM_QSTR(empty);
        return kr_call_method(m->obj, KR_QSTR_ilistdir, 1, &arg);
    }
    kr_obj_t rest;
    kr_vfs_mount_t *m = kr_vfs_lookup(args[0], &rest);
    bool as_bytes = kr_obj_is_instance(args[0], &kr_type_bytes);
    if (m == NULL) {
        return os_root_entries(as_bytes);
    }
    kr_obj_t it = kr_vfs_call_path(KR_QSTR_ilistdir, args[0], 0, NULL);
    size_t len;
    const char *p = kr_obj_str_get_data(args[0], &len);
    size_t i = 0;
    while (i < len && p[i] == '/') {
        i++;
    }
    if (m->len != 1 || i == 0 || i != len || kr_vfs_mounts()->len == 1) {
        return it;
    }
    /* listing "/" of a filesystem mounted at "/": the other mount points show as directories */
    kr_obj_t list = kr_obj_list_from_iter(it);
    kr_obj_t extra = os_root_entries(as_bytes);
    kr_obj_t e;
    while ((e = kr_iternext(extra)) != KR_OBJ_NULL) {
        kr_obj_t name = kr_subscr_load(e, KR_NEW_SMALL_INT(0));
        bool seen = false;
        kr_obj_list_t *l = KR_OBJ_TO_PTR(list);
        for (size_t k = 0; k < l->len && !seen; k++) {
            seen = kr_obj_equal(kr_subscr_load(l->items[k], KR_NEW_SMALL_INT(0)), name);
        }
        if (!seen) {
            kr_obj_list_append(list, e);
        }
    }
    return kr_getiter(list);
}
static KR_DEFINE_FUN_VAR(os_ilistdir_obj, 0, 1, os_ilistdir);

static kr_obj_t os_listdir(size_t n_args, const kr_obj_t *args) {
    kr_obj_t it = os_ilistdir(n_args, args);
    kr_obj_t list = kr_obj_new_list(0, NULL);
    kr_obj_t e;
    while ((e = kr_iternext(it)) != KR_OBJ_NULL) {
        kr_obj_t *items;
        size_t n;
        kr_obj_get_array(e, &n, &items);
        kr_obj_list_append(list, items[0]);
    }
    return list;
}
static KR_DEFINE_FUN_VAR(os_listdir_obj, 0, 1, os_listdir);

/* Is path exactly a mount point (or the root)? */
static bool os_is_mount_point(kr_obj_t path) {
    kr_obj_t rest;
    kr_vfs_mount_t *m = kr_vfs_lookup(path, &rest);
    if (m == NULL) {
        return true;
    }
    size_t len;
    const char *p = kr_obj_str_get_data(path, &len);
    return m->len > 1 && p[0] == '/' && kr_obj_is_str(rest) && kr_obj_str_get_data(rest, &len)[0] == '/' && len == 1;
}

static kr_obj_t os_mkdir(size_t n_args, const kr_obj_t *args) {
    if (os_is_mount_point(args[0])) {
        kr_vfs_raise_path(EEXIST, args[0]);
    }
    return kr_vfs_call_path(KR_QSTR_mkdir, args[0], 0, NULL);
}
static KR_DEFINE_FUN_VAR(os_mkdir_obj, 1, 2, os_mkdir);

static kr_obj_t os_rmdir(kr_obj_t path) {
    return kr_vfs_call_path(KR_QSTR_rmdir, path, 0, NULL);
}
static KR_DEFINE_FUN_1(os_rmdir_obj, os_rmdir);

static kr_obj_t os_remove(kr_obj_t path) {
    return kr_vfs_call_path(KR_QSTR_remove, path, 0, NULL);
}
static KR_DEFINE_FUN_1(os_remove_obj, os_remove);

static kr_obj_t os_rename(kr_obj_t old, kr_obj_t new_) {
    kr_obj_t rest_old, rest_new;
    kr_vfs_mount_t *m_old = kr_vfs_lookup(old, &rest_old);
    kr_vfs_mount_t *m_new = kr_vfs_lookup(new_, &rest_new);
    if (m_old == NULL || m_new == NULL || m_old != m_new) {
        kr_vfs_raise(EPERM);
    }
    kr_vfs_check_frozen_write(old);
    kr_vfs_check_frozen_write(new_);
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_obj_t args[2] = { rest_old, rest_new };
        kr_call_method(m_old->obj, KR_QSTR_rename, 2, args);
        kr_nlr_pop();
        return KR_OBJ_NONE;
    }
    kr_obj_t exc = (kr_obj_t)nlr.ret_val;
    if (kr_obj_is_instance(exc, &kr_type_OSError)) {
        kr_obj_tuple_t *a = kr_obj_exception_get_args(exc);
        kr_obj_t fn = kr_load_attr_maybe(exc, KR_QSTR_filename);
        if (a->len >= 1 && a->len <= 2 && KR_IS_SMALL_INT(a->items[0]) && (fn == KR_OBJ_NULL || fn == KR_OBJ_NONE)) {
            int err = (int)KR_SMALL_INT_VALUE(a->items[0]);
            const char *msg = strerror(err);
            kr_obj_t eargs[5] = { a->items[0], kr_obj_new_str(msg, strlen(msg)), old, KR_OBJ_NONE, new_ };
            kr_raise(kr_obj_new_exception_args(kr_obj_exception_oserror_type(err), 5, eargs));
        }
    }
    kr_raise(exc);
}
static KR_DEFINE_FUN_2(os_rename_obj, os_rename);

static kr_obj_t os_stat(kr_obj_t path) {
    kr_obj_t rest;
    if (kr_vfs_lookup(path, &rest) == NULL) {
        kr_obj_t t[10];
        for (int i = 0; i < 10; i++) {
            t[i] = KR_NEW_SMALL_INT(0);
        }
        t[0] = KR_NEW_SMALL_INT(0x4000);
        return os_attrtuple_new(&os_stat_result_type, kr_obj_new_tuple(10, t));
    }
    return os_attrtuple_new(&os_stat_result_type, kr_vfs_call_path(KR_QSTR_stat, path, 0, NULL));
}
static KR_DEFINE_FUN_1(os_stat_obj, os_stat);

static kr_obj_t os_statvfs(kr_obj_t path) {
    kr_obj_t rest;
    if (kr_vfs_lookup(path, &rest) == NULL) {
        kr_obj_t t[10];
        for (int i = 0; i < 10; i++) {
            t[i] = KR_NEW_SMALL_INT(0);
        }
        return os_attrtuple_new(&os_statvfs_result_type, kr_obj_new_tuple(10, t));
    }
    return os_attrtuple_new(&os_statvfs_result_type, kr_vfs_call_path(KR_QSTR_statvfs, path, 0, NULL));
}
static KR_DEFINE_FUN_1(os_statvfs_obj, os_statvfs);

static kr_obj_t os_sync(void) {
    for (kr_vfs_mount_t *m = kr_vfs_mounts(); m != NULL; m = m->next) {
        kr_obj_t dest[2];
        kr_load_method_maybe(m->obj, KR_QSTR_sync, dest);
        if (dest[0] != KR_OBJ_NULL) {
            kr_call_method(m->obj, KR_QSTR_sync, 0, NULL);
        }
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_0(os_sync_obj, os_sync);

/* ---------------------------------------------------------------- uname, urandom */

static kr_obj_t os_uname(void) {
    static const char release[] = "1.29.0";
    static const char version[] = "Krait 0.1";
    kr_obj_t t[5] = {
        kr_obj_new_str(kr_port_platform, strlen(kr_port_platform)),
        kr_obj_new_str(kr_port_platform, strlen(kr_port_platform)),
        kr_obj_new_str(release, sizeof(release) - 1),
        kr_obj_new_str(version, sizeof(version) - 1),
        kr_obj_new_str(kr_port_machine, strlen(kr_port_machine)),
    };
    return os_attrtuple_new(&os_uname_result_type, kr_obj_new_tuple(5, t));
}
static KR_DEFINE_FUN_0(os_uname_obj, os_uname);

static uint64_t os_rand_state;

static kr_obj_t os_urandom(kr_obj_t n_in) {
    kr_int_t n = kr_obj_get_int(n_in);
    if (n < 0) {
        kr_raise_msg(&kr_type_ValueError, "negative argument not allowed");
    }
    kr_vstr_t v;
    kr_vstr_init(&v, (size_t)n + 1);
    uint8_t *d = (uint8_t *)kr_vstr_extend(&v, (size_t)n);
    size_t done = 0;
#if KR_VFS_POSIX
    while (done < (size_t)n) {
        size_t chunk = (size_t)n - done > 256 ? 256 : (size_t)n - done;
        if (getentropy(d + done, chunk) != 0) {
            break;
        }
        done += chunk;
    }
#endif
    /* no entropy source: xorshift64* seeded from the clocks */
    if (os_rand_state == 0) {
        os_rand_state = kr_port_ticks_cpu() ^ ((uint64_t)kr_port_time_ns() << 17) ^ 0x9e3779b97f4a7c15ull;
    }
    for (; done < (size_t)n; done++) {
        os_rand_state ^= os_rand_state >> 12;
        os_rand_state ^= os_rand_state << 25;
        os_rand_state ^= os_rand_state >> 27;
        d[done] = (uint8_t)((os_rand_state * 0x2545f4914f6cdd1dull) >> 56);
    }
    return kr_obj_new_bytes_from_vstr(&v);
}
static KR_DEFINE_FUN_1(os_urandom_obj, os_urandom);

#if KR_VFS_POSIX
/* ---------------------------------------------------------------- the host's environment */

static kr_obj_t os_getenv(size_t n_args, const kr_obj_t *args) {
    const char *v = getenv(kr_obj_str_get_data(kr_obj_str(args[0]), &(size_t){0}));
    if (v == NULL) {
        return n_args > 1 ? args[1] : KR_OBJ_NONE;
    }
    return kr_obj_str_decode((const uint8_t *)v, strlen(v), KR_OBJ_NULL, KR_OBJ_NULL);
}
static KR_DEFINE_FUN_VAR(os_getenv_obj, 1, 2, os_getenv);

static kr_obj_t os_putenv(kr_obj_t key, kr_obj_t value) {
    size_t klen, vlen;
    const char *k = kr_obj_str_get_data(key, &klen);
    const char *v = kr_obj_str_get_data(value, &vlen);
    if (klen == 0) {
        kr_vfs_raise(EINVAL);
    }
    if (memchr(k, '=', klen) != NULL || memchr(k, 0, klen) != NULL || memchr(v, 0, vlen) != NULL) {
        kr_raise_msg(&kr_type_ValueError, "illegal environment variable name");
    }
    if (setenv(k, v, 1) != 0) {
        kr_vfs_raise(errno);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(os_putenv_obj, os_putenv);

static kr_obj_t os_unsetenv(kr_obj_t key) {
    size_t klen;
    const char *k = kr_obj_str_get_data(key, &klen);
    if (klen == 0 || memchr(k, '=', klen) != NULL) {
        kr_raise_msg(&kr_type_ValueError, "illegal environment variable name");
    }
    unsetenv(k);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(os_unsetenv_obj, os_unsetenv);

static kr_obj_t os_system(kr_obj_t cmd) {
    kr_port_stdout_flush();
    int r = system(kr_obj_str_get_data(cmd, &(size_t){0}));
    return KR_NEW_SMALL_INT(r);
}
static KR_DEFINE_FUN_1(os_system_obj, os_system);
#endif

static const kr_map_elem_t os_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(os) },
    { KR_ROM_QSTR(sep), KR_NEW_QSTR(KR_QSTR_CHAR('/')) },
    { KR_ROM_QSTR(path), KR_ROM_PTR(&kr_module_os_path) },
    { KR_ROM_QSTR(getcwd), KR_ROM_PTR(&os_getcwd_obj) },
    { KR_ROM_QSTR(chdir), KR_ROM_PTR(&os_chdir_obj) },
    { KR_ROM_QSTR(ilistdir), KR_ROM_PTR(&os_ilistdir_obj) },
    { KR_ROM_QSTR(listdir), KR_ROM_PTR(&os_listdir_obj) },
    { KR_ROM_QSTR(mkdir), KR_ROM_PTR(&os_mkdir_obj) },
    { KR_ROM_QSTR(rmdir), KR_ROM_PTR(&os_rmdir_obj) },
    { KR_ROM_QSTR(remove), KR_ROM_PTR(&os_remove_obj) },
    { KR_ROM_QSTR(unlink), KR_ROM_PTR(&os_remove_obj) },
    { KR_ROM_QSTR(rename), KR_ROM_PTR(&os_rename_obj) },
    { KR_ROM_QSTR(stat), KR_ROM_PTR(&os_stat_obj) },
    { KR_ROM_QSTR(statvfs), KR_ROM_PTR(&os_statvfs_obj) },
    { KR_ROM_QSTR(sync), KR_ROM_PTR(&os_sync_obj) },
    { KR_ROM_QSTR(uname), KR_ROM_PTR(&os_uname_obj) },
    { KR_ROM_QSTR(urandom), KR_ROM_PTR(&os_urandom_obj) },
    { KR_ROM_QSTR(mount), KR_ROM_PTR(&kr_vfs_mount_obj) },
    { KR_ROM_QSTR(umount), KR_ROM_PTR(&kr_vfs_umount_obj) },
#if KR_VFS_POSIX
    { KR_ROM_QSTR(VfsPosix), KR_ROM_PTR(&kr_type_vfsposix) },
    { KR_ROM_QSTR(getenv), KR_ROM_PTR(&os_getenv_obj) },
    { KR_ROM_QSTR(putenv), KR_ROM_PTR(&os_putenv_obj) },
    { KR_ROM_QSTR(unsetenv), KR_ROM_PTR(&os_unsetenv_obj) },
    { KR_ROM_QSTR(system), KR_ROM_PTR(&os_system_obj) },
#endif
    { KR_ROM_QSTR(VfsFat), KR_ROM_PTR(&kr_type_vfsfat) },
#if KR_OS_DUPTERM
    { KR_ROM_QSTR(dupterm), KR_ROM_PTR(&kr_dupterm_dupterm_obj) },
    { KR_ROM_QSTR(dupterm_notify), KR_ROM_PTR(&kr_dupterm_notify_obj) },
#endif
};
static KR_DEFINE_CONST_DICT(os_globals, os_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_os, os_globals);

#endif /* KR_MODULE_VFS */
