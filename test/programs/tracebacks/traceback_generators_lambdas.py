# frames of generators, lambdas, comprehensions and nested functions in print_exc output
import traceback

def numbers(limit):
    for i in range(limit):
        yield 10 // (3 - i)

def consume():
    return [n for n in numbers(5)]

transform = lambda xs: sorted(xs, key=lambda x: x.upper())

def outer():
    def inner():
        return transform([1, 2])
    return inner()

for job in (consume, outer):
    try:
        job()
    except Exception:
        traceback.print_exc()
gen = numbers(9)
print(next(gen), next(gen), next(gen))
next(gen)
