# Uncaught exception without a message: last stderr line is just the class name.
print("raising")
raise NotImplementedError
