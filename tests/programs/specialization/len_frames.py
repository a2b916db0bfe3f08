# len() of instances whose class has a Python __len__, at a hot site: the dunder runs in a
# frame of its own whose caller is the len() call's frame. Its result is checked as len()
# checks it (bools, __index__, negative, too big, not an int), it may raise or recurse, and
# the class's __len__ may be replaced, made a generator, or removed.
import sys


class Queue:
    def __init__(self, n):
        self.items = list(range(n))

    def __len__(self):
        return len(self.items)


class Weird:
    def __init__(self, result):
        self.result = result

    def __len__(self):
        return self.result


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Nested:
    def __init__(self, depth):
        self.depth = depth

    def __len__(self):
        return 0 if self.depth == 0 else 1 + len(Nested(self.depth - 1))


class Where:
    def __len__(self):
        return sys._getframe(1).f_code.co_name == "measure"


def measure(o):
    return len(o)


def drain(q):
    steps = 0
    while len(q):
        q.items.pop()
        steps += 1
    return steps


print(sum(measure(Queue(i % 7)) for i in range(300)))
print(drain(Queue(250)))
print(measure(Where()), [measure(Where()) for _ in range(3)])

for result in [True, False, Index(7), -1, 2**63, "3", 3.0, None, Index(-2)]:
    try:
        print(type(result).__name__, measure(Weird(result)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(result).__name__, type(e).__name__, e)

w = Weird(5)
for i in range(100):
    w.result = i
    assert measure(w) == i
print("settled", measure(w))

print([measure(Nested(k)) for k in range(0, 150, 30)])
sys.setrecursionlimit(120)
try:
    measure(Nested(400))
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)


class Failing:
    def __len__(self):
        raise KeyError("no length")


def guarded(o):
    try:
        return len(o)
    except KeyError as e:
        return "caught " + repr(e)


print([guarded(Failing()) for _ in range(3)], guarded(Queue(2)))

Queue.__len__ = lambda self: 100 + len(self.items)
print(measure(Queue(3)))


def gen_len(self):
    yield 1


Queue.__len__ = gen_len
try:
    measure(Queue(3))
except TypeError as e:
    print("TypeError:", e)
del Queue.__len__
try:
    measure(Queue(3))
except TypeError as e:
    print("TypeError:", e)
print(measure([1, 2]), measure("abc"), measure({}))
