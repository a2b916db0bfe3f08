# bytes from iterables, buffers and __bytes__
class B:
    def __bytes__(self):
        return b"custom"
class I:
    def __index__(self):
        return 3
print(bytes(B()), bytes(I()), bytes([I(), 65]), bytearray(B()) if False else bytearray(b"x"))
print(bytes(memoryview(b"mv")), bytes(bytearray(b"ba")), bytes((1, 2)), bytes(iter([65, 66])))
print(bytes.fromhex("00ff"), int.from_bytes(bytes([1, 0])), list(bytes(3)))
print(b"abc".__len__(), b"abc".__getitem__(0), bytes.__name__, bytearray.__name__)
print(bytes.__add__(b"a", b"b"), bytes.join(b"-", [b"a", b"b"]))
class Bad:
    def __bytes__(self):
        return "not bytes"
try:
    bytes(Bad())
except TypeError as e:
    print("TypeError:", e)
