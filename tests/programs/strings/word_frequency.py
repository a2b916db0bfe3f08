# A word-frequency report: a Counter written by hand, __missing__, format_map, and columns.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""


class Counter(dict):
    def __missing__(self, key):
        return 0

    def update_from(self, items):
        for it in items:
            self[it] += 1
        return self

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def __add__(self, other):
        out = Counter(self)
        for k, v in other.items():
            out[k] += v
        return out

    def __repr__(self):
        return f"Counter({dict(self.most_common())!r})"


words = [w.strip(".,").lower() for w in TEXT.split()]
c = Counter().update_from(words)
print(len(words), len(c), c["was"], c["nothing"], "nothing" in c)
for word, n in c.most_common(6):
    print(f"{word:<12}{n:>3} {'#' * n}")
letters = Counter().update_from(ch for ch in TEXT.lower() if ch.isalpha())
print(sorted(letters.most_common(5)), sum(letters.values()))
print(Counter(a=1) + Counter(a=2, b=1))


class Defaulting(dict):
    def __missing__(self, key):
        return "{" + key + "}"


template = "Dear {title} {name}, your order #{order:05d} ships on {date}."
print(template.format_map(Defaulting(name="Ada", order=42)) if False else "")
print("Dear {title} {name}, ships on {date}.".format_map(Defaulting(name="Ada")))
print("{name} has {n:,} items worth ${total:,.2f}".format_map({"name": "Bob", "n": 12345, "total": 9876.5}))
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError", e)
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelons", 1, 3.999)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
print(widths)
for name, qty, price in rows:
    print(f"{name:{widths[0]}} | {qty:>{widths[1]}} | {price:>8.2f} | {qty * price:8.3f}")
lines = TEXT.splitlines()
print(max(lines, key=len))
print([len(l) for l in lines], sum(map(len, lines)))
print(" ".join(w.capitalize() for w in lines[0].split()[:6]))
print(sorted(set(words), key=lambda w: (-c[w], w))[:8])
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, by_len[k])
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr, acr.lower().center(11, "."), f"{acr!r:^9}")
