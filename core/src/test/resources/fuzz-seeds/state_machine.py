#!/usr/bin/env python3
"""A traffic-light controller: enums, exceptions, iterators, dunder methods."""
import enum
import sys
from typing import NamedTuple


class Light(enum.Enum):
    RED = enum.auto()
    GREEN = enum.auto()
    YELLOW = enum.auto()

    @property
    def next(self):
        order = list(type(self))
        return order[(order.index(self) + 1) % len(order)]


class TransitionError(RuntimeError):
    """Raised on an impossible transition."""


class Event(NamedTuple):
    at: float
    light: Light
    note: str = ""


class Controller:
    durations = {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5}

    def __init__(self, start=Light.RED, *, clock=0.0):
        self.state, self.clock = start, clock
        self.log: list[Event] = []

    def __iter__(self):
        return self

    def __next__(self):
        if self.clock > 200:
            raise StopIteration
        self.clock += self.durations[self.state]
        self.state = self.state.next
        self.log.append(Event(self.clock, self.state))
        return self.state

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.log.append(Event(self.clock, self.state, "shutdown"))
        return exc_info[0] is TransitionError

    def force(self, target):
        if (self.state, target) == (Light.GREEN, Light.RED):
            raise TransitionError(f"cannot go {self.state.name} -> {target.name}")
        self.state = target

    def __eq__(self, other):
        return isinstance(other, Controller) and self.state is other.state

    __hash__ = None

    def __bool__(self):
        return self.state is not Light.RED

    def __getattr__(self, name):
        if name.startswith("is_"):
            return self.state.name.lower() == name[3:]
        raise AttributeError(name)


def _relative_imports_are_parsed_not_run():
    from . import sibling
    from .. import parent
    from .pkg.mod import (alpha as a,
                          beta,)
    from ... import grandparent
    import os.path as osp, json
    return sibling, parent, a, beta, grandparent, osp, json


def main(argv=sys.argv[1:]):
    steps = int(argv[0]) if argv else 5
    with Controller() as c:
        seen = [light.name for _, light in zip(range(steps), c)]
        c.force(Light.RED)
    print(*seen, sep=" -> ", end="!\n", file=sys.stdout)
    print(c.log[-1], bool(c), c.is_red, c == Controller())
    status = 0 if c.log else 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
