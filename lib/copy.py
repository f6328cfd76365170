"""Generic (shallow and deep) copying operations, for pyheap.

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y)            # make a deep copy of y
        x = copy.deepcopy(y, memo)      # make a deep copy of y, using memo

For module specific errors, copy.Error is raised.

How an object is copied, in order of preference (as CPython 3.11 decides):
  1. a per-type function for the builtin types: immutable objects are their own copy;
     list, dict, set and bytearray are copied with their .copy(); deepcopy rebuilds lists,
     tuples and dicts item by item;
  2. the class's __copy__() / __deepcopy__(memo);
  3. copyreg.dispatch_table[cls](x), else x.__reduce_ex__(4), else x.__reduce__(): a
     "reduce value" (callable, args[, state[, listitems[, dictitems]]]) from which _reconstruct
     builds the copy (a string means "x is a global: it is its own copy").

deepcopy's memo maps id(original) -> copy, so shared and cyclic structure is copied once;
memo[id(memo)] keeps the originals alive while the memo lives (their ids must stay unique).
"""

import types
from copyreg import dispatch_table

try:
    from _weakref import ref as _weakref_type
except ImportError:
    _weakref_type = None


class Error(Exception):
    pass


error = Error   # backward compatibility

__all__ = ["Error", "copy", "deepcopy"]


# ---------------------------------------------------------------------------------------------
# Shallow copies

def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "un(shallow)copyable object of type %s")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls, message):
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error(message % cls)


def _copy_immutable(x):
    return x


_immutable_types = [type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type,
                    range, slice, property, types.BuiltinFunctionType, type(Ellipsis),
                    type(NotImplemented), types.FunctionType, types.CodeType]
if _weakref_type is not None:
    _immutable_types.append(_weakref_type)

_copy_dispatch = {t: _copy_immutable for t in _immutable_types}
for _t in (list, dict, set, bytearray):
    _copy_dispatch[_t] = _t.copy
del _t


# ---------------------------------------------------------------------------------------------
# Deep copies

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "un(deep)copyable object of type %s")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # an object that is its own copy is not remembered
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    items = [deepcopy(item, memo) for item in x]
    # a tuple inside a cycle may have been copied while its items were
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for original, copied in zip(x, items):
        if original is not copied:
            return tuple(items)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_atomic_types = [type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
                 bytes, str, types.CodeType, type, range, types.BuiltinFunctionType,
                 types.FunctionType, property]
if _weakref_type is not None:
    _atomic_types.append(_weakref_type)

_deepcopy_dispatch = {t: _deepcopy_atomic for t in _atomic_types}
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[types.MethodType] = _deepcopy_method


def _keep_alive(x, memo):
    """Keep a reference to x in the memo, so that id(x) is not reused while the memo lives."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ---------------------------------------------------------------------------------------------
# Rebuilding from a reduce value

def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


del types
