# Uncaught ValueError from int().
for s in ["1", "22", "x3"]:
    print(int(s) * 2)
