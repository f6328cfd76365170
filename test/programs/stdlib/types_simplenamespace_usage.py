# SimpleNamespace as a config object; equality, vars, repr ordering, copying
import types
import copy
cfg = types.SimpleNamespace(debug=False, level=3)
cfg.name = "app"
print(cfg, vars(cfg), sorted(dir(cfg))[-3:])
cfg2 = copy.copy(cfg)
cfg3 = copy.deepcopy(cfg)
print(cfg2 == cfg, cfg2 is cfg, cfg3 == cfg)
cfg2.level = 4
print(cfg2 != cfg, cfg.level)
nested = types.SimpleNamespace(inner=types.SimpleNamespace(v=[1, 2]))
deep = copy.deepcopy(nested)
print(deep, deep.inner.v is nested.inner.v)
print(types.SimpleNamespace(**{'a b': 1}))
try:
    hash(cfg)
except TypeError:
    print("unhashable")
print(types.SimpleNamespace() == types.SimpleNamespace(), isinstance(cfg, types.SimpleNamespace))
