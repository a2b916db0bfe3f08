# Context managers that suppress or translate exceptions; nested with; exception groups.
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False

class Translate:
    def __init__(self, src, dst):
        self.src, self.dst = src, dst

    def __enter__(self):
        print("enter", self.src.__name__)
        return self.dst

    def __exit__(self, et, ev, tb):
        print("exit", self.src.__name__, et.__name__ if et else None)
        if isinstance(ev, self.src):
            raise self.dst(f"translated: {ev}") from ev
        return None

class Tracker:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append("+" + self.name)
        return self.name

    def __exit__(self, *exc):
        self.log.append("-" + self.name + ("!" if exc[0] else ""))
        return self.name == "swallow" and exc[0] is not None

with Suppress(KeyError, IndexError) as s:
    {}["k"]
print("suppressed", repr(s.caught))
with Suppress(KeyError) as s:
    pass
print("nothing", s.caught)
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("passed through", e)

try:
    with Translate(KeyError, LookupError) as dst:
        print("dst is", dst.__name__)
        {}["missing"]
except LookupError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)

log = []
try:
    with Tracker("a", log) as a, Tracker("b", log) as b, Tracker("c", log):
        log.append(a + b)
        raise ValueError("boom")
except ValueError:
    log.append("caught")
print(log)
log = []
with Tracker("outer", log), Tracker("swallow", log) as sw:
    log.append(sw)
    raise RuntimeError
log.append("after")
print(log)
log = []
with (Tracker("p", log) as p,
      Tracker("q", log) as q):
    log.append(p + q)
print(log)

class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never")

log = []
try:
    with Tracker("x", log), EnterFails():
        log.append("body")
except OSError as e:
    print("OSError", e, log)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise TypeError("from exit")

try:
    with ExitRaises():
        raise KeyError("inner")
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))

# ExceptionGroup, except*, add_note
def risky(i):
    if i % 3 == 0:
        raise ValueError(f"bad {i}")
    if i % 3 == 1:
        raise TypeError(f"wrong {i}")
    return i

def run_all(n):
    errors = []
    for i in range(n):
        try:
            risky(i)
        except Exception as e:
            e.add_note(f"while processing item {i}")
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} failures", errors)

try:
    run_all(5)
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], [e.__notes__ for e in eg.exceptions])
except* TypeError as eg:
    print("types:", repr(eg), eg.message)

try:
    try:
        run_all(6)
    except* TypeError:
        print("handled types only")
except ExceptionGroup as rest:
    print("rest:", rest, [repr(e) for e in rest.exceptions])

eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ValueError(3)]), KeyError(4)])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(eg.subgroup(OSError), eg.derive([ZeroDivisionError()]))
e = ValueError("x")
e.add_note("one")
e.add_note("two")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as t:
    print("TypeError:", t)
try:
    ExceptionGroup("x", [])
except ValueError as v:
    print("ValueError:", v)
try:
    ExceptionGroup("x", [1])
except ValueError as v:
    print("ValueError:", v)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
