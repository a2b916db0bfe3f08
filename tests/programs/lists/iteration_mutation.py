# iterating while mutating a list
a = [1, 2, 3, 4]
for x in a:
    if x == 2:
        a.append(5)
    print(x, end=" ")
print()
b = [1, 2, 3, 4, 5, 6]
for x in b:
    if x % 2 == 0:
        b.remove(x)
print(b)
c = [1, 2, 3]
it = iter(c)
print(next(it))
c.clear()
print(list(it))
d = [3, 1, 2]
r = reversed(d)
d.append(0)
print(list(r))
