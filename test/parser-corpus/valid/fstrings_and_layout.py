# Valid Python 3.11: f-string positions, string forms, tabs, unicode identifiers, decorators.
x = f"{a['k']} {b['k'] if 0 else 1} {c!r:>{w}.{p}} {d=:>10} {e = !s} {f:{g}{h}} {'nested' + f'{i}'}"
y = f'''multi
line {x +
  y} and {z
}
end'''
z = f"{x:%Y-%m-%d}" f"{a!=b}" f"{(lambda q: q)(1)}" f"{ {'a': 1}['a'] }" f"{x,y}" f"{yield_}"
w = f'{"ü"}ü{ü}' + f"{3.14:.2f}é"
s = 'abc\
def'
t = """a "quoted" 'x' \""" """
	
if x:
	y = 1
	if z:
		w = 2
ﬁ = 1
ℌ = 2
def d():
    """doc"""
    @a.b
    @c(d)
    class K: pass
    return K
print(*a, **k, sep='')
f(a)(b)(c)
x = (  # comment
    1 +  # more
    2
)
x = [i
     for i in range(3)
     if i]
