# The aiter() and anext() builtins, with and without anext's default, over async
# generators and hand-written async iterators.


class Pause:
    def __await__(self):
        return (yield "pause")


async def letters():
    for c in "ab":
        await Pause()
        yield c


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    g = letters()
    print(aiter(g) is g)
    print(await anext(g), await anext(g, "default"))
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    c = Countdown(2)
    print(aiter(c) is c)
    print([await anext(c, None) for _ in range(4)])
    for bad in [1, [1], "s"]:
        try:
            aiter(bad)
        except TypeError as e:
            print("aiter:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("anext:", e)
        try:
            anext(bad, 0)
        except TypeError as e:
            print("anext with default:", e)
    try:
        anext()
    except TypeError as e:
        print(e)
    return "main done"


coro = main()
steps = 0
while True:
    try:
        coro.send(None)
        steps += 1
    except StopIteration as e:
        print(e.value, "after", steps, "suspensions")
        break
