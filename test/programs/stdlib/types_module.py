# types: the type names, SimpleNamespace, MappingProxyType, new_class, GenericAlias
import types
import sys

def f():
    yield
class C:
    def m(self):
        pass
print(types.FunctionType, types.LambdaType, types.GeneratorType, types.MethodType, types.ModuleType)
print(types.BuiltinFunctionType, types.CodeType, types.CellType, types.MappingProxyType)
print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(C().m, types.MethodType),
      isinstance(sys, types.ModuleType), isinstance(len, types.BuiltinFunctionType), isinstance(C.__dict__, types.MappingProxyType))
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.GetSetDescriptorType, types.MemberDescriptorType)
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]), ns != types.SimpleNamespace())
del ns.a
print(ns, vars(ns))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
ns.me = ns
print(ns)
class Sub(types.SimpleNamespace):
    pass
print(Sub(z=1), type(types.SimpleNamespace()))
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), 'k' in mp, list(mp), mp.get('z'), repr(mp))
try:
    mp['k'] = 2
except TypeError as e:
    print(e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
bound = types.MethodType(lambda self, x: (self, x), 'obj')
print(bound(1))
try:
    types.MethodType(1, 2)
except TypeError as e:
    print(e)
mod = types.ModuleType('made', 'doc text')
mod.v = 3
print(mod.__name__, mod.__doc__, mod.v)
X = types.new_class('X', (dict,), {}, lambda ns: ns.update(hello=lambda self: 'hi'))
print(X, X().hello(), X.__mro__)
print(types.resolve_bases((int, str)), types.prepare_class('Y', (int,)))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {'prepared': True}
Z = types.new_class('Z', (), {'metaclass': Meta})
print(type(Z).__name__, Z.prepared)
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], types.GenericAlias(set, (bytes,)))
g = list[int]
print(g.__origin__, g.__args__, g.__parameters__, g(), g == list[int], type(g).__name__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
