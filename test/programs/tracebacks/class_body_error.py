# An exception while a class body runs: the frame is named after the class.
class Settings:
    debug = False
    level = 3
    names = ["a", "b"]
    first = names[level]
