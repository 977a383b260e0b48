/* objmodule.c: the module type and the table of builtin modules. */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "objmodule.h"
#include "state.h"

static void module_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_obj_module_t *m = KR_OBJ_TO_PTR(self);
    kr_map_elem_t *name = kr_map_lookup_qstr(&m->globals->map, KR_QSTR___name__);
    kr_map_elem_t *file = kr_map_lookup_qstr(&m->globals->map, KR_QSTR___file__);
    kr_print_str(p, "<module ");
    kr_obj_print(p, name ? name->value : KR_ROM_QSTR(lt_module_gt), KR_PRINT_REPR);
    if (file != NULL) {
        kr_print_str(p, " from ");
        kr_obj_print(p, file->value, KR_PRINT_REPR);
    } else if (!kr_map_lookup_qstr(&m->globals->map, KR_QSTR___path__)) {
        kr_print_str(p, " (built-in)");
    }
    kr_print_str(p, ">");
}

/* builtins.name = v / del builtins.name: names stored at run time go to
 * kr_state.dict_builtins_ext, which name lookups consult before the ROM table. */
static void builtins_store(kr_qstr_t attr, kr_obj_t *dest) {
    kr_obj_t key = KR_NEW_QSTR(attr);
    if (dest[1] == KR_OBJ_NULL) {
        if (kr_state.dict_builtins_ext != KR_OBJ_NULL
            && kr_map_lookup(kr_obj_dict_get_map(kr_state.dict_builtins_ext), key, KR_MAP_LOOKUP_REMOVE) != NULL) {
            dest[0] = KR_OBJ_NULL;
        }
        return;
    }
    if (kr_state.dict_builtins_ext == KR_OBJ_NULL) {
        kr_state.dict_builtins_ext = kr_obj_new_dict(1);
    }
    kr_obj_dict_store(kr_state.dict_builtins_ext, key, dest[1]);
    dest[0] = KR_OBJ_NULL;
}

static void module_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    kr_obj_module_t *m = KR_OBJ_TO_PTR(self);
    if (dest[0] == KR_OBJ_NULL) {
        if (attr == KR_QSTR___dict__) {
            dest[0] = KR_OBJ_FROM_PTR(m->globals);
            return;
        }
        if (m == &kr_module_builtins) {
            dest[0] = kr_load_builtin(attr);   /* with the names added at run time */
            return;
        }
        kr_map_elem_t *e = kr_map_lookup_qstr(&m->globals->map, attr);
        if (e != NULL) {
            dest[0] = e->value;
            return;
        }
        /* a module-level __getattr__(name) supplies missing attributes (PEP 562; MicroPython's
         * asyncio loads its parts lazily so). Its AttributeError means "absent": the lookup
         * stays unresolved, so optional lookups (import's probes) see nothing. */
        e = attr == KR_QSTR___getattr__ ? NULL : kr_map_lookup_qstr(&m->globals->map, KR_QSTR___getattr__);
        if (e != NULL) {
            kr_obj_t name = KR_NEW_QSTR(attr);
            kr_nlr_buf_t nlr;
            if (kr_nlr_push(&nlr) == 0) {
                dest[0] = kr_call(e->value, 1, 0, &name);
                kr_nlr_pop();
            } else if (!kr_obj_exception_match((kr_obj_t)nlr.ret_val, KR_OBJ_FROM_PTR(&kr_type_AttributeError))) {
                kr_raise((kr_obj_t)nlr.ret_val);
            }
        }
        return;
    }
    if (m == &kr_module_builtins) {
        builtins_store(attr, dest);
        return;
    }
    if (m->globals->map.is_fixed) {
        return;   /* ROM module: leave unresolved, the runtime raises AttributeError */
    }
    kr_obj_t key = KR_NEW_QSTR(attr);
    if (dest[1] == KR_OBJ_NULL) {
        if (kr_map_lookup(&m->globals->map, key, KR_MAP_LOOKUP_REMOVE) != NULL) {
            dest[0] = KR_OBJ_NULL;
        }
    } else {
        kr_map_lookup(&m->globals->map, key, KR_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = dest[1];
        dest[0] = KR_OBJ_NULL;
    }
}

const kr_type_t kr_type_module = {
    .base = {&kr_type_type},
    .name = KR_QSTR_module,
    .print = module_print,
    .attr = module_attr,
};

kr_obj_t kr_module_new(kr_qstr_t name) {
    kr_obj_module_t *m = kr_gc_alloc(sizeof(kr_obj_module_t), 0);
    m->base.type = &kr_type_module;
    m->globals = KR_OBJ_TO_PTR(kr_obj_new_dict(8));
    kr_obj_dict_store(KR_OBJ_FROM_PTR(m->globals), KR_ROM_QSTR(__name__), KR_NEW_QSTR(name));
    kr_obj_dict_store(KR_OBJ_FROM_PTR(m->globals), KR_ROM_QSTR(__doc__), KR_OBJ_NONE);   /* the docstring replaces it */
    return KR_OBJ_FROM_PTR(m);
}

kr_obj_t kr_module_get_globals(kr_obj_t module) {
    return KR_OBJ_FROM_PTR(((kr_obj_module_t *)KR_OBJ_TO_PTR(module))->globals);
}

#if KR_MODULE_SOCKET
extern const kr_obj_module_t kr_module_socket;   /* modules/modsocket.c */
#endif

/* The builtin modules, by name. `sys` is built at run time by kr_init. */
static const kr_map_elem_t builtin_modules_table[] = {
    { KR_ROM_QSTR(builtins), KR_ROM_PTR(&kr_module_builtins) },
    { KR_ROM_QSTR(gc), KR_ROM_PTR(&kr_module_gc) },
    { KR_ROM_QSTR(micropython), KR_ROM_PTR(&kr_module_micropython) },
#if KR_MODULE_MATH
    { KR_ROM_QSTR(math), KR_ROM_PTR(&kr_module_math) },
#endif
#if KR_MODULE_CMATH
    { KR_ROM_QSTR(cmath), KR_ROM_PTR(&kr_module_cmath) },
#endif
#if KR_MODULE_TIME
    { KR_ROM_QSTR(time), KR_ROM_PTR(&kr_module_time) },
#endif
#if KR_MODULE_VFS
    { KR_ROM_QSTR(os), KR_ROM_PTR(&kr_module_os) },
    { KR_ROM_QSTR(os_dot_path), KR_ROM_PTR(&kr_module_os_path) },   /* import os.path */
    { KR_ROM_QSTR(vfs), KR_ROM_PTR(&kr_module_vfs) },
#endif
#if KR_MODULE_MACHINE
    { KR_ROM_QSTR(machine), KR_ROM_PTR(&kr_module_machine) },
#endif
#if KR_MODULE_STRUCT
    { KR_ROM_QSTR(struct), KR_ROM_PTR(&kr_module_struct) },
#endif
#if KR_MODULE_JSON
    { KR_ROM_QSTR(json), KR_ROM_PTR(&kr_module_json) },
#endif
#if KR_MODULE_COLLECTIONS
    { KR_ROM_QSTR(collections), KR_ROM_PTR(&kr_module_collections) },
#endif
#if KR_MODULE_IO
    { KR_ROM_QSTR(io), KR_ROM_PTR(&kr_module_io) },
#endif
#if KR_MODULE_RANDOM
    { KR_ROM_QSTR(random), KR_ROM_PTR(&kr_module_random) },
#endif
#if KR_MODULE_ARRAY
    { KR_ROM_QSTR(array), KR_ROM_PTR(&kr_module_array) },
#endif
#if KR_MODULE_BINASCII
    { KR_ROM_QSTR(binascii), KR_ROM_PTR(&kr_module_binascii) },
#endif
#if KR_MODULE_HEAPQ
    { KR_ROM_QSTR(heapq), KR_ROM_PTR(&kr_module_heapq) },
#endif
#if KR_MODULE_ERRNO
    { KR_ROM_QSTR(errno), KR_ROM_PTR(&kr_module_errno) },
#endif
#if KR_MODULE_HASHLIB
    { KR_ROM_QSTR(hashlib), KR_ROM_PTR(&kr_module_hashlib) },
#endif
#if KR_MODULE_PLATFORM
    { KR_ROM_QSTR(platform), KR_ROM_PTR(&kr_module_platform) },
#endif
#if KR_MODULE_RE
    { KR_ROM_QSTR(re), KR_ROM_PTR(&kr_module_re) },
#endif
#if KR_MODULE_SELECT
    { KR_ROM_QSTR(select), KR_ROM_PTR(&kr_module_select) },
#endif
#if KR_MODULE_SOCKET
    { KR_ROM_QSTR(socket), KR_ROM_PTR(&kr_module_socket) },
#endif
#if KR_MODULE_UCTYPES
    { KR_ROM_QSTR(uctypes), KR_ROM_PTR(&kr_module_uctypes) },
#endif
#if KR_MODULE_FRAMEBUF
    { KR_ROM_QSTR(framebuf), KR_ROM_PTR(&kr_module_framebuf) },
#endif
#if KR_MODULE_DEFLATE
    { KR_ROM_QSTR(deflate), KR_ROM_PTR(&kr_module_deflate) },
#endif
};
KR_DEFINE_CONST_DICT(kr_module_builtin_table, builtin_modules_table);

kr_obj_t kr_module_find_builtin(kr_qstr_t name) {
    kr_map_elem_t *e = kr_map_lookup_qstr((kr_map_t *)&kr_module_builtin_table.map, name);
    if (e != NULL) {
        return e->value;
    }
    if (name == KR_QSTR_sys) {
        return kr_state.sys_module;
    }
    /* MicroPython's u-prefixed names (utime, ujson, ...) reach the same modules */
    size_t len;
    const char *s = kr_qstr_data(name, &len);
    if (len > 1 && s[0] == 'u') {
        kr_qstr_t base = kr_qstr_find_strn(s + 1, len - 1);
        if (base != KR_QSTR_NULL && s[1] != 'u') {
            return kr_module_find_builtin(base);
        }
    }
    return KR_OBJ_NULL;
}

void kr_module_register_builtin_table(void) {
}
