"""timeit: time small snippets of code, for pyheap.

Timer(stmt, setup) compiles one function around the statement (the setup first, then the
statement in a loop between two reads of the clock) and calls it with the number of loops; the
cyclic garbage collector is off while it runs, as in CPython. Statements and setups may be
strings of code or callables. The command line, `pyheap -m timeit`, is not written."""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# the function each Timer compiles: {setup}, {stmt} and {init} are filled in
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """src with every line after the first indented by `indent` more spaces"""
    return src.replace("\n", "\n" + " " * indent)


def _code_part(part, name, indent, local_ns):
    """(the source the template gets for `part`, the parameter it adds): a string goes in as code;
    a callable is passed in as a default argument _<name> and called there"""
    if isinstance(part, str):
        return reindent(part, indent), ""
    if callable(part):
        local_ns["_" + name] = part
        return "_%s()" % name, ", _%s=_%s" % (name, name)
    raise ValueError("%s is neither a string nor callable" % name)


class Timer:
    """Times one statement, run a number of times after one setup."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        setup_src, init_setup = _code_part(setup, "setup", 4, local_ns)
        # (each string is compiled alone first, so that a syntax error points into it, not into the
        # template; the statement after the setup, which may define what it uses)
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
        if isinstance(stmt, str):
            compile((setup + "\n" if isinstance(setup, str) else "") + stmt, dummy_src_name, "exec")
        stmt_src, init_stmt = _code_part(stmt, "stmt", 8, local_ns)
        self.src = template.format(stmt=stmt_src, setup=setup_src, init=init_setup + init_stmt)
        exec(compile(self.src, dummy_src_name, "exec"), _globals() if globals is None else globals, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception a timing raised."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement (after one run of the setup)."""
        it = itertools.repeat(None, number)
        gcold = gc.isenabled()
        gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` timings of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, time taken) for the first number in 1, 2, 5, 10, 20, 50, ... whose run takes
        at least 0.2 s; callback(number, time_taken) is called after each try."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)"""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)"""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
