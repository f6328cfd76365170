# print into a StringIO assigned to sys.stdout, nested redirections, file= argument
import io
import sys

def shout(*words):
    print(*words, sep="! ", end="!\n")

saved = sys.stdout
outer = io.StringIO()
sys.stdout = outer
print("outer start")
inner = io.StringIO()
sys.stdout = inner
shout("a", "b")
print(3.5, None, [1, 2])
sys.stdout = outer
print("inner had", len(inner.getvalue().splitlines()), "lines")
sys.stdout = saved
print(repr(outer.getvalue()))
print(repr(inner.getvalue()))
target = io.StringIO()
print("to file", 42, file=target, flush=True)
print(target.getvalue(), end="")
err = io.StringIO()
sys.stderr = err
sys.stderr.write("not shown\n")
sys.stderr = sys.__stderr__
print(err.getvalue().upper(), end="")
for line in io.StringIO("one\ntwo\nthree\n"):
    print(line.rstrip())
print(sys.getrefcount(outer), sys.getrefcount(inner))
