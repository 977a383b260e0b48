/* state.c: the interpreter's global state and the C-stack / recursion-depth guard. */
#include "obj.h"
#include "state.h"

kr_state_t kr_state;

void kr_stack_set_top(void *top) {
    kr_state.stack_top = (char *)top;
}

void kr_stack_set_limit(size_t bytes) {
    kr_state.stack_limit = bytes;
}

void kr_stack_check(void) {
    if (kr_state.recursion_depth > KR_RECURSION_LIMIT
        || (kr_state.stack_top != NULL && kr_stack_usage() >= kr_state.stack_limit)) {
        kr_raise_recursion_error();
    }
}
