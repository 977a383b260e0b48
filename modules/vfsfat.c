/* vfsfat.c: vfs.VfsFat, a FAT12/16/32 filesystem with long file names on a block device. */
#include "obj.h"
#include "runtime.h"
#include "vfs.h"

#if KR_MODULE_VFS

static kr_obj_t vfsfat_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_raise_not_implemented("VfsFat");
}

const kr_type_t kr_type_vfsfat = {
    .base = {&kr_type_type},
    .name = KR_QSTR_VfsFat,
    .make_new = vfsfat_make_new,
};

#endif /* KR_MODULE_VFS */
