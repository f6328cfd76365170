# A context manager whose __enter__ raises.
class Resource:
    def __enter__(self):
        raise OSError("cannot acquire")

    def __exit__(self, *exc):
        return False

with Resource() as r:
    print("never")
