# time: clocks (types and order only), struct_time, gmtime, strftime, strptime, asctime
import time

t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter()
print(type(t0).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__,
      type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__)
time.sleep(0.01)
print(time.monotonic() >= m0, time.perf_counter() - p0 >= 0.005, time.time() >= t0)
print(time.gmtime(0))
st = time.gmtime(1700000000)
print(st, st.tm_year, st[0], st.tm_yday, st.tm_wday, st.tm_zone, st.tm_gmtoff, len(st))
print(tuple(time.gmtime(951782400)), time.gmtime(-86400)[:6], time.gmtime(1.9)[:6])
print(time.asctime(st), time.asctime((2024, 1, 2, 3, 4, 5, 1, 2, 0)))
fmt = '%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %u %y %p %I %e %D %T %R %F %C %G %V %g %%'
print(time.strftime(fmt, st))
print(time.strftime('%c|%x|%X', st), time.strftime('%Y', (2000, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.strptime('2024-03-05 14:15:16', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Tue Mar  5 01:02:03 2024'))
print(time.strptime('5 march 24 3PM', '%d %B %y %I%p')[:6], time.strptime('100 2024', '%j %Y')[:3])
print(time.gmtime(time.mktime(time.localtime(1000000))) == time.gmtime(1000000))
for args in [('2024-13-05', '%Y-%m-%d'), ('2024-12-05 extra', '%Y-%m-%d'), ('x', '%Q'), (5, '%Y')]:
    try:
        time.strptime(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 25, 0, 0, 0, 1, 0), (1, 2, 3)]:
    try:
        time.asctime(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [-1, 'x', float('nan')]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.gmtime('x')
except TypeError as e:
    print(e)
print(isinstance(time.timezone, int), isinstance(time.tzname, tuple), time.daylight in (0, 1))
