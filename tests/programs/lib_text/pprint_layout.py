# pprint: CPython's layout of nested containers at several widths, indent, depth, compact,
# sort_dicts, underscore_numbers, long strings and bytes, recursion, subclasses, streams.
import pprint

data = {"name": "pyjit", "numbers": list(range(30)), "nested": {"a": [1, 2, {"b": (3, 4)}],
        "c": {"d": {"e": {"f": "deep"}}}}, "tuple1": (1,), "empty": [], "edict": {},
        "etuple": (), "set": {3, 1, 2}, "fset": frozenset({30, 10, 20}), "none": None,
        "float": 3.25, "big": 12345678901234567890, "bytes": b"\x00\x01binary" * 3,
        "text": "a fairly long string " * 5}
for width in (1, 20, 40, 60, 80, 120, 300):
    print(f"--- width={width}")
    pprint.pprint(data, width=width)
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=60))
print(pprint.pformat(data, compact=True, width=50))
print(pprint.pformat(data, sort_dicts=False, width=70))
pprint.pp({"z": 1, "a": 2, "m": [10**6, 2**40]}, width=20)
pprint.pp({"z": 1, "a": 2, "m": [10**6, 2**40]}, width=20, underscore_numbers=True)
print(pprint.pformat([1234567, -7654321, 1.5e10, True], underscore_numbers=True))

print(pprint.pformat(list(range(100)), compact=True, width=60))
print(pprint.pformat([[i] * i for i in range(8)], compact=True, width=30))
print(pprint.pformat([("a" * 10,) * 3] * 3, width=30))
print(pprint.pformat((1,), width=1), pprint.pformat((("x" * 30,),), width=20))
print(pprint.pformat([["a", "b"], ["c"]], indent=3, width=10))

long = "This is a long line of text that must be split. " * 4 + "\nSecond line\nthird " * 2
print(pprint.pformat(long, width=40))
print(pprint.pformat([long], width=50))
print(pprint.pformat({"key": long}, width=60))
print(pprint.pformat("nospacesatallinthisverylongstringthatgoesonandon" * 3, width=30))
print(pprint.pformat("short", width=3), pprint.pformat("", width=1))
print(pprint.pformat("  lead   and   trailing   spaces  " * 3, width=25))
print(pprint.pformat(b"0123456789abcdefghij" * 5, width=30))
print(pprint.pformat([b"\xff\xfe" * 30], width=40))
print(pprint.pformat(bytearray(b"abcdefgh" * 12), width=40))
print(pprint.pformat(b"abc", width=1), pprint.pformat(bytearray(b"ab"), width=1))
print(pprint.pformat({"b": b"x" * 50, "s": "y" * 50}, width=30))

nums = {i: str(i) * i for i in range(12)}
pprint.pprint(nums, width=40)
pprint.pprint({(1, 2): [3, 4], (0, 9): {5: 6}, (1, 0): None}, width=15)
pprint.pprint({3: "c", "a": 1, 2.5: "f", None: 0}, width=20)
pprint.pprint([{1, 2, 3}, frozenset({5, 4}), set(), frozenset()], width=12)
pprint.pprint({"strings": {"pear", "apple", "fig"}}, width=25)


class D(dict):
    pass


class L(list):
    pass


class T(tuple):
    pass


class R(list):
    def __repr__(self):
        return "R(...)"


class FS(frozenset):
    pass


pprint.pprint(D(a=list(range(20)), b=L(range(15))), width=30)
pprint.pprint(T(range(25)), width=30)
pprint.pprint(R(range(50)), width=30)
pprint.pprint(FS({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}), width=20)
pprint.pprint([type, len, None, ..., NotImplemented, 1j], width=20)

a = [1, 2]
a.append(a)
s = pprint.pformat(a)
print(s.startswith("[1, 2, <Recursion on list with id="), s.endswith(">]"))
d = {"k": 1}
d["me"] = d
print(pprint.saferepr(d).startswith("{'k': 1, 'me': <Recursion on dict with id="))
print(pprint.isrecursive(a), pprint.isrecursive([1, [2]]), pprint.isreadable(a))
print(pprint.isreadable([1, "x", (2.0, None)]), pprint.isreadable([object()]), pprint.isreadable({"a": len}))
print(pprint.saferepr([1, {"b": (2, "c")}]), pprint.saferepr("x" * 5))
shared = [1, 2]
print(pprint.pformat([shared, shared, {"s": shared}], width=15))
deep = [1, [2, [3, [4, [5]]]]]
for depth in (1, 2, 3, 4):
    print(depth, pprint.pformat(deep, depth=depth), pprint.pformat({"a": {"b": {"c": {}}}}, depth=depth))
pp = pprint.PrettyPrinter(depth=2)
print(pp.pformat((1, (2, (3,)))), pp.isreadable([1, [2, [3]]]), pp.isrecursive([1]))
print(pp.isreadable([1, 2]), pprint.PrettyPrinter().isreadable(a))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sink = Sink()
pprint.pprint({"x": [1, 2, 3]}, stream=sink)
print(sink.parts)
pprint.PrettyPrinter(stream=sink, width=5).pprint([1, 2])
print("".join(sink.parts))


class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)


print(Upper(width=20).pformat({"key": ["value", "other"]}))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0), dict(depth=-2)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
print(pprint.pformat([1, 2], width=-5))
print(pprint.pformat(list(range(3)), indent=0, width=4))
print(sorted(pprint.__all__))
pprint.PrettyPrinter(indent="x")
