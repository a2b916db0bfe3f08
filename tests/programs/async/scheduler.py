# A tiny round-robin scheduler of several coroutines, with a custom awaitable that yields
# to it.


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield "tick"
        return self.ticks


class Scheduler:
    def __init__(self):
        self.ready = []
        self.log = []
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        clock = 0
        while self.ready:
            name, coro = self.ready.pop(0)
            clock += 1
            try:
                coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                self.log.append(f"{clock}: {name} finished -> {e.value!r}")
                continue
            except Exception as e:
                self.log.append(f"{clock}: {name} failed: {type(e).__name__}: {e}")
                continue
            self.ready.append((name, coro))


async def worker(name, n, out):
    total = 0
    for i in range(n):
        slept = await Sleep(i % 2 + 1)
        total += slept
        out.append(f"{name}{i}")
    return total


async def failing():
    await Sleep(2)
    raise ValueError("worker broke")


async def chain():
    a = await worker("c", 2, order)
    b = await worker("d", 1, order)
    return a + b


order = []
s = Scheduler()
s.spawn("A", worker("a", 3, order))
s.spawn("B", worker("b", 2, order))
s.spawn("F", failing())
s.spawn("C", chain())
s.run()
print(order)
for line in s.log:
    print(line)
print(sorted(s.results.items()))
