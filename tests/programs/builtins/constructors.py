# int, float, complex, str, bytes and bool constructors
print(int(), int(3.9), int("12"), int("-0b101", 0), int(" 7 "), int(b"42"), int(True))
print(float(), float(3), float("1e3"), float(" -inf "), float("nan") != float("nan"), float(b"2.5"))
print(complex(), complex(1), complex(1, 2), complex("3+4j"), complex(1.5, -2))
print(str(), str(12), str(1.0), str([1, "x"]), str(b"b"), str(b"\xc3\xa9", "utf-8"), str(None))
print(bytes(), bytes(3), bytes([1, 2]), bytes("hé", "utf-8"), bytes(b"x"), bytearray(2), bytearray("a", "ascii"))
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([[]]), bool(None), bool(0.0), bool(-1))
print(list(), tuple(), dict(), set(), frozenset(), list("ab"), tuple([1]), dict(a=1), set("aab") == {"a", "b"})
print(type(int("5")) is int, type(bool(5)), isinstance(bool(1), int), object() is not object())
