# object.__reduce_ex__ / __reduce__ / __getstate__ results for plain instances (what copy uses)
import copyreg

class Plain:
    pass
p = Plain()
print(p.__reduce_ex__(4)[0] is copyreg.__newobj__, p.__reduce_ex__(4)[1:], p.__reduce_ex__(2)[2])
p.x = 1
r = p.__reduce_ex__(4)
print(r[1], r[2], r[2] is p.__dict__, r[3], r[4])
print(p.__reduce_ex__(1)[0] is copyreg._reconstructor, p.__reduce_ex__(1)[1:], p.__reduce_ex__(0)[1:])
print(p.__getstate__(), Plain().__getstate__())
class S:
    __slots__ = ('a', '__b', 'c')
    def __init__(self):
        self.a = 1
        self.__b = 2
s = S()
print(s.__reduce_ex__(4)[1:], s.__getstate__(), copyreg._slotnames(S))
class L(list):
    pass
r = L([1, 2]).__reduce_ex__(2)
print(r[1], r[2], list(r[3]), r[4])
class D(dict):
    pass
r = D(a=1).__reduce_ex__(3)
print(r[1], list(r[4]))
print((5).__reduce_ex__(4)[1], 'abc'.__reduce_ex__(4)[1], (1, 2).__reduce_ex__(4)[1])
class KW:
    def __new__(cls, *, key):
        o = super().__new__(cls)
        o.key = key
        return o
    def __getnewargs_ex__(self):
        return ((), {'key': self.key})
r = KW(key=3).__reduce_ex__(4)
print(r[0] is copyreg.__newobj_ex__, r[1], r[2])
try:
    object().__reduce_ex__()
except TypeError as e:
    print(e)
class R:
    def __reduce__(self):
        return "global_name"
print(R().__reduce_ex__(4))
print(object().__reduce__()[1:], object().__reduce_ex__(4)[1:])
try:
    S().__reduce_ex__(1)
except TypeError as e:
    print(e)
