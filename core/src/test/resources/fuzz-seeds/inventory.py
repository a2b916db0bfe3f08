"""A small warehouse inventory: classes, dataclasses, decorators and properties."""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import ClassVar, Iterator


def logged(prefix: str = "inv"):
    """Decorator factory that records each call on the wrapped function."""

    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            wrapper.calls.append((args, kwargs))
            return fn(*args, **kwargs)

        wrapper.calls = []
        wrapper.prefix = prefix
        return wrapper

    return decorate


@dataclass(frozen=True, order=True)
class Sku:
    code: str
    variant: int = 0

    def __str__(self) -> str:
        return f"{self.code}-{self.variant:03d}"


@dataclass
class Item:
    sku: Sku
    name: str
    price_cents: int
    tags: set[str] = field(default_factory=set)
    registry: ClassVar[dict[Sku, "Item"]] = {}

    def __post_init__(self):
        if self.price_cents < 0:
            raise ValueError(f"negative price for {self.sku}: {self.price_cents}")
        Item.registry[self.sku] = self

    @property
    def price(self) -> float:
        return self.price_cents / 100

    @price.setter
    def price(self, value: float) -> None:
        self.price_cents = round(value * 100)


class Shelf:
    __slots__ = ("label", "_slots", "capacity")

    def __init__(self, label, capacity=10):
        self.label = label
        self.capacity = capacity
        self._slots: dict[Sku, int] = defaultdict(int)

    def __len__(self):
        return sum(self._slots.values())

    def __iter__(self) -> Iterator[tuple[Sku, int]]:
        yield from sorted(self._slots.items())

    def __contains__(self, sku):
        return self._slots.get(sku, 0) > 0

    def __repr__(self):
        return f"Shelf({self.label!r}, {len(self)}/{self.capacity})"

    @logged("shelf")
    def put(self, sku: Sku, count: int = 1) -> int:
        free = self.capacity - len(self)
        taken = min(free, count)
        if taken:
            self._slots[sku] += taken
        return count - taken

    def take(self, sku, count=1):
        have = self._slots[sku]
        if have < count:
            raise LookupError(f"only {have} of {sku} on {self.label}")
        self._slots[sku] = have - count
        if not self._slots[sku]:
            del self._slots[sku]


class Warehouse:
    default_capacity = 25

    def __init__(self, *labels, capacity=None):
        cap = capacity or self.default_capacity
        self.shelves = {label: Shelf(label, cap) for label in labels}

    @classmethod
    def with_rows(cls, rows: str, per_row: int) -> "Warehouse":
        return cls(*(f"{r}{n}" for r in rows for n in range(1, per_row + 1)))

    @staticmethod
    def _sorted(shelves):
        return sorted(shelves, key=lambda s: (len(s), s.label))

    def store(self, sku, count):
        for shelf in self._sorted(self.shelves.values()):
            count = shelf.put(sku, count)
            if count == 0:
                break
        else:
            raise OverflowError(f"{count} units of {sku} did not fit")

    def stock(self):
        totals = defaultdict(int)
        for shelf in self.shelves.values():
            for sku, n in shelf:
                totals[sku] += n
        return dict(totals)

    def value(self) -> int:
        return sum(Item.registry[s].price_cents * n for s, n in self.stock().items()
                   if s in Item.registry)


if __name__ == "__main__":
    w = Warehouse.with_rows("AB", 3)
    bolt = Item(Sku("BOLT", 8), "Bolt M8", 12, {"metal"})
    nut = Item(Sku("NUT"), "Nut", price_cents=5)
    w.store(bolt.sku, 60)
    w.store(nut.sku, count=10)
    print(w.stock(), w.value() / 100, sep="\n")
    print(*sorted(w.shelves.values(), key=len), sep=", ")
