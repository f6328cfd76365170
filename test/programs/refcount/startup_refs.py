# sys.getrefcount on a script's first lines: the objects CPython 3.11's startup (site, encodings,
# io, importlib) holds references to: small ints, one-character strs and bytes, the empty str,
# bytes and tuple, None/True/False/.../NotImplemented, and the builtins' types and functions.
# scripts/gen-startup-refs.js reads this program's output under python3 and pyheap (keep its
# format, and no one-character names: each use of a name is a reference to its str). Some counts
# differ from one run of python3 to the next (None's by up to ~20, 'X''s by one), or with the
# environment (posix.environ's values are bytes: each empty one holds b'', each one-byte one a
# byte character; pyheap does not model that dict; '\n' and the interned 'L' move with it too):
# they are printed only with --all, for the script, which takes their median over several runs in
# its own environment. (A bare environment, env -i, moves a few more, such as ' ', which this
# program still prints: the suite runs in the machine's usual environment, with a locale.)
import sys
import builtins
count = sys.getrefcount
measuring = sys.argv[1:] == ['--all']
print("ints", [count(num) for num in range(-5, 257)])
chars = [count(chr(num)) for num in range(256)]
if not measuring:
    chars[ord('X')] = chars[ord('\n')] = '?'
print("chars", chars)
# the one-character strs interned before the program starts, as objects other than chr()'s
internedchars = ''.join(chr(num) for num in range(256) if sys.intern(chr(num)) is not chr(num))
print("internedChars", repr(internedchars).replace("'", '"'))
interned = [count(sys.intern(char)) for char in internedchars]
if not measuring:
    interned[internedchars.index('L')] = '?'
print("interned", interned)
bytechars = [count(bytes([num])) for num in range(256)]
print("bytechars", bytechars if measuring else '?')
singletons = [count(''), count(b''), count(()), count(None), count(True), count(False),
              count(...), count(NotImplemented)]
if not measuring:
    singletons[1] = singletons[3] = '?'
print("singletons", singletons)
for name, value in sorted(vars(builtins).items()):
    if name in ('aiter', 'anext', 'breakpoint', 'copyright', 'credits', 'help', 'license'):
        continue  # pyheap has none of these
    if callable(value) and not name.startswith('__'):
        print("builtin", name, count(value))
