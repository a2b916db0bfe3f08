# except*: which handlers run, what they see, and what is re-raised
import sys


def show(label, e):
    print(label, type(e).__name__, repr(e))


def run(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        show("escaped:", e)
        return e


# sys.exception() inside an except* clause is the matched part
def clause_sees_match():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        print("sys.exception() is g:", sys.exception() is g, repr(sys.exception()))
    except* TypeError:
        print("in TypeError clause:", repr(sys.exception()))
    print("after:", sys.exception())


run(clause_sees_match)


# a bare raise keeps the original group's shape, in the original order
def reraise_both():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), ValueError(3)])
    except* TypeError:
        raise
    except* ValueError:
        raise


e = run(reraise_both)


# new exceptions come first, then what was re-raised
def raise_and_reraise():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise


e = run(raise_and_reraise)
print([type(x).__name__ for x in e.exceptions])
print("context of the new one:", repr(e.exceptions[0].__context__))


# only one new exception and nothing else left: it propagates alone
def single_new():
    try:
        raise ExceptionGroup("orig", [ValueError(1)])
    except* ValueError:
        raise IndexError("alone")


e = run(single_new)
print(repr(e.__context__))


# a naked exception matched by except* is wrapped; raising from the handler replaces it
def naked():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("wrapped:", repr(g), g.exceptions[0].__traceback__ is not None)
        raise


e = run(naked)


def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("never")


run(naked_unmatched)


# the type of an except* clause is checked when it is reached
def star_group():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass


def star_tuple_group():
    try:
        raise ValueError(1)
    except* (TypeError, ExceptionGroup):
        pass


def star_not_class():
    try:
        raise ValueError(1)
    except* 42:
        pass


run(star_group)
run(star_tuple_group)
e = run(star_not_class)
print("context:", repr(e.__context__))


# else, finally and loops around except*
def loops():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("loop", [ValueError(i)])
        except* ValueError:
            for j in range(5):
                if j == 2:
                    break
            print("handled in iteration", i, "j =", j)
        else:
            print("else in iteration", i)
        finally:
            print("finally in iteration", i)
    return "done"


print(loops())


# nested except*: the inner rest goes to the outer statement
def nested():
    try:
        try:
            raise ExceptionGroup("inner", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError:
            print("inner handled ValueError")
    except* TypeError as g:
        print("outer got:", repr(g))
    except* KeyError as g:
        print("outer got:", repr(g))


run(nested)


# the name is unbound after the clause
def unbound():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError as g:
        pass
    try:
        g
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)


run(unbound)


# a return in the try body runs finally and skips the clauses
def returns():
    try:
        return "from body"
    except* ValueError:
        print("never")
    finally:
        print("finally")


print(returns())
