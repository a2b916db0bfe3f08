# contextlib: ExitStack and AsyncExitStack (unwinding order, suppression, chaining),
# asynccontextmanager and aclosing, driven without an event loop
from contextlib import (ExitStack, AsyncExitStack, contextmanager, asynccontextmanager,
                        aclosing, nullcontext)


@contextmanager
def resource(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)


log = []
with ExitStack() as stack:
    names = [stack.enter_context(resource(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    stack.push(lambda et, ev, tb: log.append(f"push {et}"))
    print(names)
print(log)


def exit_handler(kind):
    def handler(exc_type, exc, tb):
        print(kind, "sees", exc_type.__name__ if exc_type else None, repr(exc))
        return kind == "suppressor"
    return handler


with ExitStack() as stack:
    stack.push(exit_handler("outer"))
    stack.push(exit_handler("suppressor"))
    stack.push(exit_handler("inner"))
    raise ValueError("body")
print("suppressed")


def chained():
    with ExitStack() as stack:
        def fail(message, kind):
            def cb(*exc):
                raise kind(message)
            return cb
        stack.push(fail("first", KeyError))
        stack.push(fail("second", IndexError))
        stack.push(fail("third", TypeError))
        raise ValueError("body")


try:
    chained()
except Exception as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(" <- ".join(chain))

stack = ExitStack()
stack.callback(print, "moved callback")
moved = stack.pop_all()
stack.close()
print("original closed")
moved.close()
moved.close()


class CM:
    def __enter__(self):
        print("CM enter")
        return "cm value"

    def __exit__(self, *exc):
        print("CM exit", exc[0])
        return False


with ExitStack() as stack:
    print(stack.enter_context(CM()))
    result = stack.callback(lambda a, b=0: print("cb", a, b), 1, b=2)
    print(result.__name__ if hasattr(result, "__name__") else result)
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print("TypeError:", e)
with ExitStack() as stack:
    stack.push(CM())
    print("pushed a CM without entering")


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


@asynccontextmanager
async def aresource(name):
    print("aopen", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("acaught", e)
    finally:
        print("aclose", name)


class AsyncCM:
    async def __aenter__(self):
        print("AsyncCM enter")
        return self

    async def __aexit__(self, *exc):
        print("AsyncCM exit", exc[0])
        return False


async def agen():
    try:
        for i in range(3):
            yield i
    finally:
        print("agen finalized")


async def main():
    async with aresource("x") as v:
        print("inside", v)
    async with aresource("y"):
        raise ValueError("async body")
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(aresource("z"))
        b = await stack.enter_async_context(AsyncCM())
        c = stack.enter_context(resource("sync", []))
        print(a, type(b).__name__, c)

        async def acallback(x):
            print("async callback", x)
        stack.push_async_callback(acallback, 1)
        stack.callback(print, "sync callback")

        async def aexit(*exc):
            print("push_async_exit sees", exc[0])
        stack.push_async_exit(aexit)
    async with aclosing(agen()) as g:
        async for item in g:
            print("item", item)
            if item == 1:
                break
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(CM())
    except TypeError as e:
        print("TypeError:", e)

    @aresource("deco")
    async def decorated():
        print("decorated body")
        return 5
    print(await decorated())
    return "done"


print(run(main()))
with ExitStack() as stack:
    stack.callback(print, "runs before the error propagates")
    raise RuntimeError("uncaught")
