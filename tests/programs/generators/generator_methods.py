# iterator protocol methods of generators
def g():
    yield "a"
    yield "b"
it = g()
print(it.__next__(), it.__iter__() is it, next(it), next(it, "default"))
print(sorted(n for n in dir(it) if not n.startswith("__")))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
