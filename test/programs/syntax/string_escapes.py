# String literals: escapes, raw strings, adjacent literal concatenation.
s = "tab:\t|nl:\\n|quote:\"|apos:\'|bs:\\"
print(s)
print(repr("a\tb\nc\x00d\x7f"), len("\x41\101\u0041\U00000041"))
print("\x41\101\u0041\U00000041", "\N{GREEK SMALL LETTER ALPHA}")
print(r"raw \n stays", len(r"\n"), repr(r"\d+\.\d*"))
print("abc" "def" 'ghi')
print(repr('single "double" inside'), repr("both ' and \""))
print(repr("é ü 中文 😀"), len("😀"), len("中文"))
print('\a\b\f\v'.encode(), repr('\r\n'))
