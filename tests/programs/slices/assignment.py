# slice assignment semantics for lists
a = list("abcdef")
a[1:3] = "XYZ"
print(a)
a[-2:] = []
print(a)
a[::2] = [0, 0, 0]
print(a)
a[10:] = [1, 2]
print(a)
a[:0] = ["start"]
print(a)
b = list(range(5))
b[3:1] = ["mid"]
print(b)
b[::-1] = b
print(b)
c = list(range(6))
del c[1::2]
print(c)
c[0:1] = iter([7, 8])
print(c)
