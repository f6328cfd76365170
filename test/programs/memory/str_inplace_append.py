# `s += t` on a str: CPython 3.11 appends in place (the same object, its block realloc'ed) once
# the code is warm (quickened after 8 function entries / backward jumps) and BINARY_OP has
# specialised to BINARY_OP_INPLACE_ADD_UNICODE: only when the result is stored back into the same
# local, the local is the only reference, and its hash was never computed.
import sys


def count_same(n):
    s = ''
    same = 0
    for i in range(n):
        before = id(s)
        s += str(i % 10)
        same += id(s) == before
    return same, sys.getsizeof(s), len(s)


# cold code first (no in-place append before the code is quickened), then warm
print(count_same(5), count_same(50), count_same(200))
for k in range(3):
    print(count_same(20), end=' ')
print()


def plus_form(n):
    # `s = s + t` specialises the same way as `s += t`
    s = 'x' * 3
    same = 0
    for i in range(n):
        before = id(s)
        s = s + 'ab'
        same += id(s) == before
    return same, len(s)


print(plus_form(40), plus_form(40))


def shared(n):
    # another reference to the str: a new object every time
    s = 'start' + str(n)
    same = 0
    for i in range(n):
        t = s
        before = id(s)
        s += 'q'
        same += id(s) == before
        del t
    return same


print(shared(30), shared(30))


def hashed(n):
    # once hashed (a dict key lookup, hash()), the str is not modified in place
    d = {}
    s = 'h' + str(n)
    same = 0
    for i in range(n):
        before = id(s)
        if i % 3 == 0:
            hash(s)
        elif i % 3 == 1:
            d.get(s)
        s += 'z'
        same += id(s) == before
    return same, len(d)


print(hashed(30), hashed(30))


def kinds(n):
    # ASCII += Latin-1 never appends in place (the structure would change); Latin-1 += ASCII can
    s = 'a' + str(n)
    same = 0
    for i in range(n):
        before = id(s)
        s += '\xe9' if i % 4 == 0 else 'b'
        same += id(s) == before
    u = '\u0394' + str(n)
    for i in range(n):
        before = id(u)
        u += 'c'
        same += id(u) == before
    return same, len(s), len(u)


print(kinds(24), kinds(24))


def mixed_types(n):
    # the same site sees ints, then strs: the specialisation misses and backs off
    acc = 0
    same = 0
    for i in range(n):
        acc += i
    s = 'm' + str(n)
    for i in range(n):
        before = id(s)
        s += 'w'
        same += id(s) == before
    return acc, same


print(mixed_types(60), mixed_types(60), mixed_types(200))


def other_local(n):
    # the result goes to another local: BINARY_OP_ADD_UNICODE, never in place
    s = 'o' + str(n)
    t = ''
    same = 0
    for i in range(n):
        before = id(s)
        t = s + 'e'
        s = t
        same += id(s) == before
    return same


print(other_local(30), other_local(30))


def empty_left_and_right(n):
    # '' + t is t itself; s + '' is s
    same_right = 0
    same_left = 0
    for i in range(n):
        s = ''
        t = 'k' + str(i)
        s += t
        same_right += s is t
        before = id(t)
        t += ''
        same_left += id(t) == before
    return same_right, same_left


print(empty_left_and_right(30), empty_left_and_right(30))


def gen_appends(n):
    s = 'g' + str(n)
    for i in range(n):
        before = id(s)
        s += 'y'
        yield id(s) == before


print(sum(gen_appends(40)), sum(gen_appends(40)))


def big(n):
    # past pymalloc's 512 bytes the block comes from the system allocator: whether it moves is
    # glibc's business (not printed); the str and its size are the same
    s = 'B' * 500 + str(n)
    for i in range(n):
        s += 'Z' * 7
    return len(s), sys.getsizeof(s), s[-3:], s.count('Z')


print(big(30), big(30))


def add_to(x, y, n):
    # one site fed ints, then strs: the ADD_INT specialisation misses until it backs off to the
    # adaptive form, which specialises again (for strs this time)
    same = 0
    for i in range(n):
        before = id(x)
        x += y
        same += id(x) == before
    return same


print([add_to(1000, 1, 10) for k in range(3)], [add_to('p' + str(k), 'r', 30) for k in range(4)],
      [add_to(10 ** k, 7, 20) for k in range(3)], [add_to('u' + str(k), 'i', 40) for k in range(3)])

# module-level code warms up too
s = 'mod'
same = 0
for i in range(40):
    before = id(s)
    s += 'v'
    same += id(s) == before
print(same, len(s), sys.getrefcount(s))


def one(i):
    # no loop: the code warms by its entries alone (quickened at the 8th call)
    s = 'n' + str(i)
    before = id(s)
    s += 'x'
    return id(s) == before


print([one(i) for i in range(12)])


def literal_and_interned(n):
    same = 0
    for i in range(n):
        s = 'literal'               # the constant: co_consts holds another reference
        before = id(s)
        s += 'x'
        same += id(s) == before
        t = sys.intern('in' + str(i % 3) + 'terned')
        before = id(t)
        t += 'x'
        same += id(t) == before
    return same


print(literal_and_interned(30), literal_and_interned(30))


def delegating(n):
    # a yield from's loop does not warm the code by its jumps, each resumption does
    yield from range(n)
    s = 'y' + str(n)
    same = 0
    for i in range(3):
        before = id(s)
        s += 'k'
        same += id(s) == before
    yield same


print([list(delegating(k))[-1] for k in range(8)])
