# Frames of nested functions and closures carry their qualified code names.
def make_counter():
    count = 0
    def increment(step):
        nonlocal count
        count += step
        return count
    return increment

inc = make_counter()
print(inc(1))
inc("2")
