# Generators: finally blocks, return values, yield from delegation to iterators and close order.
def numbered(it, start=1):
    n = start
    try:
        for x in it:
            yield n, x
            n += 1
    finally:
        print(f"  numbered closed after {n - start}")


def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x


print(list(numbered("abc")))
g = numbered(iter(range(100)))
print(next(g), next(g))
g.close()
print(list(chunks("abcdefgh", 3)), list(chunks([], 2)))
print(list(flatten([1, [2, (3, [4, [5]])], [[[]]], 6])))


def tree(depth):
    if depth == 0:
        return "leaf"
    left = yield from subtree(depth, "L")
    right = yield from subtree(depth, "R")
    return f"({left} {right})"


def subtree(depth, side):
    yield f"{side}{depth}"
    return (yield from tree(depth - 1))


t = tree(2)
out = []
while True:
    try:
        out.append(next(t))
    except StopIteration as e:
        print(out, e.value)
        break


def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)


print(list(interleave("abc", [1, 2], range(10, 14))))


def running():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


r = running()
next(r)
for v in [5, 10, 20]:
    print(r.send(v), end=" ")
print()
try:
    r.send(None)
except StopIteration as e:
    print("final", e.value)


def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")
        return "from finally"


g = gen_with_finally()
print(next(g))
try:
    g.throw(ValueError("x"))
except StopIteration as e:
    print("StopIteration", e.value)
print(list(gen_with_finally()))
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
squares = (x * x for x in range(10))
print(5 in squares, list(squares))
evens = filter(lambda x: x % 2 == 0, map(lambda x: x * 3, range(10)))
print(list(evens), list(evens))
pairs = zip(*[iter(range(9))] * 3)
print(list(pairs))
it = iter(range(5))
print(list(zip(it, it)), list(it))
print(sum(x for x in range(100) if x % 3 == 0), max((len(w), w) for w in "a bb ccc dd".split()))
print(dict((k, v) for k, v in enumerate("xyz")), sorted((y for y in "hello"), reverse=True))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(3)), next((x for x in range(10) if x > 3), None))


def genexp_late():
    x = 10
    g = (x + i for i in range(3))
    x = 20
    return list(g)


print(genexp_late())
try:
    gg = (1 / x for x in [1, 0])
    print(list(gg))
except ZeroDivisionError as e:
    print("ZeroDivisionError in genexp:", e)


def recursive_gen(n):
    if n > 0:
        yield n
        yield from recursive_gen(n - 1)
        yield -n


print(list(recursive_gen(4)))
g = recursive_gen(3)
print(g.__name__, g.__qualname__, type(g).__name__, iter(g) is g)
print(list(g), list(g))
