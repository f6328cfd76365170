# Object-allocation churn: class instances, tuples, lists and small dicts created and dropped
# in a loop, plus a short-lived linked structure rebuilt each round. Prints a checksum.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Node:
    __slots__ = ('value', 'next')

    def __init__(self, value, next):
        self.value = value
        self.next = next


def churn(rounds, width):
    acc = 0
    for r in range(rounds):
        pts = [Point(i, r - i) for i in range(width)]
        pairs = [(p.x, p.y) for p in pts]
        acc += sum(p.norm1() for p in pts) % 9973
        acc += len([t for t in pairs if t[0] > t[1]])
        head = None
        for i in range(width):
            head = Node(i, head)
        n = 0
        while head is not None:
            n += head.value
            head = head.next
        acc = (acc + n) % 1000003
        rows = [[i, i + 1, i + 2] for i in range(width // 4)]
        d = {'a': rows[0], 'b': pairs[-1], 'r': r}
        acc += len(rows) + len(d)
    return acc


print(churn(2000, 160))
print(len(sys.argv) >= 1)
