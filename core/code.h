/* code.h: extra facts recorded in code objects by the compiler (code.c, compile.c):
 * the docstring and the qualified name of functions, kept in the consts table. */
#ifndef KRAIT_CODE_H
#define KRAIT_CODE_H

#include "bytecode.h"

#define KR_CODE_FLAG_HAS_DOC      (0x80)   /* consts[0] is the docstring */
#define KR_CODE_FLAG_HAS_QUALNAME (0x100)  /* consts[has_doc ? 1 : 0] is the qualname (qstr obj) */

/* f.__doc__: the docstring of a function's code, or None */
kr_obj_t kr_code_get_doc(const kr_code_t *code);
/* f.__qualname__ ("C.m", "f.<locals>.g"); the plain name when not nested */
kr_qstr_t kr_code_get_qualname(const kr_code_t *code);

#endif /* KRAIT_CODE_H */
