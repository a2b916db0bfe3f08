# larger lists: building, summing and searching
n = 100000
a = list(range(n))
print(len(a), sum(a), a[n // 2], a[-1])
b = [x * 2 for x in a if x % 7 == 0]
print(len(b), b[:5], b[-3:])
a.reverse()
print(a[:3], a.index(0))
c = a[::1000]
print(len(c), c[:4])
a.sort()
print(a[:3] == [0, 1, 2], 99999 in a, -1 in a)
d = [0] * 50000 + [1]
print(d.count(0), d.index(1))
