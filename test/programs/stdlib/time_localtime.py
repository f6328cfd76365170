import time

for ts in [0, 86400 * 365, 1e9, 1700000000, 1234567890.75]:
    lt = time.localtime(ts)
    print(lt, lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.asctime(lt) == time.ctime(ts))
print(time.timezone, time.altzone, time.daylight, time.tzname)
print(time.strftime('%Y-%m-%d %H:%M:%S %Z %z', time.localtime(1e9)))
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, -1)), time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.gmtime(time.mktime((2021, 6, 15, 12, 30, 0, 0, 0, -1)))[:6])
t = time.localtime()
print(type(t.tm_zone), type(t.tm_gmtoff), time.localtime(None) >= t or True)
try:
    time.localtime('x')
except TypeError as e:
    print('TypeError', e)
try:
    time.mktime('x')
except TypeError as e:
    print('TypeError', e)
