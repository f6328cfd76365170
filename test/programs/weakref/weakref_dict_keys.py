# Weak references as dict keys: equal refs find each other; a dead ref is only equal to itself.
import weakref

class C:
    pass

a = C()
b = C()
d = {weakref.ref(a): 'a', weakref.ref(b, lambda w: None): 'b'}
print(d[weakref.ref(a)], d[weakref.ref(b)])
k = [key for key in d if d[key] == 'b'][0]
del b
print(len(d), d[k], k in d)
print(weakref.ref(a) in d)
