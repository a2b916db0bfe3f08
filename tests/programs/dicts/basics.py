# dict creation, access and printing
d = {"a": 1, "b": 2}
print(d, dict(), {}, dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, z=0))
print(dict(zip("abc", range(3))), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print(d["a"], d.get("z"), d.get("z", 9), "a" in d, "z" not in d, len(d))
try:
    d["z"]
except KeyError as e:
    print("KeyError:", e, repr(e))
d["c"] = 3
d["a"] = 10
print(d)
del d["b"]
print(d, list(d), [k for k in d])
try:
    del d["b"]
except KeyError as e:
    print("KeyError:", e)
print({1: "int", "1": "str", (1,): "tuple", None: "none"})
print({} == {}, {"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
