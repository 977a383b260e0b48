# builtins edge cases
for f in (lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5), lambda: ord("ab"), lambda: ord(5),
          lambda: max([]), lambda: min(), lambda: max(1, 2, default=3), lambda: next([]),
          lambda: isinstance(1, 5), lambda: issubclass(1, int), lambda: getattr(1, 2),
          lambda: sum(["a"], ""), lambda: pow(2, 3, 1.5), lambda: len(5), lambda: hash([]),
          lambda: divmod(1, 0), lambda: round("x"), lambda: iter(5), lambda: abs("x"),
          lambda: int.nope, lambda: setattr(1, "x", 2), lambda: compile("x", "f", "bad"),
          lambda: eval("1 +"), lambda: hex(1.5), lambda: vars(5), lambda: sorted([1], 2),
          lambda: next(iter([])), lambda: print(1, sep=5), lambda: format(1, 5),
          lambda: type(1, 2), lambda: object(1), lambda: bool(1, 2), lambda: iter(5, 6)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(round(2.675, 2), round(-0.5), round(1.5), round(0.125, 2), round(1234.5678, -2), round(-7, -1), round(15, -1), round(25, -1))
print(round(5.5), round(6.5), round(1e300, 2), round(123.456, 0), type(round(1.5)), type(round(1.5, 0)))
print(sum([0.1]*10), sum([1, 2.5]), sum([[1], [2]], []), sum(range(100)))
print(max("abc"), min([3, 1, 2], key=lambda x: -x), max([1, 2, 3], default=0), max((1, 'a'), (1, 'b')))
print(sorted("hello"), sorted([3, 1, 2], key=lambda x: -x), sorted({3: 1, 1: 2}))
print(list(iter([1, 2, 3].pop, 1)))
print(pow(3, -1, 7), pow(2, 0.5), pow(-8, 1/3) if False else 0, pow(10, -2))
print(bin(-5), hex(-255), oct(0), bin(0), hex(2**70))
print(isinstance(True, bool), isinstance(1, bool), isinstance([], (tuple, (list,))), issubclass(int, (str, object)))
print(divmod(-7, 2), divmod(7.5, 2), abs(-2.5), abs(True))
print(ascii("a\u1234\n"), repr('it\'s'), ascii(b'\xff'))
print(callable(int), callable(1), callable(lambda: 0), callable(callable))
print(all([]), any([0, None, 3]), all(x > 0 for x in [1, 2]))
g = {'a': 1}
exec("b = a + 1", g)
print(g['b'], eval("a * 10", g), eval("  1 + 1"), eval("x", {}, {'x': 7}))
c = compile("1 + 2", "<s>", "eval")
print(eval(c))
print(getattr([], 'nope', None), hasattr(1, 'real'), hasattr(1, 'zz'))
class O: pass
o = O(); setattr(o, 'q', 3); print(o.q, vars(o)); delattr(o, 'q'); print(vars(o))
print(id(o) == id(o), hash(o) == hash(o), hash(None) == hash(None), hash(True), hash(1.0), hash("a") == hash("a"))
print(format(255, '#x'), format('x', '>3'), format(1.5))
print(type(print), print.__name__ if hasattr(print, '__name__') else '')
print(dir(O)[-3:] if False else 'q' in dir(o), '__init__' in dir(O))
def f():
    lx = 1
    return sorted(locals().keys()), 'f' in globals()
print(f())
print(min(1, 2.5), max(True, 0), min([[2], [1]]))
print(bool(), bool(0), bool([1]), int(True), str(False), repr(None))
print(Ellipsis is ..., type(...).__name__, type(NotImplemented).__name__)
