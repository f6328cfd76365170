# tracebacks printed into a StringIO, then written out; sys.stderr itself redirected
import io
import sys
import traceback

def fail(n):
    return [1, 2, 3][n]

buffer = io.StringIO()
try:
    fail(10)
except IndexError:
    traceback.print_exc(file=buffer)
    traceback.print_stack(file=buffer)
text = buffer.getvalue()
print(len(text.splitlines()), "lines captured")
sys.stderr.write(text.upper())
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    fail(-9)
except IndexError:
    traceback.print_exc()
captured = sys.stderr.getvalue()
sys.stderr = saved
print(captured.splitlines()[-1])
sys.stderr.write(captured)
fail(99)
