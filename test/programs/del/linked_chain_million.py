# Freeing a 1,000,000-long chain of instances must not overflow the stack.
# pyheap-test: timeout=180
class Node:
    __slots__ = ("next",)
    def __init__(self, next):
        self.next = next
node = None
for i in range(1000000):
    node = Node(node)
print("built")
del node
print("freed the chain")
