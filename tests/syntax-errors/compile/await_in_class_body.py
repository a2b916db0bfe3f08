async def f():
    class A:
        await g()
