# contextlib: contextmanager's rules, suppress, closing, nullcontext, redirect_*, decorators
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, redirect_stdout,
                        redirect_stderr, ContextDecorator, AbstractContextManager)


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")


with tag("a") as v:
    print("body", v)
with tag("b"):
    raise ValueError("swallowed")
try:
    with tag("c"):
        raise KeyError("kept")
except KeyError as e:
    print("propagated", repr(e))


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def yield_after_catch():
    try:
        yield
    except Exception:
        yield


@contextmanager
def reraise_other():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e


@contextmanager
def stop_iteration_inside():
    yield


def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        cause = e.__cause__
        print(label, "->", type(e).__name__ + ":", e, "| cause:", repr(cause))
    else:
        print(label, "ok")


def use(cm, exc=None):
    def run():
        with cm:
            if exc is not None:
                raise exc
    return run


attempt("no_yield", use(no_yield()))
attempt("two_yields", use(two_yields()))
attempt("two_yields raising", use(two_yields(), KeyError("k")))
attempt("yield_after_catch", use(yield_after_catch(), ValueError("v")))
attempt("reraise_other", use(reraise_other(), ValueError("v")))
attempt("stop_iteration", use(stop_iteration_inside(), StopIteration("s")))
cm = tag("reuse")
with cm:
    pass
attempt("reuse", use(cm))


@tag("deco")
def decorated(x):
    print("in decorated", x)
    return x * 2


print(decorated(4), decorated.__name__, decorated.__wrapped__.__name__)
print(tag.__name__, tag.__doc__, tag.__wrapped__.__name__)

with suppress(KeyError, IndexError):
    {}["missing"]
print("after suppress 1")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ExceptionGroup("eg", [KeyError(1), ValueError(2)])
except ExceptionGroup as eg:
    print("rest", repr(eg), eg.exceptions)
with suppress(KeyError):
    raise ExceptionGroup("eg", [KeyError(1), KeyError(2)])
print("after suppress 2")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)
try:
    with closing(Resource("r2")):
        raise RuntimeError("inside")
except RuntimeError as e:
    print("RuntimeError", e)
with nullcontext() as nothing:
    print("nullcontext", nothing)
with nullcontext([1, 2]) as value:
    print("nullcontext", value)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


out = Collector()
with redirect_stdout(out) as target:
    print("captured", 1, 2)
    print("more", end="!")
print(target is out, out.parts)
err = Collector()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    sys.stderr.write("direct\n")
print(err.parts)
outer, inner = Collector(), Collector()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(outer.parts, inner.parts)


class Timer(ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("start", self.label)
        return self

    def __exit__(self, *exc):
        print("stop", self.label, exc[0].__name__ if exc[0] else None)
        return False


@Timer("job")
def job(n):
    print("job", n)
    return n + 1


print(job(1))
with Timer("block") as t:
    print("in block", t.label)


class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print("Managed exit")


with Managed() as m:
    print(type(m).__name__)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


print(isinstance(tag("x"), AbstractContextManager), isinstance(5, AbstractContextManager))
with tag("final"):
    raise KeyError("uncaught")
