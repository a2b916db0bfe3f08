# iterating ranges manually
it = iter(range(3))
print(type(it).__name__, next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))))
print(list(map(lambda x: x * x, range(5))), list(filter(lambda x: x % 3 == 0, range(10))))
a, b, c = range(3)
print(a, b, c, [*range(2), *range(2)])
