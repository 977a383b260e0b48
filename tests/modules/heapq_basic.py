import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    heapq.heappush(h, x)
print(h[0], len(h))
print([heapq.heappop(h) for _ in range(len(h))], h)
data = [9, 4, 7, 1, 0, 3, 8, 2, 6, 5]
heapq.heapify(data)
print(data[0], sorted(data) == list(range(10)))
print([heapq.heappop(data) for _ in range(10)])
h = [1, 5, 3]
heapq.heapify(h)
print(heapq.heapreplace(h, 4), h, heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 10), h)
words = []
for w in ["pear", "apple", "fig", "banana"]:
    heapq.heappush(words, (len(w), w))
print([heapq.heappop(words) for _ in range(4)])
print(heapq.heappushpop([], 3))
heapq.heapify([])
import random
random.seed(3)
nums = [random.randrange(1000) for _ in range(300)]
h = []
for n in nums:
    heapq.heappush(h, n)
print([heapq.heappop(h) for _ in range(300)] == sorted(nums))

def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)

t(heapq.heappop, [])
t(heapq.heapreplace, [], 1)
t(heapq.heappush, (), 1)
t(heapq.heappop, 5)
t(heapq.heapify, 5)
t(heapq.heappushpop, "x", 1)
h = [1, "a"]
t(heapq.heapify, h)
t(heapq.heappush, [1], "a")
