# "[Previous line repeated N more times]" through print_exc and format_list
import traceback

def countdown(n):
    if n == 0:
        raise RecursionError("fake")
    return countdown(n - 1)

try:
    countdown(30)
except RecursionError:
    traceback.print_exc()
    print(traceback.format_exc().count("repeated"))
entries = [("f.py", 3, "f", "f()")] * 6 + [("g.py", 1, "g", "return 1")] * 4
print("".join(traceback.format_list(entries)), end="")
traceback.print_list(entries[:5])
countdown(8)
