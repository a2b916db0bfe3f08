# operator as CPython's C _operator: argument errors of the functions, the getters' reprs,
# calls, errors and reductions, in-place forms, and the functions used as sort keys
import operator as op

cases = [
    "op.itemgetter()", "op.itemgetter(1)", "op.itemgetter(1, 'a')", "op.attrgetter(1)",
    "op.attrgetter()", "op.attrgetter('a.b', 'c')", "op.methodcaller()", "op.methodcaller(1)",
    "op.methodcaller('f', 1, x=2)", "op.itemgetter(1)([1])", "op.itemgetter(1)()",
    "op.itemgetter(1)([1, 2], 3)", "op.itemgetter(1)(x=[1, 2])", "op.attrgetter('real')(x=1)",
    "op.attrgetter('a.')(1)", "op.attrgetter('.a')(1)", "op.attrgetter('imag.real')(1)",
    "op.attrgetter('real', 'imag')(3)", "op.methodcaller('bit_length')(5)",
    "op.methodcaller('nope')(5)", "op.methodcaller('split', ',', maxsplit=1)('a,b,c')",
    "op.methodcaller('split', ',', maxsplit=1)", "op.add(1)", "op.add()", "op.add(1, 2, 3)",
    "op.add(a=1, b=2)", "op.not_(1, 2)", "op.not_()", "op.neg(x=1)", "op.lt(1, 'a')",
    "op.abs('a')", "op.neg('a')", "op.itemgetter(1).__class__",
    "type(op.itemgetter(1)).__module__", "op.add", "op.lt.__module__",
    "op.itemgetter(1) == op.itemgetter(1)", "op.itemgetter(1, x=2)", "op.attrgetter('a', x=1)",
    "op.methodcaller(name='a')", "op.add.__name__", "op.__add__", "op.itemgetter.__name__",
    "op.itemgetter(1).__reduce__()", "op.attrgetter('a.b').__reduce__()",
    "op.methodcaller('f', 1).__reduce__()", "op.methodcaller('f', 1, x=2).__reduce__()[1]",
    "op.truth(0)", "op.truth([1])", "op.is_(None, None)", "op.is_not(1, None)",
    "op.call(len, 'abc')", "op.call()", "op.call(int, '10', base=2)", "op.ipow(2, 5)",
    "op.concat([1], [2])", "op.concat(1, 2)", "op.getitem([1], 5)", "op.getitem({'a': 1}, 'a')",
    "op.setitem([1], 0)", "op.contains([1, 2], 2)", "op.contains(1, 2)", "op.delitem([], 0)",
    "op.inv(5)", "op.invert(True)", "op.pos(-2)", "op.abs(-2.5)", "op.abs(True)",
    "op.index(7)", "op.index(2.0)", "op.matmul(1, 2)", "op.truediv(1, 0)", "op.floordiv(7, 2)",
    "op.mod('%s!', 'x')", "op.pow(2, -1)", "op.lshift(1, 70)", "op.xor(True, False)",
    "op.and_({1, 2}, {2})", "op.or_({'a': 1}, {'b': 2})", "op.eq(1, 1.0)", "op.ne([], [])",
    "op.ge('b', 'a')", "op.le((1, 2), (1, 2))", "op.gt(None, None)", "op.countOf([1, 2, 1], 1)",
    "op.indexOf([1, 2], 2)", "op.length_hint(iter([1, 2]))", "op.sub(5, 3)", "op.mul('ab', 3)",
    "op.rshift(256, 4)", "op.__not__(0)", "op.__getitem__('abc', 1)",
]
for s in cases:
    try:
        print(s, "->", eval(s))
    except Exception as e:
        print(s, "->", type(e).__name__, e)

# in-place forms: a list is extended in place, an int rebinds
a = [1]
b = op.iadd(a, [2])
print(a, b, a is b, op.iadd(1, 2), op.imul([0], 3), op.isub(5, 1), op.ior({1}, {2}),
      op.iconcat([1], (2,)), op.ifloordiv(9, 2), op.itruediv(1, 4), op.imod(7, 3),
      op.iand(6, 3), op.ixor(6, 3), op.ilshift(1, 3), op.irshift(8, 1))


class Acc:
    def __init__(self):
        self.log = []

    def __iadd__(self, other):
        self.log.append(other)
        return self

    def __matmul__(self, other):
        return ("matmul", other)


acc = Acc()
print(op.iadd(acc, 5) is acc, acc.log, op.matmul(acc, 3), op.imatmul(acc, 4))

rows = [(3, "c", 1.5), (1, "a", 2.5), (2, "b", 0.5), (1, "z", 9.0)]
print(sorted(rows, key=op.itemgetter(0)), sorted(rows, key=op.itemgetter(0, 2)))
print(max(rows, key=op.itemgetter(2)), list(map(op.itemgetter(slice(1, None)), rows)))


class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.inner = self

    def __repr__(self):
        return f"P({self.name})"

    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"


people = [P("bo", 30), P("al", 25), P("cy", 30)]
print(sorted(people, key=op.attrgetter("age", "name")))
print([op.attrgetter("inner.inner.name")(p) for p in people])
print(list(map(op.methodcaller("greet", "hi", punct="?"), people)))
print(op.methodcaller("greet", "yo")(people[0]))
print(list(map(op.add, [1, 2], [10, 20])), list(map(op.mul, "ab", [2, 3])))
g = op.itemgetter("missing")
g({"missing": 0})
print(g({}))
