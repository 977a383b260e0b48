# random and errno: error cases and ranges against CPython
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import random, errno
# random
random.seed(1)
t('r2', lambda: random.getrandbits(33) >= 0)
t('r3', lambda: random.getrandbits(-1))
t('r4', lambda: random.randrange(0))
t('r5', lambda: random.randrange(5, 5))
t('r6', lambda: random.randrange(0, 10, 0))
t('r7', lambda: random.randint(5, 4))
t('r8', lambda: random.choice([]))
t('r9', lambda: 0 <= random.random() < 1)
t('r10', lambda: 2 <= random.uniform(2, 3) <= 3)
t('r11', lambda: random.randrange(10, 0, -2) in (10, 8, 6, 4, 2))
t('r12', lambda: random.choice('a'))
t('r13', lambda: random.randint(1.5, 3))
# errno
t('e1', lambda: [errno.EPERM, errno.ENOENT, errno.EIO, errno.EBADF, errno.EAGAIN, errno.ENOMEM, errno.EACCES, errno.EEXIST, errno.ENODEV, errno.EISDIR, errno.EINVAL, errno.EOPNOTSUPP, errno.EADDRINUSE, errno.ECONNABORTED, errno.ECONNRESET, errno.ENOBUFS, errno.ENOTCONN, errno.ETIMEDOUT, errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.EALREADY, errno.EINPROGRESS])
t('e2', lambda: [errno.errorcode[x] for x in (1, 2, 11, 22, 110)])
t('e3', lambda: str(OSError(2, 'x')))
t('e4', lambda: errno.errorcode.get(99999))

