# hasattr, getattr with a default and attribute probes on objects with the generic getattr
# (_PyObject_LookupAttr): CPython 3.11 makes no AttributeError when the attribute is missing, so
# nothing is allocated beyond what get_traced_memory's own tuple takes; a descriptor that raises
# AttributeError does make one (and drops it), and so does a type's own getattr.
import tracemalloc


class Plain:
    pass


class Slotted:
    __slots__ = ('x',)


class Prop:
    @property
    def broken(self):
        raise AttributeError('broken')


p, s, q = Plain(), Slotted(), Prop()
tracemalloc.start()
peaks = {}
for round in range(2):
    tracemalloc.reset_peak(); c0 = tracemalloc.get_traced_memory()[0]
    hasattr(p, 'missing'); peaks['hasattr instance'] = tracemalloc.get_traced_memory()[1] - c0
    tracemalloc.reset_peak(); c0 = tracemalloc.get_traced_memory()[0]
    getattr(p, 'missing', None); peaks['getattr default'] = tracemalloc.get_traced_memory()[1] - c0
    tracemalloc.reset_peak(); c0 = tracemalloc.get_traced_memory()[0]
    hasattr(s, 'x'); peaks['unset slot'] = tracemalloc.get_traced_memory()[1] - c0
    tracemalloc.reset_peak(); c0 = tracemalloc.get_traced_memory()[0]
    hasattr(7, 'real'); peaks['int present'] = tracemalloc.get_traced_memory()[1] - c0
    tracemalloc.reset_peak(); c0 = tracemalloc.get_traced_memory()[0]
    hasattr(7, 'missing'); peaks['int missing'] = tracemalloc.get_traced_memory()[1] - c0
    tracemalloc.reset_peak(); c0 = tracemalloc.get_traced_memory()[0]
    hasattr(q, 'broken'); peaks['property raising'] = tracemalloc.get_traced_memory()[1] - c0
tracemalloc.stop()
base = peaks['int present']
for k, v in peaks.items():
    print(k, v == base, v > base)
print(hasattr(p, 'missing'), getattr(p, 'missing', 'default'), hasattr(s, 'x'), hasattr(q, 'broken'))
s.x = 1
print(hasattr(s, 'x'), getattr(s, 'x', None))
