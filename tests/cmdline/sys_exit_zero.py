# SystemExit with no argument and code 0 both exit successfully, finally blocks run
import sys
try:
    print("in try")
    sys.exit()
finally:
    print("finally runs")
