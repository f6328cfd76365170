# the string module's constants, checked against character predicates, and capwords edge cases
import string

for name in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "whitespace", "printable"):
    value = getattr(string, name)
    print(name, len(value), repr(value[:12]))
print(all(c.isalpha() for c in string.ascii_letters), all(c.isspace() for c in string.whitespace))
print(sorted(set(string.printable) - set(string.ascii_letters + string.digits)) == sorted(string.punctuation + string.whitespace))
print(string.capwords("the  quick\tbrown\nfox"), string.capwords("ÉCOLE élève"), string.capwords(""))
print(string.capwords("a,b,,c", ","), string.capwords("hello-world", "-"))
print(sorted(n for n in string.__all__))
