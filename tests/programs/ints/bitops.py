# Bitwise operators on positive, negative and big integers
vals = [0, 1, 5, -1, -6, 255, -256, 2 ** 70, -(2 ** 70) + 3]
for a in vals[:5]:
    for b in vals[3:7]:
        print(a, b, a & b, a | b, a ^ b)
for v in vals:
    print(v, ~v, -v - 1 == ~v)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print((2 ** 70) & -(2 ** 70), (2 ** 70) | 1, (2 ** 70 - 1) ^ (2 ** 69))
print(-12345678901234567890 & 0xFFFF, -12345678901234567890 | 0xFFFF)
print(bin(-5 & 0xFF), bin(~0b1011 & 0xF))
print(True & False, True | False, True ^ True, ~True, ~False)
print(type(True & True).__name__, type(True & 3).__name__)
x = 0b1111
x &= 0b1010
x |= 0b0001
x ^= 0b1000
print(x)
print((255).bit_count(), (-255).bit_count(), (2 ** 100 - 1).bit_count())
