# sys.exit(0), sys.exit(None) and sys.exit(True) exit codes.
import sys
for arg in [0, None, False]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code))
sys.exit(True)
