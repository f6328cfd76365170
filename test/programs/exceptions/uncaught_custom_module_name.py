# Uncaught custom exception with a message and a cause: last line shows __main__-less name.
class Boom(RuntimeError):
    def __str__(self):
        return "custom message from __str__"
try:
    {}["x"]
except KeyError as k:
    raise Boom() from k
