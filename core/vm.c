/* vm.c: the bytecode interpreter: frames, the dispatch loop, exception unwinding,
 * and the entry points that run module code and call Python functions. */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "state.h"
#include "bytecode.h"
#include "vm.h"
#include "objgen.h"
#include "objtype.h"
#include "objstr.h"
#include "objdict.h"
#include "objexcept.h"
#include "vmops.h"


#if KR_FEATURE_FLOAT
static inline bool vm_is_float(kr_obj_t o) {
    return KR_IS_OBJ(o) && KR_OBJ_TYPE(o) == &kr_type_float;
}

/* True for float (op) float and float (op) small int where the int converts to a
 * double exactly (|i| <= 2**53), so comparisons stay exact as in CPython. */
/* int64_t parameter: portable to 32-bit kr_int_t (no shift overflow, no always-true compare) */
static inline bool vm_int_exact_double(int64_t v) {
    return v <= (INT64_C(1) << 53) && v >= -(INT64_C(1) << 53);
}

static inline bool vm_float_pair(kr_obj_t a, kr_obj_t b) {
    if (vm_is_float(a)) {
        return vm_is_float(b) || (KR_IS_SMALL_INT(b) && vm_int_exact_double(KR_SMALL_INT_VALUE(b)));
    }
    return vm_is_float(b) && KR_IS_SMALL_INT(a) && vm_int_exact_double(KR_SMALL_INT_VALUE(a));
}

static inline double vm_as_double(kr_obj_t o) {
    return KR_IS_SMALL_INT(o) ? (double)KR_SMALL_INT_VALUE(o) : ((kr_obj_float_t *)KR_OBJ_TO_PTR(o))->value;
}
#endif

static kr_frame_t *vm_cur_frame;

/* ---------------------------------------------------------------- operand decoding */

#define READ_U(v) do { \
        size_t b_ = *ip++; \
        if (b_ < 0x80) { \
            (v) = b_; \
        } else { \
            size_t r_ = b_ & 0x7f; \
            unsigned sh_ = 7; \
            do { \
                b_ = *ip++; \
                r_ |= (b_ & 0x7f) << sh_; \
                sh_ += 7; \
            } while (b_ & 0x80); \
            (v) = r_; \
        } \
    } while (0)

#define READ_S(v) do { \
        size_t u_; \
        READ_U(u_); \
        (v) = (kr_int_t)(u_ >> 1) ^ -(kr_int_t)(u_ & 1); \
    } while (0)

#define READ_J(v) do { \
        (v) = (int16_t)(uint16_t)(ip[0] | (ip[1] << 8)); \
        ip += 2; \
    } while (0)

/* ---------------------------------------------------------------- frames */

void kr_vm_frame_init(kr_frame_t *f, const kr_code_t *code, kr_obj_t fun, kr_obj_t globals) {
    f->code = code;
    f->globals = globals;
    f->locals_dict = KR_OBJ_NULL;
    f->fun = fun;
    f->ip = code->bytecode;
    f->sp = f->state + code->n_locals - 1;
    f->back = NULL;
    f->exc_entry = KR_OBJ_NULL;
    f->gen_exc = KR_OBJ_NULL;
    f->n_blocks = 0;
    f->reraise = 0;
    f->yield_from = 0;
}

kr_frame_t *kr_vm_current_frame(void) {
    return vm_cur_frame;
}

kr_obj_t kr_vm_current_globals(void) {
    return vm_cur_frame != NULL ? vm_cur_frame->globals : kr_state.dict_main;
}

kr_obj_t kr_vm_current_locals(void) {
    kr_frame_t *f = vm_cur_frame;
    if (f == NULL) {
        return kr_state.dict_main;
    }
    if (f->locals_dict != KR_OBJ_NULL) {
        return f->locals_dict;
    }
    const kr_code_t *code = f->code;
    kr_obj_t d = kr_obj_new_dict(code->n_locals);
    for (size_t i = 0; i < code->n_locals; i++) {
        kr_obj_t v = f->state[i];
        if (v == KR_OBJ_NULL) {
            continue;
        }
        if (kr_vmops_slot_is_cell(code, i)) {
            if (!kr_obj_is_type(v, &kr_type_cell)) {
                continue;
            }
            v = ((kr_obj_cell_t *)KR_OBJ_TO_PTR(v))->value;
            if (v == KR_OBJ_UNBOUND) {
                continue;
            }
        }
        if (code->local_names != NULL) {
            kr_obj_dict_store(d, code->local_names[i], v);
        }
    }
    return d;
}

/* Replace cell-variable slots by cells and fill the free-variable slots from the closure. */
static void frame_setup_cells(const kr_code_t *code, kr_obj_t closure, kr_obj_t *locals) {
    for (size_t k = 0; k < code->n_cell_slots; k++) {
        size_t s = code->cell_slots[k];
        kr_obj_t v = locals[s];
        locals[s] = kr_obj_new_cell(v == KR_OBJ_NULL ? KR_OBJ_UNBOUND : v);
    }
    if (code->n_free > 0 && closure != KR_OBJ_NULL) {
        kr_obj_tuple_t *cl = KR_OBJ_TO_PTR(closure);
        size_t base = (size_t)code->n_locals - code->n_free;
        for (size_t k = 0; k < code->n_free && k < cl->len; k++) {
            locals[base + k] = cl->items[k];
        }
    }
}

static inline void vm_stack_check(void) {
    if (kr_state.recursion_depth >= KR_RECURSION_LIMIT
        || (size_t)(kr_state.stack_top - (char *)__builtin_frame_address(0)) >= kr_state.stack_limit) {
        kr_raise_recursion_error();
    }
}

/* ---------------------------------------------------------------- errors */

/* Set exc.__context__ = ctx, breaking any cycle as CPython does. */
static void set_context(kr_obj_t exc, kr_obj_t ctx) {
    kr_obj_exception_t *e = KR_OBJ_TO_PTR(exc);
    if (e->context != KR_OBJ_NULL || exc == KR_OBJ_FROM_PTR(&kr_state.emergency_exc)) {
        return;
    }
    kr_obj_t o = ctx;
    for (int guard = 0; o != KR_OBJ_NULL && guard < 1000; guard++) {
        if (!kr_obj_is_exception_instance(o)) {
            break;
        }
        kr_obj_exception_t *oe = KR_OBJ_TO_PTR(o);
        if (oe->context == exc) {
            oe->context = KR_OBJ_NULL;
            break;
        }
        o = oe->context;
    }
    e->context = ctx;
}

/* An exception arrived in frame f: record the traceback entry, then find the innermost
 * handler block. Returns false when the frame has none (the exception leaves it). */
static bool vm_unwind(kr_frame_t *f, kr_obj_t exc) {
    const kr_code_t *code = f->code;
    if (!f->reraise && kr_obj_is_exception_instance(exc)) {
        kr_nlr_buf_t nlr;       /* (the emergency exception records into preallocated room) */
        if (kr_nlr_push(&nlr) == 0) {
            size_t line = kr_code_line_for_offset(code, (size_t)(f->ip - code->bytecode));
            kr_obj_exception_add_traceback(exc, code->filename, line, code->name);
            kr_nlr_pop();
        }
        kr_obj_t cur = kr_state.cur_exc;
        if (cur != KR_OBJ_NULL && cur != exc && cur != KR_OBJ_NONE) {
            set_context(exc, cur);
        }
    }
    f->reraise = 0;
    if (f->n_blocks == 0) {
        return false;
    }
    f->n_blocks--;
    const size_t *blk = (const size_t *)(f->state + code->n_locals + code->stack_size) + 2 * f->n_blocks;
    f->ip = code->bytecode + blk[0];
    kr_obj_t *sp = f->state + code->n_locals + blk[1];
    *sp = exc;
    f->sp = sp;
    return true;
}

/* ---------------------------------------------------------------- helpers for opcodes */

static inline bool vm_is_true(kr_obj_t v) {
    if (v == KR_OBJ_TRUE) {
        return true;
    }
    if (v == KR_OBJ_FALSE || v == KR_OBJ_NONE) {
        return false;
    }
    if (KR_IS_SMALL_INT(v)) {
        return v != KR_NEW_SMALL_INT(0);
    }
    return kr_obj_is_true(v);
}

/* Call fun with args; args[-1] is a scratch slot the call may overwrite. */
static inline kr_obj_t vm_call(kr_obj_t fun, size_t n_args, size_t n_kw, kr_obj_t *args) {
    if (KR_IS_OBJ(fun)) {
        const kr_type_t *t = KR_OBJ_TYPE(fun);
        if (t == &kr_type_fun_bc) {
            return kr_vm_call_fun_bc(fun, n_args, n_kw, args);
        }
        if (t == &kr_type_fun_builtin) {
            return kr_obj_fun_builtin_call(fun, n_args, n_kw, args);
        }
        if (t == &kr_type_bound_meth) {
            kr_obj_bound_meth_t *m = KR_OBJ_TO_PTR(fun);
            args[-1] = m->self;
            return kr_call(m->meth, n_args + 1, n_kw, args - 1);
        }
    }
    return kr_call(fun, n_args, n_kw, args);
}

/* ---------------------------------------------------------------- the dispatch loop */

/* LOAD_GLOBAL cache: for an instruction address, where its name was last found in the
 * globals table. Only validated against the live map (never dereferenced on its own),
 * so stale entries are harmless. */
#define GLOBAL_CACHE_SIZE (256)
typedef struct {
    const uint8_t *ip;
    const kr_map_elem_t *table;
    size_t idx;
} global_cache_t;
static global_cache_t global_cache[GLOBAL_CACHE_SIZE];

/* Instance attribute cache, by instruction address: for an instance of `type` (at
 * class-cache `version`), the attribute sits at `idx` in the instance dict's table;
 * the key there is checked on every use. Filled by kr_obj_instance_fast_index. */
#define ATTR_CACHE_SIZE (256)
typedef struct {
    const uint8_t *ip;
    const kr_type_t *type;
    uint32_t version;
    uint32_t idx;
} attr_cache_t;
static attr_cache_t attr_cache[ATTR_CACHE_SIZE];

/* The slot of attr in o's instance dict when the cache entry for ip says where it is. */
static inline kr_map_elem_t *attr_cache_hit(attr_cache_t *ac, const uint8_t *ip, kr_obj_t o, kr_obj_t name) {
    if (ac->ip != ip || !KR_IS_OBJ(o) || ac->type != KR_OBJ_TYPE(o) || ac->version != kr_obj_type_cache_version) {
        return NULL;
    }
    kr_obj_dict_t *d = kr_obj_instance_fast_dict(o);
    if (d == NULL || ac->idx >= d->map.used || d->map.table[ac->idx].key != name) {
        return NULL;
    }
    return &d->map.table[ac->idx];
}

/* Look attr up through the fast path and remember where it was; NULL if not applicable. */
static kr_map_elem_t *attr_cache_fill(attr_cache_t *ac, const uint8_t *ip, kr_obj_t o, kr_obj_t name, bool store) {
    long idx = kr_obj_instance_fast_index(o, KR_QSTR_VALUE(name), store);
    if (idx < 0) {
        return NULL;
    }
    ac->ip = ip;
    ac->type = KR_OBJ_TYPE(o);
    ac->version = kr_obj_type_cache_version;
    ac->idx = (uint32_t)idx;
    return &kr_obj_instance_fast_dict(o)->map.table[idx];
}

/* The generator returned by the latest call and the address of the instruction after
 * that call (compared only, never dereferenced): see kr_obj_gen_loop_own. */
static kr_obj_t vm_fresh_gen;
static const uint8_t *vm_fresh_gen_ip;

#if KR_FEATURE_COMPUTED_GOTO
#define TARGET(name) L_##name
#define DISPATCH() do { f->ip = ip; goto *dispatch_table[*ip++]; } while (0)
#else
#define TARGET(name) case KR_OP_##name
#define DISPATCH() continue
#endif

#define PENDING_CHECK() do { if (kr_state.sched_pending) { kr_handle_pending(); } } while (0)
/* calls and returns run scheduled callbacks only (a Ctrl-C waits for a jump or a call of a
 * Python function, as before) */
#define SCHED_CHECK() do { \
        if (kr_state.sched_pending && kr_state.pending_exc == KR_OBJ_NULL) { kr_handle_pending(); } \
    } while (0)

static kr_vm_result_t vm_run(kr_frame_t *f, kr_obj_t *ret) {
    const kr_code_t *const code = f->code;
    kr_obj_t *const fastn = f->state;
    const kr_obj_t *const consts = code->consts;
    const kr_obj_t *const names = code->names;
    const uint8_t *ip = f->ip;
    kr_obj_t *sp = f->sp;

#if KR_FEATURE_COMPUTED_GOTO
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
    static const void *const dispatch_table[256] = {
        [0 ... 255] = &&L_bad_opcode,
#define KR_OP_LABEL(name, operand) [KR_OP_##name] = &&L_##name,
        KR_OPCODES(KR_OP_LABEL)
#undef KR_OP_LABEL
    };
#pragma GCC diagnostic pop
    DISPATCH();
#else
    for (;;) {
    f->ip = ip;
    switch (*ip++) {
#endif

    TARGET(NOP):
        DISPATCH();

    TARGET(POP_TOP): {
        kr_obj_t v = *sp--;
        if (KR_IS_OBJ(v) && KR_OBJ_TYPE(v) == &kr_type_generator) {
            kr_obj_gen_loop_release(v);
        }
        DISPATCH();
    }

    TARGET(ROT_TWO): {
        kr_obj_t t = sp[0];
        sp[0] = sp[-1];
        sp[-1] = t;
        DISPATCH();
    }

    TARGET(ROT_THREE): {
        kr_obj_t t = sp[0];
        sp[0] = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = t;
        DISPATCH();
    }

    TARGET(ROT_FOUR): {
        kr_obj_t t = sp[0];
        sp[0] = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = t;
        DISPATCH();
    }

    TARGET(DUP_TOP):
        sp[1] = sp[0];
        sp++;
        DISPATCH();

    TARGET(DUP_TOP_TWO):
        sp[1] = sp[-1];
        sp[2] = sp[0];
        sp += 2;
        DISPATCH();

    TARGET(LOAD_CONST): {
        size_t u;
        READ_U(u);
        *++sp = consts[u];
        DISPATCH();
    }

    TARGET(LOAD_SMALL_INT): {
        kr_int_t s;
        READ_S(s);
        *++sp = KR_NEW_SMALL_INT(s);
        DISPATCH();
    }

    TARGET(LOAD_NONE):
        *++sp = KR_OBJ_NONE;
        DISPATCH();

    TARGET(LOAD_TRUE):
        *++sp = KR_OBJ_TRUE;
        DISPATCH();

    TARGET(LOAD_FALSE):
        *++sp = KR_OBJ_FALSE;
        DISPATCH();

    TARGET(LOAD_NULL):
        *++sp = KR_OBJ_NULL;
        DISPATCH();

    TARGET(LOAD_FAST): {
        size_t u;
        READ_U(u);
        kr_obj_t v = fastn[u];
        if (v == KR_OBJ_NULL) {
            kr_vmops_raise_unbound_local(code, u);
        }
        *++sp = v;
        DISPATCH();
    }

    TARGET(STORE_FAST): {
        size_t u;
        READ_U(u);
        fastn[u] = *sp--;
        DISPATCH();
    }

    TARGET(DELETE_FAST): {
        size_t u;
        READ_U(u);
        if (fastn[u] == KR_OBJ_NULL) {
            kr_vmops_raise_unbound_local(code, u);
        }
        fastn[u] = KR_OBJ_NULL;
        DISPATCH();
    }

    TARGET(LOAD_DEREF): {
        size_t u;
        READ_U(u);
        kr_obj_t v = ((kr_obj_cell_t *)KR_OBJ_TO_PTR(fastn[u]))->value;
        if (v == KR_OBJ_UNBOUND) {
            kr_vmops_raise_unbound_deref(code, u);
        }
        *++sp = v;
        DISPATCH();
    }

    TARGET(STORE_DEREF): {
        size_t u;
        READ_U(u);
        ((kr_obj_cell_t *)KR_OBJ_TO_PTR(fastn[u]))->value = *sp--;
        DISPATCH();
    }

    TARGET(DELETE_DEREF): {
        size_t u;
        READ_U(u);
        kr_obj_cell_t *c = KR_OBJ_TO_PTR(fastn[u]);
        if (c->value == KR_OBJ_UNBOUND) {
            kr_vmops_raise_unbound_deref(code, u);
        }
        c->value = KR_OBJ_UNBOUND;
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE): {
        size_t u;
        READ_U(u);
        *++sp = fastn[u];
        DISPATCH();
    }

    TARGET(LOAD_NAME): {
        size_t u;
        READ_U(u);
        kr_obj_t v = kr_vmops_load_name(f, KR_QSTR_VALUE(names[u]));
        *++sp = v;
        DISPATCH();
    }

    TARGET(STORE_NAME): {
        size_t u;
        READ_U(u);
        kr_vmops_store_name(f, KR_QSTR_VALUE(names[u]), sp[0]);
        sp--;
        DISPATCH();
    }

    TARGET(DELETE_NAME): {
        size_t u;
        READ_U(u);
        kr_vmops_delete_name(f->locals_dict != KR_OBJ_NULL ? f->locals_dict : f->globals, KR_QSTR_VALUE(names[u]));
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL): {
        size_t u;
        const uint8_t *op_ip = ip - 1;
        READ_U(u);
        kr_map_t *map = &((kr_obj_dict_t *)KR_OBJ_TO_PTR(f->globals))->map;
        global_cache_t *gc = &global_cache[((uintptr_t)op_ip >> 1) & (GLOBAL_CACHE_SIZE - 1)];
        if (gc->ip == op_ip && gc->table == map->table && gc->idx < map->used
            && map->table[gc->idx].key == names[u]) {
            *++sp = map->table[gc->idx].value;
            DISPATCH();
        }
        kr_qstr_t q = KR_QSTR_VALUE(names[u]);
        kr_map_elem_t *e = kr_map_lookup_qstr(map, q);
        kr_obj_t v;
        if (e != NULL) {
            v = e->value;
            gc->ip = op_ip;
            gc->table = map->table;
            gc->idx = (size_t)(e - map->table);
        } else {
            v = kr_load_builtin(q);
            if (v == KR_OBJ_NULL) {
                kr_vmops_raise_name_error(q);
            }
        }
        *++sp = v;
        DISPATCH();
    }

    TARGET(STORE_GLOBAL): {
        size_t u;
        READ_U(u);
        kr_obj_dict_store(f->globals, names[u], sp[0]);
        sp--;
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL): {
        size_t u;
        READ_U(u);
        kr_vmops_delete_name(f->globals, KR_QSTR_VALUE(names[u]));
        DISPATCH();
    }

    TARGET(LOAD_ATTR): {
        size_t u;
        const uint8_t *op_ip = ip - 1;
        READ_U(u);
        attr_cache_t *ac = &attr_cache[((uintptr_t)op_ip >> 1) & (ATTR_CACHE_SIZE - 1)];
        kr_map_elem_t *e = attr_cache_hit(ac, op_ip, sp[0], names[u]);
        if (e == NULL) {
            e = attr_cache_fill(ac, op_ip, sp[0], names[u], false);
        }
        sp[0] = e != NULL ? e->value : kr_load_attr(sp[0], KR_QSTR_VALUE(names[u]));
        DISPATCH();
    }

    TARGET(STORE_ATTR): {
        size_t u;
        const uint8_t *op_ip = ip - 1;
        READ_U(u);
        attr_cache_t *ac = &attr_cache[((uintptr_t)op_ip >> 1) & (ATTR_CACHE_SIZE - 1)];
        kr_map_elem_t *e = attr_cache_hit(ac, op_ip, sp[0], names[u]);
        if (e == NULL) {
            e = attr_cache_fill(ac, op_ip, sp[0], names[u], true);
        }
        if (e != NULL) {
            e->value = sp[-1];
        } else {
            kr_store_attr(sp[0], KR_QSTR_VALUE(names[u]), sp[-1]);
        }
        sp -= 2;
        DISPATCH();
    }

    TARGET(DELETE_ATTR): {
        size_t u;
        READ_U(u);
        kr_delete_attr(sp[0], KR_QSTR_VALUE(names[u]));
        sp--;
        DISPATCH();
    }

    TARGET(LOAD_METHOD): {
        size_t u;
        READ_U(u);
        kr_load_method(sp[0], KR_QSTR_VALUE(names[u]), sp);
        sp++;
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS): {
        kr_obj_t v = kr_load_builtin(KR_QSTR___build_class__);
        if (v == KR_OBJ_NULL) {
            kr_raise_msg(&kr_type_NameError, "__build_class__ not found");
        }
        *++sp = v;
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR):
        *++sp = KR_OBJ_FROM_PTR(&kr_type_AssertionError);
        DISPATCH();

    TARGET(UNARY_OP): {
        size_t u;
        READ_U(u);
        kr_obj_t v = sp[0];
        if (u == KR_UNARY_OP_NOT) {
            sp[0] = KR_OBJ_BOOL(!vm_is_true(v));
        } else if (u == KR_UNARY_OP_NEGATIVE && KR_IS_SMALL_INT(v) && v != KR_NEW_SMALL_INT(KR_SMALL_INT_MIN)) {
            sp[0] = KR_NEW_SMALL_INT(-KR_SMALL_INT_VALUE(v));
        } else {
            sp[0] = kr_unary_op((kr_unary_op_t)u, v);
        }
        DISPATCH();
    }

    TARGET(BINARY_OP): {
        size_t u;
        READ_U(u);
        kr_obj_t rhs = sp[0];
        kr_obj_t lhs = sp[-1];
        sp--;
        bool cond;
        if (KR_IS_SMALL_INT(lhs & rhs)) {
            kr_int_t r;
            switch (u) {
                case KR_BINARY_OP_ADD:
                case KR_BINARY_OP_INPLACE_ADD:
                    if (!__builtin_add_overflow((kr_int_t)lhs, (kr_int_t)rhs - 1, &r)) {
                        sp[0] = (kr_obj_t)r;
                        DISPATCH();
                    }
                    break;
                case KR_BINARY_OP_SUBTRACT:
                case KR_BINARY_OP_INPLACE_SUBTRACT:
                    if (!__builtin_sub_overflow((kr_int_t)lhs, (kr_int_t)rhs - 1, &r)) {
                        sp[0] = (kr_obj_t)r;
                        DISPATCH();
                    }
                    break;
                case KR_BINARY_OP_MULTIPLY:
                case KR_BINARY_OP_INPLACE_MULTIPLY:
                    if (!__builtin_mul_overflow(KR_SMALL_INT_VALUE(lhs), KR_SMALL_INT_VALUE(rhs), &r)
                        && KR_SMALL_INT_FITS(r)) {
                        sp[0] = KR_NEW_SMALL_INT(r);
                        DISPATCH();
                    }
                    break;
                case KR_BINARY_OP_LESS:
                    cond = (kr_int_t)lhs < (kr_int_t)rhs;
                    goto compare_result;
                case KR_BINARY_OP_MORE:
                    cond = (kr_int_t)lhs > (kr_int_t)rhs;
                    goto compare_result;
                case KR_BINARY_OP_EQUAL:
                case KR_BINARY_OP_IS:
                    cond = lhs == rhs;
                    goto compare_result;
                case KR_BINARY_OP_NOT_EQUAL:
                case KR_BINARY_OP_IS_NOT:
                    cond = lhs != rhs;
                    goto compare_result;
                case KR_BINARY_OP_LESS_EQUAL:
                    cond = (kr_int_t)lhs <= (kr_int_t)rhs;
                    goto compare_result;
                case KR_BINARY_OP_MORE_EQUAL:
                    cond = (kr_int_t)lhs >= (kr_int_t)rhs;
                    goto compare_result;
                case KR_BINARY_OP_AND:
                case KR_BINARY_OP_INPLACE_AND:
                    sp[0] = lhs & rhs;
                    DISPATCH();
                case KR_BINARY_OP_OR:
                case KR_BINARY_OP_INPLACE_OR:
                    sp[0] = lhs | rhs;
                    DISPATCH();
                default:
                    break;
            }
        }
#if KR_FEATURE_FLOAT
        else if (vm_float_pair(lhs, rhs)) {
            /* float (op) float/small int: no dispatch through the type */
            double a = vm_as_double(lhs), b = vm_as_double(rhs), r;
            switch (u) {
                case KR_BINARY_OP_ADD: case KR_BINARY_OP_INPLACE_ADD: r = a + b; goto float_result;
                case KR_BINARY_OP_SUBTRACT: case KR_BINARY_OP_INPLACE_SUBTRACT: r = a - b; goto float_result;
                case KR_BINARY_OP_MULTIPLY: case KR_BINARY_OP_INPLACE_MULTIPLY: r = a * b; goto float_result;
                case KR_BINARY_OP_TRUE_DIVIDE: case KR_BINARY_OP_INPLACE_TRUE_DIVIDE:
                    if (b == 0.0) {
                        break;   /* ZeroDivisionError from the general path */
                    }
                    r = a / b;
                    goto float_result;
                case KR_BINARY_OP_LESS: cond = a < b; goto compare_result;
                case KR_BINARY_OP_MORE: cond = a > b; goto compare_result;
                case KR_BINARY_OP_LESS_EQUAL: cond = a <= b; goto compare_result;
                case KR_BINARY_OP_MORE_EQUAL: cond = a >= b; goto compare_result;
                case KR_BINARY_OP_EQUAL: cond = a == b; goto compare_result;
                case KR_BINARY_OP_NOT_EQUAL: cond = a != b; goto compare_result;
                default: break;
            }
            sp[0] = kr_binary_op((kr_binary_op_t)u, lhs, rhs);
            DISPATCH();
        float_result:
            sp[0] = kr_obj_new_float(r);
            DISPATCH();
        }
#endif
        else if (u == KR_BINARY_OP_IS) {
            sp[0] = KR_OBJ_BOOL(lhs == rhs);
            DISPATCH();
        } else if (u == KR_BINARY_OP_IS_NOT) {
            sp[0] = KR_OBJ_BOOL(lhs != rhs);
            DISPATCH();
        }
        sp[0] = kr_binary_op((kr_binary_op_t)u, lhs, rhs);
        DISPATCH();
    compare_result:
        /* a small-int comparison usually feeds a conditional jump: do both at once */
        if (*ip == KR_OP_POP_JUMP_IF_FALSE || *ip == KR_OP_POP_JUMP_IF_TRUE) {
            bool jump_if = *ip == KR_OP_POP_JUMP_IF_TRUE;
            ip++;
            kr_int_t off;
            READ_J(off);
            sp--;
            if (cond == jump_if) {
                ip += off;
                if (off < 0) {
                    PENDING_CHECK();
                }
            }
            DISPATCH();
        }
        sp[0] = KR_OBJ_BOOL(cond);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR): {
        kr_obj_t index = sp[0];
        kr_obj_t base = sp[-1];
        sp--;
        if (KR_IS_SMALL_INT(index) && KR_IS_OBJ(base) && KR_OBJ_TYPE(base) == &kr_type_list) {
            kr_obj_list_t *l = KR_OBJ_TO_PTR(base);
            kr_int_t i = KR_SMALL_INT_VALUE(index);
            if (i < 0) {
                i += (kr_int_t)l->len;
            }
            if (i >= 0 && (size_t)i < l->len) {
                sp[0] = l->items[i];
                DISPATCH();
            }
        }
        sp[0] = kr_subscr_load(base, index);
        DISPATCH();
    }

    TARGET(STORE_SUBSCR):
        kr_subscr_store(sp[-1], sp[0], sp[-2]);
        sp -= 3;
        DISPATCH();

    TARGET(DELETE_SUBSCR):
        kr_subscr_delete(sp[-1], sp[0]);
        sp -= 2;
        DISPATCH();

    TARGET(BUILD_SLICE): {
        size_t u;
        READ_U(u);
        if (u == 3) {
            kr_obj_t s = kr_obj_new_slice(sp[-2], sp[-1], sp[0]);
            sp -= 2;
            sp[0] = s;
        } else {
            kr_obj_t s = kr_obj_new_slice(sp[-1], sp[0], KR_OBJ_NONE);
            sp -= 1;
            sp[0] = s;
        }
        DISPATCH();
    }

    TARGET(BUILD_TUPLE): {
        size_t u;
        READ_U(u);
        kr_obj_t *items = sp - u + 1;
        kr_obj_t t = kr_obj_new_tuple(u, items);
        sp = items;
        *sp = t;
        DISPATCH();
    }

    TARGET(BUILD_LIST): {
        size_t u;
        READ_U(u);
        kr_obj_t *items = sp - u + 1;
        kr_obj_t t = kr_obj_new_list(u, items);
        sp = items;
        *sp = t;
        DISPATCH();
    }

    TARGET(BUILD_SET): {
        size_t u;
        READ_U(u);
        kr_obj_t *items = sp - u + 1;
        kr_obj_t t = kr_obj_new_set(u, items);
        sp = items;
        *sp = t;
        DISPATCH();
    }

    TARGET(BUILD_MAP): {
        size_t u;
        READ_U(u);
        kr_obj_t *items = sp - 2 * u + 1;
        kr_obj_t d = kr_obj_new_dict(u);
        for (size_t i = 0; i < u; i++) {
            kr_obj_dict_store(d, items[2 * i], items[2 * i + 1]);
        }
        sp = items;
        *sp = d;
        DISPATCH();
    }

    TARGET(LIST_APPEND): {
        size_t u;
        READ_U(u);
        kr_obj_t v = *sp--;
        kr_obj_list_append(sp[1 - (kr_int_t)u], v);
        DISPATCH();
    }

    TARGET(SET_ADD): {
        size_t u;
        READ_U(u);
        kr_obj_t v = *sp--;
        kr_obj_set_store(sp[1 - (kr_int_t)u], v);
        DISPATCH();
    }

    TARGET(MAP_ADD): {
        size_t u;
        READ_U(u);
        kr_obj_t v = sp[0];
        kr_obj_t k = sp[-1];
        sp -= 2;
        kr_obj_dict_store(sp[1 - (kr_int_t)u], k, v);
        DISPATCH();
    }

    TARGET(LIST_EXTEND): {
        size_t u;
        READ_U(u);
        kr_obj_t it = *sp--;
        if (!kr_vmops_is_iterable(it)) {
            kr_vmops_raise_star_error(sp + 1 - (kr_int_t)u, it, u == 1 && ip[0] == KR_OP_LIST_TO_TUPLE
                                      && ip[1] == KR_OP_LOAD_NULL && sp[0 - (kr_int_t)u] != KR_OBJ_NULL);
        }
        kr_obj_list_extend(sp[1 - (kr_int_t)u], it);
        DISPATCH();
    }

    TARGET(SET_UPDATE): {
        size_t u;
        READ_U(u);
        kr_obj_t it = *sp--;
        kr_obj_set_update(sp[1 - (kr_int_t)u], it);
        DISPATCH();
    }

    TARGET(DICT_UPDATE): {
        size_t u;
        READ_U(u);
        kr_obj_t m = *sp--;
        if (!kr_obj_dict_check(m) && kr_load_attr_maybe(m, KR_QSTR_keys) == KR_OBJ_NULL) {
            kr_raise_fmt(&kr_type_TypeError, "'%s' object is not a mapping", kr_obj_type_name(m));
        }
        kr_obj_dict_update_from(sp[1 - (kr_int_t)u], m);
        DISPATCH();
    }

    TARGET(DICT_MERGE): {
        size_t u;
        READ_U(u);
        kr_obj_t m = *sp--;
        kr_obj_t *dp = sp + 1 - (kr_int_t)u;
        kr_obj_t fun = dp - 2 >= fastn + code->n_locals ? dp[-2] : KR_OBJ_NONE;
        kr_vmops_dict_merge(*dp, m, fun);
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE): {
        kr_obj_list_t *l = KR_OBJ_TO_PTR(sp[0]);
        sp[0] = kr_obj_new_tuple(l->len, l->items);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE): {
        size_t u;
        READ_U(u);
        kr_obj_t seq = sp[0];
        kr_vmops_unpack_sequence(seq, u, sp);
        sp += (kr_int_t)u - 1;
        DISPATCH();
    }

    TARGET(UNPACK_EX): {
        size_t u;
        READ_U(u);
        size_t before = u & 0xff, after = u >> 8;
        kr_obj_t seq = sp[0];
        kr_vmops_unpack_ex(seq, before, after, sp);
        sp += before + after;
        DISPATCH();
    }

    TARGET(FORMAT_VALUE): {
        size_t u;
        READ_U(u);
        kr_obj_t spec = KR_OBJ_NULL;
        if (u & 4) {
            spec = *sp--;
        }
        sp[0] = kr_vmops_format_value(sp[0], u, spec);
        DISPATCH();
    }

    TARGET(BUILD_STRING): {
        size_t u;
        READ_U(u);
        kr_obj_t *items = sp - u + 1;
        kr_obj_t s = u == 0 ? KR_ROM_QSTR(empty) : kr_vmops_build_string(u, items);
        sp = items;
        *sp = s;
        DISPATCH();
    }

    TARGET(JUMP): {
        kr_int_t off;
        READ_J(off);
        ip += off;
        if (off < 0) {
            PENDING_CHECK();
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE): {
        kr_int_t off;
        READ_J(off);
        kr_obj_t v = *sp--;
        if (!vm_is_true(v)) {
            ip += off;
            if (off < 0) {
                PENDING_CHECK();
            }
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE): {
        kr_int_t off;
        READ_J(off);
        kr_obj_t v = *sp--;
        if (vm_is_true(v)) {
            ip += off;
            if (off < 0) {
                PENDING_CHECK();
            }
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP): {
        kr_int_t off;
        READ_J(off);
        if (!vm_is_true(sp[0])) {
            ip += off;
        } else {
            sp--;
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP): {
        kr_int_t off;
        READ_J(off);
        if (vm_is_true(sp[0])) {
            ip += off;
        } else {
            sp--;
        }
        DISPATCH();
    }

    TARGET(GET_ITER):
        if (sp[0] == vm_fresh_gen && ip - 1 == vm_fresh_gen_ip && KR_IS_OBJ(sp[0])
            && KR_OBJ_TYPE(sp[0]) == &kr_type_generator) {
            kr_obj_gen_loop_own(sp[0]);
        }
        sp[0] = kr_getiter(sp[0]);
        DISPATCH();

    TARGET(FOR_ITER): {
        kr_int_t off;
        READ_J(off);
        kr_obj_t it = sp[0];
        kr_obj_t next;
        if (KR_IS_OBJ(it) && !kr_type_is_heap(KR_OBJ_TYPE(it)) && KR_OBJ_TYPE(it)->iternext != NULL) {
            next = KR_OBJ_TYPE(it)->iternext(it);
        } else {
            next = kr_iternext(it);
        }
        if (next == KR_OBJ_NULL) {
            sp--;
            ip += off;
        } else {
            *++sp = next;
        }
        DISPATCH();
    }

    TARGET(RETURN_VALUE):
        SCHED_CHECK();   /* scheduled callbacks run at returns too */
        *ret = sp[0];
        f->sp = sp - 1;
        return KR_VM_RETURN;

    TARGET(CALL_FUNCTION): {
        size_t u;
        READ_U(u);
        size_t n_pos = u & 0xff, n_kw = u >> 8;
        kr_obj_t *args = sp - n_pos - 2 * n_kw + 1;
        SCHED_CHECK();   /* and before calls (also of builtins) */
        kr_obj_t r = vm_call(args[-1], n_pos, n_kw, args);
        sp = args - 1;
        sp[0] = r;
        vm_fresh_gen = r;   /* every call: a stale entry must never match a new object */
        vm_fresh_gen_ip = ip;
        DISPATCH();
    }

    TARGET(CALL_METHOD): {
        size_t u;
        READ_U(u);
        size_t n_pos = u & 0xff, n_kw = u >> 8;
        kr_obj_t *args = sp - n_pos - 2 * n_kw + 1;
        kr_obj_t r;
        SCHED_CHECK();
        if (args[-1] != KR_OBJ_NULL) {
            r = vm_call(args[-2], n_pos + 1, n_kw, args - 1);
        } else {
            r = vm_call(args[-2], n_pos, n_kw, args);
        }
        sp = args - 2;
        sp[0] = r;
        vm_fresh_gen = r;   /* every call: a stale entry must never match a new object */
        vm_fresh_gen_ip = ip;
        DISPATCH();
    }

    TARGET(CALL_FUNCTION_EX): {
        kr_obj_t r = kr_call_ex(sp[-2], sp[-1], sp[0]);
        sp -= 2;
        sp[0] = r;
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION): {
        size_t u;
        READ_U(u);
        kr_obj_t code_obj = *sp--;
        kr_obj_t closure = KR_OBJ_NULL, kwdefaults = KR_OBJ_NULL, defaults = KR_OBJ_NULL;
        if (u & 8) {
            closure = *sp--;
        }
        if (u & 2) {
            kwdefaults = *sp--;
        }
        if (u & 1) {
            defaults = *sp--;
        }
        kr_obj_t fn = kr_obj_new_fun_bc(KR_OBJ_TO_PTR(code_obj), f->globals, defaults, kwdefaults, closure);
        *++sp = fn;
        DISPATCH();
    }

    TARGET(SETUP_FINALLY): {
        kr_int_t off;
        READ_J(off);
        size_t *blk = (size_t *)(fastn + code->n_locals + code->stack_size) + 2 * f->n_blocks;
        blk[0] = (size_t)(ip + off - code->bytecode);
        blk[1] = (size_t)(sp + 1 - (fastn + code->n_locals));
        f->n_blocks++;
        DISPATCH();
    }

    TARGET(POP_BLOCK):
        f->n_blocks--;
        DISPATCH();

    TARGET(PUSH_EXC_INFO): {
        kr_obj_t exc = sp[0];
        kr_obj_t prev = kr_state.cur_exc;
        sp[0] = prev == KR_OBJ_NULL ? KR_OBJ_NONE : prev;
        *++sp = exc;
        kr_state.cur_exc = exc;
        DISPATCH();
    }

    TARGET(POP_EXCEPT): {
        kr_obj_t prev = *sp--;
        kr_state.cur_exc = prev == KR_OBJ_NONE ? KR_OBJ_NULL : prev;
        DISPATCH();
    }

    TARGET(RERAISE): {
        kr_obj_t exc = sp[0];
        f->reraise = 1;
        kr_nlr_jump(exc);
    }

    TARGET(RAISE_VARARGS): {
        size_t u;
        READ_U(u);
        kr_obj_t exc = kr_vmops_raise_varargs(u, sp, f);
        kr_nlr_jump(exc);
    }

    TARGET(JUMP_IF_NOT_EXC_MATCH): {
        kr_int_t off;
        READ_J(off);
        kr_obj_t t = sp[0];
        kr_obj_t e = sp[-1];
        sp -= 2;
        if (!kr_obj_exception_match(e, t)) {
            ip += off;
        }
        DISPATCH();
    }

    TARGET(BEFORE_WITH): {
        kr_obj_t ex;
        kr_obj_t r = kr_vmops_before_with(sp[0], &ex, false);
        sp[0] = ex;
        *++sp = r;
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START): {
        kr_obj_t exc = sp[0];
        kr_obj_t r = kr_call3(sp[-2], KR_OBJ_FROM_PTR(kr_obj_get_type(exc)), exc, KR_OBJ_NONE);
        *++sp = r;
        DISPATCH();
    }

    TARGET(YIELD_VALUE):
        *ret = sp[0];
        f->sp = sp - 1;
        f->ip = ip;
        f->yield_from = 0;
        return KR_VM_YIELD;

    TARGET(GET_YIELD_FROM_ITER):
        if (!kr_obj_gen_check(sp[0])) {
            sp[0] = kr_getiter(sp[0]);
        }
        DISPATCH();

    TARGET(YIELD_FROM): {
        kr_obj_t v = sp[0];
        sp--;
        kr_obj_t r;
        if (kr_obj_gen_delegate(sp[0], v, KR_OBJ_NULL, &r) == KR_GEN_YIELD) {
            *ret = r;
            f->sp = sp;
            f->yield_from = 1;
            /* f->ip still points at this YIELD_FROM: it runs again with the next sent value */
            return KR_VM_YIELD;
        }
        sp[0] = r;
        DISPATCH();
    }

    TARGET(GET_AWAITABLE):
        sp[0] = kr_obj_gen_get_awaitable(sp[0]);
        DISPATCH();

    TARGET(GET_AITER):
        sp[0] = kr_vmops_get_aiter(sp[0]);
        DISPATCH();

    TARGET(GET_ANEXT): {
        kr_obj_t a = kr_vmops_get_anext(sp[0]);
        *++sp = a;
        DISPATCH();
    }

    TARGET(END_ASYNC_FOR): {
        kr_obj_t exc = sp[0];
        if (kr_obj_is_instance(exc, &kr_type_StopAsyncIteration)) {
            sp -= 2;
            DISPATCH();
        }
        f->reraise = 1;
        kr_nlr_jump(exc);
    }

    TARGET(BEFORE_ASYNC_WITH): {
        kr_obj_t ex;
        kr_obj_t r = kr_vmops_before_with(sp[0], &ex, true);
        sp[0] = ex;
        r = kr_obj_gen_get_awaitable(r);
        *++sp = r;
        DISPATCH();
    }

    TARGET(IMPORT_NAME): {
        size_t u;
        READ_U(u);
        kr_obj_t fromlist = sp[0];
        kr_obj_t level = sp[-1];
        sp--;
        sp[0] = kr_import_name(KR_QSTR_VALUE(names[u]), f->globals, fromlist,
                               KR_IS_SMALL_INT(level) ? (int)KR_SMALL_INT_VALUE(level) : 0);
        DISPATCH();
    }

    TARGET(IMPORT_FROM): {
        size_t u;
        READ_U(u);
        kr_obj_t v = kr_import_from(sp[0], KR_QSTR_VALUE(names[u]));
        *++sp = v;
        DISPATCH();
    }

    TARGET(IMPORT_STAR): {
        kr_obj_t mod = *sp--;
        kr_import_all(mod, f->locals_dict != KR_OBJ_NULL ? f->locals_dict : f->globals);
        DISPATCH();
    }

    TARGET(PRINT_EXPR):
        kr_vmops_print_expr(*sp--);
        DISPATCH();

#if KR_FEATURE_COMPUTED_GOTO
    L_bad_opcode:
#else
    default:
#endif
        kr_raise_fmt(&kr_type_SystemError, "bad opcode %u", (unsigned)ip[-1]);

#if !KR_FEATURE_COMPUTED_GOTO
    }   /* switch */
    }   /* for */
#endif
}

/* ---------------------------------------------------------------- running frames */

static kr_vm_result_t vm_execute(kr_frame_t *f, kr_obj_t throw_exc, kr_obj_t *ret) {
    kr_state.recursion_depth++;
    f->back = vm_cur_frame;
    vm_cur_frame = f;
    f->exc_entry = kr_state.cur_exc;
    if (f->gen_exc != KR_OBJ_NULL) {
        kr_state.cur_exc = f->gen_exc;
        f->gen_exc = KR_OBJ_NULL;
    }
    kr_vm_result_t result;
    if (throw_exc != KR_OBJ_NULL && !vm_unwind(f, throw_exc)) {
        *ret = throw_exc;
        result = KR_VM_EXCEPTION;
    } else {
        for (;;) {
            kr_nlr_buf_t nlr;
            if (kr_nlr_push(&nlr) == 0) {
                result = vm_run(f, ret);
                kr_nlr_pop();
                break;
            }
            kr_obj_t exc = (kr_obj_t)nlr.ret_val;
            if (!vm_unwind(f, exc)) {
                *ret = exc;
                result = KR_VM_EXCEPTION;
                break;
            }
        }
    }
    if (result == KR_VM_YIELD && kr_state.cur_exc != f->exc_entry) {
        f->gen_exc = kr_state.cur_exc;
    }
    kr_state.cur_exc = f->exc_entry;
    vm_cur_frame = f->back;
    kr_state.recursion_depth--;
    return result;
}

kr_vm_result_t kr_vm_execute(kr_frame_t *f, kr_obj_t throw_exc, kr_obj_t *ret) {
    return vm_execute(f, throw_exc, ret);
}

kr_obj_t kr_vm_call_fun_bc(kr_obj_t fun_obj, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    const kr_obj_fun_bc_t *fun = KR_OBJ_TO_PTR(fun_obj);
    const kr_code_t *code = fun->code;
    if (code->flags & (KR_CODE_FLAG_GENERATOR | KR_CODE_FLAG_COROUTINE | KR_CODE_FLAG_ASYNC_GEN)) {
        return kr_obj_gen_new(fun_obj, n_args, n_kw, args);
    }
    vm_stack_check();
    if (kr_state.sched_pending) {
        kr_handle_pending();
    }
    kr_obj_t mem[KR_FRAME_HEADER_WORDS + KR_FRAME_STATE_WORDS(code)];
    kr_frame_t *f = (kr_frame_t *)mem;
    kr_vm_frame_init(f, code, fun_obj, fun->globals);
    kr_obj_t *locals = f->state;
    size_t n_locals = code->n_locals;
    if (n_kw == 0 && n_args == code->n_pos_args && code->n_kwonly_args == 0
        && !(code->flags & (KR_CODE_FLAG_VARARGS | KR_CODE_FLAG_VARKW))) {
        size_t i = 0;
        for (; i < n_args; i++) {
            locals[i] = args[i];
        }
        for (; i < n_locals; i++) {
            locals[i] = KR_OBJ_NULL;
        }
        if (code->n_cell_slots != 0 || code->n_free != 0) {
            frame_setup_cells(code, fun->closure, locals);
        }
    } else {
        memset(locals, 0, n_locals * sizeof(kr_obj_t));
        kr_obj_fun_bc_bind(fun_obj, n_args, n_kw, args, locals);
    }
    kr_obj_t ret;
    if (vm_execute(f, KR_OBJ_NULL, &ret) != KR_VM_RETURN) {
        kr_nlr_jump(ret);
    }
    return ret;
}

/* Run code with a namespace dict (module, class body, exec); closure may be NULL. */
static kr_obj_t run_with_locals(const kr_code_t *code, kr_obj_t fun, kr_obj_t globals, kr_obj_t locals,
                                kr_obj_t closure) {
    vm_stack_check();
    kr_obj_t mem[KR_FRAME_HEADER_WORDS + KR_FRAME_STATE_WORDS(code)];
    kr_frame_t *f = (kr_frame_t *)mem;
    kr_vm_frame_init(f, code, fun, globals);
    f->locals_dict = locals;
    memset(f->state, 0, code->n_locals * sizeof(kr_obj_t));
    frame_setup_cells(code, closure, f->state);
    kr_obj_t ret;
    if (kr_vm_execute(f, KR_OBJ_NULL, &ret) != KR_VM_RETURN) {
        kr_nlr_jump(ret);
    }
    return ret;
}

kr_obj_t kr_vm_run_code(kr_obj_t code_obj, kr_obj_t globals, kr_obj_t locals) {
    const kr_code_t *code = KR_OBJ_TO_PTR(code_obj);
    if (locals == KR_OBJ_NULL) {
        locals = globals;
    }
    return run_with_locals(code, KR_OBJ_NULL, globals, locals, KR_OBJ_NULL);
}

static kr_obj_t vm_call_with_locals(kr_obj_t fun_obj, kr_obj_t locals_dict) {
    const kr_obj_fun_bc_t *fun = KR_OBJ_TO_PTR(fun_obj);
    return run_with_locals(fun->code, fun_obj, fun->globals, locals_dict, fun->closure);
}

kr_obj_t (*kr_vm_call_with_locals)(kr_obj_t fun, kr_obj_t locals_dict) = vm_call_with_locals;
bool (*kr_vm_current_self_and_class)(kr_obj_t *self, kr_obj_t *cls) = kr_vmops_current_self_and_class;
