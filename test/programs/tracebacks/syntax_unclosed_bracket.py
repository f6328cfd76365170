# A bracket never closed, reported at the opening bracket.
values = [1, 2,
          3, 4
print(values)
