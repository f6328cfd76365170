# The full "Exception ignored in" report for an exception raised in __del__ (addresses normalized).
class Resource:
    def __del__(self):
        self.release()
    def release(self):
        raise OSError("release failed")
r = Resource()
del r
print("continuing")
