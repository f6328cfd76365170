# print_tb / format_tb / extract_tb: the stack part alone, with position markers
import sys
import traceback

def get(d, key):
    return d[key] * 2

def total(items):
    return sum(get(item, "price") for item in items)

try:
    total([{"price": 1}, {"cost": 2}])
except KeyError:
    tb = sys.exc_info()[2]
    traceback.print_tb(tb)
    traceback.print_tb(tb, limit=1)
    for entry in traceback.extract_tb(tb):
        print(entry.name, entry.lineno, entry.line, entry.colno, entry.end_colno)
    print("".join(traceback.format_tb(tb)))
