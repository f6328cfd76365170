# a weakref's repr names its referent through the type's __name__ only (gh-99184): an
# instance attribute or a __getattr__ that raises is not consulted
import weakref


class MyConfig(dict):
    def __getattr__(self, x):
        return self[x]


class A:
    pass


def f():
    pass


a = A()
a.__name__ = 'instance attribute'
objs = [MyConfig(offset=5), a, f, A]
for o in objs:
    text = repr(weakref.ref(o))
    print(text[text.index('; to'):].split(' at ')[0], text.endswith('(f)>') or text.endswith('(A)>'))
