# dataclasses: asdict/astuple deep-copy values that are not dataclasses or containers
import copy
from dataclasses import dataclass, field, asdict, astuple
from collections import defaultdict, namedtuple


class Payload:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Payload({self.n})"


P = namedtuple("P", "x y")


@dataclass
class Holder:
    payload: Payload
    point: P
    counts: defaultdict = field(default_factory=lambda: defaultdict(int))


h = Holder(Payload(1), P(1, 2))
h.counts["a"] += 2
d = asdict(h)
print(d, d["payload"] is h.payload, type(d["point"]).__name__, type(d["counts"]).__name__, d["counts"].default_factory is int)
t = astuple(h)
print(t, t[0] is h.payload)
print(copy.deepcopy(h) == h, copy.copy(h) is not h)
