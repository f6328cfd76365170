# Custom exception classes: args, str, repr, extra attributes, inheritance.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(f"{key} not found in {where}")
        self.key = key
        self.where = where
class NoSuper(Exception):
    def __init__(self, code):
        self.code = code
class WithStr(Exception):
    def __str__(self):
        return "custom str"
for e in [AppError(), AppError("msg"), AppError("a", 2), NotFound("k"), NoSuper(5), WithStr("x")]:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
try:
    raise NotFound("user", where="cache")
except AppError as e:
    print("caught as AppError:", e, e.key, e.where, isinstance(e, Exception))
