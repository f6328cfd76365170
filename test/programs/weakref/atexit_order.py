# atexit handlers run last registered first, with their arguments, after the program's output.
import atexit

def handler(name, *args, **kwargs):
    print('handler', name, args, kwargs)

atexit.register(handler, 'one')
atexit.register(handler, 'two', 1, 2, key='value')
r = atexit.register(handler, 'three')
print(r is handler)
@atexit.register
def decorated():
    print('decorated handler')
print('program done')
