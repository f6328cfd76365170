# exec/eval with explicit globals dicts, and frames kept alive after their call returned
import sys

ns = {}
exec("import sys\nr = sys.getrefcount(globals())", ns)
print("exec", ns["r"], sys.getrefcount(ns))

ns2 = {"sys": sys}
print("eval", eval("sys.getrefcount(globals())", ns2), sys.getrefcount(ns2))

ns3 = {}
exec("import sys\ndef f(n):\n    return f(n-1) if n else sys.getrefcount(globals())\n", ns3)
print("exec'd function", ns3["f"](0), ns3["f"](4), sys.getrefcount(ns3))
exec("r = f(3)", ns3)
print("exec calling", ns3["r"])

ns4 = {}
exec("x = 1", ns4, {})
print("exec with locals", sys.getrefcount(ns4))


def probe():
    return sys.getrefcount(globals())


base = probe()


def getframe():
    return sys._getframe()


fr = getframe()
print("frame kept", probe() - base, fr.f_globals is globals())
del fr
print("frame dropped", probe() - base)


def boom():
    raise ValueError("x")


try:
    boom()
except ValueError as e:
    err = e
print("traceback kept", probe() - base)
tb = err.__traceback__
print("tb frame globals", tb.tb_next.tb_frame.f_globals is globals())
del tb
del err
print("traceback dropped", probe() - base)

# the frame outlives its function: the function stays alive through the frame
g2 = {"sys": sys}
exec("def h():\n    return sys._getframe()\n", g2)
frame = g2["h"]()
before = sys.getrefcount(g2)
del g2["h"]
print("function gone", sys.getrefcount(g2) - before, frame.f_code.co_name)
g2.clear()
print(frame.f_globals is g2)
del frame
print(sys.getrefcount(g2))


class Holder:
    def grab(self):
        self.f = sys._getframe()
        return sys.getrefcount(globals()) - base


h = Holder()
print("method grabbing frame", h.grab(), probe() - base)
del h
print("after", probe() - base)
