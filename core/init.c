/* init.c: (re)initialisation of the whole interpreter state, and running a file as __main__. */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "objmodule.h"
#include "port.h"
#include "import.h"
#include "gc.h"

static const kr_obj_tuple_t init_empty_tuple = {{&kr_type_tuple}, 0};

void kr_init(void) {
    memset(kr_state.roots_start, 0, (size_t)(kr_state.roots_end - kr_state.roots_start));
    kr_state.nlr_top = NULL;
    kr_state.recursion_depth = 0;
    kr_state.kbd_intr_char = 3;
    kr_state.opt_level = 0;
    kr_state.sched_pending = 0;
    memset(&kr_state.emergency_exc, 0, sizeof(kr_state.emergency_exc));
    kr_state.emergency_exc.base.type = &kr_type_MemoryError;
    kr_state.emergency_exc.args = (kr_obj_tuple_t *)&init_empty_tuple;
    kr_qstr_init();
    kr_state.sys_modules = kr_obj_new_dict(16);
    kr_state.sys_path = kr_obj_new_list(0, NULL);
    /* frozen modules first: they win over same-named files (docs/freezing.md) */
    kr_obj_list_append(kr_state.sys_path, KR_ROM_QSTR(dot_frozen));
    kr_obj_list_append(kr_state.sys_path, KR_ROM_QSTR(empty));
    kr_obj_list_append(kr_state.sys_path, KR_ROM_QSTR(lib));
    kr_state.sys_argv = kr_obj_new_list(0, NULL);
    kr_state.dict_main = kr_obj_new_dict(16);
    kr_obj_dict_store(kr_state.dict_main, KR_ROM_QSTR(__name__), KR_ROM_QSTR(__main__));
    kr_obj_dict_store(kr_state.dict_main, KR_ROM_QSTR(__doc__), KR_OBJ_NONE);
    kr_state.kbd_exc = kr_obj_new_exception(&kr_type_KeyboardInterrupt);
    kr_state.emergency_args = kr_obj_new_tuple(KR_EMERGENCY_ARGS, NULL);
    uintptr_t *tb = kr_gc_alloc((1 + 3 * KR_EMERGENCY_TB_ENTRIES) * sizeof(uintptr_t), KR_GC_FLAG_ATOMIC);
    tb[0] = 0;
    kr_state.emergency_tb = KR_OBJ_FROM_PTR(tb);
    kr_state.sys_module = kr_modsys_make();
    kr_obj_t main_mod = kr_module_new(KR_QSTR___main__);
    ((kr_obj_module_t *)KR_OBJ_TO_PTR(main_mod))->globals = KR_OBJ_TO_PTR(kr_state.dict_main);
    kr_obj_dict_store(kr_state.sys_modules, KR_ROM_QSTR(__main__), main_mod);
}

void kr_deinit(void) {
    kr_state.sched_pending = 0;
    kr_gc_finalise_all();   /* close the files left open */
}

void kr_exec_file(const char *path, kr_obj_t globals) {
    kr_obj_t code = kr_import_load_file_code(path);   /* source, or a .kpy file */
    kr_vm_run_code(code, globals, globals);
}
