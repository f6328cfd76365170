"""Time access and conversions (the `time` module): clocks, sleep, struct_time, gmtime/localtime/
mktime, strftime/asctime/ctime, with C-locale names. Clocks and calendar fields come from
`_pyheap_time` (src/modules/time.ts)."""

import _pyheap_time as _t

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")

timezone, altzone, daylight, _std, _dst = _t.zone()
tzname = (_std, _dst)

CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(): a 9-tuple
    (tm_year, tm_mon, tm_mday, tm_hour, tm_min, tm_sec, tm_wday, tm_yday, tm_isdst) with names,
    and tm_zone, tm_gmtoff."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % n)
        if n > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % n)
        self = super().__new__(cls, seq[:9])
        self._zone = seq[9] if n > 9 else None
        self._gmtoff = seq[10] if n > 10 else None
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join("%s=%r" % (n, v) for n, v in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self) + (self._zone, self._gmtoff),))


struct_time.__module__ = "time"


def time():
    """Return the current time in seconds since the Epoch."""
    return _t.time_ns() / 1e9


def time_ns():
    """Return the current time in nanoseconds since the Epoch."""
    return _t.time_ns()


def monotonic():
    return _t.monotonic_ns() / 1e9


def monotonic_ns():
    return _t.monotonic_ns()




def perf_counter():
    """Performance counter for benchmarking."""
    return _t.monotonic_ns() / 1e9


def perf_counter_ns():
    return _t.monotonic_ns()


def process_time():
    """Process time for profiling: sum of the kernel and user-space CPU time."""
    return _t.process_time_ns() / 1e9


def process_time_ns():
    return _t.process_time_ns()


thread_time = process_time
thread_time_ns = process_time_ns


def sleep(secs):
    """Delay execution for a given number of seconds."""
    if not isinstance(secs, (int, float)):
        try:
            secs = secs.__float__()
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__) from None
    _t.sleep(secs)


def _seconds(secs):
    if secs is None:
        return time()
    if not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    return secs


def _make(raw):
    return struct_time(raw[:9] + (raw[10], raw[9]))


def gmtime(secs=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return _make(_t.fields(_seconds(secs), 1))


def localtime(secs=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return _make(_t.fields(_seconds(secs), 0))


def _tuple(t, funcname):
    if isinstance(t, struct_time):
        return t
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % funcname)
    return struct_time(t)


def mktime(t):
    """Convert a time tuple in local time to seconds since the Epoch."""
    t = _tuple(t, "mktime")
    return _t.mktime(*t[:6])


def _check(t):
    if not 1 <= t[1] <= 12 and t[1] != 0:
        raise ValueError("month out of range")
    if not 0 <= t[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= t[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= t[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= t[5] <= 61:
        raise ValueError("seconds out of range")
    if not -1 <= t[6] % 7 <= 6:
        raise ValueError("day of week out of range")
    if not 0 <= t[7] <= 366:
        raise ValueError("day of year out of range")


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    t = localtime() if t is None else _tuple(t, "asctime")
    _check(t)
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6] % 7][:3], _MONTHS[max(t[1], 1) - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(secs))


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification (C locale)."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    t = localtime() if t is None else _tuple(t, "strftime")
    _check(t)
    year, mon, mday, hour, minute, sec, wday, yday, isdst = t
    mon = mon or 1
    mday = mday or 1
    yday = yday or 1
    wday %= 7
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = format[i + 1]
        i += 2
        if d == "a":
            out.append(_DAYS[wday][:3])
        elif d == "A":
            out.append(_DAYS[wday])
        elif d in "bh":
            out.append(_MONTHS[mon - 1][:3])
        elif d == "B":
            out.append(_MONTHS[mon - 1])
        elif d == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAYS[wday][:3], _MONTHS[mon - 1][:3], mday, hour, minute, sec, year))
        elif d == "C":
            out.append("%02d" % (year // 100))
        elif d == "d":
            out.append("%02d" % mday)
        elif d == "D":
            out.append("%02d/%02d/%02d" % (mon, mday, year % 100))
        elif d == "e":
            out.append("%2d" % mday)
        elif d == "F":
            out.append("%d-%02d-%02d" % (year, mon, mday))
        elif d == "H":
            out.append("%02d" % hour)
        elif d == "I":
            out.append("%02d" % ((hour % 12) or 12))
        elif d == "j":
            out.append("%03d" % yday)
        elif d == "k":
            out.append("%2d" % hour)
        elif d == "l":
            out.append("%2d" % ((hour % 12) or 12))
        elif d == "m":
            out.append("%02d" % mon)
        elif d == "M":
            out.append("%02d" % minute)
        elif d == "n":
            out.append("\n")
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "r":
            out.append("%02d:%02d:%02d %s" % ((hour % 12) or 12, minute, sec, "AM" if hour < 12 else "PM"))
        elif d == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif d == "S":
            out.append("%02d" % sec)
        elif d == "t":
            out.append("\t")
        elif d == "T" or d == "X":
            out.append("%02d:%02d:%02d" % (hour, minute, sec))
        elif d == "u":
            out.append(str(wday + 1))
        elif d == "w":
            out.append(str((wday + 1) % 7))
        elif d == "U":
            out.append("%02d" % ((yday - 1 + 7 - ((wday + 1) % 7)) // 7))
        elif d == "W":
            out.append("%02d" % ((yday - 1 + 7 - wday) // 7))
        elif d == "x":
            out.append("%02d/%02d/%02d" % (mon, mday, year % 100))
        elif d == "y":
            out.append("%02d" % (year % 100))
        elif d == "Y":
            out.append(str(year))
        elif d == "G":
            out.append(str(_iso(year, yday, wday)[0]))
        elif d == "g":
            out.append("%02d" % (_iso(year, yday, wday)[0] % 100))
        elif d == "V":
            out.append("%02d" % _iso(year, yday, wday)[1])
        elif d == "z":
            off = t.tm_gmtoff if isinstance(t, struct_time) and t.tm_gmtoff is not None else -(altzone if isdst > 0 else timezone)
            sign = "+" if off >= 0 else "-"
            off = abs(off)
            out.append("%s%02d%02d" % (sign, off // 3600, off // 60 % 60))
        elif d == "Z":
            zone = t.tm_zone if isinstance(t, struct_time) and t.tm_zone is not None else tzname[isdst > 0]
            out.append(zone)
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


def _iso(year, yday, wday):
    """(ISO year, ISO week) of a date given as year, day of year (1-based), weekday (Monday 0)"""
    week = (yday - wday + 9) // 7
    if week < 1:
        prev = year - 1
        prev_days = 366 if prev % 4 == 0 and (prev % 100 != 0 or prev % 400 == 0) else 365
        return _iso(prev, yday + prev_days, wday)
    days = 366 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 365
    if yday - wday + 3 > days:
        return year + 1, 1
    return year, week


def get_clock_info(name):
    """Information about a clock: a namespace with implementation, monotonic, adjustable, resolution."""
    from types import SimpleNamespace
    info = {
        "time": ("clock_gettime(CLOCK_REALTIME)", False, True, 1e-09),
        "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False, 1e-09),
        "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False, 1e-09),
        "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False, 1e-09),
        "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", True, False, 1e-09),
    }
    if name not in info:
        raise ValueError("unknown clock")
    impl, mono, adj, res = info[name]
    return SimpleNamespace(implementation=impl, monotonic=mono, adjustable=adj, resolution=res)
