# memoryview.cast to every native single-character format, multi-dimensional casts,
# item reads and writes with their range and type checks, slicing of wider items,
# tolist, comparisons, hashing rules, release and the context manager.

raw = bytearray(range(1, 17))
m = memoryview(raw)
for fmt in "bBhHiIlLqQnNfdecP?":
    try:
        v = m.cast(fmt)
        print(fmt, v.format, v.itemsize, v.shape, v.strides, v.nbytes, len(v), v.ndim)
        if fmt not in "fde":
            print("  ", v.tolist()[:4])
    except (TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)

h = m.cast("H")
print(h[0], h[-1], h[1:3].tolist(), h[::2].tolist(), h[::-3].tolist())
print(h[1:3].strides, h[::2].strides, h[::2].contiguous, h[1:3].c_contiguous)
h[0] = 0xFFFF
h[1] = 0
print(raw[:4], h[0], h[1])
for bad in (-1, 0x10000, 2.5, "x"):
    try:
        h[2] = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

sb = memoryview(bytearray(4)).cast("b")
sb[0] = -128
sb[1] = 127
try:
    sb[2] = 128
except ValueError as e:
    print("ValueError", e)
print(sb.tolist(), sb.obj)

d = memoryview(bytearray(16)).cast("d")
d[0] = 1.5
d[1] = 7
print(d.tolist(), d[1])
try:
    d[0] = "1.0"
except TypeError as e:
    print("TypeError", e)
f = memoryview(bytearray(8)).cast("f")
f[0] = 0.1
f[1] = -2.0
print(f.tolist())
e = memoryview(bytearray(4)).cast("e")
e[0] = 65504.0
e[1] = 0.5
print(e.tolist())

c = memoryview(bytearray(b"abc")).cast("c")
print(c.tolist(), c[1])
c[0] = b"z"
try:
    c[1] = b"too long"
except ValueError as e:
    print("ValueError", e)
print(c.obj)

q = memoryview(bytearray(b"\xff" * 16)).cast("Q")
print(q.tolist(), memoryview(bytearray(b"\xff" * 8)).cast("q").tolist())
bo = memoryview(bytearray(b"\x00\x01\x02")).cast("?")
print(bo.tolist())
bo[0] = "nonempty"
print(bo.tolist())

grid = memoryview(bytearray(range(12))).cast("B", (3, 4))
print(grid.shape, grid.strides, grid.ndim, grid.tolist(), grid[1, 2], grid[-1, -1])
grid[0, 0] = 99
print(grid.tolist()[0], len(grid), grid.c_contiguous, grid.f_contiguous, grid.contiguous)
for key in ((3, 0), (0,), 0):
    try:
        grid[key]
    except (IndexError, NotImplementedError, TypeError) as e:
        print(type(e).__name__, e)
cube = memoryview(bytes(range(24))).cast("B", [2, 3, 4])
print(cube.shape, cube.strides, cube.tolist()[1][2], cube.readonly)
words = memoryview(bytearray(range(16))).cast("I", (2, 2))
print(words.tolist(), words.strides)
flat = grid.cast("B")
print(flat.shape, flat.tolist()[:5])

for args in (("B", (5,)), ("H", (3, 3)), ("x",), ("<H",)):
    try:
        m.cast(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    h.cast("i")
except TypeError as e:
    print("TypeError", e)
try:
    m[::2].cast("H")
except TypeError as e:
    print("TypeError", e)
try:
    memoryview(b"abc").cast("H")
except TypeError as e:
    print("TypeError", e)

print(memoryview(b"ab") == b"ab", memoryview(b"ab").cast("H") == b"ab")
print(memoryview(b"\x01\x00\x02\x00").cast("H") == memoryview(b"\x01\x00\x02\x00").cast("H"))
print(memoryview(b"\x01\x00").cast("H") == memoryview(b"\x01\x00\x00\x00").cast("I")[:1])
print(hash(memoryview(b"abc")) == hash(b"abc"))
try:
    hash(memoryview(b"abcd").cast("H"))
except ValueError as e:
    print("ValueError", e)
print(memoryview(b"\x01\x02").cast("H").tobytes(), memoryview(b"\x01\x02").cast("H").hex())
print(bytes(memoryview(bytearray(b"xyzw")).cast("H")[1:]))

ro = memoryview(b"abcd").cast("H")
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError", e)
wr = memoryview(bytearray(4)).cast("H")
wr[0:2] = memoryview(bytearray(b"\x01\x00\x02\x00")).cast("H")
print(wr.tolist())
try:
    wr[0:2] = b"\x01\x00\x02\x00"
except ValueError as e:
    print("ValueError", e)

with memoryview(bytearray(8)).cast("i") as mm:
    mm[1] = -5
    print(mm.tolist())
for op in (lambda: mm.tolist(), lambda: mm.format, lambda: mm.cast("B"), lambda: len(mm)):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
