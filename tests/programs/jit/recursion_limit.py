# A @jit function recursing close to and past CPython's default recursion limit (1000):
# the native code (which inlines one level of self-recursion) must leave a recursion as
# deep as the limit to the interpreter, which raises RecursionError where CPython does
from pyjit import jit


@jit
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


@jit
def down(n, acc):
    if n <= 0:
        return acc
    return down(n - 1, acc + 0.5)


for n in (700, 990, 1100, 1500, 5000):
    try:
        print(n, depth(n), down(n, 0.0))
    except RecursionError as e:
        print(n, "RecursionError:", e)
