# generators, comprehensions and closures
def gen(n):
    for i in range(n):
        yield i * 2
def make_adder(k):
    return lambda v: v + k
add3 = make_adder(3)
s = sum(add3(v) for v in gen(2_000_000))
squares = [v * v for v in range(1_000_000) if v & 1]
print(s, len(squares), squares[-1])
