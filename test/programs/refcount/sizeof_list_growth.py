# sys.getsizeof of a list while appending shows the over-allocation steps.
import sys
l = []
sizes = [sys.getsizeof(l)]
for i in range(70):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
steps = [i for i in range(1, len(sizes)) if sizes[i] != sizes[i - 1]]
print(steps)
while l:
    l.pop()
    if len(l) in (40, 20, 10, 5, 2, 0):
        print(len(l), sys.getsizeof(l))
