# pyheap-test: argv=first --flag 2
# sys.argv: the script path first, then the arguments given on the command line.
import sys
print(len(sys.argv), sys.argv[1:])
print(sys.argv[0].endswith("argv.py"), sys.argv[0].rsplit("/", 1)[-1])
print(type(sys.argv).__name__)
