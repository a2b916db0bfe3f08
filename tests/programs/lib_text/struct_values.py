# struct: every format letter packed and unpacked in every byte order, native alignment,
# Struct objects, pack_into/unpack_from/iter_unpack, half floats and float rounding.
import struct

for fmt in ["x", "c", "b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N",
            "e", "f", "d", "s", "p", "P", "5s", "5p", "0s", "3x", "ci", "ic", "bhiq", "qihb",
            "b0q", "@ci", "=ci", "<ci", ">ci", "!ci", "cd", "<cd", "hd", "he", "bf", "3h", "2b2h2i",
            "i 2s h", "?q", "s?", "xq", "qx", "bP", "bnN"]:
    print(repr(fmt), struct.calcsize(fmt))

vals = {"b": [0, 1, -1, 127, -128], "B": [0, 1, 255], "h": [0, -2, 32767, -32768],
        "H": [0, 65535, 258], "i": [0, -1, 2**31 - 1, -2**31, 16909060],
        "I": [0, 2**32 - 1, 16909060], "l": [0, -5, 2**31 - 1], "L": [0, 2**32 - 1],
        "q": [0, -1, 2**63 - 1, -2**63], "Q": [0, 2**64 - 1, 2**63], "?": [True, False],
        "c": [b"a", b"\x00", b"\xff"]}
for order in "@=<>!":
    for letter, vs in vals.items():
        for v in vs:
            b = struct.pack(order + letter, v)
            print(order + letter, v, b.hex(), struct.unpack(order + letter, b))
for order in "@<>":
    for letter in "nNP":
        if order != "@":
            continue
        for v in [0, 1, 2**40]:
            b = struct.pack(letter, v)
            print(letter, v, b.hex(), struct.unpack(letter, b))
print(struct.pack("P", -1).hex(), struct.unpack("P", struct.pack("P", -1)))

for v in [True, False, 0, 1, 2, "", "x", [], [0], None]:
    print("?", repr(v), struct.pack("?", v))
print(struct.unpack("?", b"\x02"), struct.unpack("3?", b"\x00\x01\xff"))


class Idx:
    def __index__(self):
        return 7


print(struct.pack("<i", Idx()), struct.pack("<d", Idx()), struct.pack("<f", 3))
print(struct.pack("<i", True), struct.pack("<d", False))

floats = [0.0, -0.0, 1.0, -1.5, 0.1, 1e-10, 3.4028234663852886e38, 3.4028235677973366e38,
          1.4e-45, 7e-46, 1e-50, 65504.0, 65519.99, 6.1e-5, 6e-8, 3e-8, 2.9e-8, 1e300,
          float("inf"), float("-inf"), 1 / 3, 2.0**-24, 2.0**-25, 1.5 * 2.0**-25, 1.0009765625,
          1.00048828125, 1.00146484375, 2049.0, 2051.0, 4097.0]
for x in floats:
    row = [repr(x)]
    for letter in "edf":
        for order in "<>":
            try:
                b = struct.pack(order + letter, x)
                row.append(b.hex() + "=" + repr(struct.unpack(order + letter, b)[0]))
            except OverflowError as e:
                row.append("Overflow")
    print(" ".join(row))
nan = float("nan")
for letter in "edf":
    b = struct.pack("<" + letter, nan)
    print(letter, b.hex(), struct.unpack("<" + letter, b))
    b = struct.pack("<" + letter, -nan)
    print(letter, struct.unpack("<" + letter, b)[0] != struct.unpack("<" + letter, b)[0])
print(struct.pack("f", 1e300).hex(), struct.pack("f", -1e39).hex())

# strings
for fmt in ["s", "3s", "0s", "p", "3p", "0p", "1p", "300p"]:
    for v in [b"", b"a", b"abcdef", bytearray(b"xy")]:
        b = struct.pack(fmt, v)
        print(fmt, v, b[:12], len(b), struct.unpack(fmt, b))
print(struct.unpack("5p", b"\x09abcd"), struct.unpack("5p", b"\x02abcd"))
print(struct.pack("260p", b"z" * 300)[0], len(struct.unpack("260p", struct.pack("260p", b"z" * 300))[0]))

# several values
packed = struct.pack(">3sHib?xd", b"abc", 513, -2, 7, True, 2.5)
print(packed.hex(), struct.unpack(">3sHib?xd", packed))
packed = struct.pack("3sHib?xd", b"abc", 513, -2, 7, True, 2.5)
print(packed.hex(), struct.unpack("3sHib?xd", packed), struct.calcsize("3sHib?xd"))
print(struct.pack("<4h", 1, 2, 3, 4), struct.unpack("<4h", b"\x01\x00\x02\x00\x03\x00\x04\x00"))
print(struct.pack(b"<2i", 1, 2), struct.unpack(b"<2i", bytearray(8)))
print(struct.unpack("<2h", memoryview(b"\x01\x00\x02\x00")))

s = struct.Struct("<hHx")
print(s.format, s.size, repr(s), s.pack(-1, 2), s.unpack(b"\xff\xff\x02\x00\x00"))
s2 = struct.Struct(b">q")
print(s2.format, type(s2.format).__name__, s2.size, s2.unpack_from(b"\x00" * 3 + b"\x00" * 7 + b"\x05", 3))
print(struct.Struct("").size, struct.Struct("").pack(), struct.Struct("").unpack(b""))

buf = bytearray(12)
struct.pack_into("<hi", buf, 2, 7, -1)
print(buf)
struct.pack_into(">h", buf, -2, 0x4142)
print(buf)
s.pack_into(buf, 0, 1, 2)
print(buf, s.unpack_from(buf), s.unpack_from(buf, 5), s.unpack_from(buf, offset=-5))
mv = memoryview(buf)
struct.pack_into("<I", mv, 8, 0xdeadbeef)
print(buf.hex(), struct.unpack_from("<I", mv, 8))
print(struct.unpack_from("<h", b"\x00\x01\x02\x03"), struct.unpack_from("<h", b"\x00\x01\x02\x03", 2))

it = struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04\x05\x00\x06")
print(next(it), list(it))
print(list(struct.Struct(">H").iter_unpack(b"\x00\x01\x00\x02")), list(struct.iter_unpack("b", b"")))

# a deterministic stream of values through every integer format
x = 12345
for _ in range(200):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
    for order in "<>@":
        for letter, bits in [("b", 8), ("h", 16), ("i", 32), ("q", 64)]:
            v = (x >> 3) % 2**bits - 2**(bits - 1)
            u = (x >> 5) % 2**bits
            b1 = struct.pack(order + letter, v)
            b2 = struct.pack(order + letter.upper(), u)
            assert struct.unpack(order + letter, b1)[0] == v
            assert struct.unpack(order + letter.upper(), b2)[0] == u
    f = struct.unpack("<d", struct.pack("<Q", x))[0]
    if f == f:
        print(struct.pack("<f", f).hex() if abs(f) < 3e38 else "big", struct.pack("<e", f).hex() if abs(f) < 65000 else "big", end=" ")
print()
print(struct.__all__)
print(struct.pack("<Q", x).hex())
import struct
it = struct.iter_unpack('h', b'1234')
print(type(it), it.__length_hint__(), type(it).__name__, type(it).__module__)
print(next(it), it.__length_hint__(), iter(it) is it, list(it), it.__length_hint__())
try:
    it.__next__()
except StopIteration:
    print("stop")
it = struct.Struct('<h').iter_unpack(b'\x01\x00\x02\x00')
print([x for x in it])
