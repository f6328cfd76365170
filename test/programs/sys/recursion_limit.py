# getrecursionlimit/setrecursionlimit and the depth actually reachable.
import sys
print(sys.getrecursionlimit())
def depth(n=1):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d1 = depth()
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
d2 = depth()
print(d1 > 900, 150 < d2 <= 200)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
