# itertools' iterators stepped in Java: orders, edge sizes, laziness (what is read from the
# inputs and when), exceptions raised mid-iteration, groupby's shared iterator, count's
# arithmetic and subclasses of the iterator classes
import itertools as it

reads = []


def src(name, items):
    for x in items:
        reads.append((name, x))
        yield x


print(list(it.product("ab", range(3))), list(it.product(range(2), repeat=3))[:5])
print(list(it.product()), list(it.product([], [1])), list(it.product([1], repeat=0)))
print(list(it.permutations("abcd", 2)), list(it.permutations(range(3))))
print(list(it.permutations([1, 2], 0)), list(it.permutations([1, 2], 3)), list(it.permutations([])))
print(list(it.combinations("abcde", 3)), list(it.combinations([1], 0)), list(it.combinations([1], 2)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 0)))
print(list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement("a", 3)))
print(sum(1 for _ in it.permutations(range(7), 4)), sum(1 for _ in it.combinations(range(20), 5)))
print(len(list(it.combinations_with_replacement(range(6), 4))), sum(map(sum, it.product(range(10), repeat=4))))
print(list(it.permutations(range(4)))[-3:], list(it.combinations(range(6), 4))[-2:])

# chain: lazy over its iterables and their items
reads.clear()
c = it.chain(src("a", [1, 2]), src("b", [3]))
print(next(c), reads)
print(list(c), reads)
print(list(it.chain()), list(it.chain("ab", [], (1,), range(2))), next(c, "done"))
cf = it.chain.from_iterable(src("outer", ["xy", "z"]))
reads.clear()
print(next(cf), reads, list(cf), reads)
try:
    list(it.chain([1], 5))
except TypeError as e:
    print("TypeError", e)


def boom(n):
    yield from range(n)
    raise ValueError("source failed")


c2 = it.chain(boom(2), [9])
print(next(c2), next(c2))
try:
    next(c2)
except ValueError as e:
    print("ValueError", e)
print(list(c2))

# islice: which items are read
reads.clear()
s = it.islice(src("s", range(10)), 2, 8, 3)
print(list(s), reads)
reads.clear()
s = it.islice(src("t", range(10)), 1, 3)
print(list(s), reads)
reads.clear()
s = it.islice(src("u", range(10)), 5, 2)
print(list(s), reads)
reads.clear()
s = it.islice(src("w", range(20)), 2, 9, 4)
print(list(s), reads)
reads.clear()
s = it.islice(src("v", range(3)), 1, None, 5)
print(list(s), reads, list(it.islice("abcdef", 4)), list(it.islice("abcdef", None)))
print(list(it.islice(it.count(), 0, 30, 7)), list(it.islice(range(5), 2, None)))
for args in [(), ([],), ([], -1), ([], 1, -1), ([], 1, 2, 0), ([], "a"), ([], 1, 2, 3, 4)]:
    try:
        print(list(it.islice(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
big = it.islice(range(10), 3, None, 2**62)
print(next(big), list(big))
si = it.islice(boom(3), 1, None)
print(next(si), next(si))
try:
    next(si)
except ValueError as e:
    print("ValueError", e)
print(list(si))

# groupby
data = "aaabbcaad"
print([(k, list(g)) for k, g in it.groupby(data)])
print([(k, len(list(g))) for k, g in it.groupby(range(10), key=lambda x: x // 3)])
groups = it.groupby(data)
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, next(g2), list(g2), list(g2))
groups = it.groupby("aabbb")
k1, g1 = next(groups)
print(next(g1), k1)
k2, g2 = next(groups)
print(list(g1), k2, list(g2), list(groups))
print(type(g2).__name__, type(g2).__module__, iter(g2) is g2)
reads.clear()
gb = it.groupby(src("g", [1, 1, 2]))
k, g = next(gb)
print(k, reads)
print(list(g), reads)
nan = float("nan")
print([k for k, g in it.groupby([nan, nan, 1.0, 1])])
print([(k, list(g)) for k, g in it.groupby([])])
calls = []


def keyf(x):
    calls.append(x)
    if x == 3:
        raise KeyError(x)
    return x % 2


gk = it.groupby([1, 1, 2, 3, 4], key=keyf)
print(next(gk)[0], next(gk)[0], calls)
try:
    next(gk)
except KeyError as e:
    print("KeyError", e, calls)


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v


print([len(list(g)) for k, g in it.groupby([Key(1), Key(1), Key(2)])])

# count
c = it.count()
print(next(c), next(c), c)
c = it.count(2**63 - 2)
print(next(c), next(c), next(c), c)
c = it.count(1.5, 0.25)
print(next(c), next(c), c, it.count(5, -1), it.count(0, 1.0), it.count(3, 1))
c = it.count(-3, 2**70)
print(next(c), next(c), c)
from decimal import Decimal
c = it.count(Decimal("0.5"), Decimal("0.25"))
print([next(c) for _ in range(4)], c)
try:
    it.count("a")
except TypeError as e:
    print("TypeError", e)


# subclasses
class Chain2(it.chain):
    def __next__(self):
        return super().__next__() * 10


class P(it.product):
    pass


class C(it.count):
    pass


class G(it.groupby):
    pass


print(list(Chain2([1, 2], [3])), list(P("ab", repeat=2)), type(P("a")).__name__)
cc = C(10, 5)
cc.tag = "x"
print(next(cc), next(cc), cc, cc.tag, [k for k, _ in G("aab")])
print(isinstance(it.chain(), it.chain), type(it.islice([], 1)).__name__)
p = it.permutations(range(3), 2)
print(next(p), next(p), list(p), list(p))
e = it.combinations(range(3), 2)
print(list(e), next(e, "end"))

# the other engines: what they read, and exceptions from their inputs and functions
reads.clear()
acc = it.accumulate(src("acc", [1, 2, 3]), initial=10)
print(next(acc), reads, list(acc), reads)
print(list(it.accumulate([])), list(it.accumulate([], initial=0)), list(it.accumulate("abc")))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], None, initial=None)))
try:
    list(it.accumulate([1, "a"]))
except TypeError as e:
    print("TypeError", e)
print(list(it.starmap(pow, [(2, 3), [3, 2], "ab" and (4, 1)])), list(it.starmap(max, ["ab", "zy"])))
for bad in [[1], [(1, 2)]]:
    try:
        print(list(it.starmap(lambda a: a, bad)))
    except TypeError as e:
        print("TypeError", e)
reads.clear()
pw = it.pairwise(src("pw", "abcd"))
print(next(pw), reads, list(pw), list(pw), list(it.pairwise("a")), list(it.pairwise([])))
reads.clear()
tw = it.takewhile(lambda x: x < 3, src("tw", [1, 2, 3, 4]))
print(list(tw), reads, list(tw))
reads.clear()
dw = it.dropwhile(lambda x: x < 3, src("dw", [1, 2, 3, 1, 5]))
print(next(dw), reads, list(dw))
print(list(it.filterfalse(None, [0, 1, "", "a", None, [], [0]])), list(it.filterfalse(str.isdigit, "a1b2")))
reads.clear()
cp = it.compress(src("data", "abcde"), src("sel", [1, 0, 1]))
print(list(cp), reads)
print(list(it.compress("abc", [])), list(it.compress([], [1, 1])))
reads.clear()
cy = it.cycle(src("cy", "ab"))
print([next(cy) for _ in range(5)], reads, list(it.cycle([])))


def pred(x):
    if x == 2:
        raise ZeroDivisionError("pred")
    return x < 5


for make in [it.takewhile, it.dropwhile, it.filterfalse]:
    g = make(pred, [1, 2, 3])
    try:
        print(make.__name__, list(g))
    except ZeroDivisionError as e:
        print(make.__name__, "ZeroDivisionError", e, list(g))
cb = it.cycle(boom(2))
print(next(cb), next(cb))
try:
    next(cb)
except ValueError as e:
    print("ValueError", e)
print([next(cb) for _ in range(3)])
for name in ["accumulate", "starmap", "pairwise", "takewhile", "compress", "cycle"]:
    t = getattr(it, name)
    print(name, type(t).__name__, t.__module__ if hasattr(t, "__module__") else None)
list(it.permutations(5))
