async def main():
    await asyncio.sleep(0)
    async with lock as held, other:
        pass
    async for item in stream():
        pass
    result = [x async for x in aiter() if await check(x)]
    gen = (await y for y in ys)
    return await gather(*tasks)
