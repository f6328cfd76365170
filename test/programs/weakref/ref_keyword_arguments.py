# weakref.ref refuses keyword arguments in its own __init__; a subclass may accept its own
import weakref


class C:
    pass


c = C()
try:
    weakref.ref(c, callback=None)
except TypeError as e:
    print(e)
try:
    weakref.ref(c, None, 3)
except TypeError as e:
    print(e)


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)


r = MyRef(c, None, value=7)
print(r.value, r() is c)
