/* objmodule.h: module helpers and the builtin modules known to the import system. */
#ifndef KRAIT_OBJMODULE_H
#define KRAIT_OBJMODULE_H

#include "obj.h"
#include "gc.h"
#include "state.h"

extern const kr_obj_module_t kr_module_gc, kr_module_micropython, kr_module_math, kr_module_cmath, kr_module_time;
extern const kr_obj_module_t kr_module_machine;   /* provided by the port when KR_MODULE_MACHINE */
/* standard-library modules (modules/mod<name>.c) */
extern const kr_obj_module_t kr_module_struct, kr_module_json, kr_module_collections, kr_module_io, kr_module_random, kr_module_array, kr_module_binascii, kr_module_heapq, kr_module_errno, kr_module_hashlib, kr_module_platform, kr_module_re, kr_module_select;
extern const kr_obj_module_t kr_module_uctypes, kr_module_framebuf;   /* modules/moductypes.c, modframebuf.c */
extern const kr_obj_module_t kr_module_os, kr_module_os_path, kr_module_vfs;   /* modules/modos.c, modules/vfs.c */
extern const kr_obj_module_t kr_module_deflate;   /* modules/moddeflate.c */
extern const kr_obj_dict_t kr_module_builtin_table;
kr_obj_t kr_module_get_globals(kr_obj_t module);
kr_obj_t kr_modsys_make(void);   /* builds the sys module (modules/modsys.c) */

#endif /* KRAIT_OBJMODULE_H */
