# An uncaught ZeroDivisionError raised in a @jit function called by another: the traceback
# is the interpreter's re-run, as CPython prints it
from pyjit import jit


@jit
def inverse(x):
    return 1.0 / x


@jit
def harmonic(n, shift):
    s = 0.0
    for i in range(n):
        s += inverse(i - shift)
    return s


print(harmonic(10, -1))
print(harmonic(10, 20))
print(harmonic(10, 5))
