# An exception group raised while handling another exception, with a chained member.
def member():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad member") from e

try:
    {}["k"]
except KeyError:
    try:
        member()
    except ValueError as v:
        raise BaseExceptionGroup("group", [v, KeyboardInterrupt()])
