"""psutil for pyheap: the subset learners' notes use to watch a program's memory.

Process(pid=None) with pid, memory_info(), memory_full_info(), memory_percent(), cpu_percent(),
cpu_times(), name(), is_running(); psutil.virtual_memory(), cpu_count(), pid_exists().

For pyheap's own process the memory figures are pyheap's *modelled* process memory (see
src/memory/procmem.ts): a fixed runtime baseline (CPython 3.11's startup figures) plus the live
pymalloc arenas and the C heap of the allocator models. So they rise when a program builds a big
list, fall when it is freed, and stay up while freed small blocks keep their arena alive, as a
CPython process's do. Other processes are read from /proc as psutil reads them. CPU figures are
the host process's own."""

import _pyheap_psutil as _host

__all__ = ['Process', 'NoSuchProcess', 'AccessDenied', 'Error', 'virtual_memory', 'cpu_count',
           'pid_exists']

_PAGE = 4096


def _record(name, fields):
    """A namedtuple-like class: a tuple whose items are also attributes, printed name(f=v, ...)."""
    class Record(tuple):
        __slots__ = ()

        def __new__(cls, *values):
            if len(values) != len(fields):
                raise TypeError('%s() takes %d positional arguments but %d were given'
                                % (name, len(fields), len(values)))
            return tuple.__new__(cls, values)

        def __repr__(self):
            return '%s(%s)' % (name, ', '.join('%s=%r' % kv for kv in zip(fields, self)))

        def _asdict(self):
            return dict(zip(fields, self))

    for i, f in enumerate(fields):
        setattr(Record, f, property(lambda self, i=i: self[i]))
    Record.__name__ = Record.__qualname__ = name
    Record._fields = tuple(fields)
    return Record


pmem = _record('pmem', ['rss', 'vms', 'shared', 'text', 'lib', 'data', 'dirty'])
pfullmem = _record('pfullmem', list(pmem._fields) + ['uss', 'pss', 'swap'])
pcputimes = _record('pcputimes', ['user', 'system', 'children_user', 'children_system', 'iowait'])
svmem = _record('svmem', ['total', 'available', 'percent', 'used', 'free', 'active', 'inactive',
                          'buffers', 'cached', 'shared', 'slab'])


class Error(Exception):
    """Base exception class. All other psutil exceptions inherit from this one."""


class NoSuchProcess(Error):
    def __init__(self, pid, name=None, msg=None):
        Error.__init__(self)
        self.pid = pid
        self.name = name
        self.msg = msg or 'process no longer exists'

    def __str__(self):
        return '%s (pid=%s)' % (self.msg, self.pid)


class AccessDenied(Error):
    def __init__(self, pid=None, name=None, msg=None):
        Error.__init__(self)
        self.pid = pid
        self.name = name
        self.msg = msg or ''

    def __str__(self):
        return '(pid=%s)' % self.pid


def _read(path):
    with open(path) as f:
        return f.read()


def pid_exists(pid):
    if pid == _host.getpid():
        return True
    if pid < 0:
        return False
    try:
        _read('/proc/%d/stat' % pid)
        return True
    except OSError:
        return False


def cpu_count(logical=True):
    return _host.cpu_count()


def _meminfo():
    kb = {}
    for line in _read('/proc/meminfo').splitlines():
        parts = line.split()
        if len(parts) >= 2:
            kb[parts[0].rstrip(':')] = int(parts[1]) * 1024
    return kb


def virtual_memory():
    """The machine's memory, from /proc/meminfo, computed as psutil does on Linux."""
    m = _meminfo()
    total, free = m['MemTotal'], m['MemFree']
    buffers = m.get('Buffers', 0)
    cached = m.get('Cached', 0) + m.get('SReclaimable', 0)
    used = total - free - cached - buffers
    if used < 0:
        used = total - free
    avail = m.get('MemAvailable', free)
    percent = round((total - avail) / total * 100, 1) if total else 0.0
    return svmem(total, avail, percent, used, free, m.get('Active', 0), m.get('Inactive', 0),
                 buffers, cached, m.get('Shmem', 0), m.get('Slab', 0))


class Process:
    def __init__(self, pid=None):
        if pid is None:
            pid = _host.getpid()
        elif not isinstance(pid, int):
            raise TypeError('pid must be an integer (got %r)' % (pid,))
        if pid < 0:
            raise ValueError('pid must be a positive integer (got %s)' % pid)
        self._pid = pid
        self._last_times = None
        if not pid_exists(pid):
            raise NoSuchProcess(pid, msg='process PID not found')

    @property
    def pid(self):
        return self._pid

    def _is_self(self):
        return self._pid == _host.getpid()

    def __repr__(self):
        return 'psutil.Process(pid=%s, name=%r, status=%r)' % (self._pid, self.name(), 'running')

    __str__ = __repr__

    def __eq__(self, other):
        return isinstance(other, Process) and other._pid == self._pid

    def __hash__(self):
        return hash(self._pid)

    def name(self):
        if self._is_self():
            return 'pyheap'
        return self._proc('comm').strip()

    def is_running(self):
        return pid_exists(self._pid)

    def _proc(self, what):
        try:
            return _read('/proc/%d/%s' % (self._pid, what))
        except FileNotFoundError:
            raise NoSuchProcess(self._pid)
        except PermissionError:
            raise AccessDenied(self._pid)

    def memory_info(self):
        if self._is_self():
            return pmem(*_host.self_memory()[:7])
        return pmem(*[int(x) * _PAGE for x in self._proc('statm').split()[:7]])

    def memory_full_info(self):
        if self._is_self():
            return pfullmem(*_host.self_memory())
        info = self.memory_info()
        kb = {}
        for line in self._proc('smaps_rollup').splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[2] == 'kB':
                kb[parts[0].rstrip(':')] = int(parts[1]) * 1024
        return pfullmem(*info, kb['Private_Clean'] + kb['Private_Dirty'], kb['Pss'], kb['Swap'])

    def memory_percent(self, memtype='rss'):
        info = self.memory_full_info() if memtype in ('uss', 'pss', 'swap') else self.memory_info()
        if memtype not in type(info)._fields:
            raise ValueError('invalid memtype %r; valid types are %r'
                             % (memtype, tuple(pfullmem._fields)))
        return getattr(info, memtype) / _meminfo()['MemTotal'] * 100

    def cpu_times(self):
        if not self._is_self():
            raise AccessDenied(self._pid, msg='pyheap reads CPU times of its own process only')
        user, system = _host.cpu_times()
        return pcputimes(user, system, 0.0, 0.0, 0.0)

    def cpu_percent(self, interval=None):
        """CPU use since the last call (or over `interval` seconds), as a percentage of one CPU;
        the first call without an interval returns 0.0, as psutil's does."""
        if interval is not None and interval < 0:
            raise ValueError('interval is not positive (got %r)' % (interval,))
        ncpus = cpu_count() or 1

        def sample():
            t = self.cpu_times()
            return _host.monotonic() * ncpus, t.user + t.system

        if interval is not None and interval > 0.0:
            wall1, cpu1 = sample()
            _host.sleep(interval)
        else:
            if self._last_times is None:
                self._last_times = sample()
                return 0.0
            wall1, cpu1 = self._last_times
        wall2, cpu2 = sample()
        self._last_times = (wall2, cpu2)
        elapsed = wall2 - wall1
        if elapsed <= 0:
            return 0.0
        return round((cpu2 - cpu1) / elapsed * 100 * ncpus, 1)
