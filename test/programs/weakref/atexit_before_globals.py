# Shutdown order: atexit handlers first (globals still alive), then the module's globals die.
import atexit

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name)

r1 = Resource('r1')
r2 = Resource('r2')
def at_exit():
    print('atexit sees', r1.name, r2.name)
atexit.register(at_exit)
print('end')
