# yield used as an expression in various positions
def g():
    x = yield
    print("x =", x)
    y = (yield x) + 1
    print("y =", y)
    z = [(yield y), (yield "second")]
    print("z =", z)
    yield (yield)
gen = g()
next(gen)
print(gen.send(5))
print(gen.send(10))
print(gen.send("A"))
print(gen.send("B"))
print(gen.send("last"))
def lazy_args():
    print(f"{(yield 1)} and {(yield 2)}")
    yield "end"
lg = lazy_args()
print(next(lg), lg.send("one"), lg.send("two"))
