# A nested exception group whose members were raised (so they carry their own tracebacks).
def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    raise KeyError(n)

def run_batch(ns):
    errors = []
    for n in ns:
        try:
            task(n)
        except Exception as e:
            errors.append(e)
    return errors

inner = ExceptionGroup("inner batch", run_batch([1, 2]))
raise ExceptionGroup("outer batch", [inner, TypeError("plain")])
