# Mutual recursion until RecursionError: the repeated pair of frames is printed in full,
# then the identical trailing frames are summarised.
import sys
sys.setrecursionlimit(60)

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

ping(0)
