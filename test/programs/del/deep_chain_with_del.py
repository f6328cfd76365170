# A deep chain of objects with __del__: finalizers run outer first, in order.
count = 0
class Node:
    def __init__(self, next):
        self.next = next
    def __del__(self):
        global count
        count += 1
head = None
for i in range(50000):
    head = Node(head)
head = None
print("finalized", count)
