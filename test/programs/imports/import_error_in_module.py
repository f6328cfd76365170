# An exception raised by a module's body propagates to the importer.
try:
    import helper_raises
except ZeroDivisionError as e:
    print("import failed:", e)
import sys
print("helper_raises" in sys.modules)
