# An unterminated triple-quoted string, reported where it starts.
x = 1
doc = """starts here
and never ends
