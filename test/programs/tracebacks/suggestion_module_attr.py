# AttributeError on a module suggests the module's close names.
import sys
print(sys.getrefcont(None) > 0)
