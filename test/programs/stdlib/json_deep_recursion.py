# deep documents: RecursionError, never a crash
import json
for n in [100, 100000]:
    try:
        v = json.loads('[' * n + ']' * n); print('ok', n)
    except RecursionError as e:
        print('RecursionError', n)
x = []
for i in range(100000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print('RecursionError dumps')
try:
    json.dumps(x, indent=1)
except RecursionError as e:
    print('RecursionError dumps indent')
