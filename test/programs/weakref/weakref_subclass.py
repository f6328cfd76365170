# Subclasses of weakref.ref: extra attributes, __init__ with extra arguments, __call__ override.
import sys
import weakref

class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag

class Defaulting(weakref.ref):
    __slots__ = ('default',)
    def __new__(cls, ob, default):
        self = super().__new__(cls, ob)
        self.default = default
        return self
    def __init__(self, ob, default):
        super().__init__(ob)
    def __call__(self):
        v = super().__call__()
        return self.default if v is None else v

class C:
    pass

o = C()
t = Tagged(o, None, tag='t1')
print(t() is o, t.tag, type(t).__name__, isinstance(t, weakref.ref))
d = Defaulting(o, 'gone')
print(d() is o, d.default)
print(weakref.getweakrefcount(o), Tagged(o) is Tagged(o))
del o
print(t(), d(), t.tag)
print(t == t, hash(d) if False else 'skip')
