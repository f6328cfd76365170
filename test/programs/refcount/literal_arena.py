# Constants of the running script have one reference more than co_consts gives them: CPython's
# AST arena keeps every literal's object alive until the script has finished (not so for code
# made by compile() and run later, nor for imported modules).
import sys

x = 100000
print('int literal', sys.getrefcount(x))
s = 'two words'
print('str literal', sys.getrefcount(s))
f = 2.5
print('float literal', sys.getrefcount(f))
b = b'some bytes'
print('bytes literal', sys.getrefcount(b))
t = (1000, 2000)
print('folded tuple', sys.getrefcount(t), sys.getrefcount(t[0]))
nested = [(3000,), ('x y', 4.5)]
print('nested tuples', sys.getrefcount(nested[0]), sys.getrefcount(nested[1][0]))
folded = 'ab' * 3


def again():
    return 'ab' * 3


print('folded str shared with a function', sys.getrefcount(folded), again() is folded)
same1 = 'hello world'
same2 = 'hello world'
print('one literal twice', sys.getrefcount(same1), same1 is same2)
for v in [5000, 'p q', (6000,)]:
    print('loop over folded list', sys.getrefcount(v))


def documented():
    """A docstring is a constant too."""


print('docstring', sys.getrefcount(documented.__doc__))
print('f-string part', sys.getrefcount(f"value {x} here"))
print('big int', sys.getrefcount(12345678901234567890))
print('set folded', sys.getrefcount(next(iter(sorted(v for v in (7000, 8000) if v in {7000, 9000})))))

exec('y = 100001; print("exec of a str", sys.getrefcount(y))')
code = compile('z = 100002; print("compile, then exec", sys.getrefcount(z))', '<s>', 'exec')
exec(code)
print('eval of a str', eval('sys.getrefcount("three word str")'))
