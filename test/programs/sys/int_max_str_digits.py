# sys.get_int_max_str_digits / sys.set_int_max_str_digits: the limit on int <-> decimal str
# conversions (0: none; otherwise at least 640), its argument checks, and sys.flags keeping the
# startup value.
import sys

print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
for src in ['sys.set_int_max_str_digits(5)', 'sys.set_int_max_str_digits(-1)', 'sys.set_int_max_str_digits()',
            'sys.set_int_max_str_digits(maxdigits=700)', 'sys.set_int_max_str_digits(1.5)',
            'sys.set_int_max_str_digits(10**30)', 'sys.get_int_max_str_digits(1)', 'sys.set_int_max_str_digits(0)',
            'sys.set_int_max_str_digits(640)', 'sys.set_int_max_str_digits(639)', 'sys.set_int_max_str_digits("1000")',
            'sys.set_int_max_str_digits(x=1)', 'sys.set_int_max_str_digits(True)', 'sys.set_int_max_str_digits(700)']:
    try:
        print(src, eval(src), sys.get_int_max_str_digits())
    except Exception as e:
        print(src, type(e).__name__, e)
print(sys.flags.int_max_str_digits)
try:
    str(10 ** 800)
except ValueError as e:
    print(e)
try:
    int('1' * 800)
except ValueError as e:
    print(e)
print(len(str(10 ** 699)), int('9' * 700) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(4300)
try:
    repr(10 ** 4300)
except ValueError as e:
    print(e)
