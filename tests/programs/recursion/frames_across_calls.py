# Python-to-Python calls (the interpreter runs them without Java recursion): exceptions
# crossing many frames with handlers and finally blocks on the way, tracebacks, the
# recursion limit after errors, __init__ results, generator functions, closures and
# defaults at call sites that run often enough to be specialized
import sys

log = []


def leaf(n):
    if n % 7 == 3:
        raise ValueError(n)
    return n


def middle(n):
    try:
        return leaf(n) + 1
    finally:
        log.append(n)


def top(n):
    try:
        return middle(n)
    except ValueError as e:
        return -e.args[0]


print([top(i) for i in range(12)])
print(len(log), log[:5])


def chain(n):
    if n == 0:
        raise KeyError("bottom")
    return chain(n - 1)


for depth in (1, 5, 40):
    try:
        chain(depth)
    except KeyError as e:
        tb = e.__traceback__
        frames = []
        while tb is not None:
            frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(depth, len(frames), frames[:2], frames[-1])


def handled_midway(n):
    if n == 0:
        raise IndexError("deep")
    if n == 10:
        try:
            return handled_midway(n - 1)
        except IndexError:
            return "caught at 10 and " + str(handled_midway(0) if False else "continued")
    return handled_midway(n - 1)


print(handled_midway(25))


def reraise(n):
    try:
        if n == 0:
            raise RuntimeError("origin")
        return reraise(n - 1)
    except RuntimeError:
        if n % 2:
            raise
        raise TypeError("converted at %d" % n) from None


try:
    reraise(6)
except Exception as e:
    print(type(e).__name__, e, e.__context__ is not None, e.__suppress_context__)


def context_in_callee():
    return sys.exception()


def caller_handling():
    try:
        raise OSError("handled")
    except OSError:
        return context_in_callee()


print(repr(caller_handling()), sys.exception())


def down(n):
    return 0 if n == 0 else 1 + down(n - 1)


for attempt in range(3):
    try:
        down(5000)
    except RecursionError as e:
        print("attempt", attempt, type(e).__name__, e)
    print("after the error the depth is back:", down(900))

old = sys.getrecursionlimit()
sys.setrecursionlimit(60000)
print(down(50000))
sys.setrecursionlimit(old)
try:
    down(2000)
except RecursionError:
    print("limit restored")


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


class Weird:
    def __init__(self, v):
        if v > 15:
            return v
        self.v = v


pts = [Point(i, i * 2) for i in range(30)]
print(sum(p.x + p.y for p in pts))
for i in range(20):
    try:
        w = Weird(i)
    except TypeError as e:
        print(i, e)


def gen_fn(n):
    for i in range(n):
        yield i * i


def use_gen(n):
    return sum(gen_fn(n))


print([use_gen(i) for i in range(8)])


def make_adder(k):
    def add(x, y=k):
        return x + y + k
    return add


adders = [make_adder(k) for k in range(4)]
print([adders[i % 4](i) for i in range(16)])
print([adders[i % 4](i, 100) for i in range(8)])


class Shape:
    def area(self):
        return 0

    def describe(self, scale=1):
        return self.area() * scale


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        if self.r < 0:
            raise ValueError("negative radius")
        return 3 * self.r * self.r


shapes = [Square(i) if i % 2 else Circle(i) for i in range(20)]
print(sum(s.describe() for s in shapes), sum(s.describe(2) for s in shapes))
shapes.append(Circle(-1))
try:
    print(sum(s.describe() for s in shapes))
except ValueError as e:
    print("ValueError", e)


def gen_calls(n):
    for i in range(n):
        try:
            yield leaf(i)
        except ValueError as e:
            yield "bad %s" % e


print(list(gen_calls(10)))
