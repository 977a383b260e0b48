#!/usr/bin/env python3
"""Record expected test output (<name>.exp) from CPython 3.

Usage: tools/record_exp.py [--python python3] [tests or dirs...]

Runs each test with CPython (PYTHONHASHSEED=0, cwd = test directory) and
writes its stdout to <name>.exp. Tests containing a line starting with
"# krait-exp: hand-written" are skipped (their .exp is written by hand).
Refuses (reports an error, writes nothing for that test) when CPython exits
with a traceback, unless the test contains a line "# expect-error".
For tests/cmdline/ the .exp holds stdout + stderr + exit status, in the
same format tools/runtests.py compares.
"""

import argparse
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runtests  # noqa: E402


def wants(path, marker):
    with open(path, "rb") as f:
        for line in f.read().decode("utf-8", "replace").splitlines():
            if line.startswith(marker):
                return True
    return False


def record(path, python, timeout):
    name = runtests.test_name(path)
    if wants(path, "# krait-exp: hand-written"):
        if not os.path.exists(path[:-3] + ".exp"):
            return "error", "%s: hand-written test has no .exp" % name
        return "hand", None
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONSTARTUP", None)
    try:
        proc = subprocess.run([python, os.path.basename(path)], cwd=os.path.dirname(path),
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return "error", "%s: timed out under %s" % (name, python)
    stdout = runtests.normalise(proc.stdout.decode("utf-8"))
    stderr = runtests.normalise(proc.stderr.decode("utf-8"))
    cmdline = runtests.is_cmdline_test(path)
    failed = proc.returncode != 0 or "Traceback (most recent call last)" in stderr
    if failed and not cmdline and not wants(path, "# expect-error"):
        return "error", "%s: CPython failed (exit %d):\n%s" % (name, proc.returncode, stderr)
    if stderr and not cmdline:
        return "error", "%s: CPython wrote to stderr:\n%s" % (name, stderr)
    if cmdline:
        out = runtests.combine_cmdline_output(stdout, stderr, proc.returncode,
                                              os.path.dirname(path))
    else:
        out = stdout
    if out == "SKIP\n":
        return "error", "%s: skipped under CPython; needs a hand-written .exp" % name
    exp = path[:-3] + ".exp"
    old = None
    if os.path.exists(exp):
        with open(exp, "rb") as f:
            old = f.read()
    new = out.encode("utf-8")
    if old == new:
        return "same", None
    with open(exp, "wb") as f:
        f.write(new)
    return "written", None


def main(argv=None):
    ap = argparse.ArgumentParser(description="record .exp files from CPython")
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--area", action="append")
    ap.add_argument("--timeout", type=float, default=60.0)
    args = ap.parse_args(argv)
    tests = runtests.find_tests(args.paths, args.area)
    counts = {"written": 0, "same": 0, "hand": 0, "error": 0}
    for t in tests:
        res, msg = record(t, args.python, args.timeout)
        counts[res] += 1
        if msg:
            print("ERROR " + msg)
        elif res == "written":
            print("wrote " + runtests.test_name(t)[:-3] + ".exp")
    print("%d written, %d unchanged, %d hand-written, %d errors"
          % (counts["written"], counts["same"], counts["hand"], counts["error"]))
    return 1 if counts["error"] else 0


if __name__ == "__main__":
    sys.exit(main())
