# `return name` of a local (one instruction in pyjit's interpreter, RETURN_FAST) from every
# kind of frame: called at hot and cold sites, a generator's return value, __init__ returning
# a local (None and not None), a coroutine, a lambda, a method through super(), a closure's
# cell, after try/finally and with blocks, and a local that is unbound at the return.


def ident(x):
    return x


def pick(a, b, first):
    if first:
        return a
    return b


def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total


class Box:
    def __init__(self, v):
        self.v = v
        nothing = None
        return nothing


class Bad:
    def __init__(self):
        value = 42
        return value


class Base:
    def get(self):
        v = "base"
        return v


class Child(Base):
    def get(self):
        v = super().get()
        return v


def cell():
    x = 10

    def inner():
        return x
    y = inner()
    return y


def with_finally(n):
    try:
        r = n * 2
        return r
    finally:
        print("finally", n)


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit")
        return False


def with_block(n):
    with Ctx():
        r = n + 1
        return r


def unbound(flag):
    if flag:
        z = 1
    return z


async def coro(x):
    y = x * 3
    return y


print(sum(ident(i) for i in range(100)), [pick(1, 2, i % 2 == 0) for i in range(4)])
g = gen(4)
print(list(g))
g = gen(3)
try:
    while True:
        next(g)
except StopIteration as e:
    print("returned", e.value)
print([Box(i).v for i in range(3)])
for i in range(3):
    try:
        Bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(Child().get(), [Child().get() for _ in range(2)], cell())
print(with_finally(3), with_block(4))
print((lambda q: q)(7))
c = coro(5)
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
