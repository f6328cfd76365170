# pyheap-test: module
# A minimal writable stream (no io module needed): collects what is written.
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
