# repr of live and dead weak references and proxies (addresses are checked against id()).
import weakref

class Named:
    pass

def func():
    pass

o = Named()
r = weakref.ref(o)
print(repr(r) == "<weakref at %#x; to 'Named' at %#x>" % (id(r), id(o)))
rf = weakref.ref(func)
print(repr(rf) == "<weakref at %#x; to 'function' at %#x (func)>" % (id(rf), id(func)))
rc = weakref.ref(Named)
print(repr(rc) == "<weakref at %#x; to 'type' at %#x (Named)>" % (id(rc), id(Named)))
o.__name__ = 'instance name'
print(repr(r).endswith("(instance name)>"))
o.__name__ = 42
print(repr(r).endswith("at %#x>" % id(o)))
p = weakref.proxy(o)
print(repr(p) == "<weakproxy at %#x to Named at %#x>" % (id(p), id(o)))
del o
print(repr(r) == "<weakref at %#x; dead>" % id(r))
print(repr(p) == "<weakproxy at %#x to NoneType at %#x>" % (id(p), id(None)))
