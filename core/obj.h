/* obj.h: Krait's value representation, object header, type structure and the
 * public C API of every builtin type (each implemented in its own obj*.c file).
 *
 * A value (kr_obj_t) is one machine word, tagged in its low bits:
 *   ...xxxx1  small int          (value << 1) | 1
 *   ...xx010  interned string    (qstr index << 3) | 2
 *   ...xx110  immediate          (index << 3) | 6: None, False, True, Ellipsis,
 *                                NotImplemented, and internal sentinels
 *   ...xxx00  pointer to an object whose first field is its type (kr_obj_base_t)
 *   0         KR_OBJ_NULL: "no value" (never visible to Python)
 */
#ifndef KRAIT_OBJ_H
#define KRAIT_OBJ_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "krconfig.h"
#include "qstr.h"
#include "nlr.h"

typedef uintptr_t kr_obj_t;
typedef intptr_t kr_int_t;     /* small-int payload, also general machine int */
typedef uintptr_t kr_uint_t;

/* ---------------------------------------------------------------- tagging */

#define KR_OBJ_NULL ((kr_obj_t)0)

#define KR_IS_SMALL_INT(o)     (((o) & 1) != 0)
#define KR_SMALL_INT_VALUE(o)  (((kr_int_t)(o)) >> 1)
#define KR_NEW_SMALL_INT(v)    ((kr_obj_t)((((kr_uint_t)(kr_int_t)(v)) << 1) | 1))
#define KR_SMALL_INT_MIN       ((kr_int_t)(((kr_uint_t)-1) << (sizeof(kr_int_t) * 8 - 2)))
#define KR_SMALL_INT_MAX       (-(KR_SMALL_INT_MIN + 1))
#define KR_SMALL_INT_FITS(v)   ((v) >= KR_SMALL_INT_MIN && (v) <= KR_SMALL_INT_MAX)

#define KR_IS_QSTR(o)          (((o) & 7) == 2)
#define KR_QSTR_VALUE(o)       ((kr_qstr_t)((o) >> 3))
#define KR_NEW_QSTR(q)         ((kr_obj_t)((((kr_uint_t)(q)) << 3) | 2))

#define KR_IS_IMMEDIATE(o)     (((o) & 7) == 6)
#define KR_NEW_IMMEDIATE(i)    ((kr_obj_t)((((kr_uint_t)(i)) << 3) | 6))
#define KR_OBJ_NONE            KR_NEW_IMMEDIATE(0)
#define KR_OBJ_FALSE           KR_NEW_IMMEDIATE(1)
#define KR_OBJ_TRUE            KR_NEW_IMMEDIATE(2)
#define KR_OBJ_ELLIPSIS        KR_NEW_IMMEDIATE(3)
#define KR_OBJ_NOTIMPLEMENTED  KR_NEW_IMMEDIATE(4)
#define KR_OBJ_SENTINEL        KR_NEW_IMMEDIATE(5)   /* internal: "store" marker in attr/subscr */
#define KR_OBJ_UNBOUND         KR_NEW_IMMEDIATE(6)   /* internal: empty local / cell */
#define KR_OBJ_BOOL(b)         ((b) ? KR_OBJ_TRUE : KR_OBJ_FALSE)

#define KR_IS_OBJ(o)           ((((o) & 3) == 0) && (o) != 0)
#define KR_OBJ_TYPE(o)         (((const kr_obj_base_t *)(o))->type)   /* only when KR_IS_OBJ */
#define KR_OBJ_FROM_PTR(p)     ((kr_obj_t)(p))
#define KR_OBJ_TO_PTR(o)       ((void *)(o))
#define KR_ROM_QSTR(name)      KR_NEW_QSTR(KR_QSTR_##name)
#define KR_ROM_PTR(p)          ((kr_obj_t)(p))
#define KR_ROM_INT(v)          KR_NEW_SMALL_INT(v)

typedef struct _kr_type_t kr_type_t;

typedef struct _kr_obj_base_t {
    const kr_type_t *type;
} kr_obj_base_t;

/* ---------------------------------------------------------------- printing */

typedef enum { KR_PRINT_STR = 0, KR_PRINT_REPR = 1 } kr_print_kind_t;

typedef struct _kr_print_t {
    void *data;
    void (*write)(void *data, const char *str, size_t len);
} kr_print_t;

extern const kr_print_t kr_print_stdout;   /* port's stdout (sys.stdout) */
extern const kr_print_t kr_print_stderr;   /* port's stderr */

void kr_print_strn(const kr_print_t *p, const char *s, size_t len);
void kr_print_str(const kr_print_t *p, const char *s);
int kr_printf(const kr_print_t *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void kr_obj_print(const kr_print_t *p, kr_obj_t o, kr_print_kind_t kind);   /* str() or repr() */

/* Growable byte buffer on the GC heap (also the string builder). */
typedef struct _kr_vstr_t {
    size_t alloc;
    size_t len;
    char *buf;
} kr_vstr_t;

void kr_vstr_init(kr_vstr_t *v, size_t alloc);
void kr_vstr_clear(kr_vstr_t *v);               /* frees the buffer */
void kr_vstr_reset(kr_vstr_t *v);               /* len = 0, keeps the buffer */
char *kr_vstr_extend(kr_vstr_t *v, size_t n);   /* grow len by n, return pointer to the new bytes */
void kr_vstr_add_byte(kr_vstr_t *v, uint8_t b);
void kr_vstr_add_char(kr_vstr_t *v, uint32_t codepoint);   /* UTF-8 encodes */
void kr_vstr_add_strn(kr_vstr_t *v, const char *s, size_t n);
void kr_vstr_add_str(kr_vstr_t *v, const char *s);
void kr_vstr_printf(kr_vstr_t *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *kr_vstr_null_terminated(kr_vstr_t *v);
void kr_print_init_vstr(kr_print_t *p, kr_vstr_t *v);   /* printing into v */

/* ---------------------------------------------------------------- type structure */

typedef enum {
    KR_UNARY_OP_BOOL,      /* __bool__: returns KR_OBJ_TRUE/FALSE */
    KR_UNARY_OP_LEN,       /* __len__: returns a small int */
    KR_UNARY_OP_HASH,      /* __hash__: returns a small int */
    KR_UNARY_OP_POSITIVE,
    KR_UNARY_OP_NEGATIVE,
    KR_UNARY_OP_INVERT,
    KR_UNARY_OP_NOT,       /* handled by the runtime, never passed to types */
    KR_UNARY_OP_ABS,
    KR_UNARY_OP_INT,       /* __int__ (int(x) for non-int x) */
    KR_UNARY_OP_FLOAT,     /* __float__ */
    KR_UNARY_OP_INDEX,     /* __index__ */
    KR_UNARY_OP_NUM
} kr_unary_op_t;

/* Order matters: INPLACE_x - KR_BINARY_OP_INPLACE_OR == x - KR_BINARY_OP_OR, and
 * the same for REVERSE_x. */
typedef enum {
    /* comparisons */
    KR_BINARY_OP_LESS,
    KR_BINARY_OP_MORE,
    KR_BINARY_OP_EQUAL,
    KR_BINARY_OP_LESS_EQUAL,
    KR_BINARY_OP_MORE_EQUAL,
    KR_BINARY_OP_NOT_EQUAL,
    KR_BINARY_OP_CONTAINS,      /* type slot only: (container, item) -> bool */
    /* in-place arithmetic */
    KR_BINARY_OP_INPLACE_OR,
    KR_BINARY_OP_INPLACE_XOR,
    KR_BINARY_OP_INPLACE_AND,
    KR_BINARY_OP_INPLACE_LSHIFT,
    KR_BINARY_OP_INPLACE_RSHIFT,
    KR_BINARY_OP_INPLACE_ADD,
    KR_BINARY_OP_INPLACE_SUBTRACT,
    KR_BINARY_OP_INPLACE_MULTIPLY,
    KR_BINARY_OP_INPLACE_MAT_MULTIPLY,
    KR_BINARY_OP_INPLACE_FLOOR_DIVIDE,
    KR_BINARY_OP_INPLACE_TRUE_DIVIDE,
    KR_BINARY_OP_INPLACE_MODULO,
    KR_BINARY_OP_INPLACE_POWER,
    /* arithmetic */
    KR_BINARY_OP_OR,
    KR_BINARY_OP_XOR,
    KR_BINARY_OP_AND,
    KR_BINARY_OP_LSHIFT,
    KR_BINARY_OP_RSHIFT,
    KR_BINARY_OP_ADD,
    KR_BINARY_OP_SUBTRACT,
    KR_BINARY_OP_MULTIPLY,
    KR_BINARY_OP_MAT_MULTIPLY,
    KR_BINARY_OP_FLOOR_DIVIDE,
    KR_BINARY_OP_TRUE_DIVIDE,
    KR_BINARY_OP_MODULO,
    KR_BINARY_OP_POWER,
    KR_BINARY_OP_DIVMOD,        /* divmod(); type slot only */
    /* reflected: slot called as (op, self=right operand, other=left operand) */
    KR_BINARY_OP_REVERSE_OR,
    KR_BINARY_OP_REVERSE_XOR,
    KR_BINARY_OP_REVERSE_AND,
    KR_BINARY_OP_REVERSE_LSHIFT,
    KR_BINARY_OP_REVERSE_RSHIFT,
    KR_BINARY_OP_REVERSE_ADD,
    KR_BINARY_OP_REVERSE_SUBTRACT,
    KR_BINARY_OP_REVERSE_MULTIPLY,
    KR_BINARY_OP_REVERSE_MAT_MULTIPLY,
    KR_BINARY_OP_REVERSE_FLOOR_DIVIDE,
    KR_BINARY_OP_REVERSE_TRUE_DIVIDE,
    KR_BINARY_OP_REVERSE_MODULO,
    KR_BINARY_OP_REVERSE_POWER,
    KR_BINARY_OP_REVERSE_DIVMOD,
    /* runtime/VM only (never passed to type slots) */
    KR_BINARY_OP_IN,
    KR_BINARY_OP_NOT_IN,
    KR_BINARY_OP_IS,
    KR_BINARY_OP_IS_NOT,
    KR_BINARY_OP_EXCEPTION_MATCH,
    KR_BINARY_OP_NUM
} kr_binary_op_t;

#define KR_BINARY_OP_IS_INPLACE(op) ((op) >= KR_BINARY_OP_INPLACE_OR && (op) <= KR_BINARY_OP_INPLACE_POWER)
#define KR_BINARY_OP_INPLACE_TO_NORMAL(op) ((op) - KR_BINARY_OP_INPLACE_OR + KR_BINARY_OP_OR)
#define KR_BINARY_OP_TO_REVERSE(op) ((op) - KR_BINARY_OP_OR + KR_BINARY_OP_REVERSE_OR)  /* OR..DIVMOD */
#define KR_BINARY_OP_IS_REVERSE(op) ((op) >= KR_BINARY_OP_REVERSE_OR && (op) <= KR_BINARY_OP_REVERSE_DIVMOD)
#define KR_BINARY_OP_REVERSE_TO_NORMAL(op) ((op) - KR_BINARY_OP_REVERSE_OR + KR_BINARY_OP_OR)

extern const char *const kr_binary_op_symbol[KR_BINARY_OP_NUM];  /* "+", "<", "+=", ... for messages */

#define KR_BUFFER_READ  (1)
#define KR_BUFFER_WRITE (2)

typedef struct _kr_buffer_info_t {
    void *buf;
    size_t len;        /* bytes */
    int typecode;      /* struct-module typecode of the items, 'B' for bytes */
} kr_buffer_info_t;

#define KR_TYPE_FLAG_BASETYPE      (0x0001)  /* may be subclassed from Python */
#define KR_TYPE_FLAG_HEAP          (0x0002)  /* a class created at run time (kr_obj_class_t) */
#define KR_TYPE_FLAG_EQ_IS_IDENTITY (0x0004) /* == is identity and hash is id (fast path) */
#define KR_TYPE_FLAG_ITER_IS_SELF  (0x0008)  /* getiter returns self (iterators) */
#define KR_TYPE_FLAG_EXCEPTION     (0x0010)  /* BaseException or a subclass */

struct _kr_type_t {
    kr_obj_base_t base;          /* &kr_type_type */
    uint16_t flags;              /* KR_TYPE_FLAG_* */
    kr_qstr_t name;
    /* All slots are optional (NULL). */
    void (*print)(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind);
    /* type(...) called: args = n_args positionals then n_kw (key qstr obj, value) pairs */
    kr_obj_t (*make_new)(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args);
    /* instance called */
    kr_obj_t (*call)(kr_obj_t self, size_t n_args, size_t n_kw, const kr_obj_t *args);
    /* return KR_OBJ_NULL if the op is not supported for this operand */
    kr_obj_t (*unary_op)(kr_unary_op_t op, kr_obj_t self);
    /* self is the left operand (or the right one for REVERSE ops and the container
     * for CONTAINS); return KR_OBJ_NULL if not supported for these operands */
    kr_obj_t (*binary_op)(kr_binary_op_t op, kr_obj_t self, kr_obj_t other);
    /* Attribute access; see kr_load_attr in runtime.h for the dest protocol:
     * load:   dest[0] == KR_OBJ_NULL on entry; set dest[0] = value, or
     *         dest[0] = function and dest[1] = self for a method.
     * store:  dest[0] == KR_OBJ_SENTINEL, dest[1] = value; set dest[0] = KR_OBJ_NULL on success.
     * delete: dest[0] == KR_OBJ_SENTINEL, dest[1] = KR_OBJ_NULL; set dest[0] = KR_OBJ_NULL on success.
     * If this slot leaves a load unresolved the runtime looks in locals_dict (and the bases). */
    void (*attr)(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest);
    /* value == KR_OBJ_SENTINEL: load (return the item); value == KR_OBJ_NULL: delete;
     * else store. Return KR_OBJ_NULL if unsupported, KR_OBJ_NONE after store/delete. */
    kr_obj_t (*subscr)(kr_obj_t self, kr_obj_t index, kr_obj_t value);
    kr_obj_t (*getiter)(kr_obj_t self);      /* return an iterator */
    kr_obj_t (*iternext)(kr_obj_t self);     /* return next item, or KR_OBJ_NULL when exhausted */
    /* fill info; return 0 on success, nonzero if no buffer (or not writable when asked) */
    int (*get_buffer)(kr_obj_t self, kr_buffer_info_t *info, unsigned flags);
    const struct _kr_obj_dict_t *locals_dict;   /* methods and class attributes */
    const kr_type_t *parent;                     /* single base for builtin types (NULL = object) */
    const void *protocol;                        /* type-specific extra table (streams, ...) */
};

/* ---------------------------------------------------------------- maps and dicts */

typedef struct _kr_map_elem_t {
    kr_obj_t key;          /* KR_OBJ_NULL marks a deleted entry */
    kr_obj_t value;
} kr_map_elem_t;

/* An insertion-ordered hash map: `table` holds the entries densely in insertion
 * order (deleted ones have key NULL until compaction); `index` is the hash index
 * (owned by objdict.c; NULL for fixed tables and small maps, which are scanned). */
typedef struct _kr_map_t {
    size_t used;           /* entries in table[0..used), including deleted ones */
    size_t alloc;          /* capacity of table */
    size_t filled;         /* live entries (= len) */
    uint8_t is_fixed;      /* const ROM table: read-only, searched linearly */
    uint8_t all_qstr_keys; /* every key is a qstr (fast path; maintained by objdict.c) */
    kr_map_elem_t *table;
    void *index;
} kr_map_t;

typedef enum {
    KR_MAP_LOOKUP,
    KR_MAP_LOOKUP_ADD_IF_NOT_FOUND,   /* new entry has value KR_OBJ_NULL */
    KR_MAP_LOOKUP_REMOVE,             /* returns the removed entry (valid until next mutation) */
} kr_map_lookup_kind_t;

void kr_map_init(kr_map_t *map, size_t n);
void kr_map_init_fixed_table(kr_map_t *map, size_t n, const kr_map_elem_t *table);
void kr_map_clear(kr_map_t *map);
kr_map_elem_t *kr_map_lookup(kr_map_t *map, kr_obj_t key, kr_map_lookup_kind_t kind); /* NULL if absent */
kr_map_elem_t *kr_map_lookup_qstr(kr_map_t *map, kr_qstr_t key);  /* fast path for names */

typedef struct _kr_obj_dict_t {
    kr_obj_base_t base;
    kr_map_t map;
} kr_obj_dict_t;

/* A const dict in ROM: KR_DEFINE_CONST_DICT(foo_locals_dict, foo_locals_table); */
#define KR_DEFINE_CONST_DICT(dict_name, table_name) \
    const kr_obj_dict_t dict_name = { \
        .base = {&kr_type_dict}, \
        .map = { .used = sizeof(table_name) / sizeof(kr_map_elem_t), \
                 .alloc = sizeof(table_name) / sizeof(kr_map_elem_t), \
                 .filled = sizeof(table_name) / sizeof(kr_map_elem_t), \
                 .is_fixed = 1, .all_qstr_keys = 1, \
                 .table = (kr_map_elem_t *)(table_name), .index = NULL } }

kr_obj_t kr_obj_new_dict(size_t n_hint);
void kr_obj_dict_store(kr_obj_t dict, kr_obj_t key, kr_obj_t value);
kr_obj_t kr_obj_dict_get(kr_obj_t dict, kr_obj_t key);   /* KR_OBJ_NULL if absent (no exception) */
kr_obj_t kr_obj_dict_delete(kr_obj_t dict, kr_obj_t key); /* raises KeyError */
size_t kr_obj_dict_len(kr_obj_t dict);
kr_map_t *kr_obj_dict_get_map(kr_obj_t dict);
kr_obj_t kr_obj_dict_copy(kr_obj_t dict);

/* ---------------------------------------------------------------- builtin functions */

typedef kr_obj_t (*kr_fun_0_t)(void);
typedef kr_obj_t (*kr_fun_1_t)(kr_obj_t);
typedef kr_obj_t (*kr_fun_2_t)(kr_obj_t, kr_obj_t);
typedef kr_obj_t (*kr_fun_3_t)(kr_obj_t, kr_obj_t, kr_obj_t);
typedef kr_obj_t (*kr_fun_var_t)(size_t n_args, const kr_obj_t *args);
/* kw_args holds the keyword arguments (qstr-obj keys); it is never NULL (may be empty) */
typedef kr_obj_t (*kr_fun_kw_t)(size_t n_args, const kr_obj_t *args, kr_map_t *kw_args);

typedef enum { KR_FUN_KIND_0, KR_FUN_KIND_1, KR_FUN_KIND_2, KR_FUN_KIND_3,
               KR_FUN_KIND_VAR, KR_FUN_KIND_KW } kr_fun_kind_t;

#define KR_FUN_ARGS_MAX (0xffff)

typedef struct _kr_obj_fun_builtin_t {
    kr_obj_base_t base;       /* &kr_type_fun_builtin */
    uint8_t kind;             /* kr_fun_kind_t */
    uint16_t n_args_min;      /* for VAR/KW: positional args allowed (incl. self for methods) */
    uint16_t n_args_max;
    kr_qstr_t name;           /* for error messages, may be KR_QSTR_NULL */
    union {
        kr_fun_0_t _0; kr_fun_1_t _1; kr_fun_2_t _2; kr_fun_3_t _3;
        kr_fun_var_t var; kr_fun_kw_t kw;
    } fun;
} kr_obj_fun_builtin_t;

#define KR_DEFINE_FUN_0(obj, f) const kr_obj_fun_builtin_t obj = \
    {{&kr_type_fun_builtin}, KR_FUN_KIND_0, 0, 0, KR_QSTR_NULL, {._0 = f}}
#define KR_DEFINE_FUN_1(obj, f) const kr_obj_fun_builtin_t obj = \
    {{&kr_type_fun_builtin}, KR_FUN_KIND_1, 1, 1, KR_QSTR_NULL, {._1 = f}}
#define KR_DEFINE_FUN_2(obj, f) const kr_obj_fun_builtin_t obj = \
    {{&kr_type_fun_builtin}, KR_FUN_KIND_2, 2, 2, KR_QSTR_NULL, {._2 = f}}
#define KR_DEFINE_FUN_3(obj, f) const kr_obj_fun_builtin_t obj = \
    {{&kr_type_fun_builtin}, KR_FUN_KIND_3, 3, 3, KR_QSTR_NULL, {._3 = f}}
#define KR_DEFINE_FUN_VAR(obj, min, max, f) const kr_obj_fun_builtin_t obj = \
    {{&kr_type_fun_builtin}, KR_FUN_KIND_VAR, min, max, KR_QSTR_NULL, {.var = f}}
#define KR_DEFINE_FUN_KW(obj, min, max, f) const kr_obj_fun_builtin_t obj = \
    {{&kr_type_fun_builtin}, KR_FUN_KIND_KW, min, max, KR_QSTR_NULL, {.kw = f}}

/* staticmethod / classmethod wrappers (also used in ROM locals tables) */
typedef struct _kr_obj_static_class_method_t {
    kr_obj_base_t base;       /* &kr_type_staticmethod or &kr_type_classmethod */
    kr_obj_t fun;
} kr_obj_static_class_method_t;
#define KR_DEFINE_CONST_STATICMETHOD(obj, fun_obj) \
    const kr_obj_static_class_method_t obj = {{&kr_type_staticmethod}, KR_ROM_PTR(fun_obj)}
#define KR_DEFINE_CONST_CLASSMETHOD(obj, fun_obj) \
    const kr_obj_static_class_method_t obj = {{&kr_type_classmethod}, KR_ROM_PTR(fun_obj)}

/* Argument parsing for KR_FUN_KIND_KW functions. */
#define KR_ARG_BOOL     (0x001)
#define KR_ARG_INT      (0x002)
#define KR_ARG_OBJ      (0x003)
#define KR_ARG_CINT     (0x004)   /* an int that must fit a C int (kr_obj_get_c_int), in u_int */
#define KR_ARG_KIND_MASK (0x0ff)
#define KR_ARG_REQUIRED (0x100)
#define KR_ARG_KW_ONLY  (0x200)
typedef union { bool u_bool; kr_int_t u_int; kr_obj_t u_obj; } kr_arg_val_t;
typedef struct { kr_qstr_t qst; uint16_t flags; kr_arg_val_t defval; } kr_arg_t;
/* Parses n_pos positional args and the keyword map into out[n_allowed]; raises TypeError. */
void kr_arg_parse_all(size_t n_pos, const kr_obj_t *pos, kr_map_t *kws, size_t n_allowed,
                      const kr_arg_t *allowed, kr_arg_val_t *out);
void kr_arg_check_num(size_t n_args, size_t n_kw, size_t n_min, size_t n_max, bool takes_kw);

/* ---------------------------------------------------------------- object structs */

typedef struct _kr_obj_tuple_t {
    kr_obj_base_t base;
    size_t len;
    kr_obj_t items[];
} kr_obj_tuple_t;

typedef struct _kr_obj_list_t {
    kr_obj_base_t base;
    size_t alloc;
    size_t len;
    kr_obj_t *items;
} kr_obj_list_t;

typedef struct _kr_obj_str_t {
    kr_obj_base_t base;     /* &kr_type_str or &kr_type_bytes */
    uint32_t hash;          /* 0 = not computed yet */
    size_t len;             /* bytes */
    size_t char_len;        /* code points (== len when ASCII); bytes: == len */
    const uint8_t *data;    /* NUL-terminated; usually right after this struct */
} kr_obj_str_t;

typedef struct _kr_obj_float_t {
    kr_obj_base_t base;
    double value;
} kr_obj_float_t;

typedef struct _kr_obj_slice_t {
    kr_obj_base_t base;
    kr_obj_t start, stop, step;
} kr_obj_slice_t;

typedef struct _kr_obj_module_t {
    kr_obj_base_t base;     /* &kr_type_module */
    kr_obj_dict_t *globals; /* holds __name__ (and __file__ for files) */
} kr_obj_module_t;
/* A builtin module in ROM: its globals table must contain __name__. */
#define KR_DEFINE_CONST_MODULE(mod, globals_dict) \
    const kr_obj_module_t mod = {{&kr_type_module}, (kr_obj_dict_t *)&(globals_dict)}

typedef struct _kr_obj_cell_t {
    kr_obj_base_t base;
    kr_obj_t value;         /* KR_OBJ_UNBOUND when empty */
} kr_obj_cell_t;

/* Exceptions: every instance of BaseException (or a subclass) has this layout;
 * instances of Python subclasses extend it (see objtype.c). */
typedef struct _kr_obj_exception_t {
    kr_obj_base_t base;
    kr_obj_tuple_t *args;
    kr_obj_t traceback;     /* KR_OBJ_NULL or a traceback list managed by objexcept.c */
    kr_obj_t cause;         /* __cause__ or KR_OBJ_NULL */
    kr_obj_t context;       /* __context__ or KR_OBJ_NULL */
    bool suppress_context;
    kr_obj_dict_t *dict;    /* instance attributes (user subclasses, SyntaxError info), or NULL */
} kr_obj_exception_t;

/* ---------------------------------------------------------------- builtin types */

extern const kr_type_t kr_type_type, kr_type_object, kr_type_NoneType, kr_type_bool, kr_type_int,
    kr_type_float, kr_type_complex, kr_type_str, kr_type_bytes, kr_type_bytearray,
    kr_type_memoryview, kr_type_list, kr_type_tuple, kr_type_dict, kr_type_set,
    kr_type_frozenset, kr_type_range, kr_type_slice, kr_type_ellipsis, kr_type_NotImplementedType,
    kr_type_module, kr_type_fun_builtin, kr_type_fun_bc, kr_type_closure, kr_type_bound_meth,
    kr_type_cell, kr_type_code, kr_type_staticmethod, kr_type_classmethod, kr_type_property,
    kr_type_generator, kr_type_coroutine, kr_type_enumerate, kr_type_zip, kr_type_map,
    kr_type_filter, kr_type_reversed, kr_type_dict_view, kr_type_super;

/* The exception hierarchy (objexcept.c). */
extern const kr_type_t kr_type_BaseException, kr_type_SystemExit, kr_type_KeyboardInterrupt,
    kr_type_GeneratorExit, kr_type_Exception, kr_type_StopIteration, kr_type_StopAsyncIteration,
    kr_type_ArithmeticError, kr_type_OverflowError, kr_type_ZeroDivisionError,
    kr_type_AssertionError, kr_type_AttributeError, kr_type_EOFError, kr_type_ImportError,
    kr_type_ModuleNotFoundError, kr_type_LookupError, kr_type_IndexError, kr_type_KeyError,
    kr_type_MemoryError, kr_type_NameError, kr_type_UnboundLocalError, kr_type_OSError,
    kr_type_RuntimeError, kr_type_RecursionError, kr_type_NotImplementedError,
    kr_type_SyntaxError, kr_type_IndentationError, kr_type_TypeError, kr_type_ValueError,
    kr_type_UnicodeError, kr_type_FloatingPointError;

/* ---------------------------------------------------------------- generic object API (obj.c) */

const kr_type_t *kr_obj_get_type(kr_obj_t o);
const char *kr_obj_type_name(kr_obj_t o);
static inline bool kr_obj_is_type(kr_obj_t o, const kr_type_t *t) {
    return KR_IS_OBJ(o) && KR_OBJ_TYPE(o) == t;
}
bool kr_type_is_subtype(const kr_type_t *sub, const kr_type_t *base);   /* via parent/MRO */
bool kr_obj_is_instance(kr_obj_t o, const kr_type_t *t);               /* incl. subclasses */
bool kr_obj_is_true(kr_obj_t o);
bool kr_obj_is_callable(kr_obj_t o);
bool kr_obj_equal(kr_obj_t a, kr_obj_t b);          /* == (may call __eq__) */
kr_int_t kr_obj_hash(kr_obj_t o);                   /* raises TypeError: unhashable type */
kr_obj_t kr_obj_len(kr_obj_t o);                     /* small int; raises TypeError */
size_t kr_obj_len_size(kr_obj_t o);
kr_obj_t kr_obj_len_maybe(kr_obj_t o);               /* KR_OBJ_NULL if no len */
kr_int_t kr_obj_get_int(kr_obj_t o);                 /* int/bool -> C int; TypeError/OverflowError */
kr_obj_t kr_obj_index_obj(kr_obj_t o);   /* o if an int/bool, else its __index__ result if that is one; else KR_OBJ_NULL */
int kr_obj_get_c_int(kr_obj_t o);   /* int/bool that must fit a C int (CPython's "i"): TypeError/OverflowError */
bool kr_obj_get_int_maybe(kr_obj_t o, kr_int_t *value);
kr_int_t kr_obj_get_index(kr_obj_t o);               /* like get_int but uses __index__ */
double kr_obj_get_float(kr_obj_t o);                 /* int/bool/float -> double; TypeError */
bool kr_obj_get_float_maybe(kr_obj_t o, double *value);
/* tuple or list -> items; raises TypeError otherwise */
void kr_obj_get_array(kr_obj_t o, size_t *len, kr_obj_t **items);
void kr_obj_get_array_fixed_n(kr_obj_t o, size_t len, kr_obj_t **items);   /* ValueError on length mismatch */
/* Normalise an index for a sequence of len items (negative from the end);
 * raises IndexError("<type> index out of range") unless is_slice, which clamps. */
size_t kr_get_index(const kr_type_t *type, size_t len, kr_obj_t index, bool is_slice);
kr_obj_t kr_obj_repr(kr_obj_t o);                    /* repr(o) as a str object */
kr_obj_t kr_obj_str(kr_obj_t o);                     /* str(o) */
int kr_get_buffer(kr_obj_t o, kr_buffer_info_t *info, unsigned flags);   /* 0 = ok */
void kr_get_buffer_raise(kr_obj_t o, kr_buffer_info_t *info, unsigned flags);

/* ---------------------------------------------------------------- int (objint.c, mpz.c) */

kr_obj_t kr_obj_new_int(kr_int_t v);                 /* small int if it fits, else big */
kr_obj_t kr_obj_new_int_from_uint(kr_uint_t v);
kr_obj_t kr_obj_new_int_from_ll(long long v);
kr_obj_t kr_obj_new_int_from_ull(unsigned long long v);
kr_obj_t kr_obj_new_int_from_double(double d);       /* truncates; OverflowError for inf, ValueError for nan */
/* Parse an int from text as int(s, base) does (base 0 = from prefix; underscores,
 * sign and surrounding whitespace allowed); raises ValueError with CPython's message. */
kr_obj_t kr_obj_int_from_str(const char *s, size_t len, int base);
bool kr_obj_is_int(kr_obj_t o);                      /* small int, big int or bool */
bool kr_obj_int_is_big(kr_obj_t o);
double kr_obj_int_as_double(kr_obj_t o);             /* OverflowError if too large */
int kr_obj_int_sign(kr_obj_t o);
kr_obj_t kr_obj_int_binary_op(kr_binary_op_t op, kr_obj_t lhs, kr_obj_t rhs);  /* lhs int/bool */
bool kr_obj_int_get_checked(kr_obj_t o, kr_int_t *out);   /* false if it doesn't fit a kr_int_t */
/* Format an int into vstr in the given base (2..36), with optional prefix ("0x"...) */
void kr_obj_int_format(kr_vstr_t *v, kr_obj_t o, int base, const char *prefix, bool upper);

/* ---------------------------------------------------------------- float (objfloat.c) */

kr_obj_t kr_obj_new_float(double v);
double kr_obj_float_get(kr_obj_t o);                 /* o must be a float */
kr_obj_t kr_obj_float_binary_op(kr_binary_op_t op, double lhs, kr_obj_t rhs);  /* NULL if unsupported */
/* repr(float): shortest string that round-trips, as CPython (e.g. "0.1", "1e+16", "inf") */
void kr_float_repr(kr_vstr_t *v, double d);
/* format a float with a format-spec type char ('e','f','g','%', ...) and precision */
void kr_float_format(kr_vstr_t *v, double d, char type, int prec, bool alt);
/* Parse a float from text as float(s) does; raises ValueError */
kr_obj_t kr_obj_float_from_str(const char *s, size_t len);
kr_obj_t kr_obj_new_complex(double real, double imag);
void kr_obj_complex_get(kr_obj_t o, double *real, double *imag);

/* ---------------------------------------------------------------- str and bytes (objstr.c) */

kr_obj_t kr_obj_new_str(const char *data, size_t len);      /* copies; data must be valid UTF-8 */
kr_obj_t kr_obj_new_str_from_vstr(kr_vstr_t *v);            /* takes v's buffer; v is reset */
kr_obj_t kr_obj_new_str_interned(const char *data, size_t len);   /* returns a qstr obj */
kr_obj_t kr_obj_new_bytes(const uint8_t *data, size_t len);
kr_obj_t kr_obj_new_bytes_from_vstr(kr_vstr_t *v);
kr_obj_t kr_obj_new_bytearray(size_t len, const uint8_t *data);   /* data may be NULL = zeros */
bool kr_obj_is_str(kr_obj_t o);                              /* qstr or str (incl. subclass) */
bool kr_obj_is_str_or_bytes(kr_obj_t o);
/* Data of a str (qstr or heap), bytes or bytearray; raises TypeError otherwise */
const char *kr_obj_str_get_data(kr_obj_t o, size_t *len);
size_t kr_obj_str_char_len(kr_obj_t o);
kr_qstr_t kr_obj_str_get_qstr(kr_obj_t o);   /* interns if needed; o must be a str */
uint32_t kr_obj_str_get_hash(kr_obj_t o);
bool kr_obj_str_equal(kr_obj_t a, kr_obj_t b);  /* both str: compare content */
/* Write repr of a str (quotes chosen as CPython) */
void kr_str_print_quoted(const kr_print_t *p, const uint8_t *data, size_t len, bool is_bytes);
/* format(value, spec) machinery (strformat.c): apply a format spec to an object */
kr_obj_t kr_obj_format(kr_obj_t value, kr_obj_t spec);
/* 1-character str for code point c (const table for ASCII) */
kr_obj_t kr_obj_str_from_char(uint32_t c);
kr_obj_t kr_obj_str_binary_op(kr_binary_op_t op, kr_obj_t lhs, kr_obj_t rhs);

/* ---------------------------------------------------------------- sequences and sets */

kr_obj_t kr_obj_new_tuple(size_t n, const kr_obj_t *items);   /* items may be NULL (zeroed) */
kr_obj_t kr_obj_new_list(size_t n, const kr_obj_t *items);    /* items may be NULL (None-filled) */
kr_obj_t kr_obj_list_append(kr_obj_t list, kr_obj_t item);
void kr_obj_list_extend(kr_obj_t list, kr_obj_t iterable);
kr_obj_t kr_obj_list_from_iter(kr_obj_t iterable);            /* list(iterable) */
kr_obj_t kr_obj_tuple_from_iter(kr_obj_t iterable);           /* tuple(iterable) */
void kr_obj_list_sort(kr_obj_t list, kr_obj_t key, bool reverse);   /* stable */
kr_obj_t kr_obj_new_set(size_t n, const kr_obj_t *items);
kr_obj_t kr_obj_new_frozenset(size_t n, const kr_obj_t *items);
void kr_obj_set_store(kr_obj_t set, kr_obj_t item);
void kr_obj_set_update(kr_obj_t set, kr_obj_t iterable);
kr_obj_t kr_obj_new_slice(kr_obj_t start, kr_obj_t stop, kr_obj_t step);
/* Resolve a slice against a length: start/stop/step as slice.indices() does;
 * raises ValueError("slice step cannot be zero"). Returns the slice length. */
size_t kr_obj_slice_indices(kr_obj_t slice, size_t len, kr_int_t *start, kr_int_t *stop, kr_int_t *step);
/* Same for a mutable container: *len is read after the slice's __index__ calls ran. */
size_t kr_obj_slice_indices_live(kr_obj_t slice, const size_t *len, kr_int_t *start, kr_int_t *stop, kr_int_t *step);
kr_obj_t kr_obj_new_range(kr_int_t start, kr_int_t stop, kr_int_t step);
/* Compare two sequences of objects lexicographically for op (LESS..NOT_EQUAL) */
bool kr_seq_cmp_objs(kr_binary_op_t op, const kr_obj_t *a, size_t na, const kr_obj_t *b, size_t nb);
kr_obj_t kr_obj_new_cell(kr_obj_t value);

/* ---------------------------------------------------------------- exceptions (objexcept.c) */

kr_obj_t kr_obj_new_exception(const kr_type_t *type);
kr_obj_t kr_obj_new_exception_arg1(const kr_type_t *type, kr_obj_t arg);
kr_obj_t kr_obj_new_exception_args(const kr_type_t *type, size_t n, const kr_obj_t *args);
kr_obj_t kr_obj_new_exception_msg(const kr_type_t *type, const char *msg);
kr_obj_t kr_obj_new_exception_fmt(const kr_type_t *type, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
bool kr_obj_is_exception_instance(kr_obj_t o);
bool kr_obj_is_exception_type(kr_obj_t o);
/* Does exception instance exc match type-or-tuple t (as `except t:`)? */
bool kr_obj_exception_match(kr_obj_t exc, kr_obj_t t);
kr_obj_t kr_obj_exception_get_value(kr_obj_t exc);     /* args[0] or None (StopIteration.value) */
void kr_obj_exception_add_traceback(kr_obj_t exc, kr_qstr_t file, size_t line, kr_qstr_t block);
void kr_obj_exception_clear_traceback(kr_obj_t exc);
/* Print "Traceback (most recent call last):" ... like CPython, incl. chained exceptions */
void kr_obj_exception_print_traceback(const kr_print_t *p, kr_obj_t exc);
/* SyntaxError/IndentationError with filename, line, column (1-based) and source line text */
kr_obj_t kr_obj_new_syntax_error(const kr_type_t *type, const char *msg, kr_qstr_t file,
                                 size_t line, size_t col, const char *line_text, size_t line_len);

_Noreturn void kr_raise(kr_obj_t exc);                     /* exc: an instance or a type */
_Noreturn void kr_raise_msg(const kr_type_t *type, const char *msg);
_Noreturn void kr_raise_fmt(const kr_type_t *type, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
_Noreturn void kr_raise_type(const kr_type_t *type);       /* no args */
_Noreturn void kr_raise_oserror(int errno_value);
_Noreturn void kr_raise_memory_error(void);                /* never allocates */
_Noreturn void kr_raise_recursion_error(void);             /* RuntimeError: maximum recursion depth exceeded */
_Noreturn void kr_raise_not_implemented(const char *what);

#endif /* KRAIT_OBJ_H */
