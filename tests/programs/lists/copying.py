# aliasing, shallow copies and nested lists
a = [[1, 2], [3]]
b = a
c = a[:]
d = a.copy()
e = list(a)
a.append([4])
a[0].append(99)
print(a, b, c, d, e)
print(a is b, a is c, a[0] is c[0], c == d == e)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
x = [1, 2, 3]
y = x
x = x + [4]
print(x, y)
x = y
x += [4]
print(x, y, x is y)
