# async with and async for with classes defining the protocols by hand.


def run(coro):
    value = None
    while True:
        try:
            value = coro.send(value)
        except StopIteration as e:
            return e.value


class Yield:
    def __await__(self):
        return (yield "pause")


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print(f"  enter {self.name}")
        await Yield()
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print(f"  exit {self.name}", typ.__name__ if typ else None, val)
        await Yield()
        return self.suppress


async def use_managers():
    async with Manager("a") as a, Manager("b") as b:
        print("  body", a, b)
    async with Manager("s", suppress=True):
        raise ValueError("hidden")
    print("  after suppressed")
    try:
        async with Manager("p"):
            raise KeyError("shown")
    except KeyError as e:
        print("  caught", repr(e))
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
    async with Manager("ret"):
        return "returned"


print(run(use_managers()))


class AsyncRange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Yield()
        self.i += 1
        return self.i


async def use_ranges():
    total = 0
    async for i in AsyncRange(4):
        total += i
    async for i in AsyncRange(5):
        if i == 2:
            continue
        if i == 4:
            break
        print("  i", i)
    else:
        print("  no else after break")
    async for i in AsyncRange(0):
        print("never")
    else:
        print("  else of empty loop")
    async for a, b in Pairs():
        print("  pair", a, b)
    return total


class Pairs:
    def __aiter__(self):
        return PairIter()


class PairIter:
    def __init__(self):
        self.left = [(1, "x"), (2, "y")]

    def __anext__(self):
        return PairStep(self.left)


class PairStep:
    def __init__(self, left):
        self.left = left

    def __await__(self):
        yield "step"
        if not self.left:
            raise StopAsyncIteration
        return self.left.pop(0)


print(run(use_ranges()))


async def errors():
    class NoAexit:
        async def __aenter__(self):
            return 1

    for obj in [1, NoAexit(), Manager("x")]:
        try:
            with obj:
                pass
        except TypeError as e:
            print("  with:", e)
        try:
            async with obj:
                print("  inside")
        except TypeError as e:
            print("  async with:", e)

    class BadAnext:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 5

    for obj in [[1], BadAnext()]:
        try:
            async for x in obj:
                pass
        except TypeError as e:
            print("  async for:", e, "| cause:", repr(e.__cause__))
    try:
        for x in Pairs():
            pass
    except TypeError as e:
        print("  for:", e)


run(errors())
