# json.dumps: every argument, the formatting of each type, key coercion, errors.
import json

data = {"name": "pyjit", "n": 3, "x": 2.5, "big": 10**30, "neg": -7, "ok": True,
        "no": False, "none": None, "list": [1, [2, [3, []]], {}], "tup": (1, "a"),
        "nested": {"a": {"b": {"c": [1.0, 1e100, 1e-7, 0.1, -0.0]}}}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
for indent in (0, 2, -1, "\t", "--", None):
    print(repr(indent), json.dumps({"a": [1, 2, {"b": []}], "c": {}}, indent=indent))
print(json.dumps([1, 2], indent=2, separators=(",", ":")))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(" , ", " : ")))

# scalars alone
for v in [None, True, False, 0, -1, 2**63, 3.14, 1e16, 1.5e-10, float("inf"),
          float("-inf"), float("nan"), "", "plain", 'q"uote', "back\\slash",
          "ctl\x00\x01\x1f\x7f", "\b\f\n\r\t", "é ü ß", "\u20ac", "\U0001f600", "\ud800",
          "/slash"]:
    print(ascii(json.dumps(v)), ascii(json.dumps(v, ensure_ascii=False)), json.dumps([v]))

# keys
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n", "s": "s"}))
print(json.dumps({-0.0: 1, 1e20: 2, float("inf"): 3, float("nan"): 4}))
print(json.dumps({10**20: "big"}))
print(json.dumps({(1, 2): "tuple", "a": 1, frozenset(): 2, "b": 2}, skipkeys=True))
print(json.dumps({(1, 2): "tuple"}, skipkeys=True))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent=1))

# subclasses
class D(dict):
    pass

class L(list):
    pass

class S(str):
    pass

class I(int):
    def __repr__(self):
        return "I!"

class F(float):
    def __repr__(self):
        return "F!"

print(json.dumps(D(a=L([1, 2]), b=(S("s"), I(5), F(2.5)))))
print(json.dumps({S("k"): 1, I(7): 2, F(1.5): 3}))
print(json.dumps([I(1), F(0.5)], indent=1))

# default
def conv(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return [o.real, o.imag]
    raise TypeError(f"cannot {type(o).__name__}")

print(json.dumps({"s": {3, 1, 2}, "c": 1 + 2j}, default=conv))
print(json.dumps([{1, 2}, [complex(0, 1)]], default=conv, indent=2))
try:
    json.dumps([object()], default=conv)
except TypeError as e:
    print("TypeError", e)

# errors
for bad in [object(), {1, 2}, b"bytes", 1 + 1j, [1, [2, {"k": object}]]]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({b"k": 3})
except TypeError as e:
    print("TypeError", e)
for v in [float("nan"), [float("inf")], {"a": float("-inf")}, {float("nan"): 1}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print("ValueError", e)

a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = [d]
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
# the same list twice is not a cycle
shared = [1, 2]
print(json.dumps([shared, shared, {"x": shared}]))

class Loop:
    pass

try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(Loop(), default=lambda o: [o])
except ValueError as e:
    print("ValueError", e)

deep = []
for _ in range(50):
    deep = [deep]
print(json.dumps(deep))
print(json.dumps(deep, check_circular=False))
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print("RecursionError", e)

try:
    json.dumps([1], indent=2.5)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps([1], nosuch=1)
except TypeError as e:
    print("TypeError", e)
print(json.dumps(object(), default=repr)[:9])
json.dumps({"ok": 1, "bad": {1j: 2}})
