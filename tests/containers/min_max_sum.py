# min, max, sum with key and default
print(max([3, 1, 2]), min([3, 1, 2]), max(3, 1, 2), min("b", "a", "c"))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len))
print(max([], default="none"), min([], default=0), max([5], default=1))
print(max([1, 5, 5, 2], key=lambda x: x), max([(1, "b"), (1, "a")]), max("hello"))
words = ["apple", "fig", "kiwi", "plum"]
print(max(words, key=len), min(words, key=len))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    min()
except TypeError as e:
    print("TypeError", e)
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([], 5), sum(range(101)), sum([[1], [2]], []))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
