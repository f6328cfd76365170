# sys.getrefcount/getsizeof argument errors and getsizeof default.
import sys
try:
    sys.getrefcount()
except TypeError as e:
    print(e)
class NoSize:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(NoSize())
except ValueError as e:
    print(e)
class Big:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(Big()), sys.getsizeof(5, "default"))
