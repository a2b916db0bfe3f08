# slice assignment and deletion
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [99]
print(a)
a[::2] = "X" * len(a[::2])
print(a)
a[1::3] = a[1::3]
del a[::3]
print(a)
b = [1, 2, 3, 4, 5]
b[1:4] = []
print(b)
b[:] = range(3)
print(b)
b[5:10] = [7]
print(b)
b[-1:0] = [8]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    b[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
c = [1, 2, 3]
c[1:2] = c
print(c)
d = list(range(6))
d[::-2] = ["a", "b", "c"]
print(d)
del d[:]
print(d)
