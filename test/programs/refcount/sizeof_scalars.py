# sys.getsizeof of ints, floats, complex, bool, None.
import sys
for n in [0, 1, -1, 2 ** 29, 2 ** 30, 2 ** 60, 2 ** 90, 10 ** 100, -(2 ** 200)]:
    print(n.bit_length(), sys.getsizeof(n))
print(sys.getsizeof(1.5), sys.getsizeof(1j), sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(None))
print(sys.getsizeof(...), sys.getsizeof(NotImplemented))
