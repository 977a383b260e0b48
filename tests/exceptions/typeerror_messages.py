# TypeError messages for common mistakes
def one(a):
    return a
def zero():
    return 0
NONE = None
ONE = 1
ABC = "abc"
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: None + 1,
    lambda: 1 - "a",
    lambda: "a" * "b",
    lambda: -"a",
    lambda: ~1.5,
    lambda: len(1),
    lambda: int([]),
    lambda: NONE(),
    lambda: ONE(),
    lambda: ABC(),
    lambda: [] < 1,
    lambda: {}[[]],
    lambda: hash([]),
    lambda: iter(None),
    lambda: sum(1),
    lambda: abs("x"),
    lambda: 1 < None,
    lambda: one(),
    lambda: one(1, 2),
    lambda: zero(x=1),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
