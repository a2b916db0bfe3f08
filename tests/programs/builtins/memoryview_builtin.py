# memoryview as a builtin over bytes
m = memoryview(b"hello")
print(m[0], bytes(m[1:4]), m.tobytes(), len(m), m.readonly, list(m[:2]), m == b"hello")
m2 = memoryview(bytearray(b"abc"))
m2[0] = ord("X")
print(m2.obj, bytes(m2), m2.tolist())
try:
    memoryview("str")
except TypeError as e:
    print("TypeError:", e)
