"""The types behind list[int] (types.GenericAlias) and int | None (types.UnionType).

The builtin types reach this module from TypeScript (src/modules/generic.ts): their
__class_getitem__ makes a GenericAlias, and type's `|` calls union_or()."""


def _item_repr(item):
    """How an argument shows inside list[...] or in a union: int, mod.Class, ..., list[int]."""
    if item is ...:
        return '...'
    if isinstance(item, list):
        return '[' + ', '.join(_item_repr(i) for i in item) + ']'
    if hasattr(item, '__origin__') and hasattr(item, '__args__'):
        return repr(item)
    try:
        qualname = item.__qualname__
        module = item.__module__
    except AttributeError:
        return repr(item)
    if module is None:
        return repr(item)
    if module == 'builtins':
        return qualname
    return f'{module}.{qualname}'


def _collect_parameters(args):
    """The type variables in args (objects with __typing_subst__, or their own __parameters__)."""
    params = []
    for a in args:
        if hasattr(a, '__typing_subst__'):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, mapping):
    if hasattr(arg, '__typing_subst__'):
        return mapping.get(arg, arg)
    params = getattr(arg, '__parameters__', ()) if not isinstance(arg, type) else ()
    if params:
        return arg[tuple(mapping.get(p, p) for p in params)]
    return arg


class GenericAlias:
    """A builtin type with arguments: list[int], dict[str, list[int]], tuple[int, ...]."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '_origin', origin)
        object.__setattr__(self, '_args', args)
        object.__setattr__(self, '_parameters', None)

    @property
    def __origin__(self):
        return self._origin

    @property
    def __args__(self):
        return self._args

    @property
    def __parameters__(self):
        if self._parameters is None:
            object.__setattr__(self, '_parameters', _collect_parameters(self._args))
        return self._parameters

    @property
    def __unpacked__(self):
        return False

    def __repr__(self):
        if not self._args:
            return _item_repr(self._origin) + '[()]'
        return _item_repr(self._origin) + '[' + ', '.join(_item_repr(a) for a in self._args) + ']'

    def __getitem__(self, items):
        params = self.__parameters__
        if not params:
            raise TypeError(f"{self!r} is not a generic class")
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(params):
            raise TypeError(f"Too {'many' if len(items) > len(params) else 'few'} arguments "
                            f"for {self!r}; actual {len(items)}, expected {len(params)}")
        mapping = dict(zip(params, items))
        return GenericAlias(self._origin, tuple(_substitute(a, mapping) for a in self._args))

    def __call__(self, *args, **kwargs):
        result = self._origin(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self._origin,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self._origin, name)

    def __setattr__(self, name, value):
        raise AttributeError(f"readonly attribute")

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self._origin == other._origin and self._args == other._args

    def __hash__(self):
        return hash(self._origin) ^ hash(self._args)

    def __or__(self, other):
        return union_or(self, other)

    def __ror__(self, other):
        return union_or(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __reduce__(self):
        return GenericAlias, (self._origin, self._args)

    def __dir__(self):
        return sorted(set(dir(self._origin)) | {'__origin__', '__args__', '__parameters__'})


class UnionType:
    """X | Y of types: isinstance() checks each; None stands for NoneType."""

    def __init__(self, args):
        self._args = args
        self._parameters = None

    @property
    def __args__(self):
        return self._args

    @property
    def __parameters__(self):
        if self._parameters is None:
            self._parameters = _collect_parameters(self._args)
        return self._parameters

    def __repr__(self):
        return ' | '.join('None' if a is type(None) else _item_repr(a) for a in self._args)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self._args) == set(other._args)

    def __hash__(self):
        return hash(frozenset(self._args))

    def __or__(self, other):
        return union_or(self, other)

    def __ror__(self, other):
        return union_or(other, self)

    def __getitem__(self, items):
        params = self.__parameters__
        if not params:
            raise TypeError(f"{self!r} is not a generic class")
        if not isinstance(items, tuple):
            items = (items,)
        mapping = dict(zip(params, items))
        result = None
        for a in self._args:
            a = _substitute(a, mapping)
            result = a if result is None else result | a
        return result

    def __instancecheck__(self, obj):
        for a in self._args:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, self._args)

    def __subclasscheck__(self, cls):
        for a in self._args:
            if isinstance(a, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return issubclass(cls, self._args)


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def union_or(a, b):
    """a | b for types, None, aliases and unions (NotImplemented for anything else)."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        items = x._args if isinstance(x, UnionType) else (x,)
        for item in items:
            if item is None:
                item = type(None)
            if not any(item is seen or (isinstance(item, GenericAlias) and item == seen)
                       for seen in args):
                args.append(item)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


GenericAlias.__module__ = 'types'
UnionType.__module__ = 'types'
