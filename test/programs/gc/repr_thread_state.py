# The first repr() of a non-empty list, tuple, dict or set makes the thread state's dict
# ({'Py_Repr': []}: a dict and a list that live for good), as CPython's Py_ReprEnter does;
# an empty one returns before that. gc.get_count() shows it.
import gc

gc.disable()
gc.collect()
counts = [gc.get_count()[0]]
s = repr([])
counts.append(gc.get_count()[0])
s = repr(())
counts.append(gc.get_count()[0])
s = repr([1])
counts.append(gc.get_count()[0])
s = repr((1, 2))
counts.append(gc.get_count()[0])
s = repr({'a': [1]})
counts.append(gc.get_count()[0])
print(counts)
