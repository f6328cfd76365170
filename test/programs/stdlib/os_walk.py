import os

for d in ['top/a/x', 'top/b', 'top/a/y']:
    os.makedirs(d)
for f in ['top/1.txt', 'top/a/2.txt', 'top/a/x/3.txt', 'top/b/4.txt']:
    with open(f, 'w') as fh:
        fh.write(f)
for root, dirs, files in os.walk('top'):
    dirs.sort()
    print(root, dirs, sorted(files))
print([sorted(t[2]) for t in os.walk('top', topdown=False)][-1])
total = 0
for root, dirs, files in os.walk('top'):
    for f in files:
        total += os.path.getsize(os.path.join(root, f))
print(total)
print(list(os.walk('missing')))
