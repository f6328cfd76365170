# print_stack / format_stack / extract_stack from nested calls
import traceback

def inner(n):
    if n == 0:
        traceback.print_stack()
        print(traceback.format_stack(limit=2))
        summary = traceback.extract_stack()
        print([(fs.name, fs.lineno) for fs in summary])
        print(summary[-1].line)
        return
    inner(n - 1)

def outer():
    inner(2)

outer()
traceback.print_stack(limit=1)
