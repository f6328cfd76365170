# Higher-order builtins: map, filter, sorted, min/max with key, functions as values.
nums = [5, -3, 8, -1, 0, 2]
print(list(map(abs, nums)), list(map(lambda a, b: a * b, nums, range(3))))
print(list(filter(None, nums)), list(filter(lambda x: x > 0, nums)))
print(sorted(nums, key=abs), max(nums, key=abs), min(nums, key=lambda x: (x % 3, x)))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print({name: op(6, 7) for name, op in ops.items()})
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda s: s + s, "ab"), apply_twice(str.upper, "q"))
