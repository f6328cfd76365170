# string.Formatter field handling: indexes, attributes, nested specs, conversions, auto numbering,
# check_unused_args, get_value overrides, and the errors str.format also gives
import string

class Obj:
    attr = {"key": [10, 20]}
    def __format__(self, spec):
        return f"Obj<{spec}>"

f = string.Formatter()
print(f.format("{0.attr[key][1]} {1[0]} {1[2]!r}", Obj(), ["a", "b", "c"]))
print(f.format("{:{width}.{prec}f}|{:>{w2}}", 3.14159, "x", width=10, prec=3, w2=4))
print(f.format("{!s:^9}|{!a}|{!r}", "mid", "é", "q"), f.format("{}", Obj()), f.format("{:abc}", Obj()))
print(f.format("{a}{b}{a}", a=1, b=2), f.format("{0}{0}{1}", "x", "y"))

class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError(f"unused: {sorted(map(str, unused))}")

class Defaults(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)

print(Strict().format("{0}{x}", 1, x=2))
try:
    Strict().format("{0}", 1, 2, y=3)
except ValueError as e:
    print("ValueError:", e)
print(Defaults().format("{name} is {age}", name="ann"))
for template, args in (("{0!x}", (1,)), ("{0[}", (1,)), ("{foo}", ()), ("{1}", (1,)), ("{0.}", (1,)),
                       ("{:{:{}}}", (1, 2, 3))):
    try:
        print(f.format(template, *args))
    except (ValueError, KeyError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
print(list(f.parse("{a.b[c]!s:>{w}}")), f.convert_field(5, "r"), f.format_field(5, "03d"))
