# An uncaught failing assert: exit status 1, last stderr line 'AssertionError: ...'.
values = [3, 1, 2]
assert sorted(values) == [1, 2, 3]
print("first assert passed")
assert values == sorted(values), f"not sorted: {values}"
print("not reached")
