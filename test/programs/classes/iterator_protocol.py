# __iter__ and __next__: custom iterators, iter() with a sentinel.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "empty"))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        yield from range(self.n)
r = Range2(3)
print(list(r), list(r), sum(r), sorted(r, reverse=True))
vals = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(vals), 0)))
try:
    iter(5)
except TypeError as e:
    print(e)
