# __missing__ in dict subclasses and counting patterns
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c, c["z"], "z" in c, c.get("z"))
class AutoList(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
al = AutoList()
al["a"].append(1)
al["a"].append(2)
al["b"].append(3)
print(al)
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda k: -counts[k]))
