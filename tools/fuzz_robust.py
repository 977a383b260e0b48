#!/usr/bin/env python3
"""Robustness fuzzer: the interpreter must never crash or hang.

Generates, with a fixed seed,
  (a) malformed programs: mutations of the test programs (token/char
      deletion, duplication and swaps, truncation, random and invalid
      UTF-8 bytes, unbalanced brackets, deep nesting, huge literals), and
  (b) small random programs that fail at run time (bad types, deep
      recursion, huge allocations, ...), and
  (c) programs decompressing corrupted deflate/zlib/gzip streams (made here with
      zlib, then bit flips, byte changes, truncation, splices, insertions) with
      deflate.DeflateIO, also through streams whose readinto misbehaves,
runs each on the interpreter (with -X heapsize=4m when accepted) and checks
the process exits normally with status 0 or 1. A program that itself calls
sys.exit()/raises SystemExit may exit with any status below 128. Signals,
timeouts and other statuses are failures; failing programs are saved to
build/fuzz-failures/. Ends with "N passed, N failed".

Usage: tools/fuzz_robust.py [--krait PATH] [--count N] [--deflate N] [--seed S] [-j N]
"""

import argparse
import concurrent.futures
import os
import shutil
import random
import re
import shlex
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import runtests  # noqa: E402

TOKEN_RE = re.compile(rb"\s+|\w+|[^\w\s]")
BRACKETS = [b"(", b")", b"[", b"]", b"{", b"}"]
JUNK = [b"\xff", b"\xfe", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"\x00", b"\t", b"\r",
        b"\\", b"'", b'"', b'"""', b":", b"@", b"$", b"?", b"`", b"\x1b", b"\xf0\x9f",
        "\u00e9".encode(), "\u65e5".encode(), b"\xef\xbb\xbf", b"lambda", b"yield",
        b"await", b"**", b"//=", b"->", b":=", b"...", b"not", b"is", b"in", b"del"]


# ---------------------------------------------------------------- (a) mutations

def mut_delete_token(rng, src):
    toks = TOKEN_RE.findall(src)
    if not toks:
        return src
    for _ in range(rng.randint(1, 3)):
        if toks:
            del toks[rng.randrange(len(toks))]
    return b"".join(toks)


def mut_dup_token(rng, src):
    toks = TOKEN_RE.findall(src)
    if not toks:
        return src + src
    i = rng.randrange(len(toks))
    toks.insert(i, toks[i] * rng.randint(1, 4))
    return b"".join(toks)


def mut_swap_tokens(rng, src):
    toks = TOKEN_RE.findall(src)
    if len(toks) < 2:
        return src
    for _ in range(rng.randint(1, 3)):
        i, j = rng.randrange(len(toks)), rng.randrange(len(toks))
        toks[i], toks[j] = toks[j], toks[i]
    return b"".join(toks)


def mut_delete_chars(rng, src):
    if not src:
        return src
    i = rng.randrange(len(src))
    return src[:i] + src[i + rng.randint(1, 20):]


def mut_truncate(rng, src):
    return src[:rng.randrange(len(src) + 1)]


def mut_insert_bytes(rng, src):
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(src) + 1)
        if rng.random() < 0.5:
            ins = rng.choice(JUNK)
        else:
            ins = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4)))
        src = src[:i] + ins + src[i:]
    return src


def mut_brackets(rng, src):
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(src) + 1)
        src = src[:i] + rng.choice(BRACKETS) * rng.randint(1, 3) + src[i:]
    return src


def mut_indent(rng, src):
    lines = src.split(b"\n")
    i = rng.randrange(len(lines))
    lines[i] = rng.choice([b" ", b"\t", b"    ", b"  \t"]) * rng.randint(1, 3) + lines[i]
    return b"\n".join(lines)


def mut_splice(rng, src, other):
    a = rng.randrange(len(src) + 1)
    b = rng.randrange(len(other) + 1)
    return src[:a] + other[b:b + rng.randint(1, 400)] + src[a:]


def deep_nesting(rng):
    n = rng.choice([100, 200, 300, 1000, 5000])
    kind = rng.choice(["paren", "list", "dict", "call", "unary", "lambda", "if", "string",
                       "unbalanced", "tuple", "index", "attr", "ops"])
    if kind == "paren":
        s = "x = " + "(" * n + "1" + ")" * n + "\nprint(x)\n"
    elif kind == "list":
        s = "x = " + "[" * n + "]" * n + "\nprint(len(x))\n"
    elif kind == "dict":
        s = "x = " + "{1: " * n + "2" + "}" * n + "\nprint(len(x))\n"
    elif kind == "call":
        s = "x = " + "abs(" * n + "-1" + ")" * n + "\nprint(x)\n"
    elif kind == "unary":
        s = "x = " + "-" * n + "1\nprint(x)\n" + "y = " + "not " * n + "1\nprint(y)\n"
    elif kind == "lambda":
        s = "f = " + "lambda: " * min(n, 1000) + "1\nprint(f)\n"
    elif kind == "if":
        m = min(n, 300)
        s = "".join(" " * i + "if True:\n" for i in range(m)) + " " * m + "print('deep')\n"
    elif kind == "string":
        s = "x = " + "+".join(["'a'"] * n) + "\nprint(len(x))\n"
    elif kind == "unbalanced":
        s = "x = " + "(" * n + "[" * 3 + "\n"
    elif kind == "tuple":
        s = "x = " + "(" * n + "1," + ")" * n + "\nprint(x)\n"
    elif kind == "index":
        s = "x = [0]\nprint(x" + "[0]" * n + ")\n"
    elif kind == "attr":
        s = "print(1" + ".real" * n + ")\n"
    else:
        s = "print(" + " + ".join(["1"] * n) + ")\n"
    return s.encode()


def huge_literal(rng):
    kind = rng.randrange(7)
    n = rng.choice([1000, 10000, 100000])
    if kind == 0:
        s = "x = " + "9" * n + "\nprint(x % 7)\n"
    elif kind == 1:
        s = "x = 1" + "0" * rng.choice([400, 5000]) + ".5\nprint(x)\n"
    elif kind == 2:
        s = "x = '" + "a" * n + "'\nprint(len(x))\n"
    elif kind == 3:
        s = "x = 0x" + "f" * n + "\nprint(x & 255)\n"
    elif kind == 4:
        s = "x = [" + "1," * n + "]\nprint(len(x))\n"
    elif kind == 5:
        s = "x = 1e" + "9" * rng.choice([3, 20, 400]) + "\nprint(x)\n"
    else:
        s = "x = " + "1" * 50 + "j\nprint(x)\n"
    return s.encode()


def make_malformed(rng, sources, count):
    muts = [mut_delete_token, mut_dup_token, mut_swap_tokens, mut_delete_chars, mut_truncate,
            mut_insert_bytes, mut_brackets, mut_indent]
    out = []
    for i in range(count):
        r = rng.random()
        if r < 0.10:
            out.append(deep_nesting(rng))
            continue
        if r < 0.16:
            out.append(huge_literal(rng))
            continue
        src = rng.choice(sources)
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.1:
                src = mut_splice(rng, src, rng.choice(sources))
            else:
                src = rng.choice(muts)(rng, src)
        out.append(src)
    return out


# ---------------------------------------------------------------- (b) run-time errors

RUNTIME_SNIPPETS = [
    "x = 1 + 'a'", "x = [] + ()", "x = None()", "x = len(5)", "x = {}[[]]", "x = 1 / 0",
    "x = 1 // 0", "x = 2 ** -1 // 0", "x = [][5]", "x = ''.join([1])", "x = int('zz')",
    "x = float('x')", "x = iter(5)", "x = next(iter([]))", "x = (1).nope",
    "def f(n): return f(n + 1)\nf(0)",
    "def f(n): return [f(n + 1)]\nf(0)",
    "def g():\n    yield from g()\nlist(g())",
    "class A:\n    def __repr__(self): return repr(self)\nrepr(A())",
    "class A:\n    def __getattr__(self, n): return getattr(self, n)\nA().x",
    "class A:\n    def __eq__(self, o): return self == o\nA() == A()",
    "x = [0] * 10 ** 9", "x = 'x' * 10 ** 10", "x = b'x' * 10 ** 10", "x = [0] * 10 ** 20",
    "x = list(range(10 ** 9))", "x = bytearray(10 ** 10)", "x = 2 ** (2 ** 40)",
    "x = 1 << 10 ** 12", "x = '%0*d' % (10 ** 10, 1)", "x = ' ' * (2 ** 62)",
    "x = [[0] * 1000 for _ in range(10 ** 6)]", "x = {i: str(i) for i in range(10 ** 7)}",
    "x = 'a' * 100000\nfor i in range(30): x = x + x",
    "l = []\nwhile True: l.append(l[:] if len(l) < 5 else 1)",
    "s = 'ab'\nwhile True: s += s",
    "x = 1\nfor i in range(20): x = x * x + 12345678901234567890",
    "import sys\nsys.setrecursionlimit(10 ** 6) if hasattr(sys, 'setrecursionlimit') else None\n"
    "def f(n): return f(n + 1)\nf(0)",
    "x = int('9' * 5000) ** 3 % 7",
    "x = [1, 2, 3]\nfor i in x: x.append(i)",
    "d = {1: 2}\nfor k in d: d[k + 1] = 0",
    "x = sorted([1, 'a', None])", "x = max([])", "x = min(1)", "x = divmod(1.0, 0.0)",
    "x = chr(10 ** 9)", "x = ord('')", "x = bytes([300])", "x = range(0, 1, 0)",
    "x = 'a'.split('')", "x = '{}'.format()", "x = '%d' % 'a'", "x = (1, 2).index(3)",
    "x = [1].remove(2)", "x = set().pop()", "x = {}.popitem()", "raise KeyError('k')",
    "raise ValueError", "raise 5", "assert False, 'msg'", "x = undefined_name",
    "def f():\n    y\n    y = 1\nf()", "x = (lambda a: a)()", "x = (lambda: 0)(1)",
    "x = float('inf') // 1", "x = int(float('nan'))", "x = round(float('inf'))",
    "x = 1.5e308 * 10 ** 400", "x = (-8) ** 0.5", "x = 2.0 ** 10000",
    "import math\nx = math.sqrt(-1)", "import math\nx = math.log(0)",
    "import math\nx = math.factorial(10 ** 6) if False else math.factorial(-1)",
    "x = memoryview(5)" , "x = object().__dict__", "x = super()",
    "def g():\n    yield 1\nx = g()\nnext(x)\nx.throw(ValueError('v'))",
    "def g():\n    yield next(me)\nme = g()\nnext(me)",
    "class E(Exception):\n    def __str__(self): raise self\nraise E()",
    "class E(Exception):\n    def __init__(self): raise E()\nraise E()",
    "try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise e from e",
    "e = ValueError()\ne.__context__ = e\nraise e",
    "x = [1]\nx.append(x)\nprint(x)\ny = {}\ny[1] = y\nprint(y)",
    "x = ()\nfor i in range(100000): x = (x,)\nprint(len(x))",
    "x = []\nfor i in range(100000): x = [x]\nprint(len(str(x)))",
    "x = 'é' * 1000000\nprint(len(x.encode()))",
    "import sys\nsys.exit(1)", "import sys\nsys.exit('bye')", "raise SystemExit(1)",
    "x = eval('1+')", "x = exec('x x')", "x = compile('(', 'f', 'exec')",
    "import nonexistent_module_zz", "from math import nothing_here",
    "x = __import__('sys').modules['nope']",
    "class A(int, str): pass", "class A(5): pass", "class A:\n    __slots__ = 5",
    "x = type('A', (), {})() + 1", "x = isinstance(1, 1)", "x = hash([])",
    "x = int.from_bytes(b'\\xff' * 10 ** 6, 'big') % 7", "x = (1).to_bytes(10 ** 9, 'big')",
    "x = 'abc'[::0]", "x = list(range(10))[::0]", "x = [1, 2][1.5]", "x = 'abc' * -1 + 5",
    "async def f(): await f()\nc = f()\nc.send(None)",
    "x = bytearray(b'abc')\nfor b in x: x.extend(x)",
]


def make_runtime(rng, count):
    out = []
    for _ in range(count):
        parts = rng.sample(RUNTIME_SNIPPETS, rng.randint(1, 3))
        body = []
        for p in parts:
            if rng.random() < 0.6:
                indented = "\n".join("    " + l for l in p.split("\n"))
                exc = rng.choice(["Exception", "BaseException", "(TypeError, ValueError)",
                                  "MemoryError", "RecursionError"])
                body.append("try:\n%s\nexcept %s as e:\n    print(type(e).__name__)" % (indented, exc))
            else:
                body.append(p)
        out.append(("\n".join(body) + "\nprint('end')\n").encode())
    return out


# ---------------------------------------------------------------- (c) deflate streams

DEFLATE_PROLOGUE = """import io
try:
    import deflate
except ImportError:
    print('no deflate')
    raise SystemExit
class Odd:
    def __init__(self, data, mode):
        self.data, self.pos, self.mode = data, 0, mode
    def readinto(self, buf):
        if self.pos >= len(self.data):
            return (None, 0, -1, 0)[self.mode]
        buf[0] = self.data[self.pos]
        self.pos += 1
        return (1, 7, 1, True)[self.mode]
n = [0, 0, 0]
for fmt, wbits, odd, h in CASES:
    src = io.BytesIO(bytes.fromhex(h)) if odd < 0 else Odd(bytes.fromhex(h), odd)
    try:
        d = deflate.DeflateIO(src, fmt, wbits)
        if odd == 2:
            while d.readinto(bytearray(7)):
                d.readline(3)
        else:
            d.read()
        n[0] += 1
    except (OSError, EOFError, MemoryError) as e:
        n[1] += 1
        try:
            d.read(5)
        except (OSError, EOFError, MemoryError):
            n[2] += 1
print(n)
"""


def deflate_sources(rng):
    text = b"".join(b"%d bottles of beer on the wall, take %d down\n" % (i, i % 3) for i in range(300))
    noise = bytes(rng.getrandbits(8) for _ in range(3000))
    datas = [b"", b"a", text[:500], text, noise, b"\x00" * 4000 + noise[:50] + text[:900]]
    out = []
    for data in datas:
        for fmt, w in ((1, -15), (2, 15), (3, 31)):
            for level, strategy in ((0, 0), (1, 0), (6, 0), (9, zlib.Z_FIXED), (6, zlib.Z_HUFFMAN_ONLY)):
                c = zlib.compressobj(level, zlib.DEFLATED, w, 8, strategy)
                out.append((fmt, c.compress(data) + c.flush()))
    return out


def corrupt_stream(rng, comp, other):
    b = bytearray(comp)
    kind = rng.randrange(7)
    if kind == 0 and b:                      # bit flips
        for _ in range(rng.randint(1, 8)):
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    elif kind == 1 and b:                    # byte changes
        for _ in range(rng.randint(1, 4)):
            b[rng.randrange(len(b))] = rng.getrandbits(8)
    elif kind == 2:                          # truncation
        del b[rng.randrange(len(b) + 1):]
    elif kind == 3:                          # splice with another stream
        i = rng.randrange(len(b) + 1)
        j = rng.randrange(len(other) + 1)
        b = b[:i] + other[j:]
    elif kind == 4:                          # inserted random bytes
        i = rng.randrange(len(b) + 1)
        b[i:i] = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 16)))
    elif kind == 5:                          # random body after the first bytes
        keep = rng.randrange(min(len(b), 12) + 1)
        b = b[:keep] + bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 300)))
    else:                                    # a flip near the start (headers, code tables)
        for _ in range(rng.randint(1, 3)):
            if b:
                b[rng.randrange(min(len(b), 40))] ^= 1 << rng.randrange(8)
    return bytes(b)


def make_deflate(rng, count):
    sources = deflate_sources(rng)
    progs = []
    for _ in range(count):
        cases = []
        for _ in range(40):
            fmt, comp = rng.choice(sources)
            other = rng.choice(sources)[1]
            read_fmt = rng.choice([fmt, fmt, fmt, 0, 1, 2, 3])
            wbits = rng.choice([0, 0, 15, 15, 9, 5, 12])
            odd = rng.choice([-1, -1, -1, 0, 1, 2, 3])
            cases.append((read_fmt, wbits, odd, corrupt_stream(rng, comp, other).hex()))
        progs.append(("CASES = %r\n" % cases + DEFLATE_PROLOGUE).encode())
    return progs


# ---------------------------------------------------------------- running

def calls_exit(src):
    return b"sys.exit" in src or b"SystemExit" in src or b"exit(" in src


def set_limits(mem_mb):
    def f():
        try:
            import resource
            if mem_mb:
                lim = mem_mb * 1024 * 1024
                resource.setrlimit(resource.RLIMIT_AS, (lim, lim))
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except (ImportError, ValueError, OSError):
            pass
    return f


def run_prog(cmd, src, path, timeout, mem_mb):
    with open(path, "wb") as f:
        f.write(src)
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    try:
        proc = runtests.run_killable(cmd + [os.path.basename(path)], cwd=os.path.dirname(path),
                                     timeout=timeout, env=env, stdout=subprocess.DEVNULL,
                                     preexec_fn=set_limits(mem_mb) if os.name == "posix" else None)
    except subprocess.TimeoutExpired:
        return "TIMEOUT", None, b""
    st = proc.returncode
    if st < 0 or st >= 128:
        return "CRASH", st, proc.stderr[-500:]
    if st in (0, 1) or (calls_exit(src) and st < 128):
        return "ok", st, b""
    return "BADSTATUS", st, proc.stderr[-500:]


def main(argv=None):
    ap = argparse.ArgumentParser(description="robustness fuzzer")
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    ap.add_argument("--count", type=int, default=400,
                    help="total programs: 3/4 malformed, 1/4 run-time errors (default 400)")
    ap.add_argument("--deflate", type=int, default=40,
                    help="extra programs decompressing corrupted deflate streams (default 40)")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--heap", default="4m", help="heap size passed as -X heapsize=...")
    ap.add_argument("--mem-limit", type=int, default=512,
                    help="address-space limit per run in MB (0 = none; use 0 under ASan/valgrind)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--keep", action="store_true", help="keep the generated programs")
    args = ap.parse_args(argv)

    cmd = shlex.split(args.krait)
    if cmd and os.sep in cmd[0]:
        cmd[0] = os.path.abspath(cmd[0])
        if not os.path.exists(cmd[0]):
            print("fuzz_robust: interpreter not found: %s" % cmd[0], file=sys.stderr)
            return 2

    rng = random.Random(args.seed)
    sources = []
    for t in runtests.find_tests():
        if os.path.basename(os.path.dirname(t)) == "fs":
            continue   # file tests: a mutated one could remove files outside its directory
        with open(t, "rb") as f:
            sources.append(f.read())
    if not sources:
        sources = [b"print(1)\n"]
    n_rt = max(1, args.count // 4)
    n_mal = max(0, args.count - n_rt)
    progs = [("mal", p) for p in make_malformed(rng, sources, n_mal)]
    progs += [("rt", p) for p in make_runtime(rng, n_rt)]
    progs += [("deflate", p) for p in make_deflate(random.Random(args.seed + 1), args.deflate)]

    workdir = tempfile.mkdtemp(prefix="krait-fuzz-")
    # does the interpreter accept -X heapsize=...?
    probe = os.path.join(workdir, "probe.py")
    with open(probe, "w") as f:
        f.write("print(1)\n")
    heap_args = ["-X", "heapsize=" + args.heap]
    try:
        r = subprocess.run(cmd + heap_args + ["probe.py"], cwd=workdir, stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, timeout=args.timeout)
        if r.returncode != 0 or r.stdout.strip() != b"1":
            heap_args = []
    except (subprocess.TimeoutExpired, OSError):
        heap_args = []
    run_cmd = cmd + heap_args

    faildir = os.path.join(ROOT, "build", "fuzz-failures")
    results = [None] * len(progs)

    def job(i):
        kind, src = progs[i]
        path = os.path.join(workdir, "%s_%04d.py" % (kind, i))
        return run_prog(run_cmd, src, path, args.timeout, args.mem_limit)

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        for i, res in zip(range(len(progs)), ex.map(job, range(len(progs)))):
            results[i] = res

    passed = failed = 0
    for i, (kind, src) in enumerate(progs):
        what, st, err = results[i]
        if what == "ok":
            passed += 1
            continue
        failed += 1
        os.makedirs(faildir, exist_ok=True)
        saved = os.path.join(faildir, "seed%d_%s_%04d.py" % (args.seed, kind, i))
        with open(saved, "wb") as f:
            f.write(src)
        detail = "" if st is None else " (%s)" % runtests.describe_status(st)
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] if err else []
        print("%s %s%s%s" % (what, os.path.relpath(saved, ROOT), detail,
                             (": " + tail[0][:120]) if tail else ""))
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)   # programs may have made files and dirs
    else:
        print("programs kept in %s" % workdir)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
