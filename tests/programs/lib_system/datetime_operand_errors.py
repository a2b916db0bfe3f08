# datetime's types with operands they do not take: CPython's messages name them dotted
import datetime as dt

day = dt.date(2020, 1, 31)
moment = dt.datetime(2020, 1, 31, 12, 30)
span = dt.timedelta(days=1, seconds=5)
clock = dt.time(10, 15)
zone = dt.timezone.utc
cases = [
    lambda: day + 1, lambda: 1 - day, lambda: day - 'x', lambda: moment - 1,
    lambda: moment + moment, lambda: clock + clock, lambda: clock - span, lambda: span * 'a',
    lambda: 'a' * span, lambda: [1] * span, lambda: span + 1, lambda: span / 'x',
    lambda: day < 3, lambda: 3 > day, lambda: span < 1, lambda: clock <= 'x',
    lambda: moment < day, lambda: -day, lambda: ~span, lambda: zone + 1, lambda: abs(clock),
    lambda: day @ day, lambda: span % 2, lambda: day + span, lambda: span * 2,
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print('TypeError:', e)


class MyDate(dt.date):
    pass


try:
    MyDate(2020, 1, 1) + 1
except TypeError as e:
    print('TypeError:', e)
print(dt.date.__name__, dt.datetime.__qualname__, repr(dt.time), type(span).__name__)
day + 'end'
