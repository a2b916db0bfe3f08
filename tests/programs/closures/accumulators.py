# closure-based accumulators and memoization
def averager():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = averager()
print([avg(x) for x in (10, 20, 30, 40)])
def memoize(f):
    cache = {}
    calls = [0]
    def wrapper(n):
        if n not in cache:
            calls[0] += 1
            cache[n] = f(n)
        return cache[n]
    wrapper.calls = calls
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.calls[0])
