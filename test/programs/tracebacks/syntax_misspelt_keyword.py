# A misspelt keyword leaves two names side by side.
import sys
fro x in range(3):
    pass
