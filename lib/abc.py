"""abc: abstract base classes (PEP 3119) for pyheap.

ABCMeta keeps, per class, a registry of virtual subclasses and two caches of answered
issubclass() questions (positive and negative). The negative cache is tagged with a global
invalidation counter, which every register() call bumps, so a registration anywhere makes old
negative answers stale. CPython keeps these in a `_abc_impl` object in the class dict; so do we.
The sets hold weak references when the weakref module is available (as CPython's do)."""

try:
    from _weakref import ref as _ref
except ImportError:
    _ref = None
from _pyheap_abc import set_collection_flag as _set_collection_flag
from _pyheap_abc import inherit_collection_flag as _inherit_collection_flag

_COLLECTION_FLAGS = (1 << 5) | (1 << 6)   # Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING


class _ClassSet:
    """A set of classes held through weak references (a class that dies leaves the set), as
    CPython's _abc keeps its registry and caches. Small and import-free: ABCs are made while
    the interpreter starts up its library."""

    __slots__ = ('_refs', '__weakref__')

    def __init__(self):
        self._refs = {}

    def add(self, cls):
        key = id(cls)
        if key in self._refs and self._refs[key]() is cls:
            return
        if _ref is None:
            self._refs[key] = lambda cls=cls: cls
            return
        owner = _ref(self)

        def forget(wr, key=key, owner=owner):
            members = owner()
            if members is not None and members._refs.get(key) is wr:
                del members._refs[key]
        self._refs[key] = _ref(cls, forget)

    def __contains__(self, cls):
        wr = self._refs.get(id(cls))
        return wr is not None and wr() is cls

    def __iter__(self):
        for wr in list(self._refs.values()):
            cls = wr()
            if cls is not None:
                yield cls

    def __len__(self):
        return sum(1 for _ in self)


def abstractmethod(funcobj):
    """Mark a method abstract: a class with such methods cannot be instantiated until a
    subclass overrides them all."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod over abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod over abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property over abstractmethod."""
    __isabstractmethod__ = True


class _abc_data:
    """The per-class ABC state (CPython's _abc._abc_data)."""
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_cache_version')

    def __init__(self, version):
        self.registry = _ClassSet()
        self.cache = _ClassSet()
        self.negative_cache = _ClassSet()
        self.negative_cache_version = version


_invalidation_counter = 0


def get_cache_token():
    """A token that changes whenever an ABC's virtual subclasses change."""
    return _invalidation_counter


def _abstract_names(cls, namespace, bases):
    names = {name for name, value in namespace.items()
             if getattr(value, "__isabstractmethod__", False)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                names.add(name)
    return frozenset(names)


def _impl(cls):
    try:
        return cls.__dict__['_abc_impl']
    except KeyError:
        raise TypeError("_abc_impl is set to a wrong type") from None


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        cls._abc_impl = _abc_data(_invalidation_counter)
        # a collection ABC (Sequence, Mapping) marks itself for the match statement, as _abc does
        flags = cls.__dict__.get('__abc_tpflags__')
        if isinstance(flags, int):
            _set_collection_flag(cls, flags)
            delattr(cls, '__abc_tpflags__')
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns the subclass (usable as a decorator)."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _impl(cls).registry.add(subclass)
        _invalidation_counter += 1
        _inherit_collection_flag(subclass, cls.__flags__ & _COLLECTION_FLAGS)
        return subclass

    def __instancecheck__(cls, instance):
        impl = _impl(cls)
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_cache_version == _invalidation_counter
                    and subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = _impl(cls)
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < _invalidation_counter:
            impl.negative_cache = _ClassSet()
            impl.negative_cache_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if not isinstance(answer, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            if answer:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return answer
        if cls in getattr(subclass, '__mro__', ()):
            impl.cache.add(subclass)
            return True
        for registered in impl.registry:
            if issubclass(subclass, registered):
                impl.cache.add(subclass)
                return True
        for child in cls.__subclasses__():
            if issubclass(subclass, child):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: print the ABC's registry and caches."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = _impl(cls)
        print(f"_abc_registry: {set(impl.registry)!r}", file=file)
        print(f"_abc_cache: {set(impl.cache)!r}", file=file)
        print(f"_abc_negative_cache: {set(impl.negative_cache)!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        _impl(cls).registry = _ClassSet()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        impl = _impl(cls)
        impl.cache = _ClassSet()
        impl.negative_cache = _ClassSet()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or removed; returns cls."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    names = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                names.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            names.add(name)
    cls.__abstractmethods__ = frozenset(names)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
