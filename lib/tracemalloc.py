"""tracemalloc for pyheap: which Python lines allocated the memory that is alive.

The recording is done by the _tracemalloc module (src/modules/tracemalloc.ts) from the memory
layer's allocation events, with pyheap's allocation sizes (CPython 3.11's request sizes: object
blocks with their GC header, list item arrays, dict tables, ...). This module is the Python API of
CPython 3.11's tracemalloc over it: snapshots, statistics grouped by line, file or whole
traceback (optionally cumulative over every frame), differences between snapshots, filters, and
the same printed forms ("file.py:12: size=1024 B, count=3, average=341 B").

Snapshot.dump()/load() (pickle files) are not provided.
"""

from _tracemalloc import (start, stop, is_tracing, clear_traces, get_traceback_limit,
                          get_traced_memory, reset_peak, get_tracemalloc_memory,
                          _get_object_traceback, _get_traces)

__all__ = ['start', 'stop', 'is_tracing', 'clear_traces', 'get_traceback_limit',
           'get_traced_memory', 'reset_peak', 'get_tracemalloc_memory', 'get_object_traceback',
           'take_snapshot', 'Snapshot', 'Statistic', 'StatisticDiff', 'Frame', 'Traceback',
           'Trace', 'Filter', 'DomainFilter', 'BaseFilter']


def _format_size(size, sign):
    """A size in at most 4 significant characters: '512 B', '10.0 KiB', '9999 KiB', '+1.5 MiB'."""
    units = ('B', 'KiB', 'MiB', 'GiB', 'TiB')
    for i, unit in enumerate(units):
        last = i == len(units) - 1
        if unit != 'B' and abs(size) < 100:
            return ('%+.1f %s' if sign else '%.1f %s') % (size, unit)
        if abs(size) < 10 * 1024 or last:
            return ('%+.0f %s' if sign else '%.0f %s') % (size, unit)
        size /= 1024


class _Ordered:
    """<=, >, >= from == and < (functools.total_ordering, written out)."""
    __slots__ = ()

    def __le__(self, other):
        less = self.__lt__(other)
        return less if less is NotImplemented else (less or self == other)

    def __gt__(self, other):
        less_or_equal = self.__le__(other)
        return less_or_equal if less_or_equal is NotImplemented else not less_or_equal

    def __ge__(self, other):
        less = self.__lt__(other)
        return less if less is NotImplemented else not less


class Frame(_Ordered):
    """One frame of a traceback: filename and line number."""
    __slots__ = ('_frame',)

    def __init__(self, frame):
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        return self._frame == other._frame if isinstance(other, Frame) else NotImplemented

    def __lt__(self, other):
        return self._frame < other._frame if isinstance(other, Frame) else NotImplemented

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return '%s:%s' % self._frame

    def __repr__(self):
        return '<Frame filename=%r lineno=%r>' % self._frame


class Traceback(_Ordered):
    """The frames where a block was allocated, oldest first (the recorder gives them innermost
    first). str() shows the first frame."""
    __slots__ = ('_frames', '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        self._frames = tuple(frames)[::-1]
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(map(Frame, self._frames[index]))
        return Frame(self._frames[index])

    def __iter__(self):
        return map(Frame, self._frames)

    def __reversed__(self):
        return map(Frame, self._frames[::-1])

    def __contains__(self, frame):
        return frame._frame in self._frames

    def index(self, frame):
        return self._frames.index(frame._frame)

    def count(self, frame):
        return self._frames.count(frame._frame)

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        return self._frames == other._frames if isinstance(other, Traceback) else NotImplemented

    def __lt__(self, other):
        return self._frames < other._frames if isinstance(other, Traceback) else NotImplemented

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        tail = '>' if self._total_nframe is None else ' total_nframe=%s>' % self._total_nframe
        return '<Traceback %r%s' % (tuple(self), tail)

    def format(self, limit=None, most_recent_first=False):
        """Lines as in a Python traceback: '  File "f.py", line 3' and the source line."""
        frames = list(self)
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:limit]
        if most_recent_first:
            frames.reverse()
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            source = _source_line(frame.filename, frame.lineno).strip()
            if source:
                lines.append('    %s' % source)
        return lines


def _source_line(filename, lineno):
    try:
        import linecache
    except ImportError:
        try:
            with open(filename, encoding='utf-8') as f:
                lines = f.read().splitlines()
        except (OSError, UnicodeDecodeError):
            return ''
        return lines[lineno - 1] if 1 <= lineno <= len(lines) else ''
    return linecache.getline(filename, lineno)


def get_object_traceback(obj):
    """Where ``obj`` was allocated (a Traceback), or None if that was not traced."""
    frames = _get_object_traceback(obj)
    return None if frames is None else Traceback(frames)


class Trace:
    """One traced block: domain, size and traceback."""
    __slots__ = ('_trace',)

    def __init__(self, trace):
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        return self._trace == other._trace if isinstance(other, Trace) else NotImplemented

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return '%s: %s' % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return '<Trace domain=%s size=%s, traceback=%r>' % (
            self.domain, _format_size(self.size, False), self.traceback)


class _Traces:
    """The traces of a snapshot, as a sequence of Trace."""

    def __init__(self, traces):
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(map(Trace, self._traces[index]))
        return Trace(self._traces[index])

    def __iter__(self):
        return map(Trace, self._traces)

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        return self._traces == other._traces if isinstance(other, _Traces) else NotImplemented

    def __repr__(self):
        return '<Traces len=%s>' % len(self)


class Statistic:
    """Size and number of the blocks allocated at one traceback (or line, or file)."""
    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return (self.traceback, self.size, self.count) == (other.traceback, other.size,
                                                           other.count)

    def __str__(self):
        text = '%s: size=%s, count=%i' % (self.traceback, _format_size(self.size, False),
                                          self.count)
        if self.count:
            text += ', average=%s' % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % (self.traceback, self.size,
                                                               self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """A Statistic with its change since an older snapshot."""
    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def _fields(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return self._fields() == other._fields()

    def __str__(self):
        text = '%s: size=%s (%s), count=%i (%+i)' % (
            self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),
            self.count, self.count_diff)
        if self.count:
            text += ', average=%s' % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % self._fields()

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count,
                self.traceback)


def _glob_match(name, pattern):
    """fnmatch without case folding (POSIX): *, ?, [seq] and [!seq]."""
    # dynamic programming over (position in name, position in pattern)
    reachable = {0}
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == '*':
            start = min(reachable) if reachable else None
            reachable = set() if start is None else set(range(start, len(name) + 1))
            i += 1
            continue
        if c == '[':
            end = pattern.find(']', i + 2 if pattern[i + 1:i + 2] == '!' else i + 1)
            if end < 0:
                test = lambda ch: ch == '['
                i += 1
            else:
                body = pattern[i + 1:end]
                negate = body.startswith('!')
                if negate:
                    body = body[1:]
                test = _class_test(body, negate)
                i = end + 1
        else:
            test = (lambda lit: lambda ch: ch == lit)(c) if c != '?' else (lambda ch: True)
            i += 1
        reachable = {p + 1 for p in reachable if p < len(name) and test(name[p])}
        if not reachable:
            return False
    return len(name) in reachable


def _class_test(body, negate):
    ranges = []
    j = 0
    while j < len(body):
        if j + 2 < len(body) and body[j + 1] == '-':
            ranges.append((body[j], body[j + 2]))
            j += 3
        else:
            ranges.append((body[j], body[j]))
            j += 1
    return lambda ch: any(lo <= ch <= hi for lo, hi in ranges) != negate


def _normalize_filename(filename):
    return filename[:-1] if filename.endswith('.pyc') else filename


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keep (inclusive=True) or drop the traces whose most recent frame (or, with all_frames,
    any frame) matches a filename pattern and, if given, a line number and a domain."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _frame_matches(self, filename, lineno):
        if not _glob_match(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_traceback(self, frames):
        if self.all_frames:
            hit = any(self._frame_matches(f, n) for f, n in frames)
        else:
            hit = self._frame_matches(*frames[0])
        return hit == bool(self.inclusive)

    def _match(self, trace):
        domain, size, frames, total_nframe = trace
        result = self._match_traceback(frames)
        if self.domain is None:
            return result
        if self.inclusive:
            return result and domain == self.domain
        return result or domain != self.domain


class DomainFilter(BaseFilter):
    """Keep (inclusive=True) or drop the traces of one address-space domain."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        return (trace[0] == self._domain) == bool(self.inclusive)


class Snapshot:
    """The traces alive when take_snapshot() was called."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        raise NotImplementedError('pyheap: Snapshot.dump() needs pickle, which pyheap lacks')

    @staticmethod
    def load(filename):
        raise NotImplementedError('pyheap: Snapshot.load() needs pickle, which pyheap lacks')

    def filter_traces(self, filters):
        """A new Snapshot with the traces that pass: some inclusive filter (if there are any)
        and every exclusive one."""
        try:
            filters = list(filters)
        except TypeError:
            raise TypeError('filters must be a list of filters, not %s'
                            % type(filters).__name__) from None
        including = [f for f in filters if f.inclusive]
        excluding = [f for f in filters if not f.inclusive]
        kept = []
        for trace in self.traces._traces:
            if including and not any(f._match(trace) for f in including):
                continue
            if any(not f._match(trace) for f in excluding):
                continue
            kept.append(trace)
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError('unknown key_type: %r' % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError('cumulative mode cannot by used with key type %r' % key_type)

        def key_frames(frames):
            # the frames a trace is grouped under (innermost first, as recorded)
            if key_type == 'traceback':
                return frames
            if key_type == 'lineno':
                return frames[:1]
            return ((frames[0][0], 0),)

        stats = {}
        made = {}

        def add(raw_key, frames, size):
            traceback = made.get(raw_key)
            if traceback is None:
                traceback = made[raw_key] = Traceback(frames)
            stat = stats.get(traceback)
            if stat is None:
                stats[traceback] = Statistic(traceback, size, 1)
            else:
                stat.size += size
                stat.count += 1

        for domain, size, frames, total_nframe in self.traces._traces:
            if not cumulative:
                add(frames, key_frames(frames), size)
            else:
                for frame in frames:
                    add(frame, (frame,) if key_type == 'lineno' else ((frame[0], 0),), size)
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistics grouped by 'lineno', 'filename' or 'traceback', the biggest first."""
        result = list(self._group_by(key_type, cumulative).values())
        result.sort(reverse=True, key=Statistic._sort_key)
        return result

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiffs against an older snapshot, the biggest change first."""
        new = self._group_by(key_type, cumulative)
        old = old_snapshot._group_by(key_type, cumulative)
        result = []
        for traceback, stat in new.items():
            before = old.pop(traceback, None)
            if before is None:
                result.append(StatisticDiff(traceback, stat.size, stat.size, stat.count,
                                            stat.count))
            else:
                result.append(StatisticDiff(traceback, stat.size, stat.size - before.size,
                                            stat.count, stat.count - before.count))
        for traceback, stat in old.items():
            result.append(StatisticDiff(traceback, 0, -stat.size, 0, -stat.count))
        result.sort(reverse=True, key=StatisticDiff._sort_key)
        return result


def take_snapshot():
    """A Snapshot of the blocks traced and still alive."""
    if not is_tracing():
        raise RuntimeError('the tracemalloc module must be tracing memory allocations to take '
                           'a snapshot')
    return Snapshot(_get_traces(), get_traceback_limit())
