import time

st = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0))
print(st, st.tm_year, st.tm_mon, st.tm_yday, st[0], st[-1], len(st), st[:3], isinstance(st, tuple))
print(st.tm_zone, st.tm_gmtoff, time.struct_time((1, 2, 3, 4, 5, 6, 0, 1, -1, 'XYZ', 3600)).tm_zone)
for bad in [(1, 2), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError', e)
for ts in [0, 1, 86399, 1e9, 1234567890, 951782400, 978307200, 1609459199, 1704067200, -1, -86400 * 366, 2**31]:
    g = time.gmtime(ts)
    print(ts, g)
    print(time.strftime('%a %A %b %B %d %e %H %I %j %m %M %p %S %U %w %W %y %Y %%', g))
    print(time.strftime('%c | %x | %X | %D | %F | %T | %R | %r | %G-%V-%u | %C %g %h %k %l', g), time.asctime(g))
print(time.strftime('%Y-%m-%d', (2021, 12, 31, 0, 0, 0, 4, 365, 0)), time.strftime('plain'), time.strftime('%Z', time.gmtime(0)))
print(time.asctime((2001, 9, 9, 1, 46, 40, 6, 252, 0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0)]:
    try:
        time.strftime('%Y', bad)
    except ValueError as e:
        print('ValueError', e)
try:
    time.strftime('%Y', (1, 2, 3))
except TypeError as e:
    print('TypeError', e)
try:
    time.strftime(5)
except TypeError as e:
    print('TypeError', e)
