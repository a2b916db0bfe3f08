# Subclasses of enumerate, zip, map, filter and reversed: __new__ and __init__ with extra
# arguments, overriding __next__ (super().__next__()), instance attributes, isinstance,
# __length_hint__ and iteration by for loops, list() and unpacking.


class Numbered(enumerate):
    def __new__(cls, iterable, start=0, step=1):
        self = super().__new__(cls, iterable, start)
        self.step = step
        return self

    def __next__(self):
        i, v = super().__next__()
        return i * self.step, v.upper()


n = Numbered("abc", 1, step=10)
print(list(n), isinstance(n, enumerate), type(n).__name__, n.step)
for i, v in Numbered("xy"):
    print(i, v)


class Pairs(zip):
    count = 0

    def __next__(self):
        Pairs.count += 1
        return "-".join(map(str, super().__next__()))


print(list(Pairs([1, 2, 3], "ab")), Pairs.count)
try:
    list(Pairs([1], [2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)


class Squares(map):
    def __init__(self, *args):
        self.calls = 0

    def __next__(self):
        self.calls += 1
        return super().__next__() ** 2


sq = Squares(int, ["1", "2", "3"])
a, b, c = sq
print(a, b, c, sq.calls)


class Evens(filter):
    def __new__(cls, iterable):
        return super().__new__(cls, lambda x: x % 2 == 0, iterable)


ev = Evens(range(10))
print(next(ev), next(ev), list(ev), iter(ev) is ev)


class Backwards(reversed):
    pass


bw = Backwards("hello")
print(bw.__length_hint__(), next(bw), list(bw), isinstance(bw, reversed))
print(type(Backwards([1, 2, 3])).__name__, list(Backwards([1, 2, 3])))


class Plain(enumerate):
    pass


p = Plain(["q", "r"], start=5)
p.tag = "t"
print(list(p), p.tag, sorted(vars(p)))
print(dict(Plain("ab")), list(zip(Plain("ab"), Plain("cd", 3))))
print(issubclass(Plain, enumerate), Plain.__mro__)
try:
    enumerate.__new__(int, "a")
except TypeError as e:
    print("TypeError:", e)
