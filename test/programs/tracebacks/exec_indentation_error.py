# An IndentationError raised by exec() of a string.
exec("if True:\nprint('not indented')\n")
