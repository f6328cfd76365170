"""Short reprs for failure messages: how unittest keeps 'X != Y' readable when X and Y are huge.

safe_repr never fails (a broken __repr__ falls back to object.__repr__) and can cut a repr to
80 characters. common_shorten_repr shortens several reprs together: when they are too long it
keeps their shared prefix only in abbreviated form ('[12 chars]') so the place where they differ
stays visible — the same rule and the same lengths CPython's unittest uses, so messages match.
"""

__unittest = True

MAX_LENGTH = 80
PLACEHOLDER_LEN = 12
MIN_BEGIN_LEN = 5
MIN_END_LEN = 5
MIN_COMMON_LEN = 5
MIN_DIFF_LEN = MAX_LENGTH - (MIN_BEGIN_LEN + PLACEHOLDER_LEN + MIN_COMMON_LEN +
                             PLACEHOLDER_LEN + MIN_END_LEN)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < MAX_LENGTH:
        return text
    return text[:MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _abbreviate(text, keep_start, keep_end):
    """text with its middle replaced by '[N chars]' when that saves room"""
    skipped = len(text) - keep_start - keep_end
    if skipped > PLACEHOLDER_LEN:
        text = '%s[%d chars]%s' % (text[:keep_start], skipped, text[len(text) - keep_end:])
    return text


def _shared_prefix(texts):
    first = min(texts)
    last = max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def common_shorten_repr(*args):
    reprs = tuple(safe_repr(a) for a in args)
    longest = max(len(r) for r in reprs)
    if longest <= MAX_LENGTH:
        return reprs
    prefix = _shared_prefix(reprs)
    common_len = len(prefix)
    rest_room = MAX_LENGTH - (longest - common_len + MIN_BEGIN_LEN + PLACEHOLDER_LEN)
    if rest_room > MIN_COMMON_LEN:
        # the differing tails fit: abbreviate only the shared beginning
        prefix = _abbreviate(prefix, MIN_BEGIN_LEN, rest_room)
        return tuple(prefix + r[common_len:] for r in reprs)
    prefix = _abbreviate(prefix, MIN_BEGIN_LEN, MIN_COMMON_LEN)
    return tuple(prefix + _abbreviate(r[common_len:], MIN_DIFF_LEN, MIN_END_LEN)
                 for r in reprs)


def sorted_list_difference(expected, actual):
    """(items only in expected, items only in actual) for two sorted lists, duplicates once"""
    i = j = 0
    missing = []
    unexpected = []
    while True:
        try:
            e = expected[i]
            a = actual[j]
            if e < a:
                missing.append(e)
                i += 1
                while expected[i] == e:
                    i += 1
            elif e > a:
                unexpected.append(a)
                j += 1
                while actual[j] == a:
                    j += 1
            else:
                i += 1
                try:
                    while expected[i] == e:
                        i += 1
                finally:
                    j += 1
                    while actual[j] == a:
                        j += 1
        except IndexError:
            missing.extend(expected[i:])
            unexpected.extend(actual[j:])
            break
    return missing, unexpected


def count_differences(actual, expected):
    """[(count in actual, count in expected, element)] for elements whose counts differ;
    works for unhashable elements too (quadratic, as it must be without hashing)"""
    first = list(actual)
    second = list(expected)
    found = []
    while first:
        elem = first.pop()
        n_first = 1
        n_second = 0
        i = 0
        while i < len(first):
            if first[i] == elem:
                n_first += 1
                del first[i]
            else:
                i += 1
        i = 0
        while i < len(second):
            if second[i] == elem:
                n_second += 1
                del second[i]
            else:
                i += 1
        if n_first != n_second:
            found.append((n_first, n_second, elem))
    while second:
        elem = second.pop()
        n_second = 1
        i = 0
        while i < len(second):
            if second[i] == elem:
                n_second += 1
                del second[i]
            else:
                i += 1
        found.append((0, n_second, elem))
    return found
