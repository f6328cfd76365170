# pass, empty bodies via docstrings, and ellipsis bodies.
def nothing():
    pass
def doc_only():
    "Only a docstring."
def dots():
    ...
class Empty:
    pass
print(nothing(), doc_only(), dots(), doc_only.__doc__, nothing.__doc__)
print(type(Empty()).__name__, Empty.__doc__)
for _ in range(2):
    pass
print(_)
