# The Python 2 print statement.
name = 'x'
print 'hello', name
