# KeyError messages are the repr of the key (a tuple key, a str key with quotes).
grid = {(0, 0): "origin"}
print(grid[(0, 0)])
print(grid[(1, 2)])
