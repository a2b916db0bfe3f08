# +, * and comparison operators for bytes
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"a" * 0, b"ab" + bytearray(b"!"))
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + 1
except TypeError as e:
    print("TypeError:", e)
print(b"abc" == b"abc", b"abc" != "abc", b"a" < b"b", sorted([b"b", b"a", b"ab", b""]))
print(max(b"hello"), min(b"hello"), sum(b"\x01\x02\x03"), list(reversed(b"abc")))
print(b"%s-%d-%05.1f" % (b"x", 5, 2.25), b"%(k)s" % {b"k": b"v"}, b"%c%c" % (104, b"i"))
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError:", e)
