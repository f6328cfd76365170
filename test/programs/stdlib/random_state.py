import random

random.seed(42)
state = random.getstate()
print(type(state), len(state), state[0], len(state[1]), state[1][-1], state[2])
a = [random.random() for _ in range(5)]
random.setstate(state)
b = [random.random() for _ in range(5)]
print(a == b, a)
r1 = random.Random(7)
r2 = random.Random(7)
print(r1.random() == r2.random(), r1.randint(1, 10**6), r2.randint(1, 10**6))
r2.setstate(r1.getstate())
print(r1.random() == r2.random())
r3 = random.Random()
r3.seed(7)
print(r3.random() == random.Random(7).random())
print(random.Random(5).getstate()[1][:3], random.Random(-5).getstate()[1][:3])
for bad in [(1, (), None), (3, (1, 2), None)]:
    try:
        random.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.seed([1, 2])
except TypeError as e:
    print('TypeError', e)
for call in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
             lambda: random.randrange(10, 1), lambda: random.choice([]), lambda: random.sample([1, 2], 3),
             lambda: random.getrandbits(-1), lambda: random.sample({1, 2}, 1),
             lambda: random.choices('ab', [1]), lambda: random.choices('ab', [0, 0]), lambda: random.randint(3, 1)]:
    try:
        print(call())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
