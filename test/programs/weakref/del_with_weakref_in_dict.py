# An object whose __dict__ holds a weak reference to itself dies normally.
import weakref

class C:
    def __init__(self):
        self.me = weakref.ref(self, lambda w: print('self-ref callback'))
    def __del__(self):
        print('__del__, me alive:', self.me() is self)

c = C()
del c
print('end')
