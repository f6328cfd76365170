"""Functional tools for creating and using iterators (pyheap: CPython 3.11's itertools in Python).

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)

Each iterator is a class named as CPython names it; most keep their progress in a generator
(self._run), the few with a visible state (count, repeat) keep it in attributes.
"""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


class _GeneratorBacked:
    """Base of the iterators whose state lives in a generator."""
    __slots__ = ('_run',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._run)

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{_qualified(self)}' object")


def _qualified(obj):
    return f'itertools.{type(obj).__name__}'


def _check_index(value, what):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


# ---------------------------------------------------------------------------------------------
# Infinite iterators

class count:
    """Return a count object whose .__next__() method returns consecutive values.

Equivalent to:
    def count(firstval=0, step=1):
        x = firstval
        while 1:
            yield x
            x += step"""

    __slots__ = ('_value', '_step')

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not _is_number(value):
                raise TypeError("a number is required")
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f'{type(self).__name__}({self._value!r})'
        return f'{type(self).__name__}({self._value!r}, {step!r})'


def _is_number(value):
    cls = type(value)
    return any(hasattr(cls, name) for name in ('__index__', '__int__', '__float__', '__complex__'))


class cycle(_GeneratorBacked):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._run = self._cycle(iter(iterable))

    @staticmethod
    def _cycle(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        del it
        if not saved:
            return
        while True:
            yield from saved


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    __slots__ = ('_element', '_left')

    def __init__(self, object, times=None):
        self._element = object
        if times is None:
            self._left = None
        else:
            times = _check_index(times, 'times')
            self._left = max(0, times)

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left is None:
            return self._element
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._element

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return f'{type(self).__name__}({self._element!r})'
        return f'{type(self).__name__}({self._element!r}, {self._left})'


# ---------------------------------------------------------------------------------------------
# Iterators terminating on the shortest input sequence

class accumulate(_GeneratorBacked):
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._run = self._accumulate(iter(iterable), func, initial)

    @staticmethod
    def _accumulate(it, func, total):
        if total is None:
            for total in it:
                break
            else:
                return
        yield total
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total


class chain(_GeneratorBacked):
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""
    __slots__ = ()

    def __init__(self, *iterables):
        self._run = self._chain(iter(iterables))

    @staticmethod
    def _chain(sources):
        for source in sources:
            yield from iter(source)

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._run = cls._chain(iter(iterable))
        return self

    __class_getitem__ = classmethod(type(list[int]))


class compress(_GeneratorBacked):
    """Return data elements corresponding to true selector elements.

Forms a shorter iterator from selected data elements using the selectors to
choose the data elements."""
    __slots__ = ()

    def __init__(self, data, selectors):
        self._run = self._compress(iter(data), iter(selectors))

    @staticmethod
    def _compress(data, selectors):
        for item, keep in zip(data, selectors):
            if keep:
                yield item


class dropwhile(_GeneratorBacked):
    """Drop items from the iterable while predicate(item) is true.

Afterwards, return every element until the iterable is exhausted."""
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._run = self._dropwhile(predicate, iter(iterable))

    @staticmethod
    def _dropwhile(predicate, it):
        for item in it:
            if not predicate(item):
                yield item
                break
        yield from it


class filterfalse(_GeneratorBacked):
    """Return those items of iterable for which function(item) is false.

If function is None, return the items that are false."""
    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._run = self._filterfalse(function, iter(iterable))

    @staticmethod
    def _filterfalse(function, it):
        if function is None:
            function = bool
        for item in it:
            if not function(item):
                yield item


_NOTHING = object()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable

  iterable
    Elements to divide into groups according to the key function.
  key
    A function for computing the group category for each element.
    If the key function is not specified or is None, the element itself
    is used for grouping."""

    __slots__ = ('_it', '_keyfunc', '_target', '_key', '_value', '_current')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._target = _NOTHING   # the key of the group handed out last
        self._key = _NOTHING      # the key of the element in _value
        self._value = _NOTHING    # the element read but not yet handed out
        self._current = None      # the live _grouper

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._value = value
        self._key = key

    def __next__(self):
        self._current = None
        # skip what is left of the previous group
        while True:
            if self._key is _NOTHING:
                self._step()
            elif self._target is _NOTHING:
                break
            elif not (self._target == self._key):
                break
            else:
                self._step()
        self._target = self._key
        grouper = _grouper(self, self._target)
        self._current = grouper
        return (self._key, grouper)


class _grouper:
    __slots__ = ('_parent', '_target')

    def __init__(self, parent, target):
        self._parent = parent
        self._target = target

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current is not self:
            raise StopIteration
        if parent._value is _NOTHING:
            parent._step()
        if not (self._target == parent._key):
            raise StopIteration
        value = parent._value
        parent._value = _NOTHING
        return value


class islice(_GeneratorBacked):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator."""
    __slots__ = ()

    def __init__(self, iterable, *args):
        if len(args) == 0:
            raise TypeError("islice expected at least 2 arguments, got 1")
        if len(args) > 3:
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
        if stop is not None:
            stop = self._bound(stop, "Stop argument for islice() must be None or an integer: "
                                     "0 <= x <= sys.maxsize.")
        if start is None:
            start = 0
        else:
            start = self._bound(start, "Indices for islice() must be None or an integer: "
                                       "0 <= x <= sys.maxsize.")
        if step is None:
            step = 1
        else:
            step = self._bound(step, "Step for islice() must be a positive integer or None.", True)
        self._run = self._islice(iter(iterable), start, stop, step)

    @staticmethod
    def _bound(value, message, positive=False):
        if not hasattr(type(value), '__index__'):
            raise ValueError(message)
        value = type(value).__index__(value)
        if value < 0 or value > _sys.maxsize or (positive and value == 0):
            raise ValueError(message)
        return value

    @staticmethod
    def _islice(it, start, stop, step):
        # CPython's order: skip up to the wanted position, stop at `stop`, read one, move on
        count = 0
        wanted = start
        while True:
            while count < wanted:
                for _ in it:
                    break
                else:
                    return
                count += 1
            if stop is not None and count >= stop:
                return
            for item in it:
                break
            else:
                return
            count += 1
            wanted += step
            if stop is not None and wanted > stop:
                wanted = stop
            yield item
            del item


class pairwise(_GeneratorBacked):
    """Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0,s1), (s1,s2), (s2, s3), ..."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._run = self._pairwise(iter(iterable))

    @staticmethod
    def _pairwise(it):
        for previous in it:
            break
        else:
            return
        for item in it:
            yield (previous, item)
            previous = item


class starmap(_GeneratorBacked):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._run = self._starmap(function, iter(iterable))

    @staticmethod
    def _starmap(function, it):
        for args in it:
            if not isinstance(args, tuple):
                args = tuple(args)
            yield function(*args)


class takewhile(_GeneratorBacked):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._run = self._takewhile(predicate, iter(iterable))

    @staticmethod
    def _takewhile(predicate, it):
        for item in it:
            if not predicate(item):
                return
            yield item


class zip_longest(_GeneratorBacked):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument.  The .__next__()
method continues until the longest iterable in the argument sequence
is exhausted and then it raises StopIteration.  When the shorter iterables
are exhausted, the fillvalue is substituted in their place.  The fillvalue
defaults to None or can be specified by a keyword argument."""
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if list(kwargs) != ['fillvalue']:
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = kwargs['fillvalue']
        self._run = self._zip_longest([iter(x) for x in iterables], fillvalue)

    @staticmethod
    def _zip_longest(iterators, fillvalue):
        if not iterators:
            return
        active = len(iterators)
        while True:
            row = []
            for i, it in enumerate(iterators):
                if it is None:
                    row.append(fillvalue)
                    continue
                try:
                    row.append(next(it))
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = None
                    row.append(fillvalue)
            yield tuple(row)


# ---------------------------------------------------------------------------------------------
# tee: n iterators over one source. They share a linked list of [value, next] cells; each tee
# object points at the cell it reads next, and the source is read when a tee reaches the end.
# Cells no tee points at any more are freed.

class _tee:
    """Iterator wrapped to make it copyable."""
    __slots__ = ('_source', '_cell', '__weakref__')

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._source = iterable._source
            self._cell = iterable._cell
        else:
            self._source = iter(iterable)
            self._cell = [_NOTHING, None]

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        if cell[1] is None:
            value = next(self._source)
            cell[0] = value
            cell[1] = [_NOTHING, None]
        self._cell = cell[1]
        return cell[0]

    def __copy__(self):
        return _tee(self)


_tee.__name__ = _tee.__qualname__ = '_tee'


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _check_index(n, 'n')
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    copier = getattr(type(it), '__copy__', None)
    first = it if copier is not None else _tee(it)
    copier = type(first).__copy__
    result = [first]
    for _ in range(n - 1):
        result.append(copier(first))
    return tuple(result)


# ---------------------------------------------------------------------------------------------
# Combinatoric iterators: each materialises its input as a tuple first, as CPython does.

class product(_GeneratorBacked):
    """product(*iterables, repeat=1) --> product object

Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        repeat = _check_index(repeat, 'repeat')
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._run = self._product(pools)

    @staticmethod
    def _product(pools):
        if any(len(pool) == 0 for pool in pools):
            return
        indices = [0] * len(pools)
        while True:
            yield tuple(pool[i] for pool, i in zip(pools, indices))
            # advance the rightmost index that can move, resetting those after it
            position = len(pools) - 1
            while position >= 0:
                indices[position] += 1
                if indices[position] < len(pools[position]):
                    break
                indices[position] = 0
                position -= 1
            if position < 0:
                return


class permutations(_GeneratorBacked):
    """Return successive r-length permutations of elements in the iterable.

permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            r = _check_index(r, 'r')
            if r < 0:
                raise ValueError("r must be non-negative")
        self._run = self._permutations(pool, r)

    @staticmethod
    def _permutations(pool, r):
        n = len(pool)
        if r > n:
            return
        # lexicographic order of index tuples, by position: indices[:r] is the current choice
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_GeneratorBacked):
    """Return successive r-length combinations of elements in the iterable.

combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _check_index(r, 'r')
        if r < 0:
            raise ValueError("r must be non-negative")
        self._run = self._combinations(pool, r)

    @staticmethod
    def _combinations(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            # the rightmost index not yet at its highest possible value
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_GeneratorBacked):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _check_index(r, 'r')
        if r < 0:
            raise ValueError("r must be non-negative")
        self._run = self._combinations(pool, r)

    @staticmethod
    def _combinations(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
