# Handlers registered or unregistered while the handlers run.
import atexit

def late():
    print('late handler')

def registers():
    print('registering late')
    atexit.register(late)

def victim():
    print('victim')

def unregisters():
    print('unregistering victim')
    atexit.unregister(victim)

atexit.register(victim)
atexit.register(unregisters)
atexit.register(registers)
print('end')
