# BaseException subclasses are not caught by `except Exception`.
def trial(exc):
    try:
        try:
            raise exc
        except Exception:
            return "caught by Exception"
    except BaseException as e:
        return "caught by BaseException: " + type(e).__name__
for exc in [KeyboardInterrupt, GeneratorExit, SystemExit, ValueError]:
    print(trial(exc))
