# Edge cases of builtins a user meets.
print(list(zip("abc", [1, 2, 3], strict=True)))
for args in [("ab", [1, 2, 3]), ("abc", [1, 2]), ("a", "b", "cd")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(zip()), list(zip([])), list(zip("ab", "xyz")), list(zip(*[(1, 2), (3, 4)])))
print(list(enumerate("ab", start=10)), list(enumerate([], 5)), list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum(range(101)), sum([0.1] * 10), sum([1, 2.5, 3j]), sum((), start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x for x in [1, 0]), any([0, "", None]), all("abc"))
print(abs(-7), abs(-7.5), abs(True), round(3.14159, 3), round(-2.5), divmod(-1, 5), divmod(1.5, -0.5))
print(isinstance(True, int), isinstance(1, (str, (float, int))), issubclass(bool, (int,)), isinstance(None, type(None)))
try:
    isinstance(1, "int")
except TypeError as e:
    print(e)
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), complex(), bytes(), frozenset())
print(int("11", 2), int("ff", 16), int("0xff", 0), int("  12  "), int(b"42"), int(bytearray(b"7")), float(b"1.5"), float("1e-3"))
print(chr(65), ord("A"), chr(0x1F600), ord("😀"), hex(255), oct(-8), bin(0), format(255, "08b"))
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
print(len("😀é"), len(b"\xf0"), len(range(0, 10, 3)), len({1: 2}), len(set("aab")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), tuple(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
print(list(range(10, 0, -3)), range(5)[-1], range(0, 10, 2)[1:3], 3 in range(0, 10, 3), range(5).index(4), range(1, 10).count(5))
print(min(3, 1, 2, key=lambda x: -x), max("abc", "abd", key=lambda s: s[-1]), min([(1, "b"), (1, "a")]), max({1: "a", 2: "b"}))
print(sorted({3, 1, 2}), sorted("bca", reverse=True), list(map(lambda *a: a, "ab", "cd", "ef")))
print(hash(1) == hash(1.0), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(0.5), hash((1, 2)) == hash((1, 2)))
print(callable(len), callable(1), callable(int), callable(lambda: 0), callable(type("X", (), {"__call__": lambda s: 0})()))
print(getattr(1, "real"), hasattr(1, "imag"), getattr([], "nope", None), type(1).__name__, type("x", (int,), {})(5) + 1)
print(repr(None), str(None), repr(...), repr(NotImplemented), str(True), repr(1.0), repr(-0.0), repr(1e-10), repr(1e16))
print(pow(2, 0.5), pow(-8, 1 / 3).real > 0, pow(0, 0), pow(2, -2), pow(7, 2, 5), pow(-1, 0.5))
print(divmod(2 ** 100, 3 ** 20), (2 ** 100).bit_length(), (-(2 ** 100)) // 3, (-(2 ** 100)) % 7, 2 ** 100 // -(3 ** 20))
print(list(iter([1, 2, 3].pop, 1)), next(iter("x")), list(iter(range(3))))
it = iter([10, 20])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
print(vars(type("V", (), {"a": 1})())), dir([]) [:3] if False else None
print(globals()["__name__"], "print" in dir(__builtins__), __name__, type(__builtins__).__name__)
print(format(3.5), format("x", "^5"), format(10, "x"), format([1], ""), str(b"x"), str(b"x", "ascii"), str(bytearray(b"y"), "utf-8"))
try:
    format([1], "x")
except TypeError as e:
    print(e)
print(ascii("snow☃"), repr("tab\t"), eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), exec("y = 5", g := {}) or g["y"])
print(bool([]), bool([0]), bool(0.0), bool(-0.0), bool(0j), bool(" "), bool(range(0)), bool(None), bool(float("nan")))
print(id(1) == id(1), object() != object(), [] is not [], (1,) == (1,), 1 == 1.0 == True)
print(int.__name__, int.__qualname__, len.__name__, len.__qualname__, [].append.__name__, str.upper.__qualname__)
print(type(len), type([].append), type(str.upper), type(int.__add__), type(object.__init__))
