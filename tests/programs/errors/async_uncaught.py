# An exception escaping three awaiting coroutines driven by hand: the traceback shows
# every coroutine frame at its await.


class Step:
    def __await__(self):
        value = yield "step"
        return value


async def leaf(n):
    got = await Step()
    return {"a": 1}[got] + n


async def middle():
    total = 0
    for i in range(2):
        total += await leaf(i)
    return total


async def top():
    print("top starts")
    return await middle()


coro = top()
print(coro.send(None))
print(coro.send("a"))
coro.send("b")
