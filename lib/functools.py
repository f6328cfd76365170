"""functools: higher-order functions and operations on callable objects, for pyheap.

Behaves like CPython 3.11's module (the C accelerated parts included: partial, reduce,
cmp_to_key's KeyWrapper and the lru_cache wrapper are written here in Python with the C versions'
reprs, messages and reference holding)."""

from abc import get_cache_token
from collections import namedtuple
from reprlib import recursive_repr
from types import GenericAlias, MethodType, MappingProxyType
from _traceback import hide_frames as _written_in_c

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']


# ---------------------------------------------------------------------------------------------
# update_wrapper() and wraps(): copy a wrapped function's metadata onto its wrapper

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the `assigned` attributes, merge the `updated`
    ones, and point wrapper.__wrapped__ at wrapped. Returns wrapper."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # set last, so that a __wrapped__ copied from wrapped.__dict__ does not win
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to the decorated function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------------------------------------
# total_ordering: derive the missing rich comparisons from one given with __eq__.
# Each derived method calls the root comparison through the type, passes NotImplemented on,
# and otherwise combines the answer with == / != as the table below says.

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other

def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other

def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other

def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other

def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other

def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other

def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other

def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other

def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_derived_comparisons = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    defined = {name for name in _derived_comparisons
               if getattr(cls, name, None) is not getattr(object, name, None)}
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)  # the preference order is __lt__, __le__, __gt__, __ge__
    for name, derived in _derived_comparisons[root]:
        if name not in defined:
            derived.__name__ = name
            setattr(cls, name, derived)
    return cls


# ---------------------------------------------------------------------------------------------
# cmp_to_key: CPython's C KeyWrapper. The key function and the keys it makes are both
# KeyWrapper objects; comparing two keys calls cmp(a, b) and compares the answer with 0.

class KeyWrapper:
    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj=None):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def _compare(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError("other argument must be K instance")
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    __hash__ = None


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp)


# ---------------------------------------------------------------------------------------------
# reduce

_no_initial = object()


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value."""
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {len(args)}")
    if len(args) > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(args)}")
    function, iterable = args[0], args[1]
    value = args[2] if len(args) == 3 else _no_initial
    del args
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    del iterable
    if value is _no_initial:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for item in it:
        value = function(value, item)
    return value


# ---------------------------------------------------------------------------------------------
# partial: a callable holding a function with some arguments already given.
# Its func/args/keywords are read-only as in C; the positional arguments live in one tuple and
# the keywords in one dict, so each given object gains exactly one reference, as in CPython.

class _ReadOnly:
    """A read-only view of a slot: reading gives the slot, assigning raises 'readonly attribute'."""

    def __init__(self, slot):
        self.slot = slot

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self.slot.__get__(obj, owner)

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
    """

    __slots__ = ('_func', '_args', '_keywords', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial) and type(func).__new__ is partial.__new__ and not func.__dict__:
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = super().__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        if not args and not keywords and not self._keywords:
            # (partial_vectorcall passes its own args as they are: the callee sees no new tuple)
            return self._func(*self._args)
        keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    @recursive_repr()
    def __repr__(self):
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        parts = [repr(self._func)]
        parts.extend(repr(x) for x in self._args)
        parts.extend(f"{k}={v!r}" for (k, v) in self._keywords.items())
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        return type(self), (self._func,), (self._func, self._args,
                                           self._keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        self._func = func
        self._args = tuple(args)
        self._keywords = {} if kwds is None else dict(kwds) if type(kwds) is not dict else kwds
        if namespace is None:
            namespace = {}
        self.__dict__ = namespace

    __class_getitem__ = classmethod(GenericAlias)


partial.func = _ReadOnly(partial._func)
partial.args = _ReadOnly(partial._args)
partial.keywords = _ReadOnly(partial._keywords)


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join("{}={!r}".format(k, v) for k, v in self.keywords.items())
        return "{module}.{cls}({func}, {args}, {keywords})".format(
            module=self.__class__.__module__, cls=self.__class__.__qualname__,
            func=self.func, args=args, keywords=keywords)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# ---------------------------------------------------------------------------------------------
# lru_cache: memoize a function, keeping at most maxsize results (None: no limit).
#
# The key of a call is its positional-arguments tuple itself when there are no keywords (or the
# lone argument when it is an exact int or str), else that tuple extended with a marker and the
# keyword names and values; typed=True appends the arguments' types. A bounded cache keeps
# (key, result) pairs in a dict in use order: a hit moves its entry to the end, a miss on a full
# cache drops the first (least recently used) entry.

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

_keyword_marker = (object(),)


def _make_key(args, kwds, typed):
    if not typed and not kwds:
        if len(args) == 1 and type(args[0]) in (int, str):
            return args[0]
        return args
    key = args
    if kwds:
        key += _keyword_marker
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return key


class _lru_cache_wrapper:
    """The object lru_cache() returns: callable, a method descriptor, with cache_info() and
    cache_clear()."""

    __slots__ = ('_function', '_maxsize', '_typed', '_info_type', '_cache', '_hits', '_misses',
                 '__dict__', '__weakref__')

    def __init__(self, user_function, maxsize, typed, cache_info_type):
        if not callable(user_function):
            raise TypeError("the first argument must be callable")
        self._function = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._info_type = cache_info_type
        self._cache = {}
        self._hits = 0
        self._misses = 0

    # CPython's wrapper is C: no frame in tracebacks, one recursion unit per call (its tp_call's),
    # and nothing before the call of the function that checks the recursion limit (no Python
    # call, no comparison but of ints), so that a cached recursion reaches the same depth
    @_written_in_c
    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize is not None and maxsize == 0:
            self._misses += 1
            return self._function(*args, **kwds)
        if kwds or self._typed:
            key = _make_key(args, kwds, self._typed)
        else:
            match args:
                case (single,) if type(single) is int or type(single) is str:
                    key = single
                case _:
                    key = args
        cache = self._cache
        if maxsize is None:
            result = cache.get(key, _no_initial)
            if result is not _no_initial:
                self._hits += 1
                return result
            self._misses += 1
            result = self._function(*args, **kwds)
            cache[key] = result
            return result
        link = cache.get(key)
        if link is not None:
            del cache[key]
            cache[key] = link
            self._hits += 1
            return link[1]
        self._misses += 1
        result = self._function(*args, **kwds)
        if key in cache:
            # the call itself cached this key (a recursive call): keep that entry
            return result
        dropped = None
        if len(cache) >= maxsize:
            dropped = cache.pop(next(iter(cache)))
        cache[key] = (key, result)
        del dropped
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return MethodType(self, obj)

    def cache_info(self):
        """Report cache statistics"""
        return self._info_type(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._hits = self._misses = 0
        self._cache.clear()

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------------------------------------
# singledispatch: choose an implementation by the class of the first argument.
#
# Dispatch walks the class's MRO; abstract base classes that the class only satisfies virtually
# (register() or __subclasshook__) are placed as CPython's _compose_mro places them: an ABC
# counts right after the most derived MRO entry that is (virtually) a subclass of it.

def _find_impl(cls, registry):
    """The registered implementation for cls: the registered class nearest in cls's MRO, where a
    registered ABC that cls only satisfies virtually ranks just after the MRO entries that
    inherit it (so it beats their common bases, `object` above all)."""
    mro = cls.__mro__
    best = best_rank = None
    for typ in registry:
        if typ in mro:
            rank = (mro.index(typ), 0)
        elif isinstance(typ, type) and issubclass(cls, typ):
            last = max(i for i, base in enumerate(mro) if base is not object and issubclass(base, typ))
            rank = (last, 1)
        else:
            continue
        if best is None or rank < best_rank or (rank == best_rank and issubclass(typ, best)):
            best, best_rank = typ, rank
        elif rank == best_rank and not issubclass(best, typ):
            raise RuntimeError("Ambiguous dispatch: {} or {}".format(best, typ))
    return registry.get(best)


def _is_valid_dispatch_type(cls):
    return isinstance(cls, type)


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    registry = {}

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.
        """
        try:
            return registry[cls]
        except KeyError:
            return _find_impl(cls, registry)

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.
        """
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, '__globals__', {}))
            if not _is_valid_dispatch_type(cls):
                raise TypeError(
                    f"Invalid annotation for {argname!r}. {cls!r} is not a class."
                )
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = lambda: None
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---------------------------------------------------------------------------------------------
# cached_property: computed once per instance, then stored in the instance __dict__ under the
# attribute's own name (so later reads never reach the descriptor again).

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                )
                raise TypeError(msg) from None
        return val

    __class_getitem__ = classmethod(GenericAlias)
