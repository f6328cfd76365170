# Full traceback of an explicitly chained exception (raise ... from ...).
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"could not parse {text!r}") from e
parse("12")
parse("twelve")
