# Generator pipelines with send, throw and close.
def read(lines):
    for n, line in enumerate(lines, 1):
        yield n, line


def grep(pattern, source):
    for n, line in source:
        if pattern in line:
            yield n, line


def upper(source):
    for n, line in source:
        yield n, line.upper()


text = ["alpha beta", "gamma", "beta delta", "epsilon", "zeta beta"]
print(list(upper(grep("beta", read(text)))))


def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  reset because", e)
            total = count = 0
            avg = None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


g = averager()
print(next(g), g.send(10), g.send(20), g.send(60))
print(g.throw(ValueError("bad data")))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("done:", e.value, e.args)
print(g.gi_frame, g.gi_running)


def closer():
    try:
        while True:
            yield "tick"
    except GeneratorExit:
        print("  closing cleanly")
        raise
    finally:
        print("  finally")


c = closer()
print(next(c), next(c))
print(c.close(), c.close())


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def delegating():
    result = yield from averager()
    print("  delegate got", result)
    yield "after"


d = delegating()
next(d)
d.send(4)
print(d.send(8), d.send(None))


def gen_return():
    yield 1
    return "ret"


def outer():
    r = yield from gen_return()
    yield r


print(list(outer()))


def counter(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1


ct = counter(5)
print([next(ct), next(ct), ct.send("reset"), next(ct), next(ct), next(ct), next(ct)])
print(list(ct))
try:
    next(ct)
except StopIteration:
    print("exhausted")
g = (x * x for x in range(5))
print(next(g), sum(g), list(g))
g = (x for x in range(3))
g.close()
print(list(g))
try:
    averager().throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
gg = averager()
next(gg)
try:
    gg.throw(TypeError)
except TypeError as e:
    print("TypeError thrown through", repr(e))


def bad():
    yield 1
    raise StopIteration("oops")


try:
    list(bad())
except RuntimeError as e:
    print(e, "|", repr(e.__cause__))


def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for _, x in zip(range(n), it):
        yield x


print(list(take(15, fibs())), sum(take(100, fibs())))
print(list(zip(fibs(), "abc")), dict(zip("xyz", fibs())))
it = iter([1, 2, 3])
print(next(it, "default"), list(it), next(it, "default"))
