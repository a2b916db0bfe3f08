# @jit benchmark: a hot integer loop (a Lehmer random sequence, //, %, a branch)
# size: 10000000 (bench/jit/run)
# smoke size: 20000 (bench/jit/run --smoke)
import sys

try:
    from pyjit import jit
except ImportError:  # CPython runs the plain function
    def jit(f):
        return f


@jit
def int_loop(n):
    x = 1
    total = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        if x % 3 == 0:
            total += x // 7
        else:
            total -= i % 1000
    return total


print(int_loop(int(sys.argv[1])))
