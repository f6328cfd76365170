# An exception whose __str__ itself fails.
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")

raise Weird("hidden")
