# list.sort and sorted call __lt__ in the same order as CPython's timsort (lists under 64
# items: the initial run, reversed when descending, then binary insertion)
log = []
class K:
    def __init__(self, v, i):
        self.v = v
        self.i = i
    def __lt__(self, o):
        log.append((self.i, o.i))
        return self.v < o.v
    def __repr__(self):
        return f"{self.v}.{self.i}"
seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n
for trial in range(40):
    n = rnd(16)
    vals = [K(rnd(rnd(5) + 1), i) for i in range(n)]
    if trial % 4 == 0:
        vals.sort(key=lambda k: -k.v)
    del log[:]
    r = sorted(vals, reverse=trial % 3 == 0)
    print(trial, r, len(log), log[:12])
items = [K(v, i) for i, v in enumerate([5, 4, 4, 3, 9, 1, 1, 2])]
del log[:]
items.sort()
print(items, log)
