import os

with open('target.txt', 'w') as f:
    f.write('data')
os.symlink('target.txt', 'link.txt')
os.symlink('missing.txt', 'dangling')
print(os.path.islink('link.txt'), os.path.islink('target.txt'), os.path.exists('dangling'), os.path.lexists('dangling'))
print(os.readlink('link.txt'), os.path.realpath('link.txt') == os.path.realpath('target.txt'))
print(os.path.isfile('link.txt'), os.path.getsize('link.txt'), os.lstat('link.txt').st_size == len('target.txt'))
print(os.path.samefile('link.txt', 'target.txt'))
print(os.path.realpath('dangling') == os.path.join(os.path.realpath('.'), 'missing.txt'))
print(os.path.realpath('nonexistent/dir/../x') == os.path.join(os.path.realpath('.'), 'nonexistent/x'))
os.mkdir('d')
os.symlink('d', 'dlink')
print(os.path.isdir('dlink'), os.path.islink('dlink'), sorted(os.listdir('.')))
for e in sorted(os.scandir('.'), key=lambda e: e.name):
    print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False))
os.remove('link.txt')
os.unlink('dangling')
print(sorted(os.listdir('.')))
try:
    os.symlink('target.txt', 'target.txt')
except FileExistsError as e:
    print('FileExistsError', e)
try:
    os.readlink('target.txt')
except OSError as e:
    print(type(e).__name__, e.errno)
