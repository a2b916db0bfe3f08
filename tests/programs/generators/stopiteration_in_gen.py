# PEP 479: StopIteration raised inside a generator becomes RuntimeError
def bad():
    yield 1
    raise StopIteration("oops")
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def bad_next():
    it = iter([])
    yield next(it)
try:
    list(bad_next())
except RuntimeError as e:
    print("RuntimeError:", e)
def ok():
    it = iter([1])
    try:
        while True:
            yield next(it)
    except StopIteration:
        return
print(list(ok()))
