# collections.abc: built-in types registered, one-trick ABCs, mixin methods
import collections.abc as cabc
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator, Sized,
                             Container, Callable, Collection, Sequence, MutableSequence,
                             Set, MutableSet, Mapping, MutableMapping, MappingView,
                             KeysView, ItemsView, ValuesView, Awaitable, Coroutine,
                             AsyncIterable, AsyncIterator, AsyncGenerator, Buffer)

values = [[], (), {}, set(), frozenset(), "s", b"b", bytearray(), range(3), 1, 2.5, None,
          iter([]), iter({}), {}.keys(), {}.values(), {}.items(), len, lambda: 0,
          memoryview(b"")]
abcs = [Hashable, Iterable, Iterator, Reversible, Sized, Container, Callable, Collection,
        Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping, KeysView,
        ItemsView, ValuesView, Buffer, Generator]
for v in values:
    row = "".join("X" if isinstance(v, a) else "." for a in abcs)
    print(f"{type(v).__name__:>18} {row}")


def gen():
    yield 1


async def co():
    return 1


async def agen():
    yield 1


g = gen()
c = co()
a = agen()
print(isinstance(g, Generator), isinstance(g, Iterator), isinstance(c, Coroutine),
      isinstance(c, Awaitable), isinstance(a, AsyncGenerator), isinstance(a, AsyncIterator),
      isinstance(a, AsyncIterable))
c.close()
print(Iterable.__module__, Sequence.__name__, MutableMapping.__qualname__)
print(sorted(Sequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__))
print(sorted(MutableSequence.__abstractmethods__), sorted(Set.__abstractmethods__))


class Items(Iterable):
    def __iter__(self):
        return iter([1, 2])


class NoIter:
    __iter__ = None


class Both:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


print(list(Items()), isinstance(NoIter(), Iterable), isinstance(Both(), Iterator))
print(issubclass(Both, Iterable), issubclass(NoIter, Iterable))


class Unhash:
    def __eq__(self, other):
        return True


print(isinstance(Unhash(), Hashable), issubclass(list, Hashable), issubclass(tuple, Hashable))


class Dct(MutableMapping):
    def __init__(self, *args, **kw):
        self.d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = Dct([("a", 1)], b=2)
print(len(m), m["a"], m.get("z"), m.get("z", 0), "a" in m, "z" in m)
print(list(m.keys()), list(m.values()), list(m.items()))
print(type(m.keys()).__name__, type(m.items()).__name__)
print(m.setdefault("c", 3), m.setdefault("a", 9), m.pop("b"), m.pop("zz", "dflt"))
try:
    m.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(m.popitem(), dict(m.items()))
print(m == {"c": 3}, m == {"c": 4}, m != Dct(c=3))
m.update({"x": 1}, y=2)
m.update([("z", 3)])
print(sorted(m.items()))
print(m.keys() & {"x", "q"}, sorted(m.keys() | {"q"}), ("x", 1) in m.items(), 2 in m.values())
m.clear()
print(len(m))
try:
    m.popitem()
except KeyError as e:
    print("KeyError", repr(e))


class Seq(Sequence):
    def __init__(self, data):
        self.data = data

    def __getitem__(self, i):
        return self.data[i]

    def __len__(self):
        return len(self.data)


s = Seq([1, 2, 3, 2, 1])
print(list(s), list(reversed(s)), 2 in s, 9 in s, s.index(2), s.index(2, 2), s.count(1))
print(s.index(1, -2))
try:
    s.index(9)
except ValueError as e:
    print("ValueError", repr(e))


class MSeq(MutableSequence):
    def __init__(self):
        self.data = []

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __len__(self):
        return len(self.data)

    def insert(self, i, v):
        self.data.insert(i, v)


ms = MSeq()
ms.append(1)
ms.extend([2, 3, 4])
ms += [5]
ms.reverse()
print(ms.data, ms.pop(), ms.pop(0), ms.data)
ms.remove(3)
print(ms.data)
ms.clear()
print(ms.data)


class FSet(Set):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


A = FSet([1, 2, 3])
B = FSet([2, 3, 4])
print(sorted(A & B), sorted(A | B), sorted(A - B), sorted(A ^ B), A <= B, A < FSet([1, 2, 3, 4]))
print(A == FSet([3, 2, 1]), A.isdisjoint([7, 8]), A.isdisjoint([1]), A >= FSet([1]), A > A)
print(A._hash() == FSet([3, 1, 2])._hash(), A._hash() == hash(frozenset([1, 2, 3])))


class MSet(MutableSet):
    def __init__(self, it=()):
        self.s = set(it)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(sorted(self.s))

    def __len__(self):
        return len(self.s)

    def add(self, x):
        self.s.add(x)

    def discard(self, x):
        self.s.discard(x)


ms = MSet([1, 2, 3])
ms |= [4]
ms -= [1]
print(sorted(ms.s), ms.pop(), sorted(ms.s))
ms ^= [3, 9]
print(sorted(ms.s))
ms &= [9]
print(sorted(ms.s))
try:
    ms.remove(100)
except KeyError as e:
    print("KeyError", e)
print(KeysView({"a": 1}), ItemsView({"a": 1}), ValuesView({"a": 1}))
print(len(MappingView([1, 2])))
print(Sequence[int], Iterable[str], Mapping[str, int], Callable[[int], str])
print(isinstance(Sequence[int], type), Iterable[int].__origin__ is Iterable)
try:
    Mapping()
except TypeError as e:
    print("TypeError:", e)
try:
    Dct.__abstractmethods__ = frozenset({"zz"})
    Dct()
except TypeError as e:
    print("TypeError:", e)
print(cabc.__name__, "ByteString" in cabc.__all__)
MutableSequence()
