# CPython builds `%` and str.format results in a _PyUnicodeWriter: a str written whole, as the
# last piece, into a writer that is still empty becomes the result itself (no copy). So
# `'%s' % s` is s, and `'%r' % x` is the very str that repr() made.
import sys

s = 'hello' + str(len(sys.argv))


class Cached:
    text = 'cached-' + str(len(sys.argv))

    def __repr__(self):
        return Cached.text

    def __str__(self):
        return Cached.text


c = Cached()
print(('%s' % s) is s, ('%s' % (s,)) is s, ('%5s' % s) is s, ('%-3s' % s) is s, ('%.10s' % s) is s)
print(('%10s' % s) is s, ('%.2s' % s) is s, ('a%s' % s) is s, ('%s!' % s) is s, ('%s%s' % (s, 'x')) is s)
print(('%r' % c) is Cached.text, ('%s' % c) is Cached.text, ('%+s' % s) is s, ('% s' % s) is s)
print(('%(k)s' % {'k': s}) is s, ('%s' % [s]) == str([s]))
print('{}'.format(s) is s, '{0}'.format(s) is s, '{:}'.format(s) is s, '{:4}'.format(s) is s,
      '{:>4}'.format(s) is s, '{:.20}'.format(s) is s, '{:10}'.format(s) is s, '{:.3}'.format(s) is s)
print('{!r}'.format(c) is Cached.text, '{!s}'.format(c) is Cached.text, '{} '.format(s) is s,
      ' {}'.format(s) is s, '{k}'.format(k=s) is s, '{0[0]}'.format([s]) is s, '{}'.format_map({}) if False else '')
print('{k}'.format_map({'k': s}) is s, '{}{}'.format(s, '') is s)
before = sys.getrefcount(s)
t = '%s' % s
u = '{}'.format(s)
print(sys.getrefcount(s) - before)
del t, u
print(sys.getrefcount(s) - before)
try:
    '%s' % (s, s)
except TypeError as e:
    print(e, sys.getrefcount(s) - before)
try:
    '%s %s' % (s,)
except TypeError as e:
    print(e, sys.getrefcount(s) - before)
