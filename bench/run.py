#!/usr/bin/env python3
"""Run the benchmarks on Krait and CPython 3, interleaved, and compare.

Usage: bench/run.py [--krait PATH] [--python python3] [-n ROUNDS] [names...]

Each bench/bm_*.py prints "<name>: <microseconds>" and "checksum: ...".
For every round each program runs once on each interpreter (alternating),
the best time per interpreter is kept, checksum lines must match, and the
table shows ratio = CPython time / Krait time (>1 means Krait is faster)
and the geometric mean over the benchmarks Krait completed.
"""

import argparse
import glob
import math
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(cmd, path, timeout):
    """Returns (microseconds, checksum_lines, error_or_None)."""
    try:
        p = subprocess.run(cmd + [os.path.basename(path)], cwd=HERE, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None, "timeout after %gs" % timeout
    except OSError as e:
        return None, None, str(e)
    out = p.stdout.decode("utf-8", "replace").replace("\r\n", "\n")
    if p.returncode != 0:
        err = p.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, None, "exit status %d: %s" % (p.returncode, err[-1] if err else "")
    us = None
    checks = []
    for line in out.splitlines():
        m = re.match(r"^(\w+):\s*(\d+)\s*$", line)
        if m and m.group(1) != "checksum" and us is None:
            us = int(m.group(2))
        elif line.startswith("checksum"):
            checks.append(line)
    if us is None:
        return None, None, "no timing line in output"
    return us, checks, None


def main(argv=None):
    ap = argparse.ArgumentParser(description="Krait vs CPython benchmarks")
    ap.add_argument("names", nargs="*", help="benchmark names (default: all bm_*.py)")
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    ap.add_argument("--heap", default="64m", help="Krait GC heap size (-X heapsize)")
    ap.add_argument("--python", default="python3")
    ap.add_argument("-n", "--rounds", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120.0)
    args = ap.parse_args(argv)

    krait = shlex.split(args.krait)
    if krait and os.sep in krait[0]:
        krait[0] = os.path.abspath(krait[0])
    # the benchmarks size their data for a desktop: give Krait a desktop-sized heap
    krait += ["-X", "heapsize=" + args.heap]
    cpython = shlex.split(args.python)

    progs = sorted(glob.glob(os.path.join(HERE, "bm_*.py")))
    if args.names:
        want = {n[:-3] if n.endswith(".py") else n for n in map(os.path.basename, args.names)}
        progs = [p for p in progs if os.path.basename(p)[:-3] in want]
    if not progs:
        print("no benchmarks found", file=sys.stderr)
        return 2

    best = {}    # (prog, which) -> us
    checks = {}  # (prog, which) -> checksum lines
    errors = {}  # (prog, which) -> message
    for rnd in range(args.rounds):
        for p in progs:
            order = [("krait", krait), ("cpython", cpython)]
            if rnd % 2:
                order.reverse()
            for which, cmd in order:
                key = (p, which)
                if key in errors:
                    continue
                us, ck, err = run(cmd, p, args.timeout)
                if err:
                    errors[key] = err
                    continue
                if key in checks and checks[key] != ck:
                    errors[key] = "checksum changed between rounds"
                    continue
                checks[key] = ck
                best[key] = min(us, best.get(key, us))

    print("%-16s %12s %12s %8s" % ("benchmark", "cpython us", "krait us", "ratio"))
    ratios = []
    failed = 0
    for p in progs:
        name = os.path.basename(p)[:-3]
        c = best.get((p, "cpython"))
        k = best.get((p, "krait"))
        note = ""
        if (p, "cpython") in errors:
            note = "CPython failed: " + errors[(p, "cpython")]
        elif (p, "krait") in errors:
            note = "Krait failed: " + errors[(p, "krait")]
        elif checks.get((p, "krait")) != checks.get((p, "cpython")):
            note = "checksum mismatch: krait %r, cpython %r" % (checks.get((p, "krait")),
                                                                checks.get((p, "cpython")))
        if note:
            failed += 1
            print("%-16s %12s %12s %8s  %s" % (name, c if c is not None else "-",
                                               k if k is not None else "-", "-", note))
            continue
        ratio = c / k if k else float("inf")
        ratios.append(ratio)
        print("%-16s %12d %12d %8.2f" % (name, c, k, ratio))
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("geometric mean ratio (CPython/Krait, >1 = Krait faster): %.3f over %d benchmark(s)"
              % (gm, len(ratios)))
    if failed:
        print("%d benchmark(s) failed or left out of the mean" % failed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
