# Only properties are printed: the generator differs from CPython's, the checks don't.
import random

def seq(s):
    random.seed(s)
    return [random.getrandbits(32) for _ in range(8)], random.random(), random.randrange(10**30)

print(seq(1) == seq(1), seq(1) != seq(2), seq("abc") == seq("abc"), seq(b"abc") == seq(b"abc"))
print(seq(2**100) == seq(2**100), seq(-5) == seq(5), seq(1.5) == seq(1.5), seq(0) == seq(0))
random.seed()
random.seed(None)
random.seed(42)

print(random.getrandbits(0), all(0 <= random.getrandbits(k) < 2**k for k in (1, 7, 31, 32, 33, 64, 100) for _ in range(20)))
big = [random.getrandbits(200) for _ in range(50)]
print(all(0 <= b < 2**200 for b in big), max(big) > 2**190)

r = [random.random() for _ in range(2000)]
print(all(0.0 <= x < 1.0 for x in r), 0.4 < sum(r) / len(r) < 0.6, len(set(r)) > 1990)

def counts(f, n):
    c = {}
    for _ in range(n):
        v = f()
        c[v] = c.get(v, 0) + 1
    return sorted(c)

print(counts(lambda: random.randrange(5), 500))
print(counts(lambda: random.randrange(3, 7), 500))
print(counts(lambda: random.randrange(0, 10, 3), 500))
print(counts(lambda: random.randrange(10, 0, -4), 500))
print(counts(lambda: random.randint(-2, 2), 500))
print(counts(lambda: random.randint(7, 7), 20))
print(counts(lambda: random.choice("abc"), 300), counts(lambda: random.choice([0, 1]), 100))
print(counts(lambda: random.choice(range(10, 13)), 300))
big = random.randrange(10**40, 10**40 + 5)
print(10**40 <= big < 10**40 + 5, 0 <= random.randrange(2**70) < 2**70)
u = [random.uniform(2, 5) for _ in range(500)]
print(all(2 <= x <= 5 for x in u), min(u) < 2.2, max(u) > 4.8)
print(all(-1 <= random.uniform(1, -1) <= 1 for _ in range(100)))
l = list(range(20))
random.shuffle(l)
print(sorted(l) == list(range(20)), l != list(range(20)))
e = []
random.shuffle(e)
print(e)

def t(f, *a):
    try:
        print(f(*a))
    except Exception as ex:
        print(type(ex).__name__, ex)

t(random.randrange, 0)
t(random.randrange, -3)
t(random.randrange, 5, 5)
t(random.randrange, 1, 10, 0)
t(random.randrange, 10, 1)
t(random.randrange, 10, 1, 2)
t(random.randint, 5, 1)
t(random.choice, [])
t(random.choice, "")
t(random.getrandbits, -1)
t(random.seed, [1])
t(random.shuffle, (1, 2))
