# @jit benchmark: recursive calls on small ints
# size: 35 (bench/jit/run)
# smoke size: 20 (bench/jit/run --smoke)
import sys

try:
    from pyjit import jit
except ImportError:  # CPython runs the plain function
    def jit(f):
        return f


@jit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(int(sys.argv[1])))
