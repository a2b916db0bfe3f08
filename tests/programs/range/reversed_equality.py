# reversed ranges and range equality
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 2) == range(0, 9, 2))
print(range(1, 2, 5) == range(1, 3, 7), range(3) == [0, 1, 2], range(3) != range(4))
print(hash(range(3)) == hash(range(0, 3, 1)), {range(2): "r"}[range(0, 2)])
it = reversed(range(3))
print(next(it), next(it), next(it), next(it, "end"))
