# generators, comprehensions and closures
# smoke size: 20000 (bench/interp/run --smoke)
import sys


def gen(n):
    for i in range(n):
        yield i * 2


def make_adder(k):
    return lambda v: v + k


n = int(sys.argv[1]) if len(sys.argv) > 1 else 8_000_000
add3 = make_adder(3)
s = sum(add3(v) for v in gen(n))
squares = [v * v for v in range(n // 2) if v & 1]
print(s, len(squares), squares[-1])
