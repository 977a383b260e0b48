/* modrandom.c: the random module over xoshiro128** (seed, getrandbits, randrange, randint, choice, random, uniform, shuffle). */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "port.h"
#include "objint.h"
#include "objfloat.h"

#if KR_MODULE_RANDOM

/* The generator is xoshiro128** (Blackman and Vigna): 128 bits of state, period 2**128 - 1,
 * 32-bit outputs. A seed is expanded into the state with splitmix32 steps, so that any
 * seed (including 0) gives a non-zero state. The state lives in static RAM: it survives a
 * soft reset, like MicroPython's. Not for cryptography. */

static uint32_t rng_state[4] = { 0x9e3779b9u, 0x243f6a88u, 0xb7e15162u, 0x6a09e667u };

static uint32_t rotl32(uint32_t x, int k) {
    return (x << k) | (x >> (32 - k));
}

static uint32_t rng_next(void) {
    uint32_t *s = rng_state;
    uint32_t result = rotl32(s[1] * 5, 7) * 9;
    uint32_t t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl32(s[3], 11);
    return result;
}

/* splitmix32 step: a well-mixed 32-bit value from a counter */
static uint32_t splitmix32(uint32_t *x) {
    uint32_t z = (*x += 0x9e3779b9u);
    z = (z ^ (z >> 16)) * 0x85ebca6bu;
    z = (z ^ (z >> 13)) * 0xc2b2ae35u;
    return z ^ (z >> 16);
}

/* Seed from arbitrary bytes: fold them into a 32-bit accumulator per state word. */
static void rng_seed_bytes(const uint8_t *data, size_t len) {
    uint32_t acc = 0x12345678u ^ (uint32_t)len;
    uint32_t words[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < len; i++) {
        words[i & 3] = rotl32(words[i & 3], 8) ^ data[i];
        if ((i & 15) == 15) {
            for (int k = 0; k < 4; k++) {
                acc ^= words[k];
                words[k] = splitmix32(&acc);
            }
        }
    }
    for (int k = 0; k < 4; k++) {
        acc ^= words[k];
        rng_state[k] = splitmix32(&acc);
    }
    if ((rng_state[0] | rng_state[1] | rng_state[2] | rng_state[3]) == 0) {
        rng_state[0] = 1;
    }
}

/* ---------------------------------------------------------------- seed */

static size_t int_bit_length(kr_obj_t n) {
    kr_obj_t bl = kr_call_method(n, KR_QSTR_bit_length, 0, NULL);
    return (size_t)kr_obj_get_int(bl);
}


static kr_obj_t random_seed(size_t n_args, const kr_obj_t *args) {
    kr_obj_t a = n_args > 0 ? args[0] : KR_OBJ_NONE;
    if (a == KR_OBJ_NONE) {
        /* no hardware entropy source here: mix the clock and a stack address */
        uint64_t t = kr_port_ticks_us() ^ ((uint64_t)kr_port_ticks_cpu() << 32);
        uintptr_t here = (uintptr_t)&t;
        uint8_t buf[16];
        memcpy(buf, &t, 8);
        uint64_t h = (uint64_t)here;
        memcpy(buf + 8, &h, 8);
        rng_seed_bytes(buf, sizeof(buf));
        return KR_OBJ_NONE;
    }
    if (kr_obj_is_int(a)) {
        /* the absolute value, little-endian, as many bytes as it takes */
        kr_obj_t v = kr_obj_int_abs(a);
        size_t n = (int_bit_length(v) + 7) / 8;
        if (n == 0) {
            n = 1;
        }
        uint8_t small[16];
        uint8_t *buf = n <= sizeof(small) ? small : kr_gc_alloc(n, KR_GC_FLAG_ATOMIC);
        kr_obj_int_to_bytes(v, n, buf, false, false);
        rng_seed_bytes(buf, n);
        return KR_OBJ_NONE;
    }
    if (kr_obj_is_instance(a, &kr_type_float)) {
        double d = kr_obj_float_get(a);
        rng_seed_bytes((const uint8_t *)&d, sizeof(d));
        return KR_OBJ_NONE;
    }
    if (kr_obj_is_str(a) || kr_obj_is_instance(a, &kr_type_bytes) || kr_obj_is_instance(a, &kr_type_bytearray)) {
        size_t len;
        const char *d = kr_obj_str_get_data(a, &len);
        uint8_t tag = kr_obj_is_str(a) ? 's' : 'b';
        rng_seed_bytes(&tag, 1);
        uint32_t mix = rng_next();
        rng_seed_bytes((const uint8_t *)d, len);
        rng_state[0] ^= mix;
        return KR_OBJ_NONE;
    }
    kr_raise_msg(&kr_type_TypeError,
                 "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}
static KR_DEFINE_FUN_VAR(random_seed_obj, 0, 1, random_seed);

/* ---------------------------------------------------------------- integers */

/* k random bits as an int object */
static kr_obj_t rand_bits(size_t k) {
    if (k <= 30) {
        return KR_NEW_SMALL_INT(k == 0 ? 0 : (kr_int_t)(rng_next() >> (32 - k)));
    }
    size_t nbytes = (k + 7) / 8;
    uint8_t small[16];
    uint8_t *buf = nbytes <= sizeof(small) ? small : kr_gc_alloc(nbytes, KR_GC_FLAG_ATOMIC);
    for (size_t i = 0; i < nbytes; i += 4) {
        uint32_t r = rng_next();
        for (size_t j = 0; j < 4 && i + j < nbytes; j++) {
            buf[i + j] = (uint8_t)(r >> (8 * j));
        }
    }
    if (k % 8 != 0) {
        buf[nbytes - 1] &= (uint8_t)((1u << (k % 8)) - 1);
    }
    return kr_obj_int_from_bytes(buf, nbytes, false, false);
}


/* uniform in [0, n) for an int n > 0, by rejection of getrandbits(bit_length(n)) */
static kr_obj_t rand_below(kr_obj_t n) {
    kr_int_t v;
    if (kr_obj_int_get_checked(n, &v) && v > 0 && (kr_uint_t)v <= 0xffffffffu) {
        uint32_t lim = (uint32_t)v;
        int k = 32;
        while (k > 1 && ((lim - 1) >> (k - 1)) == 0) {
            k--;
        }
        uint32_t r;
        do {
            r = rng_next() >> (32 - k);
        } while (r >= lim);
        return kr_obj_new_int_from_uint(r);
    }
    size_t k = int_bit_length(n);
    for (;;) {
        kr_obj_t r = rand_bits(k);
        if (kr_obj_is_true(kr_binary_op(KR_BINARY_OP_LESS, r, n))) {
            return r;
        }
    }
}

static kr_obj_t random_getrandbits(kr_obj_t k_obj) {
    kr_int_t k = kr_obj_get_index(k_obj);
    if (k < 0) {
        kr_raise_msg(&kr_type_ValueError, "number of bits must be non-negative");
    }
    return rand_bits((size_t)k);
}
static KR_DEFINE_FUN_1(random_getrandbits_obj, random_getrandbits);

static kr_obj_t int_arg(kr_obj_t o, const char *what) {
    if (!kr_obj_is_int(o)) {
        kr_raise_fmt(&kr_type_ValueError, "non-integer %s for randrange()", what);
    }
    return o;
}

static kr_obj_t randrange3(kr_obj_t start, kr_obj_t stop, kr_obj_t step) {
    kr_obj_t width = kr_binary_op(KR_BINARY_OP_SUBTRACT, stop, start);
    int ssign = kr_obj_int_sign(step);
    if (ssign == 0) {
        kr_raise_msg(&kr_type_ValueError, "zero step for randrange()");
    }
    kr_obj_t n;
    if (step == KR_NEW_SMALL_INT(1)) {
        n = width;
    } else if (ssign > 0) {
        /* (width + step - 1) // step */
        n = kr_binary_op(KR_BINARY_OP_FLOOR_DIVIDE,
                         kr_binary_op(KR_BINARY_OP_SUBTRACT, kr_binary_op(KR_BINARY_OP_ADD, width, step),
                                      KR_NEW_SMALL_INT(1)), step);
    } else {
        n = kr_binary_op(KR_BINARY_OP_FLOOR_DIVIDE,
                         kr_binary_op(KR_BINARY_OP_ADD, kr_binary_op(KR_BINARY_OP_ADD, width, step),
                                      KR_NEW_SMALL_INT(1)), step);
    }
    if (kr_obj_int_sign(n) <= 0 && step != KR_NEW_SMALL_INT(1)) {
        kr_raise_msg(&kr_type_ValueError, "empty range for randrange()");
    }
    if (kr_obj_int_sign(n) <= 0) {
        kr_vstr_t v;
        kr_vstr_init(&v, 48);
        kr_vstr_add_str(&v, "empty range for randrange() (");
        kr_obj_int_format(&v, start, 10, "", false);
        kr_vstr_add_str(&v, ", ");
        kr_obj_int_format(&v, stop, 10, "", false);
        kr_vstr_add_str(&v, ", ");
        kr_obj_int_format(&v, width, 10, "", false);
        kr_vstr_add_str(&v, ")");
        kr_raise(kr_obj_new_exception_arg1(&kr_type_ValueError, kr_obj_new_str_from_vstr(&v)));
    }
    kr_obj_t r = rand_below(n);
    if (step != KR_NEW_SMALL_INT(1)) {
        r = kr_binary_op(KR_BINARY_OP_MULTIPLY, r, step);
    }
    return kr_binary_op(KR_BINARY_OP_ADD, start, r);
}

static kr_obj_t random_randrange(size_t n_args, const kr_obj_t *args) {
    if (n_args == 1) {
        kr_obj_t stop = int_arg(args[0], "arg 1");
        if (kr_obj_int_sign(stop) <= 0) {
            kr_raise_msg(&kr_type_ValueError, "empty range for randrange()");
        }
        return rand_below(stop);
    }
    kr_obj_t start = int_arg(args[0], "arg 1");
    kr_obj_t stop = int_arg(args[1], "stop");
    kr_obj_t step = n_args > 2 ? int_arg(args[2], "step") : KR_NEW_SMALL_INT(1);
    return randrange3(start, stop, step);
}
static KR_DEFINE_FUN_VAR(random_randrange_obj, 1, 3, random_randrange);

static kr_obj_t random_randint(kr_obj_t a, kr_obj_t b) {
    int_arg(a, "arg 1");
    int_arg(b, "stop");
    return randrange3(a, kr_binary_op(KR_BINARY_OP_ADD, b, KR_NEW_SMALL_INT(1)), KR_NEW_SMALL_INT(1));
}
static KR_DEFINE_FUN_2(random_randint_obj, random_randint);

static kr_obj_t random_choice(kr_obj_t seq) {
    size_t n = kr_obj_len_size(seq);
    if (n == 0) {
        kr_raise_msg(&kr_type_IndexError, "Cannot choose from an empty sequence");
    }
    return kr_subscr_load(seq, rand_below(kr_obj_new_int_from_uint(n)));
}
static KR_DEFINE_FUN_1(random_choice_obj, random_choice);

static kr_obj_t random_shuffle(kr_obj_t x) {
    size_t n = kr_obj_len_size(x);
    for (size_t i = n; i > 1; i--) {
        kr_obj_t j = rand_below(kr_obj_new_int_from_uint(i));
        kr_obj_t last = KR_NEW_SMALL_INT(i - 1);
        kr_obj_t a = kr_subscr_load(x, last), b = kr_subscr_load(x, j);
        kr_subscr_store(x, last, b);
        kr_subscr_store(x, j, a);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(random_shuffle_obj, random_shuffle);

/* ---------------------------------------------------------------- floats */

#if KR_FEATURE_FLOAT
static double rand_double(void) {
    uint32_t a = rng_next() >> 5, b = rng_next() >> 6;   /* 27 + 26 = 53 bits */
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

static kr_obj_t random_random(void) {
    return kr_obj_new_float(rand_double());
}
static KR_DEFINE_FUN_0(random_random_obj, random_random);

static kr_obj_t random_uniform(kr_obj_t a, kr_obj_t b) {
    double x = kr_obj_get_float(a), y = kr_obj_get_float(b);
    return kr_obj_new_float(x + (y - x) * rand_double());
}
static KR_DEFINE_FUN_2(random_uniform_obj, random_uniform);
#endif

static const kr_map_elem_t random_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(random) },
    { KR_ROM_QSTR(choice), KR_ROM_PTR(&random_choice_obj) },
    { KR_ROM_QSTR(getrandbits), KR_ROM_PTR(&random_getrandbits_obj) },
    { KR_ROM_QSTR(randint), KR_ROM_PTR(&random_randint_obj) },
#if KR_FEATURE_FLOAT
    { KR_ROM_QSTR(random), KR_ROM_PTR(&random_random_obj) },
#endif
    { KR_ROM_QSTR(randrange), KR_ROM_PTR(&random_randrange_obj) },
    { KR_ROM_QSTR(seed), KR_ROM_PTR(&random_seed_obj) },
    { KR_ROM_QSTR(shuffle), KR_ROM_PTR(&random_shuffle_obj) },
#if KR_FEATURE_FLOAT
    { KR_ROM_QSTR(uniform), KR_ROM_PTR(&random_uniform_obj) },
#endif
};
static KR_DEFINE_CONST_DICT(random_globals, random_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_random, random_globals);

#endif /* KR_MODULE_RANDOM */
