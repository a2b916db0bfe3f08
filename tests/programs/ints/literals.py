# Integer literals in all bases, with underscores
print(0, 00, 0_0, 123, 1_2_3)
print(0b0, 0B1, 0b_1111_0000, 0o17, 0O7_7, 0x1f, 0X_DEAD_beef)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF)
print(1_000_000_000_000_000_000_000)
print(0b1111111111111111111111111111111111111111111111111111111111111111)
print(type(0x10).__name__, 0x10 == 16 == 0o20 == 0b10000)
print(-0x8000000000000000, -0o1, -0b1)
