# An int comparison the interpreter fused with the jump after it (COMPARE_OP_INT_JUMP) and a
# local loaded with a constant (LOAD_FAST_LOAD_CONST), after they ran on ints for a while:
# exceptions raised there, caught and uncaught, point where CPython points.
import sys


def below(n, limit):
    if n < limit:
        return n - 1
    return n + 1


def frames(n):
    if n < 1:
        caller = sys._getframe(1)
        return caller.f_code.co_name, caller.f_lineno - caller.f_code.co_firstlineno
    return frames(n - 1)


def down(n, bottom):
    if n < 1:
        return bottom - 1
    return down(n - 1, bottom) + 1


total = 0
for i in range(300):
    total += below(i, 150)
print(total)
print(frames(5))
print(down(40, 5))
print(below(2.5, 3), below(3.5, 3), below(True, 2))

for args in [("a", 3), (None, 1), ("a", "b")]:
    try:
        print(below(*args))
    except TypeError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(type(e).__name__, e, lines)

for i in range(300):
    total += below(i, 150)
print(total)
try:
    down(5, "x")
except TypeError as e:
    tb = e.__traceback__
    n = 0
    while tb.tb_next is not None:
        tb = tb.tb_next
        n += 1
    print(n, tb.tb_lineno, e)

down(3, "x")
