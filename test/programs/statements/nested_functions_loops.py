# Loops mixing try/finally with break/continue.
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("finally", count)
