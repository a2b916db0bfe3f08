# A toy asynchronous crawler: async def/with/for, await, async comprehensions, except*.
import asyncio
import contextlib
import random
from urllib.parse import urljoin, urlparse

PAGES = {
    "/": ["/a", "/b", "/missing"],
    "/a": ["/", "/a/1", "/a/2"],
    "/b": ["/a/1", "http://elsewhere.example/x"],
    "/a/1": [],
    "/a/2": ["/b"],
}


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(f"{url}: HTTP {status}")
        self.url, self.status = url, status


class Session:
    def __init__(self, base, *, latency=0.001):
        self.base = base
        self.latency = latency
        self.open = False
        self.fetched = 0

    async def __aenter__(self):
        self.open = True
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.open = False
        return False

    async def get(self, path):
        assert self.open, "session closed"
        await asyncio.sleep(self.latency * random.random())
        self.fetched += 1
        try:
            return PAGES[path]
        except KeyError:
            raise FetchError(path, 404) from None


async def links(session, path):
    for link in await session.get(path):
        parsed = urlparse(urljoin(session.base, link))
        if parsed.netloc == urlparse(session.base).netloc:
            yield parsed.path


async def crawl(base, start="/", limit=20):
    seen, queue = {start}, [start]
    errors = []
    async with Session(base) as session:
        while queue and len(seen) < limit:
            batch, queue = queue[:4], queue[4:]
            try:
                async with asyncio.TaskGroup() as tg:
                    tasks = [tg.create_task(collect(session, p)) for p in batch]
            except* FetchError as group:
                errors.extend(e.url for e in group.exceptions)
                tasks = [t for t in tasks if not t.cancelled() and t.exception() is None]
            except* (ValueError, TypeError):
                raise
            for t in tasks:
                if t.done() and not t.cancelled() and t.exception() is None:
                    for nxt in t.result():
                        if nxt not in seen:
                            seen.add(nxt)
                            queue.append(nxt)
    return sorted(seen), errors


async def collect(session, path):
    return [p async for p in links(session, path) if not p.startswith("/private")]


async def ticker(n, delay=0.0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def main():
    pages, errors = await crawl("http://site.example/")
    squares = {i: i * i async for i in ticker(5)}
    async for i in ticker(2):
        print("tick", i)
    with contextlib.suppress(asyncio.TimeoutError):
        async with asyncio.timeout(1.0):
            await asyncio.gather(*(asyncio.sleep(0) for _ in range(3)))
    result = await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, result="ok")), timeout=1)
    return pages, errors, squares, result


if __name__ == "__main__":
    print(asyncio.run(main()))
