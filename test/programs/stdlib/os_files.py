import os

os.mkdir('d1')
print(os.path.isdir('d1'), os.path.isfile('d1'), os.path.exists('d1'))
with open('d1/f.txt', 'w') as f:
    f.write('hello')
print(os.listdir('d1'), os.path.getsize('d1/f.txt'), os.path.isfile('d1/f.txt'))
os.rename('d1/f.txt', 'd1/g.txt')
print(sorted(os.listdir('d1')), os.path.exists('d1/f.txt'))
os.makedirs('d2/a/b')
os.makedirs('d2/a/b', exist_ok=True)
print(os.path.isdir('d2/a/b'))
try:
    os.makedirs('d2/a/b')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror, e.filename)
for fn, args in [(os.mkdir, ('d1',)), (os.rmdir, ('d1',)), (os.remove, ('nope.txt',)), (os.listdir, ('nope',)),
                 (os.remove, ('d1',)), (os.rename, ('nope', 'other')), (os.rmdir, ('d1/g.txt',)), (os.chdir, ('nope',)),
                 (os.stat, ('nope',)), (os.unlink, ('nope',))]:
    try:
        fn(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e, e.filename, e.filename2)
os.unlink('d1/g.txt')
os.rmdir('d1')
print(os.path.exists('d1'))
os.removedirs('d2/a/b')
print(os.path.exists('d2'))
here = os.getcwd()
os.mkdir('sub')
os.chdir('sub')
print(os.getcwd() == os.path.join(here, 'sub'), os.listdir('.'), os.listdir(os.pardir).count('sub'))
os.chdir('..')
os.replace if hasattr(os, 'replace') else None
with open('a.txt', 'w') as f:
    f.write('A')
with open('b.txt', 'w') as f:
    f.write('BB')
os.replace('a.txt', 'b.txt')
print(open('b.txt').read(), sorted(os.listdir('.')))
print(os.path.realpath('b.txt') == os.path.join(os.path.realpath('.'), 'b.txt'))
for entry in sorted(os.scandir('.'), key=lambda e: e.name):
    print(entry.name, entry.is_dir(), entry.is_file(), entry.is_symlink())
