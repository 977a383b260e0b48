import select

print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLPRI, select.POLLNVAL)
p = select.poll()
print(p.poll(0), p.poll(5))
p.register(1, select.POLLOUT)
print(p.poll(0), p.poll(), p.poll(-1), p.poll(None))
p.register(1, select.POLLOUT)
print(p.poll(0))
p.modify(1, select.POLLOUT)
print(p.poll(1.5))
p.unregister(1)
print(p.poll(0))
print(select.select([], [1], [], 0), select.select([], [], [], 0.01), select.select((), [1], ()))

def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)

t(p.unregister, 5)
t(p.modify, 7, 1)
t(p.register, -1)
t(p.register, "x")
t(select.select, [], [], [], -1)
t(select.select, [-3], [], [], 0)
