/* objiter.h: iterator helpers (objiter.c): generic sequence iterator, getiter returning self. */
#ifndef KRAIT_OBJITER_H
#define KRAIT_OBJITER_H

#include "obj.h"

/* An iterator over any object supporting subscripts with int indices (the old
 * sequence protocol: stops at IndexError or StopIteration). */
kr_obj_t kr_obj_new_seq_iter(kr_obj_t seq);
/* getiter slot for iterator types: returns self */
kr_obj_t kr_obj_iter_getiter_self(kr_obj_t self);

#endif /* KRAIT_OBJITER_H */
