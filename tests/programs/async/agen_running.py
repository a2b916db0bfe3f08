# Two steps of one async generator at once: the second one is refused while the first is
# suspended in an await; closing a step under way closes the generator.

class P:
    def __await__(self):
        return (yield "p")
async def ag():
    await P()
    yield 1
    await P()
    yield 2
g = ag()
a1 = g.__anext__()
print(a1.send(None))
for make in [g.__anext__, lambda: g.asend(None), lambda: g.athrow(ValueError), g.aclose]:
    try:
        make().send(None)
    except RuntimeError as e:
        print(e)
try:
    a1.send(None)
except StopIteration as e:
    print("a1 done", e.value)
a2 = g.__anext__()
print(a2.send(None))
a2.close()
print(g.ag_running)
try:
    g.__anext__().send(None)
except BaseException as e:
    print(type(e).__name__, e)
