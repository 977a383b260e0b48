/* modplatform.c: the platform module (platform/python_compiler/libc_ver/processor, as MicroPython builds them). */
#include <string.h>
#include "obj.h"
#include "runtime.h"

#if KR_MODULE_PLATFORM

/* Everything is known at compile time: the system, the architecture, the C compiler
 * and the C library the firmware was built with. */

#if defined(__linux__)
#define PLATFORM_SYSTEM "Linux"
#elif defined(__APPLE__)
#define PLATFORM_SYSTEM "Darwin"
#elif defined(_WIN32)
#define PLATFORM_SYSTEM "Windows"
#elif defined(__unix__)
#define PLATFORM_SYSTEM "Unix"
#else
#define PLATFORM_SYSTEM "MicroPython"
#endif

#define PLATFORM_VERSION "1.29.0"   /* the MicroPython version Krait follows (sys.implementation) */

#if defined(__x86_64__)
#define PLATFORM_ARCH "x86_64"
#elif defined(__i386__)
#define PLATFORM_ARCH "x86"
#elif defined(__aarch64__)
#define PLATFORM_ARCH "aarch64"
#elif defined(__arm__)
#define PLATFORM_ARCH "arm"
#elif defined(__xtensa__)
#define PLATFORM_ARCH "xtensa"
#elif defined(__riscv) && __riscv_xlen == 64
#define PLATFORM_ARCH "riscv64"
#elif defined(__riscv)
#define PLATFORM_ARCH "riscv"
#else
#define PLATFORM_ARCH ""
#endif

#define STR2(x) #x
#define STR(x) STR2(x)

#if defined(__clang__)
#define PLATFORM_COMPILER "Clang " __clang_version__
#elif defined(__GNUC__)
#define PLATFORM_COMPILER "GCC " STR(__GNUC__) "." STR(__GNUC_MINOR__) "." STR(__GNUC_PATCHLEVEL__)
#else
#define PLATFORM_COMPILER ""
#endif

#if defined(__GLIBC__)
#define PLATFORM_LIBC_LIB "glibc"
#define PLATFORM_LIBC_VER STR(__GLIBC__) "." STR(__GLIBC_MINOR__)
#elif defined(_NEWLIB_VERSION)
#define PLATFORM_LIBC_LIB "newlib"
#define PLATFORM_LIBC_VER _NEWLIB_VERSION
#else
#define PLATFORM_LIBC_LIB ""
#define PLATFORM_LIBC_VER ""
#endif

static kr_obj_t new_str(const char *s) {
    return kr_obj_new_str(s, strlen(s));
}

static kr_obj_t platform_platform(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    /* the aliased/terse arguments are accepted and make no difference */
    static const char text[] = PLATFORM_SYSTEM "-" PLATFORM_VERSION "-" PLATFORM_ARCH
                               "-with-" PLATFORM_LIBC_LIB PLATFORM_LIBC_VER;
    return new_str(text);
}
static KR_DEFINE_FUN_KW(platform_platform_obj, 0, 2, platform_platform);

static kr_obj_t platform_python_compiler(void) {
    return new_str(PLATFORM_COMPILER);
}
static KR_DEFINE_FUN_0(platform_python_compiler_obj, platform_python_compiler);

static kr_obj_t platform_libc_ver(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    kr_obj_t t[2] = { new_str(PLATFORM_LIBC_LIB), new_str(PLATFORM_LIBC_VER) };
    return kr_obj_new_tuple(2, t);
}
static KR_DEFINE_FUN_KW(platform_libc_ver_obj, 0, 4, platform_libc_ver);

static kr_obj_t platform_processor(void) {
    return new_str("");
}
static KR_DEFINE_FUN_0(platform_processor_obj, platform_processor);

static const kr_map_elem_t platform_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(platform) },
    { KR_ROM_QSTR(libc_ver), KR_ROM_PTR(&platform_libc_ver_obj) },
    { KR_ROM_QSTR(platform), KR_ROM_PTR(&platform_platform_obj) },
    { KR_ROM_QSTR(processor), KR_ROM_PTR(&platform_processor_obj) },
    { KR_ROM_QSTR(python_compiler), KR_ROM_PTR(&platform_python_compiler_obj) },
};
static KR_DEFINE_CONST_DICT(platform_globals, platform_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_platform, platform_globals);

#endif /* KR_MODULE_PLATFORM */
