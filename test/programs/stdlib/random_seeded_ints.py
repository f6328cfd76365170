import random

for seed in [12345, 0, 1, -1, -12345, 2**32, 2**32 - 1, 2**64 + 17, -(2**200) - 5, 10**50]:
    random.seed(seed)
    print(seed, random.random(), random.randint(1, 6), random.randint(-10**20, 10**20))
    print(random.randrange(10), random.randrange(5, 500), random.randrange(100, 0, -3), random.randrange(0, 10**30, 7))
    print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(200))
    print(random.choice([1, 2, 3]), random.choice('hello world'), random.choice(range(10**9)))
