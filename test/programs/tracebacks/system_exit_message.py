# SystemExit with a string: the string goes to stderr, exit status 1, no traceback.
import sys
print("about to exit")
sys.exit("fatal: configuration missing")
