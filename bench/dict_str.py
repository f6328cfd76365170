# Dict and str workload: dicts keyed by strings, string concatenation, join, split,
# formatting and lookups. Prints a checksum.
import sys


def build(n):
    d = {}
    for i in range(n):
        key = 'key' + str(i)
        d[key] = i * 3
    return d


def words(n):
    parts = []
    for i in range(n):
        parts.append('w%d' % (i % 97))
    return ' '.join(parts)


def run(rounds):
    total = 0
    for r in range(rounds):
        d = build(600)
        for i in range(0, 600, 3):
            total += d['key' + str(i)]
        total += len(d.get('missing', ''))
        text = words(400)
        counts = {}
        for w in text.split():
            counts[w] = counts.get(w, 0) + 1
        total += counts['w5'] + len(counts)
        s = ''
        for i in range(120):
            s += str(i % 10)
        line = '{}:{}:{:>6}'.format(r, len(s), s[:5])
        total += len(line) + len(f'{r:04d}-{total % 97}')
        up = text.upper().replace('W', 'v')
        total += up.count('v1') + len(up.split('v')[3])
        total %= 1000000007
    return total


print(run(500))
print(sys.maxsize > 2**32)
