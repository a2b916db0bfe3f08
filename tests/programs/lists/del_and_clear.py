# del of elements, slices and names
a = list(range(10))
del a[0]
del a[2:4]
del a[::2]
print(a)
del a[-1], a[0]
print(a)
b = a
del a
print(b)
try:
    print(a)
except NameError as e:
    print("NameError:", e)
c = [1]
try:
    del c[5]
except IndexError as e:
    print("IndexError:", e)
