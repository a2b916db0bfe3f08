# a generator keeps its own handled exception across yields; throw() chains no context
import sys
def g():
    try:
        yield 1
    except ValueError as e:
        print("ctx in gen:", repr(e.__context__), repr(sys.exception()))
        yield 2
    print("after handler in gen:", repr(sys.exception()))
    yield 3
try:
    raise KeyError("outer")
except KeyError:
    gen = g()
    next(gen)
    print(gen.throw(ValueError("in")))
    print("caller sees:", repr(sys.exception()))
print(next(gen))
def h():
    print("h start sees:", repr(sys.exception()))
    yield
    print("h resumed sees:", repr(sys.exception()))
    yield
hg = h()
try:
    raise IndexError("i")
except IndexError:
    next(hg)
try:
    raise TypeError("t")
except TypeError:
    next(hg)
def k():
    try:
        raise OSError("in k")
    except OSError:
        yield sys.exception()
        yield sys.exception()
kg = k()
print(repr(next(kg)), repr(sys.exception()))
try:
    raise LookupError("caller")
except LookupError:
    print(repr(next(kg)))
