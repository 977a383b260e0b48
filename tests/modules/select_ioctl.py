# krait-exp: hand-written (MicroPython: poll() asks stream objects through ioctl(3, mask) and returns them)
import select

class Stream:
    def __init__(self, ready):
        self.ready = ready
        self.asked = 0
    def ioctl(self, req, arg):
        self.asked += 1
        if req == 3:
            return self.ready & arg
        return -1

a = Stream(select.POLLIN)
b = Stream(0)
p = select.poll()
p.register(a)
p.register(b, select.POLLIN)
r = p.poll(0)
print(len(r), r[0][0] is a, r[0][1])
print(p.poll(20) == r, b.asked >= 2)
b.ready = select.POLLIN | select.POLLOUT
print([ev for obj, ev in p.poll(0)])
p.modify(b, select.POLLOUT)
print([ev for obj, ev in p.poll(0)])
print([ev for obj, ev in p.ipoll(0, 1)], [ev for obj, ev in p.ipoll(0)])
e = Stream(0)
e.ioctl = lambda req, arg: -1
p.register(e)
print([ev for obj, ev in p.poll(0)])
p.unregister(e)
p.unregister(a)
p.unregister(b)
print(p.poll(10))
print(select.select([Stream(1)], [Stream(4)], [], 0)[1][0].ready)
