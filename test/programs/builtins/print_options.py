# print(): sep, end, several args, no args, flush.
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print()
print("no newline", end="")
print(" -- continued")
print(*range(5), sep=", ")
print(None, True, 1.0, [1], sep="\n", flush=True)
print("x", sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
