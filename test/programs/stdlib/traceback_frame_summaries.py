# FrameSummary / StackSummary objects: attributes, tuple behaviour, equality, from_list, walk_*
import sys
import traceback

def level_two():
    return traceback.extract_stack()

def level_one():
    return level_two()

stack = level_one()
last = stack[-1]
print(type(stack).__name__, len(stack) >= 3, last.name, last.line, last.lineno, repr(last).split(",")[1:])
filename, lineno, name, line = last
print(name, line, last[2], len(last), last == (filename, lineno, name, line))
summary = traceback.FrameSummary("file.py", 10, "func", line="x = 1")
print(summary, summary.line, summary.locals, summary == traceback.FrameSummary("file.py", 10, "func", line="y"))
built = traceback.StackSummary.from_list([("a.py", 1, "f", "pass"), summary])
print([fs.name for fs in built], built.format())
print(traceback.format_list(built))
try:
    {}["missing"]
except KeyError:
    tb = sys.exc_info()[2]
    frames = list(traceback.walk_tb(tb))
    print(len(frames), frames[0][1], frames[0][0].f_code.co_name)
    extracted = traceback.extract_tb(tb)
    print(extracted[0].colno, extracted[0].end_colno, extracted[0].end_lineno, extracted[0].line)
def deep():
    def deeper():
        def deepest():
            return [f.f_code.co_name for f, _ in traceback.walk_stack(None)]
        return deepest()
    return deeper()
print(deep()[:2])

def with_locals(a, b=2):
    c = a + b
    return traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), capture_locals=True, limit=1)
fs = with_locals(1)[0]
print(fs.name, sorted(fs.locals.items()))
print(traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=0))
