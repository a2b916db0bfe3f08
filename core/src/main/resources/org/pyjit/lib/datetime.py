"""Dates and times for pyjit: date, time, datetime, timedelta, tzinfo, timezone.

Written for pyjit in Python. Dates are proleptic Gregorian, counted internally as
ordinals (day 1 = 0001-01-01); a timedelta is kept normalized as days, seconds
(0 <= s < 86400) and microseconds (0 <= us < 10**6). Formatting through strftime uses
the time module's C-locale strftime after expanding %f, %z, %:z and %Z here; strptime
uses the time module's parser, which also returns the microseconds and UTC offset.
"""

import time as _time
import sys as _sys

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR',
           'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE = [0, 0]
for _m in range(2, 13):
    _DAYS_BEFORE.append(_DAYS_BEFORE[-1] + _MONTH_DAYS[_m - 1])
del _m


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_days(y, m):
    return 29 if m == 2 and _leap(y) else _MONTH_DAYS[m]


def _ordinal(y, m, d):
    # days before the year, before the month, plus the day
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400 + _DAYS_BEFORE[m] + (m > 2 and _leap(y)) + d


def _from_ordinal(n):
    # the year first, from 400-year cycles of 146097 days, then the month by table
    n -= 1
    c400, n = divmod(n, 146097)
    c100, n = divmod(n, 36524)
    c4, n = divmod(n, 1461)
    c1, n = divmod(n, 365)
    y = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1
    if c1 == 4 or c100 == 4:
        return y - 1, 12, 31
    leap = _leap(y)
    m = 1
    while m < 12:
        nxt = _DAYS_BEFORE[m + 1] + (m + 1 > 2 and leap)
        if n < nxt:
            break
        m += 1
    before = _DAYS_BEFORE[m] + (m > 2 and leap)
    return y, m, n - before + 1


def _check_int(value):
    if isinstance(value, int):
        return value
    try:
        index = value.__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return index()


def _check_date(year, month, day):
    if month is None:
        raise TypeError("function missing required argument 'month' (pos 2)")
    if day is None:
        raise TypeError("function missing required argument 'day' (pos 3)")
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _month_days(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return (hour, minute, second, microsecond, fold)


def _within_a_day(offset):
    # a UTC offset must be strictly shorter than 24 hours either way
    return abs(offset) < _ONE_DAY


def _plain_date(other):
    # dates compare with dates, but not with datetimes (a datetime is a date subclass)
    return isinstance(other, date) and not isinstance(other, datetime)


def _check_tzinfo(tz):
    if not (tz is None or isinstance(tz, tzinfo)):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _cmp(a, b):
    return 0 if a == b else 1 if a > b else -1


def _format_offset(td, sep=':'):
    if td is None:
        return ''
    sign = '+'
    if td.days < 0:
        sign = '-'
        td = -td
    hh, rest = divmod(td.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = f'{sign}{hh:02d}{sep}{mm:02d}'
    if ss or td.microseconds:
        s += f'{sep}{ss:02d}'
        if td.microseconds:
            s += f'.{td.microseconds:06d}'
    return s


def _check_offset(name, offset):
    """offset, which tzinfo.<name>() returned, once it is checked."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not "
                        f"'{type(offset).__name__}'")
    if not _within_a_day(offset):
        raise ValueError(f'offset must be a timedelta strictly between -timedelta(hours=24) '
                         f'and timedelta(hours=24), not {offset!r}.')
    return offset


def _time_string(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return f'{h:02d}'
    if timespec == 'minutes':
        return f'{h:02d}:{m:02d}'
    if timespec == 'seconds':
        return f'{h:02d}:{m:02d}:{s:02d}'
    if timespec == 'milliseconds':
        return f'{h:02d}:{m:02d}:{s:02d}.{us // 1000:03d}'
    if timespec == 'microseconds':
        return f'{h:02d}:{m:02d}:{s:02d}.{us:06d}'
    raise ValueError('Unknown timespec value')


def _strftime(obj, fmt, timetuple):
    if not isinstance(fmt, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(fmt).__name__}')
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        if d == 'f':
            out.append(f'{getattr(obj, "microsecond", 0):06d}')
        elif d == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif d == ':' and fmt[i + 2:i + 3] == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off) if off is not None else '')
            i += 1
        elif d == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append('' if name is None else name.replace('%', '%%'))
        else:
            out.append(fmt[i:i + 2])
        i += 2
    return _time.strftime(''.join(out), timetuple)


def _parse_isoformat_date(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www-D, YYYYWwwD
    n = len(s)
    if n < 7 or not s[:4].isdigit():
        raise ValueError
    y = int(s[:4])
    dash = s[4] == '-'
    pos = 5 if dash else 4
    if s[pos:pos + 1] == 'W':
        pos += 1
        wk = s[pos:pos + 2]
        pos += 2
        wd = 1
        if pos < n:
            if dash:
                if s[pos] != '-':
                    raise ValueError
                pos += 1
            wd = s[pos:pos + 1]
            pos += 1
        if pos != n or not str(wk).isdigit() or not str(wd).isdigit():
            raise ValueError
        return _iso_week_to_date(y, int(wk), int(wd))
    mm = s[pos:pos + 2]
    pos += 2
    if dash:
        if s[pos:pos + 1] != '-':
            raise ValueError
        pos += 1
    dd = s[pos:pos + 2]
    pos += 2
    if pos != n or not mm.isdigit() or not dd.isdigit() or len(mm) != 2 or len(dd) != 2:
        raise ValueError
    return y, int(mm), int(dd)


def _iso_week_to_date(y, week, day):
    if not 0 < week < 53:
        if week == 53:
            first = _ordinal(y, 1, 1)
            wd = (first + 6) % 7
            if not (wd == 3 or (wd == 2 and _leap(y))):
                raise ValueError(f'Invalid week: {week}')
        else:
            raise ValueError(f'Invalid week: {week}')
    if not 0 < day < 8:
        raise ValueError(f'Invalid weekday: {day} (range is [1, 7])')
    return _from_ordinal(_iso_week1_monday(y) + (week - 1) * 7 + day - 1)


def _iso_week1_monday(y):
    first = _ordinal(y, 1, 1)
    wd = (first + 6) % 7  # 0 = Monday
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _parse_isoformat_time(s):
    # HH[:MM[:SS[.fff[fff]]]][+HH:MM[:SS[.ffffff]]|Z], the colons optional
    tz = None
    for i, c in enumerate(s):
        if c in '+-Z':
            tzpart = s[i:]
            s = s[:i]
            if tzpart == 'Z':
                tz = timezone.utc
            else:
                sign = -1 if tzpart[0] == '-' else 1
                h, m, sec, us = _parse_hms(tzpart[1:])
                off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
                tz = timezone.utc if not off else timezone(sign * off)
            break
    h, m, sec, us = _parse_hms(s)
    return h, m, sec, us, tz


def _parse_hms(s):
    if not s:
        raise ValueError
    frac = 0
    for sep in '.,':
        if sep in s:
            s, f = s.split(sep, 1)
            if not f.isdigit() or not 1 <= len(f) <= 9 and len(f) > 0:
                raise ValueError
            frac = int((f + '000000')[:6])
            break
    parts = s.split(':') if ':' in s else [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not p.isdigit() for p in parts):
        raise ValueError
    nums = [int(p) for p in parts] + [0] * (3 - len(parts))
    return nums[0], nums[1], nums[2], frac


class timedelta:
    """A duration: days, seconds and microseconds, normalized."""
    __pyjit_c_type__ = 'datetime.timedelta'  # its name in CPython's messages

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        for label, v in (('days', days), ('seconds', seconds),
                         ('microseconds', microseconds), ('milliseconds', milliseconds),
                         ('minutes', minutes), ('hours', hours), ('weeks', weeks)):
            if not isinstance(v, (int, float)):
                raise TypeError(f'unsupported type for timedelta {label} component: '
                                f'{type(v).__name__}')
        # everything as an exact count of microseconds where the inputs are ints; floats
        # are summed and rounded once, half to even, as CPython's
        total_int = 0
        total_float = 0.0
        for value, scale in ((weeks, 7 * 86400 * 10**6), (days, 86400 * 10**6),
                             (hours, 3600 * 10**6), (minutes, 60 * 10**6),
                             (seconds, 10**6), (milliseconds, 1000), (microseconds, 1)):
            if isinstance(value, float):
                whole = int(value)
                total_int += whole * scale
                total_float += (value - whole) * scale
            else:
                total_int += value * scale
        whole = int(total_float // 1)
        frac = total_float - whole
        us = total_int + whole
        if frac > 0.5 or (frac == 0.5 and us % 2 == 1):
            us += 1
        return cls._from_microseconds(us)

    @classmethod
    def _from_microseconds(cls, us):
        d, rest = divmod(us, 86400 * 10**6)
        s, micro = divmod(rest, 10**6)
        if abs(d) > 999999999:
            raise OverflowError(f'days={d}; must have magnitude <= 999999999')
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = micro
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 10**6 + self._microseconds

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f'days={self._days}')
        if self._seconds:
            args.append(f'seconds={self._seconds}')
        if self._microseconds:
            args.append(f'microseconds={self._microseconds}')
        if not args:
            args.append('0')
        return f'{_qualname(self)}({", ".join(args)})'

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f'{hh}:{mm:02d}:{ss:02d}'
        if self._days:
            s = f'{self._days} day{"" if abs(self._days) == 1 else "s"}, ' + s
        if self._microseconds:
            s += f'.{self._microseconds:06d}'
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_div(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta._from_microseconds(_round_div(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_div(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _compare(self, other):
        return _cmp(self._us(), other._us())

    def __eq__(self, other):
        return self._us() == other._us() if isinstance(other, timedelta) else NotImplemented

    def __lt__(self, other):
        return self._us() < other._us() if isinstance(other, timedelta) else NotImplemented

    def __le__(self, other):
        return self._us() <= other._us() if isinstance(other, timedelta) else NotImplemented

    def __gt__(self, other):
        return self._us() > other._us() if isinstance(other, timedelta) else NotImplemented

    def __ge__(self, other):
        return self._us() >= other._us() if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _round_div(a, b):
    # a / b rounded half to even, exactly
    q, r = divmod(a, b)
    r2 = 2 * r
    if b < 0:
        b, r2 = -b, -r2
    if r2 > b or (r2 == b and q % 2 == 1):
        q += 1
    return q


def _qualname(obj):
    # the module's own classes by their full name, a subclass by its name only
    cls = type(obj)
    if cls in (date, datetime, time, timedelta, timezone):
        return 'datetime.' + cls.__name__
    return cls.__name__


timedelta.min = timedelta(-999999999)
_ONE_DAY = timedelta(1)
timedelta.max = timedelta(999999999, 24 * 3600 - 1, 10 ** 6 - 1)  # days, seconds, microseconds
timedelta.resolution = timedelta(microseconds=1)


class date:
    """A calendar date (proleptic Gregorian)."""
    __pyjit_c_type__ = 'datetime.date'  # its name in CPython's messages

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError(f'ordinal must be >= 1')
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            return cls(*_parse_isoformat_date(s))
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {s!r}') from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_week_to_date(year, week, day))

    def __repr__(self):
        return f'{_qualname(self)}({self._year}, {self._month}, {self._day})'

    def isoformat(self):
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    __str__ = isoformat

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[wd], _MONTHNAMES[self._month],
                                           self._day, self._year)

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), self._yday(), -1))

    def _yday(self):
        return self.toordinal() - _ordinal(self._year, 1, 1) + 1

    def toordinal(self):
        return _ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    __replace__ = replace

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        y = self._year
        n = self.toordinal()
        monday = _iso_week1_monday(y)
        if n < monday:
            y -= 1
            monday = _iso_week1_monday(y)
        elif y < MAXYEAR and n >= _iso_week1_monday(y + 1):
            y += 1
            monday = _iso_week1_monday(y)
        week, day = divmod(n - monday, 7)
        return _IsoCalendarDate(y, week + 1, day + 1)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if _plain_date(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if _plain_date(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if _plain_date(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if _plain_date(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAX_ORDINAL:
                return type(self).fromordinal(n)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if _plain_date(other):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._key())


_MONTHNAMES = (None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
               'Nov', 'Dec')
_DAYNAMES = (None, 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})'

    def __reduce__(self):
        return (tuple, (tuple(self),))


class tzinfo:
    """The abstract base of time zones."""
    __pyjit_c_type__ = 'datetime.tzinfo'  # its name in CPython's messages

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        d = dt.dst()
        if d is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        std = off - d
        if std:
            dt += std
            d = dt.dst()
            if d is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + d


# the time-of-day fields of time and datetime, read-only (each its own lambda: a slot
# read, no getattr by name on this hot path)
_TIME_FIELDS = (property(lambda self: self._hour), property(lambda self: self._minute),
                property(lambda self: self._second),
                property(lambda self: self._microsecond),
                property(lambda self: self._tzinfo), property(lambda self: self._fold))


class time:
    """A time of day, with an optional tzinfo."""
    __pyjit_c_type__ = 'datetime.time'  # its name in CPython's messages

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold',
                 '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour, minute, second, microsecond, tzinfo, fold = _TIME_FIELDS

    def utcoffset(self):
        tz = self._tzinfo
        return None if tz is None else _check_offset('utcoffset', tz.utcoffset(None))

    def dst(self):
        tz = self._tzinfo
        return None if tz is None else _check_offset('dst', tz.dst(None))

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def isoformat(self, timespec='auto'):
        return _time_string(self._hour, self._minute, self._second, self._microsecond,
                            timespec) + _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            body = s[1:] if s[:1] == 'T' else s
            h, m, sec, us, tz = _parse_isoformat_time(body)
            return cls(h, m, sec, us, tz)
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {s!r}') from None

    def strftime(self, fmt):
        return _strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second,
                                     0, 1, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        return self.strftime(fmt) if fmt else str(self)

    def __repr__(self):
        s = f'{_qualname(self)}({self._hour}, {self._minute}'
        if self._second or self._microsecond:
            s += f', {self._second}'
        if self._microsecond:
            s += f', {self._microsecond}'
        s += ')'
        if self._tzinfo is not None:
            s = s[:-1] + f', tzinfo={self._tzinfo!r})'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    __replace__ = replace

    def _key(self):
        off = self.utcoffset()
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 10**6 + self._microsecond
        return us, off

    def _compare(self, other, eq):
        a, aoff = self._key()
        b, boff = other._key()
        if self._tzinfo is other._tzinfo or aoff == boff:
            return _cmp(a, b)
        if aoff is None or boff is None:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _cmp(a - aoff._us(), b - boff._us())

    def __eq__(self, other):
        return self._compare(other, True) == 0 if isinstance(other, time) else NotImplemented

    def __lt__(self, other):
        return self._compare(other, False) < 0 if isinstance(other, time) else NotImplemented

    def __le__(self, other):
        return self._compare(other, False) <= 0 if isinstance(other, time) else NotImplemented

    def __gt__(self, other):
        return self._compare(other, False) > 0 if isinstance(other, time) else NotImplemented

    def __ge__(self, other):
        return self._compare(other, False) >= 0 if isinstance(other, time) else NotImplemented

    def __hash__(self):
        us, off = self._key()
        return hash(us if off is None else us - off._us())

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond,
                             self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, with an optional tzinfo."""
    __pyjit_c_type__ = 'datetime.datetime'

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour, minute, second, microsecond, tzinfo, fold = _TIME_FIELDS

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        if not isinstance(t, (int, float)):
            raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
        if isinstance(t, float):
            whole = int(t // 1)
            us = round((t - whole) * 1e6)
            if us >= 1000000:
                whole += 1
                us -= 1000000
        else:
            whole, us = t, 0
        st = _time.gmtime(whole) if utc else _time.localtime(whole)
        y, m, d, hh, mm, ss = st[:6]
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_timestamp(t, False, None)
        return tz.fromutc(cls._from_timestamp(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, globals()['date']):
            raise TypeError('combine() argument 1 must be datetime.date, not '
                            + type(date).__name__)
        if not isinstance(time, globals()['time']):
            raise TypeError('combine() argument 2 must be datetime.time, not '
                            + type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            # the date is up to the first 'T' or space after it (or all of it)
            cut = len(s)
            for i in range(7, len(s)):
                if s[i] in 'T ':
                    cut = i
                    break
            y, m, d = _parse_isoformat_date(s[:cut])
            if cut < len(s):
                h, mi, sec, us, tz = _parse_isoformat_time(s[cut + 1:])
            else:
                h = mi = sec = us = 0
                tz = None
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {s!r}') from None
        if h == 24 and mi == sec == us == 0:
            return cls(y, m, d, 0, 0, 0, 0, tz) + timedelta(days=1)
        return cls(y, m, d, h, mi, sec, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        if not isinstance(date_string, str):
            raise TypeError(f'strptime() argument 1 must be str, not '
                            f'{type(date_string).__name__}')
        if not isinstance(format, str):
            raise TypeError(f'strptime() argument 2 must be str, not {type(format).__name__}')
        r = _time._strptime(date_string, format)
        tz = None
        if r[10] is not None:
            tz = timezone.utc if r[10] == 0 and r[11] in (None, 'UTC') and 'z' in format \
                else timezone(timedelta(seconds=r[10]))
            if r[10] == 0:
                tz = timezone.utc
        return cls(r[0], r[1], r[2], r[3], r[4], r[5], r[9], tz)

    def date(self):
        ymd = (self._year, self._month, self._day)
        return date(*ymd)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def utcoffset(self):
        tz = self._tzinfo
        return None if tz is None else _check_offset('utcoffset', tz.utcoffset(self))

    def dst(self):
        tz = self._tzinfo
        return None if tz is None else _check_offset('dst', tz.dst(self))

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def timetuple(self):
        d = self.dst()
        isdst = -1 if d is None else int(bool(d))
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(), self._yday(),
                                  isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self if off is None else (self - off).replace(tzinfo=None)
        return _time.struct_time((dt._year, dt._month, dt._day, dt._hour, dt._minute,
                                  dt._second, dt.weekday(), dt._yday(), 0))

    def _epoch_us(self):
        days = self.toordinal() - 719163
        return (((days * 24 + self._hour) * 60 + self._minute) * 60 + self._second) \
            * 10**6 + self._microsecond

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            local = self._epoch_us() // 10**6
            guess = local
            # the UTC second whose local time is this one
            for _ in range(2):
                st = _time.localtime(guess)
                shown = datetime(*st[:6])._epoch_us() // 10**6
                guess += local - shown
            return guess + self._microsecond / 1e6
        return (self._epoch_us() - off._us()) / 10**6

    def astimezone(self, tz=None):
        if tz is None:
            t = self.timestamp() if self.utcoffset() is None else \
                (self._epoch_us() - self.utcoffset()._us()) / 10**6
            st = _time.localtime(int(t // 1))
            tz = timezone(timedelta(seconds=st.tm_gmtoff), st.tm_zone)
        elif not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type '
                            f"'{type(tz).__name__}'")
        off = self.utcoffset()
        if off is None:
            ts = self.timestamp()
            st = _time.localtime(int(ts // 1))
            off = timedelta(seconds=st.tm_gmtoff)
        if tz is self._tzinfo:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def isoformat(self, sep='T', timespec='auto'):
        return (f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}'
                + _time_string(self._hour, self._minute, self._second, self._microsecond,
                               timespec) + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[wd], _MONTHNAMES[self._month],
                                                 self._day, self._hour, self._minute,
                                                 self._second, self._year)

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                 self._microsecond]
        while len(parts) > 5 and parts[-1] == 0:
            parts.pop()
        s = f'{_qualname(self)}({", ".join(map(str, parts))}'
        if self._tzinfo is not None:
            s += f', tzinfo={self._tzinfo!r}'
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    __replace__ = replace

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    def _compare(self, other, eq):
        aoff = self.utcoffset()
        boff = other.utcoffset()
        if self._tzinfo is other._tzinfo or aoff == boff:
            return _cmp(self._epoch_us(), other._epoch_us())
        if aoff is None or boff is None:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _cmp(self._epoch_us() - aoff._us(), other._epoch_us() - boff._us())

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) < 0
        if isinstance(other, date):
            raise TypeError(f"'<' not supported between instances of 'datetime.datetime' "
                            f"and 'datetime.date'")
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        off = self.utcoffset()
        us = self._epoch_us()
        return hash(us if off is None else us - off._us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._epoch_us() + other._us()
        days, rest = divmod(us, 86400 * 10**6)
        n = days + 719163
        if not 0 < n <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _from_ordinal(n)
        secs, micro = divmod(rest, 10**6)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return type(self)(y, m, d, hh, mm, ss, micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a = self._epoch_us()
        b = other._epoch_us()
        if self._tzinfo is not other._tzinfo:
            aoff = self.utcoffset()
            boff = other.utcoffset()
            if (aoff is None) != (boff is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if aoff is not None:
                a -= aoff._us()
                b -= boff._us()
        return timedelta._from_microseconds(a - b)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""
    __pyjit_c_type__ = 'datetime.timezone'  # its name in CPython's messages

    __slots__ = ('_offset', '_name')
    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not '
                            + type(offset).__name__)
        if name is cls._Omitted:
            if not offset and hasattr(cls, 'utc'):
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not ' + type(name).__name__)
        if not _within_a_day(offset):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), '
                             f'not {offset!r}.')
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'{_qualname(self)}({self._offset!r})'
        return f'{_qualname(self)}({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError('utcoffset() argument must be a datetime instance or None')

    def tzname(self, dt):
        if dt is None or isinstance(dt, datetime):
            if self._name is None:
                if not self._offset:
                    return 'UTC'
                return 'UTC' + _format_offset(self._offset)
            return self._name
        raise TypeError('tzname() argument must be a datetime instance or None')

    def dst(self, dt):
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError('dst() argument must be a datetime instance or None')

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc

for _cls in (date, time, datetime, timedelta, tzinfo, timezone):
    _cls.__module__ = 'datetime'
del _cls
