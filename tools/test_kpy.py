#!/usr/bin/env python3
"""test_kpy.py: tests of the .kpy precompiled-bytecode format and krait-cross.

Usage: tools/test_kpy.py --krait build/krait --cross build/krait-cross [-j N] [--fuzz N]

1. Round trip: every test program under tests/ (except tests/cmdline and tests/repl,
   which need the source or a terminal) is compiled with krait-cross into a mirror of
   its directory (other files are symlinked there) and run as `krait NAME.kpy`; its
   output must equal the test's .exp. Done for the host small-int width and for
   -msmall-int-bits=31 (ints beyond 31 bits become constants).
2. Import: NAME.kpy is imported when there is no NAME.py in that sys.path entry, a
   package may be precompiled (__init__.kpy), and NAME.py wins over NAME.kpy.
3. Refusal: foreign magic, version, flags, small-int width or opcode set give
   "ValueError: incompatible .kpy file"; truncated or damaged files give
   "ValueError: corrupt .kpy file"; random byte flips never crash (run it under ASan).
Ends with "N passed, N failed"; exit status 1 if any failed.
"""

import argparse
import concurrent.futures
import os
import random
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runtests  # noqa: E402

SKIP_AREAS = {"cmdline", "repl", "board"}   # need the source, a terminal, or are CPython drivers
SKIP_TESTS = {"modules/sys_argv.py"}   # checks that argv[0] names the .py file


def run(cmd, cwd, timeout=120):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    try:
        p = runtests.run_killable(cmd, cwd=cwd, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return None, "", "timeout"
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def mirror_dir(src, dst):
    """dst gets a symlink to every entry of src (helpers, data files, packages)."""
    os.makedirs(dst, exist_ok=True)
    for name in os.listdir(src):
        target = os.path.join(dst, name)
        if not os.path.lexists(target):
            os.symlink(os.path.join(src, name), target)


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = []

    def check(self, ok, name, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed.append(name)
            print("FAIL %s%s" % (name, ("\n    " + detail.replace("\n", "\n    ")) if detail else ""))


def round_trip(args, tmp, res):
    tests = [t for t in runtests.find_tests()
             if os.path.basename(os.path.dirname(t)) not in SKIP_AREAS
             and not runtests.is_driver_test(t)
             and runtests.test_name(t).replace(os.sep, "/") not in SKIP_TESTS]
    jobs = []
    for bits in (None, 31):
        root = os.path.join(tmp, "rt%s" % (bits or "host"))
        for t in tests:
            rel = os.path.relpath(os.path.dirname(t), runtests.TESTS_DIR)
            jobs.append((t, bits, os.path.join(root, rel)))
    for t, bits, d in jobs:
        mirror_dir(os.path.dirname(t), d)

    def one(job):
        t, bits, d = job
        base = os.path.basename(t)[:-3]
        kpy = os.path.join(d, base + ".kpy")
        cmd = [args.cross, "-s", base + ".py", "-o", kpy, t]
        if bits:
            cmd.insert(1, "-msmall-int-bits=%d" % bits)
        st, out, err = run(cmd, d)
        name = "%s [%s]" % (runtests.test_name(t), "kpy%s" % (bits or ""))
        if st != 0:
            # a test of compile errors is fine to be refused by the compiler only if
            # CPython refuses it too, which the .exp can't tell: report it
            return name, False, "krait-cross failed: " + err.strip()[-300:]
        st, out, err = run([args.krait, base + ".kpy"], d)
        if st is None or st < 0 or st >= 128:
            return name, False, "crash/timeout status=%s\n%s" % (st, err[-500:])
        out = runtests.normalise(out)
        with open(t[:-3] + ".exp", "rb") as f:
            exp = runtests.normalise(f.read().decode("utf-8", "replace"))
        if out == "SKIP\n" or out == exp:
            return name, True, ""
        import difflib
        diff = list(difflib.unified_diff(exp.splitlines(), out.splitlines(), "expected", "got", lineterm="", n=1))
        return name, False, "\n".join(diff[:20])

    def one_retried(job):
        name, ok, detail = one(job)
        if not ok:
            # a second run tells a loaded machine (timeouts) from a real difference
            name, ok, detail2 = one(job)
            if ok:
                print("flaky %s (passed on retry): %s" % (name, detail.splitlines()[0] if detail else ""))
            else:
                detail = detail2
        return name, ok, detail

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        for name, ok, detail in ex.map(one_retried, jobs):
            res.check(ok, name, detail)


def compile_to(args, src_text, path, extra=()):
    src = path[:-4] + ".src.py"
    with open(src, "w") as f:
        f.write(src_text)
    st, out, err = run([args.cross] + list(extra) + ["-s", os.path.basename(path)[:-4] + ".py", "-o", path, src],
                       os.path.dirname(path))
    os.unlink(src)
    if st != 0:
        raise RuntimeError("krait-cross failed: " + err)
    with open(path, "rb") as f:
        return f.read()


def expect_run(args, res, name, cwd, code, want_out=None, want_err_tail=None):
    st, out, err = run([args.krait, "-c", code], cwd)
    ok = st is not None and 0 <= st < 128
    detail = "status=%s stdout=%r stderr=%r" % (st, out[-300:], err[-300:])
    if ok and want_out is not None:
        ok = out == want_out
    if ok and want_err_tail is not None:
        ok = err.strip().endswith(want_err_tail)
    res.check(ok, name, "" if ok else detail)


def import_checks(args, tmp, res):
    d = os.path.join(tmp, "imp")
    os.makedirs(os.path.join(d, "kpkg"), exist_ok=True)
    compile_to(args, "print('kmod body', __name__)\nV = 7\n", os.path.join(d, "kmod.kpy"))
    compile_to(args, "print('kpkg init', __name__)\nfrom . import sub\n", os.path.join(d, "kpkg", "__init__.kpy"))
    compile_to(args, "S = 'sub'\nimport kmod\n", os.path.join(d, "kpkg", "sub.kpy"))
    compile_to(args, "WHO = 'kpy'\n", os.path.join(d, "both.kpy"))
    with open(os.path.join(d, "both.py"), "w") as f:
        f.write("WHO = 'py'\n")
    expect_run(args, res, "kpy: import module", d,
               "import kmod; print(kmod.V, kmod.__file__)", "kmod body kmod\n7 kmod.kpy\n")
    expect_run(args, res, "kpy: import package", d,
               "import kpkg.sub; print(kpkg.sub.S, kpkg.__path__, kpkg.sub.kmod.V)",
               "kpkg init kpkg\nkmod body kmod\nsub ['kpkg'] 7\n")
    expect_run(args, res, "kpy: .py wins over .kpy", d, "import both; print(both.WHO)", "py\n")
    compile_to(args, "assert False, 'x'\nprint('after', __debug__)\n", os.path.join(d, "opt1.kpy"), ["-O1"])
    expect_run(args, res, "kpy: -O1 strips asserts, __debug__ False", d, "import opt1", "after False\n")
    compile_to(args, "def f():\n\n    raise ValueError(1)\nf()\n", os.path.join(d, "lines.kpy"))
    expect_run(args, res, "kpy: line numbers kept", d, "import lines", "", "line 3, in f\nValueError: 1")
    compile_to(args, "def f():\n\n    raise ValueError(1)\nf()\n", os.path.join(d, "nolines.kpy"), ["-O3"])
    expect_run(args, res, "kpy: -O3 strips line numbers", d, "import nolines", "", "line 1, in f\nValueError: 1")
    # a SyntaxError from the cross compiler names the file and line
    src = os.path.join(d, "bad_syntax.py")
    with open(src, "w") as f:
        f.write("x = 1\ny = (\n")
    st, out, err = run([args.cross, "-o", os.path.join(d, "bs.kpy"), src], d)
    res.check(st == 1 and "SyntaxError" in err and "line" in err and "bad_syntax.py" in err,
              "kpy: krait-cross reports SyntaxError with file and line", err)


def patch(data, off, value):
    b = bytearray(data)
    b[off] = value
    return bytes(b)


def refusal_checks(args, tmp, res):
    d = os.path.join(tmp, "bad")
    os.makedirs(d, exist_ok=True)
    good = compile_to(args, "X = [1, 2.5, 'three', b'4', (5, (6,))]\ndef f(a, *b, **c):\n    return a\n"
                      "class C:\n    def m(self):\n        return [x for x in range(3)]\nprint(len(X))\n",
                      os.path.join(d, "good.kpy"))
    incompatible = {
        "magic": patch(good, 0, ord("X")),
        "version": patch(good, 3, good[3] + 1),
        "flags": patch(good, 4, 0x80),
        "small-int width": patch(good, 5, 64 if good[5] == 63 else good[5] + 1),
        "opcode set": patch(good, 7, good[7] + 1),
    }
    for what, data in incompatible.items():
        with open(os.path.join(d, "m.kpy"), "wb") as f:
            f.write(data)
        expect_run(args, res, "kpy: refuses foreign %s" % what, d, "import m", "",
                   "ValueError: incompatible .kpy file")
    corrupt = {"truncated header": good[:10], "truncated body": good[:-3],
               "trailing data": good + b"\0", "bad crc": good[:-1] + bytes([good[-1] ^ 1]),
               "empty": b""}
    for what, data in corrupt.items():
        with open(os.path.join(d, "m.kpy"), "wb") as f:
            f.write(data)
        tail = "incompatible .kpy file" if what == "empty" else "corrupt .kpy file"
        expect_run(args, res, "kpy: refuses %s" % what, d, "import m", "", "ValueError: " + tail)
    # random damage: never a crash; a ValueError unless the flip was harmless
    rng = random.Random(1234)
    crashes = []
    for i in range(args.fuzz):
        b = bytearray(good)
        for _ in range(rng.randint(1, 4)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        name = "f%d" % i
        with open(os.path.join(d, name + ".kpy"), "wb") as f:
            f.write(bytes(b))
        st, out, err = run([args.krait, "-c", "import " + name], d)
        if st is None or st < 0 or st >= 128 or ("Error" in err and "ValueError" not in err
                                                   and "MemoryError" not in err):
            crashes.append("%s: status=%s %s" % (name, st, err.strip()[-200:]))
        else:
            os.unlink(os.path.join(d, name + ".kpy"))
    res.check(not crashes, "kpy: %d damaged files never crash" % args.fuzz, "\n".join(crashes[:5]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default="build/krait")
    ap.add_argument("--cross", default="build/krait-cross")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--fuzz", type=int, default=200)
    ap.add_argument("--no-round-trip", action="store_true")
    args = ap.parse_args()
    args.krait = os.path.abspath(args.krait)
    args.cross = os.path.abspath(args.cross)
    res = Results()
    tmp = tempfile.mkdtemp(prefix="krait-kpy-")
    try:
        import_checks(args, tmp, res)
        refusal_checks(args, tmp, res)
        if not args.no_round_trip:
            round_trip(args, tmp, res)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if res.failed:
        print("failed: " + " ".join(res.failed[:20]))
    print("%d passed, %d failed" % (res.passed, len(res.failed)))
    return 1 if res.failed else 0


if __name__ == "__main__":
    sys.exit(main())
