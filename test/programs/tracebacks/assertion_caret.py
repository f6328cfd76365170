# Full traceback of a failing assert with a multi-line expression.
values = [1, 2, 3]
total = sum(values)
assert (total ==
        7), "total was " + str(total)
