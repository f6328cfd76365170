import random

gens = [random.Random(s) for s in (1, 2, 1)]
print([g.random() for g in gens])
print([g.randint(0, 10**6) for g in gens])
a, b, c = gens
print(a.getstate() == c.getstate(), a.getstate() == b.getstate())
big = list(range(1000))
r = random.Random(2024)
r.shuffle(big)
print(big[:20], sum(big))
print(r.sample(big, 10), r.sample(range(10**12), 3), r.sample(tuple('abcdefgh'), 8))
print(r.choices(range(100), cum_weights=list(range(1, 101)), k=10))
print([r.randrange(-50, 50, 5) for _ in range(10)], [r.randrange(10**40) for _ in range(2)])
print(r.getrandbits(1000) % 10**20, r.randbytes(17), r.getrandbits(64).bit_length() <= 64)
r.seed(99, version=2); x = r.random(); r.seed(99); print(x == r.random())
print(random.Random('same').random() == random.Random('same').random(), random.Random(b'x').random() == random.Random('x').random())
print(random.Random(1.5).random(), random.Random(-1.5).random(), random.Random(0.0).random() == random.Random(0).random())
state = r.getstate()
seq1 = [r.random() for _ in range(3)]
r.setstate(state)
print(seq1 == [r.random() for _ in range(3)])
random.seed(12345)
print(random.random(), random.randint(1, 10), random.randrange(100), random.choice('xyz'))
lst = [1, 2, 3, 4, 5]; random.shuffle(lst); print(lst, random.sample([1, 2, 3, 4, 5], 3), random.uniform(0, 1))
