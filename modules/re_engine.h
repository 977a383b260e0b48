/* re_engine.h: the regular expression engine shared by modules/re_engine.c (parser, compiler,
 * backtracking machine) and modules/modre.c (the re module's Pattern and Match objects). */
#ifndef KRAIT_RE_ENGINE_H
#define KRAIT_RE_ENGINE_H

#include "obj.h"

#define FLAG_I (2)
#define FLAG_L (4)
#define FLAG_M (8)
#define FLAG_S (16)
#define FLAG_U (32)
#define FLAG_X (64)
#define FLAG_A (256)

#define RE_STACK_MAX (1 << 20)     /* backtrack entries (3 words each) */
#define RE_PROG_MAX (1 << 16)      /* program words */
#define RE_GROUPS_MAX (100)

enum {
    OP_CHAR, OP_CHARI, OP_ANY, OP_ANYALL, OP_CLASS, OP_SPLIT, OP_JMP, OP_SAVE, OP_MARK, OP_CHECK,
    OP_BOL, OP_BOLM, OP_EOL, OP_EOLM, OP_BEGIN, OP_END, OP_WORDB, OP_NWORDB, OP_BACKREF, OP_MATCH,
};

/* A character class: ranges of code points plus the \d \w \s kinds (and negations). */
typedef struct {
    uint32_t *ranges;            /* pairs lo, hi */
    size_t n, alloc;
    uint8_t kinds;               /* bits: 1 \d, 2 \D, 4 \w, 8 \W, 16 \s, 32 \S */
    bool negate;
} cls_t;

typedef struct {
    kr_obj_base_t base;
    kr_obj_t pattern;            /* the source (str or bytes) */
    int32_t *prog;
    size_t prog_len;
    cls_t *classes;
    size_t n_classes;
    size_t n_groups;             /* capture groups, not counting group 0 */
    size_t n_regs;               /* loop-progress registers */
    kr_obj_t groupindex;         /* dict name -> number */
    int flags;
    bool is_bytes;
} pattern_t;

/* One search over one subject (byte offsets; `len` is endpos). */
typedef struct {
    pattern_t *pat;
    const uint8_t *s;
    size_t len;                /* end of the subject (endpos) */
    size_t full_len;           /* the whole subject, for context */
    int32_t *caps;             /* 2 * (n_groups + 1) byte offsets, -1 = unset */
    int32_t *regs;
    int32_t *stack;
    size_t sp, stack_alloc;
    size_t steps;
} vm_t;

extern const kr_type_t kr_type_re_Pattern, kr_type_re_Match, kr_type_re_error;

/* Compile a str or bytes pattern (a Pattern object is returned as is); raises re.error. */
kr_obj_t kr_re_engine_compile(kr_obj_t pattern, int flags);
/* Try to match at byte offset start; on success vm->caps hold the groups. A match that is
 * empty and starts at reject_empty_at is refused (SIZE_MAX: none). */
bool kr_re_engine_run(vm_t *vm, size_t start, bool full, size_t reject_empty_at);

#endif /* KRAIT_RE_ENGINE_H */
