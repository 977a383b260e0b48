/* vfsblock.c: the block-device protocol as seen from C (readblocks/writeblocks/ioctl of a
 * Python object) and a C block device over a memory region (a board's RAM disk). */
#include <string.h>
#include <errno.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "objbytearray.h"
#include "vfs.h"

#if KR_MODULE_VFS

/* ---------------------------------------------------------------- the memory-region device */

typedef struct _vfs_ramdisk_t {
    kr_obj_base_t base;
    uint8_t *mem;
    uint32_t block_size;
    uint32_t block_count;
} vfs_ramdisk_t;

kr_obj_t kr_vfs_ramdisk_new(void *mem, size_t size, uint32_t block_size) {
    vfs_ramdisk_t *r = kr_gc_alloc(sizeof(vfs_ramdisk_t), 0);
    r->base.type = &kr_type_vfs_ramdisk;
    r->mem = mem;
    r->block_size = block_size ? block_size : 512;
    r->block_count = (uint32_t)(size / r->block_size);
    return KR_OBJ_FROM_PTR(r);
}

/* RAMBlockDev(size_or_buffer, block_size=512): a RAM disk in a GC buffer or a given buffer */
static kr_obj_t ramdisk_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    kr_arg_check_num(n_args, n_kw, 1, 2, false);
    uint32_t bs = n_args > 1 ? (uint32_t)kr_obj_get_int(args[1]) : 512;
    if (bs < 128 || (bs & (bs - 1)) != 0) {
        kr_raise_msg(&kr_type_ValueError, "block size");
    }
    if (kr_obj_is_int(args[0])) {
        kr_int_t size = kr_obj_get_int(args[0]);
        if (size < 0) {
            kr_raise_msg(&kr_type_ValueError, "size");
        }
        return kr_vfs_ramdisk_new(kr_gc_alloc((size_t)size, KR_GC_FLAG_ATOMIC), (size_t)size, bs);
    }
    kr_buffer_info_t info;
    kr_get_buffer_raise(args[0], &info, KR_BUFFER_WRITE);
    return kr_vfs_ramdisk_new(info.buf, info.len, bs);
}

static int ramdisk_range(vfs_ramdisk_t *r, kr_int_t block, kr_int_t off, size_t len, size_t *start) {
    if (block < 0 || off < 0) {
        return -EIO;
    }
    uint64_t s = (uint64_t)block * r->block_size + (uint64_t)off;
    if (s + len > (uint64_t)r->block_count * r->block_size) {
        return -EIO;
    }
    *start = (size_t)s;
    return 0;
}

static kr_obj_t ramdisk_readblocks(size_t n_args, const kr_obj_t *args) {
    vfs_ramdisk_t *r = KR_OBJ_TO_PTR(args[0]);
    kr_buffer_info_t info;
    kr_get_buffer_raise(args[2], &info, KR_BUFFER_WRITE);
    size_t start;
    int e = ramdisk_range(r, kr_obj_get_int(args[1]), n_args > 3 ? kr_obj_get_int(args[3]) : 0, info.len, &start);
    if (e == 0) {
        memcpy(info.buf, r->mem + start, info.len);
    }
    return KR_NEW_SMALL_INT(e);
}
static KR_DEFINE_FUN_VAR(ramdisk_readblocks_obj, 3, 4, ramdisk_readblocks);

static kr_obj_t ramdisk_writeblocks(size_t n_args, const kr_obj_t *args) {
    vfs_ramdisk_t *r = KR_OBJ_TO_PTR(args[0]);
    kr_buffer_info_t info;
    kr_get_buffer_raise(args[2], &info, KR_BUFFER_READ);
    size_t start;
    int e = ramdisk_range(r, kr_obj_get_int(args[1]), n_args > 3 ? kr_obj_get_int(args[3]) : 0, info.len, &start);
    if (e == 0) {
        memmove(r->mem + start, info.buf, info.len);
    }
    return KR_NEW_SMALL_INT(e);
}
static KR_DEFINE_FUN_VAR(ramdisk_writeblocks_obj, 3, 4, ramdisk_writeblocks);

static kr_obj_t ramdisk_ioctl(kr_obj_t self, kr_obj_t op_in, kr_obj_t arg) {
    vfs_ramdisk_t *r = KR_OBJ_TO_PTR(self);
    switch (kr_obj_get_int(op_in)) {
        case KR_BDEV_IOCTL_BLOCK_COUNT: return kr_obj_new_int_from_uint(r->block_count);
        case KR_BDEV_IOCTL_BLOCK_SIZE: return kr_obj_new_int_from_uint(r->block_size);
        case KR_BDEV_IOCTL_INIT:
        case KR_BDEV_IOCTL_DEINIT:
        case KR_BDEV_IOCTL_SYNC:
        case KR_BDEV_IOCTL_BLOCK_ERASE:
            return KR_NEW_SMALL_INT(0);
        default:
            return KR_OBJ_NONE;
    }
}
static KR_DEFINE_FUN_3(ramdisk_ioctl_obj, ramdisk_ioctl);

static const kr_map_elem_t ramdisk_locals_table[] = {
    { KR_ROM_QSTR(readblocks), KR_ROM_PTR(&ramdisk_readblocks_obj) },
    { KR_ROM_QSTR(writeblocks), KR_ROM_PTR(&ramdisk_writeblocks_obj) },
    { KR_ROM_QSTR(ioctl), KR_ROM_PTR(&ramdisk_ioctl_obj) },
};
static KR_DEFINE_CONST_DICT(ramdisk_locals_dict, ramdisk_locals_table);

const kr_type_t kr_type_vfs_ramdisk = {
    .base = {&kr_type_type},
    .name = KR_QSTR_RAMBlockDev,
    .make_new = ramdisk_make_new,
    .locals_dict = &ramdisk_locals_dict,
};

/* ---------------------------------------------------------------- the protocol from C */

static kr_int_t bdev_result(kr_obj_t r) {
    if (r == KR_OBJ_NONE) {
        return 0;
    }
    kr_int_t v;
    if (kr_obj_get_int_maybe(r, &v)) {
        return v;
    }
    return 0;
}

kr_int_t kr_bdev_ioctl(kr_bdev_t *b, int op, kr_int_t arg) {
    if (b->mem != NULL) {
        switch (op) {
            case KR_BDEV_IOCTL_BLOCK_COUNT: return b->block_count;
            case KR_BDEV_IOCTL_BLOCK_SIZE: return b->block_size;
            default: return 0;
        }
    }
    if (b->ioctl[0] == KR_OBJ_NULL) {
        return -1;
    }
    kr_obj_t args[4] = { b->ioctl[0], b->ioctl[1], KR_NEW_SMALL_INT(op), kr_obj_new_int(arg) };
    kr_obj_t r = kr_call_method_n_kw(2, 0, args);
    if (r == KR_OBJ_NONE) {
        return -1;
    }
    return bdev_result(r);
}

void kr_bdev_init(kr_bdev_t *b, kr_obj_t obj) {
    memset(b, 0, sizeof(*b));
    b->obj = obj;
    if (kr_obj_is_type(obj, &kr_type_vfs_ramdisk)) {
        vfs_ramdisk_t *r = KR_OBJ_TO_PTR(obj);
        b->mem = r->mem;
        b->block_size = r->block_size;
        b->block_count = r->block_count;
        return;
    }
    kr_load_method(obj, KR_QSTR_readblocks, b->readblocks);
    kr_load_method_maybe(obj, KR_QSTR_writeblocks, b->writeblocks);
    kr_load_method(obj, KR_QSTR_ioctl, b->ioctl);
    kr_int_t bs = kr_bdev_ioctl(b, KR_BDEV_IOCTL_BLOCK_SIZE, 0);
    b->block_size = bs <= 0 ? 512 : (uint32_t)bs;
    if (b->block_size < 128 || b->block_size > 4096 || (b->block_size & (b->block_size - 1)) != 0) {
        kr_vfs_raise(EINVAL);
    }
    kr_int_t n = kr_bdev_ioctl(b, KR_BDEV_IOCTL_BLOCK_COUNT, 0);
    if (n < 0) {
        kr_vfs_raise(EINVAL);
    }
    b->block_count = (uint32_t)n;
    b->scratch = kr_obj_new_bytearray(b->block_size, NULL);
}

int kr_bdev_read(kr_bdev_t *b, uint32_t block, uint8_t *buf, size_t n_blocks) {
    if ((uint64_t)block + n_blocks > b->block_count) {
        return -EIO;
    }
    if (b->mem != NULL) {
        memcpy(buf, b->mem + (size_t)block * b->block_size, n_blocks * b->block_size);
        return 0;
    }
    for (size_t i = 0; i < n_blocks; i++) {
        kr_obj_t args[4] = { b->readblocks[0], b->readblocks[1], kr_obj_new_int_from_uint(block + i), b->scratch };
        kr_int_t r = bdev_result(kr_call_method_n_kw(2, 0, args));
        if (r < 0) {
            return (int)r;
        }
        size_t len;
        const uint8_t *d = kr_obj_bytearray_data(b->scratch, &len);
        if (len != b->block_size) {
            return -EIO;
        }
        memcpy(buf + i * b->block_size, d, b->block_size);
    }
    return 0;
}

int kr_bdev_write(kr_bdev_t *b, uint32_t block, const uint8_t *buf, size_t n_blocks) {
    if ((uint64_t)block + n_blocks > b->block_count) {
        return -EIO;
    }
    if (b->mem != NULL) {
        memcpy(b->mem + (size_t)block * b->block_size, buf, n_blocks * b->block_size);
        return 0;
    }
    if (b->writeblocks[0] == KR_OBJ_NULL) {
        return -EROFS;
    }
    for (size_t i = 0; i < n_blocks; i++) {
        size_t len;
        uint8_t *d = kr_obj_bytearray_data(b->scratch, &len);
        if (len != b->block_size) {
            return -EIO;
        }
        memcpy(d, buf + i * b->block_size, b->block_size);
        kr_obj_t args[4] = { b->writeblocks[0], b->writeblocks[1], kr_obj_new_int_from_uint(block + i), b->scratch };
        kr_int_t r = bdev_result(kr_call_method_n_kw(2, 0, args));
        if (r < 0) {
            return (int)r;
        }
    }
    return 0;
}

#endif /* KR_MODULE_VFS */
