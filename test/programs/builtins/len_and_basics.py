# len() of everything, abs, divmod, pow, callable.
print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(0, 10, 3)), len(b"xy"), len(""))
print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(10 ** 20)))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 5), pow(2, 0.5), pow(-2, 2))
print(callable(len), callable(print), callable(lambda: 0), callable("s"), callable(int), callable(None))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    abs("x")
except TypeError as e:
    print(e)
