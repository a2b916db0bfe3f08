# throw() and close()
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad")))
next(w)
w.close()
print("closed")
w.close()
def no_handler():
    yield 1
    yield 2
g = no_handler()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(list(g))
def ignores_exit():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring exit")
            yield "bad"
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def closing():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
c = closing()
next(c)
c.close()
fresh = no_handler()
fresh.close()
print(list(fresh))
