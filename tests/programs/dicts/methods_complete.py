# dict methods: update forms, setdefault, pop, popitem, fromkeys, copy, | and |=, views
d = {"a": 1}
d.update({"b": 2}, c=3)
d.update([("d", 4), ["e", 5]])
d.update(f=6)
print(d)
class Mapping:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k * 2
d.update(Mapping())
print(d)
for bad in ([1], [(1, 2, 3)], ["abc"], 5):
    try:
        {}.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    {}.update({}, {})
except TypeError as e:
    print("TypeError:", e)
print(d.setdefault("a", 100), d.setdefault("z"), d.setdefault("w", []), d.pop("z"), d.pop("nope", "dflt"))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d.popitem(), len(d))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), {}.fromkeys([1]))
e = d.copy()
e["a"] = "changed"
print(d["a"], e["a"], e is not d)
x = {"a": 1, "b": 2}
y = {"b": 20, "c": 30}
print(x | y, y | x, x)
x |= y
print(x)
x |= [("q", 0)]
print(x)
try:
    x | [("q", 0)]
except TypeError as e:
    print("TypeError:", e)
v = x.values()
k = x.keys()
i = x.items()
print(repr(k), repr(v), repr(i))
print(len(k), "q" in k, 30 in v, ("c", 30) in i, ("c", 31) in i, [1] in i)
print(k & ["a", "zz"], sorted(k - {"a"}), sorted(k | {"new"}), sorted(k ^ {"a", "new"}))
print(sorted(i - {("a", 1)}), {("a", 1)} & i, k <= {"a", "b", "c", "q", "z"}, k < set(k), k >= {"a"})
print(k == set(k), k != set(k), i == set(i), v == v, k.isdisjoint(["nope"]), k.isdisjoint("a"))
print(list(reversed(x)), list(reversed(k)), list(reversed(v)), list(reversed(i)))
x.clear()
print(x, k, v, i, len(i))
it = iter({1: 1, 2: 2}.items())
print(next(it), type(it).__name__, type(iter(k)).__name__, type(iter(v)).__name__)
print({1: "a"} == {1.0: "a"}, {1: 1} != {1: 2}, {1: [1]} == {True: [1]})
