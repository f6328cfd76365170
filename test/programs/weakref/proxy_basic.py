# A proxy forwards attribute access, assignment, deletion and method calls to its referent.
import weakref

class Account:
    kind = 'account'
    def __init__(self, balance):
        self.balance = balance
    def deposit(self, n):
        self.balance += n
        return self.balance

a = Account(10)
p = weakref.proxy(a)
print(p.balance, p.kind, p.deposit(5), a.balance)
p.owner = 'ann'
print(a.owner)
del p.owner
print(hasattr(a, 'owner'), hasattr(p, 'owner'))
print(type(p) is weakref.ProxyType, p.__class__ is Account, isinstance(p, Account))
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)
f = lambda x: x * 2
pf = weakref.proxy(f)
print(type(pf) is weakref.CallableProxyType, pf(21), callable(pf), callable(p))
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
