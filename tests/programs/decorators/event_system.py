# An event system: decorators register handlers and wrap them, keeping metadata by hand.
handlers = {}

def wraps_by_hand(wrapped):
    def deco(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco

def on(event, *, priority=0):
    def register(fn):
        @wraps_by_hand(fn)
        def wrapper(*args, **kwargs):
            print(f"  [{event}] -> {fn.__qualname__}{args}{kwargs if kwargs else ''}")
            return fn(*args, **kwargs)
        wrapper.priority = priority
        handlers.setdefault(event, []).append(wrapper)
        return wrapper
    return register

def emit(event, *args, **kwargs):
    results = []
    for h in sorted(handlers.get(event, []), key=lambda h: -h.priority):
        results.append(h(*args, **kwargs))
    return results

@on("start")
def greet(name):
    """Say hello."""
    return f"hello {name}"

@on("start", priority=5)
def log_start(name):
    "Log the start."
    return len(name)

@on("stop")
def bye(name, *, code=0):
    return f"bye {name} ({code})"

class Plugin:
    """A plugin with handler methods."""
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return f"Plugin({self.tag!r})"

    @on("tick", priority=1)
    def tick(self, n):
        """Count ticks."""
        return self.tag * n

    class Inner:
        @on("tick")
        def nested(self, n):
            return -n

print(emit("start", "ann"))
print(emit("stop", "bob", code=3))
print(emit("nothing"))
p = Plugin("ab")
print(emit("tick", p, 2))
for ev in sorted(handlers):
    for h in handlers[ev]:
        print(ev, h.__name__, h.__qualname__, repr(h.__doc__), h.priority, h.__wrapped__.__qualname__,
              h.__module__, hasattr(h.__wrapped__, "__wrapped__"))

def unwrap(f):
    n = 0
    while hasattr(f, "__wrapped__"):
        f = f.__wrapped__
        n += 1
    return f, n

def deco_a(f):
    def a(*args):
        return ("a", f(*args))
    a.__wrapped__ = f
    return a

def deco_b(f):
    def b(*args):
        return ("b", f(*args))
    b.__wrapped__ = f
    return b

@deco_a
@deco_b
def base(x):
    return x * 2

print(base(4), unwrap(base)[0].__name__, unwrap(base)[1], base.__name__, base.__qualname__)

# function and method metadata
def outer():
    def inner():
        pass
    class Local:
        def m(self):
            pass
        @staticmethod
        def s():
            pass
        @classmethod
        def c(cls):
            pass
        @property
        def p(self):
            "the p"
            return 1
    return inner, Local

inner, Local = outer()
print(inner.__qualname__, Local.__qualname__, Local.m.__qualname__, Local.s.__qualname__,
      Local.c.__qualname__, Local.c.__func__.__qualname__, Local.p.__doc__, Local.p.fget.__qualname__)
print(Local().m.__name__, Local().m.__func__ is Local.m, Local.__doc__, outer.__doc__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, (lambda: 1).__qualname__)
gen = (i for i in [])
print(gen.__name__, gen.__qualname__)
def g():
    yield
print(g().__name__, g().__qualname__)
greet.__name__ = "renamed"
print(greet.__name__, greet.__qualname__)
try:
    greet.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    greet.__qualname__ = None
except TypeError as e:
    print("TypeError:", e)
greet.__doc__ = 42
print(greet.__doc__)
del greet.__doc__
print(greet.__doc__)
print(sorted(k for k in vars(greet)))
def f(a=1, *, b=2) -> int:
    "doc"
for n in ["__doc__", "__module__", "__defaults__", "__kwdefaults__", "__annotations__", "__name__", "__qualname__", "__type_params__", "__dict__", "__closure__", "__globals__", "__builtins__", "__code__", "nothere"]:
    try:
        delattr(f, n)
        print(n, "deleted ->", repr(getattr(f, n, "<absent>")))
    except Exception as e:
        print(n, type(e).__name__, e)
