# repr() and comparisons of deeply nested containers: CPython's C recursion limit (10,000
# levels) applies whatever sys.getrecursionlimit() says; shallower nesting works.
import sys


def nest(n, wrap):
    x = []
    for _ in range(n):
        x = wrap(x)
    return x


def attempt(what, f):
    try:
        r = f()
        print(what, "ok", r if isinstance(r, bool) else len(r))
    except RecursionError as e:
        print(what, "RecursionError:", e)


for n in (100, 3000, 100_000):
    for kind, wrap in (("list", lambda x: [x]), ("tuple", lambda x: (x,)), ("dict", lambda x: {"k": x})):
        a, b = nest(n, wrap), nest(n, wrap)
        attempt(f"{kind:>5} {n:>6} repr", lambda: repr(a))
        attempt(f"{kind:>5} {n:>6} str ", lambda: str(a))
        attempt(f"{kind:>5} {n:>6} ==  ", lambda: a == b)
        attempt(f"{kind:>5} {n:>6} !=  ", lambda: a != b)
        if kind != "dict":
            attempt(f"{kind:>5} {n:>6} <   ", lambda: a < b)
sys.setrecursionlimit(100)
attempt("limit 100, depth 3000 repr", lambda: repr(nest(3000, lambda x: [x])))
sys.setrecursionlimit(1_000_000)
attempt("limit 1e6, depth 100000 repr", lambda: repr(nest(100_000, lambda x: [x])))
x = nest(50, lambda x: [x, 1])
print(repr(x)[:40], repr(x)[-40:], x == nest(50, lambda x: [x, 1]), x < nest(50, lambda x: [x, 2]))
