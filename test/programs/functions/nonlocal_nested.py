# nonlocal through several levels and shared cells between closures.
def outer():
    x = 0
    def middle():
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    def reader():
        return x
    return middle, reader
m, r = outer()
print(m(), m(), r())
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc()
print(a(1), a(2), a(3))
