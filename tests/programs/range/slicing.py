# slicing a range gives a range
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::2], r[-3:], r[1:-1:3], r[5:2], r[100:], r[::-3])
print(list(r[::-1]), list(range(10)[8:2:-2]), range(10)[::-1][0])
print(range(10, 0, -1)[2:5], range(10, 0, -1)[::-2], list(range(10, 0, -1)[::-2]))
print(range(5)[::10], range(0)[::-1])
