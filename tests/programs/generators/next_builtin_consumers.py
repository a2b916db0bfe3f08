# built-ins that pull from a generator (sum, min, max, any, all, list, tuple, sorted, dict,
# next, zip, enumerate, in): each item, the end, a return value, and exceptions


def count(n):
    for i in range(n):
        yield i


def with_return(n):
    yield from range(n)
    return "done"


def fails_after(n):
    for i in range(n):
        yield i
    raise ValueError("boom at " + str(n))


def leaks_stop():
    yield 1
    raise StopIteration("leak")


print(sum(count(10)), sum(x * 2 for x in count(5)), sum(count(4), 100))
print(sum(float(x) for x in count(4)), sum(with_return(5)))
print(min(count(5)), max(count(5)), any(x > 3 for x in count(5)), all(count(3)))
print(list(count(4)), tuple(with_return(3)), sorted(count(3), reverse=True))
print(dict((x, x * x) for x in count(3)), list(zip(count(3), "abc")))
print(list(enumerate(with_return(2))), 3 in count(5), 9 in count(5))
g = with_return(2)
print(next(g), next(g), next(g, "end"), next(g, "again"))
g = with_return(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
for consumer in (sum, list, max):
    try:
        consumer(fails_after(3))
    except ValueError as e:
        print(consumer.__name__, "ValueError", e)
try:
    sum(leaks_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)


def running():
    try:
        yield sum(g2)
    except ValueError as e:
        yield "caught " + str(e)


g2 = running()
try:
    print(next(g2))
except ValueError as e:
    print("ValueError", e)
print(sum(sum(count(i)) for i in count(6)))
gen = count(3)
print(sum(gen), sum(gen), list(gen))
