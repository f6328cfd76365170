# printf-style % formatting.
print("%s and %r" % ("text", "text"))
print("%d|%5d|%-5d|%05d|%+d" % (42, 42, 42, 42, 42))
print("%.3f|%10.2f|%e|%g|%g" % (3.14159, 2.5, 12345.678, 0.00001234, 1e20))
print("%x|%X|%o|%#x|%#o" % (255, 255, 8, 255, 8))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%c%c" % (72, "i"), "100%%", "%s" % (1,), "%s" % [1, 2])
print("%*d|%-*d|%.*f" % (6, 1, 4, 2, 2, 3.14159))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(type(e).__name__, e)
