# pyheap-test: options=-W error
# pyheap-test: stderr=full
# -W error: a compile-time SyntaxWarning is reported as a SyntaxError at its construct.
x = 1
print('not reached')
print(x is 1)
