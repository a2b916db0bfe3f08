# for loops over ranges that end, at sites run often enough to be specialized: empty and
# one-item ranges, negative steps, 64-bit bounds, an iterator left by break and resumed,
# exhausted iterators used again, their length hints and reduce after the end
def total(r):
    s = 0
    n = 0
    for v in r:
        s += v
        n += 1
    return s, n


for k in range(40):
    print(k, total(range(k)), total(range(k, -k, -3)), total(range(-k, k * k, k + 1)))

big = 2 ** 63 - 1
for r in (range(big - 5, big), range(-big - 1, -big + 4), range(big - 1, big - 20, -7),
          range(-big - 1, big, 2 ** 62), range(big, -big - 1, -(2 ** 62)), range(0), range(5, 5)):
    print(total(r), list(r)[-2:], len(r))


def resume(n, stop):
    it = iter(range(n))
    first = []
    for v in it:
        if v == stop:
            break
        first.append(v)
    rest = [v for v in it]
    again = [v for v in it]
    return first, rest, again, it.__length_hint__(), it.__reduce__()[1]


for n in range(8):
    print(resume(n, 3))


def nested(n):
    out = 0
    for i in range(n):
        for j in range(i, n, 2):
            for k in range(j, i, -1):
                out = out * 3 + k - j + i
                out %= 1000003
    return out


print([nested(n) for n in range(12)])
ends = 0
for r in [range(2000)] + [range(i % 3) for i in range(3000)]:
    for v in r:
        ends += v
    ends += 1
print(ends)
