# print() writes each argument as soon as it is converted, with the separators between: when a
# __str__ raises, what came before it is already written (CPython's builtin_print).
import sys

class Bad:
    def __str__(self):
        raise ValueError('no str')

try:
    print('a', 'b', Bad())
except ValueError:
    print('|caught')

try:
    print('x', Bad(), 'y', sep='--', end='!\n')
except ValueError:
    print('|caught 2')

try:
    print(Bad(), 'never')
except ValueError:
    print('|caught 3')

class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)

r = Recorder()
try:
    print(1, 2, Bad(), 3, file=r, sep=':')
except ValueError:
    pass
print(r.calls)

try:
    print('a', file=sys.stdout, foo=1)
except TypeError as e:
    print(e)
try:
    print(bar=2)
except TypeError as e:
    print(e)
