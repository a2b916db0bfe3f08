# Frame objects' data: f_code, f_lineno (of the running frame and of its callers),
# f_locals, f_globals, f_builtins, f_lasti, f_trace, and a traceback's tb_frame.
import sys


def line_of_caller():
    return sys._getframe(1).f_lineno


def lines():
    first = line_of_caller()
    second = line_of_caller()
    f = sys._getframe()
    here = f.f_lineno
    later = f.f_lineno
    return first, second, here, later


print(lines())
print([line_of_caller() for _ in range(2)])

frame = sys._getframe()
print(frame.f_locals is globals(), frame.f_globals is globals())
print(frame.f_builtins["len"] is len, frame.f_code.co_filename == __file__)
print(type(frame).__name__, type(frame.f_lasti).__name__, frame.f_trace)


def with_locals(a, b=10, *rest, **kw):
    total = a + b
    inner = None

    def closure():
        return total

    f = sys._getframe()
    names = sorted(f.f_locals)
    snapshot = f.f_locals
    return names, snapshot["a"], snapshot["total"], snapshot["rest"], snapshot["kw"]


print(with_locals(1, 2, 3, k=4))


def caller_locals():
    secret = "visible"
    return read_caller()


def read_caller():
    return sys._getframe(1).f_locals["secret"], sys._getframe(1).f_code.co_name


print(caller_locals())


class Namespace:
    x = 1
    ns = sys._getframe().f_locals
    has_x = "x" in ns


print(Namespace.has_x, Namespace.ns["x"])


def gen():
    yield 1
    yield 2


g = gen()
print(g.gi_frame.f_lineno == gen.__code__.co_firstlineno)
next(g)
print(g.gi_frame.f_lineno - gen.__code__.co_firstlineno, g.gi_frame.f_back)
next(g)
print(g.gi_frame.f_lineno - gen.__code__.co_firstlineno)
print(list(g), g.gi_frame)


def raiser(n):
    local_value = n * 2
    raise ValueError(n)


def catcher():
    try:
        raiser(21)
    except ValueError as e:
        tb = e.__traceback__
        print(tb.tb_frame is sys._getframe(), tb.tb_frame.f_code.co_name)
        inner = tb.tb_next.tb_frame
        print(inner.f_code.co_name, inner.f_locals, inner.f_back is sys._getframe())
        print(tb.tb_next.tb_lineno - raiser.__code__.co_firstlineno)


catcher()


def attrs():
    f = sys._getframe()
    return [n for n in ("f_back", "f_code", "f_lineno", "f_locals", "f_globals",
                        "f_builtins", "f_lasti", "f_trace") if hasattr(f, n)]


print(attrs())
