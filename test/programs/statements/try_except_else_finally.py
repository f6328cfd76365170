# try/except/else/finally paths.
def run(op):
    try:
        print("try", op)
        if op == "raise":
            raise ValueError("bad")
        if op == "return":
            return "returned from try"
    except ValueError as e:
        print("except", e)
        return "returned from except"
    else:
        print("else")
    finally:
        print("finally")
    return "fell through"
for op in ["ok", "raise", "return"]:
    print("->", run(op))
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("outer caught")
