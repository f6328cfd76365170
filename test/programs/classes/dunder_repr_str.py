# __repr__ and __str__: which one print, str, repr, f-strings and containers use.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
b, r = Both(), OnlyRepr()
print(b, r, str(b), repr(b), str(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
class Plain:
    pass
print(repr(Plain()).startswith("<__main__.Plain object at 0x"))
