# Uncaught AttributeError on an instance.
class X:
    def __init__(self):
        self.a = 1
x = X()
print(x.a)
print(x.y)
