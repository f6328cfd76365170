import os.path
import os
import posixpath

print(os.path is posixpath, os.sep, os.linesep == '\n', os.name, os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep, os.devnull)
for p in ['', '/', '//', '///', 'a', 'a/b', '/a/b/', 'a//b', '/a/./b/../c', '../a', 'a/..', './', '//a//b', 'a/b/../../..']:
    print(repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p), os.path.normpath(p), os.path.isabs(p))
for p in ['a.txt', 'a.b.c', '.bashrc', '..x', 'dir.d/file', 'dir/.hidden', 'a.', '/x/y.tar.gz', '...']:
    print(repr(p), os.path.splitext(p))
print(os.path.join('a', 'b', 'c'), os.path.join('a/', 'b'), os.path.join('a', '/b', 'c'), os.path.join('', 'x'), os.path.join('a', ''))
print(os.path.join(b'a', b'b'), os.path.split(b'/x/y'), os.path.splitext(b'f.py'), os.path.normpath(b'a//b/../c'))
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/li']), os.path.commonprefix([]))
print(os.path.commonpath(['/usr/lib', '/usr/local/x']), os.path.commonpath(['a/b', 'a/c']))
print(os.path.relpath('/a/b/c', '/a/x'), os.path.relpath('/a', '/a'), os.path.relpath('/a/b', '/'))
print(os.path.splitdrive('/a/b'), os.path.normcase('A/B'), os.path.expandvars('$NOPE_X_Y/${NOPE_Z}'))
for bad in [('a', 1), (1, 'a'), ('a', b'b')]:
    try:
        os.path.join(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    os.path.relpath('')
except ValueError as e:
    print('ValueError', e)
try:
    os.path.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError', e)
class P:
    def __fspath__(self):
        return 'some/path.txt'
print(os.fspath(P()), os.path.basename(P()), os.path.splitext(P()), os.fspath('x'), os.fspath(b'y'))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError', e)
print(os.path.abspath('x') == os.path.join(os.getcwd(), 'x'), os.path.abspath('/a/../b'))
