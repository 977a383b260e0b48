/* vmops.h: out-of-line helpers of the VM (vmops.c), used only by vm.c. */
#ifndef KRAIT_VMOPS_H
#define KRAIT_VMOPS_H

#include "obj.h"
#include "vm.h"

bool kr_vmops_slot_is_cell(const kr_code_t *code, size_t slot);
_Noreturn void kr_vmops_raise_unbound_local(const kr_code_t *code, size_t slot);
_Noreturn void kr_vmops_raise_unbound_deref(const kr_code_t *code, size_t slot);
_Noreturn void kr_vmops_raise_name_error(kr_qstr_t q);
kr_obj_t kr_vmops_load_name(kr_frame_t *f, kr_qstr_t q);
void kr_vmops_store_name(kr_frame_t *f, kr_qstr_t q, kr_obj_t v);
void kr_vmops_delete_name(kr_obj_t d, kr_qstr_t q);
bool kr_vmops_is_iterable(kr_obj_t o);
void kr_vmops_unpack_sequence(kr_obj_t seq, size_t n, kr_obj_t *dest);
void kr_vmops_unpack_ex(kr_obj_t seq, size_t before, size_t after, kr_obj_t *dest);
kr_obj_t kr_vmops_format_value(kr_obj_t v, size_t flags, kr_obj_t spec);
kr_obj_t kr_vmops_build_string(size_t n, const kr_obj_t *items);
void kr_vmops_dict_merge(kr_obj_t d, kr_obj_t m, kr_obj_t fun);
kr_obj_t kr_vmops_before_with(kr_obj_t mgr, kr_obj_t *exit_out, bool is_async);
void kr_vmops_print_expr(kr_obj_t v);
kr_obj_t kr_vmops_raise_varargs(size_t n, kr_obj_t *sp, kr_frame_t *f);
kr_obj_t kr_vmops_get_aiter(kr_obj_t o);
kr_obj_t kr_vmops_get_anext(kr_obj_t o);
bool kr_vmops_current_self_and_class(kr_obj_t *self, kr_obj_t *cls);
_Noreturn void kr_vmops_raise_star_error(kr_obj_t *lp, kr_obj_t it, bool is_call);

#endif /* KRAIT_VMOPS_H */
