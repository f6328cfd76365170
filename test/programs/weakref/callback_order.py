# Callbacks run newest first; the shared ref and proxy have none.
import weakref

class C:
    pass

o = C()
refs = []
for i in range(5):
    refs.append(weakref.ref(o, lambda w, i=i: print('callback', i)))
shared = weakref.ref(o)
proxy = weakref.proxy(o)
pcb = weakref.proxy(o, lambda p: print('proxy callback'))
print([weakref.getweakrefs(o).index(r) for r in refs])
print(weakref.getweakrefs(o)[0] is shared, weakref.getweakrefs(o)[1] is proxy)
del o
print('done')
