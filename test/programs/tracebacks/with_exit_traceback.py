# Traceback when the body of a with block raises and __exit__ does not suppress it.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit sees", exc[0].__name__)
        return False
with CM():
    x = [1, 2, 3]
    x[10]
