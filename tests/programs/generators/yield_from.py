# yield from delegation
def inner():
    x = yield "inner-1"
    print("inner received", x)
    y = yield "inner-2"
    print("inner received", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer-final"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration:
    print("exhausted")
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def tree(node):
    value, children = node
    yield value
    for ch in children:
        yield from tree(ch)
t = (1, [(2, [(4, [])]), (3, [(5, []), (6, [])])])
print(list(tree(t)))
def thrower():
    try:
        yield from inner()
    except ZeroDivisionError:
        yield "caught in outer"
g = thrower()
next(g)
print(g.throw(ZeroDivisionError))
