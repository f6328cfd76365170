# Objects freed and made again in quick succession (the runtime reuses the JS shells of dead objects):
# nothing of a dead object may show through in a new one, and weak references, interning, refcounts
# and __del__ resurrection must keep telling dead from alive.
import sys, gc, weakref

class Plain:
    pass

class Slotted:
    __slots__ = ('a', 'b')

class Tracker:
    log = []
    def __init__(self, name):
        self.name = name
    def __del__(self):
        Tracker.log.append(self.name)

# 1. a new instance never sees the attributes of a dead one
for round in range(3):
    objs = [Plain() for i in range(200)]
    for i, o in enumerate(objs):
        o.x = i
        o.y = [i] * 3
        if i % 3 == 0:
            o.__dict__['z'] = 'z%d' % i
    del objs
    fresh = [Plain() for i in range(200)]
    print('round', round, 'fresh dicts empty:', all(vars(o) == {} for o in fresh),
          'has x:', sum(hasattr(o, 'x') for o in fresh))
    del fresh

# 2. __slots__ of new objects start empty
s = [Slotted() for i in range(100)]
for i, o in enumerate(s):
    o.a = i
    o.b = str(i)
del s
s = [Slotted() for i in range(100)]
unset = 0
for o in s:
    try:
        o.a
    except AttributeError as e:
        unset += 1
        msg = str(e)
print('unset slots:', unset, msg)
del s

# 3. weak references to dead objects stay dead while new objects are made
refs = []
for i in range(300):
    p = Plain()
    p.i = i
    refs.append(weakref.ref(p))
del p
made = [Plain() for i in range(300)]
print('dead refs:', sum(r() is None for r in refs), 'of', len(refs))
print('any ref answers a new object:', any(r() is not None for r in refs))
del made

# callbacks that allocate while the referents die
seen = []
def cb(r):
    seen.append(('cb', [Plain() for i in range(5)].__len__(), r() is None))
holders = [Plain() for i in range(50)]
wrs = [weakref.ref(h, cb) for h in holders]
del holders
print('callbacks:', len(seen), all(s[2] for s in seen))

# 4. strings: dead interned strings do not make new ones look interned
names = [sys.intern('name_%d_' % i + 'x' * (i % 7)) for i in range(400)]
del names
built = [''.join(['name_', str(i), '_', 'x' * (i % 7)]) for i in range(400)]
print('interned again:', sum(sys.intern(b) is b for b in built))
again = [''.join(['name_', str(i), '_', 'x' * (i % 7)]) for i in range(400)]
print('same object as the interned one:', sum(sys.intern(a) is b for a, b in zip(again, built)))
del built, again

# 5. refcounts of brand-new objects in the middle of churn
counts = set()
for i in range(500):
    t = (i, str(i), float(i), [i])
    o = Plain()
    counts.add((sys.getrefcount(o), sys.getrefcount(t), sys.getrefcount(t[3])))
    del t, o
print('refcounts:', sorted(counts))

# 6. __del__ resurrection while temporaries churn
keep = []
class Phoenix:
    def __init__(self, n):
        self.n = n
        self.payload = list(range(n))
    def __del__(self):
        junk = [str(k) for k in range(20)]
        if self.n % 2 == 0:
            keep.append(self)
for i in range(40):
    Phoenix(i)
    [Plain() for k in range(10)]
print('resurrected:', [p.n for p in keep][:10], len(keep))
print('payloads intact:', all(p.payload == list(range(p.n)) for p in keep))
print('refcount of a resurrected one:', sys.getrefcount(keep[3]))
del keep[:]
print('second deaths kept nothing:', keep)

# 7. cycles freed by the collector while finalizers allocate
Tracker.log.clear()
for i in range(30):
    a = Tracker('a%d' % i)
    b = Tracker('b%d' % i)
    a.other = b
    b.other = a
    a.junk = [Plain() for k in range(3)]
del a, b
n = gc.collect()
print('collected:', n, 'finalized:', len(Tracker.log))
after = [Tracker('new%d' % i) for i in range(30)]
print('new trackers intact:', all(t.name == 'new%d' % i for i, t in enumerate(after)),
      'no other:', not any(hasattr(t, 'other') for t in after))
Tracker.log.clear()
del after
print('freed again:', len(Tracker.log))

# 8. ids: a freed object's block is handed to the next object of the same size
x = Plain()
old = id(x)
del x
y = Plain()
print('address reused:', id(y) == old)
