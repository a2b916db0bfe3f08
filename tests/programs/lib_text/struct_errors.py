# struct's error messages: bad formats, wrong counts, wrong types, ranges, buffer sizes.
import struct


def attempt(f, *args):
    try:
        r = f(*args)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


for fmt in ["z", "3", "<n", ">N", "!P", "=P", "i i", "2 i", "@", "", "<", "\0", "i\0", "ii\x00",
            "9999999999999999999999i", "99999999999999999999s", "<l", "@l", "4x", "0s", "0p", "q@"]:
    attempt(struct.calcsize, fmt)
attempt(struct.calcsize, 5)
attempt(struct.calcsize, b"<h")
attempt(struct.calcsize, bytearray(b"h"))
attempt(struct.Struct, None)

for fmt, vals in [("b", [127, 128, -128, -129]), ("B", [255, 256, -1]), ("h", [32767, 32768, -32769]),
                  ("H", [65535, 65536, -1]), ("i", [2**31 - 1, 2**31, -2**31 - 1]),
                  ("I", [2**32 - 1, 2**32, -1]), ("l", [2**63 - 1, 2**63, -2**63 - 1]),
                  ("L", [2**64 - 1, 2**64, -1]), ("q", [2**63, -2**63 - 1]), ("Q", [2**64, -1]),
                  ("n", [2**63, -2**63 - 1]), ("N", [2**64, -1]), ("P", [2**64, -1]),
                  ("<b", [128]), ("<B", [256, -1]), ("<h", [32768]), (">H", [65536, -1]),
                  ("<i", [2**31]), ("<I", [2**32, -1]), ("<l", [2**31, -2**31 - 1]),
                  ("<L", [2**32, -1]), (">q", [2**63]), (">Q", [2**64, -1]), ("=i", [2**31])]:
    for v in vals:
        attempt(struct.pack, fmt, v)

for fmt in "bBhHiIlLqQnNP":
    attempt(struct.pack, fmt, 1.5)
    attempt(struct.pack, fmt, "1")
    attempt(struct.pack, fmt, None)
attempt(struct.pack, "<i", 1.0)
attempt(struct.pack, "f", "x")
attempt(struct.pack, "d", None)
attempt(struct.pack, "e", [1])
attempt(struct.pack, "f", 1e300)
attempt(struct.pack, "<f", -1e39)
attempt(struct.pack, "e", 65520.0)
attempt(struct.pack, "<e", 1e6)
attempt(struct.pack, "c", b"ab")
attempt(struct.pack, "c", "a")
attempt(struct.pack, "c", 65)
attempt(struct.pack, "s", "str")
attempt(struct.pack, "p", 5)
attempt(struct.pack, "3s", bytearray(b"ab"))
attempt(struct.pack, "ii", 1)
attempt(struct.pack, "i", 1, 2)
attempt(struct.pack, "2s", b"a", b"b")
attempt(struct.pack, "")
attempt(struct.pack, "x", 1)
attempt(struct.pack)
attempt(lambda: struct.pack("i", 1, y=1))

attempt(struct.unpack, "i", b"abc")
attempt(struct.unpack, "i", b"abcde")
attempt(struct.unpack, "<h", b"")
attempt(struct.unpack, "i", "abcd")
attempt(struct.unpack, "i", 1234)
attempt(struct.unpack, "", b"")
attempt(struct.unpack, "", b"x")
attempt(struct.unpack_from, "i", b"abc")
attempt(struct.unpack_from, "i", b"abcdefgh", 5)
attempt(struct.unpack_from, "i", b"abcdefgh", -3)
attempt(struct.unpack_from, "i", b"abcdefgh", -9)
attempt(struct.unpack_from, "i", b"abcdefgh", 9)
attempt(lambda: struct.unpack_from("i", b"abcdefgh", offset=4))
attempt(lambda: struct.unpack_from("i", buffer=b"abcdefgh", offset=-4))
attempt(struct.unpack_from, "i", b"abcdefgh", 1.5)
buf = bytearray(8)
attempt(struct.pack_into, "i", buf, 6, 1)
attempt(struct.pack_into, "i", buf, -2, 1)
attempt(struct.pack_into, "i", buf, -9, 1)
attempt(struct.pack_into, "i", buf, 9, 1)
attempt(struct.pack_into, "i", b"immutable", 0, 1)
attempt(struct.pack_into, "i", buf, 0)
attempt(struct.pack_into, "i", buf)
attempt(struct.pack_into, "i", buf, 0, 1, 2)
attempt(struct.iter_unpack, "i", b"abcde")
attempt(struct.iter_unpack, "", b"")
attempt(struct.iter_unpack, "0s", b"ab")
attempt(struct.Struct("i").unpack, b"12")
attempt(struct.Struct("<q").pack, 2**63)
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
try:
    struct.pack(">H", -5)
except struct.error as e:
    print("caught", e, e.args)
struct.unpack("<iq", b"\x00" * 11)
