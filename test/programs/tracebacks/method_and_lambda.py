# Traceback frames from methods, lambdas and comprehensions.
class Calc:
    def run(self, items):
        return [self.invert(x) for x in items]
    def invert(self, x):
        f = lambda v: 1 / v
        return f(x)
print(Calc().run([1, 2]))
Calc().run([1, 0])
