import random

random.seed(7)
pop = ['red', 'green', 'blue', 'black']
print(random.choices(pop, weights=[18, 18, 2, 0], k=12))
print(random.choices(pop, cum_weights=[0.1, 0.5, 0.9, 1.0], k=8))
print(random.choices(range(3), [1.5, 2.5, 0.5]), random.choices('ab', k=0))
counts = {}
for c in random.choices('abc', weights=(5, 3, 2), k=200):
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
print(random.sample(['a', 'b', 'c', 'd'], k=2, counts=[1, 2, 3, 4]), random.sample(range(5), 0))
for bad in [dict(weights=[1]), dict(weights=[0, 0, 0, 0]), dict(weights=[1, 1, 1, float('inf')]), dict(weights=[1] * 4, cum_weights=[1] * 4)]:
    try:
        random.choices(pop, **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.choices(pop, 3)
except TypeError as e:
    print('TypeError', e)
for bad in [dict(counts=[1, 2]), dict(counts=[0, 0, 0, 0]), dict(counts=[1.5, 1, 1, 1])]:
    try:
        random.sample(pop, 1, **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(random.random())
