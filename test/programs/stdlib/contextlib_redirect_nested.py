# redirect_stdout nesting and reuse, suppress as decorator-free guard, nullcontext as optional cm
import sys
from contextlib import redirect_stdout, redirect_stderr, suppress, nullcontext, ExitStack

class Sink:
    def __init__(self, name):
        self.name = name
        self.text = ''
    def write(self, s):
        self.text += s
    def flush(self):
        pass

outer, inner = Sink('outer'), Sink('inner')
with redirect_stdout(outer):
    print("to outer 1")
    with redirect_stdout(inner):
        print("to inner")
    print("to outer 2")
print(repr(outer.text), repr(inner.text))
reusable = redirect_stdout(Sink('r'))
with reusable as s1:
    print("first")
with reusable as s2:
    print("second")
print(s1 is s2, repr(s1.text))
err = Sink('err')
with redirect_stderr(err), suppress(ZeroDivisionError):
    sys.stderr.write("warning\n")
    1 / 0
print(repr(err.text), sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)

def process(path=None):
    cm = open(path) if path else nullcontext(['default line'])
    with cm as lines:
        return list(lines)
print(process())
with ExitStack() as stack:
    sink = stack.enter_context(redirect_stdout(Sink('stacked')))
    print("inside stack")
print(repr(sink.text))
