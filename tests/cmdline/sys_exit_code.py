# sys.exit(3) exits with status 3 and no traceback
import sys
print("before exit")
sys.exit(3)
print("not reached")
