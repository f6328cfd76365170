# NameError suggesting a builtin name.
values = [1, 2, 3]
pritn(sum(values))
