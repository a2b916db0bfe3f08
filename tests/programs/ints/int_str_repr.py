# str/repr of ints and conversions to other bases
for v in (0, 1, -1, 255, -255, 2 ** 64, -(2 ** 64)):
    print(str(v), repr(v), hex(v), oct(v), bin(v))
print(format(255, "x"), format(255, "#X"), format(-255, "b"))
print(str(10 ** 50))
print(int.__name__, type(10 ** 50) is int)
print((1234).to_bytes(2, "big"), (1234).to_bytes(2, "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\x01\x00", "big"))
print((2 ** 64).to_bytes(9, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((5).as_integer_ratio(), (-7).numerator, (-7).denominator, (9).real, (9).imag)
print((6).conjugate(), (12).is_integer())
