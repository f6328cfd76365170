# Suggestions for a case mistake on a class attribute, and for a module attribute.
import sys

class Config:
    MaxSize = 10

print(Config.MaxSize)
print(sys.getrecursionlimit() > 0)
print(Config.maxsize)
