/* objgen.c: generator and coroutine objects: resuming their heap frames, send/throw/
 * close, `yield from` / `await` delegation, and StopIteration semantics (PEP 479). */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "state.h"
#include "bytecode.h"
#include "vm.h"
#include "objgen.h"
#include "objtype.h"
#include "gc.h"
#include "code.h"

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED };

typedef struct _kr_obj_gen_t {
    kr_obj_base_t base;          /* &kr_type_generator or &kr_type_coroutine */
    kr_obj_t fun;
    uint8_t state;
    uint8_t loop_owned;          /* only referenced by a for loop's iterator slot */
    kr_frame_t *frame;           /* in the same allocation, right after this struct */
} kr_obj_gen_t;

bool kr_obj_gen_check(kr_obj_t o) {
    return KR_IS_OBJ(o) && (KR_OBJ_TYPE(o) == &kr_type_generator || KR_OBJ_TYPE(o) == &kr_type_coroutine);
}

kr_obj_t kr_obj_gen_new(kr_obj_t fun_obj, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    const kr_obj_fun_bc_t *fun = KR_OBJ_TO_PTR(fun_obj);
    const kr_code_t *code = fun->code;
    size_t n_state = KR_FRAME_STATE_WORDS(code);
    kr_obj_gen_t *g = kr_gc_alloc(sizeof(kr_obj_gen_t) + sizeof(kr_frame_t) + n_state * sizeof(kr_obj_t), 0);
    g->base.type = (code->flags & KR_CODE_FLAG_ASYNC_GEN) ? &kr_type_async_generator
                 : (code->flags & KR_CODE_FLAG_COROUTINE) ? &kr_type_coroutine : &kr_type_generator;
    g->fun = fun_obj;
    g->state = GEN_CREATED;
    g->frame = (kr_frame_t *)(g + 1);
    kr_vm_frame_init(g->frame, code, fun_obj, fun->globals);
    kr_obj_fun_bc_bind(fun_obj, n_args, n_kw, args, g->frame->state);
    return KR_OBJ_FROM_PTR(g);
}

static const char *gen_kind(kr_obj_gen_t *g) {
    if (g->base.type == &kr_type_async_generator) {
        return "async generator";
    }
    return g->base.type == &kr_type_coroutine ? "coroutine" : "generator";
}

/* PEP 479: StopIteration escaping a generator becomes RuntimeError. */
static kr_obj_t convert_stop_iteration(kr_obj_gen_t *g, kr_obj_t exc) {
    const char *what = "StopIteration";
    if (!kr_obj_is_instance(exc, &kr_type_StopIteration)) {
        if (g->base.type != &kr_type_async_generator || !kr_obj_is_instance(exc, &kr_type_StopAsyncIteration)) {
            return exc;
        }
        what = "StopAsyncIteration";
    }
    kr_obj_t r = kr_obj_new_exception_fmt(&kr_type_RuntimeError, "%s raised %s", gen_kind(g), what);
    kr_obj_exception_t *e = KR_OBJ_TO_PTR(r);
    e->cause = exc;
    e->context = exc;
    e->suppress_context = true;
    return r;
}

static void close_subiter(kr_obj_t sub) {
    if (kr_obj_gen_check(sub)) {
        kr_obj_gen_close(sub);
        return;
    }
    kr_obj_t m[2];
    kr_load_method_maybe(sub, KR_QSTR_close, m);
    if (m[0] != KR_OBJ_NULL) {
        kr_call_method_n_kw(0, 0, m);
    }
}

kr_gen_result_t kr_obj_gen_resume(kr_obj_t self, kr_obj_t send_value, kr_obj_t throw_value, kr_obj_t *ret_val) {
    kr_obj_gen_t *g = KR_OBJ_TO_PTR(self);
    kr_frame_t *f = g->frame;
    kr_stack_check();
    switch (g->state) {
        case GEN_RUNNING:
            kr_raise_fmt(&kr_type_ValueError, "%s already executing", gen_kind(g));
        case GEN_FINISHED:
            if (throw_value != KR_OBJ_NULL) {
                *ret_val = throw_value;
                return KR_GEN_EXCEPTION;
            }
            if (g->base.type == &kr_type_coroutine) {
                kr_raise_msg(&kr_type_RuntimeError, "cannot reuse already awaited coroutine");
            }
            *ret_val = KR_OBJ_NONE;
            return KR_GEN_RETURN;
        case GEN_CREATED:
            if (throw_value == KR_OBJ_NULL && send_value != KR_OBJ_NONE && send_value != KR_OBJ_NULL) {
                kr_raise_fmt(&kr_type_TypeError, "can't send non-None value to a just-started %s", gen_kind(g));
            }
            break;
        default:
            break;
    }
    volatile kr_obj_t throw_exc = throw_value;
    if (g->state == GEN_SUSPENDED) {
        if (throw_exc == KR_OBJ_NULL) {
            *++f->sp = send_value == KR_OBJ_NULL ? KR_OBJ_NONE : send_value;
        } else if (*f->ip == KR_OP_YIELD_FROM) {
            /* suspended in `yield from`: the subiterator gets the exception first */
            kr_obj_t sub = *f->sp;
            g->state = GEN_RUNNING;
            kr_nlr_buf_t nlr;
            if (kr_nlr_push(&nlr) == 0) {
                if (kr_obj_is_instance(throw_exc, &kr_type_GeneratorExit)) {
                    close_subiter(sub);
                } else {
                    kr_obj_t r;
                    kr_gen_result_t d = kr_obj_gen_delegate(sub, KR_OBJ_NULL, throw_exc, &r);
                    if (d == KR_GEN_YIELD) {
                        kr_nlr_pop();
                        g->state = GEN_SUSPENDED;
                        *ret_val = r;
                        return KR_GEN_YIELD;
                    }
                    /* the subiterator finished: continue after the YIELD_FROM with its result */
                    *f->sp = r;
                    f->ip++;
                    throw_exc = KR_OBJ_NULL;
                }
                kr_nlr_pop();
            } else {
                throw_exc = (kr_obj_t)nlr.ret_val;
            }
            g->state = GEN_SUSPENDED;
        }
    }
    g->state = GEN_RUNNING;
    kr_vm_result_t r = kr_vm_execute(f, throw_exc, ret_val);
    if (r == KR_VM_YIELD) {
        g->state = GEN_SUSPENDED;
        return KR_GEN_YIELD;
    }
    g->state = GEN_FINISHED;
    if (r == KR_VM_RETURN) {
        return KR_GEN_RETURN;
    }
    *ret_val = convert_stop_iteration(g, *ret_val);
    return KR_GEN_EXCEPTION;
}

static kr_obj_t new_stop_iteration(kr_obj_t value) {
    if (value == KR_OBJ_NONE) {
        return kr_obj_new_exception(&kr_type_StopIteration);
    }
    return kr_obj_new_exception_arg1(&kr_type_StopIteration, value);
}

/* Run fn-like step with StopIteration turned into a return value. */
static kr_gen_result_t catch_stop(kr_obj_t sub, kr_obj_t v, kr_obj_t throw_exc, kr_obj_t *ret) {
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_obj_t r;
        if (throw_exc != KR_OBJ_NULL) {
            kr_obj_t m[3];
            kr_load_method_maybe(sub, KR_QSTR_throw, m);
            if (m[0] == KR_OBJ_NULL) {
                kr_nlr_pop();
                kr_nlr_jump(throw_exc);
            }
            m[2] = throw_exc;
            r = kr_call_method_n_kw(1, 0, m);
        } else if ((v == KR_OBJ_NONE || v == KR_OBJ_NULL) && kr_type_is_heap(kr_obj_get_type(sub))
                   && kr_obj_instance_lookup_special(kr_obj_get_type(sub), KR_QSTR___next__) != KR_OBJ_NULL) {
            /* a Python __next__: its StopIteration(value) carries the result */
            r = kr_call_method(sub, KR_QSTR___next__, 0, NULL);
        } else if (v == KR_OBJ_NONE || v == KR_OBJ_NULL) {
            r = kr_iternext_allow_raise(sub);
            if (r == KR_OBJ_NULL) {
                kr_nlr_pop();
                *ret = KR_OBJ_NONE;
                return KR_GEN_RETURN;
            }
        } else {
            r = kr_call_method(sub, KR_QSTR_send, 1, &v);
        }
        kr_nlr_pop();
        *ret = r;
        return KR_GEN_YIELD;
    }
    kr_obj_t exc = (kr_obj_t)nlr.ret_val;
    if (kr_obj_is_instance(exc, &kr_type_StopIteration)) {
        *ret = kr_obj_exception_get_value(exc);
        return KR_GEN_RETURN;
    }
    kr_nlr_jump(exc);
}

kr_gen_result_t kr_obj_gen_delegate(kr_obj_t sub, kr_obj_t v, kr_obj_t throw_exc, kr_obj_t *ret) {
    if (kr_obj_gen_check(sub)) {
        kr_gen_result_t r = kr_obj_gen_resume(sub, v, throw_exc, ret);
        if (r == KR_GEN_EXCEPTION) {
            kr_nlr_jump(*ret);
        }
        return r;
    }
    return catch_stop(sub, v, throw_exc, ret);
}

void kr_obj_gen_loop_own(kr_obj_t gen) {
    kr_obj_gen_t *g = KR_OBJ_TO_PTR(gen);
    if (g->state == GEN_CREATED) {
        g->loop_owned = 1;
    }
}

void kr_obj_gen_loop_release(kr_obj_t gen) {
    kr_obj_gen_t *g = KR_OBJ_TO_PTR(gen);
    if (!g->loop_owned || g->state != GEN_SUSPENDED) {
        return;
    }
    g->loop_owned = 0;
    /* CPython finalises the generator here (its last reference is gone); errors
     * raised by the finalisation are ignored, as in a __del__ */
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_obj_gen_close(gen);
        kr_nlr_pop();
    }
}

kr_obj_t kr_obj_gen_get_awaitable(kr_obj_t o) {
    if (kr_obj_is_type(o, &kr_type_coroutine)) {
        return o;
    }
    kr_obj_t m[2];
    kr_load_method_maybe(o, KR_QSTR___await__, m);
    if (m[0] == KR_OBJ_NULL) {
        kr_raise_fmt(&kr_type_TypeError, "object %s can't be used in 'await' expression", kr_obj_type_name(o));
    }
    kr_obj_t it = kr_call_method_n_kw(0, 0, m);
    if (kr_obj_is_type(it, &kr_type_coroutine)) {
        kr_raise_msg(&kr_type_TypeError, "__await__() returned a coroutine");
    }
    if (!kr_obj_gen_check(it) && kr_obj_get_type(it)->iternext == NULL) {
        kr_raise_fmt(&kr_type_TypeError, "__await__() returned non-iterator of type '%s'", kr_obj_type_name(it));
    }
    return it;
}

/* ---------------------------------------------------------------- Python-visible methods */

static kr_obj_t gen_iternext(kr_obj_t self) {
    kr_obj_t v;
    kr_gen_result_t r = kr_obj_gen_resume(self, KR_OBJ_NONE, KR_OBJ_NULL, &v);
    if (r == KR_GEN_YIELD) {
        return v;
    }
    if (r == KR_GEN_RETURN) {
        return KR_OBJ_NULL;
    }
    kr_nlr_jump(v);
}

static kr_obj_t gen_send_common(kr_obj_t self, kr_obj_t send, kr_obj_t throw_exc) {
    kr_obj_t v;
    kr_gen_result_t r = kr_obj_gen_resume(self, send, throw_exc, &v);
    if (r == KR_GEN_YIELD) {
        return v;
    }
    if (r == KR_GEN_RETURN) {
        kr_raise(new_stop_iteration(v));
    }
    kr_nlr_jump(v);
}

static kr_obj_t gen_next(kr_obj_t self) {
    return gen_send_common(self, KR_OBJ_NONE, KR_OBJ_NULL);
}
static KR_DEFINE_FUN_1(gen_next_obj, gen_next);

static kr_obj_t gen_send(kr_obj_t self, kr_obj_t value) {
    return gen_send_common(self, value, KR_OBJ_NULL);
}
static KR_DEFINE_FUN_2(gen_send_obj, gen_send);

static kr_obj_t gen_throw(size_t n_args, const kr_obj_t *args) {
    kr_obj_t typ = args[1];
    kr_obj_t val = n_args > 2 ? args[2] : KR_OBJ_NONE;
    kr_obj_t exc;
    if (kr_obj_is_exception_instance(typ)) {
        if (val != KR_OBJ_NONE) {
            kr_raise_msg(&kr_type_TypeError, "instance exception may not have a separate value");
        }
        exc = typ;
    } else if (kr_obj_is_exception_type(typ)) {
        if (kr_obj_is_instance(val, (const kr_type_t *)KR_OBJ_TO_PTR(typ))) {
            exc = val;
        } else if (val == KR_OBJ_NONE) {
            exc = kr_call0(typ);
        } else if (kr_obj_is_type(val, &kr_type_tuple)) {
            exc = kr_call_ex(typ, val, KR_OBJ_NULL);
        } else {
            exc = kr_call1(typ, val);
        }
    } else {
        kr_raise_fmt(&kr_type_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                     kr_obj_type_name(typ));
    }
    return gen_send_common(args[0], KR_OBJ_NULL, exc);
}
static KR_DEFINE_FUN_VAR(gen_throw_obj, 2, 4, gen_throw);

kr_obj_t kr_obj_gen_close(kr_obj_t self) {
    kr_obj_gen_t *g = KR_OBJ_TO_PTR(self);
    if (g->state == GEN_CREATED || g->state == GEN_FINISHED) {
        g->state = GEN_FINISHED;
        return KR_OBJ_NONE;
    }
    kr_obj_t v;
    kr_gen_result_t r = kr_obj_gen_resume(self, KR_OBJ_NULL, kr_obj_new_exception(&kr_type_GeneratorExit), &v);
    if (r == KR_GEN_YIELD) {
        kr_raise_fmt(&kr_type_RuntimeError, "%s ignored GeneratorExit", gen_kind(g));
    }
    if (r == KR_GEN_RETURN || kr_obj_is_instance(v, &kr_type_GeneratorExit)
        || kr_obj_is_instance(v, &kr_type_StopIteration)) {
        return KR_OBJ_NONE;
    }
    kr_nlr_jump(v);
}
static KR_DEFINE_FUN_1(gen_close_obj, kr_obj_gen_close);

static kr_obj_t gen_self(kr_obj_t self) {
    return self;
}
static KR_DEFINE_FUN_1(gen_self_obj, gen_self);

static void gen_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    kr_obj_gen_t *g = KR_OBJ_TO_PTR(self);
    kr_printf(p, "<%s object %s at %p>", gen_kind(g), kr_qstr_str(kr_code_get_qualname(g->frame->code)), (void *)g);
}

static void gen_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    kr_obj_gen_t *g = KR_OBJ_TO_PTR(self);
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    switch (attr) {
        case KR_QSTR___name__:
            dest[0] = KR_NEW_QSTR(g->frame->code->name);
            break;
        case KR_QSTR___qualname__:
            dest[0] = KR_NEW_QSTR(kr_code_get_qualname(g->frame->code));
            break;
        case KR_QSTR_gi_running:
        case KR_QSTR_cr_running:
        case KR_QSTR_ag_running:
            dest[0] = KR_OBJ_BOOL(g->state == GEN_RUNNING);
            break;
        case KR_QSTR_gi_code:
        case KR_QSTR_cr_code:
        case KR_QSTR_ag_code:
            dest[0] = KR_OBJ_FROM_PTR(g->frame->code);
            break;
        case KR_QSTR_gi_frame:
        case KR_QSTR_cr_frame:
        case KR_QSTR_ag_frame:
            dest[0] = KR_OBJ_NONE;
            break;
        case KR_QSTR_gi_yieldfrom:
        case KR_QSTR_cr_await:
        case KR_QSTR_ag_await:
            if (g->state == GEN_SUSPENDED && *g->frame->ip == KR_OP_YIELD_FROM) {
                dest[0] = *g->frame->sp;
            } else {
                dest[0] = KR_OBJ_NONE;
            }
            break;
        default:
            break;
    }
}

static const kr_map_elem_t gen_locals_table[] = {
    { KR_ROM_QSTR(__iter__), KR_ROM_PTR(&gen_self_obj) },
    { KR_ROM_QSTR(__next__), KR_ROM_PTR(&gen_next_obj) },
    { KR_ROM_QSTR(send), KR_ROM_PTR(&gen_send_obj) },
    { KR_ROM_QSTR(throw), KR_ROM_PTR(&gen_throw_obj) },
    { KR_ROM_QSTR(close), KR_ROM_PTR(&gen_close_obj) },
};
static KR_DEFINE_CONST_DICT(gen_locals_dict, gen_locals_table);

const kr_type_t kr_type_generator = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY | KR_TYPE_FLAG_ITER_IS_SELF,
    .name = KR_QSTR_generator,
    .print = gen_print,
    .attr = gen_attr,
    .getiter = gen_self,
    .iternext = gen_iternext,
    .locals_dict = &gen_locals_dict,
};

static const kr_map_elem_t coro_locals_table[] = {
    { KR_ROM_QSTR(__await__), KR_ROM_PTR(&gen_self_obj) },
    { KR_ROM_QSTR(send), KR_ROM_PTR(&gen_send_obj) },
    { KR_ROM_QSTR(throw), KR_ROM_PTR(&gen_throw_obj) },
    { KR_ROM_QSTR(close), KR_ROM_PTR(&gen_close_obj) },
};
static KR_DEFINE_CONST_DICT(coro_locals_dict, coro_locals_table);

/* A coroutine is its own __await__ iterator (iternext = send(None)). */
const kr_type_t kr_type_coroutine = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_coroutine,
    .print = gen_print,
    .attr = gen_attr,
    .iternext = gen_iternext,
    .locals_dict = &coro_locals_dict,
};

/* ---------------------------------------------------------------- async generators */

/* The awaitables returned by agen.__anext__()/asend()/athrow()/aclose(): each drives
 * the async generator's frame until it yields a value (the awaitable then completes
 * with StopIteration(value)); what the frame awaits passes through to the caller. */
enum { AW_ASEND, AW_ATHROW, AW_ACLOSE };
enum { AW_INIT, AW_ITER, AW_DONE };

typedef struct _kr_obj_agen_aw_t {
    kr_obj_base_t base;          /* &kr_type_async_gen_asend */
    kr_obj_t agen;
    kr_obj_t value;              /* ASEND: first value to send; ATHROW/ACLOSE: exception to throw */
    uint8_t kind;
    uint8_t state;
} kr_obj_agen_aw_t;

extern const kr_type_t kr_type_async_gen_asend;

static kr_obj_t agen_aw_new(kr_obj_t agen, kr_obj_t value, int kind) {
    kr_obj_agen_aw_t *aw = kr_gc_alloc(sizeof(kr_obj_agen_aw_t), 0);
    aw->base.type = &kr_type_async_gen_asend;
    aw->agen = agen;
    aw->value = value;
    aw->kind = (uint8_t)kind;
    aw->state = AW_INIT;
    return KR_OBJ_FROM_PTR(aw);
}

static kr_obj_t agen_aw_step(kr_obj_t self, kr_obj_t v, kr_obj_t throw_exc) {
    kr_obj_agen_aw_t *aw = KR_OBJ_TO_PTR(self);
    kr_obj_gen_t *g = KR_OBJ_TO_PTR(aw->agen);
    if (aw->state == AW_DONE) {
        kr_raise_msg(&kr_type_RuntimeError, aw->kind == AW_ASEND ? "cannot reuse already awaited __anext__()/asend()"
                                                                  : "cannot reuse already awaited aclose()/athrow()");
    }
    if (aw->state == AW_INIT) {
        aw->state = AW_ITER;
        if (aw->kind == AW_ASEND) {
            if (throw_exc == KR_OBJ_NULL && v == KR_OBJ_NONE) {
                v = aw->value;
            }
        } else {
            if (g->state == GEN_FINISHED || (aw->kind == AW_ACLOSE && g->state == GEN_CREATED)) {
                aw->state = AW_DONE;
                g->state = GEN_FINISHED;
                if (aw->kind == AW_ACLOSE) {
                    kr_raise(new_stop_iteration(KR_OBJ_NONE));
                }
                kr_raise_type(&kr_type_StopAsyncIteration);
            }
            if (throw_exc == KR_OBJ_NULL) {
                throw_exc = aw->value;
            }
        }
    }
    kr_obj_t r;
    kr_gen_result_t res = kr_obj_gen_resume(aw->agen, v, throw_exc, &r);
    if (res == KR_GEN_YIELD) {
        if (g->frame->yield_from) {
            return r;   /* the generator awaits something: pass its request up */
        }
        aw->state = AW_DONE;
        if (aw->kind == AW_ACLOSE) {
            kr_raise_msg(&kr_type_RuntimeError, "async generator ignored GeneratorExit");
        }
        kr_raise(new_stop_iteration(r));
    }
    aw->state = AW_DONE;
    if (res == KR_GEN_RETURN) {
        if (aw->kind == AW_ACLOSE) {
            kr_raise(new_stop_iteration(KR_OBJ_NONE));
        }
        kr_raise_type(&kr_type_StopAsyncIteration);
    }
    if (aw->kind == AW_ACLOSE && (kr_obj_is_instance(r, &kr_type_GeneratorExit)
                                  || kr_obj_is_instance(r, &kr_type_StopAsyncIteration))) {
        kr_raise(new_stop_iteration(KR_OBJ_NONE));
    }
    kr_nlr_jump(r);
}

static kr_obj_t agen_aw_iternext(kr_obj_t self) {
    return agen_aw_step(self, KR_OBJ_NONE, KR_OBJ_NULL);
}
static KR_DEFINE_FUN_1(agen_aw_next_obj, agen_aw_iternext);

static kr_obj_t agen_aw_send(kr_obj_t self, kr_obj_t v) {
    return agen_aw_step(self, v, KR_OBJ_NULL);
}
static KR_DEFINE_FUN_2(agen_aw_send_obj, agen_aw_send);

/* throw(type[, value[, tb]]) arguments -> exception instance */
static kr_obj_t make_thrown(size_t n_args, const kr_obj_t *args) {
    kr_obj_t typ = args[1];
    kr_obj_t val = n_args > 2 ? args[2] : KR_OBJ_NONE;
    if (kr_obj_is_exception_instance(typ)) {
        if (val != KR_OBJ_NONE) {
            kr_raise_msg(&kr_type_TypeError, "instance exception may not have a separate value");
        }
        return typ;
    }
    if (kr_obj_is_exception_type(typ)) {
        if (kr_obj_is_instance(val, (const kr_type_t *)KR_OBJ_TO_PTR(typ))) {
            return val;
        }
        if (val == KR_OBJ_NONE) {
            return kr_call0(typ);
        }
        if (kr_obj_is_type(val, &kr_type_tuple)) {
            return kr_call_ex(typ, val, KR_OBJ_NULL);
        }
        return kr_call1(typ, val);
    }
    kr_raise_fmt(&kr_type_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                 kr_obj_type_name(typ));
}

static kr_obj_t agen_aw_throw(size_t n_args, const kr_obj_t *args) {
    return agen_aw_step(args[0], KR_OBJ_NULL, make_thrown(n_args, args));
}
static KR_DEFINE_FUN_VAR(agen_aw_throw_obj, 2, 4, agen_aw_throw);

static kr_obj_t agen_aw_close(kr_obj_t self) {
    ((kr_obj_agen_aw_t *)KR_OBJ_TO_PTR(self))->state = AW_DONE;
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(agen_aw_close_obj, agen_aw_close);

static const kr_map_elem_t agen_aw_locals_table[] = {
    { KR_ROM_QSTR(__await__), KR_ROM_PTR(&gen_self_obj) },
    { KR_ROM_QSTR(__iter__), KR_ROM_PTR(&gen_self_obj) },
    { KR_ROM_QSTR(__next__), KR_ROM_PTR(&agen_aw_next_obj) },
    { KR_ROM_QSTR(send), KR_ROM_PTR(&agen_aw_send_obj) },
    { KR_ROM_QSTR(throw), KR_ROM_PTR(&agen_aw_throw_obj) },
    { KR_ROM_QSTR(close), KR_ROM_PTR(&agen_aw_close_obj) },
};
static KR_DEFINE_CONST_DICT(agen_aw_locals_dict, agen_aw_locals_table);

const kr_type_t kr_type_async_gen_asend = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY | KR_TYPE_FLAG_ITER_IS_SELF,
    .name = KR_QSTR_async_generator_asend,
    .getiter = gen_self,
    .iternext = agen_aw_iternext,
    .locals_dict = &agen_aw_locals_dict,
};

static kr_obj_t agen_anext(kr_obj_t self) {
    return agen_aw_new(self, KR_OBJ_NONE, AW_ASEND);
}
static KR_DEFINE_FUN_1(agen_anext_obj, agen_anext);

static kr_obj_t agen_asend(kr_obj_t self, kr_obj_t v) {
    return agen_aw_new(self, v, AW_ASEND);
}
static KR_DEFINE_FUN_2(agen_asend_obj, agen_asend);

static kr_obj_t agen_athrow(size_t n_args, const kr_obj_t *args) {
    return agen_aw_new(args[0], make_thrown(n_args, args), AW_ATHROW);
}
static KR_DEFINE_FUN_VAR(agen_athrow_obj, 2, 4, agen_athrow);

static kr_obj_t agen_aclose(kr_obj_t self) {
    return agen_aw_new(self, kr_obj_new_exception(&kr_type_GeneratorExit), AW_ACLOSE);
}
static KR_DEFINE_FUN_1(agen_aclose_obj, agen_aclose);

static const kr_map_elem_t agen_locals_table[] = {
    { KR_ROM_QSTR(__aiter__), KR_ROM_PTR(&gen_self_obj) },
    { KR_ROM_QSTR(__anext__), KR_ROM_PTR(&agen_anext_obj) },
    { KR_ROM_QSTR(asend), KR_ROM_PTR(&agen_asend_obj) },
    { KR_ROM_QSTR(athrow), KR_ROM_PTR(&agen_athrow_obj) },
    { KR_ROM_QSTR(aclose), KR_ROM_PTR(&agen_aclose_obj) },
};
static KR_DEFINE_CONST_DICT(agen_locals_dict, agen_locals_table);

const kr_type_t kr_type_async_generator = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_async_generator,
    .print = gen_print,
    .attr = gen_attr,
    .locals_dict = &agen_locals_dict,
};
