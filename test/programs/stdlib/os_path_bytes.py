import os
import os.path as p

print(p.join(b'/usr', b'lib'), p.basename(b'/a/b.txt'), p.dirname(b'/a/b.txt'), p.split(b'a/b/'), p.splitext(b'archive.tar.gz'))
print(p.normpath(b'/a/./b/../../c'), p.isabs(b'/x'), p.isabs(b'x'), p.commonprefix([b'abc', b'abd']), p.relpath(b'/a/b', b'/a'))
print(p.normpath(b''), p.normpath(b'//x'), p.commonpath([b'/a/b', b'/a/c']), p.splitdrive(b'/x'), p.expanduser(b'noexpand'))
os.mkdir(b'bdir')
with open('bdir/f', 'w') as f:
    f.write('x')
print(os.listdir(b'bdir'), os.path.exists(b'bdir/f'), os.path.isdir(b'bdir'), os.fsencode('é'), os.fsdecode(b'\xc3\xa9'))
print(os.getcwdb() == os.getcwd().encode(), type(os.getcwdb()))
try:
    p.join(b'a', 'b')
except TypeError as e:
    print('TypeError', e)
try:
    os.listdir(5.0)
except TypeError as e:
    print('TypeError', e)
