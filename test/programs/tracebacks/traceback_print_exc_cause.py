# traceback.print_exc on an explicitly chained exception, then the same chain uncaught
import traceback

def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError(f"cannot load {text!r}") from e

try:
    load("12x")
except RuntimeError:
    traceback.print_exc()
print("continuing")
load("zz")
