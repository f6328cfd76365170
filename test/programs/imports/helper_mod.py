# pyheap-test: module (imported by other programs in this folder; not a test itself)
print("helper_mod: executing module body")
VALUE = 42
items = []

def greet(name):
    return "hello " + name

class Thing:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Thing({self.n})"

def _private():
    return "private"
