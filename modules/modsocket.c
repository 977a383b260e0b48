/* modsocket.c: the socket module over the host's BSD sockets (TCP, UDP, unix sockets, getaddrinfo, inet_pton/ntop); sockets are also streams that select.poll and asyncio can wait on. */
#include <string.h>
#include <stdio.h>
#include <errno.h>
#include "obj.h"
#include "runtime.h"
#include "gc.h"
#include "port.h"
#include "objexcept.h"

#if KR_MODULE_SOCKET

#include <sys/types.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <poll.h>
#include <fcntl.h>
#include <unistd.h>
#include <stddef.h>

/* A peer that went away must give EPIPE, not kill the process with SIGPIPE. */
#ifdef MSG_NOSIGNAL
#define SEND_FLAGS (MSG_NOSIGNAL)
#else
#define SEND_FLAGS (0)
#endif

/* Linux lets socket() take these flags in its type argument (as CPython passes them on). */
#ifdef SOCK_NONBLOCK
#define TYPE_NONBLOCK (SOCK_NONBLOCK)
#define TYPE_FLAGS (SOCK_NONBLOCK | SOCK_CLOEXEC)
#else
#define TYPE_NONBLOCK (0)
#define TYPE_FLAGS (0)
#endif

/* The descriptor is always O_NONBLOCK; blocking and timeouts are done with poll(), which
 * also lets Ctrl-C interrupt a wait. */
typedef struct {
    kr_obj_base_t base;
    int fd;                 /* -1 once closed */
    int family, type, proto;
    double timeout;         /* seconds; < 0: blocking (None), 0: non-blocking */
} sock_t;

extern const kr_type_t kr_type_socket_socket;
KR_DEFINE_EXCEPTION_TYPE(kr_type_socket_gaierror, KR_QSTR_gaierror, &kr_type_OSError);

/* ---------------------------------------------------------------- helpers */

static sock_t *sock_get(kr_obj_t self) {
    return KR_OBJ_TO_PTR(self);
}

static sock_t *sock_open(kr_obj_t self) {
    sock_t *s = KR_OBJ_TO_PTR(self);
    if (s->fd < 0) {
        kr_raise_oserror(EBADF);
    }
    return s;
}

static void check(long r) {
    if (r < 0) {
        kr_raise_oserror((int)-r);
    }
}

static void check_sys(int r) {
    if (r < 0) {
        kr_raise_oserror(errno);
    }
}

static sock_t *sock_wrap(int fd, int family, int type, int proto) {
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0 || fcntl(fd, F_SETFD, FD_CLOEXEC) < 0) {
        int err = errno;
        close(fd);
        kr_raise_oserror(err);
    }
    sock_t *s = kr_gc_alloc_maybe(sizeof(sock_t), 0);
    if (s == NULL) {
        close(fd);
        kr_raise_memory_error();
    }
    s->base.type = &kr_type_socket_socket;
    s->fd = fd;
    s->family = family;
    s->type = type;
    s->proto = proto;
    s->timeout = -1.0;
    return s;
}

/* Wait until the descriptor is ready for `events`, per the socket's timeout counted from
 * start_ms. Returns 0 when ready (an error or hangup pending counts: the retried call
 * reports it), EAGAIN for a non-blocking socket, ETIMEDOUT when the time is up. */
static int sock_wait(sock_t *s, short events, uint64_t start_ms) {
    if (s->timeout == 0) {
        return EAGAIN;
    }
    for (;;) {
        int ms = -1;
        if (s->timeout > 0) {
            double total = s->timeout * 1000.0;
            double spent = (double)(kr_port_ticks_ms() - start_ms);
            if (spent >= total) {
                return ETIMEDOUT;
            }
            double left = total - spent;
            ms = left > 2147483647.0 ? 2147483647 : (int)left + (left > (int)left);
        }
        if (s->fd < 0) {
            return EBADF;
        }
        struct pollfd p = { s->fd, events, 0 };
        int r = poll(&p, 1, ms);
        if (r > 0) {
            return 0;
        }
        if (r < 0 && errno != EINTR) {
            return errno;
        }
        kr_handle_pending();   /* Ctrl-C while waiting */
    }
}

static bool would_block(int err) {
    return err == EAGAIN || err == EWOULDBLOCK;
}

/* recvfrom() that waits per the timeout: bytes read (0 = EOF) or -errno. */
static long sock_recv_raw(sock_t *s, void *buf, size_t len, int flags, struct sockaddr_storage *from,
                          socklen_t *fromlen) {
    uint64_t start = kr_port_ticks_ms();
    for (;;) {
        if (from != NULL) {
            *fromlen = sizeof(*from);
        }
        ssize_t r = recvfrom(s->fd, buf, len, flags, (struct sockaddr *)from, fromlen);
        if (r >= 0) {
            return (long)r;
        }
        int err = errno;
        if (err == EINTR) {
            kr_handle_pending();
            continue;
        }
        if (!would_block(err) || (err = sock_wait(s, POLLIN, start)) != 0) {
            return -err;
        }
    }
}

/* sendto() that waits per the timeout: bytes sent or -errno. */
static long sock_send_raw(sock_t *s, const void *buf, size_t len, int flags, const struct sockaddr_storage *to,
                          socklen_t tolen) {
    uint64_t start = kr_port_ticks_ms();
    for (;;) {
        ssize_t r = sendto(s->fd, buf, len, flags | SEND_FLAGS, (const struct sockaddr *)to, tolen);
        if (r >= 0) {
            return (long)r;
        }
        int err = errno;
        if (err == EINTR) {
            kr_handle_pending();
            continue;
        }
        if (!would_block(err) || (err = sock_wait(s, POLLOUT, start)) != 0) {
            return -err;
        }
    }
}

static void get_data(kr_obj_t o, kr_buffer_info_t *info) {
    if (kr_obj_is_str(o) || kr_get_buffer(o, info, KR_BUFFER_READ) != 0) {
        kr_raise_fmt(&kr_type_TypeError, "a bytes-like object is required, not '%s'", kr_obj_type_name(o));
    }
}

/* A host name or address text as a NUL-terminated C string in buf. */
static const char *host_cstr(kr_obj_t host, char *buf, size_t size) {
    size_t len;
    if (!kr_obj_is_str(host) && !kr_obj_is_type(host, &kr_type_bytes) && !kr_obj_is_type(host, &kr_type_bytearray)) {
        kr_raise_fmt(&kr_type_TypeError, "str, bytes or bytearray expected, not %s", kr_obj_type_name(host));
    }
    const char *d = kr_obj_str_get_data(host, &len);
    if (memchr(d, 0, len) != NULL) {
        kr_raise_msg(&kr_type_ValueError, "embedded null character");
    }
    if (len >= size) {
        kr_raise_msg(&kr_type_UnicodeError, "label too long");
    }
    memcpy(buf, d, len);
    buf[len] = 0;
    return buf;
}

static _Noreturn void raise_gai(int code) {
    if (code == EAI_SYSTEM) {
        kr_raise_oserror(errno);
    }
    const char *msg = gai_strerror(code);
    kr_obj_t args[2] = { KR_NEW_SMALL_INT(code), kr_obj_new_str(msg, strlen(msg)) };
    kr_raise(kr_obj_new_exception_args(&kr_type_socket_gaierror, 2, args));
}

/* Resolve a host for an address of `family` into out (struct in_addr / in6_addr). */
static void host_resolve(kr_obj_t host, int family, void *out) {
    char buf[NI_MAXHOST];
    const char *h = host_cstr(host, buf, sizeof(buf));
    if (h[0] == 0) {
        if (family == AF_INET) {
            ((struct in_addr *)out)->s_addr = htonl(INADDR_ANY);
        } else {
            *(struct in6_addr *)out = in6addr_any;
        }
        return;
    }
    if (family == AF_INET && strcmp(h, "<broadcast>") == 0) {
        ((struct in_addr *)out)->s_addr = htonl(INADDR_BROADCAST);
        return;
    }
    if (inet_pton(family, h, out) == 1) {
        return;
    }
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = family;
    int r = getaddrinfo(h, NULL, &hints, &res);
    if (r != 0) {
        raise_gai(r);
    }
    if (family == AF_INET) {
        *(struct in_addr *)out = ((struct sockaddr_in *)res->ai_addr)->sin_addr;
    } else {
        *(struct in6_addr *)out = ((struct sockaddr_in6 *)res->ai_addr)->sin6_addr;
    }
    freeaddrinfo(res);
}

static uint16_t port_arg(kr_obj_t o, const char *caller) {
    kr_int_t p = kr_obj_get_index(o);
    if (p < 0 || p > 65535) {
        kr_raise_fmt(&kr_type_OverflowError, "%s(): port must be 0-65535.", caller);
    }
    return (uint16_t)p;
}

/* A Python address (CPython's forms; or a raw sockaddr as bytes, MicroPython's form) in ss. */
static socklen_t addr_from_obj(sock_t *s, kr_obj_t addr, struct sockaddr_storage *ss, const char *caller) {
    memset(ss, 0, sizeof(*ss));
    if (s->family == AF_UNIX) {
        struct sockaddr_un *un = (struct sockaddr_un *)ss;
        if (!kr_obj_is_str(addr) && !kr_obj_is_type(addr, &kr_type_bytes) && !kr_obj_is_type(addr, &kr_type_bytearray)) {
            kr_raise_fmt(&kr_type_TypeError, "%s(): AF_UNIX address must be str or bytes, not %s", caller,
                         kr_obj_type_name(addr));
        }
        size_t len;
        const char *p = kr_obj_str_get_data(addr, &len);
        if (len >= sizeof(un->sun_path)) {
            kr_raise_msg(&kr_type_OSError, "AF_UNIX path too long");
        }
        un->sun_family = AF_UNIX;
        memcpy(un->sun_path, p, len);
        return (socklen_t)(offsetof(struct sockaddr_un, sun_path) + len + (len > 0 && p[0] != 0));
    }
    if (kr_obj_is_type(addr, &kr_type_bytes) || kr_obj_is_type(addr, &kr_type_bytearray)) {
        size_t len;
        const char *p = kr_obj_str_get_data(addr, &len);
        if (len < sizeof(sa_family_t) || len > sizeof(*ss)) {
            kr_raise_msg(&kr_type_ValueError, "invalid sockaddr");
        }
        memcpy(ss, p, len);
        return (socklen_t)len;
    }
    const char *fam = s->family == AF_INET6 ? "AF_INET6" : "AF_INET";
    if (s->family != AF_INET && s->family != AF_INET6) {
        kr_raise_oserror(EAFNOSUPPORT);
    }
    if (!kr_obj_is_type(addr, &kr_type_tuple)) {
        kr_raise_fmt(&kr_type_TypeError, "%s(): %s address must be tuple, not %s", caller, fam, kr_obj_type_name(addr));
    }
    kr_obj_tuple_t *t = KR_OBJ_TO_PTR(addr);
    if (s->family == AF_INET) {
        if (t->len != 2) {
            kr_raise_msg(&kr_type_TypeError, "AF_INET address must be a pair (host, port)");
        }
        struct sockaddr_in *in = (struct sockaddr_in *)ss;
        in->sin_family = AF_INET;
        host_resolve(t->items[0], AF_INET, &in->sin_addr);
        in->sin_port = htons(port_arg(t->items[1], caller));
        return sizeof(*in);
    }
    if (t->len < 2 || t->len > 4) {
        kr_raise_msg(&kr_type_TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
    }
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;
    in6->sin6_family = AF_INET6;
    host_resolve(t->items[0], AF_INET6, &in6->sin6_addr);
    in6->sin6_port = htons(port_arg(t->items[1], caller));
    if (t->len > 2) {
        kr_int_t fi = kr_obj_get_int(t->items[2]);
        if (fi < 0 || fi > 0xfffff) {
            kr_raise_fmt(&kr_type_OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
        }
        in6->sin6_flowinfo = htonl((uint32_t)fi);
    }
    if (t->len > 3) {
        in6->sin6_scope_id = (uint32_t)kr_obj_get_int(t->items[3]);
    }
    return sizeof(*in6);
}

static kr_obj_t addr_to_obj(const struct sockaddr *sa, socklen_t len) {
    char text[INET6_ADDRSTRLEN];
    if (len == 0) {
        return KR_OBJ_NONE;
    }
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &in->sin_addr, text, sizeof(text));
        kr_obj_t t[2] = { kr_obj_new_str(text, strlen(text)), KR_NEW_SMALL_INT(ntohs(in->sin_port)) };
        return kr_obj_new_tuple(2, t);
    }
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof(text));
        kr_obj_t t[4] = { kr_obj_new_str(text, strlen(text)), KR_NEW_SMALL_INT(ntohs(in6->sin6_port)),
                          kr_obj_new_int_from_uint(ntohl(in6->sin6_flowinfo)),
                          kr_obj_new_int_from_uint(in6->sin6_scope_id) };
        return kr_obj_new_tuple(4, t);
    }
    if (sa->sa_family == AF_UNIX) {
        const struct sockaddr_un *un = (const struct sockaddr_un *)sa;
        size_t off = offsetof(struct sockaddr_un, sun_path);
        size_t n = len > off ? len - off : 0;
        if (n > 0 && un->sun_path[0] == 0) {
            return kr_obj_new_bytes((const uint8_t *)un->sun_path, n);   /* Linux abstract name */
        }
        n = strnlen(un->sun_path, n);
        return kr_obj_new_str(un->sun_path, n);
    }
    return kr_obj_new_bytes((const uint8_t *)sa, len);
}

/* ---------------------------------------------------------------- constructor, printing */

static kr_obj_t socket_make_new(const kr_type_t *type, size_t n_args, size_t n_kw, const kr_obj_t *args) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_family, KR_ARG_INT, {.u_int = AF_INET} },
        { KR_QSTR_type, KR_ARG_INT, {.u_int = SOCK_STREAM} },
        { KR_QSTR_proto, KR_ARG_INT, {.u_int = 0} },
    };
    kr_map_t kw;
    kr_map_init_fixed_table(&kw, n_kw, (const kr_map_elem_t *)(args + n_args));
    kr_arg_val_t v[3];
    kr_arg_parse_all(n_args, args, &kw, 3, allowed, v);
    int family = (int)v[0].u_int, stype = (int)v[1].u_int, proto = (int)v[2].u_int;
    if (family == -1) {
        family = AF_INET;
    }
    if (stype == -1) {
        stype = SOCK_STREAM;
    }
    if (proto == -1) {
        proto = 0;
    }
    int fd = socket(family, stype, proto);
    check_sys(fd);
    sock_t *s = sock_wrap(fd, family, stype & ~TYPE_FLAGS, proto);
    if (stype & TYPE_NONBLOCK) {
        s->timeout = 0;
    }
    return KR_OBJ_FROM_PTR(s);
}

static void socket_print(const kr_print_t *p, kr_obj_t self, kr_print_kind_t kind) {
    sock_t *s = sock_get(self);
    char buf[96];
    snprintf(buf, sizeof(buf), "<socket fd=%d, family=%d, type=%d, proto=%d>", s->fd, s->family, s->type, s->proto);
    kr_print_str(p, buf);
}

static void socket_attr(kr_obj_t self, kr_qstr_t attr, kr_obj_t *dest) {
    if (dest[0] != KR_OBJ_NULL) {
        return;
    }
    sock_t *s = sock_get(self);
    if (attr == KR_QSTR_family) {
        dest[0] = KR_NEW_SMALL_INT(s->family);
    } else if (attr == KR_QSTR_type) {
        dest[0] = KR_NEW_SMALL_INT(s->type);
    } else if (attr == KR_QSTR_proto) {
        dest[0] = KR_NEW_SMALL_INT(s->proto);
    }
}

/* ---------------------------------------------------------------- connection methods */

static kr_obj_t socket_bind(kr_obj_t self, kr_obj_t addr) {
    sock_t *s = sock_open(self);
    struct sockaddr_storage ss;
    socklen_t len = addr_from_obj(s, addr, &ss, "bind");
    check_sys(bind(s->fd, (struct sockaddr *)&ss, len));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(socket_bind_obj, socket_bind);

static kr_obj_t socket_listen(size_t n_args, const kr_obj_t *args) {
    sock_t *s = sock_open(args[0]);
    kr_int_t backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    if (n_args > 1) {
        backlog = kr_obj_get_int(args[1]);
        if (backlog < 0) {
            backlog = 0;
        }
        if (backlog > 65535) {
            backlog = 65535;
        }
    }
    check_sys(listen(s->fd, (int)backlog));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(socket_listen_obj, 1, 2, socket_listen);

static kr_obj_t socket_accept(kr_obj_t self) {
    sock_t *s = sock_open(self);
    uint64_t start = kr_port_ticks_ms();
    struct sockaddr_storage ss;
    socklen_t len;
    int fd;
    for (;;) {
        len = sizeof(ss);
        fd = accept(s->fd, (struct sockaddr *)&ss, &len);
        if (fd >= 0) {
            break;
        }
        int err = errno;
        if (err == EINTR || err == ECONNABORTED) {
            kr_handle_pending();
            continue;
        }
        if (!would_block(err) || (err = sock_wait(s, POLLIN, start)) != 0) {
            kr_raise_oserror(err);
        }
    }
    sock_t *c = sock_wrap(fd, s->family, s->type, s->proto);
    kr_obj_t t[2] = { KR_OBJ_FROM_PTR(c), KR_OBJ_NONE };
    t[1] = addr_to_obj((struct sockaddr *)&ss, len);
    return kr_obj_new_tuple(2, t);
}
static KR_DEFINE_FUN_1(socket_accept_obj, socket_accept);

static kr_obj_t socket_connect(kr_obj_t self, kr_obj_t addr) {
    sock_t *s = sock_open(self);
    struct sockaddr_storage ss;
    socklen_t len = addr_from_obj(s, addr, &ss, "connect");
    uint64_t start = kr_port_ticks_ms();
    if (connect(s->fd, (struct sockaddr *)&ss, len) == 0) {
        return KR_OBJ_NONE;
    }
    int err = errno;
    if (err != EINPROGRESS && err != EINTR) {
        kr_raise_oserror(err);
    }
    if (s->timeout == 0) {
        kr_raise_oserror(EINPROGRESS);
    }
    /* once writable, connect() again reports the outcome (EISCONN = done) and, unlike
     * SO_ERROR, leaves a refused socket ready for another attempt, as a blocking one */
    for (;;) {
        err = sock_wait(s, POLLOUT, start);
        if (err != 0) {
            kr_raise_oserror(err);
        }
        if (connect(s->fd, (struct sockaddr *)&ss, len) == 0 || errno == EISCONN) {
            return KR_OBJ_NONE;
        }
        err = errno;
        if (err != EALREADY && err != EINPROGRESS && err != EINTR) {
            kr_raise_oserror(err);
        }
    }
}
static KR_DEFINE_FUN_2(socket_connect_obj, socket_connect);

static kr_obj_t socket_close(kr_obj_t self) {
    sock_t *s = sock_get(self);
    if (s->fd >= 0) {
        int fd = s->fd;
        s->fd = -1;
        close(fd);
    }
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_1(socket_close_obj, socket_close);

static kr_obj_t socket_shutdown(kr_obj_t self, kr_obj_t how) {
    sock_t *s = sock_open(self);
    check_sys(shutdown(s->fd, (int)kr_obj_get_int(how)));
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(socket_shutdown_obj, socket_shutdown);

static kr_obj_t socket_fileno(kr_obj_t self) {
    return KR_NEW_SMALL_INT(sock_get(self)->fd);
}
static KR_DEFINE_FUN_1(socket_fileno_obj, socket_fileno);

static kr_obj_t sock_name(kr_obj_t self, bool peer) {
    sock_t *s = sock_open(self);
    struct sockaddr_storage ss;
    socklen_t len = sizeof(ss);
    memset(&ss, 0, sizeof(ss));
    check_sys(peer ? getpeername(s->fd, (struct sockaddr *)&ss, &len)
                   : getsockname(s->fd, (struct sockaddr *)&ss, &len));
    if (len == 0 && s->family == AF_UNIX) {
        return kr_obj_new_str("", 0);
    }
    return addr_to_obj((struct sockaddr *)&ss, len);
}

static kr_obj_t socket_getsockname(kr_obj_t self) {
    return sock_name(self, false);
}
static KR_DEFINE_FUN_1(socket_getsockname_obj, socket_getsockname);

static kr_obj_t socket_getpeername(kr_obj_t self) {
    return sock_name(self, true);
}
static KR_DEFINE_FUN_1(socket_getpeername_obj, socket_getpeername);

/* ---------------------------------------------------------------- options and modes */

static kr_obj_t socket_setsockopt(size_t n_args, const kr_obj_t *args) {
    sock_t *s = sock_open(args[0]);
    int level = (int)kr_obj_get_int(args[1]);
    int opt = (int)kr_obj_get_int(args[2]);
    kr_int_t iv;
    int r;
    if (kr_obj_get_int_maybe(args[3], &iv)) {
        int v = (int)iv;
        r = setsockopt(s->fd, level, opt, &v, sizeof(v));
    } else {
        kr_buffer_info_t info;
        get_data(args[3], &info);
        r = setsockopt(s->fd, level, opt, info.buf, (socklen_t)info.len);
    }
    check_sys(r);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(socket_setsockopt_obj, 4, 4, socket_setsockopt);

static kr_obj_t socket_getsockopt(size_t n_args, const kr_obj_t *args) {
    sock_t *s = sock_open(args[0]);
    int level = (int)kr_obj_get_int(args[1]);
    int opt = (int)kr_obj_get_int(args[2]);
    if (n_args < 4) {
        int v = 0;
        socklen_t len = sizeof(v);
        check_sys(getsockopt(s->fd, level, opt, &v, &len));
        return kr_obj_new_int(v);
    }
    kr_int_t n = kr_obj_get_int(args[3]);
    if (n <= 0 || n > 1024) {
        kr_raise_msg(&kr_type_OSError, "getsockopt buflen out of range");
    }
    uint8_t buf[1024];
    socklen_t len = (socklen_t)n;
    check_sys(getsockopt(s->fd, level, opt, buf, &len));
    return kr_obj_new_bytes(buf, len);
}
static KR_DEFINE_FUN_VAR(socket_getsockopt_obj, 3, 4, socket_getsockopt);

static kr_obj_t socket_setblocking(kr_obj_t self, kr_obj_t flag) {
    sock_t *s = sock_open(self);
    s->timeout = kr_obj_is_true(flag) ? -1.0 : 0.0;
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(socket_setblocking_obj, socket_setblocking);

static kr_obj_t socket_settimeout(kr_obj_t self, kr_obj_t t) {
    double d = -1.0;
    if (t != KR_OBJ_NONE) {
        if (!kr_obj_get_float_maybe(t, &d)) {
            kr_obj_get_int(t);   /* raises CPython's TypeError */
            kr_raise_msg(&kr_type_TypeError, "timeout must be a number or None");
        }
        if (!(d >= 0)) {
            kr_raise_msg(&kr_type_ValueError, "Timeout value out of range");
        }
    }
    sock_open(self)->timeout = d;
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_2(socket_settimeout_obj, socket_settimeout);

static kr_obj_t socket_gettimeout(kr_obj_t self) {
    sock_t *s = sock_get(self);
    return s->timeout < 0 ? KR_OBJ_NONE : kr_obj_new_float(s->timeout);
}
static KR_DEFINE_FUN_1(socket_gettimeout_obj, socket_gettimeout);

/* ---------------------------------------------------------------- datagram and byte methods */

static kr_int_t bufsize_arg(kr_obj_t o, const char *caller) {
    kr_int_t n = kr_obj_get_int(o);
    if (n < 0) {
        kr_raise_fmt(&kr_type_ValueError, "negative buffersize in %s", caller);
    }
    return n;
}

static kr_obj_t sock_recv_common(size_t n_args, const kr_obj_t *args, bool want_addr) {
    sock_t *s = sock_open(args[0]);
    kr_int_t n = bufsize_arg(args[1], want_addr ? "recvfrom" : "recv");
    int flags = n_args > 2 ? (int)kr_obj_get_int(args[2]) : 0;
    kr_vstr_t v;
    kr_vstr_init(&v, (size_t)n + 1);
    struct sockaddr_storage ss;
    socklen_t len = 0;
    long r = sock_recv_raw(s, v.buf, (size_t)n, flags, want_addr ? &ss : NULL, want_addr ? &len : NULL);
    if (r < 0) {
        kr_vstr_clear(&v);
        check(r);
    }
    v.len = (size_t)r;
    kr_obj_t data = kr_obj_new_bytes_from_vstr(&v);
    if (!want_addr) {
        return data;
    }
    kr_obj_t t[2] = { data, addr_to_obj((struct sockaddr *)&ss, len) };
    return kr_obj_new_tuple(2, t);
}

static kr_obj_t socket_recv(size_t n_args, const kr_obj_t *args) {
    return sock_recv_common(n_args, args, false);
}
static KR_DEFINE_FUN_VAR(socket_recv_obj, 2, 3, socket_recv);

static kr_obj_t socket_recvfrom(size_t n_args, const kr_obj_t *args) {
    return sock_recv_common(n_args, args, true);
}
static KR_DEFINE_FUN_VAR(socket_recvfrom_obj, 2, 3, socket_recvfrom);

static kr_obj_t socket_recv_into(size_t n_args, const kr_obj_t *args) {
    sock_t *s = sock_open(args[0]);
    kr_buffer_info_t info;
    kr_get_buffer_raise(args[1], &info, KR_BUFFER_WRITE);
    size_t n = info.len;
    if (n_args > 2) {
        kr_int_t m = kr_obj_get_int(args[2]);
        if (m < 0) {
            kr_raise_msg(&kr_type_ValueError, "negative buffersize in recv_into");
        }
        if ((size_t)m > n) {
            kr_raise_msg(&kr_type_ValueError, "buffer too small for requested bytes");
        }
        if (m > 0) {
            n = (size_t)m;
        }
    }
    int flags = n_args > 3 ? (int)kr_obj_get_int(args[3]) : 0;
    long r = sock_recv_raw(s, info.buf, n, flags, NULL, NULL);
    check(r);
    return KR_NEW_SMALL_INT(r);
}
static KR_DEFINE_FUN_VAR(socket_recv_into_obj, 2, 4, socket_recv_into);

static kr_obj_t socket_send(size_t n_args, const kr_obj_t *args) {
    sock_t *s = sock_open(args[0]);
    kr_buffer_info_t info;
    get_data(args[1], &info);
    int flags = n_args > 2 ? (int)kr_obj_get_int(args[2]) : 0;
    long r = sock_send_raw(s, info.buf, info.len, flags, NULL, 0);
    check(r);
    return kr_obj_new_int(r);
}
static KR_DEFINE_FUN_VAR(socket_send_obj, 2, 3, socket_send);

static kr_obj_t socket_sendall(size_t n_args, const kr_obj_t *args) {
    sock_t *s = sock_open(args[0]);
    kr_buffer_info_t info;
    get_data(args[1], &info);
    int flags = n_args > 2 ? (int)kr_obj_get_int(args[2]) : 0;
    size_t done = 0;
    do {
        long r = sock_send_raw(s, (const uint8_t *)info.buf + done, info.len - done, flags, NULL, 0);
        check(r);
        done += (size_t)r;
    } while (done < info.len);
    return KR_OBJ_NONE;
}
static KR_DEFINE_FUN_VAR(socket_sendall_obj, 2, 3, socket_sendall);

static kr_obj_t socket_sendto(size_t n_args, const kr_obj_t *args) {
    sock_t *s = sock_open(args[0]);
    kr_buffer_info_t info;
    get_data(args[1], &info);
    int flags = n_args > 3 ? (int)kr_obj_get_int(args[2]) : 0;
    struct sockaddr_storage ss;
    socklen_t len = addr_from_obj(s, args[n_args - 1], &ss, "sendto");
    long r = sock_send_raw(s, info.buf, info.len, flags, &ss, len);
    check(r);
    return kr_obj_new_int(r);
}
static KR_DEFINE_FUN_VAR(socket_sendto_obj, 3, 4, socket_sendto);

/* ---------------------------------------------------------------- stream methods
 * MicroPython's stream protocol: read/readinto/readline/write return None when a
 * non-blocking socket has nothing to give (or take), and what they got before that. */

static long opt_len(size_t n_args, const kr_obj_t *args, size_t i) {
    if (n_args <= i || args[i] == KR_OBJ_NONE) {
        return -1;
    }
    kr_int_t n = kr_obj_get_int(args[i]);
    return n < 0 ? -1 : (long)n;
}

/* Fill buf[0..len) (or to EOF); returns the count, or -1 when nothing came before EAGAIN. */
static long stream_fill(sock_t *s, uint8_t *buf, size_t len) {
    size_t done = 0;
    while (done < len) {
        long r = sock_recv_raw(s, buf + done, len - done, 0, NULL, NULL);
        if (r == 0) {
            break;
        }
        if (r < 0) {
            if (done > 0 && (r == -EAGAIN || r == -EWOULDBLOCK || r == -ETIMEDOUT)) {
                break;
            }
            if (would_block((int)-r)) {
                return -1;
            }
            check(r);
        }
        done += (size_t)r;
    }
    return (long)done;
}

static kr_obj_t socket_read(size_t n_args, const kr_obj_t *args) {
    sock_t *s = sock_open(args[0]);
    long n = opt_len(n_args, args, 1);
    kr_vstr_t v;
    if (n >= 0) {
        kr_vstr_init(&v, (size_t)n + 1);
        long r = stream_fill(s, (uint8_t *)v.buf, (size_t)n);
        if (r < 0) {
            kr_vstr_clear(&v);
            return KR_OBJ_NONE;
        }
        v.len = (size_t)r;
        return kr_obj_new_bytes_from_vstr(&v);
    }
    kr_vstr_init(&v, 1024);
    for (;;) {
        char *dst = kr_vstr_extend(&v, 4096);
        long r = sock_recv_raw(s, dst, 4096, 0, NULL, NULL);
        v.len -= 4096;
        if (r == 0) {
            break;
        }
        if (r < 0) {
            if (v.len > 0 && (r == -EAGAIN || r == -EWOULDBLOCK || r == -ETIMEDOUT)) {
                break;
            }
            kr_vstr_clear(&v);
            if (would_block((int)-r)) {
                return KR_OBJ_NONE;
            }
            check(r);
        }
        v.len += (size_t)r;
    }
    return kr_obj_new_bytes_from_vstr(&v);
}
static KR_DEFINE_FUN_VAR(socket_read_obj, 1, 2, socket_read);

static kr_obj_t socket_readinto(size_t n_args, const kr_obj_t *args) {
    sock_t *s = sock_open(args[0]);
    kr_buffer_info_t info;
    kr_get_buffer_raise(args[1], &info, KR_BUFFER_WRITE);
    long n = opt_len(n_args, args, 2);
    size_t len = n >= 0 && (size_t)n < info.len ? (size_t)n : info.len;
    long r = stream_fill(s, info.buf, len);
    return r < 0 ? KR_OBJ_NONE : KR_NEW_SMALL_INT(r);
}
static KR_DEFINE_FUN_VAR(socket_readinto_obj, 2, 3, socket_readinto);

/* Peek at what has arrived, then take it up to and including the newline. */
static kr_obj_t socket_readline(size_t n_args, const kr_obj_t *args) {
    sock_t *s = sock_open(args[0]);
    long limit = opt_len(n_args, args, 1);
    kr_vstr_t v;
    kr_vstr_init(&v, 64);
    while (limit < 0 || v.len < (size_t)limit) {
        size_t want = 256;
        if (limit >= 0 && (size_t)limit - v.len < want) {
            want = (size_t)limit - v.len;
        }
        char *dst = kr_vstr_extend(&v, want);
        v.len -= want;
        long r = sock_recv_raw(s, dst, want, MSG_PEEK, NULL, NULL);
        if (r > 0) {
            const char *nl = memchr(dst, '\n', (size_t)r);
            size_t take = nl != NULL ? (size_t)(nl - dst) + 1 : (size_t)r;
            r = sock_recv_raw(s, dst, take, 0, NULL, NULL);
            if (r > 0) {
                v.len += (size_t)r;
                if (nl != NULL && (size_t)r == take) {
                    break;
                }
                continue;
            }
        }
        if (r == 0) {
            break;
        }
        if (v.len > 0 && (r == -EAGAIN || r == -EWOULDBLOCK || r == -ETIMEDOUT)) {
            break;
        }
        kr_vstr_clear(&v);
        if (would_block((int)-r)) {
            return KR_OBJ_NONE;
        }
        check(r);
    }
    return kr_obj_new_bytes_from_vstr(&v);
}
static KR_DEFINE_FUN_VAR(socket_readline_obj, 1, 2, socket_readline);

static kr_obj_t socket_write(size_t n_args, const kr_obj_t *args) {
    sock_t *s = sock_open(args[0]);
    kr_buffer_info_t info;
    get_data(args[1], &info);
    /* write(buf[, max_len]) or write(buf, off, max_len), as MicroPython's streams */
    size_t off = 0, len = info.len;
    if (n_args > 3) {
        kr_int_t o = kr_obj_get_int(args[2]);
        off = o < 0 ? 0 : (size_t)o > len ? len : (size_t)o;
    }
    if (n_args > 2) {
        kr_int_t m = kr_obj_get_int(args[n_args - 1]);
        if (m >= 0 && (size_t)m < len - off) {
            len = off + (size_t)m;
        }
    }
    size_t done = 0;
    while (off + done < len) {
        long r = sock_send_raw(s, (const uint8_t *)info.buf + off + done, len - off - done, 0, NULL, 0);
        if (r < 0) {
            if (done > 0 && (r == -EAGAIN || r == -EWOULDBLOCK || r == -ETIMEDOUT)) {
                break;
            }
            if (would_block((int)-r)) {
                return KR_OBJ_NONE;
            }
            check(r);
        }
        done += (size_t)r;
    }
    return kr_obj_new_int((kr_int_t)done);
}
static KR_DEFINE_FUN_VAR(socket_write_obj, 2, 4, socket_write);

/* makefile() gives the socket itself (MicroPython): it already reads and writes bytes. */
static kr_obj_t socket_makefile(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    sock_open(args[0]);
    return args[0];
}
static KR_DEFINE_FUN_KW(socket_makefile_obj, 1, 3, socket_makefile);

static kr_obj_t socket_enter(kr_obj_t self) {
    return self;
}
static KR_DEFINE_FUN_1(socket_enter_obj, socket_enter);

static kr_obj_t socket_exit(size_t n_args, const kr_obj_t *args) {
    return socket_close(args[0]);
}
static KR_DEFINE_FUN_VAR(socket_exit_obj, 1, 4, socket_exit);

static const kr_map_elem_t socket_locals_table[] = {
    { KR_ROM_QSTR(__enter__), KR_ROM_PTR(&socket_enter_obj) },
    { KR_ROM_QSTR(__exit__), KR_ROM_PTR(&socket_exit_obj) },
    { KR_ROM_QSTR(accept), KR_ROM_PTR(&socket_accept_obj) },
    { KR_ROM_QSTR(bind), KR_ROM_PTR(&socket_bind_obj) },
    { KR_ROM_QSTR(close), KR_ROM_PTR(&socket_close_obj) },
    { KR_ROM_QSTR(connect), KR_ROM_PTR(&socket_connect_obj) },
    { KR_ROM_QSTR(fileno), KR_ROM_PTR(&socket_fileno_obj) },
    { KR_ROM_QSTR(getpeername), KR_ROM_PTR(&socket_getpeername_obj) },
    { KR_ROM_QSTR(getsockname), KR_ROM_PTR(&socket_getsockname_obj) },
    { KR_ROM_QSTR(getsockopt), KR_ROM_PTR(&socket_getsockopt_obj) },
    { KR_ROM_QSTR(gettimeout), KR_ROM_PTR(&socket_gettimeout_obj) },
    { KR_ROM_QSTR(listen), KR_ROM_PTR(&socket_listen_obj) },
    { KR_ROM_QSTR(makefile), KR_ROM_PTR(&socket_makefile_obj) },
    { KR_ROM_QSTR(read), KR_ROM_PTR(&socket_read_obj) },
    { KR_ROM_QSTR(readinto), KR_ROM_PTR(&socket_readinto_obj) },
    { KR_ROM_QSTR(readline), KR_ROM_PTR(&socket_readline_obj) },
    { KR_ROM_QSTR(recv), KR_ROM_PTR(&socket_recv_obj) },
    { KR_ROM_QSTR(recv_into), KR_ROM_PTR(&socket_recv_into_obj) },
    { KR_ROM_QSTR(recvfrom), KR_ROM_PTR(&socket_recvfrom_obj) },
    { KR_ROM_QSTR(send), KR_ROM_PTR(&socket_send_obj) },
    { KR_ROM_QSTR(sendall), KR_ROM_PTR(&socket_sendall_obj) },
    { KR_ROM_QSTR(sendto), KR_ROM_PTR(&socket_sendto_obj) },
    { KR_ROM_QSTR(setblocking), KR_ROM_PTR(&socket_setblocking_obj) },
    { KR_ROM_QSTR(setsockopt), KR_ROM_PTR(&socket_setsockopt_obj) },
    { KR_ROM_QSTR(settimeout), KR_ROM_PTR(&socket_settimeout_obj) },
    { KR_ROM_QSTR(shutdown), KR_ROM_PTR(&socket_shutdown_obj) },
    { KR_ROM_QSTR(write), KR_ROM_PTR(&socket_write_obj) },
};
static KR_DEFINE_CONST_DICT(socket_locals_dict, socket_locals_table);

const kr_type_t kr_type_socket_socket = {
    .base = {&kr_type_type},
    .flags = KR_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = KR_QSTR_socket,
    .print = socket_print,
    .make_new = socket_make_new,
    .attr = socket_attr,
    .locals_dict = &socket_locals_dict,
};

/* ---------------------------------------------------------------- module functions */

static kr_obj_t socket_getaddrinfo(size_t n_args, const kr_obj_t *args, kr_map_t *kw) {
    static const kr_arg_t allowed[] = {
        { KR_QSTR_host, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_port, KR_ARG_OBJ | KR_ARG_REQUIRED, {.u_obj = KR_OBJ_NULL} },
        { KR_QSTR_family, KR_ARG_INT, {.u_int = 0} },
        { KR_QSTR_type, KR_ARG_INT, {.u_int = 0} },
        { KR_QSTR_proto, KR_ARG_INT, {.u_int = 0} },
        { KR_QSTR_flags, KR_ARG_INT, {.u_int = 0} },
    };
    kr_arg_val_t v[6];
    kr_arg_parse_all(n_args, args, kw, 6, allowed, v);
    char hbuf[NI_MAXHOST], pbuf[32];
    const char *host = NULL, *port = NULL;
    if (v[0].u_obj != KR_OBJ_NONE) {
        if (!kr_obj_is_str(v[0].u_obj) && !kr_obj_is_type(v[0].u_obj, &kr_type_bytes)) {
            kr_raise_msg(&kr_type_TypeError, "getaddrinfo() argument 1 must be string or None");
        }
        host = host_cstr(v[0].u_obj, hbuf, sizeof(hbuf));
    }
    kr_obj_t p = v[1].u_obj;
    kr_int_t pn;
    if (p == KR_OBJ_NONE) {
        port = NULL;
    } else if (kr_obj_get_int_maybe(p, &pn)) {
        snprintf(pbuf, sizeof(pbuf), "%ld", (long)pn);
        port = pbuf;
    } else if (kr_obj_is_str(p) || kr_obj_is_type(p, &kr_type_bytes)) {
        port = host_cstr(p, pbuf, sizeof(pbuf));
    } else {
        kr_raise_msg(&kr_type_OSError, "Int or String expected");
    }
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = (int)v[2].u_int;
    hints.ai_socktype = (int)v[3].u_int;
    hints.ai_protocol = (int)v[4].u_int;
    hints.ai_flags = (int)v[5].u_int;
    int r = getaddrinfo(host, port, &hints, &res);
    if (r != 0) {
        raise_gai(r);
    }
    /* copy the results into GC memory and free the C list before making objects (which may raise) */
    size_t n = 0;
    for (struct addrinfo *a = res; a != NULL; a = a->ai_next) {
        n++;
    }
    struct saved { int family, socktype, protocol; socklen_t len; struct sockaddr_storage ss; char canon[NI_MAXHOST]; };
    struct saved *sv = kr_gc_alloc_maybe(n * sizeof(struct saved) + 1, KR_GC_FLAG_ATOMIC);
    if (sv == NULL) {
        freeaddrinfo(res);
        kr_raise_memory_error();
    }
    size_t i = 0;
    for (struct addrinfo *a = res; a != NULL; a = a->ai_next, i++) {
        size_t al = a->ai_addrlen < sizeof(sv[i].ss) ? a->ai_addrlen : sizeof(sv[i].ss);
        sv[i].family = a->ai_family;
        sv[i].socktype = a->ai_socktype;
        sv[i].protocol = a->ai_protocol;
        memcpy(&sv[i].ss, a->ai_addr, al);
        sv[i].len = (socklen_t)al;
        snprintf(sv[i].canon, sizeof(sv[i].canon), "%s", a->ai_canonname ? a->ai_canonname : "");
    }
    freeaddrinfo(res);
    kr_obj_t list = kr_obj_new_list(0, NULL);
    for (i = 0; i < n; i++) {
        kr_obj_t t[5] = { KR_NEW_SMALL_INT(sv[i].family), KR_NEW_SMALL_INT(sv[i].socktype),
                          KR_NEW_SMALL_INT(sv[i].protocol), kr_obj_new_str(sv[i].canon, strlen(sv[i].canon)),
                          KR_OBJ_NONE };
        t[4] = addr_to_obj((struct sockaddr *)&sv[i].ss, sv[i].len);
        kr_obj_list_append(list, kr_obj_new_tuple(5, t));
    }
    return list;
}
static KR_DEFINE_FUN_KW(socket_getaddrinfo_obj, 0, 6, socket_getaddrinfo);

static size_t af_addr_len(kr_int_t af) {
    if (af == AF_INET) {
        return 4;
    }
    if (af == AF_INET6) {
        return 16;
    }
    kr_raise_oserror(EAFNOSUPPORT);
}

static kr_obj_t socket_inet_pton(kr_obj_t af, kr_obj_t text) {
    size_t n = af_addr_len(kr_obj_get_int(af));
    if (!kr_obj_is_str(text)) {
        kr_raise_fmt(&kr_type_TypeError, "inet_pton() argument 2 must be str, not %s", kr_obj_type_name(text));
    }
    char buf[INET6_ADDRSTRLEN + 1];
    size_t len;
    const char *d = kr_obj_str_get_data(text, &len);
    uint8_t out[16];
    if (len >= sizeof(buf) || memchr(d, 0, len) != NULL) {
        kr_raise_msg(&kr_type_OSError, "illegal IP address string passed to inet_pton");
    }
    memcpy(buf, d, len);
    buf[len] = 0;
    if (inet_pton(n == 4 ? AF_INET : AF_INET6, buf, out) != 1) {
        kr_raise_msg(&kr_type_OSError, "illegal IP address string passed to inet_pton");
    }
    return kr_obj_new_bytes(out, n);
}
static KR_DEFINE_FUN_2(socket_inet_pton_obj, socket_inet_pton);

static kr_obj_t socket_inet_ntop(kr_obj_t af, kr_obj_t packed) {
    size_t n = af_addr_len(kr_obj_get_int(af));
    kr_buffer_info_t info;
    get_data(packed, &info);
    if (info.len != n) {
        kr_raise_msg(&kr_type_ValueError, "invalid length of packed IP address string");
    }
    char buf[INET6_ADDRSTRLEN];
    inet_ntop(n == 4 ? AF_INET : AF_INET6, info.buf, buf, sizeof(buf));
    return kr_obj_new_str(buf, strlen(buf));
}
static KR_DEFINE_FUN_2(socket_inet_ntop_obj, socket_inet_ntop);

static const kr_map_elem_t socket_globals_table[] = {
    { KR_ROM_QSTR(__name__), KR_ROM_QSTR(socket) },
    { KR_ROM_QSTR(socket), KR_ROM_PTR(&kr_type_socket_socket) },
    { KR_ROM_QSTR(getaddrinfo), KR_ROM_PTR(&socket_getaddrinfo_obj) },
    { KR_ROM_QSTR(inet_pton), KR_ROM_PTR(&socket_inet_pton_obj) },
    { KR_ROM_QSTR(inet_ntop), KR_ROM_PTR(&socket_inet_ntop_obj) },
    { KR_ROM_QSTR(error), KR_ROM_PTR(&kr_type_OSError) },
    { KR_ROM_QSTR(timeout), KR_ROM_PTR(&kr_type_TimeoutError) },
    { KR_ROM_QSTR(gaierror), KR_ROM_PTR(&kr_type_socket_gaierror) },
    { KR_ROM_QSTR(AF_UNIX), KR_ROM_INT(AF_UNIX) },
    { KR_ROM_QSTR(AF_INET), KR_ROM_INT(AF_INET) },
    { KR_ROM_QSTR(AF_INET6), KR_ROM_INT(AF_INET6) },
    { KR_ROM_QSTR(AF_UNSPEC), KR_ROM_INT(AF_UNSPEC) },
    { KR_ROM_QSTR(SOCK_STREAM), KR_ROM_INT(SOCK_STREAM) },
    { KR_ROM_QSTR(SOCK_DGRAM), KR_ROM_INT(SOCK_DGRAM) },
    { KR_ROM_QSTR(SOCK_RAW), KR_ROM_INT(SOCK_RAW) },
    { KR_ROM_QSTR(SOL_SOCKET), KR_ROM_INT(SOL_SOCKET) },
    { KR_ROM_QSTR(SO_REUSEADDR), KR_ROM_INT(SO_REUSEADDR) },
    { KR_ROM_QSTR(SO_KEEPALIVE), KR_ROM_INT(SO_KEEPALIVE) },
    { KR_ROM_QSTR(SO_BROADCAST), KR_ROM_INT(SO_BROADCAST) },
    { KR_ROM_QSTR(SO_ERROR), KR_ROM_INT(SO_ERROR) },
    { KR_ROM_QSTR(SO_RCVBUF), KR_ROM_INT(SO_RCVBUF) },
    { KR_ROM_QSTR(SO_SNDBUF), KR_ROM_INT(SO_SNDBUF) },
    { KR_ROM_QSTR(SO_TYPE), KR_ROM_INT(SO_TYPE) },
    { KR_ROM_QSTR(SO_LINGER), KR_ROM_INT(SO_LINGER) },
    { KR_ROM_QSTR(SOMAXCONN), KR_ROM_INT(SOMAXCONN) },
    { KR_ROM_QSTR(IPPROTO_IP), KR_ROM_INT(IPPROTO_IP) },
    { KR_ROM_QSTR(IPPROTO_IPV6), KR_ROM_INT(IPPROTO_IPV6) },
    { KR_ROM_QSTR(IPPROTO_TCP), KR_ROM_INT(IPPROTO_TCP) },
    { KR_ROM_QSTR(IPPROTO_UDP), KR_ROM_INT(IPPROTO_UDP) },
    { KR_ROM_QSTR(IPPROTO_ICMP), KR_ROM_INT(IPPROTO_ICMP) },
    { KR_ROM_QSTR(TCP_NODELAY), KR_ROM_INT(TCP_NODELAY) },
    { KR_ROM_QSTR(IP_TTL), KR_ROM_INT(IP_TTL) },
    { KR_ROM_QSTR(IP_MULTICAST_TTL), KR_ROM_INT(IP_MULTICAST_TTL) },
    { KR_ROM_QSTR(IP_MULTICAST_LOOP), KR_ROM_INT(IP_MULTICAST_LOOP) },
    { KR_ROM_QSTR(IP_ADD_MEMBERSHIP), KR_ROM_INT(IP_ADD_MEMBERSHIP) },
    { KR_ROM_QSTR(IP_DROP_MEMBERSHIP), KR_ROM_INT(IP_DROP_MEMBERSHIP) },
    { KR_ROM_QSTR(IPV6_V6ONLY), KR_ROM_INT(IPV6_V6ONLY) },
    { KR_ROM_QSTR(MSG_PEEK), KR_ROM_INT(MSG_PEEK) },
    { KR_ROM_QSTR(MSG_DONTWAIT), KR_ROM_INT(MSG_DONTWAIT) },
    { KR_ROM_QSTR(SHUT_RD), KR_ROM_INT(SHUT_RD) },
    { KR_ROM_QSTR(SHUT_WR), KR_ROM_INT(SHUT_WR) },
    { KR_ROM_QSTR(SHUT_RDWR), KR_ROM_INT(SHUT_RDWR) },
    { KR_ROM_QSTR(AI_PASSIVE), KR_ROM_INT(AI_PASSIVE) },
    { KR_ROM_QSTR(AI_CANONNAME), KR_ROM_INT(AI_CANONNAME) },
    { KR_ROM_QSTR(AI_NUMERICHOST), KR_ROM_INT(AI_NUMERICHOST) },
    { KR_ROM_QSTR(AI_NUMERICSERV), KR_ROM_INT(AI_NUMERICSERV) },
    { KR_ROM_QSTR(INADDR_ANY), KR_ROM_INT(INADDR_ANY) },
};
static KR_DEFINE_CONST_DICT(socket_globals, socket_globals_table);
KR_DEFINE_CONST_MODULE(kr_module_socket, socket_globals);

#endif /* KR_MODULE_SOCKET */
