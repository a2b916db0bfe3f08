def f():
    x = [i for i in range(3)]
    print(x, (yield))
async def g():
    print([y async for y in z])
    yield from z
