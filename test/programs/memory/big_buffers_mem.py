# Big buffers come from the C allocator (mmap for large blocks): memory follows them exactly.
import psutil

def rss():
    return round(psutil.Process().memory_info().rss / 1024 / 1024, 2)

print('initial', rss())
b = b'x' * 60000000
print('after 60 MB of bytes', rss())
s = 'y' * 30000000
print('after a 30 MB str', rss())
del b
print('after freeing the bytes', rss())
del s
print('after freeing the str', rss())
