# dict methods: setdefault, pop, popitem, update, copy, clear
d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b", 2), d.setdefault("c"), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(w=4)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.update([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
print(sorted(n for n in dir({}) if not n.startswith("_")))
