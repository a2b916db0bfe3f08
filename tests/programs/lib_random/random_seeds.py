# The Mersenne Twister's sequences for many seeds of every kind, through random() and
# getrandbits(): every bit must be CPython's.
import random

seeds = [0, 1, 2, 42, 12345, -1, -42, 2**31 - 1, 2**32, 2**32 + 1, 2**64 - 1, 2**64,
         3**80, -(7**50), True, False, 0.0, 1.5, -2.25, 1e300, 10.0,
         "", "a", "hello world", "ünïcödé ✓", b"", b"bytes", bytearray(b"\x00\xff" * 10)]
for s in seeds:
    random.seed(s)
    floats = [random.random() for _ in range(5)]
    bits = [random.getrandbits(k) for k in (1, 7, 31, 32, 33, 63, 64, 65, 100, 257)]
    print(repr(s)[:40], floats)
    print("   ", bits)

# version 1 seeding of str and bytes
for s in ["", "a", "abc", "seed text", b"raw", b""]:
    random.seed(s, version=1)
    print("v1", repr(s), random.random(), random.getrandbits(40))

# a long run across several twists of the state
r = random.Random(2024)
total = 0.0
checksum = 0
for i in range(5000):
    total += r.random()
    checksum = (checksum * 31 + r.getrandbits(32)) % (2**61 - 1)
print(total, checksum)
print([r.getrandbits(i) for i in range(0, 70, 3)])
print(r.getrandbits(1000))
print(r.randbytes(0), r.randbytes(1), r.randbytes(13))

# instances are independent; the module functions share one hidden instance
a = random.Random(7)
b = random.Random(7)
print(a.random() == b.random(), a.random(), b.getrandbits(20))
random.seed(7)
print(random.random() == random.Random(7).random())
a.seed(99)
b.seed(99)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
c = random.Random()
c.seed(5)
print(c.random())
c.seed()
print(0.0 <= c.random() < 1.0)
