# subclassing set and frozenset
class Tags(set):
    def __repr__(self):
        return "Tags(" + repr(sorted(self)) + ")"
t = Tags([3, 1])
t.add(2)
print(t, type(t | {9}).__name__, t | {9}, len(t), 2 in t)
class FS(frozenset):
    pass
f = FS([1, 2])
print(f, type(f).__name__, type(f & {1}).__name__, f == {1, 2})
