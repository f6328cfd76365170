import random
import _random

class Loaded(random.Random):
    def random(self):
        return 0.999

class Counted(random.Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)
    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)

l = Loaded(1)
print(l.choice('abc'), l.randrange(10), l.uniform(0, 10), l.random())
c = Counted(99)
print(c.randint(1, 1000), c.calls, c.sample(range(100), 3), c.calls, c.shuffle([1, 2, 3]), c.calls)
print(isinstance(c, _random.Random), random.Random.__mro__[1], random.Random.__module__)
s = random.SystemRandom()
x = s.random()
print(0 <= x < 1, type(s.getrandbits(64)), s.getrandbits(0), len(s.randbytes(3)), 1 <= s.randint(1, 6) <= 6)
try:
    s.getstate()
except NotImplementedError as e:
    print('NotImplementedError', e)
r = _random.Random(3)
print(r.random(), r.getrandbits(8))
class Plain(_random.Random):
    pass
print(Plain(3).random() == r.__class__(3).random())
try:
    _random.Random(1, 2)
except TypeError as e:
    print('TypeError', e)
