import random

# the float distributions: built on math.log/exp/sin/cos/pow, so they also depend on the libm
for seed in [12345, 1, -99, 'seed']:
    random.seed(seed)
    print(random.gauss(), random.gauss(5, 2), random.normalvariate(0, 1), random.normalvariate(10, 3))
    print(random.expovariate(1.5), random.lognormvariate(0, 0.5), random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0))
    print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(4, 1), random.betavariate(2, 5))
    print(random.paretovariate(2), random.weibullvariate(1, 1.5))
