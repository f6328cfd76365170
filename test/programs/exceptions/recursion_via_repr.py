# Unbounded recursion through a builtin (repr -> __repr__): CPython names the C-level check.
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print(e)
