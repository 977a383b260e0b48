/* modmicropython.c: the micropython module: compiler hints and interpreter internals. */
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "state.h"

static kr_obj_t mp_const(kr_obj_t x) {
    return x;
}
static KR_DEFINE_FUN_1(mp_const_obj, mp_const);

static kr_obj_t mp_opt_level(size_t n_args, const kr_obj_t *args) {
    if (n_args == 0) {
        return KR_NEW_SMALL_INT(kr_state.opt_level);
    }
    kr_int_t v = kr_obj_get_int(args[0]);
    kr_state.opt_level = (uint8_t)(v < 0 ? 0 : v > 3 ? 3 : v);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(mp_opt_level_obj, 0, 1, mp_opt_level);

static kr_obj_t mp_mem_info(size_t n_args, const kr_obj_t *args) {
    bool verbose = n_args > 0 && kr_obj_is_true(args[0]);
    kr_printf(&kr_print_stdout, "stack: %u out of %u\n",
              (unsigned)kr_stack_usage(), (unsigned)kr_state.stack_limit);
    kr_gc_dump_info();
    if (verbose) {
        kr_printf(&kr_print_stdout, "GC: alloc: %u, free: %u, locked: %u\n",
                  (unsigned)kr_gc_mem_alloc(), (unsigned)kr_gc_mem_free(), (unsigned)kr_gc_lock_depth());
        kr_printf(&kr_print_stdout, "recursion depth: %d\n", kr_state.recursion_depth);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(mp_mem_info_obj, 0, 1, mp_mem_info);

static kr_obj_t mp_qstr_info(size_t n_args, const kr_obj_t *args) {
    bool verbose = n_args > 0 && kr_obj_is_true(args[0]);
    size_t total = kr_qstr_total();
    kr_printf(&kr_print_stdout, "qstr pool: n_static=%u, n_runtime=%u, n_str_data_bytes=%u\n",
              (unsigned)KR_QSTR_NUM_STATIC, (unsigned)(total - KR_QSTR_NUM_STATIC),
              (unsigned)kr_qstr_pool_bytes());
    if (verbose) {
        for (size_t q = KR_QSTR_NUM_STATIC; q < total; q++) {
            kr_printf(&kr_print_stdout, "Q(%s)\n", kr_qstr_str((kr_qstr_t)q));
        }
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(mp_qstr_info_obj, 0, 1, mp_qstr_info);

static kr_obj_t mp_stack_use(void) {
    return kr_obj_new_int((kr_int_t)kr_stack_usage());
}
static KR_DEFINE_FUN_0(mp_stack_use_obj, mp_stack_use);

static kr_obj_t mp_heap_lock(void) {
    kr_gc_lock();
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_0(mp_heap_lock_obj, mp_heap_lock);

static kr_obj_t mp_heap_unlock(void) {
    return kr_obj_new_int((kr_int_t)kr_gc_unlock());
}
static KR_DEFINE_FUN_0(mp_heap_unlock_obj, mp_heap_unlock);

static kr_obj_t mp_heap_locked(void) {
    return kr_obj_new_int((kr_int_t)kr_gc_lock_depth());
}
static KR_DEFINE_FUN_0(mp_heap_locked_obj, mp_heap_locked);

static kr_obj_t mp_alloc_emergency_exception_buf(kr_obj_t size) {
    kr_obj_get_int(size);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(mp_alloc_emergency_exception_buf_obj, mp_alloc_emergency_exception_buf);

static kr_obj_t mp_kbd_intr(kr_obj_t c) {
    kr_int_t v = kr_obj_get_int(c);
    kr_state.kbd_intr_char = (int)(v < 0 ? -1 : v & 0xff);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(mp_kbd_intr_obj, mp_kbd_intr);

/* schedule(fun, arg): fun(arg) runs soon, at the VM's next pending check (a backward
 * jump, a call or a return), one callback at a time. */
static kr_obj_t mp_schedule(kr_obj_t fun, kr_obj_t arg) {
    if (!kr_sched_schedule(fun, arg)) {
        kr_raise_msg(&kr_type_RuntimeError, "schedule queue full");
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(mp_schedule_obj, mp_schedule);

/* @micropython.native / @micropython.viper: Krait has no native code emitter, so these
 * decorators return the function unchanged and it runs as bytecode (docs/micropython.md). */
static kr_obj_t mp_native(kr_obj_t fun) {
    return fun;
}
static KR_DEFINE_FUN_1(mp_native_obj, mp_native);

/* @micropython.asm_thumb: there is no inline assembler; using it is an error. */
static kr_obj_t mp_asm_thumb(kr_obj_t fun) {
    kr_raise_msg(&kr_type_NotImplementedError, "asm_thumb: Krait has no inline assembler");
}
static KR_DEFINE_FUN_1(mp_asm_thumb_obj, mp_asm_thumb);

static const kr_map_elem_t mp_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(micropython) },
    { KR_ROM_QSTR(const), KR_ROM_PTR(&mp_const_obj) },
    { KR_ROM_QSTR(opt_level), KR_ROM_PTR(&mp_opt_level_obj) },
    { KR_ROM_QSTR(mem_info), KR_ROM_PTR(&mp_mem_info_obj) },
    { KR_ROM_QSTR(qstr_info), KR_ROM_PTR(&mp_qstr_info_obj) },
    { KR_ROM_QSTR(stack_use), KR_ROM_PTR(&mp_stack_use_obj) },
    { KR_ROM_QSTR(heap_lock), KR_ROM_PTR(&mp_heap_lock_obj) },
    { KR_ROM_QSTR(heap_unlock), KR_ROM_PTR(&mp_heap_unlock_obj) },
    { KR_ROM_QSTR(heap_locked), KR_ROM_PTR(&mp_heap_locked_obj) },
    { KR_ROM_QSTR(alloc_emergency_exception_buf), KR_ROM_PTR(&mp_alloc_emergency_exception_buf_obj) },
    { KR_ROM_QSTR(kbd_intr), KR_ROM_PTR(&mp_kbd_intr_obj) },
    { KR_ROM_QSTR(schedule), KR_ROM_PTR(&mp_schedule_obj) },
    { KR_ROM_QSTR(native), KR_ROM_PTR(&mp_native_obj) },
    { KR_ROM_QSTR(viper), KR_ROM_PTR(&mp_native_obj) },
    { KR_ROM_QSTR(asm_thumb), KR_ROM_PTR(&mp_asm_thumb_obj) },
};
static KR_DEFINE_CONST_DICT(mp_globals, mp_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_micropython, mp_globals);
