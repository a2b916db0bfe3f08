# weakref: ref (shared when there is no callback, hashing, equality), proxy, WeakMethod,
# WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize while their referents live,
# the objects that cannot be weakly referenced, and finalize's atexit run at the end.
# Referents dropped only inside a function that has returned are collected by gc.collect()
# in both CPython and pyjit (pyjit's referents die when the JVM's collector finds them
# unreachable; see docs/internals/weakref-gc.md).
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def hello(self, greeting="hello"):
        return f"{greeting} from {self.name}"

    def __repr__(self):
        return f"Node({self.name!r})"

    def __eq__(self, other):
        return isinstance(other, Node) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


a = Node("a")
r = weakref.ref(a)
print(r() is a, r().name)
print(weakref.ref(a) is r, weakref.getweakrefcount(a))
calls = []
r2 = weakref.ref(a, calls.append)
print(r2 is r, weakref.getweakrefcount(a), r2.__callback__ is not None, r.__callback__)
print(r == r2, hash(r) == hash(a), weakref.getweakrefs(a) == [r, r2])
print(type(r).__name__, weakref.ref is weakref.ReferenceType, isinstance(r, weakref.ref))

p = weakref.proxy(a)
print(p.name, p.hello(), p.hello("hi"), str(p), p == a)
p.extra = 42
print(a.extra, type(p).__name__, type(weakref.proxy(len)).__name__)
print(weakref.proxy(len)([1, 2, 3]))
try:
    hash(p)
except TypeError:
    print("TypeError: unhashable proxy")

wm = weakref.WeakMethod(a.hello)
print(wm()(), wm() == a.hello)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)

for bad in (1, "s", (1, 2), [1], {}, None, b"x", 2.5):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


class MyList(list):
    pass


class MyError(ValueError):
    pass


for ok in (Slotted(), SlottedWeak(), MyList(), {1, 2}, frozenset(), len, Node, print,
           lambda: 0, a.hello, ValueError("e"), KeyboardInterrupt(), Warning(), MyError()):
    try:
        weakref.ref(ok)
        print("ok", type(ok).__name__)
    except TypeError as e:
        print("TypeError:", e)

nodes = [Node(n) for n in "wxyz"]
d = weakref.WeakValueDictionary()
for n in nodes:
    d[n.name] = n
print(len(d), sorted(d), d["x"], d.get("q", "missing"), "y" in d, "q" in d)
print(sorted(d.keys()), sorted(d.values(), key=repr), sorted(d.items()))
print(d.pop("w"), len(d), d.setdefault("x", None), len(d.copy()))
del d["x"]
print(sorted(d), len(d.valuerefs()))
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e)

k = weakref.WeakKeyDictionary()
for i, n in enumerate(nodes):
    k[n] = i
print(len(k), k[nodes[2]], nodes[1] in k, Node("q") in k, 5 in k)
print(sorted(k.values()), sorted(k.keys(), key=repr))
del k[nodes[0]]
print(len(k), k.get(nodes[0], "gone"), k.pop(nodes[3]), len(k))

s = weakref.WeakSet(nodes[:3])
s.add(nodes[3])
print(len(s), nodes[0] in s, Node("zz") in s, 3 in s)
s.discard(nodes[0])
print(sorted(s, key=repr), len(s | weakref.WeakSet([a])), type(s).__module__)


def dropped():
    temp = Node("temp")
    return weakref.ref(temp, lambda ref: print("callback for a dead ref:", ref() is None))


dead = dropped()
gc.collect()
print("dead:", dead())


def dropped_values():
    vd = weakref.WeakValueDictionary()
    kd = weakref.WeakKeyDictionary()
    ws = weakref.WeakSet()
    keep = Node("keep")
    for name in "abc":
        n = Node(name)
        vd[name] = n
        kd[n] = name
        ws.add(n)
    vd["keep"] = keep
    kd[keep] = "keep"
    ws.add(keep)
    return vd, kd, ws, keep


vd, kd, ws, keep = dropped_values()
gc.collect()
print(len(vd), list(vd), len(kd), list(kd.values()), len(ws), list(ws))

f = weakref.finalize(a, print, "finalize called", "for a")
print(f.alive, f.atexit, f.peek()[0], f.peek()[2])
print(f(), f.alive, f(), f.peek())
f2 = weakref.finalize(a, print, "at exit: first made")
f3 = weakref.finalize(a, print, "at exit: second made")
f4 = weakref.finalize(a, print, "never: atexit off")
f4.atexit = False
f5 = weakref.finalize(a, print, "never: detached")
print(f5.detach()[1:3], f5.alive)


def finalized_object():
    obj = Node("short-lived")
    return weakref.finalize(obj, print, "finalize at collection")


f6 = finalized_object()
gc.collect()
print("after collect:", f6.alive)

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), type(gc.collect()).__name__, gc.collect(2) >= 0)
print(gc.get_threshold(), gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
print("end")
