/* repl.c: the interactive prompt: reading complete inputs (multi-line blocks), compiling
 * them in "single" mode so expression results are echoed, and reporting errors. */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "port.h"
#include "repl.h"

bool kr_repl_continue_with_input(const char *input, size_t len) {
    int depth = 0;
    char quote = 0;       /* current string quote char, 0 if none */
    bool triple = false;
    const char *line_start = input;
    bool starts_compound = false;
    for (size_t i = 0; i < len; i++) {
        char c = input[i];
        if (quote) {
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                if (!triple) {
                    quote = 0;
                } else if (i + 2 < len && input[i + 1] == quote && input[i + 2] == quote) {
                    quote = 0;
                    i += 2;
                }
            } else if (c == '\n' && !triple) {
                quote = 0;   /* unterminated single-quoted string: let the compiler complain */
            }
            continue;
        }
        if (c == '#') {
            while (i + 1 < len && input[i + 1] != '\n') {
                i++;
            }
        } else if (c == '\'' || c == '"') {
            quote = c;
            triple = i + 2 < len && input[i + 1] == c && input[i + 2] == c;
            if (triple) {
                i += 2;
            }
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            depth--;
        } else if (c == '\n') {
            line_start = input + i + 1;
        }
    }
    (void)line_start;
    if (quote && triple) {
        return true;
    }
    if (depth > 0) {
        return true;
    }
    if (len > 0 && input[len - 1] == '\\') {
        return true;
    }
    /* compound statement: first line ends with ':' (ignoring comments/space) or a decorator */
    size_t first_end = 0;
    while (first_end < len && input[first_end] != '\n') {
        first_end++;
    }
    size_t k = first_end;
    const char *hash = memchr(input, '#', first_end);
    if (hash != NULL) {
        k = (size_t)(hash - input);
    }
    while (k > 0 && (input[k - 1] == ' ' || input[k - 1] == '\t' || input[k - 1] == '\r')) {
        k--;
    }
    size_t s = 0;
    while (s < first_end && (input[s] == ' ' || input[s] == '\t')) {
        s++;
    }
    starts_compound = (k > 0 && input[k - 1] == ':') || (s < first_end && input[s] == '@');
    if (starts_compound) {
        /* needs an empty last line to finish */
        if (len == 0 || first_end == len) {
            return true;
        }
        size_t last = len;
        while (last > 0 && input[last - 1] != '\n') {
            last--;
        }
        for (size_t j = last; j < len; j++) {
            if (input[j] != ' ' && input[j] != '\t') {
                return true;
            }
        }
        return false;
    }
    return false;
}

int kr_repl_exec(const char *input, size_t len) {
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        kr_exec_str(input, len, KR_QSTR_lt_stdin_gt, KR_PARSE_SINGLE, kr_state.dict_main, kr_state.dict_main);
        kr_nlr_pop();
        return 0;
    }
    kr_obj_t exc = (kr_obj_t)nlr.ret_val;
    if (kr_obj_is_instance(exc, &kr_type_SystemExit)) {
        extern int kr_unix_handle_uncaught(kr_obj_t exc);
        return kr_unix_handle_uncaught(exc) + 1;
    }
    kr_obj_exception_print_traceback(&kr_print_stderr, exc);
    return 0;
}

int kr_repl_run_friendly(void) {
    kr_print_str(&kr_print_stdout, "MicroPython v1.29.0 (Krait 0.1); ");
    kr_print_str(&kr_print_stdout, kr_port_machine);
    kr_print_str(&kr_print_stdout, "\nType \"help()\" for more information.\n");
    kr_vstr_t input, line;
    kr_vstr_init(&input, 128);
    kr_vstr_init(&line, 128);
    for (;;) {
        kr_vstr_reset(&input);
        kr_print_str(&kr_print_stdout, ">>> ");
        kr_vstr_reset(&line);
        if (kr_port_read_line(&line) < 0) {
            kr_print_str(&kr_print_stdout, "\n");
            return 0;
        }
        kr_vstr_add_strn(&input, line.buf, line.len);
        if (input.len == 0) {
            continue;
        }
        while (kr_repl_continue_with_input(input.buf, input.len)) {
            kr_print_str(&kr_print_stdout, "... ");
            kr_vstr_reset(&line);
            if (kr_port_read_line(&line) < 0) {
                break;
            }
            kr_vstr_add_byte(&input, '\n');
            kr_vstr_add_strn(&input, line.buf, line.len);
        }
        kr_vstr_add_byte(&input, '\n');
        int r = kr_repl_exec(input.buf, input.len);
        if (r > 0) {
            return r - 1;
        }
    }
}
