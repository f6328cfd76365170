# An IndentationError for an unexpected indent: CPython prints no caret for it.
exec("x = 1\n    y = 2\n")
