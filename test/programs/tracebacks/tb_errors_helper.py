# pyheap-test: module (imported by helper_exception_qualname.py)
class ValidationError(Exception):
    pass

def validate(n):
    if n < 0:
        raise ValidationError(f"{n} is negative")
    return n
