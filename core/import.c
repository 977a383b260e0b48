/* import.c: the import system: sys.modules, builtin modules, modules and packages
 * found on sys.path (name.py, name/__init__.py), relative imports. */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "bytecode.h"
#include "objmodule.h"
#include "port.h"
#include "import.h"
#include "persistentcode.h"
#include "frozen.h"

static kr_obj_t modules_get(kr_obj_t name) {
    return kr_obj_dict_get(kr_state.sys_modules, name);
}

/* Modules whose body is running (innermost first), linked through the C stack of
 * load_module; used for CPython's "partially initialized module" message. */
typedef struct _import_loading_t {
    kr_obj_t module;
    struct _import_loading_t *prev;
} import_loading_t;
static import_loading_t *import_loading_top;

static bool import_is_loading(kr_obj_t module) {
    for (import_loading_t *l = import_loading_top; l != NULL; l = l->prev) {
        if (l->module == module) {
            return true;
        }
    }
    return false;
}

/* kr_port_stat, except that paths under .frozen are looked up in the frozen table */
static int import_stat(const char *path) {
    if (kr_frozen_is_path(path)) {
        return kr_frozen_stat(path);
    }
    return kr_port_stat(path);
}

static bool import_path_is_file(kr_vstr_t *path, const char *ext) {
    kr_vstr_add_str(path, ext);
    return import_stat(kr_vstr_null_terminated(path)) == 1;
}

/* Find `leaf` in directory `dir` (may be ""): sets path to dir/leaf/__init__.py,
 * dir/leaf.py, or the precompiled dir/leaf/__init__.kpy or dir/leaf.kpy when there is
 * no source beside it; returns 0 (absent), 1 (module file) or 2 (package). */
static int find_in_dir(kr_vstr_t *path, const char *dir, size_t dir_len, const char *leaf, size_t leaf_len) {
    kr_vstr_reset(path);
    if (dir_len > 0) {
        kr_vstr_add_strn(path, dir, dir_len);
        if (dir[dir_len - 1] != '/') {
            kr_vstr_add_byte(path, '/');
        }
    }
    kr_vstr_add_strn(path, leaf, leaf_len);
    size_t base_len = path->len;
    if (import_stat(kr_vstr_null_terminated(path)) == 2) {
        if (import_path_is_file(path, "/__init__.py")) {
            return 2;
        }
        path->len = base_len;
        if (import_path_is_file(path, "/__init__" KR_PERSISTENTCODE_EXT)) {
            return 2;
        }
        path->len = base_len;
    }
    if (import_path_is_file(path, ".py")) {
        return 1;
    }
    path->len = base_len;
    if (import_path_is_file(path, KR_PERSISTENTCODE_EXT)) {
        return 1;
    }
    return 0;
}

kr_obj_t kr_import_load_file_code(const char *path) {
    if (kr_frozen_is_path(path)) {
        const kr_frozen_module_t *m = kr_frozen_find(path);
        if (m == NULL) {
            kr_raise_oserror(2);
        }
        return kr_frozen_get_code(m, path);
    }
    size_t len;
    char *src = kr_port_read_file(path, &len);
    if (src == NULL) {
        kr_raise_oserror(2);
    }
    size_t plen = strlen(path), elen = strlen(KR_PERSISTENTCODE_EXT);
    kr_obj_t code;
    if (plen > elen && strcmp(path + plen - elen, KR_PERSISTENTCODE_EXT) == 0) {
        code = kr_persistentcode_load((const uint8_t *)src, len);
    } else {
        code = kr_compile_str(src, len, kr_qstr_from_str(path), KR_PARSE_FILE);
    }
    kr_gc_free(src);
    return code;
}

void kr_import_exec_module_file(kr_obj_t module, const char *path) {
    kr_obj_t code = kr_import_load_file_code(path);
    kr_obj_t globals = kr_module_get_globals(module);
    kr_vm_run_code(code, globals, globals);
}

/* Load module `full` (already known absent from sys.modules) whose last component is
 * `leaf`, searching `search` (a list of directory strings). */
static kr_obj_t load_module(kr_obj_t full, const char *leaf, size_t leaf_len, kr_obj_t search) {
    kr_qstr_t full_q = kr_obj_str_get_qstr(full);
    if (search == kr_state.sys_path) {
        kr_obj_t m = kr_module_find_builtin(full_q);
        if (m != KR_OBJ_NULL) {
            kr_obj_dict_store(kr_state.sys_modules, full, m);
            return m;
        }
    }
    if (search == KR_OBJ_NULL) {
        return KR_OBJ_NULL;
    }
    size_t n_dirs;
    kr_obj_t *dirs;
    kr_obj_get_array(search, &n_dirs, &dirs);
    kr_vstr_t path;
    kr_vstr_init(&path, 64);
    for (size_t i = 0; i < n_dirs; i++) {
        if (!kr_obj_is_str(dirs[i])) {
            continue;
        }
        size_t dlen;
        const char *d = kr_obj_str_get_data(dirs[i], &dlen);
        int kind = find_in_dir(&path, d, dlen, leaf, leaf_len);
        if (kind == 0) {
            continue;
        }
        kr_obj_t module = kr_module_new(full_q);
        kr_obj_t globals = kr_module_get_globals(module);
        kr_obj_t file = kr_obj_new_str(path.buf, path.len);
        kr_obj_dict_store(globals, KR_ROM_QSTR(__file__), file);
        if (kind == 2) {
            /* package: __path__ is its directory */
            const char *slash = strrchr(kr_vstr_null_terminated(&path), '/');
            size_t pkg_dir_len = (size_t)(slash - path.buf);
            kr_obj_t pkg_dir = kr_obj_new_str(path.buf, pkg_dir_len);
            kr_obj_dict_store(globals, KR_ROM_QSTR(__path__), kr_obj_new_list(1, &pkg_dir));
            kr_obj_dict_store(globals, KR_ROM_QSTR(__package__), full);
        } else {
            const char *fd;
            size_t fl;
            fd = kr_obj_str_get_data(full, &fl);
            const char *dot = NULL;
            for (size_t k = fl; k > 0; k--) {
                if (fd[k - 1] == '.') {
                    dot = fd + k - 1;
                    break;
                }
            }
            kr_obj_dict_store(globals, KR_ROM_QSTR(__package__),
                              dot ? kr_obj_new_str(fd, (size_t)(dot - fd)) : KR_ROM_QSTR(empty));
        }
        kr_obj_dict_store(kr_state.sys_modules, full, module);
        import_loading_t loading = {module, import_loading_top};
        import_loading_top = &loading;
        kr_nlr_buf_t nlr;
        if (kr_nlr_push(&nlr) == 0) {
            kr_import_exec_module_file(module, kr_vstr_null_terminated(&path));
            kr_nlr_pop();
            import_loading_top = loading.prev;
        } else {
            import_loading_top = loading.prev;
            /* failed: forget the half-initialised module */
            if (kr_obj_dict_get(kr_state.sys_modules, full) != KR_OBJ_NULL) {
                kr_obj_dict_delete(kr_state.sys_modules, full);
            }
            kr_raise((kr_obj_t)nlr.ret_val);
        }
        kr_vstr_clear(&path);
        /* the module may have replaced itself in sys.modules */
        kr_obj_t m = modules_get(full);
        return m != KR_OBJ_NULL ? m : module;
    }
    kr_vstr_clear(&path);
    return KR_OBJ_NULL;
}

_Noreturn static void raise_not_found(const char *name, size_t len) {
    kr_obj_t exc = kr_obj_new_exception_fmt(&kr_type_ModuleNotFoundError, "No module named '%.*s'", (int)len, name);
    kr_raise(exc);
}

/* Resolve a relative import to an absolute module name. */
static kr_obj_t resolve_relative(kr_qstr_t name, kr_obj_t globals, int level) {
    kr_obj_t pkg = KR_OBJ_NULL;
    if (globals != KR_OBJ_NULL) {
        pkg = kr_obj_dict_get(globals, KR_ROM_QSTR(__package__));
        if (pkg == KR_OBJ_NULL || pkg == KR_OBJ_NONE) {
            kr_obj_t modname = kr_obj_dict_get(globals, KR_ROM_QSTR(__name__));
            if (modname != KR_OBJ_NULL && kr_obj_dict_get(globals, KR_ROM_QSTR(__path__)) != KR_OBJ_NULL) {
                pkg = modname;
            } else if (modname != KR_OBJ_NULL && kr_obj_is_str(modname)) {
                size_t l;
                const char *s = kr_obj_str_get_data(modname, &l);
                while (l > 0 && s[l - 1] != '.') {
                    l--;
                }
                pkg = l > 0 ? kr_obj_new_str(s, l - 1) : KR_OBJ_NULL;
            }
        }
    }
    size_t plen = 0;
    const char *p = NULL;
    if (pkg != KR_OBJ_NULL && kr_obj_is_str(pkg)) {
        p = kr_obj_str_get_data(pkg, &plen);
    }
    if (plen == 0) {
        kr_raise_msg(&kr_type_ImportError, "attempted relative import with no known parent package");
    }
    for (int i = 1; i < level; i++) {
        while (plen > 0 && p[plen - 1] != '.') {
            plen--;
        }
        if (plen == 0) {
            kr_raise_msg(&kr_type_ImportError, "attempted relative import beyond top-level package");
        }
        plen--;
    }
    kr_vstr_t v;
    kr_vstr_init(&v, plen + 16);
    kr_vstr_add_strn(&v, p, plen);
    if (name != KR_QSTR_NULL && kr_qstr_len(name) > 0) {
        kr_vstr_add_byte(&v, '.');
        kr_vstr_add_str(&v, kr_qstr_str(name));
    }
    return kr_obj_new_str_from_vstr(&v);
}

kr_obj_t kr_import_name(kr_qstr_t name, kr_obj_t globals, kr_obj_t fromlist, int level) {
    kr_obj_t full = level > 0 ? resolve_relative(name, globals, level) : KR_NEW_QSTR(name);
    size_t len;
    const char *s = kr_obj_str_get_data(full, &len);
    if (len == 0) {
        kr_raise_msg(&kr_type_ValueError, "Empty module name");
    }
    kr_obj_t top = KR_OBJ_NULL;
    kr_obj_t mod = KR_OBJ_NULL;
    size_t start = 0;
    while (start <= len) {
        size_t end = start;
        while (end < len && s[end] != '.') {
            end++;
        }
        kr_obj_t prefix = kr_obj_new_str_interned(s, end);
        kr_obj_t m = modules_get(prefix);
        if (m == KR_OBJ_NONE) {
            kr_raise(kr_obj_new_exception_fmt(&kr_type_ModuleNotFoundError,
                                              "import of %.*s halted; None in sys.modules", (int)end, s));
        }
        if (m == KR_OBJ_NULL) {
            kr_obj_t search;
            if (mod == KR_OBJ_NULL) {
                search = kr_state.sys_path;
            } else {
                kr_obj_t pg = kr_module_get_globals(mod);
                search = kr_obj_dict_get(pg, KR_ROM_QSTR(__path__));
                if (search == KR_OBJ_NULL) {
                    /* a builtin submodule of a builtin module (os.path) */
                    m = kr_module_find_builtin(kr_obj_str_get_qstr(prefix));
                }
                if (search == KR_OBJ_NULL && m != KR_OBJ_NULL) {
                    kr_obj_dict_store(kr_state.sys_modules, prefix, m);
                } else if (search == KR_OBJ_NULL) {
                    kr_obj_t exc = kr_obj_new_exception_fmt(&kr_type_ModuleNotFoundError,
                        "No module named '%.*s'; '%.*s' is not a package", (int)end, s, (int)(start - 1), s);
                    kr_raise(exc);
                }
            }
            if (m == KR_OBJ_NULL) {
                m = load_module(prefix, s + start, end - start, search);
            }
            if (m == KR_OBJ_NULL) {
                raise_not_found(s, end);
            }
            if (mod != KR_OBJ_NULL && search != KR_OBJ_NULL) {
                kr_store_attr(mod, kr_qstr_from_strn(s + start, end - start), m);
            }
        }
        if (top == KR_OBJ_NULL) {
            top = m;
        }
        mod = m;
        start = end + 1;
    }
    bool has_fromlist = fromlist != KR_OBJ_NULL && fromlist != KR_OBJ_NONE && kr_obj_is_true(fromlist);
    if (has_fromlist || level > 0) {
        return mod;
    }
    return top;
}

/* "pkg.name" as a str object */
static kr_obj_t import_join_name(kr_obj_t modname, kr_qstr_t name) {
    kr_vstr_t full;
    size_t l;
    const char *s = kr_obj_str_get_data(modname, &l);
    kr_vstr_init(&full, l + 16);
    kr_vstr_add_strn(&full, s, l);
    kr_vstr_add_byte(&full, '.');
    kr_vstr_add_str(&full, kr_qstr_str(name));
    return kr_obj_new_str_from_vstr(&full);
}

/* Is exc "ModuleNotFoundError: No module named '<full>'" (and not about another module)? */
static bool import_is_not_found_of(kr_obj_t exc, kr_obj_t full) {
    if (!kr_obj_is_instance(exc, &kr_type_ModuleNotFoundError)) {
        return false;
    }
    kr_obj_t msg = kr_obj_exception_get_value(exc);
    if (!kr_obj_is_str(msg)) {
        return false;
    }
    size_t ml, fl;
    const char *m = kr_obj_str_get_data(msg, &ml);
    const char *f = kr_obj_str_get_data(full, &fl);
    return ml == fl + 18 && memcmp(m, "No module named '", 17) == 0 && memcmp(m + 17, f, fl) == 0;
}

/* Import package.name if module is a package with such a submodule (for `from p import *`);
 * a missing submodule is not an error here. */
static void import_submodule_maybe(kr_obj_t module, kr_qstr_t name) {
    kr_obj_t modname = kr_load_attr_maybe(module, KR_QSTR___name__);
    if (modname == KR_OBJ_NULL || !kr_obj_is_str(modname)
        || kr_load_attr_maybe(module, KR_QSTR___path__) == KR_OBJ_NULL) {
        return;
    }
    kr_obj_t full = import_join_name(modname, name);
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_import_name(kr_obj_str_get_qstr(full), KR_OBJ_NULL, KR_OBJ_TRUE, 0);
        kr_nlr_pop();
    } else if (!import_is_not_found_of((kr_obj_t)nlr.ret_val, full)) {
        kr_raise((kr_obj_t)nlr.ret_val);
    }
}

kr_obj_t kr_import_from(kr_obj_t module, kr_qstr_t name) {
    kr_obj_t v = kr_load_attr_maybe(module, name);
    if (v != KR_OBJ_NULL) {
        return v;
    }
    kr_obj_t modname = kr_load_attr_maybe(module, KR_QSTR___name__);
    if (modname != KR_OBJ_NULL && !kr_obj_is_str(modname)) {
        modname = KR_OBJ_NULL;
    }
    if (modname != KR_OBJ_NULL) {
        /* a submodule already in sys.modules (e.g. one still initialising in a cycle) */
        kr_obj_t full = import_join_name(modname, name);
        v = modules_get(full);
        if (v != KR_OBJ_NULL && v != KR_OBJ_NONE) {
            return v;
        }
        /* maybe a submodule not imported yet */
        if (kr_load_attr_maybe(module, KR_QSTR___path__) != KR_OBJ_NULL) {
            kr_nlr_buf_t nlr;
            if (kr_nlr_push(&nlr) == 0) {
                v = kr_import_name(kr_obj_str_get_qstr(full), KR_OBJ_NULL, KR_OBJ_TRUE, 0);
                kr_nlr_pop();
                return v;
            } else {
                kr_obj_t exc = (kr_obj_t)nlr.ret_val;
                if (!import_is_not_found_of(exc, full)) {
                    kr_raise(exc);
                }
            }
        }
        size_t l;
        const char *s = kr_obj_str_get_data(modname, &l);
        const char *partial = import_is_loading(module) ? "partially initialized module " : "";
        const char *circular = *partial ? " (most likely due to a circular import)" : "";
        kr_obj_t file = kr_load_attr_maybe(module, KR_QSTR___file__);
        if (file != KR_OBJ_NULL && kr_obj_is_str(file)) {
            size_t fl;
            const char *f = kr_obj_str_get_data(file, &fl);
            kr_raise_fmt(&kr_type_ImportError, "cannot import name '%s' from %s'%.*s'%s (%.*s)",
                         kr_qstr_str(name), partial, (int)l, s, circular, (int)fl, f);
        }
        kr_raise_fmt(&kr_type_ImportError, "cannot import name '%s' from %s'%.*s'%s (unknown location)",
                     kr_qstr_str(name), partial, (int)l, s, circular);
    }
    kr_raise_fmt(&kr_type_ImportError, "cannot import name '%s'", kr_qstr_str(name));
}

void kr_import_all(kr_obj_t module, kr_obj_t dest_dict) {
    kr_obj_t g = kr_load_attr(module, KR_QSTR___dict__);
    kr_map_t *map = kr_obj_dict_get_map(g);
    kr_obj_t all = kr_obj_dict_get(g, KR_ROM_QSTR(__all__));
    if (all != KR_OBJ_NULL) {
        kr_obj_t it = kr_getiter(all);
        kr_obj_t name;
        while ((name = kr_iternext(it)) != KR_OBJ_NULL) {
            kr_qstr_t q = kr_obj_str_get_qstr(name);
            if (kr_load_attr_maybe(module, q) == KR_OBJ_NULL) {
                import_submodule_maybe(module, q);   /* __all__ may name submodules */
            }
            kr_obj_dict_store(dest_dict, KR_NEW_QSTR(q), kr_load_attr(module, q));
        }
        return;
    }
    for (size_t i = 0; i < map->used; i++) {
        kr_obj_t k = map->table[i].key;
        if (k == KR_OBJ_NULL || !kr_obj_is_str(k)) {
            continue;
        }
        size_t l;
        const char *s = kr_obj_str_get_data(k, &l);
        if (l > 0 && s[0] == '_') {
            continue;
        }
        kr_obj_dict_store(dest_dict, k, map->table[i].value);
    }
}
