# dataclasses with slots=True: weakref_slot, frozen slotted classes, slotted subclasses
import weakref
from dataclasses import dataclass
@dataclass(slots=True, weakref_slot=True)
class W:
    a: int
w = W(1)
r = weakref.ref(w)
print(r() is w, W.__slots__, hasattr(w, "__dict__"))
@dataclass(slots=True, frozen=True)
class FS:
    a: int
    b: int = 2
f = FS(1)
print(f, hash(f) == hash(FS(1)), FS.__slots__)
try:
    f.a = 3
except Exception as e: print(type(e).__name__, e)
@dataclass(slots=True)
class Child(W):
    b: int = 0
print(Child(1, 2), Child.__slots__)
