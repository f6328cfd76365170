# compile(..., 'single') echoes expression values to the current sys.stdout (doctest relies on it)
import sys

class Collect:
    def __init__(self):
        self.text = ''
    def write(self, s):
        self.text += s
        return len(s)
    def flush(self):
        pass

c = Collect()
saved = sys.stdout
sys.stdout = c
exec(compile("1 + 2\n", "<echo>", "single"), {})
exec(compile("None\n", "<echo>", "single"), {})
exec(compile("'abc'\n", "<echo>", "single"), {})
sys.stdout = saved
print(repr(c.text))
