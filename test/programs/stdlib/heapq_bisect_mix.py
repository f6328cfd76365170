# heapq and bisect together: heap layouts, merge, nlargest, insort with key
import heapq, bisect
data = [5, 3, 8, 1, 9, 2, 7, 3, 6, 0, 4]
h = []
for x in data: heapq.heappush(h, x)
print(h)
h2 = data[:]; heapq.heapify(h2); print(h2)
print([heapq.heappop(h2) for _ in range(4)], h2)
print(heapq.heapreplace(h2, 10), h2, heapq.heappushpop(h2, -1), heapq.heappushpop(h2, 11), h2)
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(2, ['a','bb','cc'], key=len), heapq.nsmallest(0, data))
print(list(heapq.merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7,5,1], [8,2], reverse=True)))
m = [9, 1, 8, 2, 7]; heapq._heapify_max(m); print(m, heapq._heappop_max(m), m)
try: heapq.heappop([])
except IndexError as e: print(e)
try: heapq.heappush((), 1)
except TypeError as e: print(e)
a = [1, 2, 2, 3, 5]
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 2, 3), bisect.bisect_left(a, 4, hi=3))
bisect.insort(a, 4); bisect.insort_left(a, 2); print(a)
print(bisect.bisect_left([('a',1),('b',2)], 2, key=lambda t: t[1]))
b = []; bisect.insort(b, ('x', 3), key=lambda t: t[1]); bisect.insort(b, ('y', 1), key=lambda t: t[1]); print(b)
try: bisect.bisect(a, 1, -1)
except ValueError as e: print(e)
