# list dunder methods called directly
a = [1, 2]
print(a.__len__(), a.__getitem__(0), a.__contains__(2), a.__add__([3]), a.__mul__(2), a.__rmul__(2))
a.__setitem__(0, 9)
a.__delitem__(1)
a.__iadd__([7])
print(a, a.__eq__([9, 7]), a.__lt__([10]), a.__add__((1,)) if False else a.__reversed__().__next__())
print(list.__name__, sorted(n for n in dir(list) if not n.startswith("_")))
print(a.__class__ is list, isinstance(a, list), type(a).__mro__)
class MyList(list):
    def sum(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.sum(), type(m).__name__, type(m + [5]).__name__, type(m[:2]).__name__, len(m))
