# print(file=sys.stderr): the last stderr line is compared; stdout is separate.
# pyheap-test: stderr=full
import sys
print("to stdout")
print("first stderr line", file=sys.stderr)
print("back to stdout")
print("last stderr line:", 42, sep=" ", file=sys.stderr)
sys.stderr.write("written directly\n")
print("done")
