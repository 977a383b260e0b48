/* modselect.c: the select module (poll objects and select() over file descriptors and ioctl streams). */
#include <string.h>
#include <errno.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "port.h"

#if KR_MODULE_SELECT

#if defined(__unix__) || defined(__APPLE__)
#include <poll.h>
#define HAVE_POSIX_POLL (1)
#else
#define HAVE_POSIX_POLL (0)
#endif

/* Event bits (the same numbers as Linux and MicroPython). */
#define EV_IN   (0x01)
#define EV_PRI  (0x02)
#define EV_OUT  (0x04)
#define EV_ERR  (0x08)
#define EV_HUP  (0x10)
#define EV_NVAL (0x20)

#define STREAM_IOCTL_POLL (3)   /* MicroPython's stream ioctl request for readiness */

/* A registered object: either a file descriptor (an int, or an object with fileno())
 * or a stream with an ioctl(request, arg) method answering the poll request. */
typedef struct {
    kr_obj_t obj;
    kr_obj_t ioctl;      /* bound ioctl method, or NULL for a descriptor */
    int fd;
    unsigned mask;
    unsigned revents;
} entry_t;

typedef struct {
    kr_obj_base_t base;
    entry_t *entries;
    size_t len, alloc;
} poll_t;

extern const kr_type_t kr_type_select_poll;

static void entry_setup(entry_t *e, kr_obj_t obj) {
    e->obj = obj;
    e->ioctl = KR_OBJ_NULL;
    e->fd = -1;
    if (kr_obj_is_int(obj)) {
        kr_int_t fd = kr_obj_get_int(obj);
        if (fd < 0) {
            kr_raise_fmt(&kr_type_ValueError, "file descriptor cannot be a negative integer (%ld)", (long)fd);
        }
        e->fd = (int)fd;
        return;
    }
    kr_obj_t dest[2];
    kr_load_method_maybe(obj, KR_QSTR_ioctl, dest);
    if (dest[0] != KR_OBJ_NULL) {
        e->ioctl = kr_obj_new_tuple(2, dest);
        return;
    }
    kr_load_method_maybe(obj, KR_QSTR_fileno, dest);
    if (dest[0] == KR_OBJ_NULL) {
        kr_raise_msg(&kr_type_TypeError, "argument must be an int, or have a fileno() method.");
    }
    kr_obj_t fd = kr_call_method_n_kw(0, 0, dest);
    if (!kr_obj_is_int(fd)) {
        kr_raise_msg(&kr_type_TypeError, "fileno() returned a non-integer");
    }
    e->fd = (int)kr_obj_get_int(fd);
}

/* Fill revents of every entry once; returns how many are ready. */
static size_t poll_once(entry_t *entries, size_t n, int timeout_ms) {
    size_t ready = 0;
#if HAVE_POSIX_POLL
    size_t nfd = 0;
    for (size_t i = 0; i < n; i++) {
        nfd += entries[i].ioctl == KR_OBJ_NULL;
    }
    struct pollfd *pfd = NULL;
    if (nfd > 0) {
        pfd = kr_gc_alloc(nfd * sizeof(struct pollfd), KR_GC_FLAG_ATOMIC);
    }
#endif
    /* the streams first: their answer decides whether the descriptors may wait */
    for (size_t i = 0; i < n; i++) {
        entry_t *e = &entries[i];
        e->revents = 0;
        if (e->ioctl == KR_OBJ_NULL) {
            continue;
        }
        kr_obj_tuple_t *m = KR_OBJ_TO_PTR(e->ioctl);
        kr_obj_t call[4] = { m->items[0], m->items[1], KR_NEW_SMALL_INT(STREAM_IOCTL_POLL),
                             KR_NEW_SMALL_INT(e->mask) };
        kr_obj_t r = kr_call_method_n_kw(2, 0, call);
        kr_int_t v = kr_obj_is_int(r) ? kr_obj_get_int(r) : 0;
        if (v < 0) {
            e->revents = EV_ERR;
        } else {
            e->revents = (unsigned)v & (e->mask | EV_ERR | EV_HUP);
        }
        ready += e->revents != 0;
    }
#if HAVE_POSIX_POLL
    if (nfd > 0) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            if (entries[i].ioctl == KR_OBJ_NULL) {
                pfd[k].fd = entries[i].fd;
                pfd[k].events = (short)(entries[i].mask & (EV_IN | EV_PRI | EV_OUT));
                pfd[k].revents = 0;
                k++;
            }
        }
        int r = poll(pfd, (nfds_t)nfd, ready > 0 ? 0 : timeout_ms);
        if (r < 0 && errno != EINTR) {
            kr_raise_oserror(errno);
        }
        k = 0;
        for (size_t i = 0; i < n; i++) {
            if (entries[i].ioctl == KR_OBJ_NULL) {
                entries[i].revents = r > 0 ? (unsigned)pfd[k].revents : 0;
                ready += entries[i].revents != 0;
                k++;
            }
        }
        return ready;
    }
#else
    for (size_t i = 0; i < n; i++) {
        if (entries[i].ioctl == KR_OBJ_NULL) {
            kr_raise_oserror(EOPNOTSUPP);   /* no descriptors on this port: streams only */
        }
    }
#endif
    if (ready == 0 && timeout_ms > 0) {
        kr_port_sleep_us((uint64_t)timeout_ms * 1000);
    }
    return ready;
}

/* Poll until something is ready or timeout_ms (< 0: forever) has passed. */
static size_t poll_wait(entry_t *entries, size_t n, kr_int_t timeout_ms) {
    bool has_stream = false;
    for (size_t i = 0; i < n; i++) {
        has_stream |= entries[i].ioctl != KR_OBJ_NULL;
    }
    uint64_t start = kr_port_ticks_ms();
    for (;;) {
        /* streams can only be asked, not waited on: check them every millisecond */
        kr_int_t left = timeout_ms;
        if (timeout_ms >= 0) {
            uint64_t spent = kr_port_ticks_ms() - start;
            left = spent >= (uint64_t)timeout_ms ? 0 : timeout_ms - (kr_int_t)spent;
        }
        int slice = (has_stream || n == 0) ? (left < 0 || left > 1 ? 1 : (int)left)
                                           : (left < 0 || left > 100 ? 100 : (int)left);
        size_t ready = poll_once(entries, n, slice);
        if (ready > 0 || left == 0) {
            return ready;
        }
        kr_handle_pending();   /* Ctrl-C while waiting */
    }
}

static kr_int_t timeout_arg(kr_obj_t t, bool seconds) {
    if (t == KR_OBJ_NULL || t == KR_OBJ_NONE) {
        return -1;
    }
    double d = kr_obj_get_float(t);
    if (seconds) {
        if (d < 0) {
            kr_raise_msg(&kr_type_ValueError, "timeout must be non-negative");
        }
        d *= 1000.0;
    }
    if (d < 0) {
        return -1;
    }
    if (d > 2147483647.0) {
        kr_raise_msg(&kr_type_OverflowError, "timeout is too large");
    }
    kr_int_t ms = (kr_int_t)d;
    return (double)ms < d ? ms + 1 : ms;   /* round up, as CPython */
}

/* ---------------------------------------------------------------- poll objects */

static poll_t *poll_ptr(kr_obj_t o) {
    return KR_OBJ_TO_PTR(o);
}

static entry_t *find_entry(poll_t *p, kr_obj_t obj) {
    for (size_t i = 0; i < p->len; i++) {
        if (p->entries[i].obj == obj || (kr_obj_is_int(obj) && kr_obj_is_int(p->entries[i].obj)
                                         && kr_obj_equal(obj, p->entries[i].obj))) {
            return &p->entries[i];
        }
    }
    return NULL;
}

static kr_obj_t select_poll(void) {
    poll_t *p = kr_gc_alloc(sizeof(poll_t), 0);
    p->base.type = &kr_type_select_poll;
    return KR_OBJ_FROM_PTR(p);
}
static KR_DEFINE_FUN_0(select_poll_obj, select_poll);

static kr_obj_t poll_register(size_t n_args, const kr_obj_t *args) {
    poll_t *p = poll_ptr(args[0]);
    unsigned mask = n_args > 2 ? (unsigned)kr_obj_get_int(args[2]) : (EV_IN | EV_PRI | EV_OUT);
    entry_t *e = find_entry(p, args[1]);
    if (e == NULL) {
        entry_t tmp;
        entry_setup(&tmp, args[1]);
        if (p->len == p->alloc) {
            size_t na = p->alloc ? p->alloc * 2 : 4;
            entry_t *ne = kr_gc_alloc(na * sizeof(entry_t), 0);
            if (p->len) {
                memcpy(ne, p->entries, p->len * sizeof(entry_t));
            }
            p->entries = ne;
            p->alloc = na;
        }
        e = &p->entries[p->len++];
        *e = tmp;
    }
    e->mask = mask;
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(poll_register_obj, 2, 3, poll_register);

static kr_obj_t poll_unregister(kr_obj_t self, kr_obj_t obj) {
    poll_t *p = poll_ptr(self);
    entry_t *e = find_entry(p, obj);
    if (e == NULL) {
        kr_raise(kr_obj_new_exception_arg1(&kr_type_KeyError, obj));
    }
    size_t i = (size_t)(e - p->entries);
    memmove(e, e + 1, (p->len - i - 1) * sizeof(entry_t));
    p->len--;
    memset(&p->entries[p->len], 0, sizeof(entry_t));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(poll_unregister_obj, poll_unregister);

static kr_obj_t poll_modify(kr_obj_t self, kr_obj_t obj, kr_obj_t mask) {
    entry_t *e = find_entry(poll_ptr(self), obj);
    if (e == NULL) {
        kr_raise_oserror(ENOENT);
    }
    e->mask = (unsigned)kr_obj_get_int(mask);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_3(poll_modify_obj, poll_modify);

static kr_obj_t poll_results(poll_t *p, bool one_shot) {
    kr_obj_t list = kr_obj_new_list(0, NULL);
    for (size_t i = 0; i < p->len; i++) {
        entry_t *e = &p->entries[i];
        if (e->revents != 0) {
            kr_obj_t t[2] = { e->obj, KR_NEW_SMALL_INT(e->revents) };
            kr_obj_list_append(list, kr_obj_new_tuple(2, t));
            if (one_shot) {
                e->mask = 0;
            }
        }
    }
    return list;
}

static kr_obj_t poll_poll(size_t n_args, const kr_obj_t *args) {
    poll_t *p = poll_ptr(args[0]);
    poll_wait(p->entries, p->len, timeout_arg(n_args > 1 ? args[1] : KR_OBJ_NULL, false));
    return poll_results(p, false);
}
static KR_DEFINE_FUN_VAR(poll_poll_obj, 1, 2, poll_poll);

static kr_obj_t poll_ipoll(size_t n_args, const kr_obj_t *args) {
    poll_t *p = poll_ptr(args[0]);
    poll_wait(p->entries, p->len, timeout_arg(n_args > 1 ? args[1] : KR_OBJ_NULL, false));
    bool one_shot = n_args > 2 && (kr_obj_get_int(args[2]) & 1);
    return kr_getiter(poll_results(p, one_shot));
}
static KR_DEFINE_FUN_VAR(poll_ipoll_obj, 1, 3, poll_ipoll);

static const kr_map_elem_t poll_locals_table[] = {
    { KR_ROM_QSTR(ipoll), KR_ROM_PTR(&poll_ipoll_obj) },
    { KR_ROM_QSTR(modify), KR_ROM_PTR(&poll_modify_obj) },
    { KR_ROM_QSTR(poll), KR_ROM_PTR(&poll_poll_obj) },
    { KR_ROM_QSTR(register), KR_ROM_PTR(&poll_register_obj) },
    { KR_ROM_QSTR(unregister), KR_ROM_PTR(&poll_unregister_obj) },
};
static KR_DEFINE_CONST_DICT(poll_locals_dict, poll_locals_table);

const kr_type_t kr_type_select_poll = {
    .base = {&kr_type_type},
    .name = KR_QSTR_poll,
    .locals_dict = &poll_locals_dict,
};

/* ---------------------------------------------------------------- select() */

static kr_obj_t select_select(size_t n_args, const kr_obj_t *args) {
    static const unsigned masks[3] = { EV_IN, EV_OUT, EV_PRI };
    kr_obj_t lists[3];
    size_t total = 0;
    for (int k = 0; k < 3; k++) {
        lists[k] = kr_obj_list_from_iter(args[k]);
        total += ((kr_obj_list_t *)KR_OBJ_TO_PTR(lists[k]))->len;
    }
    entry_t *entries = total ? kr_gc_alloc(total * sizeof(entry_t), 0) : NULL;
    size_t n = 0;
    for (int k = 0; k < 3; k++) {
        kr_obj_list_t *l = KR_OBJ_TO_PTR(lists[k]);
        for (size_t i = 0; i < l->len; i++) {
            entry_setup(&entries[n], l->items[i]);
            entries[n].mask = masks[k];
            n++;
        }
    }
    poll_wait(entries, n, timeout_arg(n_args > 3 ? args[3] : KR_OBJ_NULL, true));
    kr_obj_t out[3];
    n = 0;
    for (int k = 0; k < 3; k++) {
        out[k] = kr_obj_new_list(0, NULL);
        kr_obj_list_t *l = KR_OBJ_TO_PTR(lists[k]);
        for (size_t i = 0; i < l->len; i++, n++) {
            unsigned want = k == 0 ? (EV_IN | EV_HUP | EV_ERR) : k == 1 ? (EV_OUT | EV_ERR) : EV_PRI;
            if (entries[n].revents & want) {
                kr_obj_list_append(out[k], l->items[i]);
            }
        }
    }
    return kr_obj_new_tuple(3, out);
}
static KR_DEFINE_FUN_VAR(select_select_obj, 3, 4, select_select);

static const kr_map_elem_t select_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(select) },
    { KR_ROM_QSTR(POLLERR), KR_ROM_INT(EV_ERR) },
    { KR_ROM_QSTR(POLLHUP), KR_ROM_INT(EV_HUP) },
    { KR_ROM_QSTR(POLLIN), KR_ROM_INT(EV_IN) },
    { KR_ROM_QSTR(POLLNVAL), KR_ROM_INT(EV_NVAL) },
    { KR_ROM_QSTR(POLLOUT), KR_ROM_INT(EV_OUT) },
    { KR_ROM_QSTR(POLLPRI), KR_ROM_INT(EV_PRI) },
    { KR_ROM_QSTR(poll), KR_ROM_PTR(&select_poll_obj) },
    { KR_ROM_QSTR(select), KR_ROM_PTR(&select_select_obj) },
};
static KR_DEFINE_CONST_DICT(select_globals, select_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_select, select_globals);

#endif /* KR_MODULE_SELECT */
