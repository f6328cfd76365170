# heapq as a priority queue: tuples, ties, heapify of records, nlargest/nsmallest with keys
import heapq
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (5, 'ship'), (2, 'test')]:
    heapq.heappush(tasks, (prio, name))
print(tasks)
order = []
while tasks:
    order.append(heapq.heappop(tasks))
print(order)
nums = [19, 3, 7, 7, 1, 42, 0, -5, 12, 8, 8, 30]
h = nums[:]
heapq.heapify(h)
print(h, h[0])
for v in (6, 50, -9):
    print(heapq.heappushpop(h, v), heapq.heapreplace(h, v + 1), h)
recs = [{'n': 'a', 'v': 3}, {'n': 'b', 'v': 9}, {'n': 'c', 'v': 1}, {'n': 'd', 'v': 9}]
print(heapq.nlargest(2, recs, key=lambda r: r['v']), heapq.nsmallest(2, recs, key=lambda r: r['v']))
print(heapq.nlargest(10, [1, 2]), heapq.nsmallest(1, [5, 2, 8]), heapq.nlargest(1, []))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
running = []
medians = []
for v in [5, 15, 1, 3, 8, 7, 9, 10]:
    heapq.heappush(running, v)
    medians.append(sorted(running)[len(running) // 2])
print(medians, running)
