# sys.exit(3): exit status 3, no traceback, finally blocks still run.
import sys
try:
    print("exiting")
    sys.exit(3)
finally:
    print("finally runs")
print("not reached")
