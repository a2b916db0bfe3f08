# keys, values and items views are live and set-like
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), ("d", 4) in it, "a" in k, 4 in v)
print(k & {"a", "z"}, k | {"z"} == {"a", "b", "c", "d", "z"}, k - {"a"} == {"b", "c", "d"}, k ^ {"a", "q"} == {"b", "c", "d", "q"})
print(it & {("a", 1), ("b", 0)}, k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
print(sorted(k), list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(v == v, d.values() == d.values())
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d.keys().mapping == {"a": 1, "b": 2, "c": 3, "d": 4, "a!": 0})
