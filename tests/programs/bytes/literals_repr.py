# bytes literals and their repr
print(b"", b"abc", b"\x00\x01\x7f\x80\xff", b"\n\t\r\\", b"'", b'"', b"'\"", bytes(range(32, 40)))
print(repr(b"it's"), repr(b'say "x"'), b"\x41\102C", rb"\x41", len(b"\x00"))
print(bytes(5), bytes([65, 66, 67]), bytes(b"copy"), bytes("é", "utf-8"), bytes(), bytes(range(0)))
print(bytes(range(256))[:16], bytes(range(256))[-4:])
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes([-1])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    bytes(1.5)
except TypeError as e:
    print("TypeError:", e)
print(type(b"x").__name__, type(bytearray()).__name__, bytes.__mro__)
