# lists built from user-defined iterables and sequences
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Count(4)), list(Seq()), [*Seq(), *Count(2)], 20 in Seq(), 25 in Seq())
a, b, *rest = Seq()
print(a, b, rest)
print(sorted(Seq(), reverse=True), max(Seq()), sum(Count(5)), list(zip(Seq(), Count(3))))
