# Messages of common builtin errors.
class X:
    lst = [1, 2, 3]
    pass
def unbound():
    print(v)
    v = 1
cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0),
    lambda: {}["missing"], lambda: [][0], lambda: ()[5], lambda: "ab"[10],
    lambda: X().y, lambda: (1).foo, lambda: None.attr, lambda: X.nope,
    lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: -"x", lambda: "a" * "b",
    lambda: undefined_name, unbound, lambda: int("x"), lambda: [1].index(2),
    lambda: next(iter([])), lambda: {1, 2}.remove(3), lambda: "a" < 1, lambda: len(5),
    lambda: X.lst[1.5], lambda: {[]: 1}, lambda: float("x"), lambda: (1, 2).append,
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)
