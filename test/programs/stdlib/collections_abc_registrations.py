# import collections gives collections.abc; which collections types the ABCs recognise
import collections
import itertools
from collections import deque, OrderedDict, defaultdict, Counter, ChainMap, UserDict, UserList, UserString

abc = collections.abc
kinds = [deque(), OrderedDict(), defaultdict(), Counter(), ChainMap(), UserDict(), UserList(),
         UserString(''), OrderedDict().keys(), itertools.count(), itertools.chain(), iter(deque())]
for obj in kinds:
    flags = [isinstance(obj, t) for t in (abc.Iterable, abc.Iterator, abc.Sized, abc.Container,
                                         abc.Sequence, abc.MutableSequence, abc.Mapping,
                                         abc.MutableMapping, abc.Hashable, abc.Reversible)]
    print(f"{type(obj).__name__:16}", ''.join('1' if f else '0' for f in flags))
print(issubclass(deque, abc.MutableSequence), abc.MutableSequence.__module__)
