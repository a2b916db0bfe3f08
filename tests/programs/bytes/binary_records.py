# Bytes for binary records: hex with separators, fromhex, %, translate, int to/from bytes.
data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(":"), data.hex("-", 4), data.hex(" ", -3), data.hex("_", 1), bytearray(data).hex(".", 2))
print(b"".hex(":"), b"\x01".hex(":", 5))
try:
    data.hex("::")
except ValueError as e:
    print("ValueError:", e)
print(bytes.fromhex("de ad be ef"), bytes.fromhex(" 0a0B \n0c"), bytearray.fromhex("ff00"))
for bad in ["abc", "zz", "0 0"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError:", e)
print(b"%s:%d:%05.1f:%x:%c:%r:%%" % (b"key", 42, 3.14159, 255, 65, b"raw"))
print(b"%-6s|%6s|" % (b"ab", bytearray(b"cd")), b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2})
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError:", e)
print(b"%a" % "é", b"%c" % b"z")
table = bytes.maketrans(b"abc", b"ABC")
print(b"aabbccdd".translate(table), b"aabbccdd".translate(None, b"bd"), b"hello".translate(table, b"l"))
rot13 = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"nopqrstuvwxyzabcdefghijklm")
print(b"hello world".translate(rot13))
for n in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2**63 - 1, -2**63, 2**64]:
    for signed in (False, True):
        for order in ("big", "little"):
            try:
                b = n.to_bytes(9, order, signed=signed)
                back = int.from_bytes(b, order, signed=signed)
                print(n, signed, order, b.hex(), back == n)
            except OverflowError as e:
                print(n, signed, order, "OverflowError:", e)
print((1024).to_bytes(2), (0).to_bytes(0), (255).to_bytes(), (-1).to_bytes(1, signed=True))
try:
    (256).to_bytes(1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print("ValueError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "little"), int.from_bytes([1, 2, 3], "little"),
      int.from_bytes(bytearray(b"\x80"), signed=True), int.from_bytes(b"\x00\x01"))
record = (1).to_bytes(2, "big") + b"name\x00\x00" + (-5).to_bytes(4, "little", signed=True)
print(record, len(record), record[2:8].rstrip(b"\x00").decode(), int.from_bytes(record[8:], "little", signed=True))
print(record.split(b"\x00"), record.count(b"\x00"), record.find(b"name"), record.index(0), bytes(3), bytes([65, 66]))
ba = bytearray(b"hello")
ba[0] = 74
ba[1:3] = b"EE"
ba += b"!"
ba.extend(range(48, 51))
print(ba, ba.pop(), ba.decode(), ba.upper(), ba.title(), ba.isalpha(), bytes(ba[::-1]))
print(b"a,b".split(b","), b" x ".strip(), b"ab".center(6, b"*"), b"7".zfill(3), b"abc".startswith((b"x", b"a")), b"A b".swapcase())
print(list(b"az"), b"az"[0], b"az"[-1:], repr(bytes([0, 9, 10, 13, 39, 92, 127, 128, 255])), b"'" + b'"')
