# str() and repr() of values, and __str__/__repr__ fallbacks
class A:
    def __repr__(self):
        return "A-repr"
class B:
    def __str__(self):
        return "B-str"
    def __repr__(self):
        return "B-repr"
print(str(A()), repr(A()), str(B()), repr(B()), [A(), B()], f"{A()} {B()}")
print(str(), str(123), str(-1.5), str(None), str(True), str([1, "a"]), str((1,)), str({1: "x"}))
print(str(b"bytes"), str(bytearray(b"x")), str(1j), str(range(3)), str(type), str(int))
print(str(str), str(...), str(NotImplemented))
class S(str):
    pass
s = S("sub")
print(s, type(s).__name__, type(str(s)).__name__, s + "x", type(s + "x").__name__, s.upper())
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
print(str("abc") is not None, str(object=7), str(b"a", "ascii"))
