# collections: namedtuple, ChainMap, UserDict, UserList, UserString
from collections import namedtuple, ChainMap, UserDict, UserList, UserString

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]))
print(Point.__doc__, Point.x.__doc__, Point.__name__, Point.__module__, p == (1, 2), len(p))
x, y = p
print(x + y, hash(p) == hash((1, 2)), isinstance(p, tuple), Point.__match_args__)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple("R", "ok def _x ok", rename=True)
print(R._fields)
M = namedtuple("M", "a, b", module="mymod")
print(M.__module__, M(1, 2))
One = namedtuple("One", "v")
print(One(5), One._make([1]))
E = namedtuple("E", "")
print(E(), E._fields)
for thunk in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3),
              lambda: Point._make([1]), lambda: p._replace(z=1), lambda: namedtuple("1x", "a"),
              lambda: namedtuple("T", "a class"), lambda: namedtuple("T", "a _b"),
              lambda: namedtuple("T", "a a"), lambda: namedtuple("T", "a", defaults=[1, 2]),
              lambda: namedtuple("T", "a-b"), lambda: setattr(p, "x", 5)):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)


class Sub(Point):
    def norm(self):
        return self.x ** 2 + self.y ** 2


s = Sub(3, 4)
print(s, s.norm(), Sub._make([1, 1]), type(s._replace(x=0)).__name__)
m = match = None
match p:
    case Point(a, b):
        print("matched", a, b)

base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), list(cm), sorted(cm.items()), "a" in cm, cm.get("z", 0))
print(cm, cm.maps[0] is over)
cm["d"] = 4
del cm["b"]
print(over, base)
try:
    del cm["a"]
except KeyError as e:
    print("KeyError", e)
child = cm.new_child({"x": 1})
print(child, child.parents, cm.new_child(), child.new_child(y=2).maps[0])
print(ChainMap(), bool(ChainMap({})), bool(ChainMap({}, {1: 2})), ChainMap.fromkeys("ab"))
print(cm.pop("c"), over)
try:
    cm.pop("q")
except KeyError as e:
    print("KeyError", e)
empty = ChainMap({}, {"k": 1})
try:
    empty.popitem()
except KeyError as e:
    print("KeyError", e)
print(cm | {"n": 1}, {"n": 1} | ChainMap({"m": 2}), type(cm.copy()).__name__)
cm |= {"o": 0}
print(cm.maps[0])

ud = UserDict({"a": 1}, b=2)
ud["c"] = 3
print(ud, len(ud), ud["a"], ud.get("z"), "b" in ud, sorted(ud), ud.data, ud | {"d": 4})
print(isinstance(ud, dict), ud.copy(), type(ud.copy()).__name__, UserDict.fromkeys("xy", 0))


class DefaultUD(UserDict):
    def __missing__(self, key):
        return key * 2


print(DefaultUD()["ab"])
try:
    UserDict()["nope"]
except KeyError as e:
    print("KeyError", e)

ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [8] + ul, ul * 2, len(ul), ul.index(2), ul.pop())
ul.extend(UserList([7]))
ul += (5,)
ul.insert(0, -1)
ul.remove(1)
ul.reverse()
print(ul, ul == [5, 7, 2, 0, -1], ul < [6], 7 in ul, ul.count(7), ul.copy())
us = UserString("Hello")
print(us, repr(us), us.upper(), us + "!", "<" + us, us * 2, us[1:3], us.find("l"), len(us),
      us == "Hello", "ell" in us, us.split("l"), us.replace("l", "L"), us.center(9, "*"))
print(type(us.upper()).__name__, us.startswith("He"), us.zfill(7), int(UserString("42")) + 1)
Point(1, 2, 3)
