# the builtin warning categories, filtering by a base category, warnings raised as exceptions
# carrying their message, and the default action for each category outside __main__-only rules
import warnings

categories = [UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
              RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
              ResourceWarning, EncodingWarning]
print([c.__mro__[1].__name__ for c in categories])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", DeprecationWarning)
    for c in categories:
        warnings.warn(f"a {c.__name__}", c)
print([str(w.message) for w in log])
with warnings.catch_warnings():
    warnings.simplefilter("error", Warning)
    for c in (UserWarning, ResourceWarning):
        try:
            warnings.warn("boom", c)
        except Warning as e:
            print(type(e).__name__, e.args)
with warnings.catch_warnings(record=True) as log:
    for c in categories:
        warnings.warn(f"default {c.__name__}", c)
print(sorted(w.category.__name__ for w in log))
class Custom(RuntimeWarning):
    pass
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.warn("custom", Custom)
    warnings.simplefilter("always", Custom)
    warnings.warn("custom again", Custom)
print([(w.category.__name__, str(w.message)) for w in log])
