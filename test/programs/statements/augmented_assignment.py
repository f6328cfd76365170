# Augmented assignment on names, subscripts and attributes.
class Box:
    pass
b = Box()
b.v = 1
b.v += 4
b.v *= 3
b.v //= 2
b.v **= 2
print(b.v)
d = {"k": [1]}
d["k"] += [2]
d["k"] *= 2
print(d)
l = [1, 2, 3]
alias = l
l += [4]
print(alias, alias is l)
t = (1,)
alias_t = t
t += (2,)
print(alias_t, t, alias_t is t)
n = 10
n -= 3; n %= 4; n <<= 3; n >>= 1; n |= 1; n &= 7; n ^= 2
print(n)
s = "ab"
s += "c"
s *= 2
print(s)
