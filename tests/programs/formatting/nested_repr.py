# repr of nested containers
data = [1, "two", 3.0, None, True, (4, 5), {"six": [7, {8}]}, frozenset([9]), b"ten", ["'"], '"', "'\""]
print(data)
print(repr(data) == str(data))
print((1,), (), ((),), [[]], [()], {}, {1: {}}, set(), {(): ()})
print({"a": [1, (2, [3, {"b": None}])]})
print(["tab\t", "nl\n", "bs\\", "uni\u00e9", "ctrl\x01", "del\x7f", "nb\xa0", "zw\u200b", "emoji😀"])
print([b"\x00\xff", bytearray(b"ab"), memoryview(b"x").tobytes()])
a = [1, 2]
a.append(a)
print(a)
d = {"self": None}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
print(str(["x"]), str(("x",)), str({"x": "y"}), repr("x"), str("x"))
print([1.0, -0.0, 1e100, float("nan")], [1j, -1j], [range(3), slice(1, None)])
print([print, len, int, str, type, object] if False else [int, str, type, object, type(None)])
print([Ellipsis, NotImplemented, ...])
