# format(value, spec) over a matrix of values and specs, errors included (their order of checks:
# a complex's presentation type before its zero padding), and float reprs at the edges.
import itertools
vals = [0, 1, -1, 255, 3.14159, -2.5, 1e20, 1e-7, float('inf'), float('nan'), 'abc', True, 10**30, 2j+1]
specs = ['', 'd', 'x', 'X', 'o', 'b', 'c', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 's', 'r',
         '10', '<10', '^10', '>10', '=10', '+', ' ', '-', '#x', '#o', '#b', '08.3f', ',', '_', ',.2f', '_x',
         '.0f', '.0e', '.0%', '#.0f', '#g', '.3s', 'z', 'zf', '010', '+010d', '*^9', '0=8', '.2', '.10g', 'a']
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(repr(v), out)
for v in [1.5, 2.5, 0.125, 1e16, 123456789.123456789, 5e-324, 1.7976931348623157e308]:
    print(repr(v), str(v), '%.17g' % v, '%r' % v, round(v, 2), v.hex())
