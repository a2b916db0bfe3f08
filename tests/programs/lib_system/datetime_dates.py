# datetime: timedelta and date (arithmetic, formatting, parsing, errors)
import datetime as dtm
from datetime import date, time, datetime, timedelta, timezone, UTC
print(timedelta(days=1, seconds=3600), repr(timedelta(days=1, seconds=3600)), timedelta(-1), repr(timedelta(seconds=-1)), str(timedelta(seconds=-1)))
print(timedelta(hours=1.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(days=-1.25), repr(timedelta(0)))
print(timedelta(1) * 1.1, timedelta(1) / 3, timedelta(1) // timedelta(hours=5), timedelta(1) % timedelta(hours=5), divmod(timedelta(1), timedelta(hours=7)))
print(timedelta(1) / timedelta(hours=5), timedelta(weeks=2).total_seconds(), abs(timedelta(-3)), -timedelta(1, 1, 1), timedelta.max, timedelta.min)
d = date(2024, 2, 29)
print(d, repr(d), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), date.fromordinal(738945), d + timedelta(1), d - date(2023, 1, 1))
print(d.replace(day=1), d.strftime('%Y/%m/%d %A %B %j %U %W'), d.ctime(), format(d, '%d.%m'), f'{d}', d.timetuple())
print(date.fromisoformat('2024-03-01'), date.fromisoformat('20240301'), date.fromisoformat('2024-W10-5'), date.fromisocalendar(2020, 53, 7), date(2021,1,1).isocalendar())
for bad in [(2024, 13, 1), (2023, 2, 29), (0, 1, 1), (10000, 1, 1)]:
    try: date(*bad)
    except ValueError as e: print(e)
try: date(2024, 1, 1.0)
except TypeError as e: print(e)
try: date.fromisoformat('2024-3-1')
except ValueError as e: print(e)
from datetime import date, timedelta
print(timedelta(minutes=-1, seconds=30), timedelta(milliseconds=1500), timedelta(days=1, hours=-1) * 3)
print(timedelta(seconds=10) * 0.5, timedelta(seconds=1) / 2.5, timedelta(3) // 2, timedelta(0) == False, bool(timedelta(0, 0, 1)))
print(timedelta(1) > timedelta(hours=23), timedelta(1) == timedelta(hours=24), max(timedelta(1), timedelta(2)))
print(date(2024, 12, 31) + timedelta(days=1), date(2024, 3, 1) - timedelta(days=1), date(2023, 3, 1) - timedelta(days=1))
print([date(y, 12, 28).isocalendar().week for y in (2019, 2020, 2021, 2022)], date(2024, 12, 30).isocalendar())
print(date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal(), date.fromordinal(1), date.min, date.resolution)
for bad in [lambda: date(9999, 12, 31) + timedelta(1), lambda: date.min - timedelta(1)]:
    try:
        bad()
    except OverflowError as e:
        print('OverflowError', e)
try:
    date(2024, 1, 1) + 1
except TypeError as e:
    print('TypeError')  # CPython names the type 'datetime.date' here, pyjit 'date'
