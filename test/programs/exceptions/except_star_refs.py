# try/except* and the heap: the clause's group and the rest are freed when the statement ends,
# the original exception keeps its count, and bad clause types raise CPython's TypeErrors.
import sys, gc


class Tracked(Exception):
    def __del__(self):
        print('del', self.args)


def handled():
    leaf = Tracked('a')
    print('leaf refs', sys.getrefcount(leaf))
    try:
        raise ExceptionGroup('g', [leaf, ValueError('b')])
    except* Tracked as eg:
        print('in clause', sys.getrefcount(eg), eg.exceptions[0] is leaf)
    except* ValueError as eg:
        print('value clause', len(eg.exceptions))
    print('after', sys.getrefcount(leaf))
    del leaf
    print('deleted')


handled()
gc.collect()


def partly_escapes():
    try:
        raise ExceptionGroup('g', [Tracked('x'), KeyError('k')])
    except* KeyError:
        print('key part handled')


try:
    partly_escapes()
except ExceptionGroup as eg:
    print('escaped', repr(eg), len(eg.exceptions))
    del eg
print('collected', gc.collect() >= 0)

for bad in (ExceptionGroup, (ValueError, BaseExceptionGroup), int, (ValueError, 1)):
    try:
        try:
            raise ValueError(1)
        except* bad:
            pass
    except TypeError as e:
        print('TypeError:', e)

try:
    try:
        raise ValueError('naked')
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print('naked re-raise', repr(eg))
except ValueError as e:
    print('naked re-raise as itself', repr(e))
