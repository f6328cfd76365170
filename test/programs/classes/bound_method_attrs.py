# a bound method answers the function's attributes (its __doc__ too); a missing one is an
# AttributeError that getattr's default swallows without leaking
class A:
    def m(self):
        """the doc"""

    def n(self):
        pass


a = A()
print(a.m.__doc__, a.n.__doc__, a.m.__name__, a.m.__qualname__)
A.m.tag = 'x'
print(a.m.tag, getattr(a.m, 'missing', 'default'), hasattr(a.n, 'missing'))
try:
    a.m.missing
except AttributeError as e:
    print(e)
for i in range(3):
    getattr(a.m, 'nope', None)
print('ok')
