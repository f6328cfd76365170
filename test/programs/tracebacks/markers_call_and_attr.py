# Markers for a failing call and a failing attribute access (^ only, no ~).
class Node:
    def __init__(self, child=None):
        self.child = child

    def depth(self):
        return 1 + self.child.depth()

root = Node(Node(Node()))
print("computing")
print(root.depth())
