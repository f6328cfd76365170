# heapq's heap functions are builtins (_heapq): their argument errors, the exact lists they leave
# (sift order, comparison count), list subclasses, and a comparison that changes the list's size.
import heapq

def show(src):
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)

for src in ["heapq.heapify((1, 2))", "heapq.heappush((1, 2), 1)", "heapq.heappop((1, 2))",
            "heapq.heapreplace((1, 2), 1)", "heapq.heappushpop((1, 2), 1)", "heapq.heappush([], 1, 2)",
            "heapq.heappush([])", "heapq.heappop([], 1)", "heapq.heapify()", "heapq.heappop([])",
            "heapq.heapreplace([], 1)", "heapq.heappushpop([], 7)", "heapq.heappush(heap=[], item=1)",
            "heapq.heappop(heap=[])", "heapq.heapify([3, 'a'])", "heapq._heapify_max(None)",
            "heapq._heappop_max([])", "heapq._heapreplace_max([1], 2, 3)",
            "type(heapq.heappush).__name__", "heapq.heappush.__module__", "heapq.heapify.__name__"]:
    show(src)

class Counted:
    comparisons = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Counted.comparisons += 1
        return self.v < other.v
    def __repr__(self):
        return str(self.v)

data = [Counted(v) for v in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]]
heapq.heapify(data)
print(data, Counted.comparisons)
heapq.heappush(data, Counted(-1))
print(data, Counted.comparisons)
print(heapq.heappop(data), data, Counted.comparisons)
print(heapq.heapreplace(data, Counted(12)), data, Counted.comparisons)
print(heapq.heappushpop(data, Counted(3)), data, Counted.comparisons)
print(heapq.heappushpop(data, Counted(-5)), data, Counted.comparisons)

mx = [5, 1, 9, 3, 7, 2]
heapq._heapify_max(mx)
print(mx, heapq._heappop_max(mx), mx, heapq._heapreplace_max(mx, 4), mx)

class MyList(list):
    pass

ml = MyList([5, 3, 1])
heapq.heapify(ml)
heapq.heappush(ml, 0)
print(type(ml).__name__, ml, [heapq.heappop(ml) for _ in range(len(ml))])

shared = []

class Shrinker:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        shared.clear()
        return self.v < other.v

shared.extend([Shrinker(1), Shrinker(2)])
try:
    heapq.heappush(shared, Shrinker(0))
except RuntimeError as e:
    print('RuntimeError', e, len(shared))

class Raises:
    def __lt__(self, other):
        raise ValueError('no order')

h = [Raises(), Raises()]
try:
    heapq.heappush(h, Raises())
except ValueError as e:
    print('ValueError', e, len(h))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(heapq.nsmallest(3, [5, 1, 4, 2, 3]), heapq.nlargest(2, [5, 1, 4, 2, 3]))
