/* main.c: krait-cross, the host cross compiler: compiles a .py file with the core
 * compiler and writes the .kpy precompiled-bytecode file for a target. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include "obj.h"
#include "gc.h"
#include "runtime.h"
#include "port.h"
#include "persistentcode.h"

static void usage(void) {
    fprintf(stderr,
            "usage: krait-cross [-o OUT] [-s SOURCE_NAME] [-march=ARCH | -msmall-int-bits=N] [-O0..-O3] FILE.py\n"
            "  -o OUT              output file (default: FILE with .py replaced by .kpy)\n"
            "  -s SOURCE_NAME      file name recorded in the code (tracebacks); default FILE\n"
            "  -march=ARCH         target: x86, x64, armv6m, armv7m, armv7em, rv32imc, rv64imc, host\n"
            "  -msmall-int-bits=N  target small-int width: 31 (32-bit machines) or 63 (64-bit)\n"
            "  -O0..-O3            -O1 and up: no asserts, __debug__ is False; -O3: no line numbers\n");
    exit(2);
}

static int arch_small_int_bits(const char *arch) {
    static const char *const arch32[] = {"x86", "armv6", "armv6m", "armv7m", "armv7em", "armv7emsp",
                                         "armv7emdp", "xtensa", "xtensawin", "rv32imc"};
    static const char *const arch64[] = {"x64", "x86_64", "aarch64", "rv64imc"};
    for (size_t i = 0; i < sizeof(arch32) / sizeof(arch32[0]); i++) {
        if (strcmp(arch, arch32[i]) == 0) {
            return 31;
        }
    }
    for (size_t i = 0; i < sizeof(arch64) / sizeof(arch64[0]); i++) {
        if (strcmp(arch, arch64[i]) == 0) {
            return 63;
        }
    }
    if (strcmp(arch, "host") == 0) {
        return (int)KR_PERSISTENTCODE_NATIVE_SMALL_INT_BITS;
    }
    fprintf(stderr, "krait-cross: unknown architecture '%s'\n", arch);
    exit(2);
}

/* The REPL code linked in with the core reports uncaught exceptions through the port's
 * main (ports/unix/main.c); the cross compiler never runs it but must provide it. */
int kr_unix_handle_uncaught(kr_obj_t exc);
int kr_unix_handle_uncaught(kr_obj_t exc) {
    kr_obj_exception_print_traceback(&kr_print_stderr, exc);
    return 1;
}

static int cross_compile(const char *in, const char *out, const char *source_name, unsigned bits, unsigned opt) {
    size_t len;
    char *src = kr_port_read_file(in, &len);
    if (src == NULL) {
        fprintf(stderr, "krait-cross: can't open file '%s': [Errno 2] No such file or directory\n", in);
        return 1;
    }
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_obj_t code = kr_compile_str(src, len, kr_qstr_from_str(source_name), KR_PARSE_FILE);
        kr_vstr_t v;
        kr_vstr_init(&v, 1024);
        kr_persistentcode_save(KR_OBJ_TO_PTR(code), &v, bits, opt, opt >= 3);
        kr_nlr_pop();
        FILE *f = fopen(out, "wb");
        if (f == NULL || fwrite(v.buf, 1, v.len, f) != v.len || fclose(f) != 0) {
            fprintf(stderr, "krait-cross: can't write '%s'\n", out);
            return 1;
        }
        return 0;
    }
    kr_obj_exception_print_traceback(&kr_print_stderr, (kr_obj_t)nlr.ret_val);
    return 1;
}

int main(int argc, char **argv) {
    volatile int stack_top_marker = 0;
    const char *out = NULL, *in = NULL, *source_name = NULL;
    unsigned bits = KR_PERSISTENTCODE_NATIVE_SMALL_INT_BITS;
    unsigned opt = 0;
    for (int a = 1; a < argc; a++) {
        const char *s = argv[a];
        if (strcmp(s, "-o") == 0 && a + 1 < argc) {
            out = argv[++a];
        } else if (strcmp(s, "-s") == 0 && a + 1 < argc) {
            source_name = argv[++a];
        } else if (strncmp(s, "-march=", 7) == 0) {
            bits = (unsigned)arch_small_int_bits(s + 7);
        } else if (strncmp(s, "-msmall-int-bits=", 17) == 0) {
            char *end;
            long b = strtol(s + 17, &end, 10);
            if (*end != 0 || b < 15 || b > 63) {
                fprintf(stderr, "krait-cross: bad small-int width '%s'\n", s + 17);
                return 2;
            }
            bits = (unsigned)b;
        } else if (s[0] == '-' && s[1] == 'O' && s[2] >= '0' && s[2] <= '3' && s[3] == 0) {
            opt = (unsigned)(s[2] - '0');
        } else if (strcmp(s, "-O") == 0) {
            opt = 1;
        } else if (s[0] == '-' && s[1] != 0) {
            usage();
        } else if (in == NULL) {
            in = s;
        } else {
            usage();
        }
    }
    if (in == NULL) {
        usage();
    }
    char *out_buf = NULL;
    if (out == NULL) {
        size_t n = strlen(in);
        out_buf = malloc(n + 8);
        if (out_buf == NULL) {
            return 2;
        }
        memcpy(out_buf, in, n + 1);
        if (n > 3 && strcmp(out_buf + n - 3, ".py") == 0) {
            out_buf[n - 3] = 0;
        }
        strcat(out_buf, KR_PERSISTENTCODE_EXT);
        out = out_buf;
    }
    if (source_name == NULL) {
        source_name = in;
    }
    struct rlimit rl;
    size_t stack_bytes = 8 * 1024 * 1024;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < stack_bytes) {
        stack_bytes = rl.rlim_cur;
    }
    kr_stack_set_top((void *)&stack_top_marker);
    kr_stack_set_limit(stack_bytes - KR_STACK_MARGIN - 64 * 1024);
    size_t heap_size = 64 * 1024 * 1024;
    void *heap = malloc(heap_size);
    if (heap == NULL) {
        fprintf(stderr, "krait-cross: out of memory\n");
        return 2;
    }
    kr_gc_init(heap, (char *)heap + heap_size);
    kr_init();
    kr_state.opt_level = (uint8_t)opt;
    kr_persistentcode_small_int_bits = (uint8_t)bits;
    int status = cross_compile(in, out, source_name, bits, opt);
    kr_port_stdout_flush();
    free(out_buf);
    return status;
}
