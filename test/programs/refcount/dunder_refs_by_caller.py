# The reference count a special method sees, for each builtin that calls it: whether the call
# packs its arguments (tp_call, METH_VARARGS, slot wrappers), binds the method first, or passes
# them as they are.
import sys, math, operator, copy
rc = sys.getrefcount
class K:
    def __int__(self): print('  int', rc(self)); return 1
    def __index__(self): print('  index', rc(self)); return 1
    def __float__(self): print('  float', rc(self)); return 1.0
    def __complex__(self): print('  complex', rc(self)); return 1j
    def __str__(self): print('  str', rc(self)); return 's'
    def __repr__(self): print('  repr', rc(self)); return 'r'
    def __bool__(self): print('  bool', rc(self)); return True
    def __len__(self): print('  len', rc(self)); return 1
    def __iter__(self): print('  iter', rc(self)); return iter([1])
    def __reversed__(self): print('  reversed', rc(self)); return iter([1])
    def __hash__(self): print('  hash', rc(self)); return 1
    def __abs__(self): print('  abs', rc(self)); return 1
    def __lt__(self, o): print('  lt', rc(self)); return True
    def __gt__(self, o): print('  gt', rc(self)); return True
    def __call__(self, *a): print('  call', rc(self)); return 1
    def __getitem__(self, i): print('  getitem', rc(self)); return 1
    def __dir__(self): print('  dir', rc(self)); return []
    def __sizeof__(self): print('  sizeof', rc(self)); return 1
    def __bytes__(self): print('  bytes', rc(self)); return b''
    def __round__(self, n=None): print('  round', rc(self)); return 1
    def __format__(self, s): print('  format', rc(self)); return ''
    def __divmod__(self, o): print('  divmod', rc(self)); return 1
    def __pow__(self, o, m=None): print('  pow', rc(self)); return 1
    def __instancecheck__(self, o): print('  instancecheck', rc(self)); return True
    def __length_hint__(self): print('  hint', rc(self)); return 1
k = K()
cases = ['int(k)', 'float(k)', 'complex(k)', 'str(k)', 'repr(k)', 'bool(k)', 'len(k)', 'iter(k)', 'reversed(k)', 'hash(k)',
 'abs(k)', 'max(k, k)', 'min([k, k])', 'sorted([k, k])', 'k(1)', 'dir(k)', 'sys.getsizeof(k)', 'bytes(k)', 'round(k)',
 'format(k)', 'divmod(k, 1)', 'pow(k, 2)', 'pow(k, 2, 3)', 'isinstance(1, k)', 'list(k)', 'tuple(k)', 'set(k)', 'frozenset(k)',
 'enumerate(k)', 'zip(k)', 'map(abs, k)', 'filter(None, k)', 'sum(k)', 'any(k)', 'all(k)', 'hex(k)', 'oct(k)', 'bin(k)', 'chr(k)',
 'range(k)', '[1][k]', 'operator.index(k)', 'math.sqrt(k)', 'math.floor(k)', 'print(k)', 'str.format("{}", k)', '"%s" % k',
 '"%d" % k', '"%r" % (k,)', 'f"{k!r}"', 'f"{k!s}"', 'ascii(k)', 'dict.fromkeys([k])', '{k}', 'k in [k]', '[k].index(k)',
 '[k].count(k)', 'next(iter([k]))', 'copy.copy(1)', 'vars(K)', 'callable(k)', 'id(k) > 0',
 'int.__new__(int, k)', 'float.__new__(float, k)', 'list.__init__([], k)', 'bytearray(k)', 'memoryview(b"")', 'slice(k)[0:1] if 0 else 1',
 '"abc"[k]', '(1,)[k]', 'range(3)[k]', '[0, 1][k:]', 'k == k', 'k != 1', 'not k', 'k if k else 0', 'isinstance(k, int)']
for c in cases:
    print(c)
    try:
        eval(c)
    except Exception as e:
        print('  !', type(e).__name__, e)
