# An uncaught exception: the traceback is printed, then globals are finalized.
class D:
    def __del__(self):
        print("finalized")
keep = D()
print("raising")
raise RuntimeError("fatal")
