/* modheapq.c: the heapq module (binary min-heap on a list: heappush, heappop, heapify, heapreplace, heappushpop). */
#include "obj.h"
#include "runtime.h"
#include "objlist.h"

#if KR_MODULE_HEAPQ

static kr_obj_list_t *heap_arg(kr_obj_t heap, const char *fname) {
    if (!kr_obj_list_check(heap)) {
        kr_raise_fmt(&kr_type_TypeError, "%s() argument%s must be list, not %s", fname,
                     (fname[4] == 'i' || fname[5] == 'o') ? "" : " 1", kr_obj_type_name(heap));
    }
    return KR_OBJ_TO_PTR(heap);
}

static bool less(kr_obj_t a, kr_obj_t b) {
    return kr_obj_is_true(kr_binary_op(KR_BINARY_OP_LESS, a, b));
}

/* The comparison may run Python code that changes the list: re-check its size each step. */
static void check_size(kr_obj_list_t *l, size_t n) {
    if (l->len != n) {
        kr_raise_msg(&kr_type_RuntimeError, "list changed size during iteration");
    }
}

/* move the item at pos up towards the root (start) while it is smaller than its parent */
static void sift_down(kr_obj_list_t *l, size_t start, size_t pos) {
    size_t n = l->len;
    kr_obj_t item = l->items[pos];
    while (pos > start) {
        size_t parent = (pos - 1) / 2;
        kr_obj_t p = l->items[parent];
        bool lt = less(item, p);
        check_size(l, n);
        if (!lt) {
            break;
        }
        l->items[pos] = p;
        pos = parent;
    }
    l->items[pos] = item;
}

/* move the smaller child up until a leaf is reached, then sift the item into place */
static void sift_up(kr_obj_list_t *l, size_t pos) {
    size_t n = l->len, start = pos;
    kr_obj_t item = l->items[pos];
    size_t child = 2 * pos + 1;
    while (child < n) {
        size_t right = child + 1;
        if (right < n) {
            bool lt = less(l->items[child], l->items[right]);
            check_size(l, n);
            if (!lt) {
                child = right;
            }
        }
        l->items[pos] = l->items[child];
        pos = child;
        child = 2 * pos + 1;
    }
    l->items[pos] = item;
    sift_down(l, start, pos);
}

static kr_obj_t heapq_heappush(kr_obj_t heap, kr_obj_t item) {
    kr_obj_list_t *l = heap_arg(heap, "heappush");
    kr_obj_list_append(heap, item);
    sift_down(l, 0, l->len - 1);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(heapq_heappush_obj, heapq_heappush);

static kr_obj_t heapq_heappop(kr_obj_t heap) {
    kr_obj_list_t *l = heap_arg(heap, "heappop");
    if (l->len == 0) {
        kr_raise_msg(&kr_type_IndexError, "index out of range");
    }
    kr_obj_t last = kr_obj_list_pop(heap, -1);
    if (l->len == 0) {
        return last;
    }
    kr_obj_t top = l->items[0];
    l->items[0] = last;
    sift_up(l, 0);
    return top;
}
static KR_DEFINE_FUN_1(heapq_heappop_obj, heapq_heappop);

static kr_obj_t heapq_heapreplace(kr_obj_t heap, kr_obj_t item) {
    kr_obj_list_t *l = heap_arg(heap, "heapreplace");
    if (l->len == 0) {
        kr_raise_msg(&kr_type_IndexError, "index out of range");
    }
    kr_obj_t top = l->items[0];
    l->items[0] = item;
    sift_up(l, 0);
    return top;
}
static KR_DEFINE_FUN_2(heapq_heapreplace_obj, heapq_heapreplace);

static kr_obj_t heapq_heappushpop(kr_obj_t heap, kr_obj_t item) {
    kr_obj_list_t *l = heap_arg(heap, "heappushpop");
    if (l->len == 0) {
        return item;
    }
    kr_obj_t top = l->items[0];
    bool lt = less(top, item);
    if (l->len == 0) {
        kr_raise_msg(&kr_type_IndexError, "index out of range");
    }
    if (!lt) {
        return item;
    }
    top = l->items[0];
    l->items[0] = item;
    sift_up(l, 0);
    return top;
}
static KR_DEFINE_FUN_2(heapq_heappushpop_obj, heapq_heappushpop);

static kr_obj_t heapq_heapify(kr_obj_t heap) {
    kr_obj_list_t *l = heap_arg(heap, "heapify");
    for (size_t i = l->len / 2; i > 0; i--) {
        sift_up(l, i - 1);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(heapq_heapify_obj, heapq_heapify);

static const kr_map_elem_t heapq_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(heapq) },
    { KR_ROM_QSTR(heapify), KR_ROM_PTR(&heapq_heapify_obj) },
    { KR_ROM_QSTR(heappop), KR_ROM_PTR(&heapq_heappop_obj) },
    { KR_ROM_QSTR(heappush), KR_ROM_PTR(&heapq_heappush_obj) },
    { KR_ROM_QSTR(heappushpop), KR_ROM_PTR(&heapq_heappushpop_obj) },
    { KR_ROM_QSTR(heapreplace), KR_ROM_PTR(&heapq_heapreplace_obj) },
};
static KR_DEFINE_CONST_DICT(heapq_globals, heapq_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_heapq, heapq_globals);

#endif /* KR_MODULE_HEAPQ */
