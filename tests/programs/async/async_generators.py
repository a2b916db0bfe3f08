# Async generators consumed by a hand-written runner: __anext__, asend, athrow, aclose,
# async for over them, and awaits inside them passing values out to the runner.


def run(coro):
    """Drive a coroutine to its end; what it suspends with is logged."""
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  runner got", yielded)
        value = "resume"


class Tick:
    def __await__(self):
        got = yield "tick"
        return got


async def counter(n):
    try:
        for i in range(n):
            r = await Tick()
            got = yield i * 10
            if got is not None:
                print("  counter received", got, "after", r)
    finally:
        print("  counter cleanup")


async def consume():
    out = []
    async for v in counter(3):
        out.append(v)
    else:
        out.append("else")
    return out


print(run(consume()))

ag = counter(2)
print(type(ag).__name__, ag.__name__, ag.__qualname__, ag.ag_running)
print(aiter(ag) is ag if False else ag.__aiter__() is ag)


async def manual():
    a = await ag.__anext__()
    b = await ag.asend("hello")
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        return a, b, "stopped"


print(run(manual()))


async def thrower():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("  caught in agen", repr(e))
        yield 99
    yield 3


async def use_athrow():
    g = thrower()
    first = await g.__anext__()
    after = await g.athrow(ValueError("boom"))
    rest = [x async for x in g]
    return first, after, rest


print(run(use_athrow()))


async def use_aclose():
    g = counter(5)
    v = await g.__anext__()
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return v, "closed"


print(run(use_aclose()))


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def close_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        return str(e)


print(run(close_stubborn()))


async def break_early():
    g = counter(10)
    async for v in g:
        if v >= 10:
            break
    await g.aclose()
    return v


print(run(break_early()))


async def agen_raises():
    yield 1
    raise KeyError("inside")


async def consume_raises():
    try:
        async for v in agen_raises():
            print("  got", v)
    except KeyError as e:
        return "KeyError " + str(e)


print(run(consume_raises()))


async def stop_in_agen():
    yield 1
    raise StopAsyncIteration


async def consume_stop():
    try:
        async for v in stop_in_agen():
            pass
    except RuntimeError as e:
        return str(e)


print(run(consume_stop()))


async def comprehensions():
    squares = [x * x async for x in counter(3)]
    evens = {x async for x in counter(4) if x % 20 == 0}
    d = {x: await Tick() async for x in counter(2)}
    return squares, sorted(evens), d


print(run(comprehensions()))


async def genexp():
    g = (x + 1 async for x in counter(2))
    print(" ", type(g).__name__)
    return [v async for v in g]


print(run(genexp()))
