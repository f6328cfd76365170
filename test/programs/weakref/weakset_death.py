# WeakSet members leave when they die.
import gc
import weakref

gc.disable()
class M:
    pass

items = [M() for i in range(4)]
s = weakref.WeakSet(items)
print(len(s))
items.pop()
print(len(s))
items[0].me = items[0]
del items[0]
print(len(s), gc.collect(), len(s))
for m in s:
    items.clear()
print(len(s), len(list(s)))
