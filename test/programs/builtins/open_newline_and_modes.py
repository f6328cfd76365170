# open(): newline modes on reading and writing (universal, '', and each ending), the mode string's
# errors in _io.open's order, binary mode's refused arguments, io.UnsupportedOperation.
def t(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r)[:100])
    except BaseException as e:
        print(label, type(e).__name__, e)
with open('n.txt', 'w', newline='') as f:
    f.write('a\nb\r\nc\rd')
for nl in (None, '', '\n', '\r', '\r\n'):
    with open('n.txt', newline=nl) as f:
        print(repr(nl), [f.readline() for _ in range(5)])
    with open('n.txt', newline=nl) as f:
        print(repr(nl), f.readlines(), repr(open('n.txt', newline=nl).read()))
with open('w.txt', 'w', newline='\r\n') as f:
    f.write('x\ny\n')
print(open('w.txt', 'rb').read())
for mode in ('rw', 'rr', 'tb', 'b', '+', 'r+b', 'q', '', 'wx'):
    t('mode ' + mode, lambda: open('n.txt', mode).close())
t('binary encoding', lambda: open('n.txt', 'rb', encoding='utf-8'))
t('binary newline', lambda: open('n.txt', 'rb', newline=''))
t('bad newline', lambda: open('n.txt', newline='x'))
t('newline type', lambda: open('n.txt', newline=1))
import io
t('unsupported', lambda: open('n.txt').write('x'))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
