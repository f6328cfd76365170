# except clauses: tuples, base classes, order, bare except.
def trial(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for exc in [KeyError, IndexError("i"), ZeroDivisionError, OverflowError, ValueError("v")]:
    print(trial(exc))
try:
    raise SystemExit(0)
except:
    print("bare except catches SystemExit")
try:
    try:
        raise TypeError("t")
    except ValueError:
        print("no")
except TypeError as e:
    print("propagated", e)
