/* frozen.c: lookup of frozen modules (compiled into the firmware by tools/freeze.py)
 * under the ".frozen" sys.path entry, and turning them into code objects. */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "persistentcode.h"
#include "frozen.h"

#if !KR_FROZEN_HAVE_CONTENT
/* a build without a manifest: no frozen modules */
const kr_frozen_module_t kr_frozen_modules[1];
const size_t kr_frozen_modules_count = 0;
#endif

#define FROZEN_DIR_LEN (sizeof(KR_FROZEN_DIR) - 1)

bool kr_frozen_is_path(const char *path) {
    return strncmp(path, KR_FROZEN_DIR, FROZEN_DIR_LEN) == 0
        && (path[FROZEN_DIR_LEN] == 0 || path[FROZEN_DIR_LEN] == '/');
}

/* path below .frozen ("" for the root itself), or NULL if not a frozen path */
static const char *frozen_rel(const char *path) {
    if (!kr_frozen_is_path(path)) {
        return NULL;
    }
    path += FROZEN_DIR_LEN;
    while (*path == '/') {
        path++;
    }
    return path;
}

const kr_frozen_module_t *kr_frozen_find(const char *path) {
    const char *rel = frozen_rel(path);
    if (rel == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < kr_frozen_modules_count; i++) {
        if (strcmp(kr_frozen_modules[i].path, rel) == 0) {
            return &kr_frozen_modules[i];
        }
    }
    return NULL;
}

int kr_frozen_stat(const char *path) {
    const char *rel = frozen_rel(path);
    if (rel == NULL) {
        return 0;
    }
    size_t len = strlen(rel);
    while (len > 0 && rel[len - 1] == '/') {
        len--;
    }
    if (len == 0) {
        return 2;
    }
    for (size_t i = 0; i < kr_frozen_modules_count; i++) {
        const char *p = kr_frozen_modules[i].path;
        if (strncmp(p, rel, len) == 0) {
            if (p[len] == 0) {
                return 1;
            }
            if (p[len] == '/') {
                return 2;
            }
        }
    }
    return 0;
}

kr_obj_t kr_frozen_get_code(const kr_frozen_module_t *m, const char *path) {
    switch (m->kind) {
        case KR_FROZEN_KIND_CODE:
            return KR_OBJ_FROM_PTR(m->data);
        case KR_FROZEN_KIND_SOURCE:
            /* file name in tracebacks as for compiled frozen code: the path below .frozen */
            return kr_compile_str(m->data, m->len, kr_qstr_from_str(m->path), KR_PARSE_FILE);
        default:
            return kr_persistentcode_load(m->data, m->len);
    }
}

void kr_frozen_print_names(const kr_print_t *p) {
    for (size_t i = 0; i < kr_frozen_modules_count; i++) {
        const char *path = kr_frozen_modules[i].path;
        size_t len = strlen(path);
        if (len > 12 && strcmp(path + len - 12, "/__init__.py") == 0) {
            len -= 12;
        } else if (len > 3) {
            len -= 3;
        }
        for (size_t k = 0; k < len; k++) {
            kr_print_strn(p, path[k] == '/' ? "." : path + k, 1);
        }
        kr_print_str(p, "\n");
    }
}
