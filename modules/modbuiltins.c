/* modbuiltins.c: the builtins module: simple builtin functions and the ROM table of
 * every builtin name (functions, types, exceptions, constants). */
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "state.h"
#include "objtype.h"
#include "objexcept.h"
#include "objstr.h"
#include "modbuiltins.h"

/* ---------------------------------------------------------------- numbers */

static kr_obj_t builtin_abs(kr_obj_t x) {
    return kr_unary_op(KR_UNARY_OP_ABS, x);
}
static KR_DEFINE_FUN_1(builtin_abs_obj, builtin_abs);

static kr_obj_t builtin_divmod(kr_obj_t a, kr_obj_t b) {
    return kr_binary_op(KR_BINARY_OP_DIVMOD, a, b);
}
static KR_DEFINE_FUN_2(builtin_divmod_obj, builtin_divmod);

static kr_obj_t int_arg(kr_obj_t x) {
    if (kr_obj_is_int(x)) {
        return x;
    }
    const kr_type_t *t = kr_obj_get_type(x);
    if (KR_IS_OBJ(x) && t->unary_op != NULL) {
        kr_obj_t r = t->unary_op(KR_UNARY_OP_INDEX, x);
        if (r != KR_OBJ_NULL && kr_obj_is_int(r)) {
            return r;
        }
    }
    kr_raise_fmt(&kr_type_TypeError, "'%s' object cannot be interpreted as an integer", kr_obj_type_name(x));
}

static kr_obj_t format_int_base(kr_obj_t x, int base, const char *prefix) {
    kr_vstr_t v;
    kr_vstr_init(&v, 24);
    kr_obj_int_format(&v, int_arg(x), base, prefix, false);
    return kr_obj_new_str_from_vstr(&v);
}

static kr_obj_t builtin_bin(kr_obj_t x) {
    return format_int_base(x, 2, "0b");
}
static KR_DEFINE_FUN_1(builtin_bin_obj, builtin_bin);

static kr_obj_t builtin_oct(kr_obj_t x) {
    return format_int_base(x, 8, "0o");
}
static KR_DEFINE_FUN_1(builtin_oct_obj, builtin_oct);

static kr_obj_t builtin_hex(kr_obj_t x) {
    return format_int_base(x, 16, "0x");
}
static KR_DEFINE_FUN_1(builtin_hex_obj, builtin_hex);

static kr_obj_t builtin_hash(kr_obj_t x) {
    return kr_obj_new_int(kr_obj_hash(x));
}
static KR_DEFINE_FUN_1(builtin_hash_obj, builtin_hash);

static kr_obj_t builtin_id(kr_obj_t x) {
    return kr_obj_new_int_from_uint((kr_uint_t)x);
}
static KR_DEFINE_FUN_1(builtin_id_obj, builtin_id);

/* ---------------------------------------------------------------- iteration */

static kr_obj_t builtin_all(kr_obj_t iterable) {
    kr_obj_t it = kr_getiter(iterable);
    kr_obj_t x;
    while ((x = kr_iternext(it)) != KR_OBJ_NULL) {
        if (!kr_obj_is_true(x)) {
            return KR_OBJ_FALSE;
        }
    }
    return KR_OBJ_TRUE;
}
static KR_DEFINE_FUN_1(builtin_all_obj, builtin_all);

static kr_obj_t builtin_any(kr_obj_t iterable) {
    kr_obj_t it = kr_getiter(iterable);
    kr_obj_t x;
    while ((x = kr_iternext(it)) != KR_OBJ_NULL) {
        if (kr_obj_is_true(x)) {
            return KR_OBJ_TRUE;
        }
    }
    return KR_OBJ_FALSE;
}
static KR_DEFINE_FUN_1(builtin_any_obj, builtin_any);

static kr_obj_t builtin_len(kr_obj_t o) {
    return kr_obj_len(o);
}
static KR_DEFINE_FUN_1(builtin_len_obj, builtin_len);

/* iter(callable, sentinel) */
typedef struct {
    kr_obj_base_t base;
    kr_obj_t fun;
    kr_obj_t sentinel;
} callable_iter_t;

static kr_obj_t callable_iter_getiter(kr_obj_t self) {
    return self;
}

static kr_obj_t callable_iter_iternext(kr_obj_t self) {
    callable_iter_t *c = KR_OBJ_TO_PTR(self);
    if (c->fun == KR_OBJ_NULL) {
        return KR_OBJ_NULL;
    }
    kr_obj_t v = kr_call0(c->fun);
    if (kr_obj_equal(v, c->sentinel)) {
        c->fun = KR_OBJ_NULL;
        return KR_OBJ_NULL;
    }
    return v;
}

const kr_type_t kr_type_callable_iter = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_ITER_IS_SELF | KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_callable_iterator,
    .getiter = callable_iter_getiter,
    .iternext = callable_iter_iternext,
};

static kr_obj_t builtin_iter(size_t n_args, const kr_obj_t *args) {
    if (n_args == 1) {
        return kr_getiter(args[0]);
    }
    if (!kr_obj_is_callable(args[0])) {
        kr_raise_msg(&kr_type_TypeError, "iter(v, w): v must be callable");
    }
    callable_iter_t *c = kr_gc_alloc(sizeof(*c), 0);
    c->base.type = &kr_type_callable_iter;
    c->fun = args[0];
    c->sentinel = args[1];
    return KR_OBJ_FROM_PTR(c);
}
static KR_DEFINE_FUN_VAR(builtin_iter_obj, 1, 2, builtin_iter);

static bool is_iterator(kr_obj_t o) {
    const kr_type_t *t = kr_obj_get_type(o);
    if (kr_type_is_heap(t)) {
        return kr_obj_type_mro_lookup(t, KR_QSTR___next__) != KR_OBJ_NULL;
    }
    return t->iternext != NULL;
}

static kr_obj_t builtin_next(size_t n_args, const kr_obj_t *args) {
    if (!is_iterator(args[0])) {
        kr_raise_fmt(&kr_type_TypeError, "'%s' object is not an iterator", kr_obj_type_name(args[0]));
    }
    if (n_args == 1) {
        kr_obj_t v = kr_iternext_allow_raise(args[0]);
        if (v == KR_OBJ_NULL) {
            kr_raise_type(&kr_type_StopIteration);
        }
        return v;
    }
    kr_obj_t v = kr_iternext(args[0]);
    return v == KR_OBJ_NULL ? args[1] : v;
}
static KR_DEFINE_FUN_VAR(builtin_next_obj, 1, 2, builtin_next);

/* ---------------------------------------------------------------- strings */

static kr_obj_t builtin_repr(kr_obj_t o) {
    return kr_obj_repr(o);
}
static KR_DEFINE_FUN_1(builtin_repr_obj, builtin_repr);

static kr_obj_t builtin_ascii(kr_obj_t o) {
    return kr_obj_str_repr_ascii(kr_obj_repr(o));
}
static KR_DEFINE_FUN_1(builtin_ascii_obj, builtin_ascii);

static kr_obj_t builtin_chr(kr_obj_t o) {
    /* CPython's chr takes a C int on every word size: OverflowError past it, also via __index__ */
    kr_obj_t v = kr_obj_index_obj(o);
    kr_int_t c = v != KR_OBJ_NULL ? kr_obj_get_c_int(v) : kr_obj_get_index(o);
    if (c < 0 || c > 0x10ffff) {
        kr_raise_msg(&kr_type_ValueError, "chr() arg not in range(0x110000)");
    }
    return kr_obj_str_from_char((uint32_t)c);
}
static KR_DEFINE_FUN_1(builtin_chr_obj, builtin_chr);

static kr_obj_t builtin_ord(kr_obj_t o) {
    size_t len;
    if (kr_obj_is_str(o)) {
        const uint8_t *s = (const uint8_t *)kr_obj_str_get_data(o, &len);
        size_t n = kr_obj_str_char_len(o);
        if (n != 1) {
            kr_raise_fmt(&kr_type_TypeError, "ord() expected a character, but string of length %u found",
                         (unsigned)n);
        }
        uint32_t c = s[0];
        if (c >= 0x80) {
            int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
            c &= 0x3f >> extra;
            for (int i = 1; i <= extra && (size_t)i < len; i++) {
                c = (c << 6) | (s[i] & 0x3f);
            }
        }
        return KR_NEW_SMALL_INT(c);
    }
    if (kr_obj_is_type(o, &kr_type_bytes) || kr_obj_is_type(o, &kr_type_bytearray)) {
        const uint8_t *s = (const uint8_t *)kr_obj_str_get_data(o, &len);
        if (len != 1) {
            kr_raise_fmt(&kr_type_TypeError, "ord() expected a character, but string of length %u found",
                         (unsigned)len);
        }
        return KR_NEW_SMALL_INT(s[0]);
    }
    kr_raise_fmt(&kr_type_TypeError, "ord() expected string of length 1, but %s found", kr_obj_type_name(o));
}
static KR_DEFINE_FUN_1(builtin_ord_obj, builtin_ord);

static kr_obj_t builtin_format(size_t n_args, const kr_obj_t *args) {
    kr_obj_t spec = n_args > 1 ? args[1] : KR_ROM_QSTR(empty);
    if (!kr_obj_is_str(spec)) {
        kr_raise_fmt(&kr_type_TypeError, "format() argument 2 must be str, not %s",
                     spec == KR_OBJ_NONE ? "None" : kr_obj_type_name(spec));
    }
    return kr_obj_format(args[0], spec);
}
static KR_DEFINE_FUN_VAR(builtin_format_obj, 1, 2, builtin_format);

/* ---------------------------------------------------------------- attributes */

static kr_qstr_t attr_name(kr_obj_t name) {
    if (KR_IS_QSTR(name)) {
        return KR_QSTR_VALUE(name);
    }
    if (!kr_obj_is_str(name)) {
        kr_raise_fmt(&kr_type_TypeError, "attribute name must be string, not '%s'", kr_obj_type_name(name));
    }
    return kr_obj_str_get_qstr(name);
}

static kr_obj_t builtin_getattr(size_t n_args, const kr_obj_t *args) {
    kr_qstr_t name = attr_name(args[1]);
    if (n_args == 2) {
        return kr_load_attr(args[0], name);
    }
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_obj_t v = kr_load_attr(args[0], name);
        kr_nlr_pop();
        return v;
    }
    if (kr_obj_is_instance(nlr.ret_val, &kr_type_AttributeError)) {
        return args[2];
    }
    kr_nlr_jump(nlr.ret_val);
}
static KR_DEFINE_FUN_VAR(builtin_getattr_obj, 2, 3, builtin_getattr);

static kr_obj_t builtin_hasattr(kr_obj_t obj, kr_obj_t name_obj) {
    kr_qstr_t name = attr_name(name_obj);
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_load_attr(obj, name);
        kr_nlr_pop();
        return KR_OBJ_TRUE;
    }
    if (kr_obj_is_instance(nlr.ret_val, &kr_type_AttributeError)) {
        return KR_OBJ_FALSE;
    }
    kr_nlr_jump(nlr.ret_val);
}
static KR_DEFINE_FUN_2(builtin_hasattr_obj, builtin_hasattr);

static kr_obj_t builtin_setattr(kr_obj_t obj, kr_obj_t name, kr_obj_t value) {
    kr_store_attr(obj, attr_name(name), value);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_3(builtin_setattr_obj, builtin_setattr);

static kr_obj_t builtin_delattr(kr_obj_t obj, kr_obj_t name) {
    kr_delete_attr(obj, attr_name(name));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(builtin_delattr_obj, builtin_delattr);

static kr_obj_t builtin_callable(kr_obj_t o) {
    return KR_OBJ_BOOL(kr_obj_is_callable(o));
}
static KR_DEFINE_FUN_1(builtin_callable_obj, builtin_callable);

/* ---------------------------------------------------------------- isinstance / issubclass */

static bool is_type_obj(kr_obj_t o) {
    return KR_IS_OBJ(o) && kr_obj_is_instance(o, &kr_type_type);
}

static bool isinstance_rec(kr_obj_t obj, kr_obj_t cls, int depth) {
    if (is_type_obj(cls)) {
        return kr_obj_is_instance(obj, KR_OBJ_TO_PTR(cls));
    }
    if (kr_obj_is_instance(cls, &kr_type_tuple) && depth < 50) {
        kr_obj_tuple_t *t = KR_OBJ_TO_PTR(cls);
        for (size_t i = 0; i < t->len; i++) {
            if (isinstance_rec(obj, t->items[i], depth + 1)) {
                return true;
            }
        }
        return false;
    }
    kr_raise_msg(&kr_type_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

static kr_obj_t builtin_isinstance(kr_obj_t obj, kr_obj_t cls) {
    return KR_OBJ_BOOL(isinstance_rec(obj, cls, 0));
}
static KR_DEFINE_FUN_2(builtin_isinstance_obj, builtin_isinstance);

static bool issubclass_rec(const kr_type_t *sub, kr_obj_t cls, int depth) {
    if (is_type_obj(cls)) {
        return kr_type_is_subtype(sub, KR_OBJ_TO_PTR(cls));
    }
    if (kr_obj_is_instance(cls, &kr_type_tuple) && depth < 50) {
        kr_obj_tuple_t *t = KR_OBJ_TO_PTR(cls);
        for (size_t i = 0; i < t->len; i++) {
            if (issubclass_rec(sub, t->items[i], depth + 1)) {
                return true;
            }
        }
        return false;
    }
    kr_raise_msg(&kr_type_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

static kr_obj_t builtin_issubclass(kr_obj_t sub, kr_obj_t cls) {
    if (!is_type_obj(sub)) {
        kr_raise_msg(&kr_type_TypeError, "issubclass() arg 1 must be a class");
    }
    return KR_OBJ_BOOL(issubclass_rec(KR_OBJ_TO_PTR(sub), cls, 0));
}
static KR_DEFINE_FUN_2(builtin_issubclass_obj, builtin_issubclass);

/* ---------------------------------------------------------------- __build_class__ */

static kr_obj_t builtin___build_class__(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    return kr_obj_type_build_class(n_args, args, kw);
}
static KR_DEFINE_FUN_KW(builtin___build_class___obj, 2, KR_FUN_ARGS_MAX, builtin___build_class__);

/* ---------------------------------------------------------------- the builtins table */

static const kr_map_elem_t builtins_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(builtins) },
    { KR_ROM_QSTR(__build_class__), KR_ROM_PTR(&builtin___build_class___obj) },
    { KR_ROM_QSTR(__import__), KR_ROM_PTR(&kr_builtin___import___obj) },
    { KR_ROM_QSTR(__debug__), KR_OBJ_TRUE },
    { KR_ROM_QSTR(Ellipsis), KR_OBJ_ELLIPSIS },
    { KR_ROM_QSTR(NotImplemented), KR_OBJ_NOTIMPLEMENTED },
    /* functions */
    { KR_ROM_QSTR(abs), KR_ROM_PTR(&builtin_abs_obj) },
    { KR_ROM_QSTR(all), KR_ROM_PTR(&builtin_all_obj) },
    { KR_ROM_QSTR(any), KR_ROM_PTR(&builtin_any_obj) },
    { KR_ROM_QSTR(ascii), KR_ROM_PTR(&builtin_ascii_obj) },
    { KR_ROM_QSTR(bin), KR_ROM_PTR(&builtin_bin_obj) },
    { KR_ROM_QSTR(callable), KR_ROM_PTR(&builtin_callable_obj) },
    { KR_ROM_QSTR(chr), KR_ROM_PTR(&builtin_chr_obj) },
    { KR_ROM_QSTR(compile), KR_ROM_PTR(&kr_builtin_compile_obj) },
    { KR_ROM_QSTR(delattr), KR_ROM_PTR(&builtin_delattr_obj) },
    { KR_ROM_QSTR(dir), KR_ROM_PTR(&kr_builtin_dir_obj) },
    { KR_ROM_QSTR(divmod), KR_ROM_PTR(&builtin_divmod_obj) },
    { KR_ROM_QSTR(eval), KR_ROM_PTR(&kr_builtin_eval_obj) },
    { KR_ROM_QSTR(exec), KR_ROM_PTR(&kr_builtin_exec_obj) },
    { KR_ROM_QSTR(format), KR_ROM_PTR(&builtin_format_obj) },
    { KR_ROM_QSTR(getattr), KR_ROM_PTR(&builtin_getattr_obj) },
    { KR_ROM_QSTR(globals), KR_ROM_PTR(&kr_builtin_globals_obj) },
    { KR_ROM_QSTR(hasattr), KR_ROM_PTR(&builtin_hasattr_obj) },
    { KR_ROM_QSTR(hash), KR_ROM_PTR(&builtin_hash_obj) },
    { KR_ROM_QSTR(help), KR_ROM_PTR(&kr_help_obj) },
    { KR_ROM_QSTR(hex), KR_ROM_PTR(&builtin_hex_obj) },
    { KR_ROM_QSTR(id), KR_ROM_PTR(&builtin_id_obj) },
    { KR_ROM_QSTR(input), KR_ROM_PTR(&kr_builtin_input_obj) },
    { KR_ROM_QSTR(isinstance), KR_ROM_PTR(&builtin_isinstance_obj) },
    { KR_ROM_QSTR(issubclass), KR_ROM_PTR(&builtin_issubclass_obj) },
    { KR_ROM_QSTR(iter), KR_ROM_PTR(&builtin_iter_obj) },
    { KR_ROM_QSTR(len), KR_ROM_PTR(&builtin_len_obj) },
    { KR_ROM_QSTR(locals), KR_ROM_PTR(&kr_builtin_locals_obj) },
    { KR_ROM_QSTR(max), KR_ROM_PTR(&kr_builtin_max_obj) },
    { KR_ROM_QSTR(min), KR_ROM_PTR(&kr_builtin_min_obj) },
    { KR_ROM_QSTR(next), KR_ROM_PTR(&builtin_next_obj) },
    { KR_ROM_QSTR(oct), KR_ROM_PTR(&builtin_oct_obj) },
    { KR_ROM_QSTR(open), KR_ROM_PTR(&kr_builtin_open_obj) },
    { KR_ROM_QSTR(ord), KR_ROM_PTR(&builtin_ord_obj) },
    { KR_ROM_QSTR(pow), KR_ROM_PTR(&kr_builtin_pow_obj) },
    { KR_ROM_QSTR(print), KR_ROM_PTR(&kr_builtin_print_obj) },
    { KR_ROM_QSTR(repr), KR_ROM_PTR(&builtin_repr_obj) },
    { KR_ROM_QSTR(round), KR_ROM_PTR(&kr_builtin_round_obj) },
    { KR_ROM_QSTR(setattr), KR_ROM_PTR(&builtin_setattr_obj) },
    { KR_ROM_QSTR(sorted), KR_ROM_PTR(&kr_builtin_sorted_obj) },
    { KR_ROM_QSTR(sum), KR_ROM_PTR(&kr_builtin_sum_obj) },
    { KR_ROM_QSTR(vars), KR_ROM_PTR(&kr_builtin_vars_obj) },
    /* types */
    { KR_ROM_QSTR(bool), KR_ROM_PTR(&kr_type_bool) },
    { KR_ROM_QSTR(bytearray), KR_ROM_PTR(&kr_type_bytearray) },
    { KR_ROM_QSTR(bytes), KR_ROM_PTR(&kr_type_bytes) },
    { KR_ROM_QSTR(classmethod), KR_ROM_PTR(&kr_type_classmethod) },
#if KR_FEATURE_COMPLEX
    { KR_ROM_QSTR(complex), KR_ROM_PTR(&kr_type_complex) },
#endif
    { KR_ROM_QSTR(dict), KR_ROM_PTR(&kr_type_dict) },
    { KR_ROM_QSTR(enumerate), KR_ROM_PTR(&kr_type_enumerate) },
    { KR_ROM_QSTR(filter), KR_ROM_PTR(&kr_type_filter) },
#if KR_FEATURE_FLOAT
    { KR_ROM_QSTR(float), KR_ROM_PTR(&kr_type_float) },
#endif
    { KR_ROM_QSTR(frozenset), KR_ROM_PTR(&kr_type_frozenset) },
    { KR_ROM_QSTR(int), KR_ROM_PTR(&kr_type_int) },
    { KR_ROM_QSTR(list), KR_ROM_PTR(&kr_type_list) },
    { KR_ROM_QSTR(map), KR_ROM_PTR(&kr_type_map) },
    { KR_ROM_QSTR(memoryview), KR_ROM_PTR(&kr_type_memoryview) },
    { KR_ROM_QSTR(object), KR_ROM_PTR(&kr_type_object) },
    { KR_ROM_QSTR(property), KR_ROM_PTR(&kr_type_property) },
    { KR_ROM_QSTR(range), KR_ROM_PTR(&kr_type_range) },
    { KR_ROM_QSTR(reversed), KR_ROM_PTR(&kr_type_reversed) },
    { KR_ROM_QSTR(set), KR_ROM_PTR(&kr_type_set) },
    { KR_ROM_QSTR(slice), KR_ROM_PTR(&kr_type_slice) },
    { KR_ROM_QSTR(staticmethod), KR_ROM_PTR(&kr_type_staticmethod) },
    { KR_ROM_QSTR(str), KR_ROM_PTR(&kr_type_str) },
    { KR_ROM_QSTR(super), KR_ROM_PTR(&kr_type_super) },
    { KR_ROM_QSTR(tuple), KR_ROM_PTR(&kr_type_tuple) },
    { KR_ROM_QSTR(type), KR_ROM_PTR(&kr_type_type) },
    { KR_ROM_QSTR(zip), KR_ROM_PTR(&kr_type_zip) },
    /* exceptions */
    { KR_ROM_QSTR(BaseException), KR_ROM_PTR(&kr_type_BaseException) },
    { KR_ROM_QSTR(SystemExit), KR_ROM_PTR(&kr_type_SystemExit) },
    { KR_ROM_QSTR(KeyboardInterrupt), KR_ROM_PTR(&kr_type_KeyboardInterrupt) },
    { KR_ROM_QSTR(GeneratorExit), KR_ROM_PTR(&kr_type_GeneratorExit) },
    { KR_ROM_QSTR(Exception), KR_ROM_PTR(&kr_type_Exception) },
    { KR_ROM_QSTR(StopIteration), KR_ROM_PTR(&kr_type_StopIteration) },
    { KR_ROM_QSTR(StopAsyncIteration), KR_ROM_PTR(&kr_type_StopAsyncIteration) },
    { KR_ROM_QSTR(ArithmeticError), KR_ROM_PTR(&kr_type_ArithmeticError) },
    { KR_ROM_QSTR(FloatingPointError), KR_ROM_PTR(&kr_type_FloatingPointError) },
    { KR_ROM_QSTR(OverflowError), KR_ROM_PTR(&kr_type_OverflowError) },
    { KR_ROM_QSTR(ZeroDivisionError), KR_ROM_PTR(&kr_type_ZeroDivisionError) },
    { KR_ROM_QSTR(AssertionError), KR_ROM_PTR(&kr_type_AssertionError) },
    { KR_ROM_QSTR(AttributeError), KR_ROM_PTR(&kr_type_AttributeError) },
    { KR_ROM_QSTR(BufferError), KR_ROM_PTR(&kr_type_BufferError) },
    { KR_ROM_QSTR(EOFError), KR_ROM_PTR(&kr_type_EOFError) },
    { KR_ROM_QSTR(ImportError), KR_ROM_PTR(&kr_type_ImportError) },
    { KR_ROM_QSTR(ModuleNotFoundError), KR_ROM_PTR(&kr_type_ModuleNotFoundError) },
    { KR_ROM_QSTR(LookupError), KR_ROM_PTR(&kr_type_LookupError) },
    { KR_ROM_QSTR(IndexError), KR_ROM_PTR(&kr_type_IndexError) },
    { KR_ROM_QSTR(KeyError), KR_ROM_PTR(&kr_type_KeyError) },
    { KR_ROM_QSTR(MemoryError), KR_ROM_PTR(&kr_type_MemoryError) },
    { KR_ROM_QSTR(NameError), KR_ROM_PTR(&kr_type_NameError) },
    { KR_ROM_QSTR(UnboundLocalError), KR_ROM_PTR(&kr_type_UnboundLocalError) },
    { KR_ROM_QSTR(OSError), KR_ROM_PTR(&kr_type_OSError) },
    { KR_ROM_QSTR(IOError), KR_ROM_PTR(&kr_type_OSError) },
    { KR_ROM_QSTR(EnvironmentError), KR_ROM_PTR(&kr_type_OSError) },
    { KR_ROM_QSTR(BlockingIOError), KR_ROM_PTR(&kr_type_BlockingIOError) },
    { KR_ROM_QSTR(ChildProcessError), KR_ROM_PTR(&kr_type_ChildProcessError) },
    { KR_ROM_QSTR(ConnectionError), KR_ROM_PTR(&kr_type_ConnectionError) },
    { KR_ROM_QSTR(BrokenPipeError), KR_ROM_PTR(&kr_type_BrokenPipeError) },
    { KR_ROM_QSTR(ConnectionAbortedError), KR_ROM_PTR(&kr_type_ConnectionAbortedError) },
    { KR_ROM_QSTR(ConnectionRefusedError), KR_ROM_PTR(&kr_type_ConnectionRefusedError) },
    { KR_ROM_QSTR(ConnectionResetError), KR_ROM_PTR(&kr_type_ConnectionResetError) },
    { KR_ROM_QSTR(FileExistsError), KR_ROM_PTR(&kr_type_FileExistsError) },
    { KR_ROM_QSTR(FileNotFoundError), KR_ROM_PTR(&kr_type_FileNotFoundError) },
    { KR_ROM_QSTR(InterruptedError), KR_ROM_PTR(&kr_type_InterruptedError) },
    { KR_ROM_QSTR(IsADirectoryError), KR_ROM_PTR(&kr_type_IsADirectoryError) },
    { KR_ROM_QSTR(NotADirectoryError), KR_ROM_PTR(&kr_type_NotADirectoryError) },
    { KR_ROM_QSTR(PermissionError), KR_ROM_PTR(&kr_type_PermissionError) },
    { KR_ROM_QSTR(ProcessLookupError), KR_ROM_PTR(&kr_type_ProcessLookupError) },
    { KR_ROM_QSTR(TimeoutError), KR_ROM_PTR(&kr_type_TimeoutError) },
    { KR_ROM_QSTR(ReferenceError), KR_ROM_PTR(&kr_type_ReferenceError) },
    { KR_ROM_QSTR(RuntimeError), KR_ROM_PTR(&kr_type_RuntimeError) },
    { KR_ROM_QSTR(NotImplementedError), KR_ROM_PTR(&kr_type_NotImplementedError) },
    { KR_ROM_QSTR(RecursionError), KR_ROM_PTR(&kr_type_RecursionError) },
    { KR_ROM_QSTR(SyntaxError), KR_ROM_PTR(&kr_type_SyntaxError) },
    { KR_ROM_QSTR(IndentationError), KR_ROM_PTR(&kr_type_IndentationError) },
    { KR_ROM_QSTR(TabError), KR_ROM_PTR(&kr_type_TabError) },
    { KR_ROM_QSTR(SystemError), KR_ROM_PTR(&kr_type_SystemError) },
    { KR_ROM_QSTR(TypeError), KR_ROM_PTR(&kr_type_TypeError) },
    { KR_ROM_QSTR(ValueError), KR_ROM_PTR(&kr_type_ValueError) },
    { KR_ROM_QSTR(UnicodeError), KR_ROM_PTR(&kr_type_UnicodeError) },
    { KR_ROM_QSTR(UnicodeDecodeError), KR_ROM_PTR(&kr_type_UnicodeDecodeError) },
    { KR_ROM_QSTR(UnicodeEncodeError), KR_ROM_PTR(&kr_type_UnicodeEncodeError) },
    { KR_ROM_QSTR(UnicodeTranslateError), KR_ROM_PTR(&kr_type_UnicodeTranslateError) },
    { KR_ROM_QSTR(Warning), KR_ROM_PTR(&kr_type_Warning) },
    { KR_ROM_QSTR(UserWarning), KR_ROM_PTR(&kr_type_UserWarning) },
    { KR_ROM_QSTR(DeprecationWarning), KR_ROM_PTR(&kr_type_DeprecationWarning) },
    { KR_ROM_QSTR(PendingDeprecationWarning), KR_ROM_PTR(&kr_type_PendingDeprecationWarning) },
    { KR_ROM_QSTR(RuntimeWarning), KR_ROM_PTR(&kr_type_RuntimeWarning) },
    { KR_ROM_QSTR(SyntaxWarning), KR_ROM_PTR(&kr_type_SyntaxWarning) },
    { KR_ROM_QSTR(FutureWarning), KR_ROM_PTR(&kr_type_FutureWarning) },
    { KR_ROM_QSTR(ImportWarning), KR_ROM_PTR(&kr_type_ImportWarning) },
    { KR_ROM_QSTR(UnicodeWarning), KR_ROM_PTR(&kr_type_UnicodeWarning) },
    { KR_ROM_QSTR(BytesWarning), KR_ROM_PTR(&kr_type_BytesWarning) },
    { KR_ROM_QSTR(ResourceWarning), KR_ROM_PTR(&kr_type_ResourceWarning) },
    { KR_ROM_QSTR(EncodingWarning), KR_ROM_PTR(&kr_type_EncodingWarning) },
};
KR_DEFINE_CONST_DICT(kr_builtins_dict, builtins_table);
KR_DEFINE_CONST_MODULE(kr_module_builtins, kr_builtins_dict);
