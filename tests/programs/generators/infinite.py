# infinite generators consumed partially
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def cycle(seq):
    while True:
        yield from seq
g = naturals()
print([next(g) for _ in range(5)], next(g))
c = cycle("ab")
print("".join(next(c) for _ in range(7)))
pairs = zip(naturals(), "xyz")
print(list(pairs))
def collatz(n):
    while n != 1:
        yield n
        n = 3 * n + 1 if n % 2 else n // 2
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))))
