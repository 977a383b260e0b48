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

/* ---------------------------------------------------------------- byte-console REPLs
 * Used by boards (and terminals in raw mode): the friendly REPL with the line editor,
 * paste mode, and the raw REPL / raw-paste protocol for host tools. */

#include "readline.h"

static kr_repl_kind_t repl_kind = KR_REPL_FRIENDLY;

kr_repl_kind_t kr_repl_get_kind(void) {
    return repl_kind;
}

void kr_repl_set_kind(kr_repl_kind_t kind) {
    repl_kind = kind;
}

static void repl_banner(void) {
    kr_print_str(&kr_print_stdout, "MicroPython v1.29.0 (Krait 0.1); ");
    kr_print_str(&kr_print_stdout, kr_port_machine);
    kr_print_str(&kr_print_stdout, "\nType \"help()\" for more information.\n");
}

/* Run source; print the exception (if any) in the REPL's way. Returns a KR_REPL_* code. */
static int repl_exec_code(const char *src, size_t len, kr_parse_mode_t mode, bool raw) {
    kr_nlr_buf_t nlr;
    volatile int ret = KR_REPL_CONTINUE;
    if (kr_nlr_push(&nlr) == 0) {
        kr_exec_str(src, len, KR_QSTR_lt_stdin_gt, mode, kr_state.dict_main, kr_state.dict_main);
        kr_nlr_pop();
        if (raw) {
            kr_port_stdout_write("\x04", 1);
        }
    } else {
        kr_obj_t exc = (kr_obj_t)nlr.ret_val;
        if (raw) {
            kr_port_stdout_write("\x04", 1);
        }
        if (kr_obj_is_instance(exc, &kr_type_SystemExit)) {
            ret = KR_REPL_SOFT_RESET;
        } else {
            kr_obj_exception_print_traceback(raw ? &kr_print_stdout : &kr_print_stderr, exc);
        }
    }
    if (raw) {
        kr_port_stdout_write("\x04", 1);
    }
    return ret;
}

static int repl_paste_mode(void) {
    kr_print_str(&kr_print_stdout, "\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ");
    kr_vstr_t buf;
    kr_vstr_init(&buf, 256);
    for (;;) {
        int c = kr_port_getchar();
        if (c < 0) {
            return KR_REPL_EXIT;
        }
        if (c == 3) {
            kr_print_str(&kr_print_stdout, "\n");
            kr_vstr_clear(&buf);
            return KR_REPL_CONTINUE;
        }
        if (c == 4) {
            kr_print_str(&kr_print_stdout, "\n");
            break;
        }
        if (c == '\r') {
            c = '\n';
        }
        kr_vstr_add_byte(&buf, (uint8_t)c);
        if (c == '\n') {
            kr_print_str(&kr_print_stdout, "\n=== ");
        } else {
            char ch = (char)c;
            kr_port_stdout_write(&ch, 1);
        }
    }
    int r = repl_exec_code(buf.buf, buf.len, KR_PARSE_FILE, false);
    kr_vstr_clear(&buf);
    return r;
}

int kr_repl_friendly_console(void) {
    static bool banner_shown;
    if (!banner_shown) {
        repl_banner();
        banner_shown = true;
    }
    kr_vstr_t line, input;
    kr_vstr_init(&line, 64);
    kr_vstr_init(&input, 128);
    for (;;) {
        kr_vstr_reset(&line);
        kr_vstr_reset(&input);
        int r = kr_readline(&line, ">>> ", kr_repl_complete);
        if (r < 0) {
            return KR_REPL_EXIT;
        }
        if (r == KR_READLINE_CTRL_A) {
            repl_kind = KR_REPL_RAW;
            return KR_REPL_CONTINUE;
        }
        if (r == KR_READLINE_CTRL_B) {
            kr_print_str(&kr_print_stdout, "\n");
            repl_banner();
            continue;
        }
        if (r == KR_READLINE_CTRL_C) {
            continue;
        }
        if (r == KR_READLINE_CTRL_D) {
            kr_print_str(&kr_print_stdout, "\n");
            return KR_REPL_SOFT_RESET;
        }
        if (r == KR_READLINE_CTRL_E) {
            r = repl_paste_mode();
            if (r != KR_REPL_CONTINUE) {
                return r;
            }
            continue;
        }
        kr_vstr_add_strn(&input, line.buf, line.len);
        bool cancelled = false;
        while (kr_repl_continue_with_input(input.buf, input.len)) {
            /* auto-indent: previous line's indentation, plus 4 after a ':' */
            size_t ls = input.len;
            while (ls > 0 && input.buf[ls - 1] != '\n') {
                ls--;
            }
            size_t ind = 0;
            while (ls + ind < input.len && input.buf[ls + ind] == ' ') {
                ind++;
            }
            size_t e = input.len;
            while (e > ls && input.buf[e - 1] == ' ') {
                e--;
            }
            if (e > ls && input.buf[e - 1] == ':') {
                ind += 4;
            }
            if (e == ls) {
                ind = 0;
            }
            kr_vstr_reset(&line);
            for (size_t k = 0; k < ind; k++) {
                kr_vstr_add_byte(&line, ' ');
            }
            r = kr_readline(&line, "... ", kr_repl_complete);
            if (r == KR_READLINE_CTRL_C || r < 0) {
                cancelled = true;
                break;
            }
            if (r == KR_READLINE_CTRL_D) {
                break;
            }
            kr_vstr_add_byte(&input, '\n');
            kr_vstr_add_strn(&input, line.buf, line.len);
        }
        if (cancelled) {
            continue;
        }
        kr_vstr_add_byte(&input, '\n');
        r = repl_exec_code(input.buf, input.len, KR_PARSE_SINGLE, false);
        if (r != KR_REPL_CONTINUE) {
            return r;
        }
    }
}

/* Raw-paste mode: flow-controlled upload of one program (DESIGN.md section 5). */
static int repl_raw_paste(void) {
    enum { WINDOW = 256 };
    kr_port_stdout_write("R\x01", 2);
    char ws[3] = {(char)(WINDOW & 0xff), (char)(WINDOW >> 8), '\x01'};
    kr_port_stdout_write(ws, 3);
    kr_vstr_t buf;
    kr_vstr_init(&buf, 512);
    size_t in_window = 0;
    for (;;) {
        int c = kr_port_getchar();
        if (c < 0) {
            return KR_REPL_EXIT;
        }
        if (c == 4) {
            kr_port_stdout_write("\x04", 1);
            break;
        }
        if (c == 3) {
            /* host aborts: acknowledge and drop the data */
            kr_port_stdout_write("\x04", 1);
            kr_vstr_clear(&buf);
            return KR_REPL_CONTINUE;
        }
        kr_vstr_add_byte(&buf, (uint8_t)c);
        if (++in_window == WINDOW) {
            in_window = 0;
            kr_port_stdout_write("\x01", 1);
        }
    }
    int r = repl_exec_code(buf.buf, buf.len, KR_PARSE_FILE, true);
    kr_vstr_clear(&buf);
    return r;
}

int kr_repl_raw_console(void) {
    kr_print_str(&kr_print_stdout, "raw REPL; CTRL-B to exit\n");
    kr_vstr_t buf;
    kr_vstr_init(&buf, 256);
    for (;;) {
        kr_vstr_reset(&buf);
        kr_port_stdout_write(">", 1);
        for (;;) {
            int c = kr_port_getchar();
            if (c < 0) {
                return KR_REPL_EXIT;
            }
            if (c == 1) {
                /* Ctrl-A again: reprint the banner, clear the buffer */
                kr_print_str(&kr_print_stdout, "\nraw REPL; CTRL-B to exit\n>");
                kr_vstr_reset(&buf);
                continue;
            }
            if (c == 2) {
                kr_print_str(&kr_print_stdout, "\n");
                repl_kind = KR_REPL_FRIENDLY;
                repl_banner();
                return KR_REPL_CONTINUE;
            }
            if (c == 3) {
                kr_vstr_reset(&buf);
                continue;
            }
            if (c == 5 && buf.len == 0) {
                /* maybe raw-paste: expect 'A' 0x01 */
                int c2 = kr_port_getchar();
                if (c2 == 'A') {
                    int c3 = kr_port_getchar();
                    if (c3 == 1) {
                        int r = repl_raw_paste();
                        if (r != KR_REPL_CONTINUE) {
                            return r;
                        }
                        break;
                    }
                }
                kr_vstr_add_byte(&buf, 5);
                continue;
            }
            if (c == 4) {
                if (buf.len == 0) {
                    kr_print_str(&kr_print_stdout, "\n");
                    return KR_REPL_SOFT_RESET;
                }
                kr_port_stdout_write("OK", 2);
                int r = repl_exec_code(buf.buf, buf.len, KR_PARSE_FILE, true);
                if (r != KR_REPL_CONTINUE) {
                    return r;
                }
                break;
            }
            kr_vstr_add_byte(&buf, (uint8_t)c);
        }
    }
}

bool kr_repl_complete(kr_vstr_t *line) {
    (void)line;
    return false;
}
