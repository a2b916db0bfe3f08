# starmap's argument tuples: exact tuples, lists, iterators, dicts, ranges, a tuple subclass
# whose own __iter__ gives the arguments, and a non-iterable item.
from itertools import starmap
class T(tuple):
    def __iter__(self): return iter((9, 9))
print(list(starmap(pow, [(2, 3), [3, 2], T((1, 1)), iter((5, 2)), {4: 0, 2: 1}, "ab" and (2, 5)])))
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print(e)
print(list(starmap(lambda *a: a, [(), [1], range(3)])))
