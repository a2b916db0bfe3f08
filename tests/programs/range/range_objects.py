# range objects: reprs, equality, indexing, slicing, reversed, count/index, containment, bools.
rs = [range(5), range(1, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(-3, 3), range(0, -10, -3), range(2, 3)]
for r in rs:
    print(repr(r), len(r), list(r), r[::-1], r[1:], bool(r), list(reversed(r)), r.start, r.stop, r.step)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 7), range(3) != range(4))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)))
r = range(0, 100, 7)
print(r[3], r[-1], r[-15], r[2:10:3], r[::-3], r[100:], r[-200:5], 49 in r, 50 in r, 7.0 in r, r.index(49), r.count(14), r.count(15))
for bad in (lambda: r[15], lambda: r[-16], lambda: r.index(50), lambda: range(1, 2, 0), lambda: r["a"], lambda: range(1.0)):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
big = range(-10 ** 20, 10 ** 20, 10 ** 18)
print(len(big), big[5], big[-1], 10 ** 18 * 3 in big, big.index(0), big[::50])
try:
    len(range(10 ** 30))
except OverflowError as e:
    print("OverflowError:", e)
print(range(10 ** 30)[10 ** 29], range(10 ** 30)[-1], 10 ** 29 in range(10 ** 30))
print(list(range(10, -10, -7)), sum(range(101)), max(range(3, 30, 4)), min(range(3, 30, 4)), sorted(range(3), reverse=True))
print(list(zip(range(3), range(10, 13), "abc")), dict(zip(range(3), "xyz")), list(enumerate(range(5, 8), start=-1)))
it = iter(range(3))
print(next(it), list(it), list(it), type(iter(range(1))).__name__, type(iter(range(10 ** 20))).__name__)
print(range(3).__reversed__().__length_hint__() if False else "", [i * i for i in range(-2, 3)], {i % 3 for i in range(10)})
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), range(1, Idx()), range(10)[Idx()], list(range(10))[Idx():])
print(isinstance(range(3), range), type(range(3)).__name__, range.__name__, str(range(1, 2)), f"{range(3)!r:>15}")
