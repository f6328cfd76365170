# objgraph.show_backrefs and show_chain: the walk from an object back to its module (where it
# stops), "more backreferences" boxes, find_backref_chain / find_ref_chain.
import sys
import objgraph
from dotcanon import show


class Holder:
    def __repr__(self):
        return 'Holder()'


target = ['the target']
holders = []
for i in range(5):
    h = Holder()
    h.ref = target
    holders.append(h)
box = {'t': target}

only_ours = lambda o: isinstance(o, (Holder, list, dict)) or objgraph.is_proper_module(o)
objgraph.show_backrefs([target], filename='back.dot', max_depth=3, too_many=2, filter=only_ours)
show('back.dot', globals())

chain = objgraph.find_backref_chain(target, objgraph.is_proper_module)
print([type(x).__name__ for x in chain], chain[0] is sys.modules[__name__], chain[-1] is target)
objgraph.show_chain(chain, filename='chain.dot')
show('chain.dot', globals())

forward = objgraph.find_ref_chain(box, lambda x: x == 'the target')
print([type(x).__name__ for x in forward])
print(objgraph.find_ref_chain(box, lambda x: False, max_depth=2) == [box])
print(objgraph.find_backref_chain(target, lambda x: False, max_depth=1) == [target])
print(objgraph.is_proper_module(sys), objgraph.is_proper_module(Holder), objgraph.is_proper_module(objgraph))
