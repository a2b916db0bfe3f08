# a caching decorator keyed on arguments
def cache(fn):
    memo = {}
    def wrapper(*args):
        if args in memo:
            return memo[args]
        result = fn(*args)
        memo[args] = result
        return result
    wrapper.memo = memo
    return wrapper
calls = []
@cache
def slow_square(n):
    calls.append(n)
    return n * n
print([slow_square(i % 3) for i in range(7)], calls, sorted(slow_square.memo.items()))
@cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(paths.memo))
