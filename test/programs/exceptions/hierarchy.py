# The builtin exception hierarchy (MRO names).
for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnboundLocalError,
            ModuleNotFoundError, RecursionError, StopIteration, KeyboardInterrupt, SystemExit,
            GeneratorExit, NotImplementedError, UnicodeDecodeError, TimeoutError, OverflowError,
            AssertionError, TypeError, BlockingIOError]:
    print([c.__name__ for c in exc.__mro__])
print(issubclass(OSError, Exception), IOError is OSError, EnvironmentError is OSError)
print(issubclass(KeyboardInterrupt, Exception), issubclass(Warning, Exception), issubclass(DeprecationWarning, Warning))
