# deque in practice: BFS, sliding windows, bounded history, rotation puzzles
from collections import deque

graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
def bfs(start):
    seen = {start}
    q = deque([start])
    order = []
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order
print(bfs('a'))

def moving_average(seq, n=3):
    window = deque(maxlen=n)
    out = []
    for x in seq:
        window.append(x)
        if len(window) == n:
            out.append(sum(window) / n)
    return out
print(moving_average([40, 30, 50, 46, 39, 44]))

history = deque(maxlen=3)
for cmd in ['ls', 'cd', 'pwd', 'vim', 'make']:
    history.append(cmd)
print(history, list(history), history.maxlen)

def is_palindrome(s):
    d = deque(c for c in s.lower() if c.isalnum())
    while len(d) > 1:
        if d.popleft() != d.pop():
            return False
    return True
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("deque"))

def josephus(n, k):
    people = deque(range(1, n + 1))
    out = []
    while people:
        people.rotate(-(k - 1))
        out.append(people.popleft())
    return out
print(josephus(7, 3))
tail = deque(range(100), 5)
print(tail, tail.index(97), tail.count(99))
stack = deque()
for i in range(5):
    stack.append(i)
print([stack.pop() for _ in range(5)], stack)
