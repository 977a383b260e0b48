/* repl.c: the interactive prompt over a byte console: the friendly REPL (multi-line
 * blocks, auto-indent, results echoed in "single" mode, paste mode, tab completion) and
 * the raw REPL / raw-paste protocol for host tools (DESIGN.md section 5). */
#include <string.h>
#include "obj.h"
#include "runtime.h"
#include "port.h"
#include "map.h"
#include "readline.h"
#include "repl.h"

/* Does the line start with a keyword of a compound statement (`while x: pass` needs an
 * empty line to finish, as in CPython)? */
static bool repl_starts_with_compound_keyword(const char *s, size_t len) {
    static const char *const keywords[] = {"if", "while", "for", "def", "class", "try", "with", "async"};
    for (size_t i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++) {
        size_t n = strlen(keywords[i]);
        if (len > n && memcmp(s, keywords[i], n) == 0 && (s[n] == ' ' || s[n] == '\t' || s[n] == '(')) {
            return true;
        }
    }
    return false;
}

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
    starts_compound = (k > 0 && input[k - 1] == ':') || (s < first_end && input[s] == '@')
        || repl_starts_with_compound_keyword(input + s, first_end - s);
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


/* ---------------------------------------------------------------- shared state */

static kr_repl_kind_t repl_kind = KR_REPL_FRIENDLY;
static int repl_exit_status;     /* exit status of the last SystemExit (KR_REPL_SYS_EXIT) */
static int repl_user_kbd_char;   /* the program's interrupt char while the REPL reads input */
static bool repl_reading;        /* the interrupt char is parked in repl_user_kbd_char */

kr_repl_kind_t kr_repl_get_kind(void) {
    return repl_kind;
}

void kr_repl_set_kind(kr_repl_kind_t kind) {
    repl_kind = kind;
}

int kr_repl_exit_status(void) {
    return repl_exit_status;
}

void kr_repl_init(void) {
    repl_reading = false;
}

int kr_repl_system_exit_status(kr_obj_t exc) {
    kr_obj_t code = kr_obj_exception_get_value(exc);
    if (code == KR_OBJ_NONE) {
        return 0;
    }
    kr_int_t v;
    if (kr_obj_get_int_maybe(code, &v)) {
        return (int)(v & 0xff);
    }
    kr_obj_print(&kr_print_stderr, code, KR_PRINT_STR);
    kr_print_str(&kr_print_stderr, "\n");
    return 1;
}

/* Forget a KeyboardInterrupt that arrived after the code it was meant for had finished. */
void kr_repl_drop_pending_interrupt(void) {
    if (kr_state.pending_exc != KR_OBJ_NULL && kr_state.pending_exc == kr_state.kbd_exc) {
        kr_state.pending_exc = KR_OBJ_NULL;
        kr_obj_list_t *q = kr_state.sched_queue == KR_OBJ_NULL ? NULL : KR_OBJ_TO_PTR(kr_state.sched_queue);
        if (q == NULL || q->len == 0) {
            kr_state.sched_pending = 0;
        }
    }
}

/* While the REPL reads input the interrupt char is off, so Ctrl-C reaches the line editor
 * as a byte; the program's setting (micropython.kbd_intr) is back on while code runs. */
static void repl_input_begin(void) {
    if (!repl_reading || kr_state.kbd_intr_char != -1) {
        repl_user_kbd_char = kr_state.kbd_intr_char;
        kr_state.kbd_intr_char = -1;
        repl_reading = true;
    }
    kr_repl_drop_pending_interrupt();
}

static void repl_input_end(void) {
    if (repl_reading) {
        kr_state.kbd_intr_char = repl_user_kbd_char;
        repl_reading = false;
    }
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
    repl_input_end();
    if (kr_nlr_push(&nlr) == 0) {
        kr_exec_str(src, len, KR_QSTR_lt_stdin_gt, mode, kr_state.dict_main, kr_state.dict_main);
        kr_nlr_pop();
        repl_input_begin();
        if (raw) {
            kr_port_stdout_write("\x04", 1);
        }
    } else {
        repl_input_begin();
        kr_obj_t exc = (kr_obj_t)nlr.ret_val;
        if (raw) {
            kr_port_stdout_write("\x04", 1);
        }
        if (kr_obj_is_instance(exc, &kr_type_SystemExit)) {
            repl_exit_status = kr_repl_system_exit_status(exc);
            ret = KR_REPL_SYS_EXIT;
        } else {
            kr_obj_exception_print_traceback(raw ? &kr_print_stdout : &kr_print_stderr, exc);
        }
    }
    if (raw) {
        kr_port_stdout_write("\x04", 1);
    }
    kr_port_stdout_flush();
    return ret;
}

/* ---------------------------------------------------------------- friendly REPL */

static int repl_paste_mode(void) {
    kr_print_str(&kr_print_stdout, "\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ");
    kr_vstr_t buf;
    kr_vstr_init(&buf, 256);
    bool after_cr = false;
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
        bool skip = c == '\n' && after_cr;   /* "\r\n" is one line end */
        after_cr = c == '\r';
        if (skip) {
            continue;
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

/* The indentation to pre-fill on the next continuation line of input. */
static size_t repl_auto_indent(const kr_vstr_t *input) {
    size_t ls = input->len;
    while (ls > 0 && input->buf[ls - 1] != '\n') {
        ls--;
    }
    size_t ind = 0;
    while (ls + ind < input->len && input->buf[ls + ind] == ' ') {
        ind++;
    }
    size_t e = input->len;
    while (e > ls && (input->buf[e - 1] == ' ' || input->buf[e - 1] == '\t')) {
        e--;
    }
    if (e == ls) {
        return 0;
    }
    if (input->buf[e - 1] == ':') {
        ind += 4;
    }
    return ind > 64 ? 64 : ind;
}

int kr_repl_friendly_console(void) {
    repl_input_begin();
    repl_banner();
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
            kr_print_str(&kr_print_stdout, "\n");
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
            size_t ind = repl_auto_indent(&input);
            kr_vstr_reset(&line);
            for (size_t k = 0; k < ind; k++) {
                kr_vstr_add_byte(&line, ' ');
            }
            r = kr_readline(&line, "... ", kr_repl_complete);
            if (r < 0) {
                return KR_REPL_EXIT;
            }
            if (r == KR_READLINE_CTRL_C) {
                cancelled = true;
                break;
            }
            if (r == KR_READLINE_CTRL_D) {
                kr_print_str(&kr_print_stdout, "\n");
                break;
            }
            if (r != KR_READLINE_LINE) {
                continue;   /* Ctrl-A/B/E inside a block: ignored */
            }
            kr_vstr_add_byte(&input, '\n');
            kr_vstr_add_strn(&input, line.buf, line.len);
        }
        if (cancelled) {
            continue;
        }
        size_t k = 0;
        while (k < input.len && (input.buf[k] == ' ' || input.buf[k] == '\t')) {
            k++;
        }
        if (k == input.len) {
            continue;   /* blank line */
        }
        kr_vstr_add_byte(&input, '\n');
        r = repl_exec_code(input.buf, input.len, KR_PARSE_SINGLE, false);
        if (r != KR_REPL_CONTINUE) {
            return r;
        }
    }
}

/* ---------------------------------------------------------------- raw REPL, raw-paste */

#define REPL_RAW_PASTE_WINDOW (128)   /* bytes; the host may start with two windows */

/* Raw-paste mode: flow-controlled upload of one program (DESIGN.md section 5). */
static int repl_raw_paste(void) {
    kr_port_stdout_write("R\x01", 2);
    char ws[3] = {(char)(REPL_RAW_PASTE_WINDOW & 0xff), (char)(REPL_RAW_PASTE_WINDOW >> 8), '\x01'};
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
            /* the host gives up: end the upload and report a KeyboardInterrupt */
            kr_port_stdout_write("\x04\x04", 2);
            kr_obj_exception_clear_traceback(kr_state.kbd_exc);
            kr_obj_exception_print_traceback(&kr_print_stdout, kr_state.kbd_exc);
            kr_port_stdout_write("\x04", 1);
            kr_vstr_clear(&buf);
            return KR_REPL_CONTINUE;
        }
        kr_vstr_add_byte(&buf, (uint8_t)c);
        if (++in_window == REPL_RAW_PASTE_WINDOW) {
            in_window = 0;
            kr_port_stdout_write("\x01", 1);
        }
    }
    int r = repl_exec_code(buf.buf, buf.len, KR_PARSE_FILE, true);
    kr_vstr_clear(&buf);
    return r;
}

int kr_repl_raw_console(void) {
    repl_input_begin();
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
                if (buf.len == 2 && buf.buf[0] == 5 && buf.buf[1] == 'A') {
                    int r = repl_raw_paste();
                    if (r != KR_REPL_CONTINUE) {
                        return r;
                    }
                    break;
                }
                /* Ctrl-A again: reset the raw REPL */
                kr_print_str(&kr_print_stdout, "raw REPL; CTRL-B to exit\n");
                kr_vstr_reset(&buf);
                kr_port_stdout_write(">", 1);
                continue;
            }
            if (c == 2) {
                kr_print_str(&kr_print_stdout, "\n");
                repl_kind = KR_REPL_FRIENDLY;
                return KR_REPL_CONTINUE;
            }
            if (c == 3) {
                kr_vstr_reset(&buf);
                continue;
            }
            if (c == 4) {
                kr_port_stdout_write("OK", 2);
                if (buf.len == 0) {
                    kr_print_str(&kr_print_stdout, "\n");
                    return KR_REPL_SOFT_RESET;
                }
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

/* ---------------------------------------------------------------- tab completion */

#define REPL_COMPLETE_COLUMN (16)
#define REPL_COMPLETE_WIDTH (80)

typedef struct {
    const char *prefix;
    size_t prefix_len;
    size_t n_match;
    const char *first;     /* the first match */
    size_t common;         /* length of the prefix all matches share */
    bool print;            /* second pass: print the matches */
    size_t column;         /* output column while printing */
} repl_complete_t;

static void repl_complete_name(repl_complete_t *st, kr_obj_t name) {
    if (!kr_obj_is_str(name)) {
        return;
    }
    size_t len;
    const char *s = kr_obj_str_get_data(name, &len);
    if (len < st->prefix_len || memcmp(s, st->prefix, st->prefix_len) != 0) {
        return;
    }
    if (len > 0 && s[0] == '_' && (st->prefix_len == 0 || st->prefix[0] != '_')) {
        return;   /* private names only when asked for */
    }
    if (st->print) {
        if (st->column > 0 && st->column + len > REPL_COMPLETE_WIDTH) {
            kr_print_str(&kr_print_stdout, "\n");
            st->column = 0;
        }
        kr_print_strn(&kr_print_stdout, s, len);
        st->column += len;
        while (st->column % REPL_COMPLETE_COLUMN != 0) {
            kr_print_str(&kr_print_stdout, " ");
            st->column++;
        }
        return;
    }
    if (st->n_match++ == 0) {
        st->first = s;
        st->common = len;
        return;
    }
    size_t k = st->prefix_len;
    while (k < st->common && k < len && s[k] == st->first[k]) {
        k++;
    }
    st->common = k;
}

static void repl_complete_map(repl_complete_t *st, const kr_map_t *map) {
    size_t pos = 0;
    kr_map_elem_t *e;
    while ((e = kr_map_next((kr_map_t *)map, &pos)) != NULL) {
        repl_complete_name(st, e->key);
    }
}

/* Candidates: the names in scope, or the attributes of the object the dotted name names. */
static void repl_complete_scan(repl_complete_t *st, kr_obj_t obj) {
    if (obj == KR_OBJ_NULL) {
        repl_complete_map(st, kr_obj_dict_get_map(kr_state.dict_main));
        if (kr_state.dict_builtins_ext != KR_OBJ_NULL) {
            repl_complete_map(st, kr_obj_dict_get_map(kr_state.dict_builtins_ext));
        }
        repl_complete_map(st, &kr_builtins_dict.map);
        return;
    }
    kr_obj_t dir = kr_load_builtin(KR_QSTR_dir);
    if (dir == KR_OBJ_NULL) {
        return;
    }
    kr_obj_t names = kr_call1(dir, obj);
    if (!kr_obj_is_type(names, &kr_type_list)) {
        return;
    }
    kr_obj_list_t *list = KR_OBJ_TO_PTR(names);
    for (size_t i = 0; i < list->len; i++) {
        repl_complete_name(st, list->items[i]);
    }
}

static bool repl_is_word_char(char c) {
    return c == '_' || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9') || (unsigned char)c >= 0x80;
}

/* Evaluate the dotted name word[0..len) (no calls, only name and attribute lookups). */
static kr_obj_t repl_complete_eval(const char *word, size_t len) {
    const char *dot = memchr(word, '.', len);
    size_t n = dot == NULL ? len : (size_t)(dot - word);
    /* names not interned yet cannot name anything: look up without interning */
    kr_qstr_t q = kr_qstr_find_strn(word, n);
    kr_map_elem_t *e = q == KR_QSTR_NULL ? NULL : kr_map_lookup_qstr(kr_obj_dict_get_map(kr_state.dict_main), q);
    kr_obj_t obj = e != NULL ? e->value : q == KR_QSTR_NULL ? KR_OBJ_NULL : kr_load_builtin(q);
    while (obj != KR_OBJ_NULL && dot != NULL) {
        const char *part = dot + 1;
        size_t rest = len - (size_t)(part - word);
        dot = memchr(part, '.', rest);
        n = dot == NULL ? rest : (size_t)(dot - part);
        q = kr_qstr_find_strn(part, n);
        obj = q == KR_QSTR_NULL ? KR_OBJ_NULL : kr_load_attr(obj, q);
    }
    if (obj == KR_OBJ_NULL) {
        kr_raise_msg(&kr_type_NameError, "no such name");
    }
    return obj;
}

/* Complete the word before the cursor; may raise (the caller catches). */
static int repl_complete_word(kr_vstr_t *line) {
    size_t start = line->len;
    while (start > 0 && repl_is_word_char(line->buf[start - 1])) {
        start--;
    }
    const char *word = line->buf + start;
    size_t wlen = line->len - start;
    if (wlen == 0 || (word[0] >= '0' && word[0] <= '9') || word[0] == '.') {
        return KR_COMPLETE_NONE;
    }
    const char *last_dot = NULL;
    for (size_t i = 0; i < wlen; i++) {
        if (word[i] == '.') {
            last_dot = word + i;
        }
    }
    repl_complete_t st;
    memset(&st, 0, sizeof(st));
    st.prefix = last_dot == NULL ? word : last_dot + 1;
    st.prefix_len = wlen - (size_t)(st.prefix - word);
    kr_obj_t obj = last_dot == NULL ? KR_OBJ_NULL : repl_complete_eval(word, (size_t)(last_dot - word));
    repl_complete_scan(&st, obj);
    if (st.n_match == 1 || (st.n_match > 1 && st.common > st.prefix_len)) {
        /* copy first: appending may move the line (and the prefix) */
        size_t add = st.common - st.prefix_len;
        char tmp[64];
        if (add > sizeof(tmp)) {
            add = sizeof(tmp);
        }
        memcpy(tmp, st.first + st.prefix_len, add);
        kr_vstr_add_strn(line, tmp, add);
        return KR_COMPLETE_EXTENDED;
    }
    if (st.n_match > 1) {
        kr_print_str(&kr_print_stdout, "\n");
        st.print = true;
        repl_complete_scan(&st, obj);
        kr_print_str(&kr_print_stdout, "\n");
        return KR_COMPLETE_LISTED;
    }
    return KR_COMPLETE_NONE;
}

int kr_repl_complete(kr_vstr_t *line) {
    volatile int result = KR_COMPLETE_NONE;
    kr_nlr_buf_t nlr;
    if (kr_nlr_push(&nlr) == 0) {
        result = repl_complete_word(line);
        kr_nlr_pop();
    }
    return result;
}
