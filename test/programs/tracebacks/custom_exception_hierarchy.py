# A user exception hierarchy with a custom __str__.
class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail

    def __str__(self):
        return f"[{self.code}] {self.detail}"

class NotFound(AppError):
    pass

def fetch(path):
    raise NotFound(404, f"{path} does not exist")

fetch("/index.html")
