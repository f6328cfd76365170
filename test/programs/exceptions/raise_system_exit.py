# raise SystemExit: exit status 0 with no argument; SystemExit can be caught.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code, repr(e))
try:
    raise SystemExit("text")
except SystemExit as e:
    print("caught", e.code)
print("now really exiting")
raise SystemExit
