# textwrap corner cases: width 1, words exactly the width, whitespace-only input, unicode,
# non-breaking spaces, drop_whitespace off, placeholders that do not fit
import textwrap

print(textwrap.wrap("a b c", 1), textwrap.wrap("abc", 1), textwrap.wrap("abcd efgh", 4))
print(textwrap.wrap("  \n\t ", 5), textwrap.wrap("", 5), textwrap.fill("x", 100))
print(textwrap.wrap("naïve café déjà-vu résumé", 9))
print(textwrap.wrap("no\xa0break\xa0here and there", 8))
print(textwrap.wrap("keep   inner   spaces", 9, drop_whitespace=False))
print(textwrap.wrap("first line\nsecond line", 11, replace_whitespace=False))
print(textwrap.shorten("one two three", 9), textwrap.shorten("one two three", 13))
try:
    textwrap.shorten("one two", 4, placeholder=" [more]")
except ValueError as e:
    print("ValueError:", e)
print(textwrap.wrap("aaa bbb ccc ddd", 7, max_lines=1, placeholder="..."))
print(textwrap.wrap("a-b-c-d-e-f", 3), textwrap.wrap("--double--dash--", 5))
print(textwrap.wrap("well-known well--known", 6), textwrap.wrap("-x -y --z", 2))
print(repr(textwrap.dedent("")), repr(textwrap.dedent("\n\n")), repr(textwrap.dedent(" a\n\tb")))
print(repr(textwrap.indent("", "> ")), repr(textwrap.indent("x\r\ny", "# ")))
