# Errors around await: non-awaitables, bad __await__, exceptions through awaits, throw and
# close of suspended coroutines.


def drive(coro, *sends):
    out = []
    try:
        out.append(coro.send(None))
        for v in sends:
            out.append(coro.send(v))
    except StopIteration as e:
        out.append(("return", e.value))
    except Exception as e:
        out.append(("raised", type(e).__name__, str(e)))
    return out


async def await_it(x):
    return await x


class NoIter:
    def __await__(self):
        return 42


class ListAwait:
    def __await__(self):
        return iter([1, 2])


class CoroAwait:
    def __await__(self):
        self.made = await_it(None)
        return self.made


for obj in [1, "s", None, [1], NoIter(), ListAwait()]:
    print(type(obj).__name__, drive(await_it(obj), "a", "b"))
c = CoroAwait()
print(drive(await_it(c)))
c.made.close()


async def never():
    return 1


async def double_await():
    co = never()
    await co
    await co


print(drive(double_await()))


class Pause:
    def __await__(self):
        try:
            v = yield "paused"
        except KeyError as e:
            print("  Pause saw", repr(e))
            return "recovered"
        return v


async def inner():
    try:
        r = await Pause()
        return r
    finally:
        print("  inner finally")


async def outer():
    try:
        v = await inner()
        print("  outer got", v)
        await Pause()
    except ValueError as e:
        print("  outer caught", repr(e))
        return "handled"
    return "end"


co = outer()
print(co.send(None))
print(co.throw(KeyError("k")))
try:
    co.throw(ValueError("v"))
except StopIteration as e:
    print("stop", e.value)

co = outer()
co.send(None)
co.close()
print("closed", co.cr_frame)

co = outer()
co.send(None)
try:
    co.throw(TypeError("t"))
except TypeError as e:
    print("propagated", repr(e))


async def raises_stop():
    raise StopIteration(5)


print(drive(raises_stop()))


async def catches():
    try:
        await await_it(3)
    except TypeError as e:
        return "caught " + str(e)


print(drive(catches()))


async def ignore_exit():
    try:
        await Pause()
    except GeneratorExit:
        await Pause()


co = ignore_exit()
co.send(None)
try:
    co.close()
except RuntimeError as e:
    print("RuntimeError:", e)
