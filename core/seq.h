/* seq.h: helpers shared by the sequence types (list, tuple, range): index conversion,
 * lexicographic comparison, search. */
#ifndef KRAIT_SEQ_H
#define KRAIT_SEQ_H

#include "obj.h"

/* index -> C int for seq[index]; TypeError "<type_name> indices must be integers or
 * slices, not X"; IndexError "cannot fit 'int' into an index-sized integer" for huge ints. */
kr_int_t kr_seq_index_value(kr_obj_t index, const char *type_name);
/* Normalise i (negative from the end) against len; raises IndexError(msg) if out of range. */
size_t kr_seq_index_adjust(kr_int_t i, size_t len, const char *msg);
/* Optional start/stop arguments of index()/count() style methods (slice semantics). */
void kr_seq_start_stop(size_t len, size_t n_args, const kr_obj_t *args, size_t *start, size_t *stop);
/* Position of x in items[start:stop] (identity or ==), or SIZE_MAX. */
size_t kr_seq_find(const kr_obj_t *items, size_t start, size_t stop, kr_obj_t x);
/* Raise ValueError("<repr(x)> is not in <what>") */
_Noreturn void kr_seq_raise_not_in(kr_obj_t x, const char *what);
/* Repeat count for seq * n: n must be an int (TypeError otherwise); negative -> 0. */
bool kr_seq_repeat_count(kr_obj_t n, size_t *count);

#endif /* KRAIT_SEQ_H */
