# fib compiled by @jit: recursion as direct native calls, and loops
from pyjit import jit


@jit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@jit
def fib_loop(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


print(fib(20))
print([fib(i) for i in range(15)])
print(fib_loop(50), fib_loop(92))
print(fib_loop(93))  # past 64 bits: the interpreter's big int
print(fib_loop(200))
