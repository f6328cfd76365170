# An exception inside a generator, consumed by a for loop.
def numbers(limit):
    for i in range(limit, -1, -1):
        yield 10 // i

total = 0
for n in numbers(3):
    total += n
    print(total)
