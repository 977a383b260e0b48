# krait-exp: hand-written (micropython.const is folded by the compiler: MicroPython rejects what it cannot fold)
# const() of what can never be a constant, and a constant defined twice, are SyntaxErrors
try:
    from micropython import const
except ImportError:
    print("SKIP")
    raise SystemExit


def test(code):
    try:
        exec(code)
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", e.args[0])


test("a = const(x)")
test("A = const(1); A = const(2)")
test("A = const(1 @ 2)")
test("A = const(1 / 2)")
test("A = const(1 ** -2)")
test("A = const(1 << -2)")
test("A = const(1 >> -2)")
test("A = const(1 % 0)")
test("A = const(1 // 0)")
test("A = const([1])")
test("A = const(len('ab'))")
test("A = const(B.c)")
# what folds, or is a constant value, is fine
test("A = const(1); B = const(A * 3 + (A << 4) - (7 // 2) % 3)\nprint(B)")
test("_S = const('text')\nprint(_S)")
test("T = const((1, 'a', b'x', None, 1.5, ...))\nprint(T)")
test("F = const(-2.5)\nprint(F)")
