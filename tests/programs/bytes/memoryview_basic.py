# memoryview over bytes and bytearray
ba = bytearray(b"abcdef")
m = memoryview(ba)
print(len(m), m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist()[:3], m.readonly, m.nbytes)
m[0] = 65
print(ba)
m[1:3] = b"BC"
print(ba, bytes(m[::2]))
ro = memoryview(b"xyz")
print(ro.readonly, ro[1], ro == b"xyz", m.format, m.itemsize, m.ndim, m.shape)
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
m.release()
try:
    len(m)
except ValueError as e:
    print("ValueError:", e)
