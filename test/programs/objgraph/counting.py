# objgraph's counting functions on objects this program makes (the interpreter's own objects
# differ between implementations, so every count here is restricted to this program's classes).
import gc
import objgraph


class Leaky:
    pass


class Other:
    pass


mine = lambda o: type(o) in (Leaky, Other)
kept = [Leaky() for _ in range(3)] + [Other() for _ in range(2)]
print(objgraph.count('Leaky'), objgraph.count('__main__.Leaky'), objgraph.count('Leaky', kept[:2]))
print(len(objgraph.by_type('Other')), objgraph.by_type('__main__.Other') == kept[3:])
print(sorted(objgraph.typestats(kept).items()))
print(sorted(objgraph.typestats(kept, shortnames=False).items()))
print(objgraph.typestats(filter=mine) == {'Leaky': 3, 'Other': 2})
print(objgraph.most_common_types(objects=kept), objgraph.most_common_types(limit=1, objects=kept))
objgraph.show_most_common_types(objects=kept)
objgraph.show_most_common_types(objects=kept, shortnames=False, limit=None)

peak = {}
print(objgraph.growth(peak_stats=peak, filter=mine))
kept.append(Leaky())
print(objgraph.growth(peak_stats=peak, filter=mine))
print(objgraph.growth(peak_stats=peak, filter=mine))
objgraph.show_growth(peak_stats={}, filter=mine)
kept.extend([Other(), Other()])
objgraph.show_growth(filter=mine)
objgraph.show_growth(filter=mine)
kept.extend([Other(), Other()])
objgraph.show_growth(filter=mine, shortnames=False)

objgraph.get_new_ids(limit=0)
fresh = [Leaky(), Leaky()]
new = objgraph.get_new_ids(limit=0)
print(len(new['Leaky']), sorted(new['Leaky']) == sorted(map(id, fresh)))
print(objgraph.get_new_ids(skip_update=True) is new)
print(sorted(map(id, objgraph.at_addrs(new['Leaky']))) == sorted(map(id, fresh)))
print(objgraph.at(id(kept[0])) is kept[0], objgraph.at(12345))

a, b, c = [1], [2], [3]
holder = [a]
print(objgraph.get_leaking_objects([a, b, c]) == [], len(objgraph.get_leaking_objects([holder])))
gc.collect()
