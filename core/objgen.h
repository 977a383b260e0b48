/* objgen.h: generators and coroutines (objgen.c): resuming, delegation (yield from /
 * await) and the hooks the VM uses. */
#ifndef KRAIT_OBJGEN_H
#define KRAIT_OBJGEN_H

#include "obj.h"

typedef enum { KR_GEN_YIELD, KR_GEN_RETURN, KR_GEN_EXCEPTION } kr_gen_result_t;

/* Async generator objects (`async def` with `yield`); they share the generator layout. */
extern const kr_type_t kr_type_async_generator;

/* Resume a generator or coroutine: send send_value (None to start it), or raise
 * throw_value (an exception instance, when not KR_OBJ_NULL) inside it. *ret_val receives
 * the yielded value, the returned value, or the exception (StopIteration raised inside
 * is already turned into RuntimeError, PEP 479). Raises ValueError "generator already
 * executing" and the just-started TypeError itself. */
kr_gen_result_t kr_obj_gen_resume(kr_obj_t gen, kr_obj_t send_value, kr_obj_t throw_value, kr_obj_t *ret_val);

/* A new generator/coroutine object for a call of fun (whose code has the GENERATOR or
 * COROUTINE flag) with the given arguments. */
kr_obj_t kr_obj_gen_new(kr_obj_t fun, size_t n_args, size_t n_kw, const kr_obj_t *args);

/* Is o a generator or coroutine object? */
bool kr_obj_gen_check(kr_obj_t o);

/* One step of `yield from sub` / `await sub`: send v (or throw throw_exc when not NULL)
 * into any iterator/generator. Returns KR_GEN_YIELD (*ret = value to pass up) or
 * KR_GEN_RETURN (*ret = the result of the delegation); raises any other exception. */
kr_gen_result_t kr_obj_gen_delegate(kr_obj_t sub, kr_obj_t v, kr_obj_t throw_exc, kr_obj_t *ret);

/* The iterator `await o` runs: a coroutine itself, or o.__await__(); raises TypeError. */
kr_obj_t kr_obj_gen_get_awaitable(kr_obj_t o);

/* A generator made by the call just before a for loop's GET_ITER is referenced only by
 * the loop: mark it, and close it when the loop drops it early (break/return), as
 * CPython's reference counting does. */
void kr_obj_gen_loop_own(kr_obj_t gen);
void kr_obj_gen_loop_release(kr_obj_t gen);

/* gen.close() */
kr_obj_t kr_obj_gen_close(kr_obj_t gen);

#endif /* KRAIT_OBJGEN_H */
