# memoized recursion at depth, with a dict cache
import sys
sys.setrecursionlimit(60000)
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
r = fib(20000)
print(len(str(r)), str(r)[:15], r % 1000000007)
def paths(n, cache={}):
    if n <= 1:
        return 1
    if n not in cache:
        cache[n] = paths(n - 1) + paths(n - 2) + paths(n - 3)
    return cache[n]
print(paths(10000) % 998244353)
