# Importing a module that does not exist: uncaught ModuleNotFoundError.
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
from helper_mod import VALUE
try:
    from helper_mod import nothing_by_that_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import another_missing_module
