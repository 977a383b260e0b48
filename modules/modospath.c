/* modospath.c: os.path, CPython's posixpath functions (join, split, basename, dirname,
 * splitext, normpath, abspath, isabs, exists, isfile, isdir, getsize) over the VFS. */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "vfs.h"

#if KR_MODULE_VFS

static const char *ospath_data(kr_obj_t o, size_t *len) {
    if (!kr_obj_is_str(o)) {
        kr_raise_fmt(&kr_type_TypeError, "expected str, bytes or os.PathLike object, not %s", kr_obj_type_name(o));
    }
    return kr_obj_str_get_data(o, len);
}

static kr_obj_t ospath_join(size_t n_args, const kr_obj_t *args) {
    kr_vstr_t v;
    kr_vstr_init(&v, 32);
    for (size_t i = 0; i < n_args; i++) {
        size_t len;
        const char *p = ospath_data(args[i], &len);
        if (len > 0 && p[0] == '/') {
            v.len = 0;
        } else if (v.len > 0 && v.buf[v.len - 1] != '/') {
            kr_vstr_add_byte(&v, '/');
        }
        kr_vstr_add_strn(&v, p, len);
    }
    return kr_obj_new_str_from_vstr(&v);
}
static KR_DEFINE_FUN_VAR(ospath_join_obj, 1, KR_FUN_ARGS_MAX, ospath_join);

/* The head of split(): everything up to the last '/', trailing slashes removed unless
 * it is all slashes. */
static size_t ospath_head_len(const char *p, size_t len, size_t *tail_start) {
    size_t i = len;
    while (i > 0 && p[i - 1] != '/') {
        i--;
    }
    *tail_start = i;
    size_t h = i;
    while (h > 0 && p[h - 1] == '/') {
        h--;
    }
    return h == 0 ? i : h;
}

static kr_obj_t ospath_split(kr_obj_t path) {
    size_t len, t;
    const char *p = ospath_data(path, &len);
    size_t h = ospath_head_len(p, len, &t);
    kr_obj_t items[2] = { kr_obj_new_str(p, h), kr_obj_new_str(p + t, len - t) };
    return kr_obj_new_tuple(2, items);
}
static KR_DEFINE_FUN_1(ospath_split_obj, ospath_split);

static kr_obj_t ospath_basename(kr_obj_t path) {
    size_t len, t;
    const char *p = ospath_data(path, &len);
    ospath_head_len(p, len, &t);
    return kr_obj_new_str(p + t, len - t);
}
static KR_DEFINE_FUN_1(ospath_basename_obj, ospath_basename);

static kr_obj_t ospath_dirname(kr_obj_t path) {
    size_t len, t;
    const char *p = ospath_data(path, &len);
    return kr_obj_new_str(p, ospath_head_len(p, len, &t));
}
static KR_DEFINE_FUN_1(ospath_dirname_obj, ospath_dirname);

static kr_obj_t ospath_splitext(kr_obj_t path) {
    size_t len;
    const char *p = ospath_data(path, &len);
    size_t root = len;
    const char *dot = NULL, *sep = NULL;
    for (size_t i = 0; i < len; i++) {
        if (p[i] == '/') {
            sep = p + i;
        } else if (p[i] == '.') {
            dot = p + i;
        }
    }
    if (dot != NULL && (sep == NULL || dot > sep)) {
        /* leading dots of the file name do not start an extension */
        for (const char *s = sep ? sep + 1 : p; s < dot; s++) {
            if (*s != '.') {
                root = (size_t)(dot - p);
                break;
            }
        }
    }
    kr_obj_t items[2] = { kr_obj_new_str(p, root), kr_obj_new_str(p + root, len - root) };
    return kr_obj_new_tuple(2, items);
}
static KR_DEFINE_FUN_1(ospath_splitext_obj, ospath_splitext);

static kr_obj_t ospath_normpath(kr_obj_t path) {
    size_t len;
    const char *p = ospath_data(path, &len);
    if (len == 0) {
        return KR_NEW_QSTR(KR_QSTR_CHAR('.'));
    }
    size_t slashes = p[0] != '/' ? 0 : (len > 1 && p[1] == '/' && (len == 2 || p[2] != '/')) ? 2 : 1;
    kr_vstr_t v;
    kr_vstr_init(&v, len + 1);
    for (size_t i = 0; i < slashes; i++) {
        kr_vstr_add_byte(&v, '/');
    }
    size_t base = v.len, depth = 0;   /* depth: components that a ".." can remove */
    for (size_t i = 0; i < len;) {
        while (i < len && p[i] == '/') {
            i++;
        }
        size_t s = i;
        while (i < len && p[i] != '/') {
            i++;
        }
        size_t n = i - s;
        if (n == 0 || (n == 1 && p[s] == '.')) {
            continue;
        }
        if (n == 2 && p[s] == '.' && p[s + 1] == '.') {
            if (depth > 0) {
                /* drop the last kept component */
                while (v.len > base && v.buf[v.len - 1] != '/') {
                    v.len--;
                }
                if (v.len > base) {
                    v.len--;
                }
                depth--;
                continue;
            }
            if (slashes) {
                continue;   /* "/.." is "/" */
            }
        } else {
            depth++;
        }
        if (v.len > base) {
            kr_vstr_add_byte(&v, '/');
        }
        kr_vstr_add_strn(&v, p + s, n);
    }
    if (v.len == 0) {
        kr_vstr_add_byte(&v, '.');
    }
    return kr_obj_new_str_from_vstr(&v);
}
static KR_DEFINE_FUN_1(ospath_normpath_obj, ospath_normpath);

static kr_obj_t ospath_isabs(kr_obj_t path) {
    size_t len;
    const char *p = ospath_data(path, &len);
    return KR_OBJ_BOOL(len > 0 && p[0] == '/');
}
static KR_DEFINE_FUN_1(ospath_isabs_obj, ospath_isabs);

static kr_obj_t ospath_abspath(kr_obj_t path) {
    size_t len;
    const char *p = ospath_data(path, &len);
    if (len == 0 || p[0] != '/') {
        kr_obj_t module = kr_module_find_builtin(KR_QSTR_os);
        kr_obj_t parts[2] = { kr_call0(kr_load_attr(module, KR_QSTR_getcwd)), path };
        path = ospath_join(2, parts);
    }
    return ospath_normpath(path);
}
static KR_DEFINE_FUN_1(ospath_abspath_obj, ospath_abspath);

/* os.stat(path)[0] >> 12, or -1 when it fails with OSError */
static int ospath_kind(kr_obj_t path, kr_obj_t *st_out) {
    ospath_data(path, &(size_t){0});
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_obj_t module = kr_module_find_builtin(KR_QSTR_os);
        kr_obj_t st = kr_call1(kr_load_attr(module, KR_QSTR_stat), path);
        kr_obj_t mode = kr_subscr_load(st, KR_NEW_SMALL_INT(0));
        int kind = (int)((kr_obj_get_int(mode) >> 12) & 0xf);
        if (st_out != NULL) {
            *st_out = st;
        }
        kr_nlr_pop();
        return kind;
    }
    if (kr_obj_is_instance((kr_obj_t)nlr.ret_val, &kr_type_OSError)
        || kr_obj_is_instance((kr_obj_t)nlr.ret_val, &kr_type_ValueError)) {
        return -1;
    }
    kr_raise((kr_obj_t)nlr.ret_val);
}

static kr_obj_t ospath_exists(kr_obj_t path) {
    return KR_OBJ_BOOL(ospath_kind(path, NULL) >= 0);
}
static KR_DEFINE_FUN_1(ospath_exists_obj, ospath_exists);

static kr_obj_t ospath_isdir(kr_obj_t path) {
    return KR_OBJ_BOOL(ospath_kind(path, NULL) == 4);
}
static KR_DEFINE_FUN_1(ospath_isdir_obj, ospath_isdir);

static kr_obj_t ospath_isfile(kr_obj_t path) {
    return KR_OBJ_BOOL(ospath_kind(path, NULL) == 8);
}
static KR_DEFINE_FUN_1(ospath_isfile_obj, ospath_isfile);

static kr_obj_t ospath_getsize(kr_obj_t path) {
    kr_obj_t module = kr_module_find_builtin(KR_QSTR_os);
    kr_obj_t st = kr_call1(kr_load_attr(module, KR_QSTR_stat), path);
    return kr_subscr_load(st, KR_NEW_SMALL_INT(6));
}
static KR_DEFINE_FUN_1(ospath_getsize_obj, ospath_getsize);

static const kr_map_elem_t ospath_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(posixpath) },
    { KR_ROM_QSTR(sep), KR_NEW_QSTR(KR_QSTR_CHAR('/')) },
    { KR_ROM_QSTR(join), KR_ROM_PTR(&ospath_join_obj) },
    { KR_ROM_QSTR(split), KR_ROM_PTR(&ospath_split_obj) },
    { KR_ROM_QSTR(basename), KR_ROM_PTR(&ospath_basename_obj) },
    { KR_ROM_QSTR(dirname), KR_ROM_PTR(&ospath_dirname_obj) },
    { KR_ROM_QSTR(splitext), KR_ROM_PTR(&ospath_splitext_obj) },
    { KR_ROM_QSTR(normpath), KR_ROM_PTR(&ospath_normpath_obj) },
    { KR_ROM_QSTR(abspath), KR_ROM_PTR(&ospath_abspath_obj) },
    { KR_ROM_QSTR(isabs), KR_ROM_PTR(&ospath_isabs_obj) },
    { KR_ROM_QSTR(exists), KR_ROM_PTR(&ospath_exists_obj) },
    { KR_ROM_QSTR(isdir), KR_ROM_PTR(&ospath_isdir_obj) },
    { KR_ROM_QSTR(isfile), KR_ROM_PTR(&ospath_isfile_obj) },
    { KR_ROM_QSTR(getsize), KR_ROM_PTR(&ospath_getsize_obj) },
};
static KR_DEFINE_CONST_DICT(ospath_globals, ospath_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_os_path, ospath_globals);

#endif /* KR_MODULE_VFS */
