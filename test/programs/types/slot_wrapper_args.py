# Slot wrappers check their arguments as 3.11's wrap_* functions do (check_num_args, and
# PyArg_UnpackTuple with an empty name for the two-argument ones), and refuse keywords.
cases = [
    '[].__len__(1)', '[].__len__(x=1)', '[].__contains__()', '[].__contains__(1, 2)', '[].__iter__(1)',
    '(1).__neg__(1)', '(1).__bool__(1)', '(1).__hash__(1)', '[].__repr__(1)', 'property().__get__()',
    'property().__get__(1, 2, 3)', 'property().__set__(1)', 'property().__delete__()', '(1).__add__(x=1)',
    '[].__setitem__(1)', '[].__delitem__()', 'iter([]).__next__(1)', 'object().__getattribute__()',
    'object().__setattr__(1)', 'object().__delattr__()', '[].__init__(1, 2)', 'object().__eq__()',
    'object().__lt__(1, 2)', '(1).__index__(2)', '(1.5).__float__(2)', '(1).__int__(2)', '(1).__abs__(2)',
    '(1).__pos__(2)', '(1).__invert__(2)', 'object().__str__(1)', 'object().__getattribute__(1)',
    'object().__setattr__(1, 2)', 'object().__delattr__(1)', 'property().__get__(None, None)',
    'property().__get__(None)', '(1).__setattr__("a", 1)', '(5).__radd__(2)', '[1].__iadd__([2])',
    'property(lambda s: 7).__get__(1)', 'type(property().__get__(None, int))',
    '{}.__setitem__(1, 2)', '{1: 2}.__delitem__(1)', 'object().__lt__(1)', '(3).__lt__(4)',
    'int.__add__(1)', 'int.__add__("a", 1)', 'list.__len__([1, 2])', '(7).__divmod__(2)', '(7).__rdivmod__(2)',
    '(7.0).__divmod__(2, 3)', 'int.__divmod__', '(7).__sizeof__(1)', 'int.__add__()', 'list.append()',
    'list.append("a", 1)', 'int.__add__.__get__("a")', 'list.append.__get__("a")', 'list.__len__("a")',
    'int.__add__.__get__(None, str)',
]
for e in cases:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as x:
        print(e, '->', type(x).__name__, x)
