# Deleting classes and collecting them: a class owns its __mro__ and __bases__ tuples (and the
# pyheap-test: stress=audit-only (automatic collections free classes and untrack (object,) bases tuples before the explicit collect)
# __mro__ tuple holds the class, so every class is in a cycle with itself), so gc.collect() counts
# them, and __mro__/__bases__ are the same objects on every access.
import gc
import sys
import weakref

gc.collect()


def collected(label, make):
    make()
    gc.set_debug(gc.DEBUG_SAVEALL)
    n = gc.collect()
    gc.set_debug(0)
    kinds = sorted(type(o).__name__ for o in gc.garbage)
    tuples = sorted(len(o) for o in gc.garbage if type(o) is tuple)
    del gc.garbage[:]
    gc.collect()
    print(label, n, kinds, tuples)


def plain():
    class A:
        pass


def with_methods():
    class B:
        def f(self):
            return 1

        def g(self):
            return 2

        x = 5


def subclass():
    class C:
        pass

    class D(C):
        pass

    class E(D, C):
        pass


def with_instance_cycle():
    class F:
        pass

    f = F()
    f.me = f
    f.cls = F


def with_slots():
    class G:
        __slots__ = ('a', 'b')


def builtin_bases():
    class H(int):
        pass

    class I(Exception):
        pass

    class J(dict, metaclass=type):
        pass


def made_by_type():
    K = type('K', (), {'v': 1})
    L = type('L', (K,), {})


def metaclass():
    class Meta(type):
        pass

    class M(metaclass=Meta):
        pass


for label, make in [('plain', plain), ('methods', with_methods), ('subclass', subclass),
                    ('instance', with_instance_cycle), ('slots', with_slots),
                    ('builtin_bases', builtin_bases), ('type()', made_by_type),
                    ('metaclass', metaclass)]:
    collected(label, make)

# the tuples are the class's own
class P:
    pass


class Q(P):
    pass


print(P.__mro__ is P.__mro__, Q.__bases__ is Q.__bases__, Q.__mro__)
print(sys.getrefcount(Q.__mro__), sys.getrefcount(Q.__bases__))
print(gc.is_tracked(Q.__mro__), gc.is_tracked(Q.__bases__))
bases = (P,)
R = type('R', bases, {})
print(R.__bases__ is bases, sys.getrefcount(bases))
print([type(x).__name__ for x in gc.get_referents(Q)])
print(sum(1 for x in gc.get_referrers(P) if type(x) is tuple))

# a weak reference to a class: its callback runs when the collector frees the class
def callback(wr):
    print('class freed', wr() is None)


class S:
    pass


wr = weakref.ref(S, callback)
del S
print('before collect', wr() is not None)
print(gc.collect())
print(wr() is None)

# counts after a collection that freed classes
print(gc.get_count()[0] < 5)
