# Class attributes are shared until an instance assignment shadows them.
class C:
    shared = []
    value = 1
a, b = C(), C()
a.shared.append("x")
print(b.shared, C.shared is a.shared)
a.value = 99
print(a.value, b.value, C.value, "value" in a.__dict__, "value" in b.__dict__)
C.value = 2
print(a.value, b.value)
del a.value
print(a.value)
C.new_attr = "added later"
print(b.new_attr)
print(sorted(k for k in vars(C) if not k.startswith("__")))
