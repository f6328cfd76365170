# __del__ creating new objects and triggering further deallocations.
class Child:
    def __del__(self):
        print("child del")
class Parent:
    def __init__(self):
        self.c = Child()
    def __del__(self):
        print("parent del, replacing child")
        self.c = None
        print("parent del done")
p = Parent()
del p
print("end")
