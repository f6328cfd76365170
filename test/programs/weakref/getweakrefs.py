# getweakrefcount and getweakrefs, in the list order CPython keeps.
import weakref

class C:
    pass

o = C()
print(weakref.getweakrefcount(o), weakref.getweakrefs(o))
cb1 = weakref.ref(o, lambda w: None)
plain = weakref.ref(o)
cb2 = weakref.ref(o, lambda w: None)
prox = weakref.proxy(o)
pcb = weakref.proxy(o, lambda w: None)
order = weakref.getweakrefs(o)
names = {id(cb1): 'cb1', id(plain): 'plain', id(cb2): 'cb2', id(prox): 'proxy', id(pcb): 'proxy-cb'}
print([names[id(x)] for x in order])
print(weakref.getweakrefcount(o))
del cb2
print([names[id(x)] for x in weakref.getweakrefs(o)])
print(weakref.getweakrefcount(1), weakref.getweakrefs(1), weakref.getweakrefcount([]))
del o
print(weakref.getweakrefcount(C), len(weakref.getweakrefs(C)) >= 0)
