# Valid Python 3.11: number literal forms and string escapes (values checked through ast.dump).
ints = [0, 00, 7, 1_000, 0x_dead_BEEF, 0XFF, 0o777, 0O1_7, 0b1010, 0B1_1, 123456789012345678901234567890]
floats = [0.0, 1., .5, 1e10, 1E-10, 1.5e+3, 1_0.0_1, 3.141592653589793, 1e16, 1e-5, 0.0001, 123456789.0, 1e308, 1e400, 2.5e-324]
imag = [1j, 2.5J, 1e3j, 0j, 1_0j]
strs = ['\a\b\f\n\r\t\v', '\0\7\77\101\777', '\x41\u00e9\U0001F600', '\N{LATIN SMALL LETTER E WITH ACUTE}\N{bullet}',
        '\d\w unknown escapes', r'\n raw', 'line\
continued', "quote ' inside", 'quote " inside', 'both \' and "', '\u2028', '\x7f\x80\xa0\xad', '\ud800']
byts = [b'', b'\x00\xff', b'\n\t\\', b"'", b'"', b'\'"', rb'\x00', b'\777', b'\d']
odd = ['', "", '''''', """""", u'', f'', f'{1}{2}', 'a' 'b' f'{3}' 'c']
