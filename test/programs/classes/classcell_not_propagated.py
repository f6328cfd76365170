# A metaclass that drops __classcell__ (RuntimeError), one that sets it to something else
# (TypeError), and one that returns a non-class (no check at all).
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)


try:
    class A(metaclass=Meta):
        def f(self):
            return __class__
except Exception as e:
    print(type(e).__name__, e)


class Other:
    pass


class Swap(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        return Other if name == 'C' else cls


try:
    class C(metaclass=Swap):
        def f(self):
            return __class__
except Exception as e:
    print(type(e).__name__, e)


class Meta2(type):
    def __new__(mcls, name, bases, ns):
        return 42


class B(metaclass=Meta2):
    def f(self):
        return __class__


print(B)
