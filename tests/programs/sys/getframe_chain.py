# sys._getframe and f_back across every way a frame is entered: pushed Python calls,
# builtins calling Python (map, sorted's key, dunders), generators, class bodies.
import sys


def who_called():
    return sys._getframe(1).f_code.co_name


def a_function():
    return who_called()


print(who_called(), a_function())


def chain():
    out = []
    f = sys._getframe(1)
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out


def level3():
    return chain()


def level2():
    return level3()


def level1():
    return level2()


print(level1())
print(list(map(lambda x: chain(), [0])))
print(sorted([3, 1, 2], key=lambda x: (chain(), x)[1]))


class Probe:
    def __eq__(self, other):
        return chain()

    def __len__(self):
        return len(chain())

    @property
    def prop(self):
        return chain()


def via_dunders():
    p = Probe()
    return p == 1, len(p), p.prop


print(via_dunders())


class Body:
    names = chain()
    here = sys._getframe().f_code.co_name
    back = sys._getframe(1).f_code.co_name


print(Body.names, Body.here, Body.back)


def gen():
    me = sys._getframe()
    yield me.f_back.f_code.co_name
    yield me.f_back.f_code.co_name


def consume_in_for():
    return [name for name in gen()]


def consume_with_next():
    g = gen()
    first = next(g)
    suspended_back = g.gi_frame.f_back
    second = next(g)
    return first, suspended_back, second


print(consume_in_for())
print(consume_with_next())


def delegating():
    yield from gen()


print(list(delegating()))

# identity: one frame object per frame
me = sys._getframe()
print(me is sys._getframe(), me.f_back, me.f_code.co_name)


def same_frame():
    f = sys._getframe()
    return f is sys._getframe(0), f.f_back is sys._getframe(1)


print(same_frame())


def recurse(n, acc):
    if n == 0:
        depth = 0
        f = sys._getframe()
        while f.f_code.co_name == 'recurse':
            depth += 1
            f = f.f_back
        return depth
    return recurse(n - 1, acc)


print(recurse(50, None))

try:
    sys._getframe(10000)
except ValueError as e:
    print("ValueError:", e)
try:
    sys._getframe("1")
except TypeError as e:
    print("TypeError:", e)
try:
    sys._getframe(1, 2)
except TypeError as e:
    print("TypeError")
print(sys._getframe(True).f_code.co_name if False else sys._getframe(False).f_code.co_name)


def failing_gen():
    yield 1
    raise KeyError("g")


def run_failing():
    try:
        for _ in failing_gen():
            pass
    except KeyError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_back.f_code.co_name)


run_failing()
g = failing_gen()
next(g)
print(g.gi_frame.f_back)
