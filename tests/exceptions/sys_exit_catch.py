# SystemExit is an exception that can be caught
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    raise SystemExit(0)
except BaseException as e:
    print(type(e).__name__, e.code)
try:
    sys.exit(1)
except Exception:
    print("not caught by Exception")
except SystemExit:
    print("caught by SystemExit")
