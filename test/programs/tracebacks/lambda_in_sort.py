# A lambda used as a sort key fails on one element.
people = [("ann", 31), ("bob", None), ("cy", 25)]
people.sort(key=lambda p: p[1] + 0)
