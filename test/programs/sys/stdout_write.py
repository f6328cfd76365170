# sys.stdout.write/flush and sys.stderr.write; write returns the length.
import sys
n = sys.stdout.write("written\n")
sys.stdout.write(str(n) + "\n")
sys.stdout.flush()
print("mixed with print", end="|")
sys.stdout.write("same line\n")
print(sys.stdout.write(""), sys.stdout.writable(), sys.stdout is sys.__stdout__)
sys.stderr.write("to stderr\n")
sys.stdout.writelines(["a\n", "b\n"])
