# The <genexpr> frame of a generator expression passed to a builtin.
values = ["1", "2", "three"]
print(max(int(v) for v in values))
