# Scopes, generators, context managers and control flow.
import contextlib
import threading

counter = 0
_lock = threading.Lock()


def bump(n=1):
    global counter
    with _lock:
        counter += n
    return counter


def make_accumulator(start=0):
    total = start

    def add(x):
        nonlocal total
        total += x
        return total

    def reset():
        nonlocal total
        old, total = total, start
        return old

    return add, reset


def fib():
    a, b = 0, 1
    while True:
        received = yield a
        if received is not None:
            a, b = received, received + 1
            continue
        a, b = b, a + b


def chain(*iterables):
    for it in iterables:
        yield from it
    return len(iterables)


@contextlib.contextmanager
def tag(name, out):
    out.append(f"<{name}>")
    try:
        yield out
    except KeyError as exc:
        out.append(f"<!-- {exc} -->")
    else:
        out.append("<!-- ok -->")
    finally:
        out.append(f"</{name}>")


def render():
    out = []
    with tag("html", out), tag("body", out) as body:
        body.append("text")
    with (
        tag("ul", out) as ul,
        tag("li", out),
    ):
        ul.append("item")
    with tag("p", out):
        {}["missing"]
    return "".join(out)


def search(items, target):
    for i, item in enumerate(items):
        if item == target:
            break
    else:
        i = -1
    n = 0
    while n < 3:
        n += 1
        if n == 2:
            continue
    else:
        n = -n
    return i, n


def risky(x):
    try:
        if x < 0:
            raise ValueError("negative")
        elif x == 0:
            raise ZeroDivisionError
        return 10 / x
    except (ValueError, ZeroDivisionError) as e:
        raise RuntimeError(f"bad input {x}") from e
    except Exception:
        raise
    finally:
        bump()


def checks(a, b, c):
    assert a < b <= c != a, "chained comparison failed"
    assert a is not None and b not in (c,) or not a
    del a
    return b if b else c


class Counter:
    count = 0
    names = [n for n in ("a", "b")]

    def __init__(self):
        type(self).count += 1
        self.__private = Counter.count

    def __del__(self):
        pass


add, reset = make_accumulator(10)
add(5), add(-2)
g = fib()
print(next(g), next(g), g.send(10), next(g))
print(list(chain([1], (2, 3), "ab")), render(), search("abc", "c"), reset())
try:
    risky(0)
except RuntimeError as err:
    print(type(err.__cause__).__name__, counter)
print(checks(1, 2, 3), Counter().count, Counter._Counter__private if hasattr(Counter, "x") else None)
