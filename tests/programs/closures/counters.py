# Closures, nonlocal and late binding in everyday code.
def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset(to=start):
        nonlocal count
        count = to

    def get():
        return count
    return inc, reset, get


inc, reset, get = make_counter(10, 5)
print(inc(), inc(), get())
reset()
print(get(), inc())
reset(100)
print(get())
print(inc.__closure__ is not None, len(inc.__closure__), inc.__code__.co_freevars, make_counter.__code__.co_cellvars)

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])


def adders():
    out = []
    for i in range(3):
        def add(x):
            return x + i
        out.append(add)
    i = 100
    return out


print([a(1) for a in adders()])


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        return inner
    r = middle()()
    return r, x


print(outer())


def accumulate():
    total = []

    def add(v):
        total.append(v)
        return sum(total)
    return add


acc = accumulate()
print(acc(1), acc(2), acc(3.5))


def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memo
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print(collatz(27), len(collatz.cache), max(range(1, 1000), key=collatz))

x = "global"


def g1():
    print(x)


def g2():
    x = "local"

    def h():
        return x
    return h()


def g3():
    global x
    x = "changed"


g1(); print(g2()); g3(); g1()


def unbound():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1


unbound()


def cell_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 2
    return inner()


print(cell_unbound())


class Config:
    level = 3
    doubled = [level * 2 for _ in range(2)] if False else None

    def method(self):
        return level if "level" in globals() else "no global level"


print(Config().method(), Config.doubled)


def gen_closure():
    n = 0

    def bump():
        nonlocal n
        n += 1
    for _ in range(3):
        bump()
        yield n


print(list(gen_closure()))
compose = lambda *fs: (lambda x: __import__("functools").reduce(lambda a, f: f(a), fs, x)) if False else None


def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run


print(compose(str, abs, lambda v: v - 10)(3), compose()(7))
