# Coroutines driven by hand: send(None) until StopIteration, no event loop.

def run(coro):
    """Drive a coroutine to its end, counting how often it suspends."""
    steps = 0
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        value = yielded


async def add(a, b):
    return a + b


async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y


print(run(compute()))

c = add(3, 4)
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_code.co_name)
print(c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value, e.args)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


class Suspend:
    """An awaitable suspending once: its __await__ is a generator."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield ("suspend", self.tag)
        return f"resumed {self.tag} with {got}"


async def uses_suspend():
    a = await Suspend("a")
    print(" ", a)
    b = await Suspend("b")
    print(" ", b)
    return "done"


co = uses_suspend()
print(co.send(None))
print(co.cr_await is not None, type(co.cr_await).__name__)
print(co.send(1))
try:
    co.send(2)
except StopIteration as e:
    print("stop:", e.value)


async def nested(n):
    if n == 0:
        return await Suspend("leaf")
    return "(" + await nested(n - 1) + ")"


co = nested(3)
print(co.send(None))
try:
    co.send("x")
except StopIteration as e:
    print(e.value)

# __await__ on a coroutine gives an iterator over the same frame
co = uses_suspend()
it = co.__await__()
print(type(it).__name__, iter(it) is it)
print(next(it))
print(it.send("one"))
try:
    it.send("two")
except StopIteration as e:
    print("wrapper stop:", e.value)

# a just-started coroutine accepts only None
co = compute()
try:
    co.send(5)
except TypeError as e:
    print("TypeError:", e)
co.close()
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

co = compute()
print(isinstance(compute, type(lambda: 0)), type(co).__name__)
co.close()
