# A missing colon after an if header.
x = 3
if x > 2
    print(x)
