# list.sort makes CPython's comparisons in CPython's order (timsort: runs, binary insertion,
# powersort merges, galloping), also for lists of 64 items and more; an __lt__ that raises
# leaves the list in CPython's partial order.

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


log = []


class K:
    __slots__ = ("v", "tag")

    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        log.append(self.tag * 100003 + other.tag)
        return self.v < other.v

    def __repr__(self):
        return f"K({self.v},{self.tag})"


def digest(seq):
    h = 0
    for x in seq:
        h = (h * 1000003 + x) % 18446744073709551557
    return h


def patterns(n):
    yield "random", [rnd(1000) for _ in range(n)]
    yield "few", [rnd(4) for _ in range(n)]
    yield "sorted", list(range(n))
    yield "reversed", list(range(n, 0, -1))
    yield "saw", [i % 37 for i in range(n)]
    yield "runs", [(i // 50) * 3 + (-(i % 50) if (i // 50) % 2 else i % 50) for i in range(n)]
    yield "almost", [i if rnd(20) else rnd(n) for i in range(n)]
    yield "equal", [7] * n
    yield "desc-eq", [(n - i) // 3 for i in range(n)]


def run(name, values, **kw):
    items = [K(v, i) for i, v in enumerate(values)]
    log.clear()
    items.sort(**kw)
    order = [k.tag for k in items]
    ok = all(not (items[i + 1].v < items[i].v) for i in range(len(items) - 1)) if not kw.get("reverse") else True
    print(name, len(values), sorted(kw), len(log), digest(log), digest(order), ok)


for n in (0, 1, 2, 63, 64, 65, 100, 127, 128, 129, 200, 257, 500, 1000, 2500):
    for name, values in patterns(n):
        run(name, values)
for n in (70, 300, 1500):
    for name, values in patterns(n):
        run(name, values, reverse=True)
        run(name, values, key=lambda k: -k.v if isinstance(k, K) else k)

# key functions: called once per item, in order, before any comparison
calls = []


def key(x):
    calls.append(x)
    return K(x % 50, len(calls))


data = [rnd(100) for _ in range(300)]
log.clear()
out = sorted(data, key=key)
print(calls == data, len(log), digest(log), out[:10], out[-10:])

# sorted() and list.sort agree; stability with equal keys
words = ["w%d" % rnd(40) for _ in range(400)]
print(sorted(words, key=len)[:8], sorted(words)[:8], sorted(words, reverse=True)[:8])

# a comparison that raises part-way leaves the list partly sorted, exactly as CPython does


class Bomb:
    def __init__(self, v, limit):
        self.v = v
        self.limit = limit

    def __lt__(self, other):
        log.append(1)
        if len(log) >= self.limit:
            raise ValueError("boom at %d" % len(log))
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


for limit in (5, 100, 400, 700, 1000, 1500):
    vals = [rnd(500) for _ in range(150)]
    items = [Bomb(v, limit) for v in vals]
    log.clear()
    try:
        items.sort()
        print("sorted", items[:5])
    except ValueError as e:
        print(e, [b.v for b in items])
    log.clear()
    items = [Bomb(v, limit) for v in vals]
    try:
        items.sort(reverse=True)
        print("sorted", items[:5])
    except ValueError as e:
        print(e, [b.v for b in items])

# mixed types that cannot be compared: TypeError part-way, list keeps all its items
mixed = [rnd(100) for _ in range(80)] + ["x"] + [rnd(100) for _ in range(80)]
try:
    mixed.sort()
except TypeError as e:
    print(e)
print(mixed)

# floats with NaN: no error, CPython's order
fl = [float(rnd(50)) for _ in range(120)]
for i in range(0, 120, 13):
    fl[i] = float("nan")
fl.sort()
print(fl)
