# pyheap-test: module (imported by import_time_error.py; fails while it is imported)
VALUES = [1, 2, 3]
LOOKUP = {v: v * 2 for v in VALUES}
DEFAULT = LOOKUP[4]
