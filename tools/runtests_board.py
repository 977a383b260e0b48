"""runtests_board.py: the board mode of tools/runtests.py (--target qemu --firmware ELF).

Boots the firmware in QEMU (one emulator per job, -j N) and runs each test through the
raw REPL (tools/krremote.py): enter raw mode once, then per test send the source, Ctrl-D,
read OK, stdout, \\x04, exception text, \\x04, '>', and soft-reset (Ctrl-D on an empty
raw REPL) so every test starts with a fresh heap and fresh globals. stdout is compared
with the same .exp files as on unix.

Skipped on the board (counted as skipped, reason shown with -v):
  - tests/cmdline, tests/import, tests/repl: they need the unix command line, files
    next to the test, or a pty around the unix program;
  - tests that use their own path or the command line (__file__, sys.argv), or import
    a module that exists as a file/directory beside the test (those files are on the
    host, not on the board) other than a CPython fallback (`except ImportError: import
    _x as y`). Tests that write and read their own files run: the board's working
    directory is its FAT RAM disk;
  - tests whose first line says `# board: skip (reason)`;
  - BOARD_SKIP_TESTS below: output that depends on the word size (hash values,
    sys.maxsize), on newlib's libm last digits, on a real-time clock or on host fds;
  - a test that prints nothing and stops at `No module named 'X'`: X is not built
    into this board (e.g. a library its manifest does not freeze).
tests/board/*.py are CPython drivers of the firmware itself (pty/pipe to QEMU), run as
`python3 NAME.py FIRMWARE.elf`.
A test that hangs, or a board that stops answering (or faults and resets), fails the
test; the emulator is then restarted for the next one.
"""
import os
import queue
import re
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import krremote  # noqa: E402

BOARD_SKIP_AREAS = ("cmdline", "import", "repl")
# Tests whose expected output (recorded from 64-bit CPython on Linux) cannot hold on a
# 32-bit board with newlib, by design rather than by bug:
WORD = "prints hash() values or sys.maxsize, which depend on the word size (32-bit board)"
LIBM = "last-digit results of newlib's libm (pow/exp/hypot/gamma) differ from glibc's"
BOARD_SKIP_TESTS = {
    "basics/int_abs_neg_edge.py": WORD,
    "containers/cont_set_ops.py": WORD,
    "containers/cont_tuple_range.py": WORD,
    "float/num_float_ops.py": WORD,
    "float/num_random_mixed.py": WORD,
    "containers/range_basic.py": "len() of a range longer than 2**31-1 is an OverflowError on 32-bit",
    "modules/struct_errors.py": "CPython words i/I/l range errors by its C long, 64-bit on the host (32-bit CPython says 'argument out of range' too)",
    "strings/str_format_limits.py": "spec numbers overflow a 32-bit index sooner ('Too many decimal digits', as 32-bit CPython)",
    "basics/seq_repeat_huge.py": "seq * 2**62 fits a 64-bit index; on 32-bit it is an OverflowError (as 32-bit CPython)",
    "modules/time_basic.py": "no RTC: the board's wall clock starts at 2000-01-01",
    "float/float_mixed_ops.py": LIBM,
    "float/math_more_funcs.py": LIBM,
    "float/num_math_funcs.py": LIBM,
    "modules/select_poll.py": "polls POSIX file descriptors (host only)",
}
NO_MODULE_RE = re.compile(r"(?:ModuleNotFoundError|ImportError): No module named '([\w.]+)'\s*$")
BOARD_DRIVER_AREA = "board"
IMPORT_RE = re.compile(r"^\s*(?:from\s+([A-Za-z_.][\w.]*)\s+import|import\s+([\w.,\s]+))", re.M)


def area_of(path):
    return os.path.basename(os.path.dirname(os.path.abspath(path)))


def board_skip_reason(path, source):
    """Why a test cannot run on the board, or None."""
    area = area_of(path)
    name = area + "/" + os.path.basename(path)
    if name in BOARD_SKIP_TESTS:
        return BOARD_SKIP_TESTS[name]
    if area in BOARD_SKIP_AREAS:
        return "area %s needs the unix command line or files" % area
    first = source.split("\n", 1)[0]
    m = re.match(r"#\s*board:\s*skip\s*(.*)", first)
    if m:
        return m.group(1).strip("() ") or "marked"
    if "__file__" in source or "sys.argv" in source:
        return "uses the test's own path or the command line"
    d = os.path.dirname(os.path.abspath(path))
    # a local module imported only as the CPython fallback of a builtin one
    # (`try: import deflate` / `except ImportError: import _deflate_shim as deflate`) is fine
    source = re.sub(r"(except ImportError:\s*\n\s*)import \w+ as ", r"\1", source)
    for m in IMPORT_RE.finditer(source):
        names = [m.group(1)] if m.group(1) else m.group(2).split(",")
        for n in names:
            n = n.strip().split(" ")[0].split(".")[0]
            if n == "" or m.group(1) and m.group(1).startswith("."):
                return "relative import"
            if os.path.exists(os.path.join(d, n + ".py")) or os.path.isdir(os.path.join(d, n)):
                return "imports local module %s" % n
    return None


class BoardWorker:
    """One emulated board running tests one after another."""

    def __init__(self, firmware, timeout):
        self.firmware = firmware
        self.timeout = timeout
        self.board = None

    def ensure(self):
        if self.board is None:
            self.board = krremote.Board(firmware=self.firmware, timeout=30)
            self.board.wait_boot(30)
            self.board.enter_raw(30)

    def reboot(self):
        if self.board is not None:
            self.board.close()
        self.board = None

    def run(self, source):
        """Returns (kind, stdout, stderr): kind ok / timeout / error."""
        try:
            self.ensure()
        except krremote.BoardError as e:
            self.reboot()
            return "error", "", "board did not boot: %s" % e
        b = self.board
        try:
            out, err = b.exec_raw(source.encode("utf-8"), timeout=self.timeout)
        except krremote.BoardError as e:
            # a hang, a fault (the board resets) or a lost connection: boot a fresh board
            partial = b.buf
            kind = "timeout" if "timeout" in str(e) else "error"
            if b"FATAL" in b.log:
                kind = "crash"
            self.reboot()
            return kind, partial.decode("utf-8", "replace"), str(e)
        try:
            b.soft_reset_raw(15)
        except krremote.BoardError:
            self.reboot()
        return ("ok", krremote.normalise(out).decode("utf-8", "replace"),
                krremote.normalise(err).decode("utf-8", "replace"))

    def close(self):
        self.reboot()


def run(tests, args, rt):
    """Run tests on QEMU boards; rt is the runtests module (helpers, output format)."""
    firmware = os.path.abspath(args.firmware)
    if not os.path.exists(firmware):
        print("runtests: firmware not found: %s" % firmware, file=sys.stderr)
        return 2
    timeout = args.timeout
    results = {}
    work = queue.Queue()
    drivers = []
    for t in tests:
        if area_of(t) == BOARD_DRIVER_AREA:
            drivers.append(t)
            continue
        with open(t, encoding="utf-8") as f:
            src = f.read()
        reason = board_skip_reason(t, src)
        if reason:
            results[t] = ("skip", "skip %s (%s)" % (rt.test_name(t), reason))
        else:
            work.put((t, src))

    def compare(t, stdout, stderr):
        name = rt.test_name(t)
        if stdout == "SKIP\n":
            return "skip", "skip %s" % name
        m = NO_MODULE_RE.search(stderr)
        if m and not stdout.strip():
            # the program could not even import what it tests: not built into this board
            return "skip", "skip %s (module %s is not built into this board)" % (name, m.group(1))
        exp_path = t[:-3] + ".exp"
        if not os.path.exists(exp_path):
            return "fail", "FAIL %s: missing %s" % (name, os.path.relpath(exp_path, rt.ROOT))
        with open(exp_path, "rb") as f:
            expected = rt.normalise(f.read().decode("utf-8", "replace"))
        if stdout == expected:
            return "pass", None
        import difflib
        diff = list(difflib.unified_diff(expected.splitlines(), stdout.splitlines(),
                                         "expected", "got", lineterm="", n=2))
        if len(diff) > 30:
            diff = diff[:30] + ["... (%d more diff lines)" % (len(diff) - 30)]
        diff += ["stderr: " + l for l in stderr.strip().splitlines()[-3:]]
        return "fail", "FAIL %s (on the board)\n%s" % (name, "\n".join("    " + l for l in diff))

    lock = threading.Lock()

    def worker():
        w = BoardWorker(firmware, timeout)
        try:
            while True:
                try:
                    t, src = work.get_nowait()
                except queue.Empty:
                    return
                start = time.monotonic()
                kind, out, err = w.run(src)
                if kind == "ok":
                    res = compare(t, out, err)
                elif kind == "timeout":
                    res = ("fail", "TIMEOUT %s on the board (after %gs); last output: %r"
                           % (rt.test_name(t), timeout, out[-120:]))
                else:
                    res = ("fail", "%s %s on the board: %s" % ("CRASH" if kind == "crash" else "ERROR",
                                                               rt.test_name(t), err))
                with lock:
                    results[t] = res
                    if args.verbose:
                        print("%-4s %s (%.1fs)" % (res[0], rt.test_name(t), time.monotonic() - start),
                              flush=True)
        finally:
            w.close()

    threads = [threading.Thread(target=worker) for _ in range(max(1, args.jobs))]
    for th in threads:
        th.start()
    for t in drivers:
        results[t] = rt.check(t, [firmware], max(timeout, 60))
    for th in threads:
        th.join()

    counts = {"pass": 0, "fail": 0, "skip": 0}
    failures = []
    for t in tests:
        res, msg = results[t]
        counts[res] += 1
        if res == "fail":
            failures.append(rt.test_name(t))
            print(msg)
        elif args.verbose and res == "skip":
            print(msg)
    if len(failures) > 1:
        print("failed: " + " ".join(failures))
    line = "%d passed, %d failed" % (counts["pass"], counts["fail"])
    if counts["skip"]:
        line += ", %d skipped" % counts["skip"]
    print("board %s: %s" % (os.path.basename(os.path.dirname(firmware)), line))
    print(line)
    return 1 if counts["fail"] else 0
