# Triple-quoted strings keep newlines; backslash-newline joins lines.
s = """line one
  line two
line "three" \
continued"""
print(s)
t = '''a
b'''
print(repr(t), len(s.splitlines()))
print("""\
no leading newline""")
