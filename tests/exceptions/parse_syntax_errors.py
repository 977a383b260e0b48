# SyntaxError / IndentationError messages and positions raised by the parser
cases = [
    "x = (", "x = )", "x = (]", "x = (\n\n]", "x = [1, 2", "x = {'a': 1",
    "if x:", "if x:\n", "if x\n  pass", "for x in y:\npass", "class A:\nx",
    "while 1:\n", "try:\n  pass\n", "def f():\n    x\n  y", "  x = 1",
    "x = 'abc", "x = '''abc\n\n", "x = 1 +", "a b", "1 2", "print 'hello'",
    "x = 0777", "x = 1_", "x = 1__0", "x = 1abc", "x = 0b2", "x = 0o8", "x = €",
    "x = b'é'", "x = '\\x1'", "1 = x", "f() = 1", "del 1", "del f()", "a + b = 1",
    "(a, 1) = x", "[a, b()] = x", "(a, b) += 1", "f(x) += 1", "f(a.b=1)", "f(**a, *b)",
    "f(x for x in y, 1)", "def f(a=1, b): pass", "def f(*): pass", "x = yield = 1",
    "None = 1", "True = 1", "x.None = 1", "x = 1 if 2", "a := 1", "(a.b := 1)",
    "f'{'", "f'{}'", "f'}'", "f'{x!z}'", "x = f'{a!r'", "*a = 1", "a = *b", "del *a",
    "x = 1;;", "from a import b,", "else: pass", "@dec\nx = 1", "x = {**a, b}",
    "x = a <> b", "x = $", "x = 1 \\ 2", "x = \\", "def f(**k, a): pass",
    "def f(a, /, b, /): pass", "def f(/): pass", "print(1 2)", "[x for x in y] = 1",
    "{} = 1", "... = 1", "a if b else c = 1", "for 1 in x: pass", "with a as 1: pass",
    "x = (,)", "assert", "import", "x = 'a' 'b", "lambda: (yield)",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), "|", e.msg, e.lineno, e.offset)
for src in ["(1", "1 2", " 1 + 2 \n", "1,2", "yield"]:
    try:
        print(eval(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), "|", e.msg, e.lineno, e.offset)
