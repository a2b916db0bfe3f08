# Values around the 64-bit and 32-bit machine boundaries
M = 2 ** 63 - 1
m = -2 ** 63
print(M, m)
print(M + 1, m - 1)
print(M * 2, m * 2)
print(M * M)
print(-m, abs(m))
print(m // -1, m % -1)
print(M // -1)
print(M + M + 2 == 2 ** 64)
print(2 ** 64 - 1, 2 ** 32, 2 ** 31 - 1, -2 ** 31)
print((2 ** 64) // 3, (2 ** 64) % 3)
print(-(2 ** 64) // 7, -(2 ** 64) % 7)
print(M << 1, m << 1, M >> 62, m >> 62, m >> 63, m >> 100)
print(1 << 63, 1 << 64, (1 << 64) - 1 & M)
print(M.bit_length(), m.bit_length(), (M + 1).bit_length())
print(0xFFFFFFFFFFFFFFFF, 0x7FFFFFFFFFFFFFFF + 0x7FFFFFFFFFFFFFFF)
for v in (M, M + 1, m, m - 1):
    print(v, type(v).__name__, v == v + 0, v < M + 2)
print(sum([M, M, M]), sum([m, m]))
print(M * -1 - 1 == m)
