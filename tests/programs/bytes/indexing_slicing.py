# indexing gives ints, slicing gives bytes
b = b"hello world"
print(b[0], b[-1], b[1:5], b[::-1], b[::2], b[6:], b[:0], b[100:], type(b[0]).__name__)
print(list(b[:5]), [c for c in b"AZ"], b[-3:-1], b[slice(2, 8, 3)])
try:
    b[20]
except IndexError as e:
    print("IndexError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
ba = bytearray(b"hello")
print(ba[0], ba[1:3], type(ba[1:3]).__name__, ba[::-1])
try:
    bytearray(b"")[0]
except IndexError as e:
    print("IndexError:", e)
print(b"abc" == bytearray(b"abc"), b"abc" < b"abd", b"" < b"\x00", b"b" > b"abc", bytearray(b"x") == b"x")
print(b"ll" in b, 111 in b, 300 in b if False else 0 in b, b"" in b)
try:
    "x" in b
except TypeError as e:
    print("TypeError:", e)
