# Class machinery errors and their order: metaclass and MRO conflicts, __slots__ on int/bytes/tuple
# subtypes, hash/bool/len/index/iter protocol results of the wrong kind, __class__ assignment
# (static types, module subclasses, layouts), __init_subclass__ keywords, __new__/__init__ results.
def t(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except BaseException as e:
        print(label, type(e).__name__, e)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
t('metaclass conflict', lambda: type('C', (A, B), {}))
t('mro conflict', lambda: type('C', (object, int), {}))
class X: pass
class Y(X): pass
t('mro order', lambda: type('Z', (X, Y), {}))
t('slots conflict', lambda: type('S', (int,), {'__slots__': ('a',)}))
class S1: __slots__ = ('a',)
class S2: __slots__ = ('b',)
t('layout conflict', lambda: type('S3', (S1, S2), {}))
t('slots dup', lambda: type('S4', (), {'__slots__': ('a', 'a')}))
t('slot/classvar conflict', lambda: type('S5', (), {'__slots__': ('a',), 'a': 1}))
class H:
    def __eq__(self, o): return True
t('eq no hash', lambda: hash(H()))
class H2(H):
    __hash__ = object.__hash__
t('hash restored', lambda: type(hash(H2())).__name__)
class BoolBad:
    def __bool__(self): return 1
t('bool non-bool', lambda: bool(BoolBad()))
class LenBad:
    def __len__(self): return -1
t('len negative', lambda: len(LenBad()))
class LenBig:
    def __len__(self): return 2**64
t('len big', lambda: len(LenBig()))
class IterBad:
    def __iter__(self): return 5
t('iter non-iterator', lambda: iter(IterBad()))
class IdxBad:
    def __index__(self): return 'x'
t('index non-int', lambda: [1][IdxBad()])
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Sub(Base):
    def __radd__(self, o): return 'Sub.radd'
t('subclass radd priority', lambda: Base() + Sub())
class Cmp:
    def __lt__(self, o): return NotImplemented
t('lt notimpl', lambda: Cmp() < Cmp())
t('eq default', lambda: Cmp() == Cmp())
class C1: pass
class C2: pass
o = C1()
def setcls(): o.__class__ = C2; return type(o).__name__
t('class assign', setcls)
t('class assign int', lambda: setattr(1, '__class__', bool))
class GA:
    def __getattribute__(self, n):
        if n == 'x': return 42
        return object.__getattribute__(self, n)
t('getattribute', lambda: (GA().x, GA().__class__.__name__))
class P:
    @property
    def v(self): return 1
t('property set', lambda: setattr(P(), 'v', 2))
t('property del', lambda: delattr(P(), 'v'))
t('super outside', lambda: super().x)
class SU:
    def m(self): return super().nothing
t('super missing attr', lambda: SU().m())
t('init subclass kw', lambda: type('K', (), {}, x=1))
class NoInit:
    def __init__(self): return 5
t('init returns', lambda: NoInit())
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print('never')
t('new returns other', lambda: NewOther())
t('object args', lambda: object(1))
class WithInit:
    def __init__(self, a): pass
t('init missing arg', lambda: WithInit())

t('type 3 args bad', lambda: type('x', 1, {}))
t('type name bad', lambda: type(1, (), {}))
t('del class attr', lambda: delattr(C1, 'nope'))
t('instance dict assign', lambda: setattr(C1(), '__dict__', 1))
t('weakref to int', lambda: __import__('weakref').ref(1))
class Frozen:
    __slots__ = ()
t('slots no dict', lambda: setattr(Frozen(), 'a', 1))
t('classmethod on instance', lambda: classmethod(len).__func__)
t('staticmethod call', lambda: staticmethod(len)('ab'))
print(D := type('D', (), {'__repr__': lambda s: 'D!'}), D())
import types, sys
class Mod(types.ModuleType): pass
m = types.ModuleType('x'); m.__class__ = Mod; print(type(m).__name__)
class Slotted: __slots__ = ('x',)
try: C1().__class__ = Slotted
except TypeError as e: print(e)
try: object.__init_subclass__(1)
except TypeError as e: print(e)
