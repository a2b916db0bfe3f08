# operator: every function, the getters' reprs and errors
import operator as op

print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.not_(0), op.truth([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.abs(-3), op.add(1, 2), op.and_(6, 3), op.floordiv(7, 2), op.index(5), op.inv(5),
      op.invert(0), op.lshift(1, 5), op.mod(-7, 3), op.mul("ab", 2), op.neg(4), op.or_(4, 1),
      op.pos(-2), op.pow(2, 10), op.rshift(256, 2), op.sub(5, 8), op.truediv(1, 4),
      op.xor(5, 1))
print(op.concat([1], [2]), op.concat("a", "b"), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1),
      op.indexOf("abc", "c"))
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
op.delitem(lst, 1)
print(lst, op.getitem(lst, -1), op.getitem("hello", slice(1, 3)))
print(op.__add__(1, 2), op.__not__(1), op.__and__(1, 3), op.__or__(1, 2), op.__lt__(1, 2),
      op.__getitem__([5], 0), op.__call__(len, "ab"), op.__add__ is op.add)
print(op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])), op.length_hint(5, 7),
      op.length_hint(iter(range(10))))


class Hint:
    def __init__(self, h):
        self.h = h

    def __length_hint__(self):
        return self.h


print(op.length_hint(Hint(4)), op.length_hint(Hint(NotImplemented), 3))
for bad in (Hint("x"), Hint(-1)):
    try:
        op.length_hint(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    op.length_hint([], "x")
except TypeError as e:
    print("TypeError", e)
print(op.call(max, 1, 5, key=lambda v: -v))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.isub(5, 1), op.imul(2, 3), op.itruediv(1, 2),
      op.ifloordiv(7, 2), op.imod(7, 2), op.ipow(2, 3), op.ilshift(1, 2), op.irshift(8, 1),
      op.iand(3, 1), op.ior(1, 2), op.ixor(3, 1), op.iconcat([1], [2]))
for f, args in ((op.concat, (1, 2)), (op.iconcat, (1, 2)), (op.index, ("a",)),
                (op.index, (1.5,)), (op.indexOf, ([1], 2)), (op.add, (1, "a")),
                (op.truediv, (1, 0)), (op.getitem, ([], 1))):
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(op.index(True), type(op.index(True)).__name__)


class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner

    def greet(self, greeting, punct="!"):
        return f"{greeting} {self.name}{punct}"


p = P("a", P("b"))
g = op.attrgetter("name")
g2 = op.attrgetter("name", "inner.name")
print(g, g2, g(p), g2(p), op.attrgetter("inner.name")(p))
ig = op.itemgetter(1)
ig2 = op.itemgetter(0, -1, "k" if False else 2)
print(ig, ig2, ig("abc"), ig2([1, 2, 3, 4]), op.itemgetter(slice(1, None))("xyz"))
print(op.itemgetter("k")({"k": 5}), sorted([(1, "b"), (0, "c"), (2, "a")], key=op.itemgetter(1)))
mc = op.methodcaller("greet", "hi", punct="?")
print(mc, mc(p), op.methodcaller("upper")("q"), op.methodcaller("split", ",", 1))
for thunk in (lambda: op.attrgetter(1), lambda: op.methodcaller(1), lambda: g(5),
              lambda: ig([]), lambda: op.attrgetter("inner.nope")(p)):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(n for n in op.__all__)[:6], len(op.__all__))
op.itemgetter(5)([1, 2])
