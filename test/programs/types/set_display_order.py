# A set display of constants iterates in the order CPython's compiler leaves its frozenset constant:
# made from the source order, then rebuilt from that one's table order (colliding hashes move).
print({0.1, 0.2, 0.3}); print({-1, -5, 3, 11}); print({5, 13, 21}); print({33, 1, 65, 97})
for x in {5, 13, 21}: print(x, end=' ')
print()
print(frozenset({5, 13, 21}), list({9, 1, 17, 25, 33}))
s = {5, 13, 21, 29, 37, 45, 53, 61, 69}
print(s)
