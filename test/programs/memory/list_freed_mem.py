# Process memory (psutil) around a big local list: up when it is built, back down when the
# function returns and the list and its ints are freed (their arenas empty and are unmapped).
import psutil

def show(hint):
    info = psutil.Process().memory_full_info()
    print(hint, 'uss', round(info.uss / 1024 / 1024, 2), 'rss', round(info.rss / 1024 / 1024, 2))

def build():
    a = [i for i in range(2000000)]
    show('after building the list')
    return len(a) == 2000000  # every number printed is a figure

show('initial')
print(build())
show('after the function returned')
