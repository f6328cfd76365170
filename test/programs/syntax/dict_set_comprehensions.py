# Dict and set comprehensions (sets printed sorted).
print({k: k ** 2 for k in range(5)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sorted({x % 4 for x in range(20)}))
print({(i, j): i * j for i in range(2) for j in range(2) if i != j})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({w[0]: w for w in words})
print(sorted({len(w) for w in words}))
