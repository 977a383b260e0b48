#!/usr/bin/env python3
"""Krait test runner: runs tests/<area>/*.py and compares stdout with <name>.exp.

Usage:
    tools/runtests.py [--krait PATH] [-j N] [--timeout S] [--area A] [paths...]
    tools/runtests.py --list

A test whose output is exactly "SKIP\\n" counts as skipped. Tests under
tests/cmdline/ are compared on stdout + stderr + exit status (see
combine_cmdline_output, shared with tools/record_exp.py). Tests under tests/repl/
are CPython scripts that drive Krait through a pseudo-terminal: they are run as
`python3 NAME.py KRAIT-COMMAND...` and their stdout is compared with NAME.exp.
Ends with "N passed, N failed[, N skipped]"; exit status 1 if any failed.
--target qemu --firmware ELF runs the suite on the emulated board through its raw REPL
(see tools/runtests_board.py for what is skipped there).
"""

import argparse
import concurrent.futures
import difflib
import os
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS_DIR = os.path.join(ROOT, "tests")
CMDLINE_AREA = "cmdline"
DRIVER_AREA = "repl"      # tests that are CPython drivers of a Krait on a pty
BOARD_AREA = "board"      # CPython drivers of the qemu firmware (print SKIP without one)


def is_cmdline_test(path):
    return os.path.basename(os.path.dirname(os.path.abspath(path))) == CMDLINE_AREA


def is_driver_test(path):
    return os.path.basename(os.path.dirname(os.path.abspath(path))) in (DRIVER_AREA, BOARD_AREA)


def combine_cmdline_output(stdout, stderr, status, test_dir=None):
    """Output format for tests/cmdline: stdout, then (only if stderr is
    non-empty) a marker line and stderr, then a final 'exit=<status>' line.
    Paths of files in the test's directory are shown relative to it (CPython
    makes the script path absolute in tracebacks)."""
    if test_dir:
        stderr = stderr.replace('File "%s%s' % (test_dir, os.sep), 'File "')
    out = stdout
    if stderr:
        if out and not out.endswith("\n"):
            out += "\n"
        out += "--- stderr ---\n" + stderr
    if out and not out.endswith("\n"):
        out += "\n"
    out += "exit=%d\n" % status
    return out


def normalise(text):
    return text.replace("\r\n", "\n")


def find_tests(paths=None, areas=None):
    """Return sorted absolute paths of test files."""
    result = []

    def add_dir(d):
        for dirpath, dirnames, filenames in os.walk(d):
            dirnames[:] = sorted(n for n in dirnames
                                 if n != "fixtures" and not n.startswith((".", "_")))
            for f in sorted(filenames):
                if f.endswith(".py") and not f.startswith("_"):
                    result.append(os.path.join(dirpath, f))

    if paths:
        for p in paths:
            p = os.path.abspath(p)
            if os.path.isdir(p):
                add_dir(p)
            elif os.path.isfile(p):
                result.append(p)
            else:
                # allow "basics/int_add" or "basics/int_add.py" relative to tests/
                q = os.path.join(TESTS_DIR, os.path.relpath(p, os.getcwd()))
                if not q.endswith(".py"):
                    q += ".py"
                if os.path.isfile(q):
                    result.append(q)
                else:
                    sys.exit("runtests: no such test: %s" % p)
    else:
        if areas:
            for a in areas:
                d = os.path.join(TESTS_DIR, a)
                if not os.path.isdir(d):
                    sys.exit("runtests: no such area: %s" % a)
                add_dir(d)
        else:
            add_dir(TESTS_DIR)
    seen = set()
    out = []
    for r in result:
        if r not in seen:
            seen.add(r)
            out.append(r)
    return out


def test_name(path):
    try:
        return os.path.relpath(path, TESTS_DIR)
    except ValueError:
        return path


def run_killable(cmd, cwd, timeout, env=None, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                 preexec_fn=None):
    """subprocess.run, but on timeout the whole process group is killed (so
    children of a --prefix-cmd wrapper do not linger)."""
    posix = os.name == "posix"
    with subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=stdout,
                          stderr=stderr, start_new_session=posix,
                          preexec_fn=preexec_fn) as p:
        try:
            out, err = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            if posix:
                import signal
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except OSError:
                    pass
            else:
                p.kill()
            out, err = p.communicate()
            raise subprocess.TimeoutExpired(cmd, timeout, out, err)
    return subprocess.CompletedProcess(cmd, p.returncode, out, err)


def run_one(path, krait_cmd, timeout, extra_env=None):
    """Run one test. Returns (kind, output) where kind is 'ok', 'crash',
    'timeout' or 'error' (could not start)."""
    if is_driver_test(path):
        cmd = [sys.executable, os.path.basename(path)] + list(krait_cmd)
    else:
        cmd = list(krait_cmd) + [os.path.basename(path)]
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    if extra_env:
        env.update(extra_env)
    try:
        proc = run_killable(cmd, cwd=os.path.dirname(path), timeout=timeout, env=env)
    except subprocess.TimeoutExpired as e:
        out = e.stdout or b""
        return "timeout", None, out.decode("utf-8", "replace"), ""
    except OSError as e:
        return "error", None, "", str(e)
    stdout = normalise(proc.stdout.decode("utf-8", "replace"))
    stderr = normalise(proc.stderr.decode("utf-8", "replace"))
    status = proc.returncode
    if status < 0 or status >= 128:
        return "crash", status, stdout, stderr
    return "ok", status, stdout, stderr


def check(path, krait_cmd, timeout):
    """Returns (result, message). result in pass/fail/skip."""
    name = test_name(path)
    exp_path = path[:-3] + ".exp"
    kind, status, stdout, stderr = run_one(path, krait_cmd, timeout)
    if kind == "timeout":
        return "fail", "TIMEOUT %s (after %gs)" % (name, timeout)
    if kind == "error":
        return "fail", "ERROR %s: cannot run: %s" % (name, stderr)
    if kind == "crash":
        msg = "CRASH %s (%s)" % (name, describe_status(status))
        tail = stderr.strip().splitlines()[-5:]
        if tail:
            msg += "\n" + "\n".join("    " + l for l in tail)
        return "fail", msg
    if is_cmdline_test(path):
        output = combine_cmdline_output(stdout, stderr, status, os.path.dirname(path))
    else:
        output = stdout
    if output == "SKIP\n":
        return "skip", "skip %s" % name
    if not os.path.exists(exp_path):
        return "fail", "FAIL %s: missing %s" % (name, os.path.relpath(exp_path, ROOT))
    with open(exp_path, "rb") as f:
        expected = normalise(f.read().decode("utf-8", "replace"))
    if output == expected:
        return "pass", None
    diff = list(difflib.unified_diff(expected.splitlines(), output.splitlines(),
                                     "expected", "got", lineterm="", n=2))
    if len(diff) > 30:
        diff = diff[:30] + ["... (%d more diff lines)" % (len(diff) - 30)]
    msg = "FAIL %s" % name
    if not is_cmdline_test(path) and status != 0:
        msg += " (exit status %d)" % status
        tail = stderr.strip().splitlines()[-3:]
        diff += ["stderr: " + l for l in tail]
    return "fail", msg + "\n" + "\n".join("    " + l for l in diff)


def describe_status(status):
    if status < 0:
        import signal
        try:
            return "killed by %s" % signal.Signals(-status).name
        except ValueError:
            return "killed by signal %d" % -status
    return "exit status %d" % status


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", help="test files or directories")
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"),
                    help="interpreter to run (default build/krait); may include args")
    ap.add_argument("--prefix-cmd", default="",
                    help="command prefix, e.g. 'valgrind -q --error-exitcode=129'")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("--area", action="append", help="area (directory under tests/); repeatable")
    ap.add_argument("--list", action="store_true", help="list tests and exit")
    ap.add_argument("-v", "--verbose", action="store_true", help="print passing tests too")
    ap.add_argument("--target", choices=["unix", "qemu"], default="unix",
                    help="qemu: run on the emulated board over its UART (tools/runtests_board.py)")
    ap.add_argument("--firmware", default=os.path.join(ROOT, "build-qemu-GENERIC", "firmware.elf"),
                    help="--target qemu: the firmware ELF to boot")
    args = ap.parse_args(argv)

    tests = find_tests(args.paths, args.area)
    if args.list:
        for t in tests:
            print(test_name(t))
        return 0
    if args.target == "qemu":
        import runtests_board
        return runtests_board.run(tests, args, sys.modules[__name__])

    krait = shlex.split(args.krait)
    if krait and os.sep in krait[0]:
        krait[0] = os.path.abspath(krait[0])
        if not os.path.exists(krait[0]):
            print("runtests: interpreter not found: %s" % krait[0], file=sys.stderr)
            return 2
    cmd = shlex.split(args.prefix_cmd) + krait

    counts = {"pass": 0, "fail": 0, "skip": 0}
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        futs = {ex.submit(check, t, cmd, args.timeout): t for t in tests}
        results = {}
        for fut in concurrent.futures.as_completed(futs):
            t = futs[fut]
            try:
                results[t] = fut.result()
            except Exception as e:  # runner bug; report and continue
                results[t] = ("fail", "ERROR %s: %r" % (test_name(t), e))
    for t in tests:
        res, msg = results[t]
        counts[res] += 1
        if res == "fail":
            failures.append(test_name(t))
            print(msg)
        elif args.verbose:
            print("%s %s" % (res, test_name(t)))
    if failures and len(failures) > 1:
        print("failed: " + " ".join(failures))
    line = "%d passed, %d failed" % (counts["pass"], counts["fail"])
    if counts["skip"]:
        line += ", %d skipped" % counts["skip"]
    print(line)
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
