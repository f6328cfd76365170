import time

a = time.monotonic(); b = time.monotonic()
print(type(a), b >= a, type(time.monotonic_ns()), time.monotonic_ns() <= time.monotonic_ns())
p0 = time.perf_counter(); pn0 = time.perf_counter_ns()
time.sleep(0.05)
print(time.perf_counter() - p0 >= 0.049, (time.perf_counter_ns() - pn0) >= 49_000_000)
t = time.time(); tn = time.time_ns()
print(type(t), type(tn), abs(t - tn / 1e9) < 1.0, t > 1.6e9)
c0 = time.process_time()
x = 0
for i in range(100000):
    x += i
print(type(c0), time.process_time() >= c0, type(time.process_time_ns()))
time.sleep(0)
for bad in [-1, float('nan'), 'x']:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
lt = time.localtime()
print(type(lt).__name__, len(lt), lt.tm_year >= 2024, 1 <= lt.tm_mon <= 12, isinstance(time.ctime(), str), len(time.ctime()))
print(time.gmtime(time.mktime(time.localtime(1e9))) == time.gmtime(1e9))
