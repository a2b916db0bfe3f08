# bytearray is mutable
ba = bytearray(b"hello")
ba[0] = 72
print(ba)
ba[1:3] = b"EYY"
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
print(ba, len(ba))
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("Y"))
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba)
ba[::2] = b"\x00" * len(ba[::2])
print(ba)
ba.clear()
print(ba, len(ba), bytearray(3), bytearray([1, 2]), bytearray(b"ab") + b"cd", b"cd" + bytearray(b"ab"))
try:
    bytearray(b"a")[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray(b"abc").remove(122)
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
x = bytearray(b"12345")
x[1:4] = b""
print(x, x.copy(), x.copy() is not x)
try:
    x[::2] = b"abc"
except ValueError as e:
    print("ValueError:", e)
