# (pending: needs collections and dataclasses; rename to pprint_collections.py and
# regenerate once they are merged) pprint of the collections types and of dataclasses.
import pprint
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, defaultdict, deque
from dataclasses import dataclass, field


od = OrderedDict((f"key{i}", list(range(i))) for i in range(8))
pprint.pprint(od, width=40)
pprint.pprint(OrderedDict(), width=1)
dd = defaultdict(list, {i: [i] * 5 for i in range(6)})
pprint.pprint(dd, width=30)
pprint.pprint(defaultdict(int), width=1)
c = Counter("abracadabra" * 3 + "xyz")
pprint.pprint(c, width=20)
pprint.pprint(Counter(), width=1)
pprint.pprint(ChainMap({"a": list(range(10))}, {"b": list(range(12))}), width=30)
pprint.pprint(ChainMap(), width=1)
pprint.pprint(deque(range(30)), width=30)
pprint.pprint(deque(range(30), maxlen=40), width=30)
pprint.pprint(deque(), width=1)
pprint.pprint(UserDict({i: "v" * i for i in range(8)}), width=30)
pprint.pprint(UserList(range(40)), width=30)


@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)


@dataclass
class Box:
    corner: Point
    items: list


@dataclass(repr=False)
class NoRepr:
    a: int = 1


b = Box(Point(1, 2, ["t" * 10] * 4), [Point(i, i * i) for i in range(4)])
pprint.pprint(b, width=40)
pprint.pprint(b, width=200)
pprint.pprint([Point(10**10, 10**10, list(range(20)))], width=30)
print(pprint.pformat(NoRepr(), width=1).startswith("<"))
