# a generator pipeline: chained generator functions and expressions (filter, map, window,
# batch), `yield`, `send`-free iteration, zip/enumerate, `any`/`all`, `min`/`max` with keys
# smoke size: 5000 (bench/run --smoke)
import sys


def numbers(n):
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        yield x % 10007


def windows(it, k):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == k:
            yield tuple(buf)
            del buf[0]


def batches(it, k):
    batch = []
    for v in it:
        batch.append(v)
        if len(batch) == k:
            yield batch
            batch = []
    if batch:
        yield batch


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1500000
evens = (v for v in numbers(n) if v % 3 != 0)
scaled = (v * 2 + 1 for v in evens)
sums = (sum(w) for w in windows(scaled, 4))
total = 0
rising = 0
biggest = 0
for i, batch in enumerate(batches(sums, 16)):
    total = (total + max(batch) * (i % 7 + 1)) % 1000000007
    if all(a <= b for a, b in zip(batch, batch[1:])):
        rising += 1
    biggest = max(biggest, min(batch, key=lambda v: -v))
print(total, rising, biggest)
