# Coroutines closed while suspended: finally blocks run, close() reaches the innermost
# awaited coroutine first, and a coroutine kept in a global is closed at the end.


class Wait:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        try:
            yield self.name
        finally:
            print("  Wait", self.name, "cleaned up")


async def inner():
    try:
        await Wait("inner")
    finally:
        print("  inner finally")


async def outer():
    try:
        await inner()
    finally:
        print("  outer finally")


c = outer()
print(c.send(None))
print(c.cr_suspended if hasattr(c, "cr_suspended") else None, type(c.cr_await).__name__)
c.close()
print("closed:", c.cr_frame, c.cr_await)
c.close()

c = outer()
c.close()  # never started: nothing runs
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def counting():
    n = 0
    try:
        while True:
            n += 1
            await Wait(f"round{n}")
    except GeneratorExit:
        print("  GeneratorExit after", n, "rounds")
        raise


c = counting()
c.send(None)
c.send(None)
c.close()

kept = outer()
kept.send(None)
print("end of program")
