# slice objects and indices()
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None, -1))
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
print(slice(-100, 100).indices(4), slice(None, None, -2).indices(7), slice(10, -10, -3).indices(6))
data = list(range(10))
print(data[s], data[slice(None, None, -3)], data[slice(2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)
