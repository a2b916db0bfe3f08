# heapq and bisect as CPython's C modules: where items land, how many < calls are made and
# between which items, what happens when a comparison changes the list, argument errors
import heapq
import bisect

log = []


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f"I{self.v}"


def trace(label, f):
    log.clear()
    r = f()
    print(label, r, len(log), log[:12])


h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    trace("push", lambda: heapq.heappush(h, Item(v)))
print(h)
trace("pop", lambda: heapq.heappop(h))
trace("replace", lambda: heapq.heapreplace(h, Item(6)))
trace("pushpop small", lambda: heapq.heappushpop(h, Item(0)))
trace("pushpop big", lambda: heapq.heappushpop(h, Item(10)))
print(h)
data = [Item((i * 37) % 23) for i in range(23)]
trace("heapify", lambda: heapq.heapify(data))
print(data)
out = []
while data:
    out.append(heapq.heappop(data).v)
print(out)

# the cache-friendly order of big heaps: same heap and count as the simple order
big = [Item((i * 7919) % 3001) for i in range(3000)]
log.clear()
heapq.heapify(big)
print("big heapify", len(log), log[:5], log[-3:], [x.v for x in big[:10]])

ints = [(i * 7919) % 1009 for i in range(500)]
heapq.heapify(ints)
print(ints[:20])
tuples = []
for i in range(50):
    heapq.heappush(tuples, ((i * 13) % 7, str(i)))
print([heapq.heappop(tuples) for _ in range(8)])
print(heapq.heappushpop([], 5), heapq.heappushpop([1], 0), heapq.heappushpop([1], 2))
m = [5, 1, 4, 2, 3]
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), m, heapq._heapreplace_max(m, 0), m)


class Sub(list):
    pass


s = Sub([4, 1, 3])
heapq.heapify(s)
heapq.heappush(s, 0)
print(type(s).__name__, s, heapq.heappop(s))


class Grower:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __lt__(self, other):
        self.target.append(Grower(99, self.target))
        return self.v < other.v


g = []
g.append(Grower(1, g))
g.append(Grower(0, g))
try:
    heapq.heapify(g)
except RuntimeError as e:
    print("RuntimeError", e)
g = [Grower(2, None)]
g[0].target = g
try:
    heapq.heappush(g, Grower(1, g))
except RuntimeError as e:
    print("RuntimeError", e)


class Bad:
    def __lt__(self, other):
        raise ValueError("no order")


try:
    heapq.heappush([Bad()], Bad())
except ValueError as e:
    print("ValueError", e)
for f, args in [(heapq.heappush, (1, 2)), (heapq.heappop, (1,)), (heapq.heappop, ([],)),
                (heapq.heapreplace, ([], 1)), (heapq.heappushpop, ((), 1)),
                (heapq.heapify, ("x",)), (heapq.heappush, ([],)), (heapq.heappop, ()),
                (heapq.heappush, ([], 1, 2)), (heapq.heapify, ([], 1)),
                (heapq.heappush, ([1], "a"))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: heapq.heappush(heap=[], item=1), lambda: heapq.heappop(heap=[])]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(heapq.heappush, heapq.heappop.__module__, heapq.heapify.__name__)

# bisect: one comparison per step, x on the left for right, item on the left for left
seq = [Item(v) for v in [1, 2, 2, 2, 3, 5, 8]]
trace("bisect_right", lambda: bisect.bisect_right(seq, Item(2)))
trace("bisect_left", lambda: bisect.bisect_left(seq, Item(2)))
keys = []


def key(it):
    keys.append(it.v)
    return it.v


trace("bisect key", lambda: bisect.bisect(seq, 4, key=key))
print(keys)
a = [1, 3, 5]
bisect.insort(a, 4)
bisect.insort_left(a, 3)
bisect.insort_right(a, 3.0, 0, 2)
print(a)
words = ["a", "ccc", "dddd"]
bisect.insort(words, "bb", key=len)
print(words)
print(bisect.bisect([1], 1, hi=-1), bisect.bisect([1], 1, hi=-5), bisect.bisect([1, 2, 3], 1, lo=5))
print(bisect.bisect([1, 2, 3], 1, lo=2, hi=1), bisect.bisect(a=[1, 2, 3], x=1), bisect.bisect(range(10), 4))
print(bisect.bisect_left((1, 2, 3), 2, True), bisect.bisect("abcde", "c"))


class Log(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)


lg = Log([1, 2, 4])
bisect.insort(lg, 3)
print(lg)
for s in ["bisect.bisect([1],)", "bisect.bisect([1], 2, -1)", "bisect.bisect(1, 2)",
          "bisect.insort((1,), 2)", "bisect.bisect([1], 2, 'a')", "bisect.bisect([1], 2, 0, 'a')",
          "bisect.bisect_left([1], 2, 0, None, None)", "bisect.bisect_left()",
          "bisect.bisect([1], 2, foo=1)", "bisect.bisect_left([1], 2, lo=0, lo2=3)",
          "bisect.bisect([1, 2, 3], 2, 0, 2**70)", "bisect.bisect([1, 2, 3], 2, -2**70)",
          "bisect.bisect(range(10), 2, 0, 20)", "bisect.bisect([1, 2], 2, 0, 5)",
          "bisect.bisect([1, 2], 2, 1.0)", "bisect.bisect([1, 2], 2, None)",
          "bisect.bisect([1, 'a'], 2)", "bisect.bisect([1], 1, 0, None, key=len)"]:
    try:
        print(s, "->", eval(s))
    except Exception as e:
        print(s, "->", type(e).__name__, e)
print(bisect.bisect, bisect.insort_left.__module__)
heapq.heappop([])
