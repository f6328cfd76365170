# An exception in __del__ is printed as "Exception ignored in ..." and the program continues.
class Bad:
    def __del__(self):
        raise ValueError("raised inside __del__")
b = Bad()
del b
print("program continues")
print("still running")
