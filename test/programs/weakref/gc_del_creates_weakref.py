# A __del__ run by the collector makes a new weakref to its object: its callback runs when the
# object is finally freed.
import gc
import weakref

gc.disable()
late = []
class C:
    def __del__(self):
        print('__del__ makes a weakref')
        late.append(weakref.ref(self, lambda w: print('late callback')))

c = C()
c.me = c
del c
print('collected', gc.collect())
print('dead:', late[0]() is None)
