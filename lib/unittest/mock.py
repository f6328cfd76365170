"""A small unittest.mock: Mock / MagicMock objects that record how they are called, call,
ANY, DEFAULT, sentinel, and patch / patch.object.

A Mock answers any attribute with a child Mock (created once, then remembered) and any call
with its return_value (itself a Mock unless set), after applying side_effect: an exception
(class or instance) is raised, an iterable gives the next value per call, a function is
called with the same arguments and its result returned (unless it returns DEFAULT).
Not provided: spec checking beyond attribute names, autospec, async mocks, seal.
"""

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'call', 'ANY', 'DEFAULT', 'sentinel',
           'patch', 'PropertyMock')

import sys


class _Sentinel:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name


class _SentinelFactory:
    """sentinel.name is one unique object per name."""

    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError(name)
        return self._made.setdefault(name, _Sentinel(name))


sentinel = _SentinelFactory()
DEFAULT = sentinel.DEFAULT


class _AnyType:
    """Equal to everything (for assert_called_with arguments one does not care about)."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'

    __hash__ = None


ANY = _AnyType()


def _format_call(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts += ['%s=%r' % (k, v) for k, v in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


class _Call(tuple):
    """call(*args, **kwargs): (name, args, kwargs), equal to a recorded call with the same
    arguments; call.method(...) names a call of a child."""

    def __new__(cls, value=('', (), {}), parent_name=''):
        return tuple.__new__(cls, value)

    def __init__(self, value=('', (), {}), parent_name=''):
        self._parent_name = parent_name

    @property
    def args(self):
        return self[1]

    @property
    def kwargs(self):
        return self[2]

    def __eq__(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        if len(other) == 3:
            oname, oargs, okwargs = other
        elif len(other) == 2:
            oname = self[0]
            oargs, okwargs = other
        else:
            return False
        if self[0] and oname and self[0] != oname:
            return False
        return tuple(self[1]) == tuple(oargs) and dict(self[2]) == dict(okwargs)

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = None

    def __call__(self, *args, **kwargs):
        return _Call((self[0], args, kwargs))

    def __getattr__(self, attr):
        if attr.startswith('__'):
            raise AttributeError(attr)
        name = attr if not self[0] else self[0] + '.' + attr
        return _Call((name, (), {}))

    def __repr__(self):
        return _format_call('call' + ('.' + self[0] if self[0] else ''), self[1], self[2])

    def call_list(self):
        return [self]


call = _Call(('', (), {}))


class NonCallableMock(object):
    """A mock that is not callable; the base of Mock."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, name=None,
                 parent=None, **kwargs):
        d = self.__dict__
        d['_mock_name'] = name
        d['_mock_parent'] = parent
        d['_mock_children'] = {}
        d['_mock_return_value'] = return_value
        d['_mock_side_effect'] = side_effect
        d['_spec_names'] = None if spec is None else (
            set(spec) if isinstance(spec, (list, tuple, set)) else set(dir(spec)))
        d['method_calls'] = []
        d['mock_calls'] = []
        self.reset_mock()
        self.configure_mock(**kwargs)

    def configure_mock(self, **kwargs):
        """mock.configure_mock(**{'a.b.return_value': 3}) sets attributes, dotted ones on
        children."""
        for key, value in sorted(kwargs.items(), key=lambda kv: kv[0].count('.')):
            target = self
            parts = key.split('.')
            for part in parts[:-1]:
                target = getattr(target, part)
            setattr(target, parts[-1], value)

    def reset_mock(self, return_value=False, side_effect=False):
        d = self.__dict__
        d['called'] = False
        d['call_count'] = 0
        d['call_args'] = None
        d['call_args_list'] = []
        d['method_calls'] = []
        d['mock_calls'] = []
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in d['_mock_children'].values():
            if isinstance(child, NonCallableMock):
                child.reset_mock()

    def _child_name(self, attr):
        mine = self._mock_name or 'mock'
        return '%s.%s' % (mine, attr)

    def __getattr__(self, name):
        if name.startswith('_mock_') or name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError("%r is not a valid assertion. Use a spec for the mock if "
                                 "%r is meant to be an attribute." % (name, name))
        spec = self.__dict__['_spec_names']
        if spec is not None and name not in spec:
            raise AttributeError("Mock object has no attribute %r" % name)
        children = self.__dict__['_mock_children']
        if name not in children:
            children[name] = type(self)(name=self._child_name(name), parent=self)
        return children[name]

    def __setattr__(self, name, value):
        if name == 'return_value':
            self.__dict__['_mock_return_value'] = value
        elif name == 'side_effect':
            self.__dict__['_mock_side_effect'] = value
        elif isinstance(value, NonCallableMock):
            self.__dict__['_mock_children'][name] = value
        else:
            object.__setattr__(self, name, value)

    def __delattr__(self, name):
        children = self.__dict__['_mock_children']
        if name in children:
            del children[name]
        else:
            object.__delattr__(self, name)

    @property
    def return_value(self):
        value = self.__dict__['_mock_return_value']
        if value is DEFAULT:
            value = type(self)(name=(self._mock_name or 'mock') + '()', parent=self)
            self.__dict__['_mock_return_value'] = value
        return value

    @property
    def side_effect(self):
        return self.__dict__['_mock_side_effect']

    def __repr__(self):
        name = self._mock_name
        name_part = '' if name is None else " name=%r" % name
        return "<%s%s id='%s'>" % (type(self).__name__, name_part, id(self))

    # -- assertions --------------------------------------------------------------------------

    def _describe(self):
        return self._mock_name or 'mock'

    def _calls_repr(self):
        if not self.mock_calls:
            return ''
        return '\nCalls: %r.' % (self.mock_calls,)

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s" %
                                 (self._describe(), self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._describe())

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s" %
                                 (self._describe(), self.call_count, self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            expected = _format_call(self._describe(), args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % expected)
        if self.call_args != _Call(('', args, kwargs)):
            expected = _format_call(self._describe(), args, kwargs)
            actual = _format_call(self._describe(), self.call_args[1], self.call_args[2])
            raise AssertionError('expected call not found.\nExpected: %s\nActual: %s'
                                 % (expected, actual))

    def assert_called_once_with(self, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s" %
                                 (self._describe(), self.call_count, self._calls_repr()))
        self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, *args, **kwargs):
        if _Call(('', args, kwargs)) not in self.call_args_list:
            raise AssertionError('%s call not found' % _format_call(self._describe(), args,
                                                                     kwargs))

    def assert_has_calls(self, calls, any_order=False):
        calls = list(calls)
        recorded = list(self.mock_calls)
        if any_order:
            for c in calls:
                if c not in recorded:
                    raise AssertionError('%r not all found in call list' % (calls,))
            return
        n = len(calls)
        for start in range(len(recorded) - n + 1):
            if recorded[start:start + n] == calls:
                return
        raise AssertionError('Calls not found.\nExpected: %r\nActual: %r' % (calls, recorded))


class CallableMixin:

    def _record(self, args, kwargs):
        d = self.__dict__
        this = _Call(('', args, kwargs))
        d['called'] = True
        d['call_count'] += 1
        d['call_args'] = this
        d['call_args_list'].append(this)
        d['mock_calls'].append(this)
        # tell the ancestors: method_calls / mock_calls name the child
        child, parent = self, d['_mock_parent']
        path = []
        while parent is not None:
            name = child.__dict__['_mock_name'] or ''
            path.insert(0, name.rsplit('.', 1)[-1])
            dotted = '.'.join(path)
            parent.__dict__['mock_calls'].append(_Call((dotted, args, kwargs)))
            if not name.endswith('()'):
                parent.__dict__['method_calls'].append(_Call((dotted, args, kwargs)))
            child, parent = parent, parent.__dict__['_mock_parent']

    def __call__(self, *args, **kwargs):
        self._record(args, kwargs)
        effect = self.__dict__['_mock_side_effect']
        if effect is not None:
            if isinstance(effect, BaseException) or (isinstance(effect, type) and
                                                     issubclass(effect, BaseException)):
                raise effect
            if not callable(effect):
                if not hasattr(effect, '__next__'):
                    effect = iter(effect)
                    self.__dict__['_mock_side_effect'] = effect
                result = next(effect)
                if isinstance(result, BaseException) or (
                        isinstance(result, type) and issubclass(result, BaseException)):
                    raise result
                return result
            result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records calls, answers any attribute with a child Mock."""


class MagicMock(Mock):
    """A Mock that also supports len(), iter(), bool(), `in`, int() and with-blocks."""

    def __len__(self):
        return 0

    def __iter__(self):
        return iter([])

    def __bool__(self):
        return True

    def __contains__(self, item):
        return False

    def __int__(self):
        return 1

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class PropertyMock(Mock):
    """A mock to put on a class as a property: getting it calls it with no arguments."""

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


_missing = object()


class _Patch:
    """patch.object(target, 'attr', new) / patch('pkg.mod.attr', new): as a with-block or a
    decorator, replaces the attribute (by default with a MagicMock) and restores it after."""

    def __init__(self, getter, attribute, new, create=False, new_callable=None, kwargs=None):
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.create = create
        self.new_callable = new_callable
        self.kwargs = kwargs or {}

    def __enter__(self):
        self.target = self.getter()
        self.original = getattr(self.target, self.attribute, _missing)
        if self.original is _missing and not self.create:
            raise AttributeError("%s does not have the attribute %r" % (self.target,
                                                                        self.attribute))
        new = self.new
        if new is DEFAULT:
            factory = self.new_callable or MagicMock
            new = factory(**self.kwargs)
        setattr(self.target, self.attribute, new)
        self.replacement = new
        return new

    def __exit__(self, *exc):
        if self.original is _missing:
            delattr(self.target, self.attribute)
        else:
            setattr(self.target, self.attribute, self.original)
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)

    def __call__(self, func):
        patcher = self

        def patched(*args, **kwargs):
            with patcher as new:
                if patcher.new is DEFAULT:
                    args = args + (new,)
                return func(*args, **kwargs)
        patched.__name__ = func.__name__
        patched.__qualname__ = getattr(func, '__qualname__', func.__name__)
        patched.__doc__ = func.__doc__
        return patched


def _importer(target):
    parts = target.split('.')
    name = parts[0]
    thing = __import__(name)
    for part in parts[1:]:
        name += '.' + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            __import__(name)
            thing = sys.modules[name]
    return thing


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    try:
        module_name, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return _Patch(lambda: _importer(module_name), attribute, new, create, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    return _Patch(lambda: target, attribute, new, create, new_callable, kwargs)


patch.object = _patch_object
