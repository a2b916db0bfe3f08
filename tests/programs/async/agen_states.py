# asend/athrow/aclose on async generators not started, suspended, exhausted and closed.

def run(coro):
    value = None
    while True:
        try:
            value = coro.send(value)
        except StopIteration as e:
            return e.value
async def ag():
    try:
        yield 1
    finally:
        print("  fin")
async def t(label, fn):
    try:
        r = await fn()
        print(label, "->", r)
    except BaseException as e:
        print(label, "raised", type(e).__name__, e)
async def main():
    g = ag()
    await t("athrow unstarted", lambda: g.athrow(ValueError("v")))
    await t("anext after", lambda: g.__anext__())
    g = ag()
    await t("anext", lambda: g.__anext__())
    await t("anext2", lambda: g.__anext__())
    await t("athrow exhausted", lambda: g.athrow(ValueError("v")))
    await t("aclose exhausted", lambda: g.aclose())
    await t("asend exhausted", lambda: g.asend(None))
    g = ag()
    await t("aclose unstarted", lambda: g.aclose())
    await t("anext closed", lambda: g.__anext__())
    g = ag()
    await t("anext", lambda: g.__anext__())
    await t("athrow GeneratorExit", lambda: g.athrow(GeneratorExit()))
    g = ag()
    await t("anext", lambda: g.__anext__())
    await t("athrow StopAsyncIteration", lambda: g.athrow(StopAsyncIteration()))
run(main())
