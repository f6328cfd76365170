# String building: join, repetition, comparison, membership, iteration.
parts = [str(i) for i in range(10)]
print("".join(parts), ",".join(parts[:3]), "ab" * 3, "-" * 10)
print("ell" in "hello", "" in "abc", "abc".find(""), list("héllo"), [c for c in "ab"])
print("a" < "B", "apple" < "banana", "Z" < "a", "abc" == "ab" + "c", "a" * 3 == "aaa")
s = ""
for i in range(5):
    s += str(i)
print(s, len(s), s[::-1], s.isnumeric())
