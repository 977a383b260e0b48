# dict() constructor forms and equality
print(dict(), dict(a=1), dict([("a", 1), ("b", 2)]), dict({"x": 1}, y=2))
print(dict(zip(["k1", "k2"], [1, 2])), dict([["p", 0]]))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError", e)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError", e)
d = {"a": 1} | {"b": 2}
print(d)
d |= {"a": 0}
print(d)
