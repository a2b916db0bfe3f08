# closures, nonlocal, exceptions raised and caught, try/finally, star unpacking, kwargs
# smoke size: 2000 (bench/interp/run --smoke)
import sys


class ParseError(Exception):
    pass


def make_counter():
    count = 0

    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump


def parse(token):
    if not token:
        raise ParseError("empty")
    if token[0] == "-":
        return -parse(token[1:])
    return int(token)


def combine(first, *rest, scale=1, **extra):
    total = first
    for r in rest:
        total += r
    return total * scale + len(extra)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 500_000
bump = make_counter()
tokens = ["12", "-7", "", "x3", "--4", "100"]
ok = failed = empty = cleanup = 0
acc = 0
for i in range(n):
    token = tokens[i % len(tokens)]
    try:
        v = parse(token)
        ok += 1
    except ParseError:
        empty += 1
        v = 0
    except ValueError:
        failed += 1
        v = -1
    finally:
        cleanup += 1
    head, *middle, tail = (v, i & 7, i & 3, 1)
    a, (b, c) = head, (tail, len(middle))
    acc += combine(a, b, c, scale=2, tag=i) + bump(i & 1)
print(ok, failed, empty, cleanup, acc, bump(0))
