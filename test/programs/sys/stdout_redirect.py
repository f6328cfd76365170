# Assigning sys.stdout redirects print; restoring it works.
import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
old = sys.stdout
sys.stdout = cap
print("captured", 1, 2)
print("second")
sys.stdout = old
print(cap.parts)
print("hello", file=cap)
print(cap.parts[-2:])
