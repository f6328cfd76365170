"""A psutil stand-in for python3 (the oracle) in pyheap's tests: python3 here has no psutil, so
the memory programs (`*_mem.py`) run under python3 with this folder first on PYTHONPATH. It reads
the process's own figures from /proc, as psutil does on Linux:

  memory_info()       rss, vms, shared, text, lib, data, dirty from /proc/<pid>/statm (pages)
  memory_full_info()  the same plus uss (Private_Clean + Private_Dirty), pss and swap from
                      /proc/<pid>/smaps_rollup (resident - shared when that file is missing)

Only what pyheap's psutil subset offers is here. This file is never imported by pyheap."""

import os

PAGE = os.sysconf('SC_PAGE_SIZE')


def _record(name, fields):
    class Record(tuple):
        __slots__ = ()

        def __new__(cls, *values):
            return tuple.__new__(cls, values)

        def __repr__(self):
            return '%s(%s)' % (name, ', '.join('%s=%r' % kv for kv in zip(fields, self)))

    for i, f in enumerate(fields):
        setattr(Record, f, property(lambda self, i=i: self[i]))
    Record.__name__ = Record.__qualname__ = name
    Record._fields = tuple(fields)
    return Record


pmem = _record('pmem', ['rss', 'vms', 'shared', 'text', 'lib', 'data', 'dirty'])
pfullmem = _record('pfullmem', list(pmem._fields) + ['uss', 'pss', 'swap'])


class Process:
    def __init__(self, pid=None):
        self.pid = os.getpid() if pid is None else pid

    def memory_info(self):
        with open('/proc/%d/statm' % self.pid) as f:
            size, resident, shared, text, lib, data, dirty = [int(x) * PAGE for x in f.read().split()[:7]]
        return pmem(resident, size, shared, text, lib, data, dirty)

    def memory_full_info(self):
        info = self.memory_info()
        try:
            with open('/proc/%d/smaps_rollup' % self.pid) as f:
                kb = {}
                for line in f:
                    parts = line.split()
                    if len(parts) == 3 and parts[2] == 'kB':
                        kb[parts[0].rstrip(':')] = int(parts[1]) * 1024
            uss = kb['Private_Clean'] + kb['Private_Dirty']
            pss, swap = kb['Pss'], kb['Swap']
        except OSError:
            uss = pss = info.rss - info.shared
            swap = 0
        return pfullmem(*info, uss, pss, swap)
