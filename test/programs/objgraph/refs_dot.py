# objgraph.show_refs writes objgraph's DOT: labels, depth colours, red start nodes, edge labels
# for attributes (__dict__) and dict keys, __del__ markers, too_many boxes, highlight, extra_info,
# extra_node_attrs, shortnames=False; compared as text with ids renamed.
import objgraph
from dotcanon import show


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __repr__(self):
        return 'Node(%r)' % self.name


class Finalized:
    def __del__(self):
        pass

    def __repr__(self):
        return 'Finalized()'


root = Node('root')
for i in range(4):
    child = Node('child%d' % i)
    child.children.append((i, 'leaf', 2.5))
    root.children.append(child)
root.children.append(Finalized())
root.extra = {'key': [1, 2], 3: 'three', (1, 2): None}

# classes are left out: what a class refers to (its mro and bases tuples) is an implementation
# detail pyheap models differently
not_a_class = lambda o: not isinstance(o, type)
objgraph.show_refs([root], filename='refs.dot', max_depth=4, too_many=3, filter=not_a_class)
show('refs.dot')
objgraph.show_refs(root, filename='refs2.dot', max_depth=2,
                   highlight=lambda o: isinstance(o, list),
                   extra_info=lambda o: 'size %d' % len(o) if isinstance(o, (list, dict)) else '',
                   extra_node_attrs=lambda o: {'shape': 'ellipse'} if isinstance(o, Node) else {},
                   shortnames=False, filter=not_a_class)
show('refs2.dot')
objgraph.show_refs([[], {}], filename='empty.dot', max_depth=0)
show('empty.dot')
try:
    objgraph.show_refs([root], filename='x.dot', output=object())
except ValueError as e:
    print('ValueError:', e)
