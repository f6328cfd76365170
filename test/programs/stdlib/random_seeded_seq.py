import random

random.seed(12345)
deck = [r + s for s in 'SHDC' for r in 'A23456789TJQK']
random.shuffle(deck)
print(deck)
print(random.sample(deck, 5), random.sample(range(1000000), 8), random.sample(range(50), 20))
print(random.sample(['a', 'b', 'c'], 3), random.sample(['r', 'g'], k=4, counts=[3, 2]))
print(random.choices('abc', k=10), random.choices(range(5), weights=[5, 0, 1, 0, 1], k=6))
print(random.choices('xyz', cum_weights=[1, 1.5, 9], k=5))
print(random.uniform(1, 2), random.uniform(-5, 5), random.triangular(), random.triangular(1, 10, 2))
print(random.randbytes(10), random.random())
print([random.randint(0, 1) for _ in range(30)])
for seed in ['hello', 'é', '', b'bytes', bytearray(b'ba'), 3.75, -2.5, True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000))
random.seed('abc', version=1)
print(random.random())
