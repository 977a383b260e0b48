/* readline.c: the REPL's line editor over a byte console: cursor movement, backspace
 * (dedenting over auto-indent) and delete, home/end, Emacs-style control keys, history
 * (up/down), tab completion, and control keys on an empty line. */
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "port.h"
#include "readline.h"

#define HISTORY_LEN (8)
#define HISTORY_WIDTH (128)

/* History lives outside the GC heap so a soft reset neither frees nor leaks it. */
static char readline_history[HISTORY_LEN][HISTORY_WIDTH];
static int readline_history_count;
static bool readline_last_cr;   /* the previous key was '\r': a following '\n' is the same Enter */

static void readline_out(const char *s, size_t n) {
    kr_port_stdout_write(s, n);
}

static void readline_history_add(const char *s, size_t n) {
    if (n == 0 || n >= HISTORY_WIDTH) {
        return;
    }
    if (readline_history_count > 0 && strlen(readline_history[0]) == n
        && memcmp(readline_history[0], s, n) == 0) {
        return;
    }
    memmove(readline_history[1], readline_history[0], sizeof(readline_history[0]) * (HISTORY_LEN - 1));
    memcpy(readline_history[0], s, n);
    readline_history[0][n] = 0;
    if (readline_history_count < HISTORY_LEN) {
        readline_history_count++;
    }
}

/* Move the terminal cursor left by n columns. */
static void readline_cursor_left(size_t n) {
    while (n--) {
        readline_out("\b", 1);
    }
}

static bool readline_is_cont(char c) {
    return ((unsigned char)c & 0xc0) == 0x80;
}

/* Terminal columns that s[0..n) takes: one per character (UTF-8 continuation bytes
 * take none). */
static size_t readline_cols(const char *s, size_t n) {
    size_t cols = 0;
    for (size_t i = 0; i < n; i++) {
        cols += !readline_is_cont(s[i]);
    }
    return cols;
}

/* The editor's state for one line. */
typedef struct {
    kr_vstr_t *line;
    size_t pos;        /* cursor position in line (a byte offset at a character start) */
    int hist_idx;      /* -1: the line being edited; else an index into the history */
} readline_t;

/* Byte offsets of the character before / after the cursor. */
static size_t readline_prev(const readline_t *r) {
    size_t p = r->pos;
    while (p > 0 && readline_is_cont(r->line->buf[--p])) {
    }
    return p;
}

static size_t readline_next(const readline_t *r) {
    size_t p = r->pos;
    if (p < r->line->len) {
        p++;
        while (p < r->line->len && readline_is_cont(r->line->buf[p])) {
            p++;
        }
    }
    return p;
}

/* Redraw from the cursor to the end of the line, blank `erase` old columns after it, and
 * put the cursor back. */
static void readline_redraw_tail(readline_t *r, size_t erase) {
    kr_vstr_t *line = r->line;
    readline_out(line->buf + r->pos, line->len - r->pos);
    for (size_t i = 0; i < erase; i++) {
        readline_out(" ", 1);
    }
    readline_cursor_left(readline_cols(line->buf + r->pos, line->len - r->pos) + erase);
}

static void readline_replace(readline_t *r, const char *s, size_t n) {
    readline_cursor_left(readline_cols(r->line->buf, r->pos));
    size_t old_cols = readline_cols(r->line->buf, r->line->len);
    r->line->len = 0;
    kr_vstr_add_strn(r->line, s, n);
    readline_out(r->line->buf, n);
    size_t new_cols = readline_cols(r->line->buf, n);
    size_t erase = old_cols > new_cols ? old_cols - new_cols : 0;
    for (size_t i = 0; i < erase; i++) {
        readline_out(" ", 1);
    }
    readline_cursor_left(erase);
    r->pos = n;
}

static void readline_insert(readline_t *r, const char *s, size_t n) {
    kr_vstr_t *line = r->line;
    kr_vstr_extend(line, n);
    memmove(line->buf + r->pos + n, line->buf + r->pos, line->len - n - r->pos);
    memcpy(line->buf + r->pos, s, n);
    readline_out(line->buf + r->pos, n);
    r->pos += n;
    readline_redraw_tail(r, 0);
}

/* Delete the n bytes before the cursor. */
static void readline_delete_back(readline_t *r, size_t n) {
    kr_vstr_t *line = r->line;
    if (n > r->pos) {
        n = r->pos;
    }
    size_t cols = readline_cols(line->buf + r->pos - n, n);
    memmove(line->buf + r->pos - n, line->buf + r->pos, line->len - r->pos);
    line->len -= n;
    r->pos -= n;
    readline_cursor_left(cols);
    readline_redraw_tail(r, cols);
}

/* Delete the n bytes after the cursor. */
static void readline_delete_forward(readline_t *r, size_t n) {
    kr_vstr_t *line = r->line;
    if (n > line->len - r->pos) {
        n = line->len - r->pos;
    }
    size_t cols = readline_cols(line->buf + r->pos, n);
    memmove(line->buf + r->pos, line->buf + r->pos + n, line->len - r->pos - n);
    line->len -= n;
    readline_redraw_tail(r, cols);
}

static void readline_home(readline_t *r) {
    readline_cursor_left(readline_cols(r->line->buf, r->pos));
    r->pos = 0;
}

static void readline_end(readline_t *r) {
    readline_out(r->line->buf + r->pos, r->line->len - r->pos);
    r->pos = r->line->len;
}

static void readline_left(readline_t *r) {
    if (r->pos > 0) {
        readline_cursor_left(1);
        r->pos = readline_prev(r);
    }
}

static void readline_right(readline_t *r) {
    size_t next = readline_next(r);
    readline_out(r->line->buf + r->pos, next - r->pos);
    r->pos = next;
}

static void readline_history_move(readline_t *r, int dir) {
    int ni = r->hist_idx + dir;
    if (ni >= readline_history_count || ni < -1) {
        return;
    }
    r->hist_idx = ni;
    const char *h = ni < 0 ? "" : readline_history[ni];
    readline_replace(r, h, strlen(h));
}

/* Backspace: over auto-indent (only spaces before the cursor) it removes one indent level. */
static void readline_backspace(readline_t *r) {
    if (r->pos == 0) {
        return;
    }
    size_t i = 0;
    while (i < r->pos && r->line->buf[i] == ' ') {
        i++;
    }
    if (i == r->pos) {
        size_t n = r->pos % 4;
        readline_delete_back(r, n == 0 ? 4 : n);
    } else {
        readline_delete_back(r, r->pos - readline_prev(r));
    }
}

static void readline_tab(readline_t *r, const char *prompt, kr_readline_complete_t complete) {
    kr_vstr_t *line = r->line;
    bool only_space = true;
    for (size_t i = 0; i < r->pos; i++) {
        only_space &= line->buf[i] == ' ';
    }
    if (!only_space) {
        if (complete == NULL || r->pos != line->len) {
            return;
        }
        size_t before = line->len;
        int res = complete(line);
        if (res == KR_COMPLETE_EXTENDED) {
            readline_out(line->buf + before, line->len - before);
            r->pos = line->len;
        } else if (res == KR_COMPLETE_LISTED) {
            /* the completer printed the candidates: show the prompt and line again */
            readline_out(prompt, strlen(prompt));
            readline_out(line->buf, line->len);
            r->pos = line->len;
        }
        return;
    }
    static const char spaces[4] = {' ', ' ', ' ', ' '};
    readline_insert(r, spaces, 4 - (r->pos % 4));
}

int kr_readline(kr_vstr_t *line, const char *prompt, kr_readline_complete_t complete) {
    readline_out(prompt, strlen(prompt));
    readline_out(line->buf, line->len);   /* pre-filled text (auto-indent) is editable */
    readline_t r = {line, line->len, -1};
    int esc = 0;         /* 0 none, 1 after ESC, 2 after ESC [ or ESC O, 3 in a parameter */
    int esc_arg = 0;
    char u8[4];          /* a UTF-8 character being received */
    int u8_len = 0;
    int u8_need = 0;
    for (;;) {
        int c = kr_port_getchar();
        if (c < 0) {
            return c;
        }
        if (c < 0x80 || c >= 0xc0) {
            u8_need = 0;   /* an unfinished UTF-8 character is dropped */
        }
        bool after_cr = readline_last_cr;
        readline_last_cr = c == '\r';
        if (esc == 1) {
            esc = c == '[' || c == 'O' ? 2 : 0;
            esc_arg = 0;
            continue;
        }
        if (esc == 2 || esc == 3) {
            if (c >= '0' && c <= '9') {
                esc_arg = esc_arg * 10 + (c - '0');
                if (esc_arg > 1000) {
                    esc_arg = 1000;
                }
                esc = 3;
                continue;
            }
            if (c == ';') {
                esc = 3;
                continue;
            }
            bool had_arg = esc == 3;
            esc = 0;
            if (c == 'A') {
                readline_history_move(&r, 1);
            } else if (c == 'B') {
                readline_history_move(&r, -1);
            } else if (c == 'C') {
                readline_right(&r);
            } else if (c == 'D') {
                readline_left(&r);
            } else if (c == 'H') {
                readline_home(&r);
            } else if (c == 'F') {
                readline_end(&r);
            } else if (c == '~' && had_arg) {
                if (esc_arg == 3) {
                    readline_delete_forward(&r, readline_next(&r) - r.pos);
                } else if (esc_arg == 1 || esc_arg == 7) {
                    readline_home(&r);
                } else if (esc_arg == 4 || esc_arg == 8) {
                    readline_end(&r);
                }
            }
            continue;
        }
        switch (c) {
            case 27:
                esc = 1;
                break;
            case '\n':
                if (after_cr) {
                    break;   /* "\r\n" is one Enter */
                }
                /* fall through */
            case '\r':
                readline_out("\r\n", 2);
                readline_history_add(line->buf, line->len);
                return KR_READLINE_LINE;
            case 3:   /* Ctrl-C: drop the line */
                readline_out("\r\n", 2);
                line->len = 0;
                return KR_READLINE_CTRL_C;
            case 1:   /* Ctrl-A: raw REPL on an empty line, else home */
                if (line->len == 0) {
                    return KR_READLINE_CTRL_A;
                }
                readline_home(&r);
                break;
            case 2:   /* Ctrl-B: banner on an empty line, else left */
                if (line->len == 0) {
                    return KR_READLINE_CTRL_B;
                }
                readline_left(&r);
                break;
            case 4:   /* Ctrl-D: soft reset / end on an empty line, else delete */
                if (line->len == 0) {
                    return KR_READLINE_CTRL_D;
                }
                readline_delete_forward(&r, readline_next(&r) - r.pos);
                break;
            case 5:   /* Ctrl-E: paste mode on an empty line, else end */
                if (line->len == 0) {
                    return KR_READLINE_CTRL_E;
                }
                readline_end(&r);
                break;
            case 6:   /* Ctrl-F: right */
                readline_right(&r);
                break;
            case 11:  /* Ctrl-K: delete to the end of the line */
                readline_delete_forward(&r, line->len - r.pos);
                break;
            case 14:  /* Ctrl-N: next history entry */
                readline_history_move(&r, -1);
                break;
            case 16:  /* Ctrl-P: previous history entry */
                readline_history_move(&r, 1);
                break;
            case 21:  /* Ctrl-U: delete to the start of the line */
                readline_delete_back(&r, r.pos);
                break;
            case 8:
            case 127:
                readline_backspace(&r);
                break;
            case '\t':
                readline_tab(&r, prompt, complete);
                break;
            default:
                if (c >= 0xc0 && c < 0xf8) {
                    /* the first byte of a UTF-8 character: insert it once complete */
                    u8[0] = (char)c;
                    u8_len = 1;
                    u8_need = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
                } else if (c >= 0x80 && c < 0xc0 && u8_need > 0) {
                    u8[u8_len++] = (char)c;
                    if (--u8_need == 0) {
                        readline_insert(&r, u8, u8_len);
                    }
                } else if (c >= 32) {
                    char ch = (char)c;
                    readline_insert(&r, &ch, 1);
                }
                break;
        }
    }
}
