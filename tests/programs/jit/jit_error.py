# Functions outside the @jit subset raise pyjit.JitError at their first call (CPython's
# stand-in never does); caught, the function then runs in the interpreter.
from pyjit import jit, JitError

print(issubclass(JitError, Exception))


@jit
def with_list(n):
    xs = [1, 2, 3]
    return xs[0] + n


@jit
def mixed(n):
    x = 0
    if n > 0:
        x = 1.5
    return x


@jit
def either(n):
    if n:
        return n
    return 0.5


def call(f, *args):
    try:
        return f(*args)
    except JitError:
        return f(*args)  # the same call again: interpreted this time


print(call(with_list, 4), with_list(5))
print(call(mixed, 1), call(mixed, 0), mixed(2))
print(call(either, 3), either(0), either(-1.5))
