# Left and right shifts
for n in (0, 1, 7, 63, 64, 65, 100):
    print(n, 1 << n, (1 << n) >> n, -1 << n)
print(1000 >> 3, -1000 >> 3, -1 >> 5, -1 >> 1000, 5 >> 1000)
print((2 ** 200) >> 190, (-(2 ** 200)) >> 190)
print(0 << 1000, 0 >> 1000)
print(3 << 62, 3 << 63)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError:", e)
x = 1
x <<= 10
print(x)
x >>= 4
print(x)
print(True << 3, True >> 1)
