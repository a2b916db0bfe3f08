# Leaving an async for early over an async generator made for the loop: the generator is
# dropped there, so its finally block runs at once (CPython's reference counting closes it).


def run(coro):
    value = None
    while True:
        try:
            value = coro.send(value)
        except StopIteration as e:
            return e.value


class Pause:
    def __await__(self):
        return (yield "pause")


async def numbers(tag):
    try:
        for i in range(10):
            await Pause()
            yield i
    finally:
        print(f"  {tag}: numbers closed")


async def with_break():
    async for n in numbers("break"):
        if n == 2:
            break
    print("  after break")
    return n


async def with_return():
    async for n in numbers("return"):
        if n == 1:
            return "returned at 1"


async def with_exception():
    try:
        async for n in numbers("exception"):
            if n == 3:
                raise ValueError("stop at 3")
    except ValueError as e:
        print("  caught", e)
    return "handled"


async def nested():
    async for a in numbers("outer"):
        async for b in numbers("inner"):
            if b == 1:
                break
        if a == 1:
            break
    return a, b


async def kept():
    g = numbers("kept")
    async for n in g:
        if n == 1:
            break
    print("  still open:", g.ag_frame is not None)
    await g.aclose()
    print("  closed:", g.ag_frame)


print(run(with_break()))
print(run(with_return()))
print(run(with_exception()))
print(run(nested()))
run(kept())
