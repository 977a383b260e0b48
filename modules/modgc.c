/* modgc.c: the gc module: control the garbage collector. */
#include "obj.h"
#include "gc.h"
#include "runtime.h"

#if KR_GC_COLLECT_RETVAL
/* unix, as MicroPython's: the number of GC blocks freed */
static kr_obj_t gc_collect(void) {
    size_t before = kr_gc_mem_alloc();
    kr_gc_collect();
    size_t after = kr_gc_mem_alloc();
    size_t freed = before > after ? before - after : 0;
    return kr_obj_new_int((kr_int_t)(freed / (KR_GC_BLOCK_WORDS * sizeof(void *))));
}
#else
static kr_obj_t gc_collect(void) {
    kr_gc_collect();
    return KR_OBJ_NONE;
}
#endif
static KR_DEFINE_FUN_0(gc_collect_obj, gc_collect);

static kr_obj_t gc_enable(void) {
    kr_gc_enable(true);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_0(gc_enable_obj, gc_enable);

static kr_obj_t gc_disable(void) {
    kr_gc_enable(false);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_0(gc_disable_obj, gc_disable);

static kr_obj_t gc_isenabled(void) {
    return KR_OBJ_BOOL(kr_gc_is_enabled());
}
static KR_DEFINE_FUN_0(gc_isenabled_obj, gc_isenabled);

static kr_obj_t gc_mem_free(void) {
    return kr_obj_new_int((kr_int_t)kr_gc_mem_free());
}
static KR_DEFINE_FUN_0(gc_mem_free_obj, gc_mem_free);

static kr_obj_t gc_mem_alloc(void) {
    return kr_obj_new_int((kr_int_t)kr_gc_mem_alloc());
}
static KR_DEFINE_FUN_0(gc_mem_alloc_obj, gc_mem_alloc);

static kr_obj_t gc_threshold(size_t n_args, const kr_obj_t *args) {
    if (n_args == 0) {
        return kr_obj_new_int(kr_gc_get_threshold());
    }
    kr_gc_set_threshold((long)kr_obj_get_int(args[0]));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(gc_threshold_obj, 0, 1, gc_threshold);

static const kr_map_elem_t gc_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(gc) },
    { KR_ROM_QSTR(collect), KR_ROM_PTR(&gc_collect_obj) },
    { KR_ROM_QSTR(enable), KR_ROM_PTR(&gc_enable_obj) },
    { KR_ROM_QSTR(disable), KR_ROM_PTR(&gc_disable_obj) },
    { KR_ROM_QSTR(isenabled), KR_ROM_PTR(&gc_isenabled_obj) },
    { KR_ROM_QSTR(mem_free), KR_ROM_PTR(&gc_mem_free_obj) },
    { KR_ROM_QSTR(mem_alloc), KR_ROM_PTR(&gc_mem_alloc_obj) },
    { KR_ROM_QSTR(threshold), KR_ROM_PTR(&gc_threshold_obj) },
};
static KR_DEFINE_CONST_DICT(gc_globals, gc_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_gc, gc_globals);
