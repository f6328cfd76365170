# for loops with else, break and continue; searching.
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
for i in range(6):
    if i % 2:
        continue
    print("even", i)
for ch in "":
    print("never")
else:
    print("empty else")
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j)
