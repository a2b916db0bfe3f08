# Generators used as coroutines: priming, send, throw, close, yield from with return values.
def coroutine(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    start.__name__ = fn.__name__
    return start

@coroutine
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager reset by", repr(e))
            total, count, avg = 0.0, 0, None
            continue
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count

a = averager()
print([a.send(v) for v in (10, 20, 30)])
print(a.throw(ValueError("reset")))
print(a.send(5))
try:
    a.send(None)
except StopIteration as s:
    print("finished with", s.value, s.args)

def grouper(results, key):
    while True:
        results[key] = yield from averager.__wrapped__() if hasattr(averager, "__wrapped__") else sub_avg()

def sub_avg():
    total, count = 0, 0
    while True:
        x = yield
        if x is None:
            return total / count if count else None
        total += x
        count += 1

def group_driver(data):
    results = {}
    for key, values in data.items():
        g = grouper(results, key)
        next(g)
        for v in values:
            g.send(v)
        g.send(None)
    return results

print(group_driver({"a": [1, 2, 3], "b": [10], "c": []}))

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  closing")
        raise
    finally:
        print("  finally runs")

c = closer()
print(next(c))
c.close()
c.close()
print(list(c))

def refuses():
    while True:
        try:
            yield
        except GeneratorExit:
            yield "no"

r = refuses()
next(r)
try:
    r.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def stopper():
    yield 1
    raise StopIteration("oops")

try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def inner():
    x = yield "i1"
    print("  inner got", x)
    try:
        yield "i2"
    except KeyError as k:
        print("  inner caught", repr(k))
        yield "i3"
    return "inner-result"

def outer():
    res = yield from inner()
    print("  outer got", res)
    yield "o1"
    return "done"

o = outer()
print(next(o), o.send("hi"), o.throw(KeyError("k")), next(o))
try:
    next(o)
except StopIteration as s:
    print("stop", s.value)

def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    finally:
        print("  echo received", received)

e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()

g = (x * 2 for x in range(3))
print(next(g), g.send(None), list(g))
try:
    (x for x in range(3)).send(1)
except TypeError as t:
    print("TypeError:", t)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

print(list(take(10, fib())))
gen = fib()
print(gen.gi_running, gen.gi_frame is not None, gen.gi_suspended)
next(gen)
print(gen.gi_suspended, gen.gi_frame.f_lineno > 0)
gen.close()
print(gen.gi_frame, gen.gi_suspended)
try:
    gen.throw(ValueError)
except ValueError as v:
    print("throw after close:", repr(v))
try:
    fib().throw(ValueError("fresh"))
except ValueError as v:
    print("throw fresh:", repr(v))
def running():
    yield me.gi_running
    next(me)
me = running()
print(next(me))
try:
    next(me)
except ValueError as v:
    print("ValueError:", v)
