# assorted builtin functions
print(abs(-3), abs(3.5), abs(-0.0))
print(len("abc"), len([1, 2]), len({}), len(range(10)))
print(chr(65), ord("A"), chr(0x263a) == "\u263a", ord("\u00e9"))
print(callable(len), callable(1), callable(lambda: 0))
print(isinstance(1, int), isinstance("", (int, str)), isinstance(1.0, int))
print(type(1).__name__, type("").__name__, type([]).__name__, type(None).__name__)
print(divmod(7, 2), pow(2, 5), round(2.5), round(3.5))
print(hasattr("x", "upper"), getattr("x", "upper")(), getattr(1, "nope", "dflt"))
print(repr("a"), str(1), ascii("\u00e9"))
print(bool(), int(), float(), str(), list(), tuple(), dict())
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
