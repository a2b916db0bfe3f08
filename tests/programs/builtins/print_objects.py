# print calls str() on every argument
class S:
    def __str__(self):
        return "S!"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], (S(),), {1: S()}, f"{S()}", str(S()), repr(S()))
print(1, "1", 1.0, "a\tb", b"bytes", bytearray(b"ba"), [1.5, "x"], ("t",), {"k"}, frozenset({2}))
print(print.__name__, len.__name__, type(len.__doc__).__name__)
print(None, ..., NotImplemented, type(None), int, 1j, -0.0, 1e400, -1e400)
