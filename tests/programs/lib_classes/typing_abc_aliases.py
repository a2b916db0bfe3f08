# typing: the aliases of collections.abc and collections classes (need collections.abc)
import collections
import collections.abc
from typing import (Callable, Iterable, Iterator, Sequence, Mapping, MutableMapping, Generator,
                    Deque, DefaultDict, OrderedDict, Counter, ChainMap, Hashable, Sized,
                    AbstractSet, ContextManager, get_origin, get_args, TypeVar, Generic)

T = TypeVar("T")
for tp in [Callable[[int], str], Callable[..., str], Iterable[int], Mapping[str, int], Generator[int, None, None], Deque[int], DefaultDict[str, int], Counter[str]]:
    print(repr(tp), "->", get_origin(tp), get_args(tp))
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance({}, Mapping), issubclass(dict, MutableMapping), isinstance(len, Callable))
print(isinstance(iter([]), Iterator), isinstance("", Sequence), isinstance(3, Hashable), isinstance([], Sized), isinstance(set(), AbstractSet))
print(Deque[int]([1, 2]), DefaultDict[str, int](int), Counter[str]("aab"), OrderedDict[str, int](a=1), ChainMap[str, int]({"a": 1}))


class Numbers(Iterable[int]):
    def __iter__(self):
        return iter([1, 2, 3])


class Store(Mapping[str, T], Generic[T]):
    def __init__(self, data):
        self.data = data

    def __getitem__(self, k):
        return self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


print(list(Numbers()), Numbers.__mro__[1], Store.__parameters__)
s = Store({"a": 1, "b": 2})
print(dict(s), "a" in s, s.get("z", 0), list(s.items()), isinstance(s, collections.abc.Mapping))
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str].__origin__ is collections.abc.Callable)
print(ContextManager[int], get_origin(ContextManager[int]))
