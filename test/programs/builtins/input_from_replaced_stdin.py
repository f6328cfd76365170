# input() reads sys.stdin.readline() when sys.stdin is replaced, and takes off only the final '\n'
# ('\r' stays: stdin translates no newlines on POSIX); the prompt goes to sys.stdout, then flush.
import io, sys

sys.stdin = io.StringIO('a\r\nb\n\rc')
print(repr(input()), repr(input('p> ')), repr(input()))
try:
    input()
except EOFError as e:
    print('EOFError', e)

with open('crlf.txt', 'wb') as f:
    f.write(b'x\r\ny\n')
sys.stdin = open('crlf.txt')
print(repr(input()), repr(input()))
sys.stdin.close()
sys.stdin = open('crlf.txt', newline='')
print(repr(input()), repr(input()))
sys.stdin.close()

class Out:
    def write(self, s):
        sys.__stdout__.write('[' + s + ']')
    def flush(self):
        sys.__stdout__.write('<flush>')

sys.stdin = io.StringIO('q\n')
sys.stdout = Out()
v = input('prompt')
sys.stdout = sys.__stdout__
print(repr(v))

class BadReadline:
    def readline(self):
        return 42

sys.stdin = BadReadline()
try:
    input()
except TypeError as e:
    print('TypeError', e)

sys.stdin = None
try:
    input()
except RuntimeError as e:
    print('RuntimeError', e)
sys.stdin = sys.__stdin__

sys.stdout = None
print('not shown', sep=5)
sys.stdout = sys.__stdout__
print('done')
