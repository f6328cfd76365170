# Assignment expressions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 6], y)
total = 0
while (chunk := data[total:total + 2]):
    print(chunk)
    total += 2
print((a := 10) + a, a)
def f():
    [(last := i) for i in range(4)]
    return last
print(f())
