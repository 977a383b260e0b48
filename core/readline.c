/* readline.c: the REPL's line editor over a byte console: cursor movement, backspace and
 * delete, home/end, history (up/down), auto-indent, and control keys on an empty line. */
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "port.h"
#include "readline.h"

#define HISTORY_LEN (8)

/* History lives outside the GC heap so it survives soft resets without leaking. */
static char history[HISTORY_LEN][128];
static int history_count;

static void out(const char *s, size_t n) {
    kr_port_stdout_write(s, n);
}

static void out_str(const char *s) {
    out(s, strlen(s));
}

static void history_add(const char *s, size_t n) {
    if (n == 0 || n >= sizeof(history[0])) {
        return;
    }
    if (history_count > 0 && strlen(history[0]) == n && memcmp(history[0], s, n) == 0) {
        return;
    }
    memmove(history[1], history[0], sizeof(history[0]) * (HISTORY_LEN - 1));
    memcpy(history[0], s, n);
    history[0][n] = 0;
    if (history_count < HISTORY_LEN) {
        history_count++;
    }
}

/* Move the terminal cursor left by n columns. */
static void cursor_left(size_t n) {
    while (n--) {
        out("\b", 1);
    }
}

/* Redraw from position pos to the end of the line, erase old tail, return cursor to pos. */
static void redraw_tail(kr_vstr_t *line, size_t pos, size_t erase) {
    out(line->buf + pos, line->len - pos);
    for (size_t i = 0; i < erase; i++) {
        out(" ", 1);
    }
    cursor_left(line->len - pos + erase);
}

static void replace_line(kr_vstr_t *line, size_t *pos, size_t keep, const char *s, size_t n) {
    cursor_left(*pos - keep);
    size_t old_len = line->len;
    line->len = keep;
    kr_vstr_add_strn(line, s, n);
    out(line->buf + keep, line->len - keep);
    size_t erase = old_len > line->len ? old_len - line->len : 0;
    for (size_t i = 0; i < erase; i++) {
        out(" ", 1);
    }
    cursor_left(erase);
    *pos = line->len;
}

int kr_readline(kr_vstr_t *line, const char *prompt, kr_readline_complete_t complete) {
    out_str(prompt);
    size_t keep = line->len;   /* pre-filled text (auto-indent) is editable */
    keep = 0;
    size_t pos = line->len;
    out(line->buf, line->len);
    int hist_idx = -1;
    int esc = 0;
    char esc_arg = 0;
    for (;;) {
        int c = kr_port_getchar();
        if (c < 0) {
            return c;
        }
        if (esc == 1) {
            esc = c == '[' || c == 'O' ? 2 : 0;
            continue;
        }
        if (esc == 2) {
            if (c >= '0' && c <= '9') {
                esc_arg = (char)c;
                esc = 3;
                continue;
            }
            esc = 0;
            if (c == 'A' || c == 'B') {
                int ni = hist_idx + (c == 'A' ? 1 : -1);
                if (ni >= history_count) {
                    continue;
                }
                hist_idx = ni < -1 ? -1 : ni;
                const char *h = hist_idx < 0 ? "" : history[hist_idx];
                replace_line(line, &pos, keep, h, strlen(h));
            } else if (c == 'C') {
                if (pos < line->len) {
                    out(line->buf + pos, 1);
                    pos++;
                }
            } else if (c == 'D') {
                if (pos > keep) {
                    cursor_left(1);
                    pos--;
                }
            } else if (c == 'H') {
                cursor_left(pos - keep);
                pos = keep;
            } else if (c == 'F') {
                out(line->buf + pos, line->len - pos);
                pos = line->len;
            }
            continue;
        }
        if (esc == 3) {
            esc = 0;
            if (c != '~') {
                continue;
            }
            if (esc_arg == '3' && pos < line->len) {          /* delete */
                memmove(line->buf + pos, line->buf + pos + 1, line->len - pos - 1);
                line->len--;
                redraw_tail(line, pos, 1);
            } else if (esc_arg == '1' || esc_arg == '7') {    /* home */
                cursor_left(pos - keep);
                pos = keep;
            } else if (esc_arg == '4' || esc_arg == '8') {    /* end */
                out(line->buf + pos, line->len - pos);
                pos = line->len;
            }
            continue;
        }
        switch (c) {
            case 27:
                esc = 1;
                break;
            case '\r':
            case '\n':
                out("\r\n", 2);
                history_add(line->buf, line->len);
                return KR_READLINE_LINE;
            case 3:   /* Ctrl-C */
                out("\r\n", 2);
                line->len = 0;
                return KR_READLINE_CTRL_C;
            case 1:   /* Ctrl-A: raw REPL on an empty line, else home */
                if (line->len == 0) {
                    return KR_READLINE_CTRL_A;
                }
                cursor_left(pos - keep);
                pos = keep;
                break;
            case 2:
                if (line->len == 0) {
                    return KR_READLINE_CTRL_B;
                }
                break;
            case 4:
                if (line->len == 0) {
                    return KR_READLINE_CTRL_D;
                }
                break;
            case 5:   /* Ctrl-E: paste mode on an empty line, else end */
                if (line->len == 0) {
                    return KR_READLINE_CTRL_E;
                }
                out(line->buf + pos, line->len - pos);
                pos = line->len;
                break;
            case 8:
            case 127:
                if (pos > keep) {
                    memmove(line->buf + pos - 1, line->buf + pos, line->len - pos);
                    line->len--;
                    pos--;
                    cursor_left(1);
                    redraw_tail(line, pos, 1);
                }
                break;
            case '\t':
                if (complete != NULL) {
                    size_t before = line->len;
                    if (pos == line->len && complete(line)) {
                        out(line->buf + before, line->len - before);
                        pos = line->len;
                        break;
                    }
                    if (pos == line->len && line->len > 0 && line->buf[line->len - 1] != ' ') {
                        break;   /* nothing to complete; don't insert a tab mid-word */
                    }
                }
                /* insert spaces to the next multiple of 4 */
                {
                    char sp[4] = {' ', ' ', ' ', ' '};
                    size_t n = 4 - (pos % 4);
                    kr_vstr_extend(line, n);
                    memmove(line->buf + pos + n, line->buf + pos, line->len - n - pos);
                    memcpy(line->buf + pos, sp, n);
                    out(line->buf + pos, line->len - pos);
                    pos += n;
                    cursor_left(line->len - pos);
                }
                break;
            default:
                if (c >= 32) {
                    kr_vstr_extend(line, 1);
                    memmove(line->buf + pos + 1, line->buf + pos, line->len - 1 - pos);
                    line->buf[pos] = (char)c;
                    out(line->buf + pos, line->len - pos);
                    pos++;
                    cursor_left(line->len - pos);
                }
                break;
        }
    }
}
