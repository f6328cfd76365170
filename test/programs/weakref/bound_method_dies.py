# A weak reference to a bound method dies at once: the method object is temporary.
import weakref

class C:
    def m(self):
        return 1

c = C()
r = weakref.ref(c.m)
print(r())
m = c.m
r2 = weakref.ref(m, lambda w: print('method object freed'))
print(r2() is m)
del m
print('end')
