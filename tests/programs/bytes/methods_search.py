# search methods of bytes
b = b"abracadabra"
print(b.find(b"bra"), b.rfind(b"bra"), b.index(b"c"), b.rindex(b"a"), b.count(b"a"), b.count(b"a", 3, 8))
print(b.find(97), b.find(ord("z")), b.count(98), b.startswith(b"abr"), b.endswith((b"x", b"bra")))
print(b.find(b""), b.find(b"a", -3), b.rfind(b"a", 0, 5))
try:
    b.index(b"zz")
except ValueError as e:
    print("ValueError:", e)
try:
    b.find("a")
except TypeError as e:
    print("TypeError:", e)
print(b.replace(b"a", b"A"), b.replace(b"a", b"", 2), b.partition(b"c"), b.rpartition(b"a"))
print(b.removeprefix(b"abra"), b.removesuffix(b"abra"), b.split(b"a"), b.rsplit(b"a", 2))
print(b"  a  b ".split(), b"a\nb\r\nc".splitlines(), b"a\nb\n".splitlines(True), b"x".join([b"1", bytearray(b"2")]))
