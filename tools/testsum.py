#!/usr/bin/env python3
"""Sum up a `make test` log: every test step's own result line and exit status.

Usage: tools/testsum.py LOG

The Makefile's test recipe runs each step through `tee -a LOG` and then appends
a line `== <step> exit=<status>`. This prints one line per step and, last, the
total as `N passed, N failed[, N skipped]`; it exits 1 when any step failed or
exited non-zero (a step that died before printing its result counts as 1 failed).
The names of failed tests (runners print `FAIL <name>...`) are listed under their
step, so the end of a long log still says what failed.
"""

import re
import sys

RESULT = re.compile(r"^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$")
STEP_END = re.compile(r"^== (.+) exit=(\d+)\s*$")
FAIL_LINE = re.compile(r"^(?:FAIL|ERROR|CRASH|TIMEOUT)\s+(\S+?):?(?:\s|$)")


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    total = [0, 0, 0]
    last = None
    bad = False
    rows = []
    failed_names = []
    for line in lines:
        m = FAIL_LINE.match(line)
        if m and len(failed_names) < 40:
            failed_names.append(m.group(1))
            continue
        m = RESULT.match(line)
        if m:
            last = [int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)]
            continue
        m = STEP_END.match(line)
        if m:
            name, status = m.group(1), int(m.group(2))
            res = last if last is not None else [0, 1, 0]
            if status != 0 and res[1] == 0:
                res = [res[0], 1, res[2]]   # died or failed without saying so
            for i in range(3):
                total[i] += res[i]
            bad = bad or status != 0 or res[1] != 0
            rows.append("  %-28s %d passed, %d failed, %d skipped%s"
                        % (name, res[0], res[1], res[2], "" if status == 0 else "  (exit %d)" % status))
            if failed_names:
                rows.append("      failed: " + " ".join(failed_names))
            failed_names = []
            last = None
    print("make test summary:")
    for r in rows:
        print(r)
    print("%d passed, %d failed, %d skipped" % tuple(total))
    return 1 if bad or not rows else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
