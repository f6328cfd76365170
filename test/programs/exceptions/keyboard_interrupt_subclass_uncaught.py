# pyheap-test: stderr=full
# Only an exact KeyboardInterrupt makes the process die of SIGINT: an uncaught subclass of it ends
# with status 1, like any other exception.
class Stop(KeyboardInterrupt):
    pass

print('start')
raise Stop('subclass')
