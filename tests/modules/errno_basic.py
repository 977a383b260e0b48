import errno

names = ["EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV", "EISDIR",
         "EINVAL", "EOPNOTSUPP", "EADDRINUSE", "ECONNABORTED", "ECONNRESET", "ENOBUFS", "ENOTCONN",
         "ETIMEDOUT", "ECONNREFUSED", "EHOSTUNREACH", "EALREADY", "EINPROGRESS", "ENOTDIR", "ENOSPC",
         "EROFS", "EPIPE", "ERANGE", "EDOM", "ENOTEMPTY", "ENAMETOOLONG", "EBUSY", "EXDEV", "EINTR"]
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v])
print(errno.EWOULDBLOCK == errno.EAGAIN, type(errno.errorcode).__name__)
print(errno.errorcode.get(-12345), 2 in errno.errorcode, -1 in errno.errorcode)
try:
    open("/nonexistent/dir/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
