# Slicing with steps and negative indices.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3])
print(s[::-1], s[8:2:-2], s[-1:-4:-1], s[5:5], s[20:], s[-20:3])
print("hello"[::-1], "hello"[1:-1], (1, 2, 3, 4)[::2], b"abcdef"[1:4])
t = s[:]
t[2:5] = ["x"]
print(t)
t[::3] = [0, 0, 0]
print(t)
u = list(range(6))
u[1:1] = [9, 9]
print(u, s[slice(1, 8, 3)], slice(1, 8, 3).indices(5))
