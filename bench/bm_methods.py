# method calls and attribute access on class instances
# Prints 'bm_methods: <microseconds>' and a checksum line; see bench/run.py.
try:
    from time import ticks_us, ticks_diff
except ImportError:
    from time import perf_counter

    def ticks_us():
        return int(perf_counter() * 1000000)

    def ticks_diff(a, b):
        return a - b


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self


class Particle:
    count = 0

    def __init__(self, i):
        self.pos = Vec(i, -i)
        self.vel = Vec(1, 2)
        Particle.count += 1

    def step(self):
        self.pos = self.pos.add(self.vel)
        return self.pos.dot(self.vel)

    @property
    def energy(self):
        return self.vel.dot(self.vel)


def work(n):
    ps = [Particle(i) for i in range(100)]
    total = 0
    for _ in range(n):
        for p in ps:
            total += p.step()
        total += ps[0].energy
        ps[1].vel.scale(1)
    return total + Particle.count


REPEAT = 9
t0 = ticks_us()
for _ in range(REPEAT):
    r = work(2000)
t1 = ticks_us()
print("bm_methods:", ticks_diff(t1, t0))
print("checksum:", r)
