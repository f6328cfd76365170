# Comprehension variables do not leak; the first iterable is evaluated in the enclosing scope.
x = "outer"
print([x for x in range(3)], x)
class C:
    n = 4
    items = [i for i in range(n)]
print(C.items)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
try:
    class D:
        k = 2
        vals = [k * i for i in range(3)]
except NameError as e:
    print("NameError", e)
