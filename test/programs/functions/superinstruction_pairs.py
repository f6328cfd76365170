# Pairs of instructions the VM may run as one (LOAD_FAST+LOAD_FAST, STORE_FAST+LOAD_FAST, ...):
# errors and __del__ calls in either half, jumps to the second half, line numbers.
import sys
import traceback


def line_of_error(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        return type(e).__name__, str(e), tb.tb_lineno - fn.__code__.co_firstlineno


def second_half_unbound():
    x = 1
    if x > 5:
        y = 2
    return (x,
            y)


def first_half_unbound():
    if len(sys.argv) > 99:
        x = 1
    y = 2
    return (x,
            y)


def const_then_unbound():
    if len(sys.argv) > 99:
        y = 1
    return (5,
            y)


def store_then_unbound():
    a = 3
    if a > 5:
        b = 1
    c = a
    return (c,
            b)


def unbound_then_const():
    if len(sys.argv) > 99:
        q = 1
    return (q,
            7)


for fn in (second_half_unbound, first_half_unbound, const_then_unbound, store_then_unbound, unbound_then_const):
    print(fn.__name__, line_of_error(fn))


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        caller = sys._getframe(1)
        print('del', self.name, 'at line', caller.f_lineno - caller.f_code.co_firstlineno,
              'in', caller.f_code.co_name)


def stores_over_lines():
    a = Noisy('a0')
    b = Noisy('b0')
    (a,
     b) = Noisy('a1'), Noisy('b1')
    (a,
     b) = 1, 2
    return a + b


print(stores_over_lines())


def store_load_del():
    x = Noisy('x0')
    x = 5; y = x
    return y


print(store_load_del())


def stack_in_del_second_store():
    class D:
        def __del__(self):
            print('stack line', traceback.extract_stack(limit=2)[0].lineno - stack_in_del_second_store.__code__.co_firstlineno)
    p = 0
    q = D()
    (p,
     q) = 1, 2
    return p, q


print(stack_in_del_second_store())


def jump_into_second_half(n):
    # the loop's top (LOAD_FAST i) follows STORE_FAST i: the back jump lands on a second half
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
    j = n
    while j:
        j -= 1
        total = total + j
    return total, i, j


print(jump_into_second_half(10))


def chain(a, b, c):
    x = a; y = b; z = c
    w = x; v = y
    return x, y, z, w, v, a + b + c, (1, a), (b, 2)


print(chain(1, 2, 3))


def conditional_value(c, a, b):
    r = a if c else b
    s = r
    return s, r


print(conditional_value(True, 'a', 'b'), conditional_value(0, 'a', 'b'))


def refcounts():
    o = object()
    p = o; q = o
    r = sys.getrefcount(o)
    del p
    return r, sys.getrefcount(o), q is o


print(refcounts())


def gen_pairs(n):
    a = 0
    for i in range(n):
        b = a; a = i
        yield a, b


print(list(gen_pairs(4)))


def loop_item_release():
    # each new item's store releases the previous one (FOR_ITER then STORE_FAST)
    def gen():
        for i in range(3):
            yield Noisy('item%d' % i)
    for (
            x
    ) in gen():
        pass
    for y in range(3):
        for z in [y] * 2:
            pass
    return y, z


print(loop_item_release())


def loop_exits():
    out = []
    for i in range(0):
        out.append(i)
    for i in range(3, 0, -1):
        out.append(i)
    for i in range(10**19, 10**19 + 2):
        out.append(i)
    for c in 'ab':
        out.append(c)
    it = iter(range(4))
    for i in it:
        if i == 1:
            break
    out.append(list(it))
    return out, i


print(loop_exits())
