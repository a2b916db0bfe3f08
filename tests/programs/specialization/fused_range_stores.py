# A range loop whose variable is a local (FOR_ITER_RANGE then STORE_FAST) once the loop's
# step is specialized: every range shape (negative and big steps, empty, one item, bounds
# past 64 bits), break and continue, the variable after the loop and deleted inside it,
# nested loops reusing a name, and the same loop meeting other iterables (a list, a
# generator, a string, a range iterator advanced by hand, an object with __iter__).


def total(it):
    t = 0
    for i in it:
        t += i
    return t


def last(it):
    i = "unset"
    for i in it:
        pass
    return i


def firsts(it, stop):
    out = []
    for i in it:
        if i == stop:
            break
        if i % 3 == 0:
            continue
        out.append(i)
    return out


for _ in range(200):
    total(range(10))
    last(range(3))
    firsts(range(20), 15)

shapes = [range(0), range(1), range(5, -5, -2), range(-3, 3), range(0, 100, 7),
          range(10, 0), range(2**62, 2**62 + 5), range(-2**63, -2**63 + 3, 2),
          range(2**64, 2**64 + 3), range(0, 2**70, 2**68)]
for r in shapes:
    print(total(r), last(r), firsts(r, 6))


def gen(n):
    for k in range(n):
        yield k * k


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n, 0, -1))


it = iter(range(10))
next(it)
next(it)
print(total([1, 2, 3]), total(gen(5)), total(it), total(Countdown(4)), total((7, 8)))
print(last("abc"), last([]), last(gen(3)), last(range(4)), firsts([3, 4, 6, 7], 6))


def deleted(n):
    seen = []
    for i in range(n):
        seen.append(i)
        del i
    try:
        return seen, i
    except UnboundLocalError as e:
        return seen, "unbound: " + str(e)


def nested(n):
    pairs = 0
    for i in range(n):
        for i in range(i):
            pairs += i
    return pairs, i


def shadowed(n):
    acc = []
    for i in range(n):
        i = i * 10
        acc.append(i)
    return acc


for _ in range(100):
    deleted(3)
    nested(4)
    shadowed(3)
print(deleted(3), deleted(0), nested(5), nested(0) if False else nested(1), shadowed(4))


def comprehension(n):
    return [i * i for i in range(n)], {i % 3 for i in range(n)}, sum(i for i in range(n))


for _ in range(100):
    comprehension(5)
print(comprehension(6))
