# datetime: seeded pseudo-random dates, times and durations (a linear congruential generator,
# no random module) through ordinals, weekdays, ISO calendars, formatting, parsing and
# arithmetic; prints a digest of each family and a few samples
from datetime import date, datetime, timedelta, timezone

state = 12345


def rand(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 33) % n


def digest(items):
    h = 0
    for item in items:
        for ch in str(item):
            h = (h * 31 + ord(ch)) % 1000000007
    return h


dates = [date.fromordinal(1 + rand(3652059)) for _ in range(100)]
print(digest((d.isoformat(), d.toordinal(), d.weekday(), tuple(d.isocalendar())) for d in dates))
print(digest(d.strftime('%Y %m %d %j %a %b %U %W %w %y') for d in dates))
print(all(date.fromisoformat(d.isoformat()) == d for d in dates),
      all(date.fromisocalendar(*d.isocalendar()) == d for d in dates))
print(dates[:3], [d.isocalendar() for d in dates[:2]])

stamps = []
for _ in range(200):
    dt = datetime(1 + rand(9999), 1 + rand(12), 1 + rand(28), rand(24), rand(60), rand(60),
                  rand(1000000))
    stamps.append(dt)
print(digest(dt.isoformat() for dt in stamps), digest(repr(dt) for dt in stamps[:50]))
print(all(datetime.fromisoformat(dt.isoformat()) == dt for dt in stamps))
print(all(datetime.strptime(dt.strftime('%Y-%m-%d %H:%M:%S.%f'), '%Y-%m-%d %H:%M:%S.%f') == dt
          for dt in stamps if dt.year >= 1000))

deltas = [timedelta(days=rand(2000000) - 1000000, seconds=rand(200000) - 100000,
                    microseconds=rand(4000000) - 2000000) for _ in range(200)]
print(digest((str(t), repr(t), t.total_seconds()) for t in deltas))
print(digest(str(a + b) + str(a - b) + str(a * 3) + str(a // 7) + str(-a) for a, b in zip(deltas, deltas[1:])))
print(digest(str(t * 0.37) + str(t / 2.9) + str(t / 7) for t in deltas))
print(digest((t // timedelta(hours=1), t % timedelta(minutes=7)) for t in deltas))
tz = timezone(timedelta(hours=5, minutes=30))
aware = [datetime(2000 + rand(50), 1 + rand(12), 1 + rand(28), rand(24), rand(60), tzinfo=timezone.utc)
         for _ in range(100)]
print(digest((a.astimezone(tz).isoformat(), a.timestamp()) for a in aware))
print(digest(datetime.fromtimestamp(rand(4000000000) - 1000000000, timezone.utc).isoformat()
             for _ in range(100)))
print(digest(str(b - a) for a, b in zip(stamps, stamps[1:])))
