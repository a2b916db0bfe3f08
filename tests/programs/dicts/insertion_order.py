# dicts keep insertion order; updating a key keeps its place
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d)
d["z"] = 100
print(d)
del d["a"]
d["a"] = -1
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = dict.fromkeys(range(10, 0, -1))
print(list(e))
e.pop(5)
e[5] = None
print(list(e))
print(list({3: 0, 1: 0, 2: 0}), list(reversed({3: 0, 1: 0, 2: 0})))
